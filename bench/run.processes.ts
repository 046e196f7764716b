// What `npm run bench` starts and connects to: the servers as child processes, each in its own
// process group (tsx's CLI is a parent process with the real node process as its child), every
// group killed and every setup step undone on the way out; clients of the Postgres server.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { freePort, sleep } from '../scripts/harness.js';
import { BenchError, ROOT } from './run.options.js';

const children = new Set<ChildProcess>();
export const cleanups: Array<() => Promise<void>> = [];
export let interrupted = false;
/** Ends the load client's run in progress on SIGINT or SIGTERM. */
export const abort = new AbortController();

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
export function runCleanups(): Promise<void> {
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

export interface Service {
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

export async function startService(
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
export async function scriptPid({
  child,
  plain,
}: Pick<Service, 'child' | 'plain'>): Promise<number | undefined> {
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
export async function stopService(service: Service): Promise<number | string | null> {
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
 * is the development loader's cost, not the server's.
 */
export const SERVER_SCRIPT = 'server/launch/start.mjs';

/**
 * The bare baselines (bench/baseline.ts) bundled into one plain JavaScript file, so they too run
 * on node without tsx's loader, as our server does.
 */
export async function baselineScript(): Promise<string> {
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

export async function finish(service: Service): Promise<void> {
  const code = await stopService(service);
  if (code !== 0 && !interrupted) {
    throw new BenchError(`${service.name} exited with ${code} after SIGTERM:\n${service.output().trim()}`);
  }
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
