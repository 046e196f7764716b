// Lists, subtasks, manual order, views and bulk actions, as a client sees them (issue 14).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, ISO } from './support/expect.js';
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

describe('lists', () => {
  it('creates, reads, renames, recolors, archives and lists them in order with counts', async () => {
    const me = fresh();
    const groceries = await list(me, { name: '  Groceries ', color: '#22AA55' });
    expect(groceries).toEqual({
      id: expect.any(Number),
      name: 'Groceries',
      color: '#22aa55',
      position: expect.any(Number),
      archived: false,
      open_count: 0,
      total_count: 0,
      owner_id: expect.stringMatching(/^lister-\d+$/),
      role: 'owner',
      member_count: 0,
      created_at: expect.stringMatching(ISO),
      updated_at: expect.stringMatching(ISO),
    });
    const work = await list(me, { name: 'Work' });
    expect(work.color).toBeNull();
    expect(work.position).toBeGreaterThan(groceries.position);
    await task(me, { title: 'Milk', list_id: groceries.id });
    await task(me, { title: 'Eggs', list_id: groceries.id, completed: true });
    await task(me, { title: 'Inbox thing' });

    const all = await me('GET', '/api/me/lists');
    expect(all.status).toBe(200);
    expect(all.body.lists.map((l: any) => [l.name, l.open_count, l.total_count])).toEqual([
      ['Groceries', 1, 2],
      ['Work', 0, 0],
    ]);
    const one = await me('GET', `/api/me/lists/${groceries.id}`);
    expect(one.body).toMatchObject({ name: 'Groceries', open_count: 1, total_count: 2 });

    // Reorder: Work before Groceries.
    const moved = await me('PATCH', `/api/me/lists/${work.id}`, {
      body: { position: groceries.position - 1 },
    });
    expect(moved.status, moved.text).toBe(200);
    const renamed = await me('PATCH', `/api/me/lists/${groceries.id}`, {
      body: { name: 'Shopping', color: null, archived: true },
    });
    expect(renamed.body).toMatchObject({ name: 'Shopping', color: null, archived: true, open_count: 1 });
    expect((await me('GET', '/api/me/lists')).body.lists.map((l: any) => l.name)).toEqual([
      'Work',
      'Shopping',
    ]);
    expect((await me('GET', '/api/me/lists?archived=false')).body.lists.map((l: any) => l.name)).toEqual([
      'Work',
    ]);
    expect((await me('GET', '/api/me/lists?archived=true')).body.lists.map((l: any) => l.name)).toEqual([
      'Shopping',
    ]);
  });

  it('refuses bad input with problems and changes nothing', async () => {
    const me = fresh();
    const home = await list(me, { name: 'Home' });
    expectProblem(await me('POST', '/api/me/lists', { body: { name: '   ' } }), 422, 'VALIDATION_ERROR');
    expectProblem(
      await me('POST', '/api/me/lists', { body: { name: 'x'.repeat(101) } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await me('POST', '/api/me/lists', { body: { name: 'A', color: 'red' } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await me('POST', '/api/me/lists', { body: { name: 'A', extra: 1 } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(await me('PATCH', `/api/me/lists/${home.id}`, { body: {} }), 422, 'VALIDATION_ERROR');
    expectProblem(await me('GET', '/api/me/lists/987654321'), 404, 'NOT_FOUND');
    expectProblem(await me('GET', '/api/me/lists/0'), 404, 'NOT_FOUND');
    expectProblem(await me('GET', '/api/me/lists/abc'), 422, 'VALIDATION_ERROR');
    expectProblem(await me('DELETE', `/api/me/lists/${home.id}?tasks=burn`), 422, 'VALIDATION_ERROR');
    // A task cannot go into a list that is not the caller's.
    const other = await list(fresh(), { name: 'Not yours' });
    expectProblem(
      await me('POST', '/api/me/tasks', { body: { title: 'x', list_id: other.id } }),
      422,
      'VALIDATION_ERROR',
    );
    expect((await me('GET', '/api/me/tasks')).body.count).toBe(0);
    expect((await me('GET', '/api/me/lists')).body.lists).toHaveLength(1);
  });

  it('deleting a list moves its tasks to the Inbox, or deletes them with ?tasks=delete', async () => {
    const me = fresh();
    const keep = await list(me, { name: 'Keep tasks' });
    const drop = await list(me, { name: 'Drop tasks' });
    const a = await task(me, { title: 'A', list_id: keep.id });
    const sub = await task(me, { title: 'A.1', parent_id: a.id });
    expect(sub.list_id).toBe(keep.id);
    const b = await task(me, { title: 'B', list_id: drop.id });
    await task(me, { title: 'B.1', parent_id: b.id });

    expect((await me('DELETE', `/api/me/lists/${keep.id}`)).status).toBe(204);
    const inbox = await me('GET', '/api/me/tasks?view=inbox&sort=title');
    expect(titles(inbox)).toEqual(['A', 'A.1']);
    expect(inbox.body.tasks.every((t: any) => t.list_id === null)).toBe(true);
    expect(inbox.body.tasks[0].parent_id).toBeNull();
    expect(inbox.body.tasks[1].parent_id).toBe(a.id);

    expect((await me('DELETE', `/api/me/lists/${drop.id}?tasks=delete`)).status).toBe(204);
    expect((await me('GET', '/api/me/tasks?sort=title')).body.count).toBe(2);
    expectProblem(await me('GET', `/api/me/tasks/${b.id}`), 404, 'NOT_FOUND');
    expectProblem(await me('GET', `/api/me/lists/${drop.id}`), 404, 'NOT_FOUND');
  });
});

describe('list and Inbox counts (kept on write, migration 0020)', () => {
  /** Every list and Inbox page shape's count against the tasks it actually lists. */
  async function expectCounts(as: As, listIds: (number | 'inbox')[]) {
    for (const listId of listIds) {
      for (const status of ['all', 'pending', 'completed']) {
        for (const parent of ['', '&parent_id=none']) {
          const query = `list_id=${listId}&status=${status}${parent}&limit=200`;
          const page = await as('GET', `/api/me/tasks?${query}`);
          expect(page.status, page.text).toBe(200);
          expect(page.body.count, query).toBe(page.body.tasks.length);
          if (listId === 'inbox') {
            const view = await as('GET', `/api/me/tasks?view=inbox&status=${status}${parent}&limit=200`);
            expect(view.body.count, `view=inbox ${query}`).toBe(view.body.tasks.length);
          }
        }
      }
    }
  }

  it('follow creates, completions, moves, nesting, bulk actions, deletions and list deletion', async () => {
    const me = fresh();
    const a = await list(me, { name: 'A' });
    const b = await list(me, { name: 'B' });
    const lists = [a.id, b.id, 'inbox'] as (number | 'inbox')[];
    const one = await task(me, { title: 'one', list_id: a.id });
    const two = await task(me, { title: 'two', list_id: a.id });
    const sub = await task(me, { title: 'one.1', parent_id: one.id });
    const loose = await task(me, { title: 'loose' });
    await task(me, { title: 'loose.1', parent_id: loose.id });
    await expectCounts(me, lists);

    expect((await me('PATCH', `/api/me/tasks/${sub.id}`, { body: { completed: true } })).status).toBe(200);
    expect((await me('PATCH', `/api/me/tasks/${two.id}`, { body: { list_id: b.id } })).status).toBe(200);
    expect((await me('PATCH', `/api/me/tasks/${one.id}`, { body: { title: 'one again' } })).status).toBe(200);
    await expectCounts(me, lists);

    const ids = [one.id, loose.id];
    expect((await me('POST', '/api/me/tasks/bulk', { body: { action: 'complete', ids } })).status).toBe(200);
    expect(
      (await me('POST', '/api/me/tasks/bulk', { body: { action: 'move', ids, list_id: b.id } })).status,
    ).toBe(200);
    await expectCounts(me, lists);

    expect((await me('DELETE', `/api/me/tasks/${two.id}`)).status).toBe(204);
    expect((await me('DELETE', `/api/me/lists/${b.id}`)).status).toBe(204);
    await expectCounts(me, lists);
    expect((await me('GET', `/api/me/tasks?list_id=${b.id}`)).body.count).toBe(0);

    // Another user sees none of them, whatever the list.
    const stranger = fresh();
    for (const listId of lists) {
      const page = await stranger('GET', `/api/me/tasks?list_id=${listId}&status=pending`);
      expect(page.body).toMatchObject({ tasks: [], count: 0 });
    }
  });
});

describe('tag counts (kept on write, migration 0021)', () => {
  /** Every one-tag page's count (all, open, done; and the page counted on read) against its tasks. */
  async function expectTagCounts(as: As, tags: string[]) {
    for (const tag of tags) {
      for (const status of ['all', 'pending', 'completed']) {
        const query = `tag=${encodeURIComponent(tag)}&status=${status}&limit=200`;
        const page = await as('GET', `/api/me/tasks?${query}`);
        expect(page.status, page.text).toBe(200);
        expect(page.body.count, query).toBe(page.body.tasks.length);
        // Two tags (the same one twice in another case) are one key: the same page and count.
        const twice = await as('GET', `/api/me/tasks?${query}&tag=${encodeURIComponent(tag.toUpperCase())}`);
        expect(twice.body.count, `${query} twice`).toBe(page.body.count);
        // A second filter makes the page count on read: it must agree.
        const sorted = await as('GET', `/api/me/tasks?${query}&sort=title&q=t`);
        expect(sorted.body.count, `${query} counted on read`).toBe(sorted.body.tasks.length);
      }
    }
  }

  it('follow creates, tag edits, completions, recurrence, bulk actions, imports and deletions', async () => {
    const me = fresh();
    const tags = ['work', 'Home', 'ürgent', 'spare'];
    const a = await task(me, { title: 'ta', tags: ['work', 'home'] });
    const b = await task(me, { title: 'tb', tags: ['Work'] });
    const c = await task(me, { title: 'tc', tags: ['ürgent', 'home'], completed: true });
    const d = await task(me, { title: 'td' });
    const r = await task(me, {
      title: 'tr',
      tags: ['work'],
      due_date: '2030-01-01',
      recurrence: 'FREQ=DAILY',
    });
    await task(me, { title: 'tsub', tags: ['home'], parent_id: a.id });
    await expectTagCounts(me, tags);
    expect((await me('GET', '/api/me/tasks?tag=work')).body.count).toBe(3);

    // Tags changed, renamed only in case, emptied; completion both ways; a plain rename.
    expect((await me('PATCH', `/api/me/tasks/${a.id}`, { body: { tags: ['WORK', 'spare'] } })).status).toBe(
      200,
    );
    expect((await me('PATCH', `/api/me/tasks/${b.id}`, { body: { tags: [] } })).status).toBe(200);
    expect((await me('PATCH', `/api/me/tasks/${c.id}`, { body: { completed: false } })).status).toBe(200);
    expect(
      (await me('PATCH', `/api/me/tasks/${d.id}`, { body: { tags: ['home'], completed: true } })).status,
    ).toBe(200);
    expect((await me('PATCH', `/api/me/tasks/${d.id}`, { body: { title: 'td again' } })).status).toBe(200);
    // Completing a recurring task moves it on (or adds its next occurrence) with its tags.
    expect((await me('PATCH', `/api/me/tasks/${r.id}`, { body: { completed: true } })).status).toBe(200);
    await expectTagCounts(me, tags);

    const ids = [a.id, b.id, c.id, d.id];
    const bulk = async (body: Record<string, unknown>) =>
      expect((await me('POST', '/api/me/tasks/bulk', { body: { ids, ...body } })).status).toBe(200);
    await bulk({ action: 'add_tags', tags: ['Spare', 'new'] });
    await expectTagCounts(me, [...tags, 'new']);
    await bulk({ action: 'complete' });
    await bulk({ action: 'remove_tags', tags: ['HOME', 'work'] });
    await expectTagCounts(me, [...tags, 'new']);
    await bulk({ action: 'reopen' });
    await expectTagCounts(me, [...tags, 'new']);

    // An import adds tasks (and, by uid, replaces one already held).
    const exported = (await me('GET', '/api/me/export')).body;
    const first = exported.tasks.find((t: { title: string }) => t.title === 'ta');
    const imported = await me('POST', '/api/me/import', {
      body: {
        ...exported,
        tasks: [
          { ...first, tags: ['imported', 'work'], completed: true },
          { title: 'brand new', tags: ['imported', 'Home'] },
        ],
      },
    });
    expect(imported.status, imported.text).toBe(201);
    await expectTagCounts(me, [...tags, 'new', 'imported']);

    expect((await me('DELETE', `/api/me/tasks/${a.id}`)).status).toBe(204);
    await bulk({ action: 'delete', ids: [b.id, c.id] });
    await expectTagCounts(me, [...tags, 'new', 'imported']);

    // Nobody else sees any of them, whatever the tag.
    const stranger = fresh();
    for (const tag of [...tags, 'new', 'imported']) {
      expect((await stranger('GET', `/api/me/tasks?tag=${encodeURIComponent(tag)}`)).body).toMatchObject({
        tasks: [],
        count: 0,
      });
    }
  });
});

describe('quick add into a list or under a parent', () => {
  it('creates the line’s task where it was typed', async () => {
    const me = fresh();
    const work = await list(me, { name: 'Work' });
    const res = await me('POST', '/api/me/tasks/quick', {
      body: { text: 'Send the report tomorrow #q4', list_id: work.id },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ title: 'Send the report', tags: ['q4'], list_id: work.id });
    const sub = await me('POST', '/api/me/tasks/quick', {
      body: { text: 'Charts !high', parent_id: res.body.id },
    });
    expect(sub.body).toMatchObject({
      title: 'Charts',
      priority: 'high',
      parent_id: res.body.id,
      list_id: work.id,
    });
    expectProblem(
      await me('POST', '/api/me/tasks/quick', { body: { text: 'x', list_id: 987654321 } }),
      422,
      'VALIDATION_ERROR',
    );
  });
});

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
