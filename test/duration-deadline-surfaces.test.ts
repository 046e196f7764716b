// A task's duration and deadline where people meet them besides the REST API (docs/caldav.md,
// docs/calendar-feeds.md, docs/assistant.md): a CalDAV client's VTODO both ways (ESTIMATED-DURATION,
// X-DOABLE-DEADLINE), the calendar feed's event length, and the MCP tools, over HTTP.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPassword, basic, davAs, ICS, todo } from './support/caldav.js';
import { callTool, mcpSessions, toolJson } from './support/mcp.js';
import { ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let dav: ReturnType<typeof davAs>;
const sessions = mcpSessions(() => server);

beforeAll(async () => {
  server = await startTestServer();
  alice = await person(server, 'Alice');
  dav = davAs(server, basic(alice.email, await appPassword(alice)));
});
afterAll(async () => {
  await sessions.closeAll();
  await server.close();
});

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const inbox = () => `/dav/calendars/${alice.id}/inbox/`;
const taskTitled = async (title: string) =>
  (await ok(alice.as('GET', '/api/me/tasks?limit=200'))).tasks.find(
    (t: { title: string }) => t.title === title,
  );

describe('CalDAV', () => {
  it('serves the duration as ESTIMATED-DURATION and the deadline as X-DOABLE-DEADLINE, DUE untouched', async () => {
    const task = await ok(
      alice.as('POST', '/api/me/tasks', {
        body: {
          title: 'Write the report',
          due_at: '2026-11-21T09:00:00Z',
          duration: 90,
          deadline: '2026-11-30',
        },
      }),
      201,
    );
    const got = await dav('GET', `${inbox()}${task.id}.ics`);
    expect(got.status).toBe(200);
    const text = unfold(got.text);
    expect(text).toContain('DUE:20261121T090000Z\r\n');
    expect(text).toContain('ESTIMATED-DURATION:PT1H30M\r\n');
    expect(text).toContain('X-DOABLE-DEADLINE;VALUE=DATE:20261130\r\n');
    // RFC 5545: no DURATION beside DUE, and no DTSTART made up for a task that does not recur.
    expect(text).not.toMatch(/^DURATION:/m);
    expect(text).not.toMatch(/^DTSTART/m);

    const plain = await ok(alice.as('POST', '/api/me/tasks', { body: { title: 'Nothing said' } }), 201);
    const bare = (await dav('GET', `${inbox()}${plain.id}.ics`)).text;
    expect(bare).not.toContain('ESTIMATED-DURATION');
    expect(bare).not.toContain('X-DOABLE-DEADLINE');
  });

  it('reads them from a client’s PUT, and serves the object back as sent (with an ETag)', async () => {
    const path = `${inbox()}estimate.ics`;
    const put = await dav(
      'PUT',
      path,
      todo('estimate-1', [
        'SUMMARY:Paint the fence',
        'DUE;VALUE=DATE:20261205',
        'ESTIMATED-DURATION:PT2H',
        'X-DOABLE-DEADLINE;VALUE=DATE:20261210',
      ]),
      ICS,
    );
    expect(put.status, put.text).toBe(201);
    expect(put.headers.get('etag')).toBeTruthy();
    expect(await taskTitled('Paint the fence')).toMatchObject({
      due_date: '2026-12-05',
      duration: 120,
      deadline: '2026-12-10',
    });
    const served = unfold((await dav('GET', path)).text);
    expect(served.match(/ESTIMATED-DURATION/g)).toHaveLength(1);
    expect(served.match(/X-DOABLE-DEADLINE/g)).toHaveLength(1);

    // Weeks and days are minutes too.
    const week = await dav(
      'PUT',
      `${inbox()}week.ics`,
      todo('estimate-2', ['SUMMARY:Long one', 'ESTIMATED-DURATION:P1W']),
      ICS,
    );
    expect(week.status, week.text).toBe(201);
    expect((await taskTitled('Long one')).duration).toBe(7 * 24 * 60);
  });

  it('a client that does not send them keeps the stored values; one that does changes them', async () => {
    const task = await ok(
      alice.as('POST', '/api/me/tasks', {
        body: { title: 'Keep mine', due_date: '2026-12-01', duration: 45, deadline: '2026-12-24' },
      }),
      201,
    );
    const path = `${inbox()}${task.id}.ics`;
    // A client that knows neither property (as Apple Reminders) saves a new title.
    const save = await dav(
      'PUT',
      path,
      todo('keep-1', ['SUMMARY:Keep mine, renamed', 'DUE;VALUE=DATE:20261201']),
      ICS,
    );
    expect(save.status, save.text).toBe(204);
    expect(await ok(alice.as('GET', `/api/me/tasks/${task.id}`))).toMatchObject({
      title: 'Keep mine, renamed',
      duration: 45,
      deadline: '2026-12-24',
    });
    // One that knows them changes them.
    const change = await dav(
      'PUT',
      path,
      todo('keep-1', [
        'SUMMARY:Keep mine, renamed',
        'ESTIMATED-DURATION:PT25M',
        'X-DOABLE-DEADLINE;VALUE=DATE:20270105',
      ]),
      ICS,
    );
    expect(change.status, change.text).toBe(204);
    expect(await ok(alice.as('GET', `/api/me/tasks/${task.id}`))).toMatchObject({
      duration: 25,
      deadline: '2027-01-05',
    });
    // And a change in Doable reaches the client.
    await ok(alice.as('PATCH', `/api/me/tasks/${task.id}`, { body: { duration: 60, deadline: null } }));
    const after = unfold((await dav('GET', path)).text);
    expect(after).toContain('ESTIMATED-DURATION:PT1H\r\n');
    expect(after).not.toContain('X-DOABLE-DEADLINE');
  });

  it('refuses a duration or deadline that is not one, with CalDAV’s error body, and changes nothing', async () => {
    const task = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Guarded', duration: 30, deadline: '2026-12-31' } }),
      201,
    );
    const path = `${inbox()}${task.id}.ics`;
    const before = await ok(alice.as('GET', `/api/me/tasks/${task.id}`));
    const bad: [string, RegExp][] = [
      ['ESTIMATED-DURATION:-PT30M', /ESTIMATED-DURATION must be a positive DURATION of whole minutes/],
      ['ESTIMATED-DURATION:PT90S', /ESTIMATED-DURATION must be a positive DURATION of whole minutes/],
      ['ESTIMATED-DURATION:PT0M', /ESTIMATED-DURATION must be a positive DURATION of whole minutes/],
      ['ESTIMATED-DURATION:soon', /ESTIMATED-DURATION must be a positive DURATION of whole minutes/],
      ['ESTIMATED-DURATION:P31D', /duration/],
      ['X-DOABLE-DEADLINE:next week', /X-DOABLE-DEADLINE must be a DATE/],
      ['X-DOABLE-DEADLINE;VALUE=DATE-TIME:20261231T120000Z', /X-DOABLE-DEADLINE must be a DATE/],
      ['X-DOABLE-DEADLINE:20260230', /deadline must be a calendar date/],
    ];
    for (const [line, why] of bad) {
      const res = await dav('PUT', path, todo('guarded', ['SUMMARY:Changed?', line]), ICS);
      expect(res.status, line).toBe(403);
      expect(res.headers.get('content-type'), line).toContain('xml');
      expect(res.text, line).toContain('valid-calendar-object-resource');
      expect(res.text, line).toMatch(why);
      // A new object with the same values is refused too.
      const made = await dav('PUT', `${inbox()}bad-new.ics`, todo('bad-new', ['SUMMARY:New', line]), ICS);
      expect(made.status, line).toBe(403);
    }
    expect(await ok(alice.as('GET', `/api/me/tasks/${task.id}`))).toEqual(before);
    expect(await taskTitled('New')).toBeUndefined();
  });
});

describe('the iCalendar export', () => {
  it('carries them as CalDAV serves them', async () => {
    await ok(
      alice.as('POST', '/api/me/tasks', {
        body: { title: 'Exported block', due_date: '2026-12-02', duration: 20, deadline: '2026-12-09' },
      }),
      201,
    );
    const ics = unfold((await alice.as('GET', '/api/me/export?format=ics')).text);
    const vtodo = ics.split('BEGIN:VTODO\r\n').find((t) => t.includes('SUMMARY:Exported block'))!;
    expect(vtodo).toContain('ESTIMATED-DURATION:PT20M\r\n');
    expect(vtodo).toContain('X-DOABLE-DEADLINE;VALUE=DATE:20261209\r\n');
    expect(vtodo).toContain('DUE;VALUE=DATE:20261202\r\n');
  });
});

describe('the calendar feed', () => {
  it('makes a timed task with a duration an event of that length; others as before', async () => {
    const soon = new Date(Date.now() + 3 * 86_400_000);
    soon.setUTCHours(14, 0, 0, 0);
    const create = (body: Record<string, unknown>) => ok(alice.as('POST', '/api/me/tasks', { body }), 201);
    await create({ title: 'Feed block', due_at: soon.toISOString(), duration: 150 });
    await create({ title: 'Feed day long', due_at: soon.toISOString(), duration: 1440 });
    await create({ title: 'Feed plain', due_at: soon.toISOString() });
    await create({ title: 'Feed all day', due_date: soon.toISOString().slice(0, 10), duration: 60 });
    const feed = await ok(alice.as('POST', '/api/me/calendar-feeds', { body: {} }), 201);
    const res = await server.request('GET', new URL(feed.url).pathname);
    expect(res.status).toBe(200);
    const events = unfold(res.text)
      .split('BEGIN:VEVENT\r\n')
      .slice(1)
      .map((e) => e.split('\r\n'));
    const event = (title: string) => events.find((e) => e.includes(`SUMMARY:${title}`))!;
    const start = `DTSTART:${soon.toISOString().slice(0, 10).replaceAll('-', '')}T140000Z`;
    expect(event('Feed block')).toEqual(expect.arrayContaining([start, 'DURATION:PT2H30M']));
    expect(event('Feed day long')).toContain('DURATION:P1D');
    expect(event('Feed plain')).toEqual(expect.arrayContaining([start, 'DURATION:PT30M']));
    const allDay = event('Feed all day');
    expect(allDay.some((l) => l.startsWith('DTEND;VALUE=DATE:'))).toBe(true);
    expect(allDay.some((l) => l.startsWith('DURATION'))).toBe(false);
  });
});

describe('MCP', () => {
  let client: Client;
  beforeAll(async () => {
    client = await sessions.connect('mcp-durations');
  });

  it('add_task_details and set_task_details take them; get_task and search_tasks show them', async () => {
    const added = toolJson(
      await callTool(client, 'add_task_details', {
        user_id: 'me',
        title: 'Plan the trip',
        due_at: '2026-11-21T17:00:00+05:00',
        duration: 45,
        deadline: '2026-12-01',
      }),
    );
    expect(added).toMatchObject({ status: 'created', title: 'Plan the trip' });
    const got = toolJson(await callTool(client, 'get_task', { user_id: 'me', task_id: added.task_id }));
    expect(got).toMatchObject({ duration: 45, deadline: '2026-12-01' });
    const changed = await callTool(client, 'set_task_details', {
      user_id: 'me',
      task_id: added.task_id,
      duration: 90,
      deadline: null,
    });
    expect(changed.isError).toBeFalsy();
    const found = toolJson(await callTool(client, 'search_tasks', { user_id: 'me', query: 'trip' }));
    expect(found.tasks[0]).toMatchObject({ id: added.task_id, duration: 90, deadline: null });
    // The same as the REST API shows.
    const rest = await ok(server.as('mcp-durations')('GET', `/api/me/tasks/${added.task_id}`));
    expect(rest).toMatchObject({ duration: 90, deadline: null });
    // Only a duration is a change of its own.
    const only = await callTool(client, 'set_task_details', {
      user_id: 'me',
      task_id: added.task_id,
      duration: 30,
    });
    expect(only.isError).toBeFalsy();
  });

  it('lists both arguments in the tools’ schemas', async () => {
    const { tools } = await client.listTools();
    for (const name of ['add_task_details', 'set_task_details']) {
      const tool = tools.find((t) => t.name === name)!;
      expect(Object.keys(tool.inputSchema.properties!), name).toEqual(
        expect.arrayContaining(['duration', 'deadline']),
      );
      expect(tool.description, name).toMatch(/duration/);
    }
  });

  it('refuses a bad duration or deadline with a reason, and changes nothing', async () => {
    const added = toolJson(
      await callTool(client, 'add_task_details', { user_id: 'me', title: 'Guarded', duration: 20 }),
    );
    const before = await ok(server.as('mcp-durations')('GET', `/api/me/tasks/${added.task_id}`));
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['add_task_details', { title: 'Negative', duration: -5 }, /duration/],
      ['add_task_details', { title: 'Huge', duration: 50_000 }, /duration/],
      ['add_task_details', { title: 'Not a day', deadline: 'next friday' }, /deadline/],
      ['set_task_details', { task_id: added.task_id, duration: 0 }, /duration/],
      ['set_task_details', { task_id: added.task_id, deadline: '2026-02-30' }, /deadline/],
    ];
    for (const [name, args, why] of cases) {
      const result = await callTool(client, name, { user_id: 'me', ...args }).catch((err: Error) => ({
        thrown: err.message,
      }));
      if ('thrown' in result) expect(result.thrown, name).toMatch(why);
      else {
        expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
        expect((result.content[0] as { text: string }).text, name).toMatch(why);
      }
    }
    expect(await ok(server.as('mcp-durations')('GET', `/api/me/tasks/${added.task_id}`))).toEqual(before);
    const titles = (await ok(server.as('mcp-durations')('GET', '/api/me/tasks?limit=200'))).tasks.map(
      (t: { title: string }) => t.title,
    );
    expect(titles).not.toEqual(expect.arrayContaining(['Negative']));
    expect(titles).not.toContain('Huge');
    expect(titles).not.toContain('Not a day');
  });
});
