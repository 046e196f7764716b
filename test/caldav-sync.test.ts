// CalDAV over HTTP (docs/caldav.md): sync-collection, shared lists and isolation, bad input,
// making and changing calendars.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPassword, basic, davAs, hrefsOf, ICS, PROPFIND_ETAGS, todo } from './support/caldav.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let aliceAuth: string;
let bob: Person;
let bobAuth: string;
let carol: Person;
let carolAuth: string;
const dav = (auth: string) => davAs(server, auth);

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
    const bad = await sync('data:,doable-2/inbox/1/1');
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
