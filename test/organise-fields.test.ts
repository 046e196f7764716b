// Organise fields and time zones: priority, tags and due dates round-trip, settings change the owner's
// zone, and "today" and all-day tasks follow the owner's time zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { addDays, type Call, create, listAll, localDate, settle, type Task } from './support/organise.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

// ---- 1. Fields

describe('priority, tags and due fields', () => {
  const call = () => server.as('fields');

  it('default to none, no tags and no due moment, on the task and in the list', async () => {
    const task = await create(call(), { title: 'Plain' });
    expect(task).toMatchObject({ priority: 'none', tags: [], due_date: null, due_at: null });
    const list = await call()('GET', '/api/me/tasks');
    expect(list.body.tasks.find((t: Task) => t.id === task.id)).toEqual(task);
  });

  it('round-trip through POST, GET and the list; tags keep the first spelling and drop "#" and spaces', async () => {
    const task = await create(call(), {
      title: 'Tagged',
      priority: 'high',
      tags: ['Work', ' #urgent ', 'WORK', 'Café', 'café', 'URGENT'],
      due_at: '2030-05-01T09:30:00+02:00',
    });
    expect(task).toMatchObject({
      priority: 'high',
      tags: ['Work', 'urgent', 'Café'],
      due_date: null,
      due_at: '2030-05-01T07:30:00.000Z',
    });
    expect((await call()('GET', `/api/me/tasks/${task.id}`)).body).toEqual(task);
    const listed = await call()('GET', '/api/me/tasks?tag=cafÉ&tag=WORK');
    expect(listed.body.tasks).toEqual([task]);
  });

  it('answers an all-day date as written, whatever the owner time zone', async () => {
    const kiwi = server.as('fields-kiwi');
    await settle(kiwi, 'Pacific/Auckland');
    const task = await create(kiwi, { title: 'Anniversary', due_date: '2030-12-31' });
    expect(task).toMatchObject({ due_date: '2030-12-31', due_at: null });
    expect((await kiwi('GET', `/api/me/tasks/${task.id}`)).body.due_date).toBe('2030-12-31');
    expect((await kiwi('GET', '/api/me/tasks')).body.tasks[0]).toEqual(task);
  });

  it('PATCH setting one kind of due moment clears the other; clearing it leaves none', async () => {
    const task = await create(call(), { title: 'Switch', due_date: '2030-06-01', priority: 'low' });
    const timed = await call()('PATCH', `/api/me/tasks/${task.id}`, {
      body: { due_at: '2030-06-02T08:00:00Z' },
    });
    expect(timed.body).toMatchObject({ due_date: null, due_at: '2030-06-02T08:00:00.000Z', priority: 'low' });
    const dated = await call()('PATCH', `/api/me/tasks/${task.id}`, { body: { due_date: '2030-06-03' } });
    expect(dated.body).toMatchObject({ due_date: '2030-06-03', due_at: null });
    const tagged = await call()('PATCH', `/api/me/tasks/${task.id}`, { body: { tags: ['home'] } });
    expect(tagged.body).toMatchObject({
      due_date: '2030-06-03',
      due_at: null,
      tags: ['home'],
      priority: 'low',
    });
    const retimed = await call()('PATCH', `/api/me/tasks/${task.id}`, {
      body: { due_at: '2030-06-04T23:15:00.5-03:00' },
    });
    expect(retimed.body).toMatchObject({ due_date: null, due_at: '2030-06-05T02:15:00.500Z' });
    const cleared = await call()('PATCH', `/api/me/tasks/${task.id}`, { body: { due_at: null } });
    expect(cleared.body).toMatchObject({ due_date: null, due_at: null, tags: ['home'] });
    expect((await call()('GET', `/api/me/tasks/${task.id}`)).body).toEqual(cleared.body);
  });

  it('PATCH with the same tags and priority changes nothing; a new spelling is a change', async () => {
    const task = await create(call(), { title: 'Same', tags: ['Work'], priority: 'medium' });
    const same = await call()('PATCH', `/api/me/tasks/${task.id}`, {
      body: { tags: ['Work'], priority: 'medium' },
    });
    expect(same.body).toEqual(task);
    await new Promise((r) => setTimeout(r, 5));
    const respelled = await call()('PATCH', `/api/me/tasks/${task.id}`, { body: { tags: ['WORK', 'work'] } });
    expect(respelled.body.tags).toEqual(['WORK']);
    expect(Date.parse(respelled.body.updated_at)).toBeGreaterThan(Date.parse(task.updated_at));
  });

  it('PUT sets every field and resets the omitted ones', async () => {
    const task = await create(call(), {
      title: 'Full',
      priority: 'high',
      tags: ['a', 'b'],
      due_date: '2030-01-01',
    });
    const replaced = await call()('PUT', `/api/me/tasks/${task.id}`, {
      body: { title: 'Full', priority: 'low', tags: ['C'], due_at: '2030-01-02T00:00:00+01:00' },
    });
    expect(replaced.body).toMatchObject({
      priority: 'low',
      tags: ['C'],
      due_date: null,
      due_at: '2030-01-01T23:00:00.000Z',
    });
    const reset = await call()('PUT', `/api/me/tasks/${task.id}`, { body: { title: 'Full' } });
    expect(reset.body).toMatchObject({ priority: 'none', tags: [], due_date: null, due_at: null });
    expect((await call()('GET', `/api/me/tasks/${task.id}`)).body).toEqual(reset.body);
  });
});

describe('settings', () => {
  it('start at UTC, change, and refuse an unknown zone with a 422 problem', async () => {
    const call = server.as('settings-user');
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'UTC' });
    await settle(call, 'Europe/Paris');
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'Europe/Paris' });
    const bad = await call('PATCH', '/api/me/settings', { body: { time_zone: 'Mars/Olympus_Mons' } });
    expectProblem(bad, 422, 'VALIDATION_ERROR');
    expect((await call('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'Europe/Paris' });
  });
});

// ---- 3. Time zones

describe('time zones', () => {
  const AUCKLAND = 'Pacific/Auckland';
  const LOS_ANGELES = 'America/Los_Angeles';

  const ids = async (call: Call, query: string) =>
    (await call('GET', `/api/me/tasks?${query}`)).body.tasks.map((t: Task) => t.id);

  it('"today" is the owner\'s today: the same all-day task is due today in Auckland, maybe not in Los Angeles', async () => {
    const kiwi = server.as('tz-kiwi');
    const angeleno = server.as('tz-angeleno');
    await settle(kiwi, AUCKLAND);
    await settle(angeleno, LOS_ANGELES);
    const aucklandToday = localDate(AUCKLAND);
    const laToday = localDate(LOS_ANGELES);
    // Auckland is 19-21 hours ahead: it is the same date there only late in the Los Angeles night.
    expect([aucklandToday, addDays(aucklandToday, -1)]).toContain(laToday);
    const body = (due_date: string, title: string) => ({ title, due_date });
    const kiwiToday = await create(kiwi, body(aucklandToday, 'Auckland today'));
    const kiwiYesterday = await create(kiwi, body(addDays(aucklandToday, -1), 'Auckland yesterday'));
    const laTask = await create(angeleno, body(aucklandToday, 'Auckland today'));
    const laYesterday = await create(angeleno, body(addDays(aucklandToday, -1), 'Auckland yesterday'));

    expect(await ids(kiwi, 'due=today')).toEqual([kiwiToday.id]);
    expect(await ids(kiwi, 'due=overdue')).toEqual([kiwiYesterday.id]);
    const sameDate = laToday === aucklandToday;
    expect(await ids(angeleno, 'due=today')).toEqual([sameDate ? laTask.id : laYesterday.id]);
    expect(await ids(angeleno, 'due=overdue')).toEqual(sameDate ? [laYesterday.id] : []);
    expect(await ids(angeleno, 'due=week&sort=due')).toEqual(
      sameDate ? [laTask.id] : [laYesterday.id, laTask.id],
    );
    // A date bound is the start of that day in the owner's zone.
    expect(await ids(kiwi, `due_after=${aucklandToday}`)).toEqual([kiwiToday.id]);
    expect(await ids(angeleno, `due_before=${aucklandToday}`)).toEqual([laYesterday.id]);
  });

  it('changing the zone re-anchors all-day tasks: order against a timed task swaps, and "today" follows', async () => {
    const call = server.as('tz-mover');
    await settle(call, AUCKLAND);
    const date = localDate(AUCKLAND);
    // Midnight UTC of that date: after the date starts in Auckland, before it starts in Los Angeles.
    const allDay = await create(call, { title: 'All day', due_date: date });
    const timed = await create(call, { title: 'Timed', due_at: `${date}T00:00:00Z` });
    const undated = await create(call, { title: 'Undated' });

    expect(await ids(call, 'sort=due')).toEqual([allDay.id, timed.id, undated.id]);
    expect(await ids(call, 'sort=-due')).toEqual([timed.id, allDay.id, undated.id]);
    expect(await ids(call, 'due=today&sort=due')).toEqual([allDay.id, timed.id]);

    await settle(call, LOS_ANGELES);
    expect(await ids(call, 'sort=due')).toEqual([timed.id, allDay.id, undated.id]);
    expect(await ids(call, 'sort=-due')).toEqual([allDay.id, timed.id, undated.id]);
    // In Los Angeles the timed task falls on the day before: exactly one of them is due today.
    const laToday = localDate(LOS_ANGELES);
    expect(await ids(call, 'due=today')).toEqual([laToday === date ? allDay.id : timed.id]);
    expect(await ids(call, `due_before=${date}`)).toEqual([timed.id]);

    // Paging by due after the change uses the new anchors too.
    const paged = await listAll(call, new URLSearchParams({ sort: 'due' }), 1);
    expect(paged.tasks.map((t) => t.id)).toEqual([timed.id, allDay.id, undated.id]);

    await settle(call, AUCKLAND);
    expect(await ids(call, 'sort=due')).toEqual([allDay.id, timed.id, undated.id]);
    expect(await ids(call, 'due=today&sort=due')).toEqual([allDay.id, timed.id]);
    // The tasks themselves do not change with the zone.
    expect((await call('GET', `/api/me/tasks/${allDay.id}`)).body).toEqual(allDay);
  });
});
