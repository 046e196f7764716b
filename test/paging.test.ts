// Cursor paging: every task exactly once, in order, even while tasks are being added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Task = { id: number; title: string; created_at: string; updated_at: string; completed: boolean };

async function pageThrough(
  user: string,
  query: string,
  limit: number,
  between?: (page: number) => Promise<void>,
): Promise<{ pages: Task[][]; counts: number[] }> {
  const call = server.as(user);
  const pages: Task[][] = [];
  const counts: number[] = [];
  let cursor: string | null = null;
  do {
    const qs: string = `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await call('GET', `/api/me/tasks?${qs}`);
    expect(res.status).toBe(200);
    pages.push(res.body.tasks);
    counts.push(res.body.count);
    cursor = res.body.next_cursor;
    if (between) await between(pages.length);
  } while (cursor && pages.length < 100);
  return { pages, counts };
}

async function seed(user: string, titles: string[], completedEvery = 0): Promise<Task[]> {
  const call = server.as(user);
  const out: Task[] = [];
  for (const [i, title] of titles.entries()) {
    const completed = completedEvery > 0 && i % completedEvery === 0;
    out.push((await call('POST', '/api/me/tasks', { body: { title, completed } })).body);
  }
  return out;
}

const ids = (tasks: Task[]) => tasks.map((t) => t.id);

describe('cursor paging', () => {
  it('pages through every task exactly once in -created order, while new tasks are added', async () => {
    const original = await seed(
      'pager',
      Array.from({ length: 23 }, (_, i) => `task ${i}`),
    );
    let added = 0;
    const { pages, counts } = await pageThrough('pager', 'sort=-created', 5, async () => {
      await server.as('pager')('POST', '/api/me/tasks', { body: { title: `added ${added++}` } });
    });
    const seen = pages.flat();
    expect(new Set(ids(seen)).size).toBe(seen.length); // no duplicates
    expect(ids(seen)).toEqual(ids(original).reverse()); // no gaps, newest first; later additions sort before the cursor
    expect(pages.slice(0, -1).every((p) => p.length === 5)).toBe(true);
    expect(counts[0]).toBe(23);
    expect(counts.at(-1)).toBe(23 + added - 1);
  });

  it('ascending order includes tasks added behind the cursor, still without duplicates', async () => {
    const original = await seed(
      'pager-asc',
      Array.from({ length: 12 }, (_, i) => `t${i}`),
    );
    let added = 0;
    const { pages } = await pageThrough('pager-asc', 'sort=created', 4, async (n) => {
      if (n <= 2)
        await server.as('pager-asc')('POST', '/api/me/tasks', { body: { title: `late ${added++}` } });
    });
    const seen = pages.flat();
    expect(new Set(ids(seen)).size).toBe(seen.length);
    expect(ids(seen).slice(0, 12)).toEqual(ids(original));
    expect(seen.map((t) => t.title).slice(12)).toEqual(['late 0', 'late 1']);
  });

  it('breaks ties by id for equal titles, in both directions, across page boundaries', async () => {
    const titles = ['b', 'a', 'B', 'c', 'a', 'b', 'A', 'c', 'b'];
    const created = await seed('pager-title', titles);
    const expected = [...created]
      .sort((x, y) => x.title.toLowerCase().localeCompare(y.title.toLowerCase()) || x.id - y.id)
      .map((t) => t.id);
    const asc = (await pageThrough('pager-title', 'sort=title', 2)).pages.flat();
    expect(ids(asc)).toEqual(expected);
    const desc = (await pageThrough('pager-title', 'sort=-title', 4)).pages.flat();
    expect(ids(desc)).toEqual([...expected].reverse());
  });

  it('pages by updated time and keeps the status filter and count on every page', async () => {
    await seed(
      'pager-status',
      Array.from({ length: 14 }, (_, i) => `s${i}`),
      2,
    );
    const { pages, counts } = await pageThrough('pager-status', 'status=completed&sort=-updated', 3);
    const seen = pages.flat();
    expect(seen).toHaveLength(7);
    expect(seen.every((t) => t.completed)).toBe(true);
    expect(new Set(counts)).toEqual(new Set([7]));
    const updated = seen.map((t) => Date.parse(t.updated_at));
    expect([...updated].sort((a, b) => b - a)).toEqual(updated);
  });

  it('a cursor past the last task gives an empty page with the right count', async () => {
    const call = server.as('pager-end');
    await seed('pager-end', ['only']);
    await seed('pager-end', ['second']);
    const first = await call('GET', '/api/me/tasks?limit=1');
    expect(first.body.next_cursor).toEqual(expect.any(String));
    // Delete the remaining task so the cursor points past the end.
    const rest = await call(
      'GET',
      `/api/me/tasks?limit=1&cursor=${encodeURIComponent(first.body.next_cursor)}`,
    );
    await call('DELETE', `/api/me/tasks/${rest.body.tasks[0].id}`);
    const empty = await call(
      'GET',
      `/api/me/tasks?limit=1&cursor=${encodeURIComponent(first.body.next_cursor)}`,
    );
    expect(empty.body).toEqual({ tasks: [], count: 1, next_cursor: null });
    const uncounted = await call(
      'GET',
      `/api/me/tasks?limit=1&count=none&cursor=${encodeURIComponent(first.body.next_cursor)}`,
    );
    expect(uncounted.body).toEqual({ tasks: [], count: null, next_cursor: null });
  });

  it('pages by relevance with the count on every page, also past the last match', async () => {
    const call = server.as('pager-search');
    // Titles rank above descriptions; equal texts tie and break by id, descending.
    const titled = await seed('pager-search', ['report a', 'report b', 'report c']);
    const described: Task[] = [];
    for (const title of ['x', 'y', 'z']) {
      const res = await call('POST', '/api/me/tasks', { body: { title, description: 'the report' } });
      described.push(res.body);
    }
    await seed('pager-search', ['unrelated']);
    const { pages, counts } = await pageThrough('pager-search', 'q=repo', 2);
    expect(pages.map(ids)).toEqual([
      [titled[2]!.id, titled[1]!.id],
      [titled[0]!.id, described[2]!.id],
      [described[1]!.id, described[0]!.id],
    ]);
    expect(counts).toEqual([6, 6, 6]);
    const second = await call('GET', '/api/me/tasks?q=repo&limit=4');
    await call('DELETE', `/api/me/tasks/${described[0]!.id}`);
    await call('DELETE', `/api/me/tasks/${described[1]!.id}`);
    const past = await call(
      'GET',
      `/api/me/tasks?q=repo&limit=4&cursor=${encodeURIComponent(second.body.next_cursor)}`,
    );
    expect(past.body).toEqual({ tasks: [], count: 4, next_cursor: null });
  });
});
