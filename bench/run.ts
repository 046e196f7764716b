// `npm run bench`: load-tests the real server (a child process, as in production) on the embedded
// database and on a Postgres server, and compares it with bare node:http + pg servers
// (bench/baseline.ts) on the same database in the same run.
//
// The load client is wrk (bench/wrk.ts), a separate process, so it never shares the measured
// server's event loop. Per database: seed users and tasks over the HTTP API through a server
// process that is then stopped, start the measured servers fresh, then for each scenario (list,
// get, create, patch) and connection count warm every server up and measure BENCH_ROUNDS runs
// each, the servers taking turns within a round; the figures are the medians of the rounds and
// the ratios ours over theirs. On the server database: the list page against a bare server
// running our list statement and against one answering the seed contract's
// seven fields with the count (its floor); create and rename against a bare server sending
// our statements (same triggers) and against the write floor: the seed contract's row inserted
// and renamed in a plain table with the list index. The large scenario (bench/large.ts) then imports a user with
// 100,000 tasks and measures its filtered, searched and sorted list pages at 10 connections, one
// run each; on the server database it also prints the plans (EXPLAIN ANALYZE) of its three slowest
// pages. Results: a table on stdout, bench/results/<timestamp>.json and bench/results/latest.json.
//
// Env: BENCH_DURATION (s per run, default 5), BENCH_WARMUP (s, default 2), BENCH_ROUNDS (default
// 3), BENCH_QUICK=1 (1 round of 3 s after 1 s, server database only, no large scenario, unless the
// other variables say otherwise), BENCH_DATABASES (embedded,server), BENCH_CONNECTIONS (10,50; not
// the large scenario's, always 10), BENCH_SCENARIOS (list,get,create,patch,large),
// BENCH_DATABASE_URL (Postgres server, default postgres://postgres@127.0.0.1:5432/; a database
// doable_bench_<random> is created there and dropped at the end), BENCH_SERVER_NODE_ARGS (node flags
// for our server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"), BENCH_WRK (default /usr/bin/wrk),
// BENCH_KEEP_DATABASE=1 (do not drop the server database at the end), BENCH_BEFORE_DIR (another
// checkout, e.g. `git worktree add /tmp/before <commit>` with its node_modules: on the server
// database its server also answers the list, taking turns with ours in every round, as `before`).
// Exits non-zero only when the benchmark itself fails (a process does not start, requests fail),
// never because a target is missed.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { SEED_TABLE_SQL } from './baseline-sql.js';
import { largeReports, runLarge } from './run.large.js';
import { type CaseResult, cpuSampler, runRounds } from './run.measure.js';
import {
  BenchError,
  log,
  options,
  ROOT,
  SECRET,
  type SmallScenario,
  smallScenarios,
  TARGETS,
} from './run.options.js';
import {
  baselineScript,
  cleanups,
  finish,
  interrupted,
  runCleanups,
  SERVER_SCRIPT,
  scriptPid,
  startService,
  withClient,
} from './run.processes.js';
import { compare, gitCommit, table, writeResults } from './run.report.js';
import { type BenchUser, checkBareWrites, checkList, makeUser, makeUsers, seedThrough } from './run.users.js';
import { WRK } from './wrk.js';

// ---------------------------------------------------------------------------------------------
// The two databases

const serverEnv = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  BETTER_AUTH_SECRET: SECRET,
  APP_URL: 'http://127.0.0.1',
  DATABASE_POOL_MAX: String(options.poolMax),
  // The benchmark measures the request path; the per-user limit's own cost is measured apart (README).
  API_RATE_LIMIT: '0',
};

async function benchEmbedded(users: BenchUser[], results: CaseResult[]): Promise<void> {
  log('\n== embedded (PGlite, fresh DATA_DIR)');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'doable-bench-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const env = { ...serverEnv, DATA_DIR: dataDir };
  await seedThrough('doable (embedded, seeding)', env, users);
  const doable = await startService('doable (embedded)', SERVER_SCRIPT, env, options.serverNodeArgs);
  try {
    await checkList(doable.url, `/api/me/tasks?limit=${options.pageLimit}`, users[0]!);
    for (const scenario of smallScenarios()) {
      for (const c of options.connections) {
        results.push(
          ...(await runRounds('embedded', scenario, c, [{ target: 'doable', url: doable.url }], users)),
        );
      }
    }
    if (options.scenarios.includes('large')) await runLarge('embedded', doable.url, results);
  } finally {
    await finish(doable);
  }
  await rm(dataDir, { recursive: true, force: true });
}

function databaseUrls(): { adminUrl: string; benchUrl: string; name: string } {
  const name = `doable_bench_${randomBytes(4).toString('hex')}`;
  const admin = new URL(options.serverUrl);
  if (admin.pathname === '' || admin.pathname === '/') admin.pathname = '/postgres';
  const bench = new URL(options.serverUrl);
  bench.pathname = `/${name}`;
  return { adminUrl: admin.toString(), benchUrl: bench.toString(), name };
}

async function benchServer(users: BenchUser[], results: CaseResult[]): Promise<void> {
  const { adminUrl, benchUrl, name } = databaseUrls();
  log(`\n== server (Postgres, fresh database ${name})`);
  await withClient(adminUrl, (c) => c.query(`create database "${name}"`));
  // BENCH_KEEP_DATABASE=1 leaves the database in place (to study plans on the large user's data).
  if (process.env.BENCH_KEEP_DATABASE === '1') log(`keeping database ${name} (BENCH_KEEP_DATABASE=1)`);
  else
    cleanups.push(() =>
      withClient(adminUrl, async (c) => {
        await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
        await c.query(`drop database if exists "${name}"`);
      }),
    );

  await seedThrough('doable (server, seeding)', { ...serverEnv, DATABASE_URL: benchUrl }, users);
  // Settle planner statistics and the visibility map now, so autovacuum does not kick in
  // mid-run and both servers measure the same table state.
  // The write floor's plain table, with copies of the tasks under their ids (bench/baseline-sql.ts).
  await withClient(benchUrl, async (c) => {
    for (const statement of SEED_TABLE_SQL) await c.query(statement);
  });
  await withClient(benchUrl, (c) => c.query('vacuum analyze tasks, task_search, seed_tasks'));
  const doable = await startService(
    'doable (server)',
    SERVER_SCRIPT,
    { ...serverEnv, DATABASE_URL: benchUrl },
    options.serverNodeArgs,
  );
  try {
    const ours = await checkList(doable.url, `/api/me/tasks?limit=${options.pageLimit}`, users[0]!);
    const baseline = await startService('baseline', await baselineScript(), {
      NODE_ENV: 'production',
      DATABASE_URL: benchUrl,
      DATABASE_POOL_MAX: String(options.poolMax),
    });
    try {
      const bare = await checkList(
        baseline.url,
        `/api/${users[0]!.id}/tasks?limit=${options.pageLimit}`,
        users[0]!,
      );
      if (!isDeepStrictEqual(ours, bare)) {
        throw new BenchError('the baseline does not answer the same JSON as GET /api/me/tasks');
      }
      await checkBareWrites(doable.url, baseline.url, await makeUser('bench-check'));
      // Another checkout's server on the same database (BENCH_BEFORE_DIR), for the list: old and new
      // taking turns in one run.
      const before = options.beforeDir
        ? await startService(
            'doable (before)',
            existsSync(path.join(options.beforeDir, SERVER_SCRIPT)) ? SERVER_SCRIPT : 'server/main.ts',
            { ...serverEnv, DATABASE_URL: benchUrl },
            [],
            options.beforeDir,
          )
        : undefined;
      const monitor = new pg.Client({ connectionString: benchUrl, application_name: 'doable-bench-monitor' });
      await monitor.connect();
      try {
        if (before) {
          const theirs = await checkList(before.url, `/api/me/tasks?limit=${options.pageLimit}`, users[0]!);
          if (!isDeepStrictEqual(ours, theirs)) {
            throw new BenchError('the server of BENCH_BEFORE_DIR does not answer the same list JSON as ours');
          }
        }
        const [doablePid, baselinePid, beforePid] = await Promise.all(
          [doable, baseline, before].map((s) => (s ? scriptPid(s) : undefined)),
        );
        const servers = (scenario: SmallScenario) => [
          { target: 'doable' as const, url: doable.url, cpu: cpuSampler(doablePid, monitor) },
          ...(scenario === 'list' && before
            ? [{ target: 'before' as const, url: before.url, cpu: cpuSampler(beforePid, monitor) }]
            : []),
          ...(scenario === 'get'
            ? []
            : [{ target: 'bare' as const, url: baseline.url, cpu: cpuSampler(baselinePid, monitor) }]),
          ...(scenario === 'get'
            ? []
            : [{ target: 'seed' as const, url: baseline.url, cpu: cpuSampler(baselinePid, monitor) }]),
        ];
        for (const scenario of smallScenarios()) {
          for (const c of options.connections) {
            results.push(...(await runRounds('server', scenario, c, servers(scenario), users)));
          }
        }
      } finally {
        await monitor.end();
        if (before) await finish(before);
      }
    } finally {
      await finish(baseline);
    }

    if (options.scenarios.includes('large')) await runLarge('server', doable.url, results, benchUrl);
  } finally {
    await finish(doable);
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  // Before seeding anything: without the load client the run would fail only after it.
  if (!existsSync(WRK))
    throw new BenchError(`no wrk at ${WRK}: install it (Debian: apt-get install wrk) or set BENCH_WRK`);
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  log(
    `Doable benchmark: ${options.databases.join(', ')}; connections ${options.connections.join(', ')}; ` +
      `${options.rounds} round(s) of ${options.duration} s per case after ${options.warmup} s warm-up; ` +
      `${options.users} users x ${options.tasksPerUser} tasks; load client ${WRK}`,
  );
  if (loadAtStart[0]! > os.cpus().length * 0.75) {
    log(`Note: the machine is busy (1-min load ${loadAtStart[0]!.toFixed(2)}); expect noisy numbers.`);
  }
  const results: CaseResult[] = [];
  let failure: unknown;
  try {
    for (const database of options.databases) {
      const users = await makeUsers();
      if (database === 'embedded') await benchEmbedded(users, results);
      else await benchServer(users, results);
    }
  } catch (error) {
    failure = error;
  } finally {
    await runCleanups();
  }
  if (interrupted) return;

  const comparisons = compare(results);
  if (results.length > 0) {
    log(`\n${table(results)}`);
    if (comparisons.length > 0) {
      log('\nServer database, ours vs the bare node:http + pg servers (medians of the same run):');
      for (const c of comparisons) log(`  ${c.summary}`);
    }
    const file = await writeResults(
      {
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        commit: gitCommit(),
        machine: {
          node: process.version,
          platform: `${os.platform()} ${os.arch()}`,
          cpus: os.cpus().length,
          // Other work on the machine skews the numbers; this says how busy it was.
          loadavg: { start: loadAtStart, end: os.loadavg() },
        },
        options: { ...options, serverUrl: options.serverUrl.replace(/(\/\/[^:@/]*):[^@/]*@/, '$1:***@') },
        targets: TARGETS,
        // Whether the baseline still runs the statement our list endpoint sends.
        failed: failure ? String(failure instanceof Error ? failure.message : failure) : null,
        results,
        comparisons,
        large: largeReports,
      },
      startedAt,
    );
    const fmt = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
    log(`Load average (1, 5, 15 min): at the start ${fmt(loadAtStart)}, at the end ${fmt(os.loadavg())}`);
    log(`\nResults: ${path.relative(ROOT, file)} (and bench/results/latest.json)`);
  }

  const broken = results.filter((r) => r.non2xx > 0 || r.errors > 0);
  if (failure) {
    console.error(`\nBenchmark failed: ${failure instanceof Error ? failure.message : failure}`);
    if (!(failure instanceof BenchError) && failure instanceof Error) console.error(failure.stack);
    process.exitCode = 1;
  } else if (broken.length > 0) {
    console.error(`\nBenchmark invalid: ${broken.length} case(s) had non-2xx responses or errors.`);
    process.exitCode = 1;
  }
}

main().catch(async (error) => {
  console.error('Benchmark failed:', error);
  await runCleanups();
  process.exit(1);
});
