// `npx tsx bench/node-cpu.ts`: the CPU one create and one rename cost the server's node process
// (and the database's backends), counted from /proc rather than from a rate, so a busy machine
// slows the run down without changing the figures much. Starts the server as `npm start` does
// against a fresh database on the Postgres server, then in each round sends NODE_CPU_REQUESTS
// creates (`POST /api/me/tasks`, a title and a description, as `npm run bench` does) and as many
// renames (`PATCH /api/me/tasks/:id`, a title) over NODE_CPU_CONNECTIONS keep-alive connections,
// and reads the node process's and the backends' CPU before and after each phase. Prints each
// round and the medians (CPU ms a request), with the load average.
//
// Env: NODE_CPU_ROUNDS (default 5), NODE_CPU_REQUESTS (a phase, default 2000),
// NODE_CPU_CONNECTIONS (default 10), NODE_CPU_USERS (default 10), BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/), NODE_CPU_RATE_LIMIT (API_RATE_LIMIT for the server; default
// 100000 a minute, so the limiter runs and never answers 429), NODE_CPU_PROFILE=DIR (a V8 CPU
// profile of the server; afterwards the top functions by self and inclusive time per request, of
// the samples inside the measured phases only, each function named by its TypeScript source;
// NODE_CPU_REPORT=DIR prints that report again), NODE_CPU_ROOT (another checkout whose server to
// run, e.g. `git worktree add /tmp/before <commit>` with a link to this node_modules).
import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SourceMapConsumer } from 'source-map-js';
import { type CpuSample, cpuSampler } from './run.measure.js';
import { ROOT, SECRET } from './run.options.js';
import {
  cleanups,
  finish,
  runCleanups,
  SERVER_SCRIPT,
  scriptPid,
  startService,
  withClient,
} from './run.processes.js';
import { type BenchUser, makeUser } from './run.users.js';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ROUNDS = num('NODE_CPU_ROUNDS', 5);
const REQUESTS = num('NODE_CPU_REQUESTS', 2000);
const CONNECTIONS = num('NODE_CPU_CONNECTIONS', 10);
const USERS = num('NODE_CPU_USERS', 10);
const PROFILE_DIR = process.env.NODE_CPU_PROFILE;
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

interface Request {
  method: string;
  path: string;
  body: string;
  user: BenchUser;
}

function send(agent: http.Agent, url: URL, r: Request): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: r.method,
        path: r.path,
        headers: {
          authorization: `Bearer ${r.user.token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(r.body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(r.body);
  });
}

/** Sends `count` requests made by `make(i)` over CONNECTIONS connections; checks each status. */
async function drive(
  url: URL,
  count: number,
  status: number,
  make: (i: number) => Request,
  onBody?: (i: number, body: any) => void,
) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < count) {
        const i = next++;
        const r = make(i);
        const res = await send(agent, url, r);
        if (res.status !== status) throw new Error(`${r.method} ${r.path}: ${res.status} ${res.text}`);
        onBody?.(i, JSON.parse(res.text));
      }
    }),
  );
  agent.destroy();
}

/** The node process's user and system CPU (ms) from /proc. */
async function userSystem(pid: number | undefined): Promise<{ user: number; system: number }> {
  if (pid === undefined) return { user: 0, system: 0 };
  const text = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
}

const perRequest = (a: CpuSample, b: CpuSample, n: number) => {
  let postgres = 0;
  for (const [pid, ms] of b.backends) postgres += ms - (a.backends.get(pid) ?? 0);
  return { node: (b.node - a.node) / n, postgres: postgres / n };
};

async function main() {
  const admin = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/');
  const name = `doable_nodecpu_${randomBytes(4).toString('hex')}`;
  admin.pathname = '/postgres';
  const dbUrl = new URL(admin);
  dbUrl.pathname = `/${name}`;
  await withClient(admin.toString(), (c) => c.query(`create database "${name}"`));
  // Dropped however the run ends (runCleanups: at the end, on an error, on SIGINT or SIGTERM).
  cleanups.push(() =>
    withClient(admin.toString(), async (c) => {
      await c.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
      await c.query(`drop database if exists "${name}"`);
    }),
  );
  const users = await Promise.all(
    Array.from({ length: USERS }, (_, i) => makeUser(`cpu-user-${String(i + 1).padStart(2, '0')}`)),
  );
  const nodeArgs = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const server = await startService(
    'doable',
    SERVER_SCRIPT,
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      BETTER_AUTH_SECRET: SECRET,
      APP_URL: 'http://127.0.0.1',
      DATABASE_URL: dbUrl.toString(),
      DATABASE_POOL_MAX: '10',
      API_RATE_LIMIT: process.env.NODE_CPU_RATE_LIMIT ?? '100000',
    },
    nodeArgs,
    process.env.NODE_CPU_ROOT ?? ROOT,
  );
  const client = new pg.Client({ connectionString: dbUrl.toString() });
  await client.connect();
  const windows: Array<{ kind: 'create' | 'rename'; from: number; to: number }> = [];
  const rounds: Array<{
    create: { node: number; postgres: number };
    rename: { node: number; postgres: number };
  }> = [];
  try {
    const url = new URL(server.url);
    const pid = await scriptPid(server);
    const sample = cpuSampler(pid, client);
    let ids: number[] = [];
    const createPhase = async (n: number) => {
      ids = new Array(n);
      await drive(
        url,
        n,
        201,
        (i) => ({
          method: 'POST',
          path: '/api/me/tasks',
          user: users[i % users.length]!,
          body: JSON.stringify({
            title: `Task ${i}: review the quarterly plan`,
            description: `Notes for task ${i}.`,
          }),
        }),
        (i, body) => {
          ids[i] = body.id;
        },
      );
    };
    const renamePhase = (n: number, round: number) =>
      drive(url, n, 200, (i) => ({
        method: 'PATCH',
        path: `/api/me/tasks/${ids[i % ids.length]}`,
        user: users[(i % ids.length) % users.length]!,
        body: JSON.stringify({ title: `Task ${i} renamed in round ${round}` }),
      }));
    console.log(`warming up (load ${load()})`);
    await createPhase(Math.min(REQUESTS, 1000));
    await renamePhase(Math.min(REQUESTS, 1000), 0);
    const xacts = async () =>
      Number(
        (await client.query('select xact_commit from pg_stat_database where datname = current_database()'))
          .rows[0].xact_commit,
      );
    for (let r = 1; r <= ROUNDS; r++) {
      const x0 = await xacts();
      let from = nowUs();
      const a = await sample();
      const ua = await userSystem(pid);
      await createPhase(REQUESTS);
      const ub = await userSystem(pid);
      const b = await sample();
      windows.push({ kind: 'create', from, to: nowUs() });
      from = nowUs();
      await renamePhase(REQUESTS, r);
      const uc = await userSystem(pid);
      const c = await sample();
      windows.push({ kind: 'rename', from, to: nowUs() });
      // Counted with a lag (the statistics are flushed about once a second): the last round's is the truer.
      const x1 = await xacts();
      const row = { create: perRequest(a, b, REQUESTS), rename: perRequest(b, c, REQUESTS) };
      if (r === ROUNDS) {
        // Which backends spent the Postgres CPU of this round (both phases): the pool's, or another's.
        const { rows: activity } = await client.query<{ pid: number; query: string }>(
          'select pid, left(query, 70) as query from pg_stat_activity where datname = current_database()',
        );
        const last = new Map(activity.map((row) => [row.pid, row.query.replace(/\s+/g, ' ')]));
        const spent = [...c.backends].map(([p, ms]) => ({ p, ms: ms - (a.backends.get(p) ?? 0) }));
        for (const { p, ms } of spent.sort((x, y) => y.ms - x.ms).slice(0, 14)) {
          console.log(
            `  backend ${p}: ${((ms / (2 * REQUESTS)) * 1000).toFixed(0)} µs a request, last: ${last.get(p)}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const x2 = await xacts();
        console.log(
          `  transactions a request (both phases, after the statistics' flush): ${((x2 - x0) / (2 * REQUESTS)).toFixed(2)}`,
        );
        void x1;
      }
      rounds.push(row);
      const sys = (x: { system: number }, y: { system: number }) =>
        ((y.system - x.system) / REQUESTS).toFixed(3);
      console.log(
        `round ${r}: create node ${row.create.node.toFixed(3)} (system ${sys(ua, ub)}) + pg ${row.create.postgres.toFixed(3)} ms, ` +
          `rename node ${row.rename.node.toFixed(3)} (system ${sys(ub, uc)}) + pg ${row.rename.postgres.toFixed(3)} ms (load ${load()})`,
      );
    }
  } finally {
    await client.end();
    await finish(server);
    await runCleanups();
  }
  const med = (pick: (r: (typeof rounds)[number]) => number) => median(rounds.map(pick)).toFixed(3);
  console.log(
    `\nmedians of ${ROUNDS} rounds of ${REQUESTS} at ${CONNECTIONS} connections, CPU ms a request:` +
      `\n  create: node ${med((r) => r.create.node)} + postgres ${med((r) => r.create.postgres)}` +
      `\n  rename: node ${med((r) => r.rename.node)} + postgres ${med((r) => r.rename.postgres)}` +
      `\n  load ${load()}`,
  );
  if (PROFILE_DIR) {
    await writeFile(path.join(PROFILE_DIR, 'windows.json'), JSON.stringify({ windows, requests: REQUESTS }));
    await reportProfile(PROFILE_DIR, windows, REQUESTS);
  }
}

// ---------------------------------------------------------------------------------------------
// The profile: samples inside the measured phases, each frame named by its TypeScript source.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const consumers = new Map<string, SourceMapConsumer | null>();
async function sourceOf(frame: ProfileNode['callFrame']): Promise<string> {
  if (!frame.url || frame.lineNumber < 0) return frame.functionName || '(native)';
  const file = frame.url.replace(/^file:\/\//, '');
  if (!consumers.has(file)) {
    try {
      consumers.set(file, new SourceMapConsumer(JSON.parse(await readFile(`${file}.map`, 'utf8'))));
    } catch {
      consumers.set(file, null);
    }
  }
  const consumer = consumers.get(file);
  const pos = consumer?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  const where = pos?.source
    ? `${pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '')}:${pos.line}`
    : `${path.basename(file)}:${frame.lineNumber + 1}`;
  return `${frame.functionName || '(anonymous)'} ${where}`;
}

/** The part of the server a function belongs to, from the source its name ends with. */
function partOf(name: string): string {
  if (name === 'writev' || name === 'writeUtf8String' || name === 'writeBuffer')
    return 'socket writes (syscall)';
  const where = name.slice(name.lastIndexOf(' ') + 1);
  if (!where.includes(':') || where.startsWith('node:') || /^[a-z_]+:\d+$/.test(where)) {
    return name.startsWith('(') ? name : 'node core (http, streams, events, timers)';
  }
  const m = /^(server\/(?:platform\/[a-z]+|features\/[a-z]+)|[a-z@][^/]*(?:\/[^/]+)?)\//.exec(where);
  if (!m) return `other: ${where}`;
  const part = m[1]!;
  if (part.startsWith('@')) return part;
  // drizzle-orm's source map names its files src/...
  if (part.split('/')[0] === 'src') return 'drizzle-orm';
  return part.split('/')[0] === 'server' ? part : part.split('/')[0]!;
}

async function reportProfile(
  dir: string,
  windows: Array<{ kind: string; from: number; to: number }>,
  perWindow: number,
) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  // The server's profile is the largest (tsx's CLI is not involved: the server runs as plain JavaScript).
  let best: Profile | undefined;
  for (const f of files) {
    const p = JSON.parse(await readFile(path.join(dir, f), 'utf8')) as Profile;
    if (!best || p.samples.length > best.samples.length) best = p;
  }
  if (!best) return;
  const byId = new Map(best.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of best.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map<number, string>();
  for (const n of best.nodes) names.set(n.id, await sourceOf(n.callFrame));
  for (const kind of ['create', 'rename']) {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let total = 0;
    let t = best.startTime;
    for (let i = 0; i < best.samples.length; i++) {
      t += best.timeDeltas[i]!;
      const dt = best.timeDeltas[i + 1] ?? 0;
      if (!windows.some((w) => w.kind === kind && t >= w.from && t < w.to)) continue;
      const id = best.samples[i]!;
      const name = names.get(id)!;
      if (name.startsWith('(idle)')) continue;
      total += dt;
      self.set(name, (self.get(name) ?? 0) + dt);
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const nm = names.get(n)!;
        if (seen.has(nm)) continue;
        seen.add(nm);
        inclusive.set(nm, (inclusive.get(nm) ?? 0) + dt);
      }
      void byId;
    }
    const requests = windows.filter((w) => w.kind === kind).length * perWindow;
    const top = (m: Map<string, number>, n: number) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(
          ([k, us]) => `  ${(us / requests / 1000).toFixed(4)} ms  ${((100 * us) / total).toFixed(1)}%  ${k}`,
        )
        .join('\n');
    const parts = new Map<string, number>();
    for (const [name, us] of self) parts.set(partOf(name), (parts.get(partOf(name)) ?? 0) + us);
    console.log(`\n${kind}: self time by part, ms a request\n${top(parts, 20)}`);
    console.log(
      `\n${kind}: profiled busy time ${(total / requests / 1000).toFixed(3)} ms a request\nself:\n${top(self, 40)}\ninclusive:\n${top(inclusive, 80)}`,
    );
  }
}

const run = process.env.NODE_CPU_REPORT
  ? async () => {
      // NODE_CPU_REPORT=DIR: the report of a profile already taken, from its windows.json.
      const dir = process.env.NODE_CPU_REPORT!;
      const saved = JSON.parse(await readFile(path.join(dir, 'windows.json'), 'utf8'));
      await reportProfile(dir, saved.windows, saved.requests);
    }
  : main;
run().catch(async (error) => {
  console.error(error);
  await runCleanups();
  process.exit(1);
});
