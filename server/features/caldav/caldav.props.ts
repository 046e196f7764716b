// CalDAV's properties (of the root, the principal, the home, a calendar, a task) and PROPFIND.
import type { Element } from '@xmldom/xmldom';
import type { Database } from '../../platform/db/client.js';
import {
  type Ctx,
  collectionOr404,
  collectionPath,
  homePath,
  ITEM_TYPE,
  MAX_RESOURCE,
  multi,
  objectPath,
  p,
  principalPath,
  type Target,
} from './caldav.request.js';
import {
  type CalObject,
  type Collection,
  DavRefusal,
  etagOf,
  findObject,
  listCollections,
  listObjects,
  listPositions,
  principalOf,
  render,
  syncState,
  zoneOf,
} from './caldav.service.js';
import {
  APPLE,
  CALDAV,
  CS,
  child,
  DAV,
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
  Responses,
  XmlError,
} from './caldav.xml.js';

// --- Properties. ---

/**
 * The caller's privileges on a calendar (RFC 3744 5.4), each the policy's answer for them and its
 * list: changing tasks (write-content), adding them (bind), deleting them (unbind), changing the
 * list itself (write-properties: PROPPATCH); DAV:write, which holds all four, only with all four.
 */
function calendarPrivileges(c: Collection): string[] {
  const p = c.permissions;
  const granted = [
    ['write-content', p.update_tasks],
    ['write-properties', p.update],
    ['bind', p.create_tasks],
    ['unbind', p.delete_tasks],
  ] as const;
  const writes = granted.filter(([, may]) => may).map(([name]) => name);
  return [
    'read',
    'read-current-user-privilege-set',
    ...(writes.length === granted.length ? ['write'] : []),
    ...writes,
  ];
}
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
  v.set(key(p(DAV, 'current-user-privilege-set')), privileges(calendarPrivileges(c)));
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
export function objectProps(userId: string, o: CalObject, calendarData: string | undefined): PropValues {
  const v = commonProps(userId);
  v.set(key(p(DAV, 'resourcetype')), '');
  v.set(key(p(DAV, 'getetag')), escapeXml(etagOf(o)));
  v.set(key(p(DAV, 'getcontenttype')), ITEM_TYPE);
  v.set(key(p(DAV, 'getlastmodified')), o.task.updatedAt.toUTCString());
  if (calendarData !== undefined) v.set(key(p(CALDAV, 'calendar-data')), escapeXml(calendarData));
  return v;
}

/** The props a PROPFIND/REPORT asks for: named, or all (allprop, propname or an empty body). */
export function askedProps(root: Element | null): PropName[] | 'all' {
  if (!root) return 'all';
  const prop = child(root, DAV, 'prop');
  return prop ? propNames(prop) : 'all';
}

export const wantsData = (asked: PropName[] | 'all') =>
  asked !== 'all' && asked.some((x) => x.ns === CALDAV && x.name === 'calendar-data');

// --- PROPFIND ---

export async function propfind(ctx: Ctx, target: Target) {
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
  const responses = new Responses();
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
