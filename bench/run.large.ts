// The large scenario of `npm run bench` (bench/large.ts): one user with 100,000 tasks, its pages
// measured at 10 connections, bulk writes, and on the server database the slowest pages' plans.
import {
  checkCase,
  explain,
  generateTasks,
  type ImportTiming,
  importTasks,
  LARGE_TASKS,
  LARGE_USER_ID,
  type LargeCase,
  largeCases,
  OTHER_TASKS,
  OTHER_USER_ID,
  type PlanSummary,
  sameAsEndpoint,
} from './large.js';
import { type CaseResult, type Load, measure, summarise, warmUp } from './run.measure.js';
import { type DatabaseKind, LARGE_CONNECTIONS, log, options } from './run.options.js';
import { withClient } from './run.processes.js';
import { authHeaders, type BenchUser, expectJson, jsonHeaders, makeUser } from './run.users.js';

export interface LargeReport {
  database: DatabaseKind;
  import: ImportTiming;
  /** EXPLAIN (ANALYZE, BUFFERS) of the slowest pages by p95 (server database only). */
  plans: Array<{ case: string; query: string; p95Ms: number; plan: PlanSummary }>;
}

export const largeReports: LargeReport[] = [];

/** The ids of up to `max` of the user's tasks, newest first, read through the list endpoint. */
async function taskIdsOf(url: string, user: BenchUser, max: number): Promise<number[]> {
  const ids: number[] = [];
  for (let cursor: string | null = ''; cursor !== null && ids.length < max; ) {
    const page = await expectJson(
      await fetch(`${url}/api/me/tasks?limit=200&count=none${cursor ? `&cursor=${cursor}` : ''}`, {
        headers: authHeaders(user),
      }),
      200,
      'large: ids for bulk',
    );
    ids.push(...page.tasks.map((t: { id: number }) => t.id));
    cursor = page.next_cursor === null ? null : encodeURIComponent(page.next_cursor);
  }
  return ids.slice(0, max);
}

/**
 * On a running server: imports the large user (and a small second one), checks every page, then
 * measures each at 10 connections; on the server database (`sqlUrl`) it vacuums and analyzes
 * after the import, as the other scenarios do after seeding, and explains the three slowest pages.
 */
export async function runLarge(
  database: DatabaseKind,
  url: string,
  results: CaseResult[],
  sqlUrl?: string,
): Promise<void> {
  const started = performance.now();
  const now = Date.now();
  const [user, other] = await Promise.all([makeUser(LARGE_USER_ID), makeUser(OTHER_USER_ID)]);
  const tasks = generateTasks(LARGE_TASKS, 1, now);
  await importTasks(url, other, generateTasks(OTHER_TASKS, 2, now));
  const timing = await importTasks(url, user, tasks);
  log(
    `  large: imported ${timing.tasks} tasks in ${timing.requests} requests in ${timing.seconds.toFixed(1)} s ` +
      `(${timing.tasksPerSec.toFixed(0)} tasks/s)`,
  );
  if (sqlUrl) await withClient(sqlUrl, (c) => c.query('vacuum analyze tasks, task_search'));
  const cases = await largeCases(url, user, tasks);
  const bodies = new Map<LargeCase, any>();
  for (const c of cases) bodies.set(c, await checkCase(url, user, c));

  const measured: Array<{ c: LargeCase; row: CaseResult }> = [];
  for (const c of cases) {
    const load: Load = [{ method: 'GET', path: `/api/me/tasks?${c.query}`, headers: authHeaders(user) }];
    await warmUp(url, load, LARGE_CONNECTIONS);
    const run = await measure(url, load, LARGE_CONNECTIONS, options.duration);
    const row = summarise(database, 'doable', 'large', LARGE_CONNECTIONS, [run], c.name);
    results.push(row);
    measured.push({ c, row });
  }

  // The plans are taken now, on the tables the pages were measured on: the bulk cases below rewrite
  // thousands of rows (and index entries) a second, which a live server's autovacuum would settle
  // before long, and plans read after them showed heap fetches and dead entries no page here met.
  const report: LargeReport = { database, import: timing, plans: [] };
  if (sqlUrl) {
    await withClient(sqlUrl, async (client) => {
      for (const c of cases) await sameAsEndpoint(client, user.id, c, bodies.get(c));
      // No p95 at all (not one response on an established connection) counts as the slowest.
      const p95 = (row: CaseResult) => (Number.isNaN(row.latencyMs.p95) ? Infinity : row.latencyMs.p95);
      const slowest = measured.sort((a, b) => p95(b.row) - p95(a.row)).slice(0, 3);
      log('  plans of the three slowest pages by p95 (EXPLAIN (ANALYZE, BUFFERS), run alone):');
      for (const { c, row } of slowest) {
        const plan = await explain(client, user.id, c);
        report.plans.push({ case: c.name, query: c.query, p95Ms: row.latencyMs.p95, plan });
        log(
          `  - ${c.name}: p95 ${row.latencyMs.p95.toFixed(1)} ms under load; alone it executes in ` +
            `${plan.executionMs.toFixed(1)} ms (page without the count ${plan.pageOnlyMs.toFixed(1)} ms, ` +
            `count alone ${plan.countOnlyMs.toFixed(1)} ms; planning ${plan.planningMs.toFixed(1)} ms, ` +
            `buffers hit ${plan.sharedHit} read ${plan.sharedRead})`,
        );
        for (const line of plan.nodes) log(`      ${line}`);
      }
    });
  }
  // Bulk actions over 500 tasks: each connection tags and untags its own 500 (so rows never wait
  // for each other; every request writes 500 rows and 500 events). One person rarely sends ten at
  // once, and every write of one owner queues on that owner's event lock, so 1 connection is
  // measured too.
  const ids = await taskIdsOf(url, user, 500 * LARGE_CONNECTIONS);
  for (const connections of [1, LARGE_CONNECTIONS]) {
    // wrk cycles through one list: slice i's add, every slice's add, then every slice's remove, so
    // at most one request per slice is in flight when the connections keep pace with each other.
    const load: Load = ['add_tags', 'remove_tags'].flatMap((action) =>
      Array.from({ length: connections }, (_, i) => ({
        method: 'POST' as const,
        path: '/api/me/tasks/bulk',
        headers: jsonHeaders(user),
        body: JSON.stringify({ action, ids: ids.slice(i * 500, (i + 1) * 500), tags: ['bench-bulk'] }),
      })),
    );
    await warmUp(url, load, connections);
    const run = await measure(url, load, connections, options.duration);
    results.push(
      summarise(database, 'doable', 'large', connections, [run], 'bulk add/remove a tag, 500 tasks'),
    );
  }
  // Ten people at once, each tagging and untagging 500 of their own tasks: owners never queue on
  // each other's event lock, so this is what ten connections cost when they are ten people.
  const owners = await Promise.all(
    Array.from({ length: LARGE_CONNECTIONS }, (_, i) =>
      makeUser(`bench-bulk-${String(i + 1).padStart(2, '0')}`),
    ),
  );
  const ownerIds = await Promise.all(
    owners.map(async (owner, i) => {
      await importTasks(url, owner, generateTasks(500, 10 + i, now));
      return taskIdsOf(url, owner, 500);
    }),
  );
  {
    const load: Load = ['add_tags', 'remove_tags'].flatMap((action) =>
      owners.map((owner, i) => ({
        method: 'POST' as const,
        path: '/api/me/tasks/bulk',
        headers: jsonHeaders(owner),
        body: JSON.stringify({ action, ids: ownerIds[i], tags: ['bench-bulk'] }),
      })),
    );
    await warmUp(url, load, LARGE_CONNECTIONS);
    const run = await measure(url, load, LARGE_CONNECTIONS, options.duration);
    results.push(
      summarise(
        database,
        'doable',
        'large',
        LARGE_CONNECTIONS,
        [run],
        'bulk add/remove a tag, 500 tasks, 10 owners at once',
      ),
    );
  }

  largeReports.push(report);
  log(`  large scenario: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
