// A database that cannot be reached is a 503 problem with Retry-After, never a 500: a closed
// embedded database, backends killed under requests, a server that refuses connections. The app
// recovers by itself once the database is back. (`npm run faults` runs the long version.)
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../server/platform/db/client.js';
import { toAppError } from '../server/platform/http/problem.js';
import { createServerDatabase, onServer } from './support/database.js';
import { type ApiResponse, startTestServer, type TestServer } from './support/server.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

function expectUnavailable(res: ApiResponse): void {
  expect(res.status, res.text).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(res.body).toMatchObject({ status: 503, error_code: 'DATABASE_ERROR' });
  expect(res.text).not.toMatch(/postgres|pglite|terminat|ECONN|stack/i);
}

describe('connection-level failures map to 503', () => {
  const failures: [string, unknown][] = [
    ['a killed backend', new Error('Connection terminated unexpectedly')],
    ['a connection timeout', new Error('Connection terminated due to connection timeout')],
    ['a broken client', new Error('Client has encountered a connection error and is not queryable')],
    ['a closed client', new Error('Client was closed and is not queryable')],
    ['a full pool', new Error('timeout exceeded when trying to connect')],
    ['an ended pool', new Error('Cannot use a pool after calling end on the pool')],
    ['a closed PGlite', new Error('PGlite is closed')],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    ],
    ['a reset connection', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['SQLSTATE 08006', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['SQLSTATE 57P01', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    ['SQLSTATE 57P02', Object.assign(new Error('crash shutdown'), { code: '57P02' })],
    ['SQLSTATE 57P03', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['SQLSTATE 53300', Object.assign(new Error('too many clients already'), { code: '53300' })],
    [
      'a failed query caused by one',
      new Error('Failed query: insert ...', { cause: new Error('Connection terminated unexpectedly') }),
    ],
  ];
  it.each(failures)('%s', (_name, error) => {
    const appError = toAppError(error);
    expect(appError.status).toBe(503);
    expect(appError.code).toBe('DATABASE_ERROR');
    expect(appError.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('a transaction rolled back for another (deadlock, serialization failure) is a 503 to send again', () => {
    for (const code of ['40P01', '40001']) {
      const appError = toAppError(
        new Error('Failed query', { cause: Object.assign(new Error('x'), { code }) }),
      );
      expect(appError.status).toBe(503);
      expect(appError.headers['retry-after']).toBe('1');
    }
  });

  it('a statement the database refuses is not an outage', () => {
    for (const code of ['23505', '22P02', '42P01']) {
      expect(toAppError(Object.assign(new Error('refused'), { code })).status).toBe(500);
    }
    // A message is only read when the error has no code: a SQL error mentioning it is still a 500.
    expect(toAppError(Object.assign(new Error('Connection terminated'), { code: 'XX000' })).status).toBe(500);
  });
});

describe.skipIf(onServer)('embedded database closed under the app', () => {
  it('answers task writes and the rate-limit hook with 503 problems', async () => {
    const server = await startTestServer({ env: { API_RATE_LIMIT: '1000' } });
    const unlimited = await startTestServer({ database: server.database });
    cleanups.push(
      () => server.app.close(),
      () => unlimited.app.close(),
    );
    const ok = await server.as('alice')('POST', '/api/me/tasks', { body: { title: 'Before' } });
    expect(ok.status).toBe(201);
    await server.database.close();
    // The per-user rate counter is the first statement of every request.
    expectUnavailable(await server.as('alice')('GET', '/api/me/tasks'));
    // Without it, the insert itself meets the closed database.
    expectUnavailable(await unlimited.as('alice')('POST', '/api/me/tasks', { body: { title: 'After' } }));
  });

  it('answers sign-up and sign-in (Better Auth) with 503 problems too', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.app.close());
    const account = { email: 'closed@example.com', password: 'correct horse battery', name: 'Closed' };
    const headers = { origin: server.config.appUrl };
    expect((await server.request('POST', '/api/auth/sign-up/email', { body: account, headers })).status).toBe(
      200,
    );
    await server.database.close();
    expectUnavailable(
      await server.request('POST', '/api/auth/sign-in/email', {
        body: { email: account.email, password: account.password },
        headers,
      }),
    );
    expectUnavailable(
      await server.request('POST', '/api/auth/sign-up/email', {
        body: { ...account, email: 'another@example.com' },
        headers,
      }),
    );
  });
});

describe.skipIf(!onServer)('Postgres server backends killed under the app', () => {
  let server: TestServer;
  /** Kills and watches backends; outside any transaction, since pg_stat_activity is a per-transaction snapshot. */
  let admin: pg.Client;
  /** Holds table locks, so requests are in flight on their backends when those are killed. */
  let locker: pg.Client;
  let url: string;

  const terminateAppBackends = async () =>
    admin.query(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name like 'doable%'",
    );
  const waitForLockWaiters = async (count: number) => {
    for (let i = 0; i < 200; i++) {
      const { rows } = await admin.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'doable' and wait_event_type = 'Lock'",
      );
      if (rows[0]!.n >= count) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('requests never waited on the lock');
  };

  it('starts', async () => {
    const created = await createServerDatabase(process.env.TEST_DATABASE_URL!, inject('serverTemplate')!);
    url = created.url;
    cleanups.push(created.drop);
    const database = await openDatabase({ kind: 'server', url, poolMax: 5 });
    server = await startTestServer({ database, env: { API_RATE_LIMIT: '1000' } });
    cleanups.push(() => server.close());
    admin = new pg.Client({ connectionString: url });
    locker = new pg.Client({ connectionString: url });
    await admin.connect();
    await locker.connect();
    cleanups.push(
      () => admin.end(),
      () => locker.end(),
    );
  });

  /** Starts `requests` while `tables` are locked, and kills the app's backends while they wait. */
  const killedWhileWaiting = async (tables: string, requests: () => Promise<ApiResponse>[]) => {
    await locker.query('begin');
    try {
      await locker.query(`lock table ${tables} in access exclusive mode`);
      const inFlight = requests();
      await waitForLockWaiters(inFlight.length);
      await terminateAppBackends();
      return await Promise.all(inFlight);
    } finally {
      await locker.query('commit');
    }
  };

  it('answers requests whose backend is killed mid-statement with 503, then recovers', async () => {
    const as = server.as('bob');
    expect((await as('POST', '/api/me/tasks', { body: { title: 'warm-up' } })).status).toBe(201);
    const writes = await killedWhileWaiting('tasks, idempotency_keys', () => [
      as('POST', '/api/me/tasks', { body: { title: 'plain insert' } }),
      // With an Idempotency-Key the create is a transaction on a checked-out client.
      as('POST', '/api/me/tasks', { body: { title: 'keyed insert' }, headers: { 'idempotency-key': 'k-1' } }),
    ]);
    for (const res of writes) expectUnavailable(res);
    // The rate-limit hook's statement, killed the same way.
    const [limited] = await killedWhileWaiting('rate_limits', () => [as('GET', '/api/me/tasks')]);
    expectUnavailable(limited!);

    // The pool replaces the killed connections by itself.
    const after = await as('POST', '/api/me/tasks', {
      body: { title: 'keyed insert' },
      headers: { 'idempotency-key': 'k-1' },
    });
    expect(after.status).toBe(201);
    const list = await as('GET', '/api/me/tasks');
    expect(list.body.tasks.map((t: { title: string }) => t.title).sort()).toEqual([
      'keyed insert',
      'warm-up',
    ]);
  });

  it('never answers 500 while backends are killed again and again under load, and leaks no connection', async () => {
    const created = await createServerDatabase(process.env.TEST_DATABASE_URL!, inject('serverTemplate')!);
    cleanups.push(created.drop);
    const database = await openDatabase({ kind: 'server', url: created.url, poolMax: 3 });
    const stormed = await startTestServer({ database });
    const killer = new pg.Client({ connectionString: created.url });
    await killer.connect();
    cleanups.push(() => killer.end());
    const as = stormed.as('carol');
    const statuses: number[] = [];
    let running = true;
    const writer = async (n: number) => {
      for (let i = 0; running; i++) {
        const res = await as('POST', '/api/me/tasks', {
          body: { title: `w${n}-${i}` },
          // Keyed creates are transactions on checked-out clients.
          ...(i % 2 ? { headers: { 'idempotency-key': `w${n}-${i}` } } : {}),
        });
        statuses.push(res.status);
        if (res.status !== 201) expectUnavailable(res);
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    for (let i = 0; i < 12; i++) {
      await new Promise((r) => setTimeout(r, 40));
      await killer.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name like 'doable%'",
      );
    }
    running = false;
    await Promise.all(writers);
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(0);
    // Every slot of the pool is usable again: as many concurrent requests as it holds, promptly.
    const started = Date.now();
    const after = await Promise.all([1, 2, 3].map(() => as('GET', '/api/me/tasks?limit=1')));
    expect(after.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(Date.now() - started).toBeLessThan(4000);
    // A connection lost while checked out and never returned would keep the pool from ending.
    await stormed.app.close();
    const ended = await Promise.race([
      database.close().then(() => 'ended'),
      new Promise((r) => setTimeout(() => r('hung'), 5000)),
    ]);
    expect(ended).toBe('ended');
  });

  it('does not crash when a checked-out connection dies between statements', async () => {
    const transaction = server.database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await terminateAppBackends();
      // The connection dies while this transaction holds it and runs nothing.
      await new Promise((r) => setTimeout(r, 300));
      await tx.execute(sql`select 1`);
    });
    const error = await transaction.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(toAppError(error).status).toBe(503);
    expect((await server.request('GET', '/health')).status).toBe(200);
  });

  it('answers 503 while the server refuses connections', async () => {
    const closedPort = await openDatabase({
      kind: 'server',
      url: url.replace(/:\d+\//, ':1/'),
      poolMax: 2,
    });
    const down = await startTestServer({ database: closedPort });
    cleanups.push(() => down.close());
    expectUnavailable(await down.as('dave')('POST', '/api/me/tasks', { body: { title: 'nowhere' } }));
    expectUnavailable(await down.request('GET', '/health'));
  });
});

describe.skipIf(!onServer)('a write the database rolls back to break a deadlock', () => {
  it('is a 503 problem to send again, and changes nothing', async () => {
    const created = await createServerDatabase(process.env.TEST_DATABASE_URL!, inject('serverTemplate')!);
    cleanups.push(created.drop);
    const server = await startTestServer({
      database: await openDatabase({ kind: 'server', url: created.url, poolMax: 3 }),
    });
    cleanups.push(() => server.close());
    const as = server.as('dora');
    const task = (await as('POST', '/api/me/tasks', { body: { title: 'Contested' } })).body;
    const other = new pg.Client({ connectionString: created.url });
    await other.connect();
    cleanups.push(() => other.end());
    // Another transaction holds dora's task counts, then wants the row the PATCH has locked while
    // the PATCH (a completion, which counts) waits for those counts: a cycle Postgres breaks by
    // rolling one back (the PATCH, which has waited longer, finds the cycle first).
    await other.query('begin');
    await other.query('select user_id from task_counts where user_id = $1 for update', ['dora']);
    const patch = as('PATCH', `/api/me/tasks/${task.id}`, { body: { title: 'Changed', completed: true } });
    await new Promise((r) => setTimeout(r, 300));
    const wanting = other.query('select id from tasks where id = $1 for update', [task.id]).catch((e) => e);
    const res = await patch;
    await wanting;
    await other.query('rollback');
    expect(res.status, res.text).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.body.detail).toMatch(/collided with another/);
    const unchanged = (await as('GET', `/api/me/tasks/${task.id}`)).body;
    expect([unchanged.title, unchanged.completed]).toEqual(['Contested', false]);
    // Sent again, it goes through.
    const again = await as('PATCH', `/api/me/tasks/${task.id}`, {
      body: { title: 'Changed', completed: true },
    });
    expect(again.status).toBe(200);
  });
});
