// Filters and typo-tolerant search at 100,000 tasks (goal 5 of docs/benchmarks.md): `npm run bench:filters`
// (the embedded database), or with BENCH_DATABASE_URL=postgres://... (a Postgres server; the
// database is made, and dropped after unless BENCH_KEEP_DATABASE=1). A production server is
// started (scripts/harness.ts); one user with the `large` scenario's tasks (bench/large.ts,
// imported through POST /api/me/import); each case is requested sequentially, warm, and its
// median and p95 printed (the embedded server restarted after the import, as one that grew has
// been). Nothing else should run.

import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, Instance, query, signToken } from '../scripts/harness.js';
import { generateTasks, importTasks, LARGE_TASKS, PICKS } from './large.js';

/** Tasks per import request: smaller than bench/large's 50,000, whose answer may take longer than fetch waits on 2 busy cores. */
const CHUNK = 10_000;

const SECRET = 'bench-filters-secret-that-is-long-enough-0123456789';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const NOW = Date.parse('2026-11-01T00:00:00Z');

/** A word with one letter left out: what a typo looks like. */
const typo = (word: string) => word.slice(0, 2) + word.slice(3);

const CASES: [string, string][] = [
  ['search, a common word', `q=${PICKS.commonWord}`],
  ['search, a rare word', `q=${PICKS.rareWord}`],
  ['search, a typo of a rare word', `q=${typo(PICKS.rareWord)}`],
  ['search, a typo of a middle word', `q=${typo(PICKS.middleWord)}`],
  ['filter: (today | overdue) & p1', `filter=${encodeURIComponent('(today | overdue) & p1')}`],
  ['filter: overdue', `filter=${encodeURIComponent('overdue')}`],
  [
    'filter: compound',
    `filter=${encodeURIComponent(`(7 days | overdue) & !@${PICKS.commonTag} & (p1 | p2) & #Project 001`)}`,
  ],
  [
    'filter: search with a middle word & no date',
    `filter=${encodeURIComponent(`search: ${PICKS.middleWord} & no date`)}`,
  ],
  [
    'filter: search with typo & no date',
    `filter=${encodeURIComponent(`search: ${typo(PICKS.middleWord)} & no date`)}`,
  ],
];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function main() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'doable-bench-filters-'));
  const server = process.env.BENCH_DATABASE_URL;
  let databaseUrl: string | undefined;
  if (server) {
    const name = `bench_filters_${process.pid}`;
    await query(server, `create database ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const port = await freePort();
  const instance = new Instance('filters', port, path.join(work, 'server.log'), {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    APP_URL: `http://localhost:${port}`,
    BETTER_AUTH_SECRET: SECRET,
    API_RATE_LIMIT: '0',
    AUTH_RATE_LIMIT: '0',
    DATA_DIR: path.join(work, 'data'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  await instance.start('/health/ready', 180_000);
  try {
    const user = { id: 'bench-filters', token: await signToken(SECRET, 'bench-filters') };
    const tasks = generateTasks(LARGE_TASKS, 41, NOW);
    let seconds = 0;
    for (let start = 0; start < tasks.length; start += CHUNK) {
      seconds += (await importTasks(instance.url, user, tasks.slice(start, start + CHUNK))).seconds;
    }
    console.log(
      `${databaseUrl ? 'Postgres server' : 'embedded'} database, ${tasks.length} tasks imported in ${seconds.toFixed(1)} s`,
    );
    // The embedded database sizes its buffer pool by its data at each start (pglite.options.ts): a
    // server that grew to 100,000 tasks has been restarted since it was small, so this one is too.
    if (!databaseUrl) {
      await instance.stop('SIGTERM');
      await instance.start('/health/ready', 180_000);
    }
    for (const [name, q] of CASES) {
      const times: number[] = [];
      let count = 0;
      for (let i = 0; i < RUNS + 3; i++) {
        const started = performance.now();
        const res = await fetch(`${instance.url}/api/me/tasks?${q}&limit=50`, {
          headers: { authorization: `Bearer ${user.token}` },
        });
        const body = (await res.json()) as { count: number };
        if (res.status !== 200) throw new Error(`${q}: ${res.status} ${JSON.stringify(body)}`);
        count = body.count;
        if (i >= 3) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${name.padEnd(44)} median ${quantile(times, 0.5).toFixed(1).padStart(7)} ms  ` +
          `p95 ${quantile(times, 0.95).toFixed(1).padStart(7)} ms  (count ${count})`,
      );
    }
  } finally {
    await instance.stop('SIGTERM');
    // BENCH_KEEP_DATABASE=1 keeps the database (to EXPLAIN a case on it); its name is printed.
    if (server && databaseUrl && process.env.BENCH_KEEP_DATABASE === '1') console.log(`kept ${databaseUrl}`);
    else if (server && databaseUrl)
      await query(server, `drop database if exists bench_filters_${process.pid}`);
  }
}

await main();
