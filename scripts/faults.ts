// `npm run faults`: the fault-injection run (issue 12). Against the local Postgres server it starts
// two app instances, four concurrent writers on the first and a live-update (SSE) client on the
// second, then kills backends, restarts Postgres (fast, then crash-like), and stops and kills the
// app instances under load, restarting each. At the end it checks and prints: acknowledged writes
// lost, events missed or repeated by the SSE client, and 500 answers; non-zero exit if any is not 0.
// Loopback only, bounded to a few minutes. Restarts the shared Postgres server twice: run it alone.
//
// Environment: FAULTS_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres), a
// superuser connection on the server that pg_ctlcluster controls; FAULTS_KEEP_LOGS=1 keeps the
// instances' logs; FAULTS_SKIP_POSTGRES_RESTART=1 leaves the server running (a shared machine).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import pg from 'pg';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const ADMIN_URL = process.env.FAULTS_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The whole run, faults and checks, must finish within this. */
const DEADLINE_MS = 240_000;
const REQUEST_TIMEOUT_MS = 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const say = (line: string) => console.log(`[${elapsed()}] ${line}`);

// ---------------------------------------------------------------------------------------------
// The database for this run, and the Postgres server under it.

const dbName = `doable_faults_${randomBytes(5).toString('hex')}`;
const dbUrl = (() => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  return url.toString();
})();
if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(ADMIN_URL).hostname)) {
  throw new Error('FAULTS_ADMIN_URL must point at this machine: the run restarts that server');
}

async function admin<T extends pg.QueryResultRow>(text: string, params: unknown[] = [], url = dbUrl) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end().catch(() => {});
  }
}

async function postgresReady(timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await admin('select 1', [], ADMIN_URL);
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await sleep(250);
    }
  }
}

async function cluster(): Promise<string> {
  const versions = await readdir('/etc/postgresql');
  if (versions.length !== 1)
    throw new Error(`expected one cluster version in /etc/postgresql, found ${versions}`);
  return versions[0]!;
}

/** Restarts the local Postgres server: `fast` (clean) or `immediate` (like a crash: recovery on start). */
async function restartPostgres(mode: 'fast' | 'immediate'): Promise<number> {
  const at = Date.now();
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', '-m', mode, await cluster(), 'main', 'restart']);
  await postgresReady();
  return Date.now() - at;
}

async function ensurePostgresUp(): Promise<void> {
  try {
    await run('pg_isready', ['-h', '127.0.0.1', '-t', '5']);
  } catch {
    say('Postgres is not up: starting it');
    await run('pg_ctlcluster', ['--skip-systemctl-redirect', await cluster(), 'main', 'start']).catch(
      (error: Error) => say(`starting Postgres failed: ${error.message}`),
    );
    await postgresReady().catch(() => say('Postgres still does not answer: check it by hand'));
  }
}

// ---------------------------------------------------------------------------------------------
// App instances as child processes: `node --import tsx src/main.ts`.

const secret = randomBytes(36).toString('base64url');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

class Instance {
  child: ChildProcess | undefined;
  exited: Promise<Exit> = Promise.resolve({ code: null, signal: null });
  up = false;

  constructor(
    readonly name: string,
    readonly port: number,
    readonly logFile: string,
    readonly dataDir: string,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(this.port),
        DATABASE_URL: dbUrl,
        DATABASE_POOL_MAX: '10',
        DATA_DIR: this.dataDir,
        BETTER_AUTH_SECRET: secret,
        APP_URL: this.url,
        LOG_LEVEL: 'info',
        // The per-user counter still runs on every request (its statement meets the faults too),
        // but four writers never reach it.
        API_RATE_LIMIT: '100000',
        EVENTS_HEARTBEAT_SECONDS: '2',
        SHUTDOWN_TIMEOUT_MS: '10000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.up = false;
        resolve({ code, signal });
      }),
    );
    const until = Date.now() + 90_000;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited during start; see ${this.logFile}`);
      try {
        const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2000) });
        if (res.status === 200) {
          this.up = true;
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error(`${this.name} did not become healthy; see ${this.logFile}`);
  }

  /** Sends `signal` and waits for the exit. */
  async stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<Exit & { ms: number }> {
    const at = Date.now();
    this.up = false;
    this.child?.kill(signal);
    const exit = await this.exited;
    return { ...exit, ms: Date.now() - at };
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP as a client sees it: every answer counted, every acknowledged write recorded.

const userId = `faults-${randomBytes(4).toString('hex')}`;
let token = '';

interface Answer {
  status: number;
  body: { id?: number } | string;
  contentType: string;
  retryAfter: string | null;
}

const stats = {
  byStatus: new Map<number, number>(),
  noAnswer: 0,
  /** 503s without problem+json or Retry-After (Fastify's own answer while closing was one). */
  bare503: 0,
  unexpected: [] as string[],
};

function count(answer: Answer | undefined): void {
  if (!answer) {
    stats.noAnswer++;
    return;
  }
  stats.byStatus.set(answer.status, (stats.byStatus.get(answer.status) ?? 0) + 1);
  if (
    answer.status === 503 &&
    (!answer.contentType.startsWith('application/problem+json') || !answer.retryAfter)
  ) {
    stats.bare503++;
  }
}

async function call(instance: Instance, method: string, p: string, body?: unknown): Promise<Answer> {
  const res = await fetch(instance.url + p, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    body: contentType.includes('json') && text ? JSON.parse(text) : text,
    contentType,
    retryAfter: res.headers.get('retry-after'),
  };
}

const refused = (error: unknown) => (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';

/** Tries the instances in order, moving on only when one refuses the connection (nothing was sent). */
async function send(
  instances: Instance[],
  method: string,
  p: string,
  body?: unknown,
): Promise<Answer | undefined> {
  for (const instance of instances) {
    try {
      return await call(instance, method, p, body);
    } catch (error) {
      if (!refused(error)) return undefined;
    }
  }
  return undefined;
}

interface TaskRecord {
  id: number;
  /** The content of the last acknowledged write. */
  acked: string;
  /** Titles of writes sent after it that got no 2xx: they may or may not have landed. */
  uncertain: string[];
}

const tasks = new Map<number, TaskRecord>();
const writes = { creates: 0, updates: 0, uncertainCreates: 0 };

async function writer(n: number, instances: Instance[], running: () => boolean): Promise<void> {
  const mine: TaskRecord[] = [];
  for (let i = 0; running(); i++) {
    const title = `w${n}-${i}`;
    let acknowledged: boolean;
    if (mine.length < 3 || Math.random() < 0.4) {
      const answer = await send(instances, 'POST', '/api/me/tasks', { title });
      count(answer);
      acknowledged = answer?.status === 201;
      if (acknowledged) {
        const record = { id: Number((answer!.body as { id: number }).id), acked: title, uncertain: [] };
        mine.push(record);
        tasks.set(record.id, record);
        writes.creates++;
      } else {
        if (answer && answer.status < 500)
          stats.unexpected.push(`POST ${answer.status} ${JSON.stringify(answer.body)}`);
        writes.uncertainCreates++;
      }
    } else {
      const record = mine[Math.floor(Math.random() * mine.length)]!;
      const answer = await send(instances, 'PATCH', `/api/me/tasks/${record.id}`, { title });
      count(answer);
      acknowledged = answer?.status === 200;
      if (acknowledged) {
        record.acked = title;
        record.uncertain = [];
        writes.updates++;
      } else {
        if (answer && answer.status < 500)
          stats.unexpected.push(`PATCH ${answer.status} ${JSON.stringify(answer.body)}`);
        record.uncertain.push(title);
      }
    }
    // A short pause after a failure, as a client honouring Retry-After (briefly) would.
    await sleep(acknowledged ? 5 : 100);
  }
}

// ---------------------------------------------------------------------------------------------
// The live-update client: reads `id:` lines, reconnects with Last-Event-ID after any fault.

class EventClient {
  readonly seen = new Map<number, number>();
  lastId = 0;
  connections = 0;
  private stopped = false;
  private request: http.ClientRequest | undefined;

  constructor(private readonly instance: Instance) {}

  start(): void {
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.request?.destroy();
  }

  private async connect(): Promise<void> {
    while (!this.stopped) {
      // Always the same instance: while it is down (restarting), connecting fails and is retried,
      // so the events written meanwhile must come from the Last-Event-ID replay.
      const target = this.instance;
      const ended = await new Promise<void>((resolve) => {
        const req = http.get(
          `${target.url}/api/me/events`,
          {
            headers: {
              authorization: `Bearer ${token}`,
              accept: 'text/event-stream',
              'last-event-id': String(this.lastId),
            },
          },
          (res) => {
            if (res.statusCode !== 200) {
              res.resume();
              res.on('end', resolve);
              return;
            }
            this.connections++;
            let buffer = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              buffer += chunk;
              let end = buffer.indexOf('\n\n');
              while (end >= 0) {
                this.frame(buffer.slice(0, end));
                buffer = buffer.slice(end + 2);
                end = buffer.indexOf('\n\n');
              }
            });
            res.on('close', resolve);
          },
        );
        req.on('error', () => resolve());
        this.request = req;
      });
      void ended;
      if (!this.stopped) await sleep(300);
    }
  }

  private frame(block: string): void {
    const id = /^id: ?(\d+)$/m.exec(block)?.[1];
    if (id === undefined) return;
    const n = Number(id);
    this.seen.set(n, (this.seen.get(n) ?? 0) + 1);
    this.lastId = n;
  }
}

// ---------------------------------------------------------------------------------------------
// The run.

const children: Instance[] = [];
process.on('exit', () => {
  for (const i of children) if (i.child?.exitCode === null) i.child.kill('SIGKILL');
});

async function main(): Promise<number> {
  const deadline = setTimeout(() => {
    say(`the run exceeded ${DEADLINE_MS / 1000} s: giving up`);
    void cleanup().finally(() => process.exit(2));
  }, DEADLINE_MS);
  deadline.unref();

  await postgresReady(10_000);
  await admin(`create database ${dbName}`, [], ADMIN_URL);
  say(`database ${dbName} created`);
  const logDir = await mkdtemp(path.join(tmpdir(), 'doable-faults-'));
  const a = new Instance('A', await freePort(), path.join(logDir, 'a.log'), path.join(logDir, 'a'));
  const b = new Instance('B', await freePort(), path.join(logDir, 'b.log'), path.join(logDir, 'b'));
  children.push(a, b);
  await a.start();
  await b.start();
  say(`instances up: A ${a.url}, B ${b.url} (logs in ${logDir})`);

  token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));

  // Writers on A (B when A refuses connections); the live-update client on B.
  const events = new EventClient(b);
  events.start();
  await sleep(500);
  let writing = true;
  const writers = [0, 1, 2, 3].map((n) => writer(n, [a, b], () => writing));
  const shutdowns: string[] = [];
  const failures: string[] = [];

  const phase = async (name: string, fault: () => Promise<string | undefined>, settleMs = 2500) => {
    const before = writes.creates + writes.updates;
    const note = await fault();
    await sleep(settleMs);
    say(
      `${name}${note ? ` (${note})` : ''}: ${writes.creates + writes.updates - before} acknowledged writes since`,
    );
  };

  await phase('warm-up', async () => undefined, 2000);
  await phase('backends terminated x3', async () => {
    let killed = 0;
    for (let i = 0; i < 3; i++) {
      const rows = await admin<{ t: boolean }>(
        'select pg_terminate_backend(pid) as t from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      killed += rows.length;
      await sleep(400);
    }
    return `${killed} backends`;
  });
  const restarts = !process.env.FAULTS_SKIP_POSTGRES_RESTART;
  if (restarts) {
    await phase('Postgres restart (fast)', async () => `back in ${await restartPostgres('fast')} ms`, 3000);
  }

  const appFault = async (instance: Instance, signal: 'SIGTERM' | 'SIGKILL') => {
    const exit = await instance.stop(signal);
    const line = `${instance.name} ${signal}: exit ${exit.code ?? exit.signal} after ${exit.ms} ms`;
    shutdowns.push(line);
    if (signal === 'SIGTERM' && (exit.code !== 0 || exit.ms > 5000)) failures.push(line);
    await sleep(500);
    const at = Date.now();
    await instance.start();
    return `${line}; restarted in ${Date.now() - at} ms`;
  };
  await phase('app A SIGTERM under load', () => appFault(a, 'SIGTERM'));
  await phase('app A kill -9 under load', () => appFault(a, 'SIGKILL'));
  await phase('app B SIGTERM (the SSE client reconnects)', () => appFault(b, 'SIGTERM'));
  await phase('app B kill -9 (the SSE client reconnects)', () => appFault(b, 'SIGKILL'));
  if (restarts) {
    await phase(
      'Postgres crash restart (immediate)',
      async () => `back in ${await restartPostgres('immediate')} ms`,
      4000,
    );
  } else say('Postgres restarts skipped (FAULTS_SKIP_POSTGRES_RESTART)');

  writing = false;
  await Promise.all(writers);
  say('writers stopped; waiting for the live-update client to catch up');

  // -------------------------------------------------------------------------------------------
  // Checks.
  const idColumn = (
    await admin<{ n: number }>(
      "select count(*)::int as n from information_schema.columns where table_name = 'task_events' and column_name = 'seq'",
    )
  )[0]!.n
    ? 'seq'
    : 'id';
  const tableEvents = async () =>
    (
      await admin<{ id: string }>(`select ${idColumn} as id from task_events where user_id = $1 order by 1`, [
        userId,
      ])
    ).map((r) => Number(r.id));
  let ids = await tableEvents();
  for (let waited = 0; waited < 15_000 && ids.some((id) => !events.seen.has(id)); waited += 500) {
    await sleep(500);
    ids = await tableEvents();
  }
  events.stop();

  const rows = await admin<{ id: string; title: string }>('select id, title from tasks where user_id = $1', [
    userId,
  ]);
  const stored = new Map(rows.map((r) => [Number(r.id), r.title]));
  const lost: string[] = [];
  for (const record of tasks.values()) {
    const title = stored.get(record.id);
    if (title === undefined) lost.push(`task ${record.id} (acknowledged "${record.acked}") is missing`);
    else if (title !== record.acked && !record.uncertain.includes(title)) {
      lost.push(`task ${record.id} has "${title}", acknowledged "${record.acked}"`);
    }
  }
  const inTable = new Set(ids);
  const missed = ids.filter((id) => !events.seen.has(id));
  const repeated = [...events.seen].filter(([, n]) => n > 1).map(([id]) => id);
  const unknown = [...events.seen.keys()].filter((id) => !inTable.has(id));
  const fiveHundreds = stats.byStatus.get(500) ?? 0;
  const statuses = [...stats.byStatus].sort(([x], [y]) => x - y).map(([s, n]) => `${s}: ${n}`);
  const timedOut =
    (await Promise.all([a, b].map((i) => readFile(i.logFile, 'utf8')))).join('').split('shutdown timed out')
      .length - 1;

  console.log('');
  console.log('Fault run results');
  console.log(
    `  answers by status     ${statuses.join(', ')}; no answer (connection refused/reset/timeout): ${stats.noAnswer}`,
  );
  console.log(
    `  acknowledged writes   ${writes.creates} creates, ${writes.updates} updates (${writes.uncertainCreates} creates unacknowledged)`,
  );
  console.log(
    `  shutdowns             ${shutdowns.join('; ')}${timedOut ? `; "shutdown timed out" logged ${timedOut}x` : ''}`,
  );
  console.log(
    `  live-update client    ${events.connections} connections, ${events.seen.size} distinct ids seen, ${ids.length} events in task_events (by ${idColumn})`,
  );
  if (unknown.length) console.log(`  ids seen but not in the table: ${unknown.slice(0, 20).join(', ')}`);
  if (stats.unexpected.length) console.log(`  unexpected 4xx: ${stats.unexpected.slice(0, 5).join(' | ')}`);
  if (stats.bare503) console.log(`  503 answers without problem+json and Retry-After: ${stats.bare503}`);
  for (const line of failures) console.log(`  shutdown not clean: ${line}`);
  console.log('');
  console.log(
    `  acknowledged writes lost: ${lost.length}${lost.length ? `  (${lost.slice(0, 5).join('; ')})` : ''}`,
  );
  console.log(
    `  events missed:            ${missed.length}${missed.length ? `  (ids ${missed.slice(0, 20).join(', ')})` : ''}`,
  );
  console.log(
    `  events repeated:          ${repeated.length}${repeated.length ? `  (ids ${repeated.slice(0, 20).join(', ')})` : ''}`,
  );
  console.log(`  500 answers:              ${fiveHundreds}`);
  console.log('');

  const bad =
    lost.length +
    missed.length +
    repeated.length +
    fiveHundreds +
    stats.bare503 +
    failures.length +
    stats.unexpected.length;
  if (!bad && !process.env.FAULTS_KEEP_LOGS) await rm(logDir, { recursive: true, force: true });
  else console.log(`instance logs kept in ${logDir}`);
  return bad ? 1 : 0;
}

let cleaned: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaned ??= (async () => {
    await Promise.all(
      children.map(async (i) => {
        if (i.child && i.child.exitCode === null && i.child.signalCode === null) {
          const exit = i.stop('SIGTERM');
          const timer = setTimeout(() => i.child?.kill('SIGKILL'), 12_000);
          await exit;
          clearTimeout(timer);
        }
      }),
    );
    await ensurePostgresUp();
    await admin(`drop database if exists ${dbName} with (force)`, [], ADMIN_URL).catch((error: Error) =>
      say(`dropping ${dbName} failed: ${error.message}`),
    );
    say(`database ${dbName} dropped`);
  })();
  return cleaned;
}

process.once('SIGINT', () => {
  say('interrupted');
  void cleanup().finally(() => process.exit(130));
});

let code = 1;
try {
  code = await main();
} catch (error) {
  say(`the run failed: ${error instanceof Error ? error.stack : String(error)}`);
  code = 2;
} finally {
  await cleanup();
}
process.exit(code);
