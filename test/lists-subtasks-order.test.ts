// Subtasks, manual order and views: nesting, parent progress and completion, moves, today/upcoming/inbox.
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

const titles = (res: { body: { tasks: { title: string }[] } }) => res.body.tasks.map((t) => t.title);

/** The calendar date `days` from today in a time zone. */
function localDate(zone: string, days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('subtasks', () => {
  it('nest up to 4 levels, show their counts on the parent, and never form a cycle', async () => {
    const me = fresh();
    const home = await list(me, { name: 'Home' });
    const l1 = await task(me, { title: 'L1', list_id: home.id });
    const l2 = await task(me, { title: 'L2', parent_id: l1.id });
    const l3 = await task(me, { title: 'L3', parent_id: l2.id });
    const l4 = await task(me, { title: 'L4', parent_id: l3.id });
    expect([l2.list_id, l3.list_id, l4.list_id]).toEqual([home.id, home.id, home.id]);
    const tooDeep = await me('POST', '/api/me/tasks', { body: { title: 'L5', parent_id: l4.id } });
    expectProblem(tooDeep, 422, 'VALIDATION_ERROR');
    expect(tooDeep.body.errors[0].path).toBe('parent_id');
    await task(me, { title: 'L2b', parent_id: l1.id, completed: true });
    expect((await me('GET', `/api/me/tasks/${l1.id}`)).body.subtasks).toEqual({ open: 1, total: 2 });

    // A subtask is in its parent's list.
    const other = await list(me, { name: 'Other' });
    expectProblem(
      await me('POST', '/api/me/tasks', { body: { title: 'x', parent_id: l1.id, list_id: other.id } }),
      422,
      'VALIDATION_ERROR',
    );
    // No cycles: under itself or its own descendant.
    expectProblem(
      await me('POST', `/api/me/tasks/${l1.id}/move`, { body: { parent_id: l3.id } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await me('PATCH', `/api/me/tasks/${l2.id}`, { body: { parent_id: l2.id } }),
      422,
      'VALIDATION_ERROR',
    );
    // Moving L2's subtree (3 levels) under a top-level task's child would make 5 levels.
    const t1 = await task(me, { title: 'T1' });
    const t2 = await task(me, { title: 'T2', parent_id: t1.id });
    expectProblem(
      await me('POST', `/api/me/tasks/${l2.id}/move`, { body: { parent_id: t2.id } }),
      422,
      'VALIDATION_ERROR',
    );
    // Under T1 it fits (T1 > L2 > L3 > L4) and the subtree comes to T1's list (the Inbox).
    const moved = await me('POST', `/api/me/tasks/${l2.id}/move`, { body: { parent_id: t1.id } });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body).toMatchObject({ parent_id: t1.id, list_id: null });
    expect((await me('GET', `/api/me/tasks/${l4.id}`)).body.list_id).toBeNull();
    // Someone else's task is no parent.
    const stranger = await task(fresh(), { title: 'stranger' });
    expectProblem(
      await me('POST', '/api/me/tasks', { body: { title: 'x', parent_id: stranger.id } }),
      422,
      'VALIDATION_ERROR',
    );
    const children = await me('GET', `/api/me/tasks?parent_id=${t1.id}&sort=manual`);
    expect(titles(children)).toEqual(['T2', 'L2']);
    expect(titles(await me('GET', '/api/me/tasks?parent_id=none&sort=title'))).toEqual(['L1', 'T1']);
  });

  it('a parent’s ETag follows its subtasks’ progress, so a cached copy is never served stale', async () => {
    const me = fresh();
    const parent = await task(me, { title: 'Pack' });
    const plain = await me('GET', `/api/me/tasks/${parent.id}`);
    expect(plain.headers.get('etag')).toMatch(/^"\d+"$/);
    const version = Number(plain.headers.get('etag')!.slice(1, -1));
    const sub = await task(me, { title: 'Socks', parent_id: parent.id });
    const read = await me('GET', `/api/me/tasks/${parent.id}`);
    const etag = read.headers.get('etag')!;
    expect(etag).toBe(`"${version}.1.1"`);
    const unchanged = await me('GET', `/api/me/tasks/${parent.id}`, { headers: { 'if-none-match': etag } });
    expect(unchanged.status).toBe(304);
    // Ticking the subtask off changes the parent's JSON but not its version: a new ETag, a 200.
    expect((await me('PATCH', `/api/me/tasks/${sub.id}/complete`)).status).toBe(200);
    const after = await me('GET', `/api/me/tasks/${parent.id}`, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.body.subtasks).toEqual({ open: 0, total: 1 });
    expect(after.headers.get('etag')).toBe(`"${version}.0.1"`);
    // If-Match guards the parent's own fields: its version decides, with either tag.
    const patched = await me('PATCH', `/api/me/tasks/${parent.id}`, {
      body: { title: 'Pack the bags' },
      headers: { 'if-match': etag },
    });
    expect(patched.status, patched.text).toBe(200);
    expect(patched.headers.get('etag')).toBe(`"${version + 1}.0.1"`);
    expectProblem(
      await me('PATCH', `/api/me/tasks/${parent.id}`, {
        body: { title: 'Again' },
        headers: { 'if-match': etag },
      }),
      412,
      'PRECONDITION_FAILED',
    );
  });

  it('completing a parent completes its open subtasks; reopening restores only those', async () => {
    const me = fresh();
    const parent = await task(me, { title: 'Pack' });
    const a = await task(me, { title: 'Socks', parent_id: parent.id });
    const b = await task(me, { title: 'Shoes', parent_id: parent.id, completed: true });
    const c = await task(me, { title: 'Laces', parent_id: a.id });
    const before = (await me('GET', `/api/me/tasks/${b.id}`)).body.completed_at;

    const done = await me('PATCH', `/api/me/tasks/${parent.id}/complete`, { body: { completed: true } });
    expect(done.status, done.text).toBe(200);
    expect(done.body.subtasks).toEqual({ open: 0, total: 2 });
    for (const id of [a.id, c.id]) {
      const sub = (await me('GET', `/api/me/tasks/${id}`)).body;
      expect(sub.completed).toBe(true);
      expect(sub.completed_at).toBe(done.body.completed_at);
    }
    expect((await me('GET', `/api/me/tasks/${b.id}`)).body.completed_at).toBe(before);

    // Undo: the toggle reopens the parent and the subtasks completed with it, not Shoes.
    const undone = await me('PATCH', `/api/me/tasks/${parent.id}/complete`);
    expect(undone.body.completed).toBe(false);
    expect(undone.body.subtasks).toEqual({ open: 1, total: 2 });
    expect((await me('GET', `/api/me/tasks/${a.id}`)).body.completed).toBe(false);
    expect((await me('GET', `/api/me/tasks/${c.id}`)).body.completed).toBe(false);
    expect((await me('GET', `/api/me/tasks/${b.id}`)).body.completed).toBe(true);
  });

  it('deleting a parent deletes its subtree; a recurring parent reopens its subtasks on the next occurrence', async () => {
    const me = fresh();
    const parent = await task(me, { title: 'Trip' });
    const child = await task(me, { title: 'Tickets', parent_id: parent.id });
    const grandchild = await task(me, { title: 'Seats', parent_id: child.id });
    expect((await me('DELETE', `/api/me/tasks/${parent.id}`)).status).toBe(204);
    for (const id of [child.id, grandchild.id])
      expectProblem(await me('GET', `/api/me/tasks/${id}`), 404, 'NOT_FOUND');

    const weekly = await task(me, {
      title: 'Weekly review',
      due_date: localDate('UTC'),
      recurrence: 'FREQ=WEEKLY',
    });
    const step = await task(me, { title: 'Inbox zero', parent_id: weekly.id });
    await me('PATCH', `/api/me/tasks/${step.id}/complete`, { body: { completed: true } });
    const next = await me('PATCH', `/api/me/tasks/${weekly.id}/complete`, { body: { completed: true } });
    expect(next.body.completed).toBe(false);
    expect(next.body.due_date).toBe(localDate('UTC', 7));
    expect(next.body.subtasks).toEqual({ open: 1, total: 1 });
    expect((await me('GET', `/api/me/tasks/${step.id}`)).body.completed).toBe(false);
  });
});

describe('manual order and moves', () => {
  it('places a task before or after a sibling with one write, and lists by sort=manual', async () => {
    const me = fresh();
    const home = await list(me, { name: 'Home' });
    const [a, b, c] = [
      await task(me, { title: 'A', list_id: home.id }),
      await task(me, { title: 'B', list_id: home.id }),
      await task(me, { title: 'C', list_id: home.id }),
    ];
    const manual = () => me('GET', `/api/me/tasks?list_id=${home.id}&sort=manual`);
    expect(titles(await manual())).toEqual(['A', 'B', 'C']);

    const stream1 = await stream(server, `lister-${users}`, {}, '/api/me/events');
    const moved = await me('POST', `/api/me/tasks/${c.id}/move`, { body: { before_id: a.id } });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.headers.get('etag')).toBeTruthy();
    expect(titles(await manual())).toEqual(['C', 'A', 'B']);
    await me('POST', `/api/me/tasks/${c.id}/move`, { body: { after_id: a.id } });
    expect(titles(await manual())).toEqual(['A', 'C', 'B']);
    await stream1.until(
      () => stream1.events.filter((e) => e.event === 'updated').length >= 2,
      'two move events',
    );
    // Only the moved task was written.
    expect(
      stream1.events.filter((e) => e.event === 'updated').map((e) => e.data.task?.id ?? e.data.id),
    ).toEqual([c.id, c.id]);
    await stream1.close();

    // A hundred moves into the same gap stay in order (the gap is rebalanced when used up).
    for (let i = 0; i < 60; i++) {
      const order = (await manual()).body.tasks;
      const second = order[1];
      const moving = order[2];
      await me('POST', `/api/me/tasks/${moving.id}/move`, { body: { before_id: second.id } });
    }
    expect((await manual()).body.tasks).toHaveLength(3);
    // To another list: it goes last there.
    const work = await list(me, { name: 'Work' });
    const w1 = await task(me, { title: 'W1', list_id: work.id });
    const toWork = await me('POST', `/api/me/tasks/${b.id}/move`, { body: { list_id: work.id } });
    expect(toWork.body.list_id).toBe(work.id);
    expect(titles(await me('GET', `/api/me/tasks?list_id=${work.id}&sort=manual`))).toEqual(['W1', 'B']);
    // A sibling anchor elsewhere than the destination is refused.
    expectProblem(
      await me('POST', `/api/me/tasks/${a.id}/move`, { body: { list_id: home.id, before_id: w1.id } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(await me('POST', `/api/me/tasks/${a.id}/move`, { body: {} }), 422, 'VALIDATION_ERROR');
    expectProblem(
      await me('POST', `/api/me/tasks/${a.id}/move`, { body: { before_id: w1.id, after_id: w1.id } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await me('POST', '/api/me/tasks/987654321/move', { body: { list_id: null } }),
      404,
      'NOT_FOUND',
    );
    // If-Match guards a move like any write.
    const stale = await me('POST', `/api/me/tasks/${a.id}/move`, {
      body: { list_id: null },
      headers: { 'if-match': 'W/"1"' },
    });
    expect([412, 200]).toContain(stale.status);
  });

  it('pages by sort=manual with a cursor without gaps or repeats', async () => {
    const me = fresh();
    for (let i = 1; i <= 7; i++) await task(me, { title: `T${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await me(
        'GET',
        `/api/me/tasks?view=inbox&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status, res.text).toBe(200);
      seen.push(...titles(res));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
  });
});

describe('crossed moves', () => {
  it('A under B while B goes under A: one wins, the other is refused, neither fails or deadlocks', async () => {
    const me = fresh();
    for (let round = 0; round < 8; round++) {
      const a = await task(me, { title: `A${round}` });
      const b = await task(me, { title: `B${round}` });
      const answers = await Promise.all([
        me('POST', `/api/me/tasks/${a.id}/move`, { body: { parent_id: b.id } }),
        me('POST', `/api/me/tasks/${b.id}/move`, { body: { parent_id: a.id } }),
      ]);
      expect(answers.map((r) => r.status).sort(), answers.map((r) => r.text).join('\n')).toEqual([200, 422]);
      const [first, second] = [
        (await me('GET', `/api/me/tasks/${a.id}`)).body,
        (await me('GET', `/api/me/tasks/${b.id}`)).body,
      ];
      // Exactly one is the other's subtask: no cycle.
      expect([first.parent_id === b.id, second.parent_id === a.id].filter(Boolean)).toHaveLength(1);
    }
  });
});

describe('views', () => {
  it('today, upcoming and inbox follow the owner’s time zone', async () => {
    const me = fresh();
    const zone = 'Asia/Karachi';
    expect((await me('PATCH', '/api/me/settings', { body: { time_zone: zone } })).status).toBe(200);
    const home = await list(me, { name: 'Home' });
    await task(me, { title: 'Overdue', due_date: localDate(zone, -3) });
    await task(me, { title: 'Today', due_date: localDate(zone), list_id: home.id });
    await task(me, { title: 'Done today', due_date: localDate(zone), completed: true });
    await task(me, { title: 'Tomorrow', due_date: localDate(zone, 1) });
    await task(me, { title: 'Day 13', due_date: localDate(zone, 13) });
    await task(me, { title: 'Day 14', due_date: localDate(zone, 14) });
    await task(me, { title: 'Undated' });

    const today = await me('GET', '/api/me/tasks?view=today');
    expect(titles(today)).toEqual(['Overdue', 'Today']);
    expect(today.body.count).toBe(2);
    expect(titles(await me('GET', '/api/me/tasks?view=upcoming'))).toEqual(['Today', 'Tomorrow', 'Day 13']);
    expect(titles(await me('GET', '/api/me/tasks?view=inbox&sort=title'))).toEqual([
      'Day 13',
      'Day 14',
      'Done today',
      'Overdue',
      'Tomorrow',
      'Undated',
    ]);
    expect(titles(await me('GET', '/api/me/tasks?list_id=inbox&status=completed'))).toEqual(['Done today']);
    expect(titles(await me('GET', `/api/me/tasks?list_id=${home.id}`))).toEqual(['Today']);
    expectProblem(await me('GET', '/api/me/tasks?view=someday'), 422, 'VALIDATION_ERROR');
    expectProblem(await me('GET', '/api/me/tasks?list_id=nope'), 422, 'VALIDATION_ERROR');
    expectProblem(await me('GET', '/api/me/tasks?parent_id=-1'), 422, 'VALIDATION_ERROR');
  });
});
