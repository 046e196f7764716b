// Doable behind PgBouncer in transaction pooling mode (docs/operations.md, "Behind PgBouncer"):
// two instances with DATABASE_URL through a real pgbouncer and DATABASE_DIRECT_URL straight to
// the server migrate, serve, stream, remind and deliver webhooks as they do without it. Runs on
// the Postgres server when Debian's pgbouncer is installed (.ci/run installs it and sets
// TEST_PGBOUNCER=1, which makes a missing binary an error rather than a skip).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigrations } from '../server/migrate.js';
import { loadConfig } from '../server/platform/config.js';
import { type DatabaseHandle, openDatabase, rawQuery } from '../server/platform/db/client.js';
import { MIGRATIONS_FOLDER } from '../server/platform/db/migrations.js';
import { createServerDatabase, onServer } from './support/database.js';
import { receiver, sleep, stream, until } from './support/live.js';
import { startTestServer, type TestServer } from './support/server.js';

const BINARY = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer', '/usr/local/bin/pgbouncer'].find((p) =>
  existsSync(p),
);
const required = process.env.TEST_PGBOUNCER === '1';

/** Fast rounds for the workers; webhooks may target the local receiver. */
const FAST = {
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_SECONDS: '0.2',
  REMINDER_POLL_SECONDS: '0.2',
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A pgbouncer in transaction pooling mode in front of `serverUrl`'s Postgres server. */
async function startPgBouncer(serverUrl: string) {
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username) || 'postgres';
  const password = decodeURIComponent(server.password);
  const dir = await mkdtemp(path.join(tmpdir(), 'doable-pgbouncer-'));
  const port = await freePort();
  const target = [
    `host=${server.hostname}`,
    `port=${server.port || 5432}`,
    ...(password ? [`user=${user}`, `password=${password}`] : []),
  ].join(' ');
  await writeFile(path.join(dir, 'userlist.txt'), `"${user}" ""\n`);
  await writeFile(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = ${target}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'userlist.txt')}`,
      'pool_mode = transaction',
      // Few server connections, so two instances' pools really share them.
      'default_pool_size = 4',
      'max_client_conn = 200',
      '',
    ].join('\n'),
  );
  // pgbouncer refuses to run as root; -u drops to the postgres user, who must read the files.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    await chmod(dir, 0o755);
    await chmod(path.join(dir, 'userlist.txt'), 0o644);
    await chmod(path.join(dir, 'pgbouncer.ini'), 0o644);
  }
  const child: ChildProcess = spawn(
    BINARY!,
    [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await until(() => /listening on/.test(log) || child.exitCode !== null, 'pgbouncer to listen');
  if (child.exitCode !== null) throw new Error(`pgbouncer did not start:\n${log}`);
  return {
    /** `serverUrl` with the host and port of the pooler and the database `name`. */
    url: (name: string) => {
      const through = new URL(serverUrl);
      through.hostname = '127.0.0.1';
      through.port = String(port);
      through.pathname = `/${name}`;
      return through.toString();
    },
    log: () => log,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe.skipIf(!onServer || (!BINARY && !required))('behind PgBouncer (transaction pooling)', () => {
  let bouncer: Awaited<ReturnType<typeof startPgBouncer>>;
  let fresh: { url: string; drop: () => Promise<void> };
  let through: string;
  let one: TestServer;
  let two: TestServer;

  /** An instance's database as main.ts opens it from DATABASE_URL and DATABASE_DIRECT_URL. */
  const open = (env: Record<string, string>): Promise<DatabaseHandle> => {
    const config = loadConfig(env);
    return openDatabase({
      kind: 'server',
      url: config.databaseUrl!,
      directUrl: config.databaseDirectUrl,
      poolMax: 4,
    });
  };
  const env = () => ({ DATABASE_URL: through, DATABASE_DIRECT_URL: fresh.url });

  beforeAll(async () => {
    if (!BINARY) throw new Error('TEST_PGBOUNCER=1 but no pgbouncer binary (apt-get install pgbouncer)');
    const serverUrl = process.env.TEST_DATABASE_URL!;
    bouncer = await startPgBouncer(serverUrl);
    // An empty database: the two instances below migrate it.
    fresh = await createServerDatabase(serverUrl);
    through = bouncer.url(new URL(fresh.url).pathname.slice(1));
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
    await fresh?.drop();
    await bouncer?.stop();
  });

  it('migrates an empty database from two instances starting at once, exactly once', async () => {
    const [a, b] = await Promise.all([open(env()), open(env())]);
    await Promise.all([runMigrations(a), runMigrations(b)]);
    const journal = JSON.parse(await readFile(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
    const [row] = await rawQuery<{ n: number }>(
      a.db,
      'select count(*)::int as n from drizzle.__drizzle_migrations',
      [],
    );
    expect(row!.n).toBe(journal.entries.length);
    // The session-level lock was taken and released on the direct connection: nothing holds it.
    const held = await rawQuery<{ n: number }>(
      a.db,
      "select count(*)::int as n from pg_locks l join pg_database d on d.oid = l.database where l.locktype = 'advisory' and d.datname = current_database()",
      [],
    );
    expect(held[0]!.n).toBe(0);
    [one, two] = await Promise.all([
      startTestServer({ database: a, env: { ...env(), ...FAST } }),
      startTestServer({ database: b, env: { ...env(), ...FAST } }),
    ]);
  });

  it('creates, reads, changes, lists and deletes tasks through the pooler', async () => {
    const call = one.as('pgb-crud');
    const created = await call('POST', '/api/me/tasks', { body: { title: 'Pooled', tags: ['Bouncer'] } });
    expect(created.status).toBe(201);
    const changed = await two.as('pgb-crud')('PATCH', `/api/me/tasks/${created.body.id}`, {
      body: { priority: 'high' },
    });
    expect(changed.status).toBe(200);
    expect((await call('GET', `/api/me/tasks/${created.body.id}`)).body).toMatchObject({
      title: 'Pooled',
      priority: 'high',
      tags: ['Bouncer'],
    });
    expect((await call('GET', '/api/me/tasks?tag=Bouncer')).body.count).toBe(1);
    expect((await call('DELETE', `/api/me/tasks/${created.body.id}`)).status).toBe(204);
    expect((await call('GET', '/api/me/tasks')).body.count).toBe(0);
  });

  it('streams on one instance the changes written on the other', async () => {
    const s = await stream(one, 'pgb-live');
    try {
      const call = two.as('pgb-live');
      const task = (await call('POST', '/api/me/tasks', { body: { title: 'Heard' } })).body;
      await call('PATCH', `/api/me/tasks/${task.id}/complete`);
      await s.until(() => s.events.length >= 2, 'two events');
      expect(s.events.map((e) => e.event)).toEqual(['created', 'completed']);
      expect(s.events.map((e) => Number(e.id))).toEqual([1, 2]);
    } finally {
      await s.close();
    }
  });

  it('delivers a due reminder once, with both instances scheduling', async () => {
    const call = one.as('pgb-remind');
    const s = await stream(two, 'pgb-remind');
    try {
      const due = new Date(Date.now() + 3_600_000).toISOString();
      const task = (
        await call('POST', '/api/me/tasks', {
          body: { title: 'Remind me', due_at: due, reminders: [{ minutes_before: 10 }] },
        })
      ).body;
      await rawQuery(
        one.database.db,
        "update task_reminders set fire_at = now() - interval '1 second' where task_id = $1",
        [task.id],
      );
      await s.until(() => s.events.some((e) => e.event === 'reminder'), 'the reminder event');
      await sleep(800);
      expect(s.events.filter((e) => e.event === 'reminder')).toHaveLength(1);
      const [row] = await rawQuery<{ n: number }>(
        one.database.db,
        "select count(*)::int as n from task_events where task_id = $1 and type = 'reminder'",
        [task.id],
      );
      expect(row!.n).toBe(1);
    } finally {
      await s.close();
    }
  });

  it('replays an Idempotency-Key across instances and delivers each webhook event once', async () => {
    const hook = await receiver();
    try {
      const hooked = await one.as('pgb-hook')('POST', '/api/me/webhooks', {
        body: { url: hook.url, events: ['created'] },
      });
      expect(hooked.status).toBe(201);
      const headers = { 'idempotency-key': 'pooled-1' };
      const first = await one.as('pgb-hook')('POST', '/api/me/tasks', { body: { title: 'Once' }, headers });
      const retry = await two.as('pgb-hook')('POST', '/api/me/tasks', { body: { title: 'Once' }, headers });
      expect(first.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body).toEqual(first.body);
      await until(() => hook.hits.length >= 1, 'the delivery');
      await sleep(800);
      expect(hook.hits.map((h) => h.json.task.title)).toEqual(['Once']);
    } finally {
      await hook.close();
    }
  });

  it('left nothing in the pooler log worse than a notice', () => {
    expect(bouncer.log()).not.toMatch(/\b(ERROR|FATAL|WARNING)\b/);
  });

  it('without DATABASE_DIRECT_URL, LISTEN through the pooler misses notifications', async () => {
    // Why DATABASE_DIRECT_URL exists: the pooler hands the server connection that ran LISTEN to
    // other clients after that one statement, so the listener never hears a NOTIFY (pgbouncer
    // logs "got packet 'A' from server when not linked" and drops it).
    const pooled = await open({ DATABASE_URL: through });
    const direct = await open(env());
    const missed: string[] = [];
    const heard: string[] = [];
    const stopPooled = await pooled.listen('doable_pgbouncer_probe', (p) => missed.push(p));
    const stopDirect = await direct.listen('doable_pgbouncer_probe', (p) => heard.push(p));
    try {
      const notifier = new pg.Client({ connectionString: fresh.url });
      await notifier.connect();
      await notifier.query("select pg_notify('doable_pgbouncer_probe', 'hello')");
      await notifier.end();
      await until(() => heard.length > 0, 'the direct listener');
      await sleep(300);
      expect(heard).toEqual(['hello']);
      expect(missed).toEqual([]);
    } finally {
      await stopPooled();
      await stopDirect();
      await pooled.close();
      await direct.close();
    }
  });
});
