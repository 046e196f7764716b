// `npm run bench:embedded`: the embedded database (PGlite) under load and at start, with the
// database on the main thread and on its worker thread side by side (DATABASE_EMBEDDED_THREAD).
//
// Load: one server per mode, each started like `npm start` (node server/launch/start.mjs) on a
// fresh DATA_DIR, seeded over the API with BENCH_USERS users x BENCH_TASKS_PER_USER tasks; then
// wrk (an external client: it shares no event loop with the server) runs GET a 50-task page and
// POST a task at each connection count, the modes alternating case by case, BENCH_ROUNDS rounds;
// every list case runs before any create case, so both modes list the same number of tasks.
// Reported: medians over the rounds of req/s, p50, p95, p99 and max (ms), the errors and non-2xx.
// Start: process spawn to the first 200 from /health/ready (and to the `Doable is ready` line), on
// an empty DATA_DIR (first start, which copies the template and migrates) and on an existing one
// (later start), BENCH_STARTS of each per mode, medians; with the CPU time the process and its main thread used until then (from
// /proc), which a busy machine inflates less than the time itself.
//
// Env: BENCH_EMBEDDED_MODES (worker,main; also before, with BENCH_BEFORE_DIR: see EmbeddedMode), BENCH_ROUNDS (3), BENCH_DURATION (s per case, 5),
// BENCH_WARMUP (s, 1), BENCH_CONNECTIONS (10,50), BENCH_STARTS (5), BENCH_USERS (5),
// BENCH_TASKS_PER_USER (200), BENCH_PARTS (load,start). Results: a table on stdout and
// bench/results/embedded-<timestamp>.json. Exits non-zero only when the benchmark itself fails.
// `runEmbeddedBench()` is the same, for bench/run.ts.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { freePort, median, sleep } from '../scripts/harness.js';
import {
  CREATE_PATH,
  LIST_PATH,
  type LoadFigures,
  medianFigures,
  writeWrkScript,
  wrk,
} from './embedded.wrk.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = path.join(ROOT, 'bench/results');
const SECRET = 'doable-bench-secret-not-for-production-0123456789abcdef';

/**
 * `worker` and `main`: this checkout with DATABASE_EMBEDDED_THREAD set so. `before`: another
 * checkout (BENCH_BEFORE_DIR, e.g. `git worktree add` of the commit before a change, its
 * node_modules and web/dist linked in), started as its own `npm start` did (its build, or tsx) with
 * its own default thread, for before/after figures in one run.
 */
export type EmbeddedMode = 'worker' | 'main' | 'before';

export interface EmbeddedBenchOptions {
  modes: EmbeddedMode[];
  rounds: number;
  durationS: number;
  warmupS: number;
  connections: number[];
  starts: number;
  users: number;
  tasksPerUser: number;
  parts: Array<'load' | 'start'>;
}

export type { LoadFigures } from './embedded.wrk.js';

export interface LoadResult extends LoadFigures {
  mode: EmbeddedMode;
  scenario: 'list' | 'create';
  connections: number;
  rounds: LoadFigures[];
}

export interface StartResult {
  mode: EmbeddedMode;
  kind: 'first' | 'later';
  medianMs: number;
  runsMs: number[];
  /** Spawn to the `Doable is ready` log line (just before /health/ready answers). */
  medianReadyLogMs: number;
  /** CPU time the process used until ready, all threads (user + system), and its main thread's. */
  medianCpuMs: number;
  medianMainThreadCpuMs: number;
  runsCpuMs: number[];
}

/** CPU time (user + system, ms) of a process, or of one of its threads, from /proc (Linux). */
async function cpuMs(pid: number, thread?: number): Promise<number> {
  const file = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`;
  const text = await readFile(file, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat (utime, stime) in clock ticks, 100 per second on Linux.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface EmbeddedBenchReport {
  startedAt: string;
  commit: string | null;
  loadAverage: { before: number[]; after: number[] };
  cpus: number;
  options: EmbeddedBenchOptions;
  load: LoadResult[];
  start: StartResult[];
}

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number >= 0`);
  return value;
}

function envList(name: string, fallback: string): string[] {
  return (process.env[name]?.trim() || fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function optionsFromEnv(): EmbeddedBenchOptions {
  const modes = envList('BENCH_EMBEDDED_MODES', 'worker,main');
  for (const mode of modes) {
    if (mode !== 'worker' && mode !== 'main' && mode !== 'before') {
      throw new Error(`BENCH_EMBEDDED_MODES: unknown mode ${mode}`);
    }
    if (mode === 'before' && !process.env.BENCH_BEFORE_DIR)
      throw new Error('mode before needs BENCH_BEFORE_DIR');
  }
  const parts = envList('BENCH_PARTS', 'load,start');
  for (const part of parts) {
    if (part !== 'load' && part !== 'start') throw new Error(`BENCH_PARTS: unknown part ${part}`);
  }
  return {
    modes: modes as EmbeddedMode[],
    rounds: envNumber('BENCH_ROUNDS', 3),
    durationS: envNumber('BENCH_DURATION', 5),
    warmupS: envNumber('BENCH_WARMUP', 1),
    connections: envList('BENCH_CONNECTIONS', '10,50').map(Number),
    starts: envNumber('BENCH_STARTS', 5),
    users: envNumber('BENCH_USERS', 5),
    tasksPerUser: envNumber('BENCH_TASKS_PER_USER', 200),
    parts: parts as Array<'load' | 'start'>,
  };
}

const log = (line: string) => console.log(line);

// ---------------------------------------------------------------------------------------------
// The server, as `npm start` runs it

interface Server {
  mode: EmbeddedMode;
  url: string;
  child: ChildProcess;
  exited: Promise<number | string | null>;
  output(): string;
}

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function serverEnv(
  mode: EmbeddedMode,
  dataDir: string,
  port: number,
  logLevel: 'warn' | 'info',
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'TZ', 'LANG', 'LC_ALL']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  return {
    ...env,
    NODE_ENV: 'production',
    // The load runs write no request lines; a start run reads its `Doable is ready` line.
    LOG_LEVEL: logLevel,
    BETTER_AUTH_SECRET: SECRET,
    APP_URL: 'http://127.0.0.1',
    // The benchmark measures the request path; the per-user limit is measured apart (docs/benchmarks.md).
    API_RATE_LIMIT: '0',
    DATA_DIR: dataDir,
    // `before` runs as that checkout does by default.
    ...(mode === 'before' ? {} : { DATABASE_EMBEDDED_THREAD: mode }),
    HOST: '127.0.0.1',
    PORT: String(port),
  };
}

/**
 * Spawns the server and polls /health/ready every 10 ms; `ms` is spawn to the first 200,
 * `readyLogMs` to the `Doable is ready` line (with `logLevel` info; else NaN).
 */
async function startServer(
  mode: EmbeddedMode,
  dataDir: string,
  logLevel: 'warn' | 'info' = 'warn',
): Promise<{ server: Server; ms: number; readyLogMs: number; cpu: number; mainCpu: number }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const cwd = mode === 'before' ? path.resolve(process.env.BENCH_BEFORE_DIR!) : ROOT;
  // As `npm start` runs it in that checkout: the server's build, or (before it had one) tsx.
  const command = existsSync(path.join(cwd, 'server/launch/start.mjs'))
    ? ['server/launch/start.mjs']
    : ['--import', 'tsx', 'server/main.ts'];
  const child = spawn(process.execPath, command, {
    cwd,
    env: serverEnv(mode, dataDir, port, logLevel),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  let readyLogMs = Number.NaN;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-16_000);
    if (Number.isNaN(readyLogMs) && output.includes('Doable is ready'))
      readyLogMs = performance.now() - started;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exitCode: number | string | null | undefined;
  const exited = new Promise<number | string | null>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      exitCode = code ?? signal;
      resolve(exitCode);
    });
  });
  const server: Server = { mode, url, child, exited, output: () => output };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`the server exited (${exitCode}) before it was ready:\n${output}`);
    try {
      const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) {
        const ms = performance.now() - started;
        const pid = child.pid!;
        return { server, ms, readyLogMs, cpu: await cpuMs(pid), mainCpu: await cpuMs(pid, pid) };
      }
    } catch {
      // Not listening yet.
    }
    await sleep(10);
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer /health/ready within 120 s:\n${output}`);
}

/**
 * Waits until the server has finished the requests a previous case left queued (wrk stops
 * sending, the server goes on answering), so that one case's backlog is not the next one's load.
 */
async function waitIdle(server: Server): Promise<void> {
  const pid = server.child.pid!;
  let before = await cpuMs(pid);
  for (let i = 0; i < 120; i++) {
    await sleep(250);
    const now = await cpuMs(pid);
    if (now - before <= 20) return;
    before = now;
  }
}

async function stopServer(server: Server): Promise<void> {
  server.child.kill('SIGTERM');
  const code = await Promise.race([server.exited, sleep(15_000).then(() => 'timeout' as const)]);
  if (code === 'timeout') {
    server.child.kill('SIGKILL');
    await server.exited;
    throw new Error(`the ${server.mode} server did not exit within 15 s of SIGTERM`);
  }
  if (code !== 0) throw new Error(`the ${server.mode} server exited with ${code}:\n${server.output()}`);
}

// ---------------------------------------------------------------------------------------------
// Users and seeding

async function tokenFor(id: string): Promise<string> {
  return new SignJWT({ user_id: id })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(id)
    .setIssuedAt()
    .setExpirationTime('2h')
    .setIssuer('doable')
    .setAudience('doable')
    .sign(new TextEncoder().encode(SECRET));
}

async function seed(url: string, tokens: string[], tasksPerUser: number): Promise<void> {
  await Promise.all(
    tokens.map(async (token, u) => {
      for (let i = 1; i <= tasksPerUser; i++) {
        const res = await fetch(`${url}${CREATE_PATH}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            title: `Task ${i} of user ${u}: ${i % 4 === 0 ? 'review the quarterly plan with the team' : 'buy milk'}`,
            description: i % 2 === 0 ? `Notes for task ${i}. `.repeat(1 + (i % 5)) : null,
            completed: i % 3 === 0,
          }),
        });
        const text = await res.text();
        if (res.status !== 201) throw new Error(`seeding: expected 201, got ${res.status}: ${text}`);
      }
    }),
  );
  const res = await fetch(`${url}${LIST_PATH}`, { headers: { authorization: `Bearer ${tokens[0]}` } });
  const page = (await res.json()) as { tasks?: unknown[] };
  if (res.status !== 200 || page.tasks?.length !== 50)
    throw new Error(`the list page is not full: ${res.status}`);
}

// ---------------------------------------------------------------------------------------------
// The parts

async function benchLoad(options: EmbeddedBenchOptions, tmp: string): Promise<LoadResult[]> {
  const tokens = await Promise.all(
    Array.from({ length: options.users }, (_, i) => tokenFor(`bench-embedded-${i + 1}`)),
  );
  const servers: Server[] = [];
  try {
    for (const mode of options.modes) {
      const dataDir = await mkdtemp(path.join(tmp, `load-${mode}-`));
      const { server } = await startServer(mode, dataDir);
      servers.push(server);
      const seeded = performance.now();
      await seed(server.url, tokens, options.tasksPerUser);
      log(
        `  ${mode}: seeded ${options.users} users x ${options.tasksPerUser} tasks in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
      );
    }
    const results: LoadResult[] = [];
    for (const scenario of ['list', 'create'] as const) {
      const rounds = new Map<string, LoadFigures[]>();
      for (let round = 1; round <= options.rounds; round++) {
        for (const connections of options.connections) {
          // Alternate which mode goes first, so a slow stretch of the machine falls on both alike.
          const order = round % 2 ? servers : [...servers].reverse();
          for (const server of order) {
            await waitIdle(server);
            if (options.warmupS > 0) await wrk(server.url, scenario, connections, options.warmupS, tokens);
            const pid = server.child.pid!;
            const [cpu0, main0] = [await cpuMs(pid), await cpuMs(pid, pid)];
            const figures = await wrk(server.url, scenario, connections, options.durationS, tokens);
            const [cpu1, main1] = [await cpuMs(pid), await cpuMs(pid, pid)];
            const answered = Math.max(1, Math.round(figures.rps * options.durationS));
            figures.cpuPerRequest = Number(((cpu1 - cpu0) / answered).toFixed(2));
            figures.mainCpuPerRequest = Number(((main1 - main0) / answered).toFixed(2));
            const key = `${server.mode} ${connections}`;
            rounds.set(key, [...(rounds.get(key) ?? []), figures]);
            log(
              `  round ${round} ${scenario.padEnd(6)} c=${String(connections).padStart(2)} ${server.mode.padEnd(6)} ` +
                `${String(figures.rps).padStart(5)} req/s  p50 ${figures.p50.toFixed(1)}  p95 ${figures.p95.toFixed(1)}  ` +
                `p99 ${figures.p99.toFixed(1)}  max ${figures.max.toFixed(0)} ms  non-2xx ${figures.non2xx}  errors ${figures.errors}  ` +
                `CPU/request ${figures.cpuPerRequest} ms (main thread ${figures.mainCpuPerRequest})`,
            );
          }
        }
      }
      for (const connections of options.connections) {
        for (const mode of options.modes) {
          const list = rounds.get(`${mode} ${connections}`) ?? [];
          results.push({ mode, scenario, connections, ...medianFigures(list), rounds: list });
        }
      }
    }
    return results;
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

async function benchStart(options: EmbeddedBenchOptions, tmp: string): Promise<StartResult[]> {
  type Run = { ms: number; readyLogMs: number; cpu: number; mainCpu: number };
  const first = new Map<EmbeddedMode, Run[]>();
  const later = new Map<EmbeddedMode, Run[]>();
  const dirs = new Map<EmbeddedMode, string>();
  // Interleaved by mode, as above.
  for (let i = 0; i < options.starts; i++) {
    for (const mode of i % 2 ? [...options.modes].reverse() : options.modes) {
      const dataDir = await mkdtemp(path.join(tmp, `start-${mode}-`));
      const { server, ...run } = await startServer(mode, dataDir, 'info');
      await stopServer(server);
      first.set(mode, [...(first.get(mode) ?? []), run]);
      if (dirs.has(mode)) await rm(dataDir, { recursive: true, force: true });
      else dirs.set(mode, dataDir);
    }
  }
  for (let i = 0; i < options.starts; i++) {
    for (const mode of i % 2 ? [...options.modes].reverse() : options.modes) {
      const { server, ...run } = await startServer(mode, dirs.get(mode)!, 'info');
      await stopServer(server);
      later.set(mode, [...(later.get(mode) ?? []), run]);
    }
  }
  const results: StartResult[] = [];
  for (const mode of options.modes) {
    for (const [kind, runs] of [
      ['first', first.get(mode) ?? []],
      ['later', later.get(mode) ?? []],
    ] as const) {
      const runsMs = runs.map((r) => Math.round(r.ms));
      const runsCpuMs = runs.map((r) => r.cpu);
      const result: StartResult = {
        mode,
        kind,
        medianMs: Math.round(median(runsMs)),
        runsMs,
        medianReadyLogMs: Math.round(median(runs.map((r) => r.readyLogMs))),
        medianCpuMs: Math.round(median(runsCpuMs)),
        medianMainThreadCpuMs: Math.round(median(runs.map((r) => r.mainCpu))),
        runsCpuMs,
      };
      results.push(result);
      log(
        `  ${kind} start, ${mode}: median ${result.medianMs} ms (${runsMs.join(', ')}), ready line ${result.medianReadyLogMs} ms; CPU ${result.medianCpuMs} ms, main thread ${result.medianMainThreadCpuMs} ms`,
      );
    }
  }
  return results;
}

function gitCommit(): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }, (error, stdout) =>
      resolve(error ? null : stdout.trim()),
    );
  });
}

export function table(report: EmbeddedBenchReport): string {
  const lines = [
    '| scenario | connections | thread | req/s | p50 ms | p95 ms | p99 ms | max ms | CPU ms/req | main thread CPU ms/req | non-2xx | errors |',
    '| -------- | ----------: | ------ | ----: | -----: | -----: | -----: | -----: | ---------: | ---------------------: | ------: | -----: |',
  ];
  for (const r of report.load) {
    lines.push(
      `| ${r.scenario} | ${r.connections} | ${r.mode} | ${r.rps} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} | ${r.cpuPerRequest} | ${r.mainCpuPerRequest} | ${r.non2xx} | ${r.errors} |`,
    );
  }
  if (report.start.length > 0) {
    lines.push(
      '',
      '| start | thread | median ms (/health/ready) | ready line ms | CPU ms (all threads) | main thread CPU ms | runs ms |',
      '| ----- | ------ | ------------------------: | ------------: | -------------------: | -----------------: | ------- |',
    );
    for (const r of report.start) {
      lines.push(
        `| ${r.kind} | ${r.mode} | ${r.medianMs} | ${r.medianReadyLogMs} | ${r.medianCpuMs} | ${r.medianMainThreadCpuMs} | ${r.runsMs.join(', ')} |`,
      );
    }
  }
  return lines.join('\n');
}

export async function runEmbeddedBench(options: EmbeddedBenchOptions): Promise<EmbeddedBenchReport> {
  const startedAt = new Date();
  const before = os.loadavg().map((n) => Number(n.toFixed(2)));
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'doable-bench-embedded-'));
  try {
    await writeWrkScript(tmp);
    log(`== embedded database (modes ${options.modes.join(', ')}; load average ${before.join(' ')})`);
    const load = options.parts.includes('load') ? await benchLoad(options, tmp) : [];
    const start = options.parts.includes('start') ? await benchStart(options, tmp) : [];
    return {
      startedAt: startedAt.toISOString(),
      commit: await gitCommit(),
      loadAverage: { before, after: os.loadavg().map((n) => Number(n.toFixed(2))) },
      cpus: os.cpus().length,
      options,
      load,
      start,
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const report = await runEmbeddedBench(optionsFromEnv());
  log(`\n${table(report)}\n`);
  log(
    `load average: ${report.loadAverage.before.join(' ')} before, ${report.loadAverage.after.join(' ')} after`,
  );
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `embedded-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`results: ${path.relative(ROOT, file)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    for (const child of children) child.kill('SIGKILL');
    process.exit(1);
  });
}
