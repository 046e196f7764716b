// A CalDAV request as its handlers see it: the context, the target its path names, the paths
// answers name, the limits, and the multistatus reply.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../platform/db/client.js';
import { type Collection, DavRefusal, findCollection } from './caldav.service.js';
import type { PropName } from './caldav.xml.js';

/** Largest task (a PUT's VCALENDAR): advertised as max-resource-size. */
export const MAX_RESOURCE = 256 * 1024;

/** Most hrefs one calendar-multiget may ask for. */
export const MAX_MULTIGET = 20_000;

export const DAV_HEADER = '1, 3, calendar-access';
export const ITEM_TYPE = 'text/calendar; charset=utf-8; component=VTODO';
export const XML_TYPE = 'application/xml; charset=utf-8';

/** Percent-encodes a path segment as clients normalise it (Python's quote with "@" safe). */
export const enc = (segment: string) =>
  encodeURIComponent(segment)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%40/g, '@');

export const principalPath = (user: string) => `/dav/principals/${enc(user)}/`;
export const homePath = (user: string) => `/dav/calendars/${enc(user)}/`;
export const collectionPath = (user: string, c: Collection) => `${homePath(user)}${enc(c.segment)}/`;
export const objectPath = (user: string, c: Collection, name: string) =>
  `${collectionPath(user, c)}${enc(name)}`;

export type Target =
  | { kind: 'root' }
  | { kind: 'principal' }
  | { kind: 'home' }
  | { kind: 'collection'; segment: string }
  | { kind: 'object'; segment: string; name: string };

export class NotFound extends Error {}

/** The request path read into a target; another user's paths are not found (404), like missing ones. */
export function targetOf(url: string, userId: string): Target {
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

export const p = (ns: string, name: string): PropName => ({ ns, name });

export interface Ctx {
  db: Database;
  userId: string;
  request: FastifyRequest;
  reply: FastifyReply;
  body: string;
}

export const multi = (reply: FastifyReply, xml: string) =>
  reply.code(207).header('dav', DAV_HEADER).header('content-type', XML_TYPE).send(xml);

export async function collectionOr404(ctx: Ctx, segment: string): Promise<Collection> {
  const c = await findCollection(ctx.db, ctx.userId, segment);
  if (!c) throw new DavRefusal(404, null, 'No such calendar');
  return c;
}
