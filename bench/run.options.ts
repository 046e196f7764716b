// `npm run bench`'s options (the BENCH_* variables, read once), its fixed secret and targets.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export class BenchError extends Error {
  override name = 'BenchError';
}

export function envNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new BenchError(`${name} must be a number >= ${min}`);
  return value;
}

export function envList(name: string, fallback: string): string[] {
  const list = (process.env[name]?.trim() || fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) throw new BenchError(`${name} must not be empty`);
  return [...new Set(list)];
}

export type DatabaseKind = 'embedded' | 'server';
export type ScenarioName = 'list' | 'get' | 'create' | 'patch' | 'large';

export const ALL_SCENARIOS: ScenarioName[] = ['list', 'get', 'create', 'patch', 'large'];
/** The scenarios measured for every BENCH_CONNECTIONS count on the 20 small users. */
export type SmallScenario = Exclude<ScenarioName, 'large'>;
export const LARGE_CONNECTIONS = 10;

export function readOptions() {
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

export const options = (() => {
  try {
    return readOptions();
  } catch (error) {
    console.error(`npm run bench: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
})();

// A fixed secret: 40+ characters, as production requires.
export const SECRET = 'doable-bench-secret-not-for-production-0123456789abcdef';
/**
 * The targets, ours over the bare server's from the same run: the list page against the seed
 * contract's floor (throughput, p99), the writes against the same statements and against the
 * write floor.
 */
export const TARGETS = {
  list: { throughput: 0.85, p99: 1.2 },
  writes: { throughput: 0.8 },
  /** Create and patch against the write floor (a plain table, no triggers). */
  writeFloor: { throughput: 0.3 },
};

export const smallScenarios = () => options.scenarios.filter((s): s is SmallScenario => s !== 'large');

export const log = (line: string) => console.log(line);
