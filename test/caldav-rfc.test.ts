// CalDAV's finer protocol points (docs/caldav.md): the no-uid-conflict precondition names the
// resource that has the UID (RFC 4791 5.3.2.1), and If-Match compares strongly (RFC 7232 3.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('no-uid-conflict (RFC 4791 5.3.2.1)', () => {
  it('names the existing resource in DAV:href, for a name an app chose and for a task made in Doable', async () => {
    const a = dav(aliceAuth);
    const inbox = `/dav/calendars/${alice.id}/inbox/`;
    expect((await a('PUT', `${inbox}first.ics`, todo('same-uid', ['SUMMARY:First']), ICS)).status).toBe(201);
    const again = await a('PUT', `${inbox}second.ics`, todo('same-uid', ['SUMMARY:Second']), ICS);
    expect(again.status).toBe(403);
    expect(again.text).toContain(`<c:no-uid-conflict><d:href>${inbox}first.ics</d:href></c:no-uid-conflict>`);
    const made = await ok(alice.as('POST', '/api/me/tasks', { body: { title: 'Made in Doable' } }), 201);
    const uid = /\r\nUID:([^\r]+)\r\n/.exec((await a('GET', `${inbox}${made.id}.ics`)).text)![1]!;
    const copy = await a('PUT', `${inbox}copy.ics`, todo(uid, ['SUMMARY:Copy']), ICS);
    expect(copy.status).toBe(403);
    expect(copy.text).toContain(`<d:href>${inbox}${made.id}.ics</d:href>`);
    expect((await a('GET', `${inbox}second.ics`)).status).toBe(404);
    expect((await a('GET', `${inbox}copy.ics`)).status).toBe(404);
  });
});

describe('If-Match uses the strong comparison (RFC 7232 3.1)', () => {
  it('a weak tag of the current ETag answers 412 and changes nothing; the strong tag writes', async () => {
    const a = dav(aliceAuth);
    const path = `/dav/calendars/${alice.id}/inbox/strong.ics`;
    expect((await a('PUT', path, todo('strong', ['SUMMARY:Before']), ICS)).status).toBe(201);
    const etag = (await a('GET', path)).headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const weak = await a('PUT', path, todo('strong', ['SUMMARY:Weak']), { ...ICS, 'if-match': `W/${etag}` });
    expect(weak.status).toBe(412);
    expect((await a('DELETE', path, undefined, { 'if-match': `W/${etag}` })).status).toBe(412);
    expect((await a('GET', path)).text).toContain('SUMMARY:Before');
    const strong = await a('PUT', path, todo('strong', ['SUMMARY:After']), { ...ICS, 'if-match': etag });
    expect(strong.status).toBe(204);
    expect((await a('GET', path)).text).toContain('SUMMARY:After');
    // If-None-Match compares weakly (RFC 7232 3.2): a weak tag of the current ETag holds it back.
    const current = (await a('GET', path)).headers.get('etag')!;
    expect(
      (await a('PUT', path, todo('strong', ['SUMMARY:No']), { ...ICS, 'if-none-match': `W/${current}` }))
        .status,
    ).toBe(412);
  });
});

describe('a COUNT series is served with the occurrences left (RFC 5545 3.8.5.3: DTSTART is the first)', () => {
  it('after two of three daily occurrences: DTSTART the third, COUNT=1, in CalDAV and in the calendar feed; a PUT of it keeps the series', async () => {
    const a = dav(aliceAuth);
    const task = await ok(
      alice.as('POST', '/api/me/tasks', {
        body: { title: 'Three times', due_date: '2026-12-01', recurrence: 'FREQ=DAILY;COUNT=3' },
      }),
      201,
    );
    for (let i = 0; i < 2; i++) await ok(alice.as('PATCH', `/api/me/tasks/${task.id}/complete`));
    const current = await ok(alice.as('GET', `/api/me/tasks/${task.id}`));
    expect(current).toMatchObject({ due_date: '2026-12-03', completed: false });
    const path = `/dav/calendars/${alice.id}/inbox/${task.id}.ics`;
    const served = (await a('GET', path)).text;
    expect(served).toContain('DTSTART;VALUE=DATE:20261203');
    expect(served).toContain('RRULE:FREQ=DAILY;COUNT=1\r\n');
    const feed = await ok(alice.as('POST', '/api/me/calendar-feeds', { body: {} }), 201);
    const events = await server.request('GET', new URL(feed.url).pathname);
    expect(events.status).toBe(200);
    expect(events.text).toContain('RRULE:FREQ=DAILY;COUNT=1\r\n');
    // The app sends back what it was served, with a new title: the series goes on where it was.
    const edited = served.replace('SUMMARY:Three times', 'SUMMARY:Three times, renamed');
    expect((await a('PUT', path, edited, ICS)).status).toBe(204);
    expect(await ok(alice.as('GET', `/api/me/tasks/${task.id}`))).toMatchObject({
      title: 'Three times, renamed',
      due_date: '2026-12-03',
      recurrence: 'FREQ=DAILY;COUNT=3',
    });
    expect((await a('GET', path)).text).toContain('RRULE:FREQ=DAILY;COUNT=1\r\n');
  });
});

describe('time-range filters (RFC 4791 9.9)', () => {
  const query = (start: string, end: string) =>
    `<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/></D:prop><C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VTODO"><C:time-range start="${start}" end="${end}"/></C:comp-filter></C:comp-filter></C:filter></C:calendar-query>`;

  it('read TZID and floating times as the instants they name, and match any occurrence of a recurring task', async () => {
    const zed = await person(server, 'Zed');
    await ok(zed.as('PATCH', '/api/me/settings', { body: { time_zone: 'America/New_York' } }));
    const auth = basic(zed.email, await appPassword(zed));
    const z = dav(auth);
    const inbox = `/dav/calendars/${zed.id}/inbox/`;
    const found = async (start: string, end: string) =>
      [
        ...(await z('REPORT', inbox, query(start, end), { depth: '1' })).text.matchAll(
          /<d:href>[^<]*\/([^/<]+)<\/d:href>/g,
        ),
      ].map((m) => m[1]);
    // 09:00 in Berlin is 08:00Z on Dec 15.
    await z(
      'PUT',
      `${inbox}berlin.ics`,
      todo('berlin', ['SUMMARY:Berlin', 'DUE;TZID=Europe/Berlin:20261215T090000']),
      ICS,
    );
    expect(await found('20261215T073000Z', '20261215T083000Z')).toContain('berlin.ics');
    expect(await found('20261215T083000Z', '20261215T093000Z')).not.toContain('berlin.ics');
    // Floating 09:00 is in the owner's zone: 14:00Z in New York in December.
    await z(
      'PUT',
      `${inbox}floating.ics`,
      todo('floating', ['SUMMARY:Floating', 'DUE:20261216T090000']),
      ICS,
    );
    expect(await found('20261216T133000Z', '20261216T143000Z')).toContain('floating.ics');
    expect(await found('20261216T083000Z', '20261216T093000Z')).not.toContain('floating.ics');
    // Weekly from Friday Dec 4: the occurrence of Dec 11 is in Dec 9-12, none in Dec 6-9.
    const weekly = await ok(
      zed.as('POST', '/api/me/tasks', {
        body: { title: 'Weekly', due_date: '2026-12-04', recurrence: 'FREQ=WEEKLY' },
      }),
      201,
    );
    expect(await found('20261209T000000Z', '20261212T000000Z')).toContain(`${weekly.id}.ics`);
    expect(await found('20261206T000000Z', '20261209T000000Z')).not.toContain(`${weekly.id}.ics`);
    // A COUNT series ends: a daily task of two occurrences from Dec 20 is not found on Dec 25.
    const twice = await ok(
      zed.as('POST', '/api/me/tasks', {
        body: { title: 'Twice', due_at: '2026-12-20T15:00:00Z', recurrence: 'FREQ=DAILY;COUNT=2' },
      }),
      201,
    );
    expect(await found('20261221T140000Z', '20261221T160000Z')).toContain(`${twice.id}.ics`);
    expect(await found('20261225T000000Z', '20261226T000000Z')).not.toContain(`${twice.id}.ics`);
  });
});
