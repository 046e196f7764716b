// CalDAV with tsdav (npm; the library many web apps use) against a listening server, as two devices
// of one account: each keeps a copy of every calendar and syncs it with syncCalendars (which runs
// smartCollectionSync's sync-collection and multiget on each changed calendar, RFC 6578). After
// moves by PUT and over REST, deletions on a device and over REST, an edit elsewhere and the loss of
// a shared list, both copies equal what the server serves (docs/caldav.md, "Sync tokens").
import { createDAVClient, type DAVCalendar, type DAVCalendarObject } from 'tsdav';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPassword } from './support/caldav.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  server = await startTestServer();
  [alice, bob] = [await person(server, 'Alice'), await person(server, 'Bob')];
});
afterAll(() => server?.close());

/** The filter apps pass to fetchCalendarObjects (its default asks for VEVENT; tasks are VTODO). */
const VTODO_FILTER = {
  'comp-filter': { _attributes: { name: 'VCALENDAR' }, 'comp-filter': { _attributes: { name: 'VTODO' } } },
};

type Client = Awaited<ReturnType<typeof createDAVClient>>;

async function clientFor(who: Person): Promise<Client> {
  return createDAVClient({
    serverUrl: `${server.url}/dav/`,
    credentials: { username: who.email, password: await appPassword(who) },
    authMethod: 'Basic',
    defaultAccountType: 'caldav',
  });
}

/** A device: a client and its copy of every calendar with its objects. */
interface Device {
  client: Client;
  calendars: DAVCalendar[];
}

async function fullCopy(client: Client): Promise<DAVCalendar[]> {
  const calendars = await client.fetchCalendars();
  for (const calendar of calendars)
    calendar.objects = await client.fetchCalendarObjects({ calendar, filters: VTODO_FILTER });
  return calendars;
}

/** One sync as an app makes it: changed calendars by sync-collection, new ones fetched whole, gone ones dropped. */
async function sync(device: Device): Promise<void> {
  const synced = (await device.client.syncCalendars({
    oldCalendars: device.calendars,
    detailedResult: false,
  })) as DAVCalendar[];
  for (const calendar of synced) {
    if (!calendar.objects)
      calendar.objects = await device.client.fetchCalendarObjects({ calendar, filters: VTODO_FILTER });
  }
  device.calendars = synced;
}

const pathOf = (url: string) => new URL(url, server.url).pathname;

/** A copy as {calendar path: {object path: etag}}, comparable across devices and with the server. */
function shape(calendars: DAVCalendar[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const calendar of calendars) {
    const objects: Record<string, string> = {};
    for (const o of (calendar.objects ?? []) as DAVCalendarObject[]) objects[pathOf(o.url)] = String(o.etag);
    out[pathOf(calendar.url)] = objects;
  }
  return out;
}

async function expectInStep(
  devices: Device[],
  what: string,
): Promise<Record<string, Record<string, string>>> {
  for (const device of devices) await sync(device);
  const truth = shape(await fullCopy(devices[0]!.client));
  for (const [i, device] of devices.entries())
    expect(shape(device.calendars), `device ${i + 1} after ${what}`).toEqual(truth);
  return truth;
}

const vtodo = (uid: string, summary: string) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tsdav test//EN\r\nBEGIN:VTODO\r\nUID:${uid}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:${summary}\r\nEND:VTODO\r\nEND:VCALENDAR\r\n`;

describe('tsdav, two devices of one account (RFC 6578)', () => {
  it('both copies equal the server after moves by PUT and REST, deletions, an edit elsewhere and a lost share', async () => {
    const home = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Home' } }), 201);
    const work = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Work' } }), 201);
    const shared = await ok(bob.as('POST', '/api/me/lists', { body: { name: "Bob's" } }), 201);
    await join(bob, shared.id, alice, 'editor');
    const kept = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Kept', list_id: home.id } }),
      201,
    );
    const restMoved = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'REST move', list_id: home.id } }),
      201,
    );
    const restDeleted = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'REST delete', list_id: work.id } }),
      201,
    );
    await ok(bob.as('POST', '/api/me/tasks', { body: { title: 'Bob task', list_id: shared.id } }), 201);

    const deviceA: Device = { client: await clientFor(alice), calendars: [] };
    const deviceB: Device = { client: await clientFor(alice), calendars: [] };
    deviceA.calendars = await fullCopy(deviceA.client);
    deviceB.calendars = await fullCopy(deviceB.client);
    const devices = [deviceA, deviceB];
    const homeUrl = deviceA.calendars.find((c) => pathOf(c.url).endsWith(`/${home.id}/`))!;
    const workUrl = deviceA.calendars.find((c) => pathOf(c.url).endsWith(`/${work.id}/`))!;
    expect(homeUrl.objects).toHaveLength(2);

    // Device A adds a task, both sync.
    const made = await deviceA.client.createCalendarObject({
      calendar: homeUrl,
      filename: 'from-a.ics',
      iCalString: vtodo('device-a-task', 'From A'),
    });
    expect(made.status).toBe(201);
    let truth = await expectInStep(devices, 'a task made on A');
    expect(Object.keys(truth[pathOf(homeUrl.url)]!)).toContain(`${pathOf(homeUrl.url)}from-a.ics`);

    // A moves it by PUT of its UID under a new name into Work.
    const moved = await deviceA.client.createCalendarObject({
      calendar: workUrl,
      filename: 'moved-by-a.ics',
      iCalString: vtodo('device-a-task', 'Moved by A'),
    });
    expect(moved.status).toBe(201);
    truth = await expectInStep(devices, 'a move by PUT');
    expect(Object.keys(truth[pathOf(homeUrl.url)]!)).not.toContain(`${pathOf(homeUrl.url)}from-a.ics`);
    expect(Object.keys(truth[pathOf(workUrl.url)]!)).toContain(`${pathOf(workUrl.url)}moved-by-a.ics`);

    // A move over REST, a deletion on B, a deletion over REST, an edit elsewhere.
    await ok(alice.as('PATCH', `/api/me/tasks/${restMoved.id}`, { body: { list_id: work.id } }));
    await expectInStep(devices, 'a move over REST');
    const onB = deviceB.calendars.find((c) => pathOf(c.url) === pathOf(workUrl.url))!;
    const toDelete = (onB.objects as DAVCalendarObject[]).find((o) => o.url.endsWith('moved-by-a.ics'))!;
    expect((await deviceB.client.deleteCalendarObject({ calendarObject: toDelete })).status).toBe(204);
    await ok(alice.as('DELETE', `/api/me/tasks/${restDeleted.id}`), 204);
    await ok(
      alice.as('PATCH', `/api/me/tasks/${kept.id}`, { body: { title: 'Kept, edited in the web app' } }),
    );
    truth = await expectInStep(devices, 'deletions and an edit elsewhere');
    expect(Object.keys(truth[pathOf(workUrl.url)]!).sort()).toEqual([
      `${pathOf(workUrl.url)}${restMoved.id}.ics`,
    ]);
    const copy = deviceA.calendars.find((c) => pathOf(c.url) === pathOf(homeUrl.url))!;
    expect((copy.objects as DAVCalendarObject[]).map((o) => o.data).join('')).toContain(
      'Kept\\, edited in the web app',
    );

    // Bob's list is no longer shared with Alice: both devices drop it.
    const sharedPath = `/dav/calendars/${alice.id}/${shared.id}/`;
    expect(Object.keys(truth)).toContain(sharedPath);
    await ok(bob.as('DELETE', `/api/me/lists/${shared.id}/members/${alice.id}`), 204);
    truth = await expectInStep(devices, 'the loss of a shared list');
    expect(Object.keys(truth)).not.toContain(sharedPath);
  }, 240_000);
});
