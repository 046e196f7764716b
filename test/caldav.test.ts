// CalDAV over HTTP (docs/caldav.md): app passwords, discovery, PROPFIND, the three REPORTs, items
// with ETags and preconditions, sync tokens, shared lists, isolation, bad input, the mapping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepTombstones } from '../server/features/caldav/caldav.service.js';
import { rawQuery } from '../server/platform/db/client.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let bob: Person;
let carol: Person;
let aliceAuth: string;
let bobAuth: string;
let carolAuth: string;

const basic = (email: string, password: string) =>
  `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;

async function appPassword(who: Person, scopes: string[] = ['caldav']): Promise<string> {
  const key = await ok(who.as('POST', '/api/me/api-keys', { body: { name: 'phone', scopes } }), 201);
  expect(key.scopes).toEqual(scopes);
  return key.key;
}

function dav(auth: string) {
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

const todo = (uid: string, lines: string[] = []) =>
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

const ICS = { 'content-type': 'text/calendar; charset=utf-8' };
const PROPFIND_ETAGS =
  '<propfind xmlns="DAV:"><prop><resourcetype/><getcontenttype/><getetag/></prop></propfind>';
const hrefsOf = (xml: string) => [...xml.matchAll(/<d:href>([^<]*)<\/d:href>/g)].map((m) => m[1]!);

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob, carol] = [
    await person(server, 'Alice'),
    await person(server, 'Bob'),
    await person(server, 'Carol'),
  ];
  aliceAuth = basic(alice.email, await appPassword(alice));
  bobAuth = basic(bob.email, await appPassword(bob));
  carolAuth = basic(carol.email, await appPassword(carol));
});
afterAll(() => server.close());

describe('app passwords', () => {
  it('asks for Basic credentials with a challenge, and refuses wrong ones', async () => {
    const none = await server.request('PROPFIND', '/dav/', { headers: { depth: '0' } });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm="Doable"/);
    expect(none.headers.get('content-type')).not.toMatch(/problem/);
    expect((await dav(basic(alice.email, 'dbl_wrong'))('PROPFIND', '/dav/')).status).toBe(401);
    // Another account's email with Alice's password.
    const key = await appPassword(alice);
    expect((await dav(basic(bob.email, key))('PROPFIND', '/dav/', '', { depth: '0' })).status).toBe(401);
    expect(
      (await dav(basic(alice.email.toUpperCase(), key))('PROPFIND', '/dav/', '', { depth: '0' })).status,
    ).toBe(207);
  });

  it('keeps scopes apart: an api key is no app password and an app password is no api key', async () => {
    const api = await appPassword(alice, ['api']);
    expect((await dav(basic(alice.email, api))('PROPFIND', '/dav/', '', { depth: '0' })).status).toBe(401);
    const caldav = await appPassword(alice, ['caldav']);
    const rest = await server.request('GET', '/api/me/tasks', {
      headers: { authorization: `Bearer ${caldav}` },
    });
    expect(rest.status).toBe(401);
    const both = await appPassword(alice, ['api', 'caldav']);
    expect(
      (await server.request('GET', '/api/me/tasks', { headers: { authorization: `Bearer ${both}` } })).status,
    ).toBe(200);
    expect((await dav(basic(alice.email, both))('PROPFIND', '/dav/', '', { depth: '0' })).status).toBe(207);
    const plain = await ok(alice.as('POST', '/api/me/api-keys', { body: { name: 'x' } }), 201);
    expect(plain.scopes).toEqual(['api']);
    const bad = await alice.as('POST', '/api/me/api-keys', { body: { name: 'x', scopes: ['root'] } });
    expect(bad.status).toBe(422);
  });

  it('refuses a disabled account', async () => {
    const dora = await person(server, 'Dora');
    const auth = basic(dora.email, await appPassword(dora));
    expect((await dav(auth)('PROPFIND', '/dav/', '', { depth: '0' })).status).toBe(207);
    await server.database.db.execute(`update users set disabled_at = now() where id = '${dora.id}'`);
    expect((await dav(auth)('PROPFIND', '/dav/', '', { depth: '0' })).status).toBe(401);
  });
});

describe('discovery', () => {
  it('redirects the well-known address for GET and PROPFIND without credentials', async () => {
    for (const method of ['GET', 'PROPFIND']) {
      const res = await fetch(`${server.url}/.well-known/caldav`, { method, redirect: 'manual' });
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe('/dav/');
    }
  });

  it('answers OPTIONS with calendar-access', async () => {
    const res = await dav(aliceAuth)('OPTIONS', `/dav/principals/${alice.id}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('dav')).toContain('calendar-access');
    expect(res.headers.get('allow')).toContain('REPORT');
  });

  it('leads from /dav/ to the principal, the home and the calendars', async () => {
    const a = dav(aliceAuth);
    const root = await a(
      'PROPFIND',
      '/dav/',
      '<propfind xmlns="DAV:"><prop><current-user-principal/></prop></propfind>',
      { depth: '0' },
    );
    expect(root.status).toBe(207);
    expect(root.headers.get('dav')).toContain('calendar-access');
    expect(root.text).toContain(`<d:current-user-principal><d:href>/dav/principals/${alice.id}/</d:href>`);
    const principal = await a(
      'PROPFIND',
      `/dav/principals/${alice.id}/`,
      '<propfind xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><prop><C:calendar-home-set/><displayname/><C:calendar-user-address-set/><x:unknown xmlns:x="urn:x"/></prop></propfind>',
      { depth: '0' },
    );
    expect(principal.text).toContain(`<c:calendar-home-set><d:href>/dav/calendars/${alice.id}/</d:href>`);
    expect(principal.text).toContain(`mailto:${alice.email}`);
    expect(principal.text).toMatch(
      /<x:unknown xmlns:x="urn:x"\/><\/d:prop><d:status>HTTP\/1.1 404 Not Found/,
    );
    const list = await ok(
      alice.as('POST', '/api/me/lists', { body: { name: 'Groceries & more', color: '#3a87ad' } }),
      201,
    );
    const home = await a(
      'PROPFIND',
      `/dav/calendars/${alice.id}/`,
      '<propfind xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" xmlns:CS="http://calendarserver.org/ns/" xmlns:IC="http://apple.com/ns/ical/"><prop><resourcetype/><displayname/><C:supported-calendar-component-set/><IC:calendar-color/><CS:getctag/><sync-token/><current-user-privilege-set/></prop></propfind>',
      { depth: '1' },
    );
    expect(home.status).toBe(207);
    expect(hrefsOf(home.text)).toContain(`/dav/calendars/${alice.id}/inbox/`);
    expect(hrefsOf(home.text)).toContain(`/dav/calendars/${alice.id}/${list.id}/`);
    expect(home.text).toContain('<d:displayname>Groceries &amp; more</d:displayname>');
    expect(home.text).toContain('<ic:calendar-color>#3A87ADFF</ic:calendar-color>');
    expect(home.text).toContain('<d:resourcetype><d:collection/><c:calendar/></d:resourcetype>');
    expect(home.text).toContain('<c:comp name="VTODO"/>');
  });

  it('reads bodies with no content type, text/xml and application/xml', async () => {
    const body = '<propfind xmlns="DAV:"><prop><current-user-principal/></prop></propfind>';
    const none = await server.request('PROPFIND', '/dav/', {
      rawBody: Buffer.from(body),
      headers: { authorization: aliceAuth, depth: '0' },
    });
    expect(none.status).toBe(207);
    expect(none.text).toContain('current-user-principal><d:href>');
    for (const type of ['text/xml', 'application/xml; charset=UTF-8']) {
      const res = await dav(aliceAuth)('PROPFIND', '/dav/', body, { depth: '0', 'content-type': type });
      expect(res.status).toBe(207);
    }
  });

  it('refuses Depth: infinity', async () => {
    const res = await dav(aliceAuth)('PROPFIND', `/dav/calendars/${alice.id}/`, PROPFIND_ETAGS, {
      depth: 'infinity',
    });
    expect(res.status).toBe(403);
    expect(res.text).toContain('propfind-finite-depth');
  });
});

describe('items', () => {
  const inbox = () => `/dav/calendars/${alice.id}/inbox/`;

  it('creates with PUT (201 + ETag), reads with GET, updates with If-Match (204), refuses stale ETags (412)', async () => {
    const a = dav(aliceAuth);
    const path = `${inbox()}weird%20name.ics`;
    const created = await a(
      'PUT',
      path,
      todo('Evolution-1234567890abcdef@host', ['SUMMARY:Buy milk', 'PRIORITY:2', 'X-CUSTOM;P=1:kept as is']),
      { ...ICS, 'if-none-match': '*' },
    );
    expect(created.status, created.text).toBe(201);
    // What is served differs from what was sent (PRIORITY:2 reads as 1): no ETag (RFC 4791 5.3.4).
    expect(created.headers.get('etag')).toBeNull();
    const again = await a('PUT', path, todo('Evolution-1234567890abcdef@host', ['SUMMARY:Buy milk']), {
      ...ICS,
      'if-none-match': '*',
    });
    expect(again.status).toBe(412);
    const got = await a('GET', path);
    expect(got.status).toBe(200);
    const etag = got.headers.get('etag')!;
    expect(etag).toMatch(/^"\d+-\d+"$/);
    expect((await a('GET', path)).text).toBe(got.text);
    expect(got.text).toContain('UID:Evolution-1234567890abcdef@host');
    expect(got.text).toContain('SUMMARY:Buy milk');
    expect(got.text).toContain('PRIORITY:1');
    expect(got.text).toContain('X-CUSTOM;P=1:kept as is');
    // Sending back exactly what is served: 204 with the new ETag.
    const same = await a('PUT', path, got.text, { ...ICS, 'if-match': etag });
    expect(same.status).toBe(204);
    const sameEtag = same.headers.get('etag');
    expect(sameEtag).toMatch(/^"\d+-\d+"$/);
    expect((await a('GET', path)).headers.get('etag')).toBe(sameEtag);
    const tasks = await ok(alice.as('GET', '/api/me/tasks?limit=100'));
    const task = tasks.tasks.find((t: { title: string }) => t.title === 'Buy milk');
    expect(task).toMatchObject({ priority: 'high', list_id: null });
    const updated = await a(
      'PUT',
      path,
      todo('Evolution-1234567890abcdef@host', [
        'SUMMARY:Buy oat milk',
        'STATUS:COMPLETED',
        'X-CUSTOM;P=1:kept as is',
      ]),
      { ...ICS, 'if-match': sameEtag! },
    );
    expect(updated.status).toBe(204);
    const stale = await a('PUT', path, todo('Evolution-1234567890abcdef@host', ['SUMMARY:Lost']), {
      ...ICS,
      'if-match': etag,
    });
    expect(stale.status).toBe(412);
    const after = await ok(alice.as('GET', `/api/me/tasks/${task.id}`));
    expect(after).toMatchObject({ title: 'Buy oat milk', completed: true });
    // DELETE with a stale ETag is refused; with the current one it goes.
    expect((await a('DELETE', path, undefined, { 'if-match': etag })).status).toBe(412);
    const current = (await a('GET', path)).headers.get('etag')!;
    expect(current).not.toBe(sameEtag);
    expect((await a('DELETE', path, undefined, { 'if-match': current })).status).toBe(204);
    expect((await a('GET', path)).status).toBe(404);
    expect((await alice.as('GET', `/api/me/tasks/${task.id}`)).status).toBe(404);
  });

  it('lists tasks made in the REST API, with ETags, and answers multiget and calendar-query', async () => {
    const a = dav(aliceAuth);
    const made = await ok(
      alice.as('POST', '/api/me/tasks', {
        body: { title: 'From REST', due_date: '2026-07-01', tags: ['home'] },
      }),
      201,
    );
    const listing = await a('PROPFIND', inbox(), PROPFIND_ETAGS, { depth: '1' });
    const path = `${inbox()}${made.id}.ics`;
    expect(hrefsOf(listing.text)).toContain(path);
    expect(listing.text).toMatch(/<d:getetag>&quot;\d+-0&quot;<\/d:getetag>/);
    const multiget = await a(
      'REPORT',
      inbox(),
      `<C:calendar-multiget xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><prop><getetag/><C:calendar-data/></prop><href>${path}</href><href>${inbox()}missing.ics</href></C:calendar-multiget>`,
    );
    expect(multiget.status).toBe(207);
    expect(multiget.text).toContain('SUMMARY:From REST');
    expect(multiget.text).toContain('DUE;VALUE=DATE:20260701');
    expect(multiget.text).toContain('CATEGORIES:home');
    expect(multiget.text).toMatch(/missing\.ics<\/d:href><d:status>HTTP\/1.1 404/);
    const query = (filter: string) =>
      a(
        'REPORT',
        inbox(),
        `<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/></D:prop><C:filter><C:comp-filter name="VCALENDAR">${filter}</C:comp-filter></C:filter></C:calendar-query>`,
        { depth: '1' },
      );
    expect(hrefsOf((await query('<C:comp-filter name="VTODO"/>')).text)).toContain(path);
    expect(hrefsOf((await query('<C:comp-filter name="VEVENT"/>')).text)).toEqual([]);
    const inJuly =
      '<C:comp-filter name="VTODO"><C:time-range start="20260701T000000Z" end="20260702T000000Z"/></C:comp-filter>';
    expect(hrefsOf((await query(inJuly)).text)).toContain(path);
    const inMay =
      '<C:comp-filter name="VTODO"><C:time-range start="20260501T000000Z" end="20260502T000000Z"/></C:comp-filter>';
    expect(hrefsOf((await query(inMay)).text)).not.toContain(path);
    const open =
      '<C:comp-filter name="VTODO"><C:prop-filter name="COMPLETED"><C:is-not-defined/></C:prop-filter><C:prop-filter name="STATUS"><C:text-match negate-condition="yes">COMPLETED</C:text-match></C:prop-filter></C:comp-filter>';
    expect(hrefsOf((await query(open)).text)).toContain(path);
    await ok(alice.as('PATCH', `/api/me/tasks/${made.id}`, { body: { completed: true } }));
    expect(hrefsOf((await query(open)).text)).not.toContain(path);
    // Text matches: case-insensitive by default, exact with i;octet, on parameters too.
    const summary = (text: string, collation = '') =>
      `<C:comp-filter name="VTODO"><C:prop-filter name="SUMMARY"><C:text-match${collation}>${text}</C:text-match></C:prop-filter></C:comp-filter>`;
    expect(hrefsOf((await query(summary('from rest'))).text)).toContain(path);
    expect(hrefsOf((await query(summary('from rest', ' collation="i;octet"'))).text)).not.toContain(path);
    expect(hrefsOf((await query(summary('From REST', ' collation="i;octet"'))).text)).toContain(path);
    const dueParam =
      '<C:comp-filter name="VTODO"><C:prop-filter name="DUE"><C:param-filter name="VALUE"><C:text-match>DATE</C:text-match></C:param-filter></C:prop-filter></C:comp-filter>';
    expect(hrefsOf((await query(dueParam)).text)).toContain(path);
    const unknown = await query(summary('x', ' collation="i;klingon"'));
    expect(unknown.status).toBe(403);
    expect(unknown.text).toContain('supported-collation');
  });

  it('answers a multiget of many hrefs, each echoed as sent', async () => {
    const a = dav(aliceAuth);
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Many' } }), 201);
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) {
      ids.push(
        (await ok(alice.as('POST', '/api/me/tasks', { body: { title: `Item ${i}`, list_id: list.id } }), 201))
          .id,
      );
    }
    const base = `/dav/calendars/${alice.id}/${list.id}/`;
    const hrefs = [
      ...ids.map((id) => `${base}${id}.ics`),
      `${server.url}${base}${ids[0]}.ics`,
      `${base}nope.ics`,
    ];
    const res = await a(
      'REPORT',
      base,
      `<C:calendar-multiget xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><prop><getetag/><C:calendar-data/></prop>${hrefs.map((h) => `<href>${h}</href>`).join('')}</C:calendar-multiget>`,
    );
    expect(res.status).toBe(207);
    expect(hrefsOf(res.text)).toEqual(hrefs);
    expect(res.text.match(/BEGIN:VTODO/g)).toHaveLength(13);
    expect(res.text).toMatch(/nope\.ics<\/d:href><d:status>HTTP\/1.1 404/);
  });

  it('moves a task when its UID is PUT into another calendar', async () => {
    const a = dav(aliceAuth);
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Work' } }), 201);
    const put = await a('PUT', `${inbox()}mover.ics`, todo('mover-uid', ['SUMMARY:Mover']), ICS);
    expect(put.status).toBe(201);
    const moved = await a(
      'PUT',
      `/dav/calendars/${alice.id}/${list.id}/mover.ics`,
      todo('mover-uid', ['SUMMARY:Mover']),
      ICS,
    );
    expect(moved.status).toBe(201);
    const tasks = await ok(alice.as('GET', `/api/me/tasks?list_id=${list.id}`));
    expect(tasks.tasks.map((t: { title: string }) => t.title)).toContain('Mover');
    expect((await a('GET', `${inbox()}mover.ics`)).status).toBe(404);
  });
});

describe('the mapping, both ways', () => {
  const base = () => `/dav/calendars/${alice.id}/inbox/`;

  it('keeps what the app sent when the task is edited in Doable, and serves the edit', async () => {
    const a = dav(aliceAuth);
    const put = await a(
      'PUT',
      `${base()}kept.ics`,
      todo('kept-1', [
        'SUMMARY:Before',
        'DTSTART:20260301T100000Z',
        'DUE:20260305T100000Z',
        'GEO:48.85;2.35',
        'X-APP-ONE:1',
        'CATEGORIES:a,b',
      ]),
      ICS,
    );
    expect(put.status).toBe(201);
    const task = (await ok(alice.as('GET', '/api/me/tasks?limit=200'))).tasks.find(
      (t: { title: string }) => t.title === 'Before',
    );
    expect(task).toMatchObject({ tags: ['a', 'b'], due_at: '2026-03-05T10:00:00.000Z' });
    await ok(
      alice.as('PATCH', `/api/me/tasks/${task.id}`, {
        body: { title: 'After', due_date: '2026-04-01', tags: ['c'] },
      }),
    );
    const got = (await a('GET', `${base()}kept.ics`)).text;
    expect(got).toContain('SUMMARY:After');
    expect(got).toContain('DUE;VALUE=DATE:20260401');
    expect(got).not.toContain('DUE:20260305T100000Z');
    expect(got).toContain('CATEGORIES:c');
    expect(got).toContain('DTSTART:20260301T100000Z');
    expect(got).toContain('GEO:48.85;2.35');
    expect(got).toContain('X-APP-ONE:1');
  });

  it("reads a TZID by the calendar's VTIMEZONE when it is no IANA name, and alarms before a start", async () => {
    const a = dav(aliceAuth);
    const body = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Outlook-ish//EN',
      'BEGIN:VTIMEZONE',
      'TZID:Custom Standard Time',
      'BEGIN:STANDARD',
      'DTSTART:16010101T000000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0300',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VTODO',
      'UID:outlookish-1',
      'DTSTAMP:20260101T000000Z',
      'SUMMARY:Outlookish',
      'DTSTART:20260401T080000Z',
      'DUE;TZID=Custom Standard Time:20260402T120000',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT1H',
      'END:VALARM',
      'END:VTODO',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const put = await a('PUT', `${base()}outlookish.ics`, body, ICS);
    expect(put.status, put.text).toBe(201);
    const task = (await ok(alice.as('GET', '/api/me/tasks?limit=200'))).tasks.find(
      (t: { title: string }) => t.title === 'Outlookish',
    );
    expect(task.due_at).toBe('2026-04-02T09:00:00.000Z');
    // Relative to a start that is not the due moment: the instant it names.
    expect(task.reminders).toEqual([{ at: '2026-04-01T07:00:00.000Z' }]);
    const got = (await a('GET', `${base()}outlookish.ics`)).text;
    expect(got).toContain('DUE;TZID=Custom Standard Time:20260402T120000');
    expect(got).toContain('BEGIN:VTIMEZONE');
  });

  it('completes a recurring task as its occurrence: it moves on, and the PUT answers no ETag', async () => {
    const a = dav(aliceAuth);
    const path = `${base()}weekly.ics`;
    const lines = ['SUMMARY:Weekly review', 'DUE:20260302T090000Z', 'RRULE:FREQ=WEEKLY'];
    expect((await a('PUT', path, todo('weekly-1', lines), ICS)).status).toBe(201);
    const done = await a(
      'PUT',
      path,
      todo('weekly-1', [...lines, 'STATUS:COMPLETED', 'COMPLETED:20260302T100000Z']),
      ICS,
    );
    expect(done.status).toBe(204);
    expect(done.headers.get('etag')).toBeNull();
    const got = (await a('GET', path)).text;
    expect(got).toContain('STATUS:NEEDS-ACTION');
    expect(got).toContain('DUE:20260309T090000Z');
    expect(got).not.toContain('COMPLETED:');
  });

  it('orders by X-APPLE-SORT-ORDER and links children that arrive before their parent when the child comes again', async () => {
    const a = dav(aliceAuth);
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Ordered' } }), 201);
    const cal = `/dav/calendars/${alice.id}/${list.id}/`;
    expect((await a('PUT', `${cal}one.ics`, todo('one', ['SUMMARY:One']), ICS)).status).toBe(201);
    expect((await a('PUT', `${cal}two.ics`, todo('two', ['SUMMARY:Two']), ICS)).status).toBe(201);
    const order = async () =>
      (await ok(alice.as('GET', `/api/me/tasks?list_id=${list.id}&sort=manual`))).tasks.map(
        (t: { title: string }) => t.title,
      );
    expect(await order()).toEqual(['One', 'Two']);
    expect(
      (await a('PUT', `${cal}two.ics`, todo('two', ['SUMMARY:Two', 'X-APPLE-SORT-ORDER:1']), ICS)).status,
    ).toBe(204);
    expect(await order()).toEqual(['Two', 'One']);
    // A child before its parent: the link is kept as sent, and made when the child is sent again.
    const child = todo('kid', ['SUMMARY:Kid', 'RELATED-TO;RELTYPE=PARENT:mum']);
    expect((await a('PUT', `${cal}kid.ics`, child, ICS)).status).toBe(201);
    expect((await a('GET', `${cal}kid.ics`)).text).toContain('RELATED-TO;RELTYPE=PARENT:mum');
    expect((await a('PUT', `${cal}mum.ics`, todo('mum', ['SUMMARY:Mum']), ICS)).status).toBe(201);
    expect((await a('PUT', `${cal}kid.ics`, child, ICS)).status).toBe(204);
    const tasks = (await ok(alice.as('GET', `/api/me/tasks?list_id=${list.id}&limit=50`))).tasks;
    const mum = tasks.find((t: { title: string }) => t.title === 'Mum');
    expect(tasks.find((t: { title: string }) => t.title === 'Kid')).toMatchObject({ parent_id: mum.id });
    expect((await a('GET', `${cal}kid.ics`)).text.match(/RELATED-TO/g)).toHaveLength(1);
  });
});

describe('what does not fit a field', () => {
  it('is stored cut to fit and served back as sent while unchanged', async () => {
    const a = dav(aliceAuth);
    const path = `/dav/calendars/${alice.id}/inbox/long.ics`;
    const title = `Long ${'t'.repeat(300)}`;
    const description = 'd'.repeat(16_500);
    const tags = Array.from({ length: 25 }, (_, i) => `tag${i}`);
    const put = await a(
      'PUT',
      path,
      todo('long-1', [
        `SUMMARY:${title}`,
        `DESCRIPTION:${description}`,
        `CATEGORIES:${tags.join(',')}`,
        'RRULE:FREQ=SECONDLY;INTERVAL=5',
      ]),
      ICS,
    );
    expect(put.status, put.text).toBe(201);
    const task = (await ok(alice.as('GET', '/api/me/tasks?limit=200'))).tasks.find((t: { title: string }) =>
      t.title.startsWith('Long t'),
    );
    expect([...task.title]).toHaveLength(200);
    expect(task.description).toHaveLength(16_000);
    expect(task.tags).toEqual(tags.slice(0, 20));
    expect(task.recurrence).toBeNull();
    const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
    const got = unfold((await a('GET', path)).text);
    expect(got).toContain(`SUMMARY:${title}\r\n`);
    expect(got).toContain(`DESCRIPTION:${description}\r\n`);
    expect(got).toContain(`CATEGORIES:${tags.join(',')}\r\n`);
    expect(got).toContain('RRULE:FREQ=SECONDLY;INTERVAL=5');
    expect(got.match(/SUMMARY/g)).toHaveLength(1);
    // Changed in Doable: the task's fields are served.
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { title: 'Short now', tags: ['x'] } }));
    const after = unfold((await a('GET', path)).text);
    expect(after).toContain('SUMMARY:Short now');
    expect(after).toContain('CATEGORIES:x\r\n');
    expect(after).not.toContain(title);
    expect(after).toContain(`DESCRIPTION:${description}\r\n`);
  });
});

describe('malformed values an app sent', () => {
  it('are kept, served, and never break a listing or a query', async () => {
    const a = dav(aliceAuth);
    const inbox = `/dav/calendars/${alice.id}/inbox/`;
    const put = await a(
      'PUT',
      `${inbox}odd.ics`,
      todo('odd-1', [
        'SUMMARY:Odd',
        'DURATION:garbage',
        'X-FOO;BAR=:',
        'DTSTART;TZID=Nowhere/Else:20260101T100000',
      ]),
      ICS,
    );
    expect(put.status, put.text).toBe(201);
    expect((await a('GET', `${inbox}odd.ics`)).text).toContain('DURATION:garbage');
    const query = await a(
      'REPORT',
      inbox,
      '<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/></D:prop><C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VTODO"><C:time-range start="20260101T000000Z" end="20260102T000000Z"/></C:comp-filter></C:comp-filter></C:filter></C:calendar-query>',
      { depth: '1' },
    );
    expect(query.status).toBe(207);
    expect(hrefsOf(query.text)).toContain(`${inbox}odd.ics`);
  });
});

describe('requests as DAVx5 and Apple send them', () => {
  it('DAVx5: principal check, capabilities, etag listing, multiget with schedule-tag, sync from a bad token', async () => {
    const a = dav(aliceAuth);
    const list = await ok(
      alice.as('POST', '/api/me/lists', { body: { name: 'Phone', color: '#00aa00' } }),
      201,
    );
    const made = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'On the phone', list_id: list.id } }),
      201,
    );
    const cal = `/dav/calendars/${alice.id}/${list.id}/`;
    const options = await a('OPTIONS', `/dav/principals/${alice.id}/`);
    expect(options.headers.get('dav')).toContain('calendar-access');
    const caps = await a(
      'PROPFIND',
      cal,
      '<propfind xmlns="DAV:" xmlns:CAL="urn:ietf:params:xml:ns:caldav" xmlns:CS="http://calendarserver.org/ns/"><prop><CAL:max-resource-size/><CS:getctag/><sync-token/></prop></propfind>',
      { depth: '0' },
    );
    expect(caps.text).toContain('<c:max-resource-size>262144</c:max-resource-size>');
    expect(caps.text).toMatch(/<cs:getctag>[^<]+<\/cs:getctag>/);
    const listing = await a(
      'REPORT',
      cal,
      `<?xml version='1.0' encoding='UTF-8' ?><calendar-query xmlns="DAV:" xmlns:CAL="urn:ietf:params:xml:ns:caldav"><prop><getetag /></prop><CAL:filter><CAL:comp-filter name="VCALENDAR"><CAL:comp-filter name="VTODO" /></CAL:comp-filter></CAL:filter></calendar-query>`,
      { depth: '1' },
    );
    expect(hrefsOf(listing.text)).toEqual([`${cal}${made.id}.ics`]);
    expect(listing.text).toContain('<d:getetag>');
    const multiget = await a(
      'REPORT',
      cal,
      `<CAL:calendar-multiget xmlns="DAV:" xmlns:CAL="urn:ietf:params:xml:ns:caldav"><prop><getcontenttype /><getetag /><CAL:schedule-tag /><CAL:calendar-data /></prop><href>${cal}${made.id}.ics</href></CAL:calendar-multiget>`,
    );
    expect(multiget.text).toContain('SUMMARY:On the phone');
    expect(multiget.text).toMatch(/<c:schedule-tag\/><\/d:prop><d:status>HTTP\/1.1 404/);
    expect(multiget.text.match(/BEGIN:VTODO/g)).toHaveLength(1);
    const bad = await a(
      'REPORT',
      cal,
      '<sync-collection xmlns="DAV:"><sync-token>data:,doable/inbox/999999/0</sync-token><sync-level>1</sync-level><prop><getetag/></prop></sync-collection>',
      { depth: '0' },
    );
    expect(bad.status).toBe(403);
    expect(bad.text).toContain('<d:valid-sync-token/>');
    // A new task from the phone, If-None-Match: * under a name of its own; an update with If-Match.
    const name = `${cal}b7c0f3e2-phone.ics`;
    const created = await a('PUT', name, todo('b7c0f3e2-phone', ['SUMMARY:From the phone']), {
      'content-type': 'text/calendar;charset=utf-8',
      'if-none-match': '*',
    });
    expect(created.status).toBe(201);
    const etag = (await a('GET', name)).headers.get('etag')!;
    const conflict = await a('PUT', name, todo('b7c0f3e2-phone', ['SUMMARY:Stale']), {
      ...ICS,
      'if-match': '"0-0"',
    });
    expect(conflict.status).toBe(412);
    expect(
      (await a('PUT', name, todo('b7c0f3e2-phone', ['SUMMARY:Fresh']), { ...ICS, 'if-match': etag })).status,
    ).toBe(204);
  });

  it('Apple: MKCALENDAR with order, colour and time zone; calendar-order read back', async () => {
    const a = dav(aliceAuth);
    const slug = '5E4B0C9A-APPLE';
    const made = await a(
      'MKCALENDAR',
      `/dav/calendars/${alice.id}/${slug}/`,
      `<?xml version="1.0" encoding="UTF-8"?><B:mkcalendar xmlns:B="urn:ietf:params:xml:ns:caldav"><A:set xmlns:A="DAV:"><A:prop><D:calendar-order xmlns:D="http://apple.com/ns/ical/">3</D:calendar-order><B:calendar-free-busy-set><NO/></B:calendar-free-busy-set><D:calendar-color xmlns:D="http://apple.com/ns/ical/" symbolic-color="red">#FF2968FF</D:calendar-color><B:calendar-timezone><![CDATA[BEGIN:VCALENDAR\r\nEND:VCALENDAR]]></B:calendar-timezone><A:displayname>Apple list</A:displayname><B:supported-calendar-component-set><B:comp name="VTODO"/></B:supported-calendar-component-set></A:prop></A:set></B:mkcalendar>`,
    );
    expect(made.status, made.text).toBe(201);
    const home = await a(
      'PROPFIND',
      `/dav/calendars/${alice.id}/`,
      '<propfind xmlns="DAV:" xmlns:I="http://apple.com/ns/ical/"><prop><displayname/><I:calendar-color/><I:calendar-order/></prop></propfind>',
      { depth: '1' },
    );
    expect(home.text).toContain(`/dav/calendars/${alice.id}/${slug}/`);
    expect(home.text).toContain('<d:displayname>Apple list</d:displayname>');
    expect(home.text).toContain('#FF2968FF');
    const reorder = await a(
      'PROPPATCH',
      `/dav/calendars/${alice.id}/${slug}/`,
      '<A:propertyupdate xmlns:A="DAV:"><A:set><A:prop><B:calendar-order xmlns:B="http://apple.com/ns/ical/">7</B:calendar-order></A:prop></A:set></A:propertyupdate>',
    );
    expect(reorder.status).toBe(207);
    const again = await a(
      'PROPFIND',
      `/dav/calendars/${alice.id}/${slug}/`,
      '<propfind xmlns="DAV:" xmlns:I="http://apple.com/ns/ical/"><prop><I:calendar-order/></prop></propfind>',
      { depth: '0' },
    );
    expect(again.text).toContain('<ic:calendar-order>7</ic:calendar-order>');
  });
});

describe('names of deleted tasks', () => {
  it('are kept while their events are, for sync reports, then swept', async () => {
    const a = dav(aliceAuth);
    const path = `/dav/calendars/${alice.id}/inbox/gone-soon.ics`;
    expect((await a('PUT', path, todo('gone-soon', ['SUMMARY:Gone soon']), ICS)).status).toBe(201);
    expect((await a('DELETE', path)).status).toBe(204);
    const db = server.database.db;
    const count = async () =>
      Number(
        (
          await rawQuery<{ n: unknown }>(
            db,
            "select count(*) as n from caldav_objects where name = 'gone-soon.ics'",
            [],
          )
        )[0]!.n,
      );
    await sweepTombstones(db);
    expect(await count()).toBe(1);
    const [row] = await rawQuery<{ task_id: unknown }>(
      db,
      "select task_id from caldav_objects where name = 'gone-soon.ics'",
      [],
    );
    await rawQuery(db, 'delete from task_events where user_id = $1 and task_id = $2', [
      alice.id,
      Number(row!.task_id),
    ]);
    await sweepTombstones(db);
    expect(await count()).toBe(0);
  });
});

describe('rate limit', () => {
  it('counts CalDAV requests against the API rate', async () => {
    const limited = await startTestServer({ env: { API_RATE_LIMIT: '3' } });
    try {
      const who = await person(limited, 'Rita');
      const key = await ok(
        who.as('POST', '/api/me/api-keys', { body: { name: 'p', scopes: ['caldav'] } }),
        201,
      );
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await limited.request('PROPFIND', '/dav/', {
          headers: { authorization: basic(who.email, key.key), depth: '0' },
        });
        statuses.push(res.status);
        if (res.status === 429) expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      }
      expect(statuses).toContain(207);
      expect(statuses).toContain(429);
    } finally {
      await limited.close();
    }
  });
});

describe('the mapping', () => {
  it('round-trips priority, DUE with TZID, VALARM, RRULE, RELATED-TO and unknown properties', async () => {
    const a = dav(aliceAuth);
    const base = `/dav/calendars/${alice.id}/inbox/`;
    expect((await a('PUT', `${base}parent.ics`, todo('parent-1', ['SUMMARY:Parent']), ICS)).status).toBe(201);
    const body = todo('child-1', [
      'SUMMARY:Child',
      'PRIORITY:7',
      'DUE;TZID=Europe/Berlin:20260310T090000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU',
      'RELATED-TO;RELTYPE=PARENT:parent-1',
      'X-APPLE-SPECIAL:yes',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:x',
      'TRIGGER;RELATED=END:-PT30M',
      'END:VALARM',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:x',
      'TRIGGER;VALUE=DATE-TIME:20260309T120000Z',
      'END:VALARM',
    ]);
    const put = await a('PUT', `${base}child.ics`, body, ICS);
    expect(put.status, put.text).toBe(201);
    const tasks = await ok(alice.as('GET', '/api/me/tasks?limit=100'));
    const parent = tasks.tasks.find((t: { title: string }) => t.title === 'Parent');
    const child =
      (await ok(alice.as('GET', `/api/me/tasks?parent_id=${parent.id}`))).tasks[0] ??
      tasks.tasks.find((t: { title: string }) => t.title === 'Child');
    expect(child).toMatchObject({
      priority: 'low',
      due_at: '2026-03-10T08:00:00.000Z',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      parent_id: parent.id,
    });
    expect(child.reminders).toEqual(
      expect.arrayContaining([{ minutes_before: 30 }, { at: '2026-03-09T12:00:00.000Z' }]),
    );
    const got = (await a('GET', `${base}child.ics`)).text;
    expect(got).toContain('PRIORITY:9');
    expect(got).toContain('DUE;TZID=Europe/Berlin:20260310T090000');
    expect(got).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(got).toContain('RELATED-TO:parent-1');
    expect(got).toContain('X-APPLE-SPECIAL:yes');
    expect(got).toContain('TRIGGER;RELATED=END:-PT30M');
    expect(got.match(/BEGIN:VALARM/g)).toHaveLength(2);
  });
});

describe('sync-collection', () => {
  it('reports REST changes and deletions after a token, and refuses foreign tokens', async () => {
    const a = dav(aliceAuth);
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Sync' } }), 201);
    const path = `/dav/calendars/${alice.id}/${list.id}/`;
    const sync = (token: string, depth = '1') =>
      a(
        'REPORT',
        path,
        `<D:sync-collection xmlns:D="DAV:"><D:sync-token>${token}</D:sync-token><D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>`,
        { depth },
      );
    const first = await sync('');
    expect(first.status).toBe(207);
    const token = /<d:sync-token>([^<]+)<\/d:sync-token>/.exec(first.text)![1]!;
    const t = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'New in REST', list_id: list.id } }),
      201,
    );
    const limited = await a(
      'REPORT',
      path,
      '<D:sync-collection xmlns:D="DAV:"><D:sync-token/><D:sync-level>1</D:sync-level><D:limit><D:nresults>0</D:nresults></D:limit><D:prop><D:getetag/></D:prop></D:sync-collection>',
    );
    expect(limited.status).toBe(403);
    expect(limited.text).toContain('number-of-matches-within-limits');
    const second = await sync(token, '0');
    expect(hrefsOf(second.text)).toContain(`${path}${t.id}.ics`);
    const token2 = /<d:sync-token>([^<]+)<\/d:sync-token>/.exec(second.text)![1]!;
    expect(token2).not.toBe(token);
    expect(hrefsOf((await sync(token2)).text)).toEqual([]);
    await ok(alice.as('DELETE', `/api/me/tasks/${t.id}`), 204);
    const third = await sync(token2);
    expect(third.text).toMatch(new RegExp(`${t.id}\\.ics</d:href><d:status>HTTP/1.1 404`));
    // A move to another list: removed here, new there.
    const mover = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Mover', list_id: list.id } }),
      201,
    );
    const other = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Other' } }), 201);
    const token3 = /<d:sync-token>([^<]+)<\/d:sync-token>/.exec((await sync('')).text)![1]!;
    const otherPath = `/dav/calendars/${alice.id}/${other.id}/`;
    const otherFirst = await a(
      'REPORT',
      otherPath,
      '<D:sync-collection xmlns:D="DAV:"><D:sync-token/><D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>',
    );
    const otherToken = /<d:sync-token>([^<]+)<\/d:sync-token>/.exec(otherFirst.text)![1]!;
    await ok(alice.as('PATCH', `/api/me/tasks/${mover.id}`, { body: { list_id: other.id } }));
    expect((await sync(token3)).text).toMatch(new RegExp(`${mover.id}\\.ics</d:href><d:status>HTTP/1.1 404`));
    const otherNext = await a(
      'REPORT',
      otherPath,
      `<D:sync-collection xmlns:D="DAV:"><D:sync-token>${otherToken}</D:sync-token><D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>`,
    );
    expect(otherNext.text).toMatch(new RegExp(`${mover.id}\\.ics</d:href><d:propstat>`));
    const bad = await sync('data:,doable/inbox/1/1');
    expect(bad.status).toBe(403);
    expect(bad.text).toContain('valid-sync-token');
    expect((await sync('http://other/token')).status).toBe(403);
  });
});

describe('shared lists and isolation', () => {
  it('lets an editor write, refuses a viewer with 403 and changes nothing', async () => {
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Family' } }), 201);
    await join(alice, list.id, bob, 'editor');
    await join(alice, list.id, carol, 'viewer');
    const task = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Cake', list_id: list.id } }),
      201,
    );
    const bobPath = `/dav/calendars/${bob.id}/${list.id}/`;
    const carolPath = `/dav/calendars/${carol.id}/${list.id}/`;
    const home = await dav(carolAuth)(
      'PROPFIND',
      `/dav/calendars/${carol.id}/`,
      '<propfind xmlns="DAV:"><prop><current-user-privilege-set/></prop></propfind>',
      { depth: '1' },
    );
    expect(home.text).toContain(carolPath);
    expect(
      (await dav(bobAuth)('PUT', `${bobPath}bob.ics`, todo('bob-1', ['SUMMARY:Candles']), ICS)).status,
    ).toBe(201);
    const viewerOptions = await dav(carolAuth)('OPTIONS', carolPath);
    expect(viewerOptions.headers.get('allow')).toBe('OPTIONS, GET, HEAD, PROPFIND, REPORT');
    expect(home.text).toContain(
      '<d:privilege><d:read/></d:privilege><d:privilege><d:read-current-user-privilege-set/></d:privilege></d:current-user-privilege-set>',
    );
    const viewerPut = await dav(carolAuth)(
      'PUT',
      `${carolPath}carol.ics`,
      todo('carol-1', ['SUMMARY:Nope']),
      ICS,
    );
    expect(viewerPut.status).toBe(403);
    const viewerEdit = await dav(carolAuth)(
      'PUT',
      `${carolPath}${task.id}.ics`,
      todo('x', ['SUMMARY:Changed']),
      ICS,
    );
    expect(viewerEdit.status).toBe(403);
    expect((await dav(carolAuth)('DELETE', `${carolPath}${task.id}.ics`)).status).toBe(403);
    expect((await ok(alice.as('GET', `/api/me/tasks/${task.id}`))).title).toBe('Cake');
    const titles = (await ok(alice.as('GET', `/api/me/tasks?list_id=${list.id}`))).tasks.map(
      (t: { title: string }) => t.title,
    );
    expect(titles.sort()).toEqual(['Cake', 'Candles']);
    // Only the owner renames; a viewer's PROPPATCH and MKCALENDAR inside a shared list are refused.
    const rename = await dav(carolAuth)(
      'PROPPATCH',
      carolPath,
      '<D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><D:displayname>Mine</D:displayname></D:prop></D:set></D:propertyupdate>',
    );
    expect(rename.status).toBe(403);
    expect((await ok(alice.as('GET', `/api/me/lists/${list.id}`))).name).toBe('Family');
    expect((await dav(carolAuth)('GET', `${carolPath}${task.id}.ics`)).text).toContain('SUMMARY:Cake');
    // A member's sync: the owner's deletion and move out appear as removed, nothing of other lists.
    const syncBody = (token: string) =>
      `<D:sync-collection xmlns:D="DAV:"><D:sync-token>${token}</D:sync-token><D:sync-level>1</D:sync-level><D:prop><D:getetag/></D:prop></D:sync-collection>`;
    const tokenOf = (xml: string) => /<d:sync-token>([^<]+)<\/d:sync-token>/.exec(xml)![1]!;
    const start = tokenOf((await dav(bobAuth)('REPORT', bobPath, syncBody(''))).text);
    const privateTask = await ok(alice.as('POST', '/api/me/tasks', { body: { title: 'Private' } }), 201);
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { list_id: null } }));
    const seen = await dav(bobAuth)('REPORT', bobPath, syncBody(start));
    expect(seen.status).toBe(207);
    expect(seen.text).toMatch(new RegExp(`${task.id}\\.ics</d:href><d:status>HTTP/1.1 404`));
    expect(seen.text).not.toContain(`${privateTask.id}.ics`);
    expect(seen.text).not.toContain('Private');
  });

  it("never shows another user's calendars or tasks", async () => {
    const mine = await ok(alice.as('POST', '/api/me/tasks', { body: { title: 'Secret' } }), 201);
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Private' } }), 201);
    const b = dav(bobAuth);
    for (const path of [
      `/dav/calendars/${alice.id}/inbox/`,
      `/dav/calendars/${alice.id}/inbox/${mine.id}.ics`,
      `/dav/principals/${alice.id}/`,
      `/dav/calendars/${bob.id}/${list.id}/`,
      `/dav/calendars/${bob.id}/${list.id}/${mine.id}.ics`,
      `/dav/calendars/${bob.id}/inbox/${mine.id}.ics`,
    ]) {
      const res = await b('PROPFIND', path, PROPFIND_ETAGS, { depth: '1' });
      expect(res.status, path).toBe(404);
      expect(res.text).not.toContain('Secret');
      expect((await b('GET', path)).status === 404 || path.endsWith('/')).toBe(true);
    }
    expect(
      (await b('PUT', `/dav/calendars/${bob.id}/${list.id}/x.ics`, todo('x', ['SUMMARY:x']), ICS)).status,
    ).toBe(404);
    const multiget = await b(
      'REPORT',
      `/dav/calendars/${bob.id}/inbox/`,
      `<C:calendar-multiget xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><prop><C:calendar-data/></prop><href>/dav/calendars/${alice.id}/inbox/${mine.id}.ics</href></C:calendar-multiget>`,
    );
    expect(multiget.text).not.toContain('Secret');
  });
});

describe('bad input', () => {
  const inbox = () => `/dav/calendars/${alice.id}/inbox/`;

  it('answers DAV errors, never 500, and changes nothing', async () => {
    const a = dav(aliceAuth);
    const before = (await ok(alice.as('GET', '/api/me/tasks?limit=1'))).total;
    const cases: Array<[string, string, string | undefined, Record<string, string>, number, string?]> = [
      ['PROPFIND', inbox(), '<propfind xmlns="DAV:"><prop>', {}, 400],
      ['PROPFIND', inbox(), '<!DOCTYPE x [<!ENTITY a "b">]><propfind xmlns="DAV:"/>', {}, 400],
      ['PROPFIND', inbox(), `${'<a>'.repeat(50)}${'</a>'.repeat(50)}`, {}, 400],
      ['REPORT', inbox(), '<x xmlns="urn:other"/>', {}, 403, 'supported-report'],
      [
        'REPORT',
        inbox(),
        '<C:calendar-query xmlns:C="urn:ietf:params:xml:ns:caldav"/>',
        {},
        403,
        'valid-filter',
      ],
      ['PUT', `${inbox()}bad.ics`, 'not a calendar', ICS, 403, 'valid-calendar-data'],
      [
        'PUT',
        `${inbox()}event.ics`,
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:e\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
        ICS,
        403,
        'supported-calendar-component',
      ],
      [
        'PUT',
        `${inbox()}nouid.ics`,
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nSUMMARY:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n',
        ICS,
        403,
        'valid-calendar-object-resource',
      ],
      [
        'PUT',
        `${inbox()}big.ics`,
        todo('big', [`DESCRIPTION:${'x'.repeat(300_000)}`]),
        ICS,
        413,
        'max-resource-size',
      ],
      [
        'PUT',
        `${inbox()}xml.ics`,
        todo('xml', ['SUMMARY:x']),
        { 'content-type': 'application/xml' },
        403,
        'supported-calendar-data',
      ],
      ['PUT', `/dav/calendars/${alice.id}/nope/x.ics`, todo('n', ['SUMMARY:x']), ICS, 404],
      ['DELETE', inbox(), undefined, {}, 403],
      ['MKCALENDAR', `/dav/calendars/${alice.id}/inbox/`, undefined, {}, 405],
      ['REPORT', inbox(), `<x>${' '.repeat(5 * 1024 * 1024)}</x>`, {}, 413],
      ['MOVE', `${inbox()}x.ics`, undefined, { destination: '/dav/x' }, 405],
      ['POST', inbox(), '{}', { 'content-type': 'application/json' }, 405],
      ['PUT', `${inbox()}nul.ics`, todo('nul', ['SUMMARY:a\u0000b']), ICS, 400],
      [
        'PROPPATCH',
        inbox(),
        '<D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><D:displayname>x</D:displayname></D:prop></D:set></D:propertyupdate>',
        {},
        403,
      ],
      [
        'REPORT',
        inbox(),
        '<D:sync-collection xmlns:D="DAV:"><D:sync-token>garbage</D:sync-token></D:sync-collection>',
        {},
        403,
        'valid-sync-token',
      ],
    ];
    for (const [method, path, body, headers, status, precondition] of cases) {
      const res = await a(method, path, body, headers);
      expect(res.status, `${method} ${path} ${res.text.slice(0, 200)}`).toBe(status);
      expect(res.headers.get('content-type') ?? '').not.toMatch(/problem/);
      if (precondition) expect(res.text).toContain(precondition);
    }
    expect((await ok(alice.as('GET', '/api/me/tasks?limit=1'))).total).toBe(before);
  });
});

describe('calendars', () => {
  it('makes a list with MKCALENDAR and extended MKCOL, renames and recolours it with PROPPATCH', async () => {
    const a = dav(aliceAuth);
    const made = await a(
      'MKCALENDAR',
      `/dav/calendars/${alice.id}/6f1c-new/`,
      '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><D:displayname>Errands</D:displayname><C:supported-calendar-component-set><C:comp name="VTODO"/></C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>',
    );
    expect(made.status, made.text).toBe(201);
    const lists = await ok(alice.as('GET', '/api/me/lists'));
    const list = lists.lists.find((l: { name: string }) => l.name === 'Errands');
    expect(list).toBeDefined();
    expect(
      (await a('PUT', `/dav/calendars/${alice.id}/6f1c-new/a.ics`, todo('in-errands', ['SUMMARY:Post']), ICS))
        .status,
    ).toBe(201);
    const patched = await a(
      'PROPPATCH',
      `/dav/calendars/${alice.id}/6f1c-new/`,
      '<D:propertyupdate xmlns:D="DAV:" xmlns:I="http://apple.com/ns/ical/"><D:set><D:prop><D:displayname>Errands 2</D:displayname><I:calendar-color>#FF2968FF</I:calendar-color></D:prop></D:set></D:propertyupdate>',
    );
    expect(patched.status).toBe(207);
    expect(patched.text).toContain('HTTP/1.1 200 OK');
    expect(await ok(alice.as('GET', `/api/me/lists/${list.id}`))).toMatchObject({
      name: 'Errands 2',
      color: '#ff2968',
    });
    const refused = await a(
      'PROPPATCH',
      `/dav/calendars/${alice.id}/6f1c-new/`,
      '<D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><D:displayname>Nope</D:displayname><D:getetag>x</D:getetag></D:prop></D:set></D:propertyupdate>',
    );
    expect(refused.text).toContain('403 Forbidden');
    expect(refused.text).toContain('424 Failed Dependency');
    expect((await ok(alice.as('GET', `/api/me/lists/${list.id}`))).name).toBe('Errands 2');
    // Deleted in Doable: the address answers 404, and a new calendar can be made there.
    await ok(alice.as('DELETE', `/api/me/lists/${list.id}`), 204);
    expect((await a('PROPFIND', `/dav/calendars/${alice.id}/6f1c-new/`, '', { depth: '0' })).status).toBe(
      404,
    );
    const remade = await a('MKCALENDAR', `/dav/calendars/${alice.id}/6f1c-new/`);
    expect(remade.status).toBe(201);
    expect((await a('PROPFIND', `/dav/calendars/${alice.id}/6f1c-new/`, '', { depth: '0' })).status).toBe(
      207,
    );
    const mkcol = await a(
      'MKCOL',
      `/dav/calendars/${alice.id}/from-vdirsyncer/`,
      '<mkcol xmlns="DAV:"><set><prop><resourcetype><collection/><calendar xmlns="urn:ietf:params:xml:ns:caldav"/></resourcetype></prop></set></mkcol>',
    );
    expect(mkcol.status).toBe(201);
    const viewer = await a(
      'MKCALENDAR',
      `/dav/calendars/${alice.id}/events/`,
      '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>',
    );
    expect(viewer.status).toBe(403);
  });
});
