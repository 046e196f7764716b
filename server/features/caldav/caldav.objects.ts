// A task over CalDAV: GET, PUT and DELETE of one VTODO.
import {
  type Ctx,
  collectionOr404,
  DAV_HEADER,
  MAX_RESOURCE,
  objectPath,
  type Target,
} from './caldav.request.js';
import {
  DavRefusal,
  deleteObject,
  etagOf,
  findObject,
  putObject,
  render,
  UidConflict,
  zoneOf,
} from './caldav.service.js';
import { href } from './caldav.xml.js';

// --- GET / PUT / DELETE ---

export async function get(ctx: Ctx, target: Target) {
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

export const header = (ctx: Ctx, name: string) => {
  const value = ctx.request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

export async function put(ctx: Ctx, target: Target) {
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
  }).catch((error: unknown) => {
    // RFC 4791 5.3.2.1: the precondition names the resource that has the UID.
    if (error instanceof UidConflict)
      throw new DavRefusal(
        403,
        error.precondition,
        error.message,
        href(objectPath(ctx.userId, c, error.existing)),
      );
    throw error;
  });
  if (result.etag) ctx.reply.header('etag', result.etag);
  return ctx.reply.code(result.created ? 201 : 204).send();
}

export async function del(ctx: Ctx, target: Target) {
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
