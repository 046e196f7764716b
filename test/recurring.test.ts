// Recurring tasks over HTTP: completing keeps a record of the occurrence and moves the series on,
// once per occurrence; COUNT and UNTIL end it; occurrences follow the owner's zone across DST;
// skip; series edits; quick add reads recurrence; bad input; other users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { join, ok, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Call = ReturnType<TestServer['as']>;

async function add(call: Call, body: Record<string, unknown>) {
  const res = await call('POST', '/api/me/tasks', { body });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

const complete = (
  call: Call,
  id: number,
  body: Record<string, unknown> = { completed: true },
  headers = {},
) => call('PATCH', `/api/me/tasks/${id}/complete`, { body, headers });

const history = async (call: Call, id: number) =>
  (await call('GET', '/api/me/tasks?status=completed&limit=200&sort=due')).body.tasks.filter(
    (t: any) => t.series_task_id === id,
  );

describe('completing a recurring task', () => {
  it('records the occurrence as a completed task and moves the series to its next occurrence', async () => {
    const call = server.as('weekly');
    const task = await add(call, {
      title: 'Team sync',
      due_date: '2027-01-04',
      recurrence: 'RRULE:FREQ=WEEKLY;BYDAY=MO',
      tags: ['work'],
      priority: 'high',
    });
    expect(task).toMatchObject({
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      recurrence_from: 'due',
      series_task_id: null,
    });
    const res = await complete(call, task.id);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      id: task.id,
      completed: false,
      due_date: '2027-01-11',
      completed_at: null,
    });
    expect(res.headers.get('etag')).toBe('"2"');
    const records = await history(call, task.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      title: 'Team sync',
      completed: true,
      due_date: '2027-01-04',
      tags: ['work'],
      priority: 'high',
      recurrence: null,
      series_task_id: task.id,
    });
    expect(records[0].completed_at).toEqual(expect.any(String));
    // The toggle completes the next occurrence too.
    expect((await call('PATCH', `/api/me/tasks/${task.id}/complete`)).body.due_date).toBe('2027-01-18');
    expect(await history(call, task.id)).toHaveLength(2);
  });

  it('the same occurrence completed twice (a retry, two tabs) advances once', async () => {
    const call = server.as('twice');
    const task = await add(call, { title: 'Daily pills', due_date: '2027-02-01', recurrence: 'FREQ=DAILY' });
    const body = { completed: true, occurrence: '2027-02-01' };
    const results = await Promise.all([
      complete(call, task.id, body),
      complete(call, task.id, body),
      complete(call, task.id, body),
    ]);
    for (const r of results) {
      expect(r.status, r.text).toBe(200);
      expect(r.body.due_date).toBe('2027-02-02');
    }
    expect(await history(call, task.id)).toHaveLength(1);
    // With If-Match, a stale tab is told so.
    const stale = await complete(call, task.id, { completed: true }, { 'if-match': '"1"' });
    expectProblem(stale, 412, 'PRECONDITION_FAILED');
    expect(await history(call, task.id)).toHaveLength(1);
  });

  it('reopening with the occurrence takes that completion back (Undo): the record goes, the series returns', async () => {
    const call = server.as('undoer');
    const task = await add(call, {
      title: 'Stand-up',
      due_at: '2027-02-01T09:30:00Z',
      recurrence: 'FREQ=DAILY;COUNT=3',
    });
    const undo = { completed: false, occurrence: '2027-02-01T09:30:00.000Z' };
    await complete(call, task.id, { completed: true, occurrence: undo.occurrence });
    const back = await complete(call, task.id, undo);
    expect(back.status, back.text).toBe(200);
    expect(back.body).toMatchObject({ completed: false, due_at: undo.occurrence, due_date: null });
    expect(await history(call, task.id)).toEqual([]);
    // A retry changes nothing more.
    expect((await complete(call, task.id, undo)).body.updated_at).toBe(back.body.updated_at);
    // The occurrence counts as not done again: COUNT=3 still has three to complete.
    for (const due of ['2027-02-02T09:30:00.000Z', '2027-02-03T09:30:00.000Z']) {
      expect((await complete(call, task.id)).body.due_at).toBe(due);
    }
    expect((await complete(call, task.id)).body.completed).toBe(true);
    expect(await history(call, task.id)).toHaveLength(2);
  });

  it('a completion the series has moved on from (completed or skipped since, edited) cannot be taken back: 409', async () => {
    const call = server.as('late-undo');
    const task = await add(call, { title: 'Water plants', due_date: '2027-02-01', recurrence: 'FREQ=DAILY' });
    await complete(call, task.id, { completed: true, occurrence: '2027-02-01' });
    await call('POST', `/api/me/tasks/${task.id}/skip`, { body: { occurrence: '2027-02-02' } });
    const refused = await complete(call, task.id, { completed: false, occurrence: '2027-02-01' });
    expectProblem(refused, 409, 'CONFLICT');
    expect((await call('GET', `/api/me/tasks/${task.id}`)).body.due_date).toBe('2027-02-03');
    expect(await history(call, task.id)).toHaveLength(1);
    // An occurrence never completed is refused too; one completed just now can be taken back.
    expectProblem(
      await complete(call, task.id, { completed: false, occurrence: '2027-01-15' }),
      409,
      'CONFLICT',
    );
    await complete(call, task.id, { completed: true, occurrence: '2027-02-03' });
    const back = await complete(call, task.id, { completed: false, occurrence: '2027-02-03' });
    expect(back.body.due_date).toBe('2027-02-03');
    expect(await history(call, task.id)).toHaveLength(1);
  });

  it('COUNT ends the series: the last occurrence completes the task itself', async () => {
    const call = server.as('counted');
    const task = await add(call, {
      title: 'Three lessons',
      due_date: '2027-03-01',
      recurrence: 'FREQ=WEEKLY;COUNT=3',
    });
    expect((await complete(call, task.id)).body.due_date).toBe('2027-03-08');
    expect((await complete(call, task.id)).body.due_date).toBe('2027-03-15');
    const last = await complete(call, task.id);
    expect(last.body).toMatchObject({ completed: true, due_date: '2027-03-15' });
    expect(await history(call, task.id)).toHaveLength(2);
    // Completing it again changes nothing.
    expect((await complete(call, task.id)).body.updated_at).toBe(last.body.updated_at);
  });

  it('a series whose due moment is already in the year 10000 where its owner lives ends there, never a 500', async () => {
    // 9999-12-31T20:00Z is 10000-01-01 on Kiritimati (UTC+14): the last day a date may have is behind it.
    const call = server.as('kiritimati');
    expect(
      (await call('PATCH', '/api/me/settings', { body: { time_zone: 'Pacific/Kiritimati' } })).status,
    ).toBe(200);
    const skipped = await add(call, {
      title: 'End of days',
      due_at: '9999-12-31T20:00:00Z',
      recurrence: 'FREQ=DAILY',
    });
    expectProblem(await call('POST', `/api/me/tasks/${skipped.id}/skip`), 409, 'CONFLICT');
    const task = await add(call, {
      title: 'End of days',
      due_at: '9999-12-31T20:00:00Z',
      recurrence: 'FREQ=DAILY',
    });
    const done = await complete(call, task.id);
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({ completed: true, due_at: '9999-12-31T20:00:00.000Z' });
    // Toggled (no body), the other completes too.
    const toggled = await call('PATCH', `/api/me/tasks/${skipped.id}/complete`);
    expect(toggled.status, toggled.text).toBe(200);
    expect(toggled.body.completed).toBe(true);
  });

  it('UNTIL ends the series on its date', async () => {
    const call = server.as('until');
    const task = await add(call, {
      title: 'Until',
      due_date: '2027-04-01',
      recurrence: 'FREQ=DAILY;UNTIL=20270402',
    });
    expect((await complete(call, task.id)).body.due_date).toBe('2027-04-02');
    expect((await complete(call, task.id)).body.completed).toBe(true);
  });

  it('timed occurrences keep their wall time in the owner zone across a DST change', async () => {
    const call = server.as('london');
    await call('PATCH', '/api/me/settings', { body: { time_zone: 'Europe/London' } });
    // 09:00 in London on the day before the clocks go forward (GMT), then 09:00 BST.
    const task = await add(call, {
      title: 'Stand-up',
      due_at: '2027-03-27T09:00:00Z',
      recurrence: 'FREQ=DAILY',
    });
    expect((await complete(call, task.id)).body.due_at).toBe('2027-03-28T08:00:00.000Z');
    expect((await complete(call, task.id)).body.due_at).toBe('2027-03-29T08:00:00.000Z');
  });

  it('every 8 hours steps by elapsed time, across a DST change too, and from completion when asked', async () => {
    const call = server.as('hourly');
    await call('PATCH', '/api/me/settings', { body: { time_zone: 'Europe/London' } });
    // 20:00 GMT the night the clocks go forward: eight hours on is 05:00 BST (04:00Z), then 13:00 BST.
    const task = await add(call, {
      title: 'Pills',
      due_at: '2027-03-27T20:00:00Z',
      recurrence: 'FREQ=HOURLY;INTERVAL=8',
    });
    expect((await complete(call, task.id)).body.due_at).toBe('2027-03-28T04:00:00.000Z');
    expect((await complete(call, task.id)).body.due_at).toBe('2027-03-28T12:00:00.000Z');
    const fromDone = await add(call, {
      title: 'Stretch',
      due_at: '2020-01-01T09:00:00Z',
      recurrence: 'FREQ=HOURLY;INTERVAL=2',
      recurrence_from: 'completion',
    });
    const before = Date.now();
    const next = Date.parse((await complete(call, fromDone.id)).body.due_at);
    expect(next).toBeGreaterThanOrEqual(Math.floor(before / 60_000) * 60_000 + 2 * 3_600_000);
    expect(next).toBeLessThanOrEqual(Date.now() + 2 * 3_600_000);
  });

  it('recurrence_from=completion counts from when it was done', async () => {
    const call = server.as('from-done');
    const task = await add(call, {
      title: 'Water the ferns',
      due_date: '2020-01-01',
      recurrence: 'FREQ=DAILY;INTERVAL=3',
      recurrence_from: 'completion',
    });
    const done = await complete(call, task.id);
    const expected = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    expect(done.body.due_date).toBe(expected);
  });

  it('emits a completed event for the occurrence and an updated one for the series', async () => {
    const call = server.as('evented');
    const task = await add(call, { title: 'Evented', due_date: '2027-05-03', recurrence: 'FREQ=WEEKLY' });
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/me/events?last_event_id=0`, {
      headers: { authorization: `Bearer ${await server.tokenFor('evented')}` },
      signal: controller.signal,
    });
    await complete(call, task.id);
    const reader = res.body!.getReader();
    let text = '';
    while ((text.match(/^event: /gm) ?? []).length < 3)
      text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    expect(text.match(/^event: (.*)$/gm)).toEqual(['event: created', 'event: completed', 'event: updated']);
  });
});

describe('skipping and editing a series', () => {
  it('skip moves to the next occurrence without a record; 409 for a task that does not recur or its last occurrence', async () => {
    const call = server.as('skipper');
    const task = await add(call, { title: 'Gym', due_date: '2027-06-07', recurrence: 'FREQ=WEEKLY;COUNT=2' });
    const skipped = await call('POST', `/api/me/tasks/${task.id}/skip`, {
      body: { occurrence: '2027-06-07' },
    });
    expect(skipped.status, skipped.text).toBe(200);
    expect(skipped.body.due_date).toBe('2027-06-14');
    // A retry of the same skip does nothing more.
    const again = await call('POST', `/api/me/tasks/${task.id}/skip`, { body: { occurrence: '2027-06-07' } });
    expect(again.body.due_date).toBe('2027-06-14');
    expect(await history(call, task.id)).toEqual([]);
    expectProblem(await call('POST', `/api/me/tasks/${task.id}/skip`), 409, 'CONFLICT');
    const plain = await add(call, { title: 'Once' });
    expectProblem(await call('POST', `/api/me/tasks/${plain.id}/skip`), 409, 'CONFLICT');
    expectProblem(await call('POST', '/api/me/tasks/987654/skip'), 404, 'NOT_FOUND');
  });

  it('editing the rule or the due moment restarts the series; null stops it recurring', async () => {
    const call = server.as('editor');
    const task = await add(call, {
      title: 'Report',
      due_date: '2027-07-01',
      recurrence: 'FREQ=MONTHLY;COUNT=2',
    });
    await complete(call, task.id); // 2027-08-01, one done
    const edited = await call('PATCH', `/api/me/tasks/${task.id}`, {
      body: { recurrence: 'FREQ=MONTHLY;COUNT=2;BYMONTHDAY=15', due_date: '2027-09-15' },
    });
    expect(edited.status, edited.text).toBe(200);
    expect((await complete(call, task.id)).body.due_date).toBe('2027-10-15'); // counting restarted
    const stopped = await call('PATCH', `/api/me/tasks/${task.id}`, { body: { recurrence: null } });
    expect(stopped.body).toMatchObject({ recurrence: null, recurrence_from: null });
    const plainDone = await complete(call, task.id);
    expect(plainDone.body.completed).toBe(true);
  });

  it('refuses recurrences it cannot honour, naming the field, and changes nothing', async () => {
    const call = server.as('bad-rules');
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'x', recurrence: 'FREQ=WEEKLY' }, 'recurrence'],
      [{ title: 'x', due_date: '2027-01-01', recurrence: 'FREQ=HOURLY' }, 'recurrence'],
      [{ title: 'x', due_at: '2027-01-01T09:00:00Z', recurrence: 'FREQ=MINUTELY' }, 'recurrence'],
      [{ title: 'x', due_date: '2027-01-01', recurrence: 'FREQ=DAILY;COUNT=2;UNTIL=20270105' }, 'recurrence'],
      [{ title: 'x', due_date: '2027-01-01', recurrence: 'every day' }, 'recurrence'],
      [
        { title: 'x', due_date: '2027-01-01', recurrence: 'FREQ=DAILY', recurrence_from: 'start' },
        'recurrence_from',
      ],
      [{ title: 'x', due_date: '2027-01-01', recurrence: 7 }, 'recurrence'],
    ];
    for (const [body, field] of cases) {
      const res = await call('POST', '/api/me/tasks', { body });
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(res.body.errors.map((e: any) => e.path)).toContain(field);
    }
    const plain = await add(call, { title: 'No due' });
    expectProblem(
      await call('PATCH', `/api/me/tasks/${plain.id}`, { body: { recurrence: 'FREQ=DAILY' } }),
      422,
      'VALIDATION_ERROR',
    );
    const series = await add(call, { title: 'Series', due_date: '2027-01-01', recurrence: 'FREQ=DAILY' });
    expectProblem(
      await call('PATCH', `/api/me/tasks/${series.id}`, { body: { due_date: null } }),
      422,
      'VALIDATION_ERROR',
    );
    expect((await call('GET', `/api/me/tasks/${series.id}`)).body).toEqual(series);
    expect((await call('GET', '/api/me/tasks')).body.count).toBe(2);
  });

  it("another user's series cannot be completed or skipped", async () => {
    const task = await add(server.as('series-alice'), {
      title: 'Alice series',
      due_date: '2027-01-01',
      recurrence: 'FREQ=DAILY',
    });
    const mallory = server.as('series-mallory');
    expectProblem(await mallory('POST', `/api/me/tasks/${task.id}/skip`), 404, 'NOT_FOUND');
    expectProblem(
      await mallory('PATCH', `/api/me/tasks/${task.id}/complete`, { body: { completed: true } }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await mallory('POST', `/api/series-alice/tasks/${task.id}/skip`), 403, 'AUTH_FORBIDDEN');
    expect((await server.as('series-alice')('GET', `/api/me/tasks/${task.id}`)).body).toEqual(task);
  });
});

describe('listing recurring tasks (recurring=true|false, what the calendar asks for)', () => {
  it('narrows to the series or to the rest, with due bounds, counted, on shared lists too', async () => {
    const call = server.as('recurring-filter');
    const daily = await add(call, {
      title: 'Water plants',
      due_date: '2027-01-01',
      recurrence: 'FREQ=DAILY',
    });
    const weekly = await add(call, {
      title: 'Review',
      due_at: '2027-02-01T09:00:00Z',
      recurrence: 'FREQ=WEEKLY',
    });
    const once = await add(call, { title: 'Dentist', due_date: '2027-01-02' });
    const undated = await add(call, { title: 'Someday' });
    const ids = async (query: string) => {
      const res = await call('GET', `/api/me/tasks?sort=due&${query}`);
      expect(res.status, res.text).toBe(200);
      return { ids: res.body.tasks.map((t: any) => t.id), count: res.body.count };
    };
    expect(await ids('recurring=true')).toEqual({ ids: [daily.id, weekly.id], count: 2 });
    expect(await ids('recurring=false')).toEqual({ ids: [once.id, undated.id], count: 2 });
    expect(await ids('recurring=true&due_before=2027-01-15')).toEqual({ ids: [daily.id], count: 1 });
    expect(await ids('recurring=true&status=completed')).toEqual({ ids: [], count: 0 });

    // A member of a shared list sees its series too, and only its series.
    const owner = await person(server, 'RecurringOwner');
    const member = await person(server, 'RecurringMember');
    const list = await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Chores' } }), 201);
    const shared = await add(owner.as, {
      title: 'Bins out',
      due_date: '2027-01-03',
      recurrence: 'FREQ=WEEKLY',
      list_id: list.id,
    });
    await add(owner.as, { title: 'Fix shelf', due_date: '2027-01-03', list_id: list.id });
    await join(owner, list.id, member, 'viewer');
    await add(member.as, { title: 'Stretch', due_date: '2027-01-01', recurrence: 'FREQ=DAILY' });
    const seen = await ok(member.as('GET', `/api/me/tasks?recurring=true&list_id=${list.id}`));
    expect(seen.tasks.map((t: any) => t.id)).toEqual([shared.id]);
    expect(seen.count).toBe(1);
    const everything = await ok(member.as('GET', '/api/me/tasks?recurring=true&sort=due'));
    expect(everything.tasks.map((t: any) => t.title)).toEqual(['Stretch', 'Bins out']);
    expect(everything.count).toBe(2);
  });

  it('refuses any other value, naming the parameter', async () => {
    const call = server.as('recurring-filter-bad');
    for (const value of ['yes', '1', '', 'TRUE']) {
      const res = await call('GET', `/api/me/tasks?recurring=${value}`);
      expectProblem(res, 422, 'VALIDATION_ERROR');
      expect(res.text).toContain('recurring');
    }
  });
});

describe('quick add reads recurrence', () => {
  it('"every monday" becomes a weekly rule with the next Monday due', async () => {
    const call = server.as('quick-series');
    const res = await call('POST', '/api/me/tasks/quick', {
      body: { text: 'Water plants every monday #home' },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Water plants',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      tags: ['home'],
    });
    expect(new Date(`${res.body.due_date}T12:00:00Z`).getUTCDay()).toBe(1);
    const rent = await call('POST', '/api/me/tasks/quick?dry_run=true', {
      body: { text: 'Pay rent every month on the 1st at 9am #bills !high' },
    });
    expect(rent.body).toMatchObject({
      title: 'Pay rent',
      recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
      priority: 'high',
    });
    expect(rent.body.due_at).not.toBeNull();
  });
});

describe('export and import keep series', () => {
  it('a series and its completed occurrences round-trip, linked to the new copy', async () => {
    const source = server.as('series-export');
    const task = await add(source, {
      title: 'Series',
      due_date: '2027-01-04',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    });
    await complete(source, task.id);
    const exported = (await source('GET', '/api/me/export')).body;
    const ics = (await source('GET', '/api/me/export?format=ics')).text.replace(/\r\n /g, '');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270111');
    const target = server.as('series-import');
    expect((await target('POST', '/api/me/import', { body: exported })).status).toBe(201);
    const tasks = (await target('GET', '/api/me/export')).body.tasks;
    const series = tasks.find((t: any) => t.recurrence);
    const record = tasks.find((t: any) => t.series_task_id !== null);
    expect(series).toMatchObject({
      title: 'Series',
      due_date: '2027-01-11',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    });
    expect(record).toMatchObject({ completed: true, due_date: '2027-01-04', series_task_id: series.id });
    expect((await complete(target, series.id)).body.due_date).toBe('2027-01-18');
  });
});
