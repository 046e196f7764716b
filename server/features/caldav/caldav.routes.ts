// CalDAV (RFC 4791 with VTODO, RFC 6578 sync-collection, RFC 6764 discovery) under /dav/: an
// encapsulated plugin with its own body parsers, limits and error bodies (WebDAV XML, never
// problem+json; 401 with a Basic challenge). Paths:
//   /.well-known/caldav                       301 to /dav/
//   /dav/                                     entry point (current-user-principal)
//   /dav/principals/<user>/                   the principal
//   /dav/calendars/<user>/                    the calendar home
//   /dav/calendars/<user>/<inbox|list>/       a calendar of VTODOs
//   /dav/calendars/<user>/<calendar>/<name>   a task
// docs/caldav.md is the user's side; caldav.service.ts the data; caldav.ical.ts the mapping.
import type { Element } from '@xmldom/xmldom';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticator } from '../../platform/auth/authenticate.js';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { FilterError, matches, mayMatchTodos, needsData } from './caldav.filter.js';
import { CalendarDataError } from './caldav.ical.js';
import {
  type CalObject,
  type Collection,
  changesSince,
  DavRefusal,
  deleteObject,
  etagOf,
  findCollection,
  findObject,
  InvalidSyncToken,
  listCollections,
  listObjects,
  listPositions,
  makeCollection,
  mayWrite,
  principalOf,
  putObject,
  render,
  syncState,
  updateCollection,
  zoneOf,
} from './caldav.service.js';
import {
  APPLE,
  CALDAV,
  CS,
  child,
  children,
  DAV,
  errorBody,
  escapeXml,
  href,
  is,
  key,
  multistatus,
  type PropName,
  type PropValues,
  parseXml,
  propNames,
  propResponse,
  status,
  statusResponse,
  textOf,
  XmlError,
} from './caldav.xml.js';

/** Largest task (a PUT's VCALENDAR): advertised as max-resource-size. */
export const MAX_RESOURCE = 256 * 1024;
/**
 * Largest request body of any kind: a first sync's multiget names every task of a calendar in one
 * request (vdirsyncer does), 10,000 hrefs being about 1 MiB.
 */
export const MAX_DAV_BODY = 4 * 1024 * 1024;
/** Most hrefs one calendar-multiget may ask for. */
export const MAX_MULTIGET = 20_000;

const DAV_METHODS = ['PROPFIND', 'PROPPATCH', 'REPORT', 'MKCALENDAR', 'MKCOL'];
/** WebDAV methods we do not do: answered 405 with Allow (clients fall back to PUT and DELETE). */
const REFUSED_METHODS = ['MOVE', 'COPY', 'LOCK', 'UNLOCK'];
const DAV_HEADER = '1, 3, calendar-access';
const ALLOW_WRITE = 'OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, REPORT, MKCALENDAR, MKCOL';
const ALLOW_READ = 'OPTIONS, GET, HEAD, PROPFIND, REPORT';
const ITEM_TYPE = 'text/calendar; charset=utf-8; component=VTODO';
const XML_TYPE = 'application/xml; charset=utf-8';

/** Percent-encodes a path segment as clients normalise it (Python's quote with "@" safe). */
const enc = (segment: string) =>
  encodeURIComponent(segment)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%40/g, '@');

const principalPath = (user: string) => `/dav/principals/${enc(user)}/`;
const homePath = (user: string) => `/dav/calendars/${enc(user)}/`;
const collectionPath = (user: string, c: Collection) => `${homePath(user)}${enc(c.segment)}/`;
const objectPath = (user: string, c: Collection, name: string) => `${collectionPath(user, c)}${enc(name)}`;

type Target =
  | { kind: 'root' }
  | { kind: 'principal' }
  | { kind: 'home' }
  | { kind: 'collection'; segment: string }
  | { kind: 'object'; segment: string; name: string };

class NotFound extends Error {}

/** The request path read into a target; another user's paths are not found (404), like missing ones. */
function targetOf(url: string, userId: string): Target {
  const path = url.split('?')[0] ?? '';
  let parts: string[];
  try {
    parts = path
      .split('/')
      .filter((p) => p !== '')
      .map((p) => decodeURIComponent(p));
  } catch {
    throw new NotFound();
  }
  if (parts[0] !== 'dav') throw new NotFound();
  const [, area, user, segment, name, ...rest] = parts;
  if (area === undefined) return { kind: 'root' };
  if (user !== userId || rest.length > 0) throw new NotFound();
  if (area === 'principals' && segment === undefined) return { kind: 'principal' };
  if (area !== 'calendars') throw new NotFound();
  if (segment === undefined) return { kind: 'home' };
  if (name === undefined) return { kind: 'collection', segment };
  return { kind: 'object', segment, name };
}

const p = (ns: string, name: string): PropName => ({ ns, name });

export const caldavRoutes: FastifyPluginAsync<{ db: Database; authenticator: Authenticator }> = async (
  app,
  { db, authenticator },
) => {
  for (const method of [...DAV_METHODS, ...REFUSED_METHODS]) {
    if (!app.supportedMethods.includes(method)) app.addHttpMethod(method, { hasBody: true });
  }
  // Bodies as text whatever their type (XML, iCalendar or none), up to the limit.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: MAX_DAV_BODY }, (_request, body, done) =>
    done(null, body),
  );
  app.setErrorHandler((error, request, reply) => davError(error, request, reply));

  // RFC 6764: discovery redirects, for GET (python-caldav), PROPFIND (vdirsyncer) and OPTIONS; no sign-in needed.
  app.route({
    method: ['GET', 'HEAD', 'PROPFIND', 'OPTIONS'],
    url: '/.well-known/caldav',
    schema: { hide: true },
    handler: (_request, reply) => reply.code(301).header('location', '/dav/').send(),
  });

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const userId = await authenticator.basic(request, reply);
    let target: Target;
    try {
      target = targetOf(request.url, userId);
    } catch {
      return reply.code(404).send();
    }
    const body = typeof request.body === 'string' ? request.body : '';
    const ctx: Ctx = { db, userId, request, reply, body };
    switch (request.method) {
      case 'OPTIONS':
        return options(ctx, target);
      case 'PROPFIND':
        return propfind(ctx, target);
      case 'REPORT':
        return report(ctx, target);
      case 'GET':
      case 'HEAD':
        return get(ctx, target);
      case 'PUT':
        return put(ctx, target);
      case 'DELETE':
        return del(ctx, target);
      case 'MKCALENDAR':
      case 'MKCOL':
        return mkcalendar(ctx, target);
      case 'PROPPATCH':
        return proppatch(ctx, target);
      default:
        return reply.code(405).header('allow', ALLOW_WRITE).send();
    }
  };
  const methods = [
    'OPTIONS',
    'GET',
    'HEAD',
    'PUT',
    'DELETE',
    'POST',
    'PATCH',
    ...DAV_METHODS,
    ...REFUSED_METHODS,
  ];
  // Not in the OpenAPI document: WebDAV is described by its RFCs and docs/caldav.md.
  app.route({ method: methods, url: '/dav', schema: { hide: true }, handler });
  app.route({ method: methods, url: '/dav/*', schema: { hide: true }, handler });
};

interface Ctx {
  db: Database;
  userId: string;
  request: FastifyRequest;
  reply: FastifyReply;
  body: string;
}

// --- Errors: DAV bodies, never problem+json. ---

function davError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const send = (code: number, precondition: string | null, message?: string) => {
    reply.code(code).header('dav', DAV_HEADER);
    if (precondition === null)
      return reply.header('content-type', 'text/plain; charset=utf-8').send(message ?? '');
    return reply.header('content-type', XML_TYPE).send(errorBody(precondition, message));
  };
  if (error instanceof AppError) {
    for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
    if (error.status === 401) {
      return reply
        .code(401)
        .header('www-authenticate', 'Basic realm="Doable", charset="UTF-8"')
        .header('content-type', 'text/plain; charset=utf-8')
        .send(error.message);
    }
    if (error.status === 404) return send(404, null, error.message);
    if (error.status === 403) return send(403, 'd:need-privileges', error.message);
    if (error.status === 412) return send(412, null, error.message);
    if (error.status === 429) return send(429, null, error.message);
    if (error.status === 422 || error.status === 400) return send(400, null, error.message);
    if (error.status === 409) return send(409, null, error.message);
    if (error.status === 413) return send(413, 'c:max-resource-size', error.message);
    if (error.status >= 500) request.log.error({ err: error }, 'CalDAV request failed');
    return send(error.status, null, error.status >= 500 ? 'Try again later' : error.message);
  }
  if (error instanceof DavRefusal) return send(error.status, error.precondition, error.message);
  if (error instanceof CalendarDataError) return send(403, `c:${error.precondition}`, error.message);
  if (error instanceof FilterError) return send(403, error.precondition, error.message);
  if (error instanceof InvalidSyncToken) return send(403, 'd:valid-sync-token', error.message);
  if (error instanceof XmlError) return send(400, null, error.message);
  const code = (error as { code?: string; statusCode?: number }).code;
  const statusCode = (error as { statusCode?: number }).statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || statusCode === 413) {
    return send(413, null, `Request bodies are limited to ${MAX_DAV_BODY} bytes`);
  }
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500)
    return send(statusCode, null, 'Bad request');
  request.log.error({ err: error }, 'CalDAV request failed');
  return send(500, null, 'Try again later');
}

const multi = (reply: FastifyReply, xml: string) =>
  reply.code(207).header('dav', DAV_HEADER).header('content-type', XML_TYPE).send(xml);

async function collectionOr404(ctx: Ctx, segment: string): Promise<Collection> {
  const c = await findCollection(ctx.db, ctx.userId, segment);
  if (!c) throw new DavRefusal(404, null, 'No such calendar');
  return c;
}

// --- OPTIONS ---

async function options(ctx: Ctx, target: Target) {
  let allow = ALLOW_WRITE;
  if (target.kind === 'collection' || target.kind === 'object') {
    const c = await findCollection(ctx.db, ctx.userId, target.segment);
    if (c && !mayWrite(c)) allow = ALLOW_READ;
  }
  return ctx.reply
    .code(200)
    .header('dav', DAV_HEADER)
    .header('allow', allow)
    .header('content-length', '0')
    .send();
}

// --- Properties. ---

const PRIVILEGES_WRITE = [
  'read',
  'read-current-user-privilege-set',
  'write',
  'write-content',
  'write-properties',
  'bind',
  'unbind',
];
const PRIVILEGES_READ = ['read', 'read-current-user-privilege-set'];
const privileges = (names: string[]) => names.map((n) => `<d:privilege><d:${n}/></d:privilege>`).join('');

function commonProps(userId: string): PropValues {
  return new Map([[key(p(DAV, 'current-user-principal')), href(principalPath(userId))]]);
}

async function principalProps(db: Database, userId: string): Promise<PropValues> {
  const user = await principalOf(db, userId);
  const v = commonProps(userId);
  v.set(key(p(DAV, 'resourcetype')), '<d:collection/><d:principal/>');
  v.set(key(p(DAV, 'displayname')), escapeXml(user.name));
  v.set(key(p(DAV, 'principal-URL')), href(principalPath(userId)));
  v.set(key(p(CALDAV, 'calendar-home-set')), href(homePath(userId)));
  if (user.email) v.set(key(p(CALDAV, 'calendar-user-address-set')), href(`mailto:${user.email}`));
  return v;
}

function rootProps(userId: string): PropValues {
  const v = commonProps(userId);
  v.set(key(p(DAV, 'resourcetype')), '<d:collection/>');
  v.set(key(p(CALDAV, 'calendar-home-set')), href(homePath(userId)));
  v.set(key(p(DAV, 'principal-URL')), href(principalPath(userId)));
  return v;
}

function homeProps(userId: string): PropValues {
  const v = commonProps(userId);
  v.set(key(p(DAV, 'resourcetype')), '<d:collection/>');
  v.set(key(p(DAV, 'displayname')), 'Doable');
  v.set(key(p(DAV, 'owner')), href(principalPath(userId)));
  v.set(
    key(p(DAV, 'current-user-privilege-set')),
    privileges(['read', 'read-current-user-privilege-set', 'bind']),
  );
  return v;
}

const SUPPORTED_REPORTS = ['c:calendar-query', 'c:calendar-multiget', 'd:sync-collection']
  .map((r) => `<d:supported-report><d:report><${r}/></d:report></d:supported-report>`)
  .join('');

async function collectionProps(
  db: Database,
  userId: string,
  c: Collection,
  position?: number,
): Promise<PropValues> {
  const v = commonProps(userId);
  v.set(key(p(DAV, 'resourcetype')), '<d:collection/><c:calendar/>');
  v.set(key(p(DAV, 'displayname')), escapeXml(c.name));
  v.set(key(p(CALDAV, 'supported-calendar-component-set')), '<c:comp name="VTODO"/>');
  v.set(
    key(p(CALDAV, 'supported-calendar-data')),
    '<c:calendar-data content-type="text/calendar" version="2.0"/>',
  );
  v.set(key(p(CALDAV, 'max-resource-size')), String(MAX_RESOURCE));
  v.set(key(p(DAV, 'supported-report-set')), SUPPORTED_REPORTS);
  v.set(
    key(p(DAV, 'current-user-privilege-set')),
    privileges(mayWrite(c) ? PRIVILEGES_WRITE : PRIVILEGES_READ),
  );
  v.set(key(p(DAV, 'owner')), href(principalPath(c.ownerId === userId ? userId : c.ownerId)));
  if (c.color) v.set(key(p(APPLE, 'calendar-color')), `${c.color.toUpperCase()}FF`);
  if (position !== undefined) v.set(key(p(APPLE, 'calendar-order')), String(Math.round(position)));
  const { ctag, token } = await syncState(db, c);
  v.set(key(p(CS, 'getctag')), escapeXml(ctag));
  v.set(key(p(DAV, 'sync-token')), escapeXml(token));
  v.set(key(p(DAV, 'getetag')), escapeXml(ctag));
  return v;
}

/** An object's properties; calendar-data only when asked (it costs a rendering). */
function objectProps(userId: string, o: CalObject, calendarData: string | undefined): PropValues {
  const v = commonProps(userId);
  v.set(key(p(DAV, 'resourcetype')), '');
  v.set(key(p(DAV, 'getetag')), escapeXml(etagOf(o)));
  v.set(key(p(DAV, 'getcontenttype')), ITEM_TYPE);
  v.set(key(p(DAV, 'getlastmodified')), o.task.updatedAt.toUTCString());
  if (calendarData !== undefined) v.set(key(p(CALDAV, 'calendar-data')), escapeXml(calendarData));
  return v;
}

/** The props a PROPFIND/REPORT asks for: named, or all (allprop, propname or an empty body). */
function askedProps(root: Element | null): PropName[] | 'all' {
  if (!root) return 'all';
  const prop = child(root, DAV, 'prop');
  return prop ? propNames(prop) : 'all';
}

const wantsData = (asked: PropName[] | 'all') =>
  asked !== 'all' && asked.some((x) => x.ns === CALDAV && x.name === 'calendar-data');

// --- PROPFIND ---

async function propfind(ctx: Ctx, target: Target) {
  const depthHeader = String(ctx.request.headers.depth ?? '1')
    .trim()
    .toLowerCase();
  if (depthHeader === 'infinity')
    throw new DavRefusal(403, 'd:propfind-finite-depth', 'Depth: infinity is not supported');
  if (depthHeader !== '0' && depthHeader !== '1') throw new DavRefusal(400, null, 'Depth must be 0 or 1');
  const depth = Number(depthHeader);
  const root = parseXml(ctx.body);
  if (root && !is(root, DAV, 'propfind')) throw new XmlError('Expected a DAV:propfind body');
  const asked = askedProps(root);
  const { db, userId, reply } = ctx;
  const responses: string[] = [];
  switch (target.kind) {
    case 'root':
      responses.push(propResponse('/dav/', asked, rootProps(userId)));
      if (depth === 1) {
        responses.push(propResponse(principalPath(userId), asked, await principalProps(db, userId)));
        responses.push(propResponse(homePath(userId), asked, homeProps(userId)));
      }
      break;
    case 'principal':
      responses.push(propResponse(principalPath(userId), asked, await principalProps(db, userId)));
      break;
    case 'home': {
      responses.push(propResponse(homePath(userId), asked, homeProps(userId)));
      if (depth === 1) {
        const collections = await listCollections(db, userId);
        const positions = await listPositions(db, userId);
        for (const c of collections) {
          const props = await collectionProps(
            db,
            userId,
            c,
            c.listId === null ? undefined : positions.get(c.listId),
          );
          responses.push(propResponse(collectionPath(userId, c), asked, props));
        }
      }
      break;
    }
    case 'collection': {
      const c = await collectionOr404(ctx, target.segment);
      const positions = await listPositions(db, userId);
      const props = await collectionProps(
        db,
        userId,
        c,
        c.listId === null ? undefined : positions.get(c.listId),
      );
      responses.push(propResponse(collectionPath(userId, c), asked, props));
      if (depth === 1) {
        const objects = await listObjects(db, c);
        const zone = wantsData(asked) ? await zoneOf(db, c.ownerId) : 'UTC';
        for (const o of objects) {
          const data = wantsData(asked) ? render(o, zone) : undefined;
          responses.push(
            propResponse(
              objectPath(userId, c, o.name),
              asked === 'all' ? 'all' : asked,
              objectProps(userId, o, data),
            ),
          );
        }
      }
      break;
    }
    case 'object': {
      const c = await collectionOr404(ctx, target.segment);
      const o = await findObject(db, c, target.name);
      if (!o) return reply.code(404).send();
      const data = wantsData(asked) ? render(o, await zoneOf(db, c.ownerId)) : undefined;
      responses.push(propResponse(objectPath(userId, c, o.name), asked, objectProps(userId, o, data)));
      break;
    }
  }
  return multi(reply, multistatus(responses));
}

// --- REPORT ---

async function report(ctx: Ctx, target: Target) {
  const root = parseXml(ctx.body);
  if (!root) throw new XmlError('A REPORT needs a body');
  if (target.kind !== 'collection') {
    if (target.kind === 'object' && is(root, CALDAV, 'calendar-multiget')) {
      throw new DavRefusal(403, 'd:supported-report', 'Send the multiget to the calendar');
    }
    throw new DavRefusal(403, 'd:supported-report', 'Reports are answered on calendars');
  }
  const c = await collectionOr404(ctx, target.segment);
  // CalDAV's reports, also with the root in the DAV: namespace (a default xmlns="DAV:" that a
  // client forgot to override on the root: read as meant).
  const caldavReport = (name: string) => is(root, CALDAV, name) || is(root, DAV, name);
  if (caldavReport('calendar-query')) return calendarQuery(ctx, c, root);
  if (caldavReport('calendar-multiget')) return multiget(ctx, c, root);
  if (is(root, DAV, 'sync-collection')) return syncCollection(ctx, c, root);
  throw new DavRefusal(403, 'd:supported-report', `The ${root.localName} report is not supported`);
}

async function calendarQuery(ctx: Ctx, c: Collection, root: Element) {
  const filter = child(root, CALDAV, 'filter');
  if (!filter) throw new FilterError('c:valid-filter', 'A calendar-query needs a filter');
  const asked = askedProps(root);
  if (!mayMatchTodos(filter)) return multi(ctx.reply, multistatus([]));
  const objects = await listObjects(ctx.db, c);
  const zone = await zoneOf(ctx.db, c.ownerId);
  const filtering = needsData(filter);
  const responses: string[] = [];
  for (const o of objects) {
    const text = filtering || wantsData(asked) ? render(o, zone) : undefined;
    if (filtering && !matches(filter, text!)) continue;
    responses.push(
      propResponse(
        objectPath(ctx.userId, c, o.name),
        asked,
        objectProps(ctx.userId, o, wantsData(asked) ? text : undefined),
      ),
    );
  }
  return multi(ctx.reply, multistatus(responses));
}

async function multiget(ctx: Ctx, c: Collection, root: Element) {
  const asked = askedProps(root);
  const hrefs = children(root, DAV, 'href').map((h) => textOf(h));
  if (hrefs.length > MAX_MULTIGET) {
    throw new DavRefusal(
      403,
      'd:number-of-matches-within-limits',
      `At most ${MAX_MULTIGET} hrefs per multiget`,
    );
  }
  const zone = await zoneOf(ctx.db, c.ownerId);
  const responses: string[] = [];
  // Many hrefs: the calendar read once; a few: each looked up.
  const all = hrefs.length > 10 ? new Map((await listObjects(ctx.db, c)).map((o) => [o.name, o])) : null;
  for (const raw of hrefs) {
    const name = memberName(raw, ctx.userId, c);
    const o = name === null ? null : all ? (all.get(name) ?? null) : await findObject(ctx.db, c, name);
    if (!o) {
      responses.push(statusResponse(raw, 404));
      continue;
    }
    const data = wantsData(asked) ? render(o, zone) : undefined;
    responses.push(propResponse(raw, asked, objectProps(ctx.userId, o, data)));
  }
  return multi(ctx.reply, multistatus(responses));
}

/** The member name an href (path or absolute URL, encoded any way) names in this calendar; null if none. */
function memberName(raw: string, userId: string, c: Collection): string | null {
  let path = raw;
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)$/i.exec(raw);
  if (absolute) path = absolute[1]!;
  try {
    const target = targetOf(path, userId);
    return target.kind === 'object' && target.segment === c.segment ? target.name : null;
  } catch {
    return null;
  }
}

async function syncCollection(ctx: Ctx, c: Collection, root: Element) {
  const token = textOf(child(root, DAV, 'sync-token'));
  const asked = askedProps(root);
  const { changed, removed, token: next } = await changesSince(ctx.db, ctx.userId, c, token);
  // A limit we do not truncate to (RFC 6578 3.7): more changes than it allows are refused.
  const limit = child(root, DAV, 'limit');
  const nresults = limit ? Number(textOf(child(limit, DAV, 'nresults'))) : Number.POSITIVE_INFINITY;
  if (changed.length + removed.length > nresults) {
    throw new DavRefusal(
      403,
      'd:number-of-matches-within-limits',
      'More changes than the limit: sync without one',
    );
  }
  const zone = wantsData(asked) ? await zoneOf(ctx.db, c.ownerId) : 'UTC';
  const responses = changed.map((o) =>
    propResponse(
      objectPath(ctx.userId, c, o.name),
      asked,
      objectProps(ctx.userId, o, wantsData(asked) ? render(o, zone) : undefined),
    ),
  );
  for (const name of removed) responses.push(statusResponse(objectPath(ctx.userId, c, name), 404));
  return multi(ctx.reply, multistatus(responses, `<d:sync-token>${escapeXml(next)}</d:sync-token>`));
}

// --- GET / PUT / DELETE ---

async function get(ctx: Ctx, target: Target) {
  if (target.kind !== 'object') {
    return ctx.reply
      .code(200)
      .header('dav', DAV_HEADER)
      .header('content-type', 'text/plain; charset=utf-8')
      .send('Doable CalDAV: point your CalDAV app at this server (docs/caldav.md)\n');
  }
  const c = await collectionOr404(ctx, target.segment);
  const o = await findObject(ctx.db, c, target.name);
  if (!o) return ctx.reply.code(404).send();
  const etag = etagOf(o);
  if (ctx.request.headers['if-none-match'] === etag) return ctx.reply.code(304).header('etag', etag).send();
  const text = render(o, await zoneOf(ctx.db, c.ownerId));
  return ctx.reply
    .code(200)
    .header('etag', etag)
    .header('last-modified', o.task.updatedAt.toUTCString())
    .header('content-type', 'text/calendar; charset=utf-8')
    .send(text);
}

const header = (ctx: Ctx, name: string) => {
  const value = ctx.request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

async function put(ctx: Ctx, target: Target) {
  if (target.kind !== 'object') throw new DavRefusal(405, null, 'PUT a task into a calendar');
  const c = await collectionOr404(ctx, target.segment);
  const type = header(ctx, 'content-type');
  if (type !== undefined && !/^text\/calendar\b/i.test(type)) {
    throw new DavRefusal(403, 'c:supported-calendar-data', 'Send text/calendar');
  }
  if (Buffer.byteLength(ctx.body) > MAX_RESOURCE) {
    throw new DavRefusal(413, 'c:max-resource-size', `A task is at most ${MAX_RESOURCE} bytes`);
  }
  if (target.name.length > 255 || target.name.includes('/'))
    throw new DavRefusal(403, null, 'That name is too long');
  const result = await putObject(ctx.db, ctx.userId, c, target.name, ctx.body, {
    ifMatch: header(ctx, 'if-match'),
    ifNoneMatch: header(ctx, 'if-none-match'),
  });
  if (result.etag) ctx.reply.header('etag', result.etag);
  return ctx.reply.code(result.created ? 201 : 204).send();
}

async function del(ctx: Ctx, target: Target) {
  if (target.kind === 'collection') {
    // Deleting a list (and its tasks) from a phone's settings is too easy to do by mistake.
    throw new DavRefusal(403, 'd:need-privileges', 'Calendars are deleted in Doable, not over CalDAV');
  }
  if (target.kind !== 'object') throw new DavRefusal(403, 'd:need-privileges', 'This cannot be deleted');
  const c = await collectionOr404(ctx, target.segment);
  const deleted = await deleteObject(ctx.db, ctx.userId, c, target.name, {
    ifMatch: header(ctx, 'if-match'),
  });
  return ctx.reply.code(deleted ? 204 : 404).send();
}

// --- MKCALENDAR, extended MKCOL, PROPPATCH ---

/** #RRGGBB or #RRGGBBAA (Apple) as ours, #rrggbb. */
function colorOf(value: string): string | null {
  const m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(value.trim());
  if (!m) throw new DavRefusal(403, null, 'calendar-color must be #RRGGBB or #RRGGBBAA');
  return `#${m[1]!.toLowerCase()}`;
}

async function mkcalendar(ctx: Ctx, target: Target) {
  if (target.kind !== 'collection') {
    throw new DavRefusal(403, 'c:calendar-collection-location-ok', 'Make calendars in the calendar home');
  }
  const root = parseXml(ctx.body);
  const mkcol = ctx.request.method === 'MKCOL';
  if (root && !(mkcol ? is(root, DAV, 'mkcol') : is(root, CALDAV, 'mkcalendar'))) {
    throw new XmlError(mkcol ? 'Expected a DAV:mkcol body' : 'Expected a mkcalendar body');
  }
  const props = root
    ? children(root, DAV, 'set').flatMap((s) => children(s, DAV, 'prop').flatMap((x) => children(x)))
    : [];
  if (mkcol) {
    const type = props.find((x) => is(x, DAV, 'resourcetype'));
    if (!type || !child(type, CALDAV, 'calendar')) {
      throw new DavRefusal(403, 'd:valid-resourcetype', 'Only calendars can be made here');
    }
  }
  let name: string | undefined;
  let color: string | null | undefined;
  for (const prop of props) {
    if (is(prop, DAV, 'displayname')) name = textOf(prop);
    else if (is(prop, APPLE, 'calendar-color')) color = colorOf(textOf(prop));
    else if (is(prop, CALDAV, 'supported-calendar-component-set')) {
      const comps = children(prop, CALDAV, 'comp').map((x) => (x.getAttribute('name') ?? '').toUpperCase());
      if (!comps.includes('VTODO')) {
        throw new DavRefusal(403, 'c:supported-calendar-component', 'Calendars here hold tasks (VTODO)');
      }
    }
  }
  await makeCollection(ctx.db, ctx.userId, target.segment, { name: name || undefined, color });
  return ctx.reply.code(201).header('dav', DAV_HEADER).header('content-length', '0').send();
}

async function proppatch(ctx: Ctx, target: Target) {
  if (target.kind !== 'collection')
    throw new DavRefusal(
      403,
      'd:cannot-modify-protected-property',
      'Only calendars have properties to change',
    );
  const c = await collectionOr404(ctx, target.segment);
  const root = parseXml(ctx.body);
  if (!root || !is(root, DAV, 'propertyupdate')) throw new XmlError('Expected a DAV:propertyupdate body');
  const patch: { name?: string; color?: string | null; position?: number } = {};
  const ok: PropName[] = [];
  const refused: PropName[] = [];
  for (const op of children(root)) {
    const setting = is(op, DAV, 'set');
    if (!setting && !is(op, DAV, 'remove')) continue;
    for (const prop of children(op, DAV, 'prop').flatMap((x) => children(x))) {
      const name = p(prop.namespaceURI ?? '', prop.localName ?? '');
      if (is(prop, DAV, 'displayname') && setting && textOf(prop) !== '') patch.name = textOf(prop);
      else if (is(prop, APPLE, 'calendar-color')) patch.color = setting ? colorOf(textOf(prop)) : null;
      else if (is(prop, APPLE, 'calendar-order') && setting && Number.isFinite(Number(textOf(prop))))
        patch.position = Number(textOf(prop));
      else {
        refused.push(name);
        continue;
      }
      ok.push(name);
    }
  }
  const path = collectionPath(ctx.userId, c);
  if (refused.length > 0) {
    // Atomic (RFC 4918 9.2): nothing is applied; the refused get 403, the others 424.
    const stat = (names: PropName[], code: number) =>
      names.length === 0
        ? ''
        : `<d:propstat><d:prop>${names.map((n) => `<${n.ns === DAV ? 'd' : n.ns === APPLE ? 'ic' : n.ns === CALDAV ? 'c' : 'x'}:${n.name}${n.ns === DAV || n.ns === APPLE || n.ns === CALDAV ? '' : ` xmlns:x="${escapeXml(n.ns)}"`}/>`).join('')}</d:prop>${status(code)}</d:propstat>`;
    return multi(
      ctx.reply,
      multistatus([`<d:response>${href(path)}${stat(refused, 403)}${stat(ok, 424)}</d:response>`]),
    );
  }
  if (ok.length > 0) {
    try {
      await updateCollection(ctx.db, ctx.userId, c, patch);
    } catch (error) {
      if (error instanceof AppError && error.status === 422) throw new DavRefusal(403, null, error.message);
      throw error;
    }
  }
  const props = ok.map((n) => `<${n.ns === DAV ? 'd' : 'ic'}:${n.name}/>`).join('');
  return multi(
    ctx.reply,
    multistatus([
      `<d:response>${href(path)}<d:propstat><d:prop>${props}</d:prop>${status(200)}</d:propstat></d:response>`,
    ]),
  );
}
