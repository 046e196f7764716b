// CalDAV over HTTP (docs/caldav.md): what does not fit a field, malformed values, requests as
// DAVx5 and Apple send them, names of deleted tasks, the rate limit, the mapping of reminders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepTombstones } from '../server/features/caldav/caldav.service.js';
import { rawQuery } from '../server/platform/db/client.js';
import { appPassword, basic, davAs, hrefsOf, ICS, todo } from './support/caldav.js';
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
      '<sync-collection xmlns="DAV:"><sync-token>data:,doable-2/inbox/999999/0</sync-token><sync-level>1</sync-level><prop><getetag/></prop></sync-collection>',
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
    const [row] = await rawQuery<{ task_id: unknown }>(
      server.database.db,
      "select task_id from caldav_objects where name = 'gone-soon.ics'",
      [],
    );
    expect((await a('DELETE', path)).status).toBe(204);
    const db = server.database.db;
    const count = async () =>
      Number(
        (
          await rawQuery<{ n: unknown }>(
            db,
            "select count(*) as n from caldav_departures where name = 'gone-soon.ics'",
            [],
          )
        )[0]!.n,
      );
    await sweepTombstones(db);
    expect(await count()).toBe(1);
    // Its events swept (and every older one): no token that could need the name is accepted.
    await rawQuery(
      db,
      `delete from task_events where user_id = $1
        and id <= (select max(id) from task_events where user_id = $1 and task_id = $2)`,
      [alice.id, Number(row!.task_id)],
    );
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
    // The parent's relation as the app wrote it (RELTYPE included) while it is the task's parent.
    expect(got).toContain('RELATED-TO;RELTYPE=PARENT:parent-1');
    expect(got).toContain('X-APPLE-SPECIAL:yes');
    expect(got).toContain('TRIGGER;RELATED=END:-PT30M');
    expect(got.match(/BEGIN:VALARM/g)).toHaveLength(2);
  });
});
