// What the CalDAV suites (test/caldav*.test.ts) share: Basic credentials from app passwords,
// requests with raw bodies, a VTODO, and reading hrefs out of a multistatus.
import { expect } from 'vitest';
import { ok, type Person } from './people.js';
import type { TestServer } from './server.js';

export const basic = (email: string, password: string) =>
  `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

export async function appPassword(who: Person, scopes: string[] = ['caldav']): Promise<string> {
  const key = await ok(who.as('POST', '/api/me/api-keys', { body: { name: 'phone', scopes } }), 201);
  expect(key.scopes).toEqual(scopes);
  return key.key;
}

/** Requests to `server` as `auth` (a Basic header): raw bodies, XML unless another type is given. */
export function davAs(server: TestServer, auth: string) {
  return (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    server.request(method, path, {
      ...(body !== undefined ? { rawBody: body } : {}),
      headers: {
        authorization: auth,
        ...(body !== undefined && !headers['content-type']
          ? { 'content-type': 'application/xml; charset=utf-8' }
          : {}),
        ...headers,
      },
    });
}

export const todo = (uid: string, lines: string[] = []) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//EN',
    'BEGIN:VTODO',
    `UID:${uid}`,
    'DTSTAMP:20260101T000000Z',
    ...lines,
    'END:VTODO',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

export const ICS = { 'content-type': 'text/calendar; charset=utf-8' };
export const PROPFIND_ETAGS =
  '<propfind xmlns="DAV:"><prop><resourcetype/><getcontenttype/><getetag/></prop></propfind>';
export const hrefsOf = (xml: string) => [...xml.matchAll(/<d:href>([^<]*)<\/d:href>/g)].map((m) => m[1]!);
