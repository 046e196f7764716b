// What a CalDAV app sends comes back (docs/caldav.md, "What is kept and what is rewritten"): every
// property, parameter and component Doable does not model is served as sent (RFC 4791 4.1 and
// 5.3.4: the stored object is what the client sent), while the fields Doable models are served
// from the task once they are changed in Doable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPassword, basic, davAs, ICS } from './support/caldav.js';
import { ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let aliceAuth: string;
const dav = () => davAs(server, aliceAuth);

beforeAll(async () => {
  server = await startTestServer();
  alice = await person(server, 'Alice');
  aliceAuth = basic(alice.email, await appPassword(alice));
});
afterAll(() => server.close());

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const calendar = (head: string[], vtodo: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Apple Inc.//iOS 18.1//EN',
    ...head,
    'BEGIN:VTODO',
    ...vtodo,
    'END:VTODO',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

/** The lines of a VTODO's content, stamps aside (DTSTAMP is the task's last change). */
const linesOf = (vtodo: string[]) => vtodo.filter((line) => !line.startsWith('DTSTAMP'));

// As Apple Reminders writes a reminder with an alert sound, a location alarm, two tag lines and a
// parent, plus what other apps add (Thunderbird's generation, a link, a place, a custom part).
const ALARM_SOUND = [
  'BEGIN:VALARM',
  'UID:5C1BB5F6-0C1D-4B3F-9E2D-0A1B2C3D4E5F',
  'X-WR-ALARMUID:5C1BB5F6-0C1D-4B3F-9E2D-0A1B2C3D4E5F',
  'ACTION:AUDIO',
  'ATTACH;VALUE=URI:Chord',
  'TRIGGER;RELATED=END:-PT15M',
  'X-APPLE-DEFAULT-ALARM:TRUE',
  'END:VALARM',
];
const ALARM_AT = [
  'BEGIN:VALARM',
  'UID:7D2CC6A7-1D2E-4C40-AF3E-1B2C3D4E5F60',
  'X-WR-ALARMUID:7D2CC6A7-1D2E-4C40-AF3E-1B2C3D4E5F60',
  'ACTION:DISPLAY',
  'DESCRIPTION:Reminder',
  'TRIGGER;VALUE=DATE-TIME:20261209T170000Z',
  'END:VALARM',
];
const ALARM_PLACE = [
  'BEGIN:VALARM',
  'UID:8E3DD7B8-2E3F-4D51-B04F-2C3D4E5F6071',
  'ACTION:DISPLAY',
  'DESCRIPTION:Reminder',
  'TRIGGER;VALUE=DATE-TIME:19760401T005545Z',
  'X-APPLE-PROXIMITY:ARRIVE',
  'BEGIN:VLOCATION',
  'UID:0F4EE8C9-3F40-4E62-B150-3D4E5F607182',
  'NAME:Market',
  'END:VLOCATION',
  'END:VALARM',
];
const CUSTOM_PART = ['BEGIN:X-ACME-CHECKLIST', 'X-ACME-ITEM;X-DONE=FALSE:Bring bags', 'END:X-ACME-CHECKLIST'];

describe('what an app sends comes back as sent (RFC 4791 5.3.4)', () => {
  it('X- properties, alarm UIDs and sounds, RELTYPE, several CATEGORIES lines and unknown components round-trip on GET; the PUT answers an ETag', async () => {
    const a = dav();
    const cal = `/dav/calendars/${alice.id}/inbox/`;
    const parent = calendar([], ['UID:kept-parent', 'DTSTAMP:20261101T000000Z', 'SUMMARY:Groceries']);
    expect((await a('PUT', `${cal}kept-parent.ics`, parent, ICS)).status).toBe(201);
    const vtodo = [
      'UID:kept-1',
      'DTSTAMP:20261101T100000Z',
      'SUMMARY;LANGUAGE=en-GB:Buy milk',
      'DESCRIPTION:Two litres',
      'PRIORITY:1',
      'CATEGORIES:home',
      'CATEGORIES:errand',
      'DUE;VALUE=DATE:20261210',
      'STATUS:NEEDS-ACTION',
      'RELATED-TO;RELTYPE=PARENT:kept-parent',
      'RELATED-TO;RELTYPE=SIBLING:kept-sibling',
      'X-APPLE-SORT-ORDER:740793996',
      'X-MOZ-GENERATION:3',
      'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC',
      'GEO:52.52;13.405',
      'URL;VALUE=URI:https://example.com/milk',
      'X-CUSTOM;X-PARAM="a;b":value\\, with escapes',
      ...ALARM_SOUND,
      ...ALARM_AT,
      ...ALARM_PLACE,
      ...CUSTOM_PART,
    ];
    const body = calendar(['CALSCALE:GREGORIAN', 'X-WR-CALNAME:Errands'], vtodo);
    const put = await a('PUT', `${cal}kept-1.ics`, body, ICS);
    expect(put.status, put.text).toBe(201);
    // Everything sent is served as sent: RFC 4791 5.3.4 lets the PUT carry the ETag.
    expect(put.headers.get('etag')).toMatch(/^"/);
    const got = await a('GET', `${cal}kept-1.ics`);
    expect(got.headers.get('etag')).toBe(put.headers.get('etag'));
    const text = unfold(got.text);
    for (const line of linesOf(vtodo)) expect(text, line).toContain(`\r\n${line}\r\n`);
    expect(text).toContain('\r\nCALSCALE:GREGORIAN\r\n');
    expect(text).toContain('\r\nX-WR-CALNAME:Errands\r\n');
    // Nothing twice: one title, one DUE, the three alarms, the parent once.
    expect(text.match(/\r\nSUMMARY[;:]/g)).toHaveLength(1);
    expect(text.match(/\r\nDUE[;:]/g)).toHaveLength(1);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(3);
    expect(text.match(/RELATED-TO[;:](RELTYPE=PARENT:)?kept-parent/g)).toHaveLength(1);
    expect(text).not.toContain('X-DOABLE-READ');
    expect(text).toContain('PRODID:-//Doable//Doable CalDAV//EN');

    // The fields were read: Doable shows the task as the app does.
    const parentTask = (await ok(alice.as('GET', '/api/me/tasks?q=Groceries'))).tasks[0];
    const task = (await ok(alice.as('GET', `/api/me/tasks?parent_id=${parentTask.id}`))).tasks[0];
    expect(task).toMatchObject({
      title: 'Buy milk',
      description: 'Two litres',
      priority: 'high',
      tags: ['home', 'errand'],
      due_date: '2026-12-10',
    });
    expect(task.reminders).toEqual(
      expect.arrayContaining([{ minutes_before: 555 }, { at: '2026-12-09T17:00:00.000Z' }]),
    );
  });

  it('once changed in Doable, the fields are served from the task and what Doable does not model stays', async () => {
    const a = dav();
    const cal = `/dav/calendars/${alice.id}/inbox/`;
    const parent = calendar([], ['UID:edit-parent', 'DTSTAMP:20261101T000000Z', 'SUMMARY:Chores']);
    expect((await a('PUT', `${cal}edit-parent.ics`, parent, ICS)).status).toBe(201);
    const unmodelled = [
      'RELATED-TO;RELTYPE=SIBLING:edit-sibling',
      'X-MOZ-GENERATION:7',
      'URL;VALUE=URI:https://example.com/bin',
      ...ALARM_PLACE,
      ...CUSTOM_PART,
    ];
    const vtodo = [
      'UID:edit-1',
      'DTSTAMP:20261101T100000Z',
      'SUMMARY;LANGUAGE=en-GB:Take the bins out',
      'CATEGORIES:home',
      'CATEGORIES:weekly',
      'DUE;VALUE=DATE:20261210',
      'RELATED-TO;RELTYPE=PARENT:edit-parent',
      ...ALARM_SOUND,
      ...ALARM_AT,
      ...unmodelled,
    ];
    expect((await a('PUT', `${cal}edit-1.ics`, calendar([], vtodo), ICS)).status).toBe(201);
    const parentTask = (await ok(alice.as('GET', '/api/me/tasks?q=Chores'))).tasks[0];
    const task = (await ok(alice.as('GET', `/api/me/tasks?parent_id=${parentTask.id}`))).tasks[0];
    await ok(
      alice.as('PATCH', `/api/me/tasks/${task.id}`, {
        body: {
          title: 'Bins out tonight',
          tags: ['home'],
          due_date: '2026-12-11',
          // The at-reminder removed; the one the sound alarm was read as kept.
          reminders: [{ minutes_before: 555 }],
        },
      }),
    );
    await ok(alice.as('POST', `/api/me/tasks/${task.id}/move`, { body: { parent_id: null } }));
    const text = unfold((await a('GET', `${cal}edit-1.ics`)).text);
    // Served from the task: title (its LANGUAGE went with the old text), tags, due, parent, alarms.
    expect(text).toContain('\r\nSUMMARY:Bins out tonight\r\n');
    expect(text).not.toContain('Take the bins out');
    expect(text).toContain('\r\nCATEGORIES:home\r\n');
    expect(text).not.toContain('weekly');
    expect(text).toContain('\r\nDUE;VALUE=DATE:20261211\r\n');
    expect(text).not.toContain('edit-parent');
    expect(text).not.toContain('TRIGGER;VALUE=DATE-TIME:20261209T170000Z');
    // The sound alarm still stands for a reminder the task has (relative to DUE): served as sent.
    for (const line of ALARM_SOUND) expect(text, line).toContain(`\r\n${line}\r\n`);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(2);
    // What Doable does not model is untouched.
    for (const line of unmodelled) expect(text, line).toContain(`\r\n${line}\r\n`);

    // A reminder added in Doable is served as Doable writes alarms, beside the app's.
    await ok(
      alice.as('PATCH', `/api/me/tasks/${task.id}`, {
        body: { reminders: [{ minutes_before: 555 }, { at: '2026-12-10T08:00:00.000Z' }] },
      }),
    );
    const again = unfold((await a('GET', `${cal}edit-1.ics`)).text);
    expect(again).toContain('TRIGGER;VALUE=DATE-TIME:20261210T080000Z');
    expect(again).toContain('ACTION:AUDIO');
    expect(again.match(/BEGIN:VALARM/g)).toHaveLength(3);
    // Removed in Doable: the app's alarm goes too.
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { reminders: [] } }));
    const none = unfold((await a('GET', `${cal}edit-1.ics`)).text);
    expect(none).not.toContain('ACTION:AUDIO');
    expect(none.match(/BEGIN:VALARM/g)).toHaveLength(1); // the location alarm, which is no reminder
  });

  it('a rule as the app wrote it is served while it is the task’s rule; moved on, DTSTART is the next occurrence', async () => {
    const a = dav();
    const cal = `/dav/calendars/${alice.id}/inbox/`;
    const vtodo = [
      'UID:rule-1',
      'DTSTAMP:20261101T100000Z',
      'SUMMARY:Water the plants',
      'DTSTART;TZID=Europe/Berlin:20261201T090000',
      'DUE;TZID=Europe/Berlin:20261201T090000',
      'RRULE:INTERVAL=1;FREQ=WEEKLY;BYDAY=TU',
    ];
    const put = await a('PUT', `${cal}rule-1.ics`, calendar([], vtodo), ICS);
    expect(put.status).toBe(201);
    expect(put.headers.get('etag')).toMatch(/^"/);
    const first = unfold((await a('GET', `${cal}rule-1.ics`)).text);
    for (const line of linesOf(vtodo)) expect(first, line).toContain(`\r\n${line}\r\n`);
    expect(first.match(/\r\nRRULE:/g)).toHaveLength(1);
    const task = (await ok(alice.as('GET', '/api/me/tasks?q=plants'))).tasks[0];
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}/complete`));
    const next = unfold((await a('GET', `${cal}rule-1.ics`)).text);
    expect(next).toContain('\r\nRRULE:INTERVAL=1;FREQ=WEEKLY;BYDAY=TU\r\n');
    expect(next).toContain('\r\nDTSTART:20261208T080000Z\r\n');
    expect(next).toContain('\r\nDUE:20261208T080000Z\r\n');
    expect(next).not.toContain('20261201');
    // The rule changed in Doable: served from the task.
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { recurrence: 'FREQ=DAILY' } }));
    const daily = unfold((await a('GET', `${cal}rule-1.ics`)).text);
    expect(daily).toContain('\r\nRRULE:FREQ=DAILY\r\n');
    expect(daily).not.toContain('BYDAY=TU');
  });
});
