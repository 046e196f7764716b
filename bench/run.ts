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
// seven fields with the count (issue 19's floor); create and rename against a bare server sending
// our statements (same triggers). The large scenario (bench/large.ts) then imports a user with
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
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { SignJWT } from 'jose';
import pg from 'pg';
import { freePort, median, sleep } from '../scripts/harness.js';
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
import { WRK, type WrkRequest, type WrkResult, wrk } from './wrk.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = path.join(ROOT, 'bench/results');

// ---------------------------------------------------------------------------------------------
// Options

class BenchError extends Error {
  override name = 'BenchError';
}

function envNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new BenchError(`${name} must be a number >= ${min}`);
  return value;
}

function envList(name: string, fallback: string): string[] {
  const list = (process.env[name]?.trim() || fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) throw new BenchError(`${name} must not be empty`);
  return [...new Set(list)];
}

type DatabaseKind = 'embedded' | 'server';
type ScenarioName = 'list' | 'get' | 'create' | 'patch' | 'large';

const ALL_SCENARIOS: ScenarioName[] = ['list', 'get', 'create', 'patch', 'large'];
/** The scenarios measured for every BENCH_CONNECTIONS count on the 20 small users. */
type SmallScenario = Exclude<ScenarioName, 'large'>;
const LARGE_CONNECTIONS = 10;

function readOptions() {
  const quickMode = process.env.BENCH_QUICK === '1';
  const scenarios = envList(
    'BENCH_SCENARIOS',
    (quickMode ? ALL_SCENARIOS.filter((s) => s !== 'large') : ALL_SCENARIOS).join(','),
  );
  for (const s of scenarios) {
    if (!ALL_SCENARIOS.includes(s as ScenarioName))
      throw new BenchError(`BENCH_SCENARIOS: unknown scenario ${s}`);
  }
  const databases = envList('BENCH_DATABASES', quickMode ? 'server' : 'embedded,server');
  for (const d of databases) {
    if (d !== 'embedded' && d !== 'server') throw new BenchError(`BENCH_DATABASES: unknown database ${d}`);
  }
  const connections = envList('BENCH_CONNECTIONS', '10,50').map(Number);
  for (const c of connections) {
    if (!Number.isInteger(c) || c < 1 || c > 1000) throw new BenchError('BENCH_CONNECTIONS: 1..1000 each');
  }
  const quick = process.env.BENCH_QUICK === '1';
  return {
    quick,
    duration: envNumber('BENCH_DURATION', quick ? 3 : 5, 1),
    warmup: envNumber('BENCH_WARMUP', quick ? 1 : 2, 0),
    rounds: envNumber('BENCH_ROUNDS', quick ? 1 : 3, 1),
    databases: databases as DatabaseKind[],
    connections,
    serverUrl: process.env.BENCH_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/',
    users: 20,
    tasksPerUser: 60,
    pageLimit: 50,
    poolMax: 10,
    scenarios: ALL_SCENARIOS.filter((s) => scenarios.includes(s)),
    // Node flags for our server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    serverNodeArgs: (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
    beforeDir: process.env.BENCH_BEFORE_DIR?.trim()
      ? path.resolve(process.env.BENCH_BEFORE_DIR.trim())
      : undefined,
  };
}

const options = (() => {
  try {
    return readOptions();
  } catch (error) {
    console.error(`npm run bench: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
})();

// A fixed secret: 40+ characters, as production requires.
const SECRET = 'doable-bench-secret-not-for-production-0123456789abcdef';
/**
 * Issue 19's targets, ours over the bare server's from the same run: the list page against the
 * seed contract's floor (throughput, p99), the writes against the same statements.
 */
const TARGETS = { list: { throughput: 0.85, p99: 1.2 }, writes: { throughput: 0.8 } };

// ---------------------------------------------------------------------------------------------
// Child processes and cleanup: every child runs in its own process group (tsx's CLI is a parent
// process with the real node process as its child), and every group is killed on the way out.

const children = new Set<ChildProcess>();
const cleanups: Array<() => Promise<void>> = [];
let interrupted = false;

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

let cleaning: Promise<void> | undefined;

/** Kills every child and undoes every setup step, newest first; runs once, however often called. */
function runCleanups(): Promise<void> {
  cleaning ??= (async () => {
    for (const child of children) signalGroup(child, 'SIGKILL');
    while (cleanups.length > 0) {
      const cleanup = cleanups.pop()!;
      try {
        await cleanup();
      } catch (error) {
        console.error('cleanup failed:', error instanceof Error ? error.message : error);
      }
    }
  })();
  return cleaning;
}

process.on('exit', () => {
  for (const child of children) signalGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the benchmark and cleaning up...`);
    abort.abort();
    void runCleanups().finally(() => process.exit(130));
  });
}

interface Service {
  name: string;
  url: string;
  child: ChildProcess;
  /** Whether the child is the server itself (plain JavaScript), not tsx's CLI with the server as its child. */
  plain: boolean;
  exited: Promise<number | string | null>;
  output(): string;
}

/** Environment for children: nothing from ours that could change what the server does. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'TZ', 'LANG', 'LC_ALL']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  return env;
}

async function startService(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
  root = ROOT,
): Promise<Service> {
  if (interrupted) throw new BenchError('interrupted');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Plain JavaScript runs on node itself; TypeScript through tsx's CLI.
  const plain = /\.m?js$/.test(script);
  const child = spawn(
    process.execPath,
    plain ? [...nodeArgs, script] : [path.join(root, 'node_modules/tsx/dist/cli.mjs'), ...nodeArgs, script],
    {
      cwd: root,
      env: { ...baseEnv(), ...env, HOST: '127.0.0.1', PORT: String(port) },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-16_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string | null>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      // The group may still hold a grandchild if the tsx parent died abruptly.
      signalGroup(child, 'SIGKILL');
      resolve(code ?? signal);
    });
  });
  const service: Service = { name, url, child, plain, exited, output: () => output };

  const deadline = Date.now() + 60_000;
  let exitCode: number | string | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline && !interrupted) {
    if (exitCode !== undefined) {
      throw new BenchError(`${name} exited (${exitCode}) before it was ready:\n${output.trim()}`);
    }
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return service;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  await stopService(service);
  throw new BenchError(`${name} did not answer GET /health with 200 within 60 s:\n${output.trim()}`);
}

/**
 * The node process that runs the script: the child itself for plain JavaScript; for TypeScript,
 * tsx's CLI is a parent process that spawns it. Signalled
 * directly, it shuts down gracefully once; signalling the group makes tsx relay a second SIGTERM
 * when the first is slow to be acknowledged, and a second SIGTERM ends the server abruptly (143).
 */
async function scriptPid({ child, plain }: Pick<Service, 'child' | 'plain'>): Promise<number | undefined> {
  if (child.pid === undefined || plain) return child.pid;
  try {
    const text = await readFile(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8');
    const pid = Number(text.trim().split(/\s+/)[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** SIGTERM to the server process itself (else the group), then wait; SIGKILL after 15 s. */
async function stopService(service: Service): Promise<number | string | null> {
  if (service.child.exitCode === null && service.child.signalCode === null) {
    const pid = await scriptPid(service);
    if (pid === undefined) {
      signalGroup(service.child, 'SIGTERM');
    } else {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        signalGroup(service.child, 'SIGTERM');
      }
    }
  }
  const timer = sleep(15_000).then(() => 'timeout' as const);
  const first = await Promise.race([service.exited, timer]);
  if (first === 'timeout') {
    console.error(`${service.name} did not exit within 15 s of SIGTERM; killing it`);
    signalGroup(service.child, 'SIGKILL');
    return service.exited;
  }
  return first;
}

/**
 * Our server as `npm start` runs it: the bundle in build/server/bundle (rebuilt first when stale), plain
 * JavaScript. Run through tsx instead, its heap grew about 20 times as fast under the list load
 * (promoted young objects: a mark-compact every 2 s, scavenges of 6-17 ms against 1-3 ms), which
 * is the development loader's cost, not the server's (docs/benchmarks.md, "Issue 19, session 9").
 */
const SERVER_SCRIPT = 'server/launch/start.mjs';

/**
 * The bare baselines (bench/baseline.ts) bundled into one plain JavaScript file, so they too run
 * on node without tsx's loader, as our server does.
 */
async function baselineScript(): Promise<string> {
  const dir = path.join(ROOT, 'node_modules/.cache/doable/bench');
  await mkdir(dir, { recursive: true });
  const outfile = path.join(dir, 'baseline.mjs');
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild');
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['bench/baseline.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // pg's optional native binding; never loaded.
    external: ['pg-native'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}

// ---------------------------------------------------------------------------------------------
// Users, tokens, seeding

interface BenchUser {
  id: string;
  token: string;
  taskIds: number[];
}

async function makeUser(id: string): Promise<BenchUser> {
  // Signed like server/token-cli.ts (npm run token) does.
  const token = await new SignJWT({ user_id: id })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(id)
    .setIssuedAt()
    .setExpirationTime('2h')
    .setIssuer('doable')
    .setAudience('doable')
    .sign(new TextEncoder().encode(SECRET));
  return { id, token, taskIds: [] };
}

function makeUsers(): Promise<BenchUser[]> {
  return Promise.all(
    Array.from({ length: options.users }, (_, i) => makeUser(`bench-user-${String(i + 1).padStart(2, '0')}`)),
  );
}

const authHeaders = (user: BenchUser) => ({ authorization: `Bearer ${user.token}` });
const jsonHeaders = (user: BenchUser) => ({ ...authHeaders(user), 'content-type': 'application/json' });

async function expectJson(res: Response, status: number, what: string): Promise<any> {
  const text = await res.text();
  if (res.status !== status) throw new BenchError(`${what}: expected ${status}, got ${res.status}: ${text}`);
  return JSON.parse(text);
}

/** Creates every user's tasks through POST /api/me/tasks (one sequential writer per user). */
async function seed(baseUrl: string, users: BenchUser[]): Promise<void> {
  const started = performance.now();
  await Promise.all(
    users.map(async (user) => {
      user.taskIds = [];
      for (let i = 1; i <= options.tasksPerUser; i++) {
        const body = {
          title: `Task ${i} of ${user.id}: ${i % 4 === 0 ? 'review the quarterly plan with the team' : 'buy milk'}`,
          description: i % 2 === 0 ? `Notes for task ${i}. `.repeat(1 + (i % 5)) : null,
          completed: i % 3 === 0,
        };
        const res = await fetch(`${baseUrl}/api/me/tasks`, {
          method: 'POST',
          headers: jsonHeaders(user),
          body: JSON.stringify(body),
        });
        const task = await expectJson(res, 201, 'seeding POST /api/me/tasks');
        user.taskIds.push(task.id);
      }
    }),
  );
  const ms = performance.now() - started;
  log(`  seeded ${users.length} users x ${options.tasksPerUser} tasks in ${(ms / 1000).toFixed(1)} s`);
}

/**
 * Seeds the users through a server process of its own, stopped afterwards: every measured server
 * starts after the seeding, so none of them has served 1,200 POSTs before its list is measured
 * (whichever server had seeded spent about twice the Node CPU per list request of a fresh one).
 */
async function seedThrough(name: string, env: NodeJS.ProcessEnv, users: BenchUser[]): Promise<void> {
  const seeder = await startService(name, SERVER_SCRIPT, env);
  try {
    await seed(seeder.url, users);
  } finally {
    await finish(seeder);
  }
}

/** The list endpoint answers a full page for a seeded user; returns the parsed body. */
async function checkList(baseUrl: string, listPath: string, user: BenchUser): Promise<any> {
  const res = await fetch(`${baseUrl}${listPath}`, { headers: authHeaders(user) });
  const body = await expectJson(res, 200, `GET ${listPath}`);
  if (
    body.tasks?.length !== options.pageLimit ||
    body.count < options.tasksPerUser ||
    typeof body.next_cursor !== 'string'
  ) {
    throw new BenchError(
      `GET ${listPath}: unexpected page (${body.tasks?.length} tasks, count ${body.count})`,
    );
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// Scenarios and measurement

/**
 * Who answers: our server, or one of the bare node:http + pg servers (bench/baseline.ts): `bare`
 * runs our own statements (the list's, the create's and the rename's), `seed` a page of the seed
 * contract's seven fields with the count (the floor issue 19 measures the list against).
 */
type Target = 'doable' | 'before' | 'bare' | 'seed';

/** The requests one connection loops over; `slot` spreads connections sharing a user over its tasks. */
function requestsFor(target: Target, scenario: SmallScenario, user: BenchUser, slot: number): WrkRequest[] {
  const rotate = (ids: number[], by: number) => {
    const k = by % ids.length;
    return [...ids.slice(k), ...ids.slice(0, k)];
  };
  // The bare servers have no auth: the user is in the path (the header is still sent).
  const base =
    target === 'doable' || target === 'before'
      ? '/api/me/tasks'
      : `/${target === 'seed' ? 'seed' : 'api'}/${user.id}/tasks`;
  switch (scenario) {
    case 'list':
      return [{ method: 'GET', path: `${base}?limit=${options.pageLimit}`, headers: authHeaders(user) }];
    case 'get':
      return rotate(user.taskIds, slot * 17).map((id) => ({
        method: 'GET',
        path: `${base}/${id}`,
        headers: authHeaders(user),
      }));
    case 'create':
      // [<id>] becomes a number unique to the request (bench/wrk.ts).
      return [
        {
          method: 'POST',
          path: base,
          headers: jsonHeaders(user),
          body: JSON.stringify({ title: 'Benchmark task [<id>]', description: 'Created by npm run bench' }),
        },
      ];
    case 'patch':
      // A unique title every time, so every PATCH really updates the row (no-op writes take
      // another path in the service).
      return rotate(user.taskIds, slot * 20).map((id) => ({
        method: 'PATCH',
        path: `${base}/${id}`,
        headers: jsonHeaders(user),
        body: JSON.stringify({ title: 'Renamed [<id>]' }),
      }));
  }
}

/**
 * What a run sends: wrk cycles through one list, so the requests of connection 0, 1, ... are
 * interleaved (first of each, then second of each, ...): consecutive requests are different
 * users' (and, for patch, different tasks), as when connection i belongs to user i mod N.
 */
type Load = WrkRequest[];

function interleave(lists: WrkRequest[][]): WrkRequest[] {
  const out: WrkRequest[] = [];
  const longest = Math.max(...lists.map((l) => l.length));
  for (let j = 0; j < longest; j++) {
    for (const list of lists) if (j < list.length) out.push(list[j]!);
  }
  return out;
}

function scenarioLoad(
  target: Target,
  scenario: SmallScenario,
  users: BenchUser[],
  connections: number,
): Load {
  // Connection i is user i mod N: 10 connections use 10 users, 50 use all 20.
  return interleave(
    Array.from({ length: connections }, (_, i) =>
      requestsFor(target, scenario, users[i % users.length]!, Math.floor(i / users.length)),
    ),
  );
}

interface CaseResult {
  database: DatabaseKind;
  target: Target;
  scenario: ScenarioName;
  /** The page of the large scenario (its query string's gist). */
  case?: string;
  connections: number;
  /** How many measured runs the figures below are the medians of. */
  rounds: number;
  durationSec: number;
  requests: number;
  /** Medians over the rounds. */
  reqPerSec: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  /** Summed over the rounds. */
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Each round as wrk measured it, in order. */
  runs: WrkResult[];
  /**
   * CPU time per answered request (ms, medians of the rounds; server database, small scenarios):
   * the server's node process, and the bench database's Postgres backends over the same run (all
   * of them: only the measured server is busy while it runs).
   */
  cpuMsPerRequest?: { node: number; postgres: number; rounds: Array<{ node: number; postgres: number }> };
}

/** CPU time (user + system, ms) of a process from /proc (Linux); 0 once it is gone. */
async function cpuMs(pid: number): Promise<number> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) in clock ticks, 100 per second on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** What a server has spent so far: its node process's CPU, and each database backend's. */
interface CpuSample {
  node: number;
  backends: Map<number, number>;
}
type CpuSampler = () => Promise<CpuSample>;

/** Samples a node process (the server) and every backend of the database `client` is connected to. */
function cpuSampler(pid: number | undefined, client: pg.Client): CpuSampler {
  return async () => {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    const backends = new Map<number, number>();
    for (const row of rows) backends.set(row.pid, await cpuMs(row.pid));
    return { node: pid === undefined ? 0 : await cpuMs(pid), backends };
  };
}

/** CPU ms per request between two samples (backends that started in between count from 0). */
function cpuPerRequest(
  start: CpuSample,
  end: CpuSample,
  requests: number,
): { node: number; postgres: number } {
  let postgres = 0;
  for (const [pid, ms] of end.backends) postgres += ms - (start.backends.get(pid) ?? 0);
  const per = (ms: number) => (requests > 0 ? round(ms / requests, 3) : 0);
  return { node: per(end.node - start.node), postgres: per(postgres) };
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

const abort = new AbortController();

async function measure(url: string, load: Load, connections: number, seconds: number): Promise<WrkResult> {
  if (interrupted) throw new BenchError('interrupted');
  const result = await wrk(url, load, connections, seconds, abort.signal);
  if (interrupted) throw new BenchError('interrupted');
  return result;
}

async function warmUp(url: string, load: Load, connections: number): Promise<void> {
  if (options.warmup > 0) await measure(url, load, connections, options.warmup);
}

function summarise(
  database: DatabaseKind,
  target: Target,
  scenario: ScenarioName,
  connections: number,
  runs: WrkResult[],
  caseName?: string,
  cpus: Array<{ node: number; postgres: number }> = [],
): CaseResult {
  const mid = (pick: (r: WrkResult) => number) => round(median(runs.map(pick)));
  const sum = (pick: (r: WrkResult) => number) => runs.reduce((n, r) => n + pick(r), 0);
  const row: CaseResult = {
    database,
    target,
    scenario,
    ...(caseName === undefined ? {} : { case: caseName }),
    connections,
    rounds: runs.length,
    durationSec: round(sum((r) => r.seconds)),
    requests: sum((r) => r.requests),
    reqPerSec: round(median(runs.map((r) => r.reqPerSec)), 1),
    latencyMs: {
      mean: mid((r) => r.latencyMs.mean),
      p50: mid((r) => r.latencyMs.p50),
      p95: mid((r) => r.latencyMs.p95),
      p99: mid((r) => r.latencyMs.p99),
      max: mid((r) => r.latencyMs.max),
    },
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    runs,
    ...(cpus.length === 0
      ? {}
      : {
          cpuMsPerRequest: {
            node: round(median(cpus.map((c) => c.node)), 3),
            postgres: round(median(cpus.map((c) => c.postgres)), 3),
            rounds: cpus,
          },
        }),
  };
  const cpu = row.cpuMsPerRequest
    ? `  CPU/request node ${row.cpuMsPerRequest.node.toFixed(2)} + postgres ${row.cpuMsPerRequest.postgres.toFixed(2)} ms`
    : '';
  const each =
    runs.length > 1 ? `  (rounds: ${runs.map((r) => r.reqPerSec.toFixed(0)).join(', ')} req/s)` : '';
  log(
    `  ${label(row).padEnd(caseName ? 58 : 34)} @${String(connections).padEnd(3)} ${row.reqPerSec.toFixed(0).padStart(6)} req/s` +
      `  p50 ${row.latencyMs.p50.toFixed(2)}  p95 ${row.latencyMs.p95.toFixed(2)}  p99 ${row.latencyMs.p99.toFixed(2)} ms` +
      cpu +
      each +
      (row.non2xx || row.errors ? `  non-2xx ${row.non2xx} errors ${row.errors}` : ''),
  );
  return row;
}

/**
 * One scenario at one connection count on one or more servers: each warmed up, then
 * BENCH_ROUNDS measured runs of BENCH_DURATION seconds each, the servers taking turns within a
 * round (and starting in turn across rounds), so load from anything else on this shared machine
 * falls on all alike. The figures are the medians of the rounds.
 */
async function runRounds(
  database: DatabaseKind,
  scenario: SmallScenario,
  connections: number,
  servers: Array<{ target: Target; url: string; cpu?: CpuSampler }>,
  users: BenchUser[],
): Promise<CaseResult[]> {
  const loads = servers.map((s) => scenarioLoad(s.target, scenario, users, connections));
  for (const [i, s] of servers.entries()) await warmUp(s.url, loads[i]!, connections);
  const runs: WrkResult[][] = servers.map(() => []);
  const cpus: Array<Array<{ node: number; postgres: number }>> = servers.map(() => []);
  for (let r = 0; r < options.rounds; r++) {
    for (let k = 0; k < servers.length; k++) {
      const i = (k + r) % servers.length;
      const sampler = servers[i]!.cpu;
      const start = await sampler?.();
      const run = await measure(servers[i]!.url, loads[i]!, connections, options.duration);
      runs[i]!.push(run);
      if (sampler && start) cpus[i]!.push(cpuPerRequest(start, await sampler(), run.requests));
    }
  }
  return servers.map((s, i) =>
    summarise(database, s.target, scenario, connections, runs[i]!, undefined, cpus[i]),
  );
}

const label = (r: Pick<CaseResult, 'target' | 'scenario' | 'case'>) =>
  r.target === 'before'
    ? `${r.scenario} (before: BENCH_BEFORE_DIR)`
    : r.target === 'bare'
      ? `${r.scenario} (bare, same statement)`
      : r.target === 'seed'
        ? `${r.scenario} (bare, seed fields)`
        : r.case === undefined
          ? r.scenario
          : `${r.scenario}: ${r.case}`;

const log = (line: string) => console.log(line);

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

async function finish(service: Service): Promise<void> {
  const code = await stopService(service);
  if (code !== 0 && !interrupted) {
    throw new BenchError(`${service.name} exited with ${code} after SIGTERM:\n${service.output().trim()}`);
  }
}

function databaseUrls(): { adminUrl: string; benchUrl: string; name: string } {
  const name = `doable_bench_${randomBytes(4).toString('hex')}`;
  const admin = new URL(options.serverUrl);
  if (admin.pathname === '' || admin.pathname === '/') admin.pathname = '/postgres';
  const bench = new URL(options.serverUrl);
  bench.pathname = `/${name}`;
  return { adminUrl: admin.toString(), benchUrl: bench.toString(), name };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
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
  await withClient(benchUrl, (c) => c.query('vacuum analyze tasks, task_search'));
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
          ...(scenario === 'list'
            ? [{ target: 'seed' as const, url: baseline.url, cpu: cpuSampler(baselinePid, monitor) }]
            : []),
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

/** The bare server's create and rename answer the same fields as ours (a task of the same shape). */
async function checkBareWrites(doableUrl: string, bareUrl: string, user: BenchUser): Promise<void> {
  const body = JSON.stringify({ title: 'Bench check', description: 'bare or not' });
  const shape = (task: Record<string, unknown>) => {
    const { id: _id, created_at: _c, updated_at: _u, position: _p, ...rest } = task;
    return rest;
  };
  const post = async (url: string, path: string) =>
    expectJson(
      await fetch(`${url}${path}`, { method: 'POST', headers: jsonHeaders(user), body }),
      201,
      `POST ${path}`,
    );
  const ours = await post(doableUrl, '/api/me/tasks');
  const bare = await post(bareUrl, `/api/${user.id}/tasks`);
  if (!isDeepStrictEqual(shape(ours), shape(bare))) {
    const differ = Object.keys({ ...shape(ours), ...shape(bare) }).filter(
      (key) => !isDeepStrictEqual(shape(ours)[key], shape(bare)[key]),
    );
    throw new BenchError(
      `the bare server does not create the same task as POST /api/me/tasks (${differ
        .map(
          (key) => `${key}: ${JSON.stringify(shape(ours)[key])} against ${JSON.stringify(shape(bare)[key])}`,
        )
        .join('; ')})`,
    );
  }
  const rename = JSON.stringify({ title: 'Bench check, renamed' });
  const patch = async (url: string, path: string) =>
    expectJson(
      await fetch(`${url}${path}`, { method: 'PATCH', headers: jsonHeaders(user), body: rename }),
      200,
      `PATCH ${path}`,
    );
  const ours2 = await patch(doableUrl, `/api/me/tasks/${ours.id}`);
  const bare2 = await patch(bareUrl, `/api/${user.id}/tasks/${bare.id}`);
  if (!isDeepStrictEqual(shape(ours2), shape(bare2)) || ours2.title !== 'Bench check, renamed') {
    throw new BenchError('the bare server does not rename a task as PATCH /api/me/tasks/:id does');
  }
}

const smallScenarios = () => options.scenarios.filter((s): s is SmallScenario => s !== 'large');

// ---------------------------------------------------------------------------------------------
// The large scenario (bench/large.ts): one user with 100,000 tasks

interface LargeReport {
  database: DatabaseKind;
  import: ImportTiming;
  /** EXPLAIN (ANALYZE, BUFFERS) of the slowest pages by p95 (server database only). */
  plans: Array<{ case: string; query: string; p95Ms: number; plan: PlanSummary }>;
}

const largeReports: LargeReport[] = [];

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
async function runLarge(
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

// ---------------------------------------------------------------------------------------------
// Report

function table(results: CaseResult[]): string {
  const header = [
    'database',
    'scenario',
    'connections',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'non-2xx',
    'errors',
  ];
  const rows = results.map((r) => [
    r.database,
    label(r),
    String(r.connections),
    r.reqPerSec.toFixed(0),
    r.latencyMs.p50.toFixed(2),
    r.latencyMs.p95.toFixed(2),
    r.latencyMs.p99.toFixed(2),
    String(r.non2xx),
    String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => `${i < 2 ? '-' : ''}${'-'.repeat(w + 1)}${i < 2 ? '' : ':'}`).join('|')}|`,
  ]
    .concat(rows.map(line))
    .join('\n');
}

interface Comparison {
  scenario: SmallScenario;
  against: Target;
  connections: number;
  /** Ours over theirs, of the medians (req/s, p95, p99). */
  throughputRatio: number;
  p95Ratio: number;
  p99Ratio: number;
  /** Ours over theirs in each round (the runs of a round are back to back). */
  roundRatios: number[];
  /** Undefined when the comparison has no target (for information). */
  pass?: boolean;
  summary: string;
}

const cpuText = (cpu: { node: number; postgres: number }) =>
  `${cpu.node.toFixed(2)} + ${cpu.postgres.toFixed(2)} = ${(cpu.node + cpu.postgres).toFixed(2)}`;

function compare(results: CaseResult[]): Comparison[] {
  const find = (scenario: SmallScenario, target: Target, c: number) =>
    results.find(
      (r) => r.database === 'server' && r.scenario === scenario && r.target === target && r.connections === c,
    );
  const pairs: Array<{ scenario: SmallScenario; against: Target }> = [
    { scenario: 'list', against: 'seed' },
    { scenario: 'list', against: 'bare' },
    { scenario: 'list', against: 'before' },
    { scenario: 'create', against: 'bare' },
    { scenario: 'patch', against: 'bare' },
  ];
  return pairs.flatMap(({ scenario, against }) =>
    options.connections.flatMap((c): Comparison[] => {
      const ours = find(scenario, 'doable', c);
      const theirs = find(scenario, against, c);
      if (!ours || !theirs) return [];
      const throughputRatio = round(ours.reqPerSec / theirs.reqPerSec);
      const p95Ratio = round(ours.latencyMs.p95 / theirs.latencyMs.p95);
      const p99Ratio = round(ours.latencyMs.p99 / theirs.latencyMs.p99);
      const roundRatios = ours.runs.map((run, i) => round(run.reqPerSec / theirs.runs[i]!.reqPerSec));
      let pass: boolean | undefined;
      let target = '';
      if (scenario === 'list' && against === 'seed') {
        pass = throughputRatio >= TARGETS.list.throughput && p99Ratio <= TARGETS.list.p99;
        target = ` (targets >= ${TARGETS.list.throughput}x req/s, <= ${TARGETS.list.p99}x p99)`;
      } else if (scenario !== 'list') {
        pass = throughputRatio >= TARGETS.writes.throughput;
        target = ` (target >= ${TARGETS.writes.throughput}x req/s)`;
      }
      const summary =
        `${scenario}@${c} vs ${label({ target: against, scenario })}: ${throughputRatio.toFixed(2)}x req/s, ` +
        `p95 ${p95Ratio.toFixed(2)}x, p99 ${p99Ratio.toFixed(2)}x; rounds ${roundRatios.map((r) => r.toFixed(2)).join(', ')}` +
        `${target}${pass === undefined ? '' : pass ? ' PASS' : ' MISS'}` +
        (ours.cpuMsPerRequest && theirs.cpuMsPerRequest
          ? `; CPU/request (node + postgres) ${cpuText(ours.cpuMsPerRequest)} vs ${cpuText(theirs.cpuMsPerRequest)} ms`
          : '');
      return [
        {
          scenario,
          against,
          connections: c,
          throughputRatio,
          p95Ratio,
          p99Ratio,
          roundRatios,
          pass,
          summary,
        },
      ];
    }),
  );
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function writeResults(report: object, startedAt: Date): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  await writeFile(file, json);
  await writeFile(path.join(RESULTS_DIR, 'latest.json'), json);
  return file;
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
