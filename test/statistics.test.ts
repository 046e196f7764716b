// The planner's statistics after an import and on the embedded database (decision 0173): an import
// that grows the tasks by a tenth analyzes them and every table their triggers filled beside them
// (with an Idempotency-Key too, inside its transaction), and the embedded database's grown tables
// are analyzed by the server (it has no autovacuum); both plan with a page read out of order costed
// as in memory unless the operator set a cost. Over HTTP, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase, rawQuery } from '../server/platform/db/client.js';
import { PLANNED_RANDOM_PAGE_COST } from '../server/platform/db/pglite.options.js';
import { analyzeGrownTables } from '../server/platform/db/statistics.js';
import { withDatabase } from './support/global-setup.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Whether each table has been analyzed (pg_class.reltuples is -1 until it is). */
async function analyzed(tables: string[]): Promise<Record<string, boolean>> {
  const rows = await rawQuery<{ name: string; tuples: number }>(
    server.database.db,
    'select relname as name, reltuples::float8 as tuples from pg_class where relname = any($1::text[])',
    [tables],
  );
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.tuples) >= 0]));
}

/** Tasks with words enough that the search and words tables grow past a few pages. */
const manyTasks = (n: number, word: string) =>
  Array.from({ length: n }, (_, i) => ({
    title: `${word} ${i} report invoice meeting garden ${(i * 7919) % 1000}`,
    description: i % 3 ? null : `Notes on ${word} number ${i}, with several more words to index`,
    tags: i % 2 ? ['work'] : ['home'],
  }));

describe('statistics after an import', () => {
  it('analyzes the tasks and the search, words and events tables an import filled', async () => {
    const tables = ['tasks', 'task_search', 'task_words', 'task_events'];
    const before = await rawQuery<{ pages: number }>(
      server.database.db,
      `select relpages as pages from pg_class where relname = 'task_search'`,
      [],
    );
    const res = await server.as('stats-importer')('POST', '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks: manyTasks(1_500, 'alpha') },
    });
    expect(res.status, res.text).toBe(201);
    expect(await analyzed(tables)).toEqual(Object.fromEntries(tables.map((t) => [t, true])));
    const after = await rawQuery<{ pages: number; tuples: number }>(
      server.database.db,
      `select relpages as pages, reltuples::float8 as tuples from pg_class where relname = 'task_search'`,
      [],
    );
    expect(after[0]!.pages).toBeGreaterThan(before[0]!.pages);
    expect(Number(after[0]!.tuples)).toBeGreaterThanOrEqual(1_500);
    // Nothing has grown since: a second look analyzes nothing.
    expect(await analyzeGrownTables(server.database.db)).toEqual([]);
  });

  it('analyzes inside the transaction of an import with an Idempotency-Key, and answers', async () => {
    const res = await server.as('stats-keyed')('POST', '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks: manyTasks(2_000, 'beta') },
      headers: { 'idempotency-key': 'statistics-import-1' },
    });
    expect(res.status, res.text).toBe(201);
    const [search] = await rawQuery<{ tuples: number }>(
      server.database.db,
      `select reltuples::float8 as tuples from pg_class where relname = 'task_search'`,
      [],
    );
    // The first import's 1,500 rows and this one's 2,000 (an estimate: a sample of pages).
    expect(Number(search!.tuples)).toBeGreaterThan(3_000);
    // The same key again answers the same, and imports nothing twice.
    const again = await server.as('stats-keyed')('POST', '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks: manyTasks(2_000, 'beta') },
      headers: { 'idempotency-key': 'statistics-import-1' },
    });
    expect(again.status).toBe(201);
    const [count] = await rawQuery<{ n: number }>(
      server.database.db,
      'select count(*)::int as n from tasks where user_id = $1',
      ['stats-keyed'],
    );
    expect(count!.n).toBe(2_000);
  });
});

describe('the grown tables', () => {
  it('are those that took a tenth more pages (and 8) since they were analyzed, and only those', async () => {
    const db = server.database.db;
    await analyzeGrownTables(db);
    expect(await analyzeGrownTables(db)).toEqual([]);
    await rawQuery(db, 'create table stats_probe (id int, words text)', []);
    try {
      const fill = (from: number, to: number) =>
        rawQuery(
          db,
          `insert into stats_probe select g, repeat('word ', 20) || g from generate_series($1::int, $2::int) g`,
          [from, to],
        );
      // A few pages: under the rule's 8, nothing.
      await fill(1, 100);
      expect(await analyzeGrownTables(db)).toEqual([]);
      // Past 8 pages, never analyzed: analyzed, then not again until it grows by a tenth.
      await fill(101, 2_000);
      expect(await analyzeGrownTables(db)).toEqual(['stats_probe']);
      expect(await analyzed(['stats_probe'])).toEqual({ stats_probe: true });
      await fill(2_001, 2_050);
      expect(await analyzeGrownTables(db)).toEqual([]);
      await fill(2_051, 3_000);
      expect(await analyzeGrownTables(db)).toEqual(['stats_probe']);
      expect(await analyzeGrownTables(db)).toEqual([]);
    } finally {
      await rawQuery(db, 'drop table stats_probe', []);
    }
  });
});

describe("the planner's cost of a page read out of order", () => {
  const cost = async (db: DatabaseHandle['db']) =>
    (await rawQuery<{ cost: string }>(db, `select current_setting('random_page_cost') as cost`, []))[0]!.cost;

  it('is 1.1 on the app’s connections where the operator set none, and the operator’s where they did', async () => {
    expect(await cost(server.database.db)).toBe(String(PLANNED_RANDOM_PAGE_COST));
    if (server.database.kind !== 'server') return;
    const [{ name }] = (await rawQuery<{ name: string }>(
      server.database.db,
      'select current_database() as name',
      [],
    )) as [{ name: string }];
    await rawQuery(server.database.db, `alter database "${name}" set random_page_cost = 2`, []);
    const other = await openDatabase({
      kind: 'server',
      url: withDatabase(process.env.TEST_DATABASE_URL!, name),
      poolMax: 1,
    });
    try {
      expect(await cost(other.db)).toBe('2');
    } finally {
      await other.close();
      await rawQuery(server.database.db, `alter database "${name}" reset random_page_cost`, []);
    }
  });
});
