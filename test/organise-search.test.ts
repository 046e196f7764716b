// Organise search and scale: search by words (case, accents, prefixes, ranking, filters, paging),
// lists after a large import, and another owner's look-alike tasks kept apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISO } from './support/expect.js';
import {
  create,
  describeTask,
  type Filter,
  listAll,
  localDate,
  PRIORITIES,
  queryOf,
  reference,
  settle,
  type Task,
} from './support/organise.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

// ---- 4. Search

describe('search', () => {
  const call = () => server.as('searcher');
  const titles = async (query: string) => {
    const res = await call()('GET', `/api/me/tasks?${query}`);
    expect(res.status, res.text).toBe(200);
    return res.body.tasks.map((t: Task) => t.title);
  };
  const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;

  beforeAll(async () => {
    for (const [title, description] of [
      ['Café with Ana', null],
      ['CAFÉ ORDER', 'beans'],
      ['Cafeteria menu', null],
      ['Team meeting', 'weekly sync'],
      ['Plan agenda', 'for the meeting with the team'],
      ['Buy groceries', 'milk and eggs'],
    ]) {
      await create(call(), { title, description });
    }
  });

  it('ignores case and accents, and matches words as prefixes', async () => {
    const cafes = ['Cafeteria menu', 'CAFÉ ORDER', 'Café with Ana'];
    expect((await titles(q('cafe', '&sort=-created'))).sort()).toEqual([...cafes].sort());
    expect((await titles(q('CAFÉ', '&sort=-created'))).sort()).toEqual([...cafes].sort());
    expect(await titles(q('meet', '&sort=title'))).toEqual(['Plan agenda', 'Team meeting']);
    expect(await titles(q('meet', '&sort=-title'))).toEqual(['Team meeting', 'Plan agenda']);
    expect(await titles(q('meet'))).toEqual(['Team meeting', 'Plan agenda']);
    expect(await titles(q('groc'))).toEqual(['Buy groceries']);
  });

  it('needs every word to match, in the title or the description', async () => {
    expect(await titles(q('cafe beans'))).toEqual(['CAFÉ ORDER']);
    expect(await titles(q('milk EGGS'))).toEqual(['Buy groceries']);
    expect(await titles(q('team, meet!'))).toEqual(['Team meeting', 'Plan agenda']);
    expect(await titles(q('meet eggs'))).toEqual([]);
  });

  it('ranks a title match above a description-only match', async () => {
    expect(await titles(q('meeting', '&sort=relevance'))).toEqual(['Team meeting', 'Plan agenda']);
  });

  it('answers an empty list when nothing matches or nothing is searchable', async () => {
    for (const text of ['zebra', 'cafe zebra', '!!! ... ---', '"\'*&|:']) {
      const res = await call()('GET', `/api/me/tasks?${q(text)}`);
      expect(res.status, text).toBe(200);
      expect(res.body, text).toEqual({ tasks: [], count: 0, next_cursor: null });
      const uncounted = await call()('GET', `/api/me/tasks?${q(text, '&count=none')}`);
      expect(uncounted.body, text).toEqual({ tasks: [], count: null, next_cursor: null });
    }
  });

  describe('with filters and paging', () => {
    const user = () => server.as('search-pager');
    const inTitle: Task[] = [];
    const inDescription: Task[] = [];

    beforeAll(async () => {
      // Equal texts rank equally, so the order within each group is the id tie-break.
      for (let i = 0; i < 8; i++) {
        const priority = i % 2 === 0 ? 'high' : 'low';
        inTitle.push(await create(user(), { title: 'Quarterly report', priority, completed: i % 3 === 0 }));
        inDescription.push(
          await create(user(), { title: 'Budget review', description: 'see the report', priority }),
        );
        await create(user(), { title: 'Unrelated chore', description: 'nothing here', priority });
      }
    });

    const byIdDesc = (list: Task[]) => [...list].sort((a, b) => b.id - a.id).map((t) => t.id);
    const byIdAsc = (list: Task[]) => [...list].sort((a, b) => a.id - b.id).map((t) => t.id);

    it('pages by relevance with ties broken by id, no duplicates or gaps', async () => {
      const expected = [...byIdDesc(inTitle), ...byIdDesc(inDescription)];
      for (const limit of [3, 8, 16, 17]) {
        const { tasks, count } = await listAll(user(), new URLSearchParams({ q: 'report' }), limit);
        expect(count).toBe(16);
        expect(tasks.map((t) => t.id)).toEqual(expected);
        const uncounted = await listAll(user(), new URLSearchParams({ q: 'report' }), limit, 'none');
        expect(uncounted.count).toBe(16);
        expect(uncounted.tasks.map((t) => t.id)).toEqual(expected);
      }
    });

    it('combines the search with filters', async () => {
      const params = new URLSearchParams({
        q: 'REPORT',
        priority: 'high',
        status: 'pending',
        sort: 'relevance',
      });
      const high = (t: Task) => t.priority === 'high' && !t.completed;
      const expected = [...byIdDesc(inTitle.filter(high)), ...byIdDesc(inDescription.filter(high))];
      for (const laterPages of ['exact', 'none'] as const) {
        const { tasks, count } = await listAll(user(), params, 2, laterPages);
        expect(tasks.map((t) => t.id)).toEqual(expected);
        expect(count).toBe(expected.length);
      }
    });

    it('sorts search results by title when asked', async () => {
      const { tasks, count } = await listAll(user(), new URLSearchParams({ q: 'rep', sort: 'title' }), 5);
      expect(count).toBe(16);
      expect(tasks.map((t) => t.id)).toEqual([...byIdAsc(inDescription), ...byIdAsc(inTitle)]);
      const desc = await listAll(user(), new URLSearchParams({ q: 'rep', sort: '-title' }), 5);
      expect(desc.tasks.map((t) => t.id)).toEqual([...byIdDesc(inTitle), ...byIdDesc(inDescription)]);
    });
  });
});

// ---- 5. After a large import

describe('after a large import', () => {
  it('lists the imported tasks like any others, with or without an Idempotency-Key', async () => {
    const call = server.as('bulk-importer');
    const exported = (n: number, from: number) => ({
      format: 'doable-export',
      version: 1,
      tasks: Array.from({ length: n }, (_, i) => ({
        title: `bulk ${from + i}`,
        priority: PRIORITIES[(from + i) % 4],
        tags: (from + i) % 3 === 0 ? ['work'] : [],
      })),
    });
    // Each is large enough (50 tasks and a tenth of the table) to refresh the planner's statistics
    // right away: VACUUM ANALYZE on its own, ANALYZE inside the Idempotency-Key's transaction.
    const plain = await call('POST', '/api/me/import', { body: exported(120, 0) });
    expect(plain.body).toMatchObject({ imported: 120, created: 120, updated: 0, skipped: 0 });
    const keyed = await call('POST', '/api/me/import', {
      body: exported(150, 120),
      headers: { 'idempotency-key': 'bulk-import-2' },
    });
    expect(keyed.body).toMatchObject({ imported: 150, created: 150, updated: 0, skipped: 0 });
    const all = (await listAll(call, new URLSearchParams({ sort: 'title' }), 100)).tasks;
    expect(all).toHaveLength(270);
    const filters: Filter[] = [{ tag: ['work'] }, { priority: ['high'] }, { q: 'bulk' }];
    for (const filter of filters) {
      const expected = reference(all, filter, 'title', 'UTC', Date.now());
      const { tasks, count } = await listAll(call, queryOf(filter, 'title'), 40, 'none');
      expect(tasks.map(describeTask), JSON.stringify(filter)).toEqual(expected.map(describeTask));
      expect(count).toBe(expected.length);
    }
  });
});

// ---- 6. Across owners

describe('across owners', () => {
  it("another owner's look-alike tasks and time zone never reach my results", async () => {
    const alice = server.as('xo-alice');
    const bob = server.as('xo-bob');
    await settle(alice, 'Europe/London');
    await settle(bob, 'Europe/London');
    const today = localDate('Europe/London');
    const body = { title: 'Café meeting', tags: ['Work'], priority: 'high', due_date: today };
    const mine = await create(alice, body);
    const theirs = await create(bob, body);
    const queries = [
      'q=cafe',
      'q=meeting&sort=title',
      'tag=work',
      'priority=high',
      'due=today',
      `due_after=${today}`,
      'sort=due',
    ];
    for (const query of queries) {
      const res = await alice('GET', `/api/me/tasks?${query}`);
      expect(res.body, query).toEqual({ tasks: [mine], count: 1, next_cursor: null });
      const other = await bob('GET', `/api/me/tasks?${query}`);
      expect(
        other.body.tasks.map((t: Task) => t.id),
        query,
      ).toEqual([theirs.id]);
    }
    await settle(bob, 'Pacific/Kiritimati');
    expect((await alice('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'Europe/London' });
    expect((await alice('GET', '/api/me/tasks?due=today')).body.tasks).toEqual([mine]);
    expect((await alice('GET', `/api/me/tasks/${mine.id}`)).body).toEqual(mine);
    expect(mine.created_at).toMatch(ISO);
  });
});
