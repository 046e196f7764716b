// Lists: create, rename, archive and delete them, list and tag counts kept on write, quick add into a list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, ISO } from './support/expect.js';
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
      permissions: {
        update: true,
        delete: true,
        share: true,
        leave: false,
        create_tasks: true,
        update_tasks: true,
        delete_tasks: true,
        update_sections: true,
        comment: true,
      },
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
    // Invisible names, and names that reorder the text around them, are refused; Urdu is not.
    for (const name of ['\u200b', '\u200b\u2060 \ufeff', 'Groceries\u202e', '\u2067Work\u2069']) {
      expectProblem(await me('POST', '/api/me/lists', { body: { name } }), 422, 'VALIDATION_ERROR');
      expectProblem(
        await me('PATCH', `/api/me/lists/${home.id}`, { body: { name } }),
        422,
        'VALIDATION_ERROR',
      );
    }
    expect((await fresh()('POST', '/api/me/lists', { body: { name: 'سودا سلف' } })).status).toBe(201);
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
