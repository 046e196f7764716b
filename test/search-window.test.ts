// A search ranks and counts its newest matches only, at most SEARCH_WINDOW (1,000)
// (docs/decisions/0131-search-newest-matches-and-typos.md): with more matches the count
// is 1000 and count_exact false (the field is there only then), relevance pages are those 1,000 newest matches by rank, and a search
// in another order still pages through every match. At or under 1,000 everything is exact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_WINDOW, searchQuery } from '../server/features/tasks/tasks.list.js';
import { rawQuery } from '../server/platform/db/client.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const OWNER = 'window-searcher';
const OTHER = 'window-other';
const TS = `(to_tsquery('english', doable_unaccent($2)) || to_tsquery('simple', doable_unaccent($2)))`;

/** Every page of a query (limit 200), as ids, with each page's count and count_exact. */
async function pageThrough(user: string, query: string) {
  const call = server.as(user);
  const ids: number[] = [];
  const counts = new Set<string>();
  let cursor: string | null = null;
  do {
    const res: { status: number; text: string; body: any } = await call(
      'GET',
      `/api/me/tasks?${query}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status, res.text).toBe(200);
    ids.push(...res.body.tasks.map((t: { id: number }) => t.id));
    counts.add(`${res.body.count} ${res.body.count_exact ?? 'exact'}`);
    cursor = res.body.next_cursor;
  } while (cursor && ids.length < 5_000);
  return { ids, counts: [...counts] };
}

/** Matches over tasks in SQL: all of them newest first, or the newest `window` by relevance. */
async function matches(user: string, q: string, window?: number): Promise<number[]> {
  const newest = `select id, search from tasks where user_id = $1 and search @@ ${TS} order by id desc`;
  const rows = await rawQuery<{ id: unknown }>(
    server.database.db,
    window === undefined
      ? `select id from (${newest}) m`
      : `select id from (${newest} limit ${window}) m order by ts_rank(search, ${TS})::float8 desc, id desc`,
    [user, searchQuery(q)],
  );
  return rows.map((r) => Number(r.id));
}

describe('a search ranks and counts its newest 1,000 matches', () => {
  it('caps the count, ranks the newest matches, and still pages every match in another order', async () => {
    // 1,100 tasks with "alpha" (a few with it three times, so relevance differs from age), exactly
    // 1,000 with "beta", 1,001 with "gamma", and 40 with "delta" of which 10 are done.
    const tasks = Array.from({ length: 1_100 }, (_, i) => ({
      title: `Alpha ${i % 7 === 0 ? 'alpha alpha' : 'item'} ${i}${i < 1_000 ? ' beta' : ''}${i < 1_001 ? ' gamma' : ''}`,
      description: i < 40 ? 'delta' : null,
      completed: i < 10,
      tags: i % 2 ? ['every', 'odd'] : ['every'],
    }));
    const imported = await server.as(OWNER)('POST', '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks },
    });
    expect(imported.status, imported.text).toBe(201);
    // Another owner's matches never count for the first.
    const other = await server.as(OTHER)('POST', '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks: tasks.slice(0, 50) },
    });
    expect(other.status, other.text).toBe(201);

    const ranked = await pageThrough(OWNER, 'q=alpha');
    expect(ranked.counts).toEqual([`${SEARCH_WINDOW} false`]);
    expect(ranked.ids).toEqual(await matches(OWNER, 'alpha', SEARCH_WINDOW));
    expect(ranked.ids).toHaveLength(SEARCH_WINDOW);
    // The relevance order is not the age order: the triple "alpha" titles come first.
    expect(ranked.ids.slice(0, 5)).not.toEqual([...ranked.ids].sort((a, b) => b - a).slice(0, 5));

    const newestFirst = await pageThrough(OWNER, 'q=alpha&sort=-created');
    expect(newestFirst.counts).toEqual([`${SEARCH_WINDOW} false`]);
    expect(newestFirst.ids).toHaveLength(1_100);
    expect(new Set(newestFirst.ids)).toEqual(new Set(await matches(OWNER, 'alpha')));

    // At the window's edge: exactly 1,000 is exact, 1,001 is not.
    expect((await pageThrough(OWNER, 'q=beta')).counts).toEqual(['1000 exact']);
    expect((await pageThrough(OWNER, 'q=beta&sort=title')).counts).toEqual(['1000 exact']);
    expect((await pageThrough(OWNER, 'q=gamma')).counts).toEqual(['1000 false']);
    expect((await pageThrough(OWNER, 'q=gamma&sort=title')).counts).toEqual(['1000 false']);
    // Under it: exact, with the other filters.
    const delta = await pageThrough(OWNER, 'q=delta&status=pending');
    expect(delta.counts).toEqual(['30 exact']);
    expect(delta.ids).toHaveLength(30);
    expect((await pageThrough(OTHER, 'q=alpha')).counts).toEqual(['50 exact']);
    // With a tag the window is taken from the indexes and sorted (not walked): the same newest
    // 1,000 when the tag is on every match, every match when the tag leaves fewer.
    const tagged = await pageThrough(OWNER, 'q=alpha&tag=every');
    expect(tagged.counts).toEqual([`${SEARCH_WINDOW} false`]);
    expect(tagged.ids).toEqual(ranked.ids);
    const odd = await pageThrough(OWNER, 'q=alpha&tag=odd');
    expect(odd.counts).toEqual(['550 exact']);
    expect(new Set(odd.ids)).toEqual(
      new Set((await matches(OWNER, 'alpha')).filter((_, i, all) => (all.length - 1 - i) % 2 === 1)),
    );

    // A page that is not a search carries no count_exact, and counts every task.
    const all = await server.as(OWNER)('GET', '/api/me/tasks?limit=1');
    expect(all.body.count).toBe(1_100);
    expect(all.body).not.toHaveProperty('count_exact');
    // count=none skips the count as before.
    const uncounted = await server.as(OWNER)('GET', '/api/me/tasks?q=alpha&count=none&limit=1');
    expect(uncounted.body.count).toBeNull();
  });
});
