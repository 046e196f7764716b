// `npx tsx bench/import-load.ts`: what one big import does to everyone else (docs/import-export.md).
// Starts the server as in production (a child process, embedded database in a temporary DATA_DIR),
// then sends a large JSON export that fails validation near its end (one at a time, then several
// at once) while probing GET /health and another user's GET /api/me/tasks every 50 ms. Prints the
// server's RSS (before, peak, after), the longest its event loop was held up (measured inside the
// server with monitorEventLoopDelay, so a busy client or machine does not count) and the probes'
// latencies. A measurement, not a test: it never fails on a figure.
//
// Env: IMPORT_LOAD_TASKS (default 100000), IMPORT_LOAD_DESCRIPTION (characters per description,
// default 370: about 62 MB for 100,000 tasks), IMPORT_LOAD_CONCURRENT (default 4).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { freePort, percentile } from '../scripts/harness.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'import-load-secret-that-is-long-enough-0123456789';
const TASKS = Number(process.env.IMPORT_LOAD_TASKS ?? 100_000);
const DESCRIPTION = Number(process.env.IMPORT_LOAD_DESCRIPTION ?? 370);
const CONCURRENT = Number(process.env.IMPORT_LOAD_CONCURRENT ?? 4);

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const token = (sub: string) =>
  new SignJWT({ sub })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(SECRET));

/** A valid export of `count` tasks but for an empty title near the end. */
function exportFile(count: number): string {
  const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(DESCRIPTION / 27)).slice(0, DESCRIPTION);
  const tasks = [];
  for (let i = 0; i < count; i++) {
    tasks.push({
      title: i === count - 10 ? '' : `Task number ${i} with a plain title`,
      description: filler,
      completed: i % 3 === 0,
      completed_at: i % 3 === 0 ? '2026-01-02T03:04:05.000Z' : null,
      priority: 'medium',
      tags: ['work', 'bulk'],
      due_date: '2026-03-04',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-02T03:04:05.000Z',
    });
  }
  return JSON.stringify({ format: 'doable-export', version: 1, tasks });
}

/** Preloaded into the server: reports its event loop's longest delay every 250 ms on stderr. */
const LOOP_DELAY = `data:text/javascript,${encodeURIComponent(
  "import { monitorEventLoopDelay } from 'node:perf_hooks';" +
    'const h = monitorEventLoopDelay({ resolution: 10 }); h.enable();' +
    "setInterval(() => { process.stderr.write('loop-delay-max ' + Math.round(h.max / 1e6) + '\\n'); h.reset(); }, 250).unref();",
)}`;

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'doable-import-load-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', LOOP_DELAY, 'server/main.ts'],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dataDir,
        BETTER_AUTH_SECRET: SECRET,
        APP_URL: url,
        API_RATE_LIMIT: '0',
      },
      stdio: ['ignore', 'inherit', 'pipe'],
    },
  );
  let loopDelay = 0;
  let pending = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const delay = /^loop-delay-max (\d+)$/.exec(line);
      if (delay) loopDelay = Math.max(loopDelay, Number(delay[1]));
      else process.stderr.write(`${line}\n`);
    }
  });
  try {
    for (let i = 0; ; i++) {
      if (i > 600) throw new Error('the server did not start');
      const ok = await fetch(`${url}/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const importer = await token('importer');
    const other = await token('bystander');
    const body = exportFile(TASKS);
    console.log(`import body: ${(Buffer.byteLength(body) / 1e6).toFixed(1)} MB, ${TASKS} tasks`);
    // Warm up both probes and the import route (a small valid import).
    await fetch(`${url}/api/me/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${importer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'doable-export', version: 1, tasks: [{ title: 'warm' }] }),
    });
    for (let i = 0; i < 20; i++) {
      await fetch(`${url}/health`).then((r) => r.text());
      await fetch(`${url}/api/me/tasks`, { headers: { authorization: `Bearer ${other}` } }).then((r) =>
        r.text(),
      );
    }

    for (const parallel of [1, CONCURRENT]) {
      const pid = child.pid!;
      const before = await rssMb(pid);
      let peak = before;
      const health: number[] = [];
      const list: number[] = [];
      let running = true;
      const sampler = (async () => {
        while (running) {
          peak = Math.max(peak, await rssMb(pid));
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const probe = async (samples: number[], path: string, auth?: string) => {
        while (running) {
          const started = performance.now();
          await fetch(url + path, { headers: auth ? { authorization: `Bearer ${auth}` } : {} }).then((r) =>
            r.text(),
          );
          samples.push(performance.now() - started);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      const probes = [probe(health, '/health'), probe(list, '/api/me/tasks', other)];
      await new Promise((r) => setTimeout(r, 300));
      loopDelay = 0;
      const started = performance.now();
      const results = await Promise.all(
        Array.from({ length: parallel }, async () => {
          const res = await fetch(`${url}/api/me/import`, {
            method: 'POST',
            headers: { authorization: `Bearer ${importer}`, 'content-type': 'application/json' },
            body,
          }).catch((error: Error) => error);
          if (res instanceof Error) return `failed (${res.message})`;
          await res.text();
          return `${res.status}${res.headers.get('retry-after') ? ` (Retry-After ${res.headers.get('retry-after')})` : ''}`;
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      running = false;
      await Promise.all([sampler, ...probes]);
      await new Promise((r) => setTimeout(r, 300)); // the last delay report
      const heldUp = loopDelay;
      await new Promise((r) => setTimeout(r, 1700));
      const after = await rssMb(pid);
      const fmt = (v: number[]) =>
        `n=${v.length} p50 ${percentile(v, 50).toFixed(0)} ms, p95 ${percentile(v, 95).toFixed(0)} ms, max ${Math.max(...v).toFixed(0)} ms`;
      console.log(
        `\n${parallel} import(s) at once: answered ${results.join(', ')} in ${seconds.toFixed(1)} s\n` +
          `  RSS: before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, 2 s after ${after.toFixed(0)} MB\n` +
          `  server event loop held up for at most ${heldUp} ms\n` +
          `  GET /health: ${fmt(health)}\n` +
          `  another user's GET /api/me/tasks: ${fmt(list)}`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
