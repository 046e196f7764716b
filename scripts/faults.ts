// `npm run faults`: the fault-injection run. Against the local Postgres server it starts
// two app instances, four concurrent writers on the first and a live-update (SSE) client on the
// second, then kills backends, restarts Postgres (fast, then crash-like), and stops and kills the
// app instances under load, restarting each. At the end it checks and prints: acknowledged writes
// lost, events missed or repeated by the SSE client, and 500 answers; non-zero exit if any is not 0.
// Loopback only, bounded to a few minutes. Restarts the shared Postgres server twice: run it alone.
//
// Environment: FAULTS_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres), a
// superuser connection on the server that pg_ctlcluster controls; FAULTS_KEEP_LOGS=1 keeps the
// instances' logs; FAULTS_SKIP_POSTGRES_RESTART=1 leaves the server running (a shared machine).
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import {
  type Answer,
  AnswerStats,
  postgresReady as answers,
  clock,
  EventClient,
  freePort,
  Instance,
  lostWrites,
  query,
  refused,
  call as request,
  run,
  signToken,
  sleep,
  streamCheck,
  type TaskRecord,
} from './harness.js';

const ADMIN_URL = process.env.FAULTS_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The whole run, faults and checks, must finish within this. */
const DEADLINE_MS = 240_000;
const REQUEST_TIMEOUT_MS = 10_000;
const { say } = clock();

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

const admin = <T extends pg.QueryResultRow>(text: string, params: unknown[] = [], url = dbUrl) =>
  query<T>(url, text, params);

const postgresReady = (timeoutMs = 60_000) => answers(ADMIN_URL, timeoutMs);

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
// App instances as child processes: `node server/launch/start.mjs` (scripts/harness.ts).

const secret = randomBytes(36).toString('base64url');

/** Instance `name` on a free port, with its log and data directory in `dir`. */
async function instance(name: string, dir: string): Promise<Instance> {
  const port = await freePort();
  return new Instance(name, port, path.join(dir, `${name.toLowerCase()}.log`), {
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl,
    DATABASE_POOL_MAX: '10',
    DATA_DIR: path.join(dir, name.toLowerCase()),
    BETTER_AUTH_SECRET: secret,
    APP_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'info',
    // The per-user counter still runs on every request (its statement meets the faults too),
    // but four writers never reach it.
    API_RATE_LIMIT: '100000',
    EVENTS_HEARTBEAT_SECONDS: '2',
    SHUTDOWN_TIMEOUT_MS: '10000',
  });
}

// ---------------------------------------------------------------------------------------------
// HTTP as a client sees it: every answer counted, every acknowledged write recorded.

const userId = `faults-${randomBytes(4).toString('hex')}`;
let token = '';

const stats = new AnswerStats();
const count = (answer: Answer | undefined) => stats.count(answer);

const call = (instance: Instance, method: string, p: string, body?: unknown): Promise<Answer> =>
  request(instance.url, token, method, p, body, {}, REQUEST_TIMEOUT_MS);

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
  const a = await instance('A', logDir);
  const b = await instance('B', logDir);
  children.push(a, b);
  await a.start();
  await b.start();
  say(`instances up: A ${a.url}, B ${b.url} (logs in ${logDir})`);

  token = await signToken(secret, userId);

  // Writers on A (B when A refuses connections); the live-update client on B.
  // Always the same instance: while it is down (restarting), connecting fails and is retried, so
  // the events written meanwhile must come from the Last-Event-ID replay.
  const events = new EventClient(() => b.url, token);
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
  const lost = lostWrites(tasks.values(), new Map(rows.map((r) => [Number(r.id), { title: r.title }])));
  const { missed, repeated, unknown } = streamCheck(ids, events.seen);
  const fiveHundreds = stats.fiveHundreds;
  const statuses = [stats.statusLine()];
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
