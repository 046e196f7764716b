// CalDAV's REPORTs on a calendar: calendar-query, calendar-multiget, sync-collection.
import type { Element } from '@xmldom/xmldom';
import { FilterError, matches, mayMatchTodos, needsData } from './caldav.filter.js';
import { askedProps, objectProps, wantsData } from './caldav.props.js';
import {
  type Ctx,
  collectionOr404,
  MAX_MULTIGET,
  multi,
  objectPath,
  type Target,
  targetOf,
} from './caldav.request.js';
import {
  type Collection,
  changesSince,
  DavRefusal,
  findObject,
  listObjects,
  render,
  zoneOf,
} from './caldav.service.js';
import {
  CALDAV,
  child,
  children,
  DAV,
  escapeXml,
  is,
  multistatus,
  parseXml,
  propResponse,
  Responses,
  statusResponse,
  textOf,
  XmlError,
} from './caldav.xml.js';

// --- REPORT ---

export async function report(ctx: Ctx, target: Target) {
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
  const responses = new Responses();
  for (const o of objects) {
    const text = filtering || wantsData(asked) ? render(o, zone) : undefined;
    if (filtering && !matches(filter, text!, zone)) continue;
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
  const responses = new Responses();
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
  const { changed, removed, token: next } = await changesSince(ctx.db, c, token);
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
  const responses = new Responses();
  for (const o of changed) {
    responses.push(
      propResponse(
        objectPath(ctx.userId, c, o.name),
        asked,
        objectProps(ctx.userId, o, wantsData(asked) ? render(o, zone) : undefined),
      ),
    );
  }
  for (const name of removed) responses.push(statusResponse(objectPath(ctx.userId, c, name), 404));
  return multi(ctx.reply, multistatus(responses, `<d:sync-token>${escapeXml(next)}</d:sync-token>`));
}
