// `npm run bench`'s scenarios and measurement: what each connection sends, wrk's runs taken in
// rounds with the servers taking turns, CPU time per request, one result row per case.
import { readFile } from 'node:fs/promises';
import type pg from 'pg';
import { median } from '../scripts/harness.js';
import {
  BenchError,
  type DatabaseKind,
  log,
  options,
  type ScenarioName,
  type SmallScenario,
} from './run.options.js';
import { abort, interrupted } from './run.processes.js';
import { authHeaders, type BenchUser, jsonHeaders } from './run.users.js';
import { type WrkRequest, type WrkResult, wrk } from './wrk.js';

/**
 * Who answers: our server, or one of the bare node:http + pg servers (bench/baseline.ts): `bare`
 * runs our own statements (the list's, the create's and the rename's), `seed` the seed contract's
 * floors: a page of its seven fields with the count (for the list), its row inserted and renamed in
 * a plain table with the list index (for create and patch).
 */
export type Target = 'doable' | 'before' | 'bare' | 'seed';

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
export type Load = WrkRequest[];

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

export interface CaseResult {
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
export interface CpuSample {
  node: number;
  backends: Map<number, number>;
}
export type CpuSampler = () => Promise<CpuSample>;

/** Samples a node process (the server) and every backend of the database `client` is connected to. */
export function cpuSampler(pid: number | undefined, client: pg.Client): CpuSampler {
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

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function measure(
  url: string,
  load: Load,
  connections: number,
  seconds: number,
): Promise<WrkResult> {
  if (interrupted) throw new BenchError('interrupted');
  const result = await wrk(url, load, connections, seconds, abort.signal);
  if (interrupted) throw new BenchError('interrupted');
  return result;
}

export async function warmUp(url: string, load: Load, connections: number): Promise<void> {
  if (options.warmup > 0) await measure(url, load, connections, options.warmup);
}

export function summarise(
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
export async function runRounds(
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

export const label = (r: Pick<CaseResult, 'target' | 'scenario' | 'case'>) =>
  r.target === 'before'
    ? `${r.scenario} (before: BENCH_BEFORE_DIR)`
    : r.target === 'bare'
      ? `${r.scenario} (bare, same statement)`
      : r.target === 'seed'
        ? `${r.scenario} (bare, seed ${r.scenario === 'list' ? 'fields' : 'row, plain table'})`
        : r.case === undefined
          ? r.scenario
          : `${r.scenario}: ${r.case}`;
