// CalDAV over HTTP (docs/caldav.md): app passwords, discovery, PROPFIND, items with ETags and
// preconditions, the mapping both ways. More in caldav-fields.test.ts (fields, clients' requests,
// deleted names, rate limit) and caldav-sync.test.ts (sync tokens, shared lists, isolation, bad
// input, calendars); the helpers in support/caldav.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPassword, basic, davAs, hrefsOf, ICS, PROPFIND_ETAGS, todo } from './support/caldav.js';
import { ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let aliceAuth: string;
let bob: Person;
const dav = (auth: string) => davAs(server, auth);

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = [await person(server, 'Alice'), await person(server, 'Bob')];
  aliceAuth = basic(alice.email, await appPassword(alice));
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
