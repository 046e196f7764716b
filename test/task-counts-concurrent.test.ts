// Task counts kept as changes (migration 0065): one owner's concurrent writes leave every count
// exact, read at once by the author and after the changes are folded into the count rows, and a
// write waits for no count row.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foldTaskCounts } from '../server/features/events/events.numbers.js';
import { type DatabaseHandle, openDatabase, queryRows } from '../server/platform/db/client.js';
import { createServerDatabase, onServer } from './support/database.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let url: string | undefined;
let drop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  let database: DatabaseHandle | undefined;
  if (onServer) {
    const fresh = await createServerDatabase(
      process.env.TEST_DATABASE_URL!,
      inject('serverTemplate') ?? undefined,
    );
    url = fresh.url;
    drop = fresh.drop;
    // Writers on ten connections at once.
    database = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 10 });
  }
  server = await startTestServer(database ? { database } : {});
});
afterAll(async () => {
  await server?.close();
  await drop?.();
});

type As = ReturnType<TestServer['as']>;

/** Every counted page shape's count against the tasks it lists. */
async function expectExactCounts(as: As, listId: number) {
  const queries = ['', 'status=pending', 'status=completed', 'tag=busy', 'tag=busy&status=completed'].flatMap(
    (q) => [q, `list_id=${listId}${q ? `&${q}` : ''}`, `list_id=${listId}&parent_id=none${q ? `&${q}` : ''}`],
  );
  for (const query of queries) {
    if (query.includes('tag=') && query.includes('list_id=')) continue;
    const page = await as('GET', `/api/me/tasks?${query}&limit=200`);
    expect(page.status, page.text).toBe(200);
    expect(page.body.count, query).toBe(page.body.tasks.length);
  }
  const list = await as('GET', `/api/me/lists/${listId}`);
  const listed = await as('GET', `/api/me/tasks?list_id=${listId}&limit=200`);
  expect(list.body.total_count).toBe(listed.body.tasks.length);
  expect(list.body.open_count).toBe(
    listed.body.tasks.filter((t: { completed: boolean }) => !t.completed).length,
  );
}

const WRITERS = 10;
const WRITES_EACH = 6;

describe('one owner writing on many connections at once', () => {
  it('leaves every count exact at once, and after the changes are folded', async () => {
    const owner = 'counted-crowd';
    const as = server.as(owner);
    const list = (await as('POST', '/api/me/lists', { body: { name: 'Busy' } })).body;
    const parent = (await as('POST', '/api/me/tasks', { body: { title: 'parent', list_id: list.id } })).body;
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; i < WRITES_EACH; i++) {
          const body: Record<string, unknown> = { title: `w${w} ${i}`, completed: i % 3 === 0 };
          if (i % 2 === 0) body.list_id = list.id;
          if (i % 4 === 1) body.tags = ['busy'];
          if (w % 3 === 0 && i === 2) body.parent_id = parent.id;
          const created = await as('POST', '/api/me/tasks', { body });
          expect(created.status, created.text).toBe(201);
          if (i === 4) {
            const moved = await as('PATCH', `/api/me/tasks/${created.body.id}`, {
              body: { completed: true, list_id: null, tags: ['busy'] },
            });
            expect(moved.status, moved.text).toBe(200);
          }
          if (i === 5) expect((await as('DELETE', `/api/me/tasks/${created.body.id}`)).status).toBe(204);
        }
      }),
    );
    // The author's next reads, changes folded or not.
    await expectExactCounts(as, list.id);
    // Every change folded into the owner's count rows, which then hold the counts alone.
    const db = server.database.db;
    await foldTaskCounts(db);
    const [pending] = await queryRows<{ n: number }>(
      db,
      sql`select ((select count(*) from task_count_changes where user_id = ${owner})
        + (select count(*) from list_task_count_changes where user_id = ${owner})
        + (select count(*) from tag_task_count_changes where user_id = ${owner}))::int as n`,
    );
    expect(pending!.n).toBe(0);
    const [row] = await queryRows<{ total: number; completed: number; counted: number; done: number }>(
      db,
      sql`select c.total, c.completed, (select count(*)::int from tasks where user_id = ${owner}) as counted,
            (select count(*)::int from tasks where user_id = ${owner} and completed) as done
          from task_counts c where c.user_id = ${owner}`,
    );
    expect([row!.total, row!.completed]).toEqual([row!.counted, row!.done]);
    await expectExactCounts(as, list.id);
  });
});

describe.skipIf(!onServer)('a write and the count rows', () => {
  it('a create, a completion and a delete do not wait for the owner’s count rows', async () => {
    const owner = 'counts-locked-out';
    const as = server.as(owner);
    const list = (await as('POST', '/api/me/lists', { body: { name: 'Held' } })).body;
    const task = (
      await as('POST', '/api/me/tasks', { body: { title: 'before', list_id: list.id, tags: ['held'] } })
    ).body;
    await foldTaskCounts(server.database.db);
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select 1 from task_counts where user_id = $1 for update', [owner]);
      await other.query('select 1 from list_task_counts where user_id = $1 for update', [owner]);
      await other.query('select 1 from tag_task_counts where user_id = $1 for update', [owner]);
      const started = Date.now();
      const created = await as('POST', '/api/me/tasks', { body: { title: 'while held', list_id: list.id } });
      expect(created.status).toBe(201);
      const done = await as('PATCH', `/api/me/tasks/${task.id}`, { body: { completed: true } });
      expect(done.status).toBe(200);
      expect((await as('DELETE', `/api/me/tasks/${created.body.id}`)).status).toBe(204);
      expect(Date.now() - started).toBeLessThan(5000);
      // The reads count the changes the held rows do not have yet.
      expect((await as('GET', '/api/me/tasks?status=completed')).body.count).toBe(1);
      expect((await as('GET', `/api/me/tasks?list_id=${list.id}`)).body.count).toBe(1);
      expect((await as('GET', '/api/me/tasks?tag=held&status=pending')).body.count).toBe(0);
      await other.query('rollback');
    } finally {
      await other.end();
    }
  });
});
