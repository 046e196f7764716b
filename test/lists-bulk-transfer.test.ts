// Bulk actions and export/import with lists: many tasks in one all-or-nothing write, round trips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { stream } from './support/live.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
type As = ReturnType<TestServer['as']>;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A fresh user per test: counts and views start empty. */
let users = 0;
const fresh = () => server.as(`lister-${++users}`);

async function task(as: As, body: Record<string, unknown>) {
  const res = await as('POST', '/api/me/tasks', { body });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

async function list(as: As, body: Record<string, unknown>) {
  const res = await as('POST', '/api/me/lists', { body });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

describe('bulk', () => {
  it('completes, reopens, tags, prioritises, reschedules and moves many tasks, one event each', async () => {
    const me = fresh();
    const user = `lister-${users}`;
    const work = await list(me, { name: 'Work' });
    const ids: number[] = [];
    for (let i = 1; i <= 5; i++)
      ids.push((await task(me, { title: `Task ${i}`, tags: ['Old'], due_date: '2030-01-10' })).id);
    const sub = await task(me, { title: 'Sub', parent_id: ids[0] });
    const live = await stream(server, user);
    await live.until(() => true, 'open');
    const body = (action: string, extra: Record<string, unknown> = {}) => ({
      body: { action, ids, ...extra },
    });

    const done = await me('POST', '/api/me/tasks/bulk', body('complete'));
    expect(done.status, done.text).toBe(200);
    expect(done.body.changed).toBe(6);
    expect(done.body.tasks.map((t: any) => t.id)).toEqual(ids);
    expect(done.body.tasks.every((t: any) => t.completed)).toBe(true);
    expect((await me('GET', `/api/me/tasks/${sub.id}`)).body.completed).toBe(true);
    await live.until(() => live.events.filter((e) => e.event === 'completed').length >= 6, 'six completions');

    const reopened = await me('POST', '/api/me/tasks/bulk', body('reopen'));
    expect(reopened.body.changed).toBe(6);
    expect((await me('GET', `/api/me/tasks/${sub.id}`)).body.completed).toBe(false);

    const tagged = await me('POST', '/api/me/tasks/bulk', body('add_tags', { tags: ['#urgent', 'old'] }));
    expect(tagged.body.tasks[0].tags).toEqual(['Old', 'urgent']);
    expect(tagged.body.changed).toBe(5);
    const again = await me('POST', '/api/me/tasks/bulk', body('add_tags', { tags: ['URGENT'] }));
    expect(again.body.changed).toBe(0);
    const untagged = await me('POST', '/api/me/tasks/bulk', body('remove_tags', { tags: ['OLD'] }));
    expect(untagged.body.tasks[4].tags).toEqual(['urgent']);

    const high = await me('POST', '/api/me/tasks/bulk', body('set_priority', { priority: 'high' }));
    expect(high.body.tasks.every((t: any) => t.priority === 'high')).toBe(true);
    const shifted = await me('POST', '/api/me/tasks/bulk', body('shift_due', { days: 3 }));
    expect(shifted.body.tasks.map((t: any) => t.due_date)).toEqual(Array(5).fill('2030-01-13'));
    const timed = await me('POST', '/api/me/tasks/bulk', body('set_due', { due_at: '2030-02-01T09:00:00Z' }));
    expect(timed.body.tasks[0]).toMatchObject({ due_at: '2030-02-01T09:00:00.000Z', due_date: null });
    const cleared = await me('POST', '/api/me/tasks/bulk', body('set_due', {}));
    expect(cleared.body.tasks[0]).toMatchObject({ due_at: null, due_date: null });

    const moved = await me('POST', '/api/me/tasks/bulk', body('move', { list_id: work.id }));
    expect(moved.body.changed).toBe(6);
    expect((await me('GET', `/api/me/lists/${work.id}`)).body.total_count).toBe(6);
    expect((await me('GET', `/api/me/tasks/${sub.id}`)).body).toMatchObject({
      list_id: work.id,
      parent_id: ids[0],
    });

    const before = await live.events.length;
    const gone = await me('POST', '/api/me/tasks/bulk', body('delete'));
    expect(gone.body).toEqual({ action: 'delete', changed: 6, tasks: [] });
    await live.until(
      () => live.events.slice(before).filter((e) => e.event === 'deleted').length >= 6,
      'deletions',
    );
    expect((await me('GET', '/api/me/tasks')).body.count).toBe(0);
    await live.close();
  });

  it('is all or nothing: another user’s id, a bad body or too many ids change nothing', async () => {
    const me = fresh();
    const mine = await task(me, { title: 'Mine' });
    const theirs = await task(fresh(), { title: 'Theirs' });
    const refused = await me('POST', '/api/me/tasks/bulk', {
      body: { action: 'complete', ids: [mine.id, theirs.id] },
    });
    expectProblem(refused, 404, 'NOT_FOUND');
    expect(refused.text).not.toContain('Theirs');
    expect((await me('GET', `/api/me/tasks/${mine.id}`)).body.completed).toBe(false);
    const bad = [
      { action: 'explode', ids: [mine.id] },
      { action: 'complete', ids: [] },
      { action: 'complete', ids: Array.from({ length: 501 }, (_, i) => i + 1) },
      { action: 'set_priority', ids: [mine.id], priority: 'urgent' },
      { action: 'shift_due', ids: [mine.id], days: 0 },
      { action: 'add_tags', ids: [mine.id], tags: [] },
      { action: 'set_due', ids: [mine.id], due_date: '2030-01-01', due_at: '2030-01-01T00:00:00Z' },
      { action: 'move', ids: [mine.id], list_id: 987654321 },
      { action: 'complete', ids: [mine.id], extra: true },
    ];
    for (const b of bad)
      expectProblem(await me('POST', '/api/me/tasks/bulk', { body: b }), 422, 'VALIDATION_ERROR');
    const tags = Array.from({ length: 20 }, (_, i) => `t${i}`);
    await me('PATCH', `/api/me/tasks/${mine.id}`, { body: { tags: tags.slice(0, 15) } });
    expectProblem(
      await me('POST', '/api/me/tasks/bulk', {
        body: { action: 'add_tags', ids: [mine.id], tags: ['x1', 'x2', 'x3', 'x4', 'x5', 'x6'] },
      }),
      422,
      'VALIDATION_ERROR',
    );
    const after = (await me('GET', `/api/me/tasks/${mine.id}`)).body;
    expect(after).toMatchObject({ completed: false, priority: 'none', list_id: null });
    expect(after.tags).toHaveLength(15);
  });

  it('shift_due keeps every due date within the years 1900-9999, as every other write does', async () => {
    const me = fresh();
    const late = await task(me, { title: 'Late', due_date: '9999-12-30' });
    const timed = await task(me, { title: 'Timed', due_at: '9999-12-31T12:00:00Z' });
    const daily = await task(me, { title: 'Daily', due_date: '1900-01-05', recurrence: 'FREQ=DAILY' });
    const shifts: [number[], number][] = [
      [[late.id], 3650],
      [[late.id], 2],
      [[timed.id], 1],
      [[daily.id], -10],
      [[late.id, daily.id], -3650],
    ];
    for (const [ids, days] of shifts) {
      const refused = await me('POST', '/api/me/tasks/bulk', { body: { action: 'shift_due', ids, days } });
      expectProblem(refused, 422, 'VALIDATION_ERROR');
      expect(refused.body.errors[0]).toMatchObject({ path: 'days' });
    }
    for (const before of [late, timed, daily]) {
      const now = (await me('GET', `/api/me/tasks/${before.id}`)).body;
      expect(now).toMatchObject({
        due_date: before.due_date,
        due_at: before.due_at,
        updated_at: before.updated_at,
      });
    }
    // Within the years it shifts, and the task still completes into its next occurrence.
    const ok = await me('POST', '/api/me/tasks/bulk', {
      body: { action: 'shift_due', ids: [daily.id], days: -4 },
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.tasks[0].due_date).toBe('1900-01-01');
    const done = await me('PATCH', `/api/me/tasks/${daily.id}/complete`, { body: { completed: true } });
    expect(done.status, done.text).toBe(200);
    expect(done.body.due_date).toBe('1900-01-02');
  });
});

describe('export and import carry lists and subtasks', () => {
  it('round-trips lists, subtasks and order into another account, and a second import changes nothing', async () => {
    const a = fresh();
    const trip = await list(a, { name: 'Trip', color: '#3366aa' });
    await list(a, { name: 'Empty one' });
    const pack = await task(a, { title: 'Pack', list_id: trip.id });
    const clothes = await task(a, { title: 'Clothes', parent_id: pack.id });
    await task(a, { title: 'Socks', parent_id: clothes.id, completed: true });
    await task(a, { title: 'Passport', list_id: trip.id });
    await task(a, { title: 'Loose' });
    const exported = await a('GET', '/api/me/export');
    expect(exported.body.lists.map((l: any) => [l.name, l.color])).toEqual([
      ['Trip', '#3366aa'],
      ['Empty one', null],
    ]);
    const socks = exported.body.tasks.find((t: any) => t.title === 'Socks');
    expect(socks).toMatchObject({ list: 'Trip', parent_uid: expect.any(String) });

    const csv = (await a('GET', '/api/me/export?format=csv')).text;
    expect(csv).toContain(',Trip,');
    const ics = (await a('GET', '/api/me/export?format=ics')).text;
    expect(ics).toContain('RELATED-TO:');
    expect(ics).toContain('X-DOABLE-LIST:Trip');

    const b = fresh();
    await list(b, { name: 'trip' });
    const imported = await b('POST', '/api/me/import', { body: exported.body });
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body).toMatchObject({ created: 5, updated: 0, skipped: 0 });
    const lists = (await b('GET', '/api/me/lists')).body.lists;
    // "Trip" matched b's own "trip" (case-insensitively); "Empty one" was created.
    const tripHere = lists.find((l: any) => l.name === 'trip');
    expect(lists.map((l: any) => [l.name, l.open_count, l.total_count]).sort()).toEqual([
      ['Empty one', 0, 0],
      ['trip', 3, 4],
    ]);
    const tasks = (await b('GET', '/api/me/tasks?limit=200&sort=title')).body.tasks;
    const byTitle = new Map(tasks.map((t: any) => [t.title, t]));
    const got = (title: string) => byTitle.get(title) as any;
    expect(got('Clothes').parent_id).toBe(got('Pack').id);
    expect(got('Socks').parent_id).toBe(got('Clothes').id);
    expect(got('Socks')).toMatchObject({ list_id: tripHere.id, completed: true });
    expect(got('Loose').list_id).toBeNull();
    expect(got('Pack').subtasks).toEqual({ open: 1, total: 1 });

    const again = await b('POST', '/api/me/import', { body: exported.body });
    expect(again.body).toMatchObject({ created: 0, updated: 0, skipped: 5 });
    expect((await b('GET', '/api/me/lists')).body.lists).toHaveLength(2);
  });

  it('refuses a file whose subtasks form a cycle or nest too deep, and writes nothing', async () => {
    const me = fresh();
    const uid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
    const cycle = {
      format: 'doable-export',
      version: 1,
      lists: [{ name: 'Never made' }],
      tasks: [
        { uid: uid(1), title: 'A', parent_uid: uid(2), list: 'Never made' },
        { uid: uid(2), title: 'B', parent_uid: uid(1) },
      ],
    };
    expectProblem(await me('POST', '/api/me/import', { body: cycle }), 422, 'VALIDATION_ERROR');
    const deep = {
      format: 'doable-export',
      version: 1,
      tasks: [1, 2, 3, 4, 5].map((n) => ({
        uid: uid(n),
        title: `L${n}`,
        parent_uid: n > 1 ? uid(n - 1) : null,
      })),
    };
    const res = await me('POST', '/api/me/import', { body: deep });
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expect(res.body.errors[0].path).toBe('tasks.4.parent_uid');
    expect((await me('GET', '/api/me/tasks')).body.count).toBe(0);
    expect((await me('GET', '/api/me/lists')).body.lists).toEqual([]);
  });
});
