// CalDAV's limits on what a request can make the server do (docs/caldav.md, "Limits and errors"):
// calendars per account, properties per PROPFIND and the size of an answer, XML nesting refused
// before a tree is built, and a task's stored size checked before the database does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { appPassword, basic, davAs, ICS, todo } from './support/caldav.js';
import { ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let aliceAuth: string;
const dav = (auth: string) => davAs(server, auth);

beforeAll(async () => {
  server = await startTestServer();
  alice = await person(server, 'Alice');
  aliceAuth = basic(alice.email, await appPassword(alice));
});
afterAll(() => server.close());

describe('calendars per account (RFC 4331 quota-not-exceeded)', () => {
  it('MKCALENDAR past the cap on lists answers 507 and makes nothing', async () => {
    const carl = await person(server, 'Carl');
    const auth = basic(carl.email, await appPassword(carl));
    // Up to one short of the cap (500 lists, the REST API's), written directly for speed.
    await rawQuery(
      server.database.db,
      `insert into lists (user_id, name, position) select $1, 'List ' || g, g from generate_series(1, 499) g`,
      [carl.id],
    );
    const last = await dav(auth)('MKCALENDAR', `/dav/calendars/${carl.id}/the-last/`);
    expect(last.status).toBe(201);
    const over = await dav(auth)('MKCALENDAR', `/dav/calendars/${carl.id}/one-too-many/`);
    expect(over.status).toBe(507);
    expect(over.text).toContain('<d:quota-not-exceeded/>');
    expect((await ok(carl.as('GET', '/api/me/lists'))).lists).toHaveLength(500);
    expect(
      (await dav(auth)('PROPFIND', `/dav/calendars/${carl.id}/one-too-many/`, '', { depth: '0' })).status,
    ).toBe(404);
  });
});

describe('PROPFIND amplification (RFC 4918 9.1)', () => {
  it('answers a property named many times once per resource', async () => {
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Amplified' } }), 201);
    for (const title of ['a', 'b', 'c'])
      await ok(alice.as('POST', '/api/me/tasks', { body: { title, list_id: list.id } }), 201);
    const repeated = `<propfind xmlns="DAV:"><prop>${'<getetag/>'.repeat(20_000)}<displayname/></prop></propfind>`;
    const res = await dav(aliceAuth)('PROPFIND', `/dav/calendars/${alice.id}/${list.id}/`, repeated, {
      depth: '1',
    });
    expect(res.status).toBe(207);
    const responses = res.text.match(/<d:response>/g) ?? [];
    expect(responses).toHaveLength(4);
    // Each resource: its ETag once (the calendar's too), displayname found or missing once.
    expect(res.text.match(/<d:getetag>/g)).toHaveLength(4);
    expect(res.text.length).toBeLessThan(5_000);
  });

  it('refuses more than 100 distinct properties in one request with 400', async () => {
    const names = Array.from({ length: 101 }, (_, i) => `<x:p${i}/>`).join('');
    const res = await dav(aliceAuth)(
      'PROPFIND',
      `/dav/calendars/${alice.id}/inbox/`,
      `<propfind xmlns="DAV:" xmlns:x="urn:x"><prop>${names}</prop></propfind>`,
      { depth: '1' },
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('At most 100 properties');
  });

  it('refuses an answer past 24 MiB with 507 number-of-matches-within-limits, and answers it with fewer properties', async () => {
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Big answers' } }), 201);
    for (let i = 0; i < 70; i++)
      await ok(alice.as('POST', '/api/me/tasks', { body: { title: `t${i}`, list_id: list.id } }), 201);
    const ns = `urn:${'n'.repeat(4_000)}`;
    const body = (count: number) =>
      `<propfind xmlns="DAV:"><prop>${Array.from({ length: count }, (_, i) => `<x:p${i} xmlns:x="${ns}"/>`).join('')}</prop></propfind>`;
    const path = `/dav/calendars/${alice.id}/${list.id}/`;
    const huge = await dav(aliceAuth)('PROPFIND', path, body(100), { depth: '1' });
    expect(huge.status).toBe(507);
    expect(huge.text).toContain('number-of-matches-within-limits');
    const fine = await dav(aliceAuth)('PROPFIND', path, body(5), { depth: '1' });
    expect(fine.status).toBe(207);
    expect(fine.text.match(/<d:response>/g)).toHaveLength(71);
  });
});

describe('XML nesting is refused while reading (RFC 4918 20.6)', () => {
  it('refuses 250,000 levels with 400 without building the tree, and reads a deep comment as text', async () => {
    const deep = `<propfind xmlns="DAV:">${'<a>'.repeat(250_000)}${'</a>'.repeat(250_000)}</propfind>`;
    const started = performance.now();
    const res = await dav(aliceAuth)('PROPFIND', `/dav/calendars/${alice.id}/inbox/`, deep, { depth: '0' });
    const took = performance.now() - started;
    expect(res.status).toBe(400);
    expect(res.text).toContain('nested deeper than 20');
    expect(took).toBeLessThan(2_000);
    const commented = `<propfind xmlns="DAV:"><!-- ${'<a>'.repeat(50)} --><prop><getetag/></prop></propfind>`;
    expect(
      (await dav(aliceAuth)('PROPFIND', `/dav/calendars/${alice.id}/inbox/`, commented, { depth: '0' }))
        .status,
    ).toBe(207);
  });
});

describe("a task's size is checked before the database does (RFC 4791 5.3.2.1 max-resource-size)", () => {
  it('a PUT just under 256 KiB whose kept properties would store over the limit answers 413, not 500, and changes nothing', async () => {
    const before = (await ok(alice.as('GET', '/api/me/tasks?limit=1'))).total;
    const body = todo('big-x', ['SUMMARY:Big', `X-BIG:${'x'.repeat(255_000)}`]);
    expect(Buffer.byteLength(body)).toBeLessThan(256 * 1024);
    const res = await dav(aliceAuth)('PUT', `/dav/calendars/${alice.id}/inbox/big-x.ics`, body, ICS);
    expect(res.status).toBe(413);
    expect(res.text).toContain('max-resource-size');
    expect((await ok(alice.as('GET', '/api/me/tasks?limit=1'))).total).toBe(before);
    const fits = todo('fits-x', ['SUMMARY:Fits', `X-BIG:${'y'.repeat(200_000)}`]);
    expect(
      (await dav(aliceAuth)('PUT', `/dav/calendars/${alice.id}/inbox/fits-x.ics`, fits, ICS)).status,
    ).toBe(201);
    const got = await dav(aliceAuth)('GET', `/dav/calendars/${alice.id}/inbox/fits-x.ics`);
    expect(got.text.replace(/\r\n /g, '')).toContain(`X-BIG:${'y'.repeat(200_000)}`);
  });
});
