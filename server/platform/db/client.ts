// Opens the database: embedded PGlite (default) or a Postgres server through a pool.
// Both are exposed as the same Drizzle type so the service layer never knows which it has.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { embeddedOptions, PGLITE_OPTIONS, PLANNED_RANDOM_PAGE_COST } from './pglite.options.js';
import { seedFromTemplate } from './pglite.template.js';
import { embeddedDatabaseDir, openEmbeddedThread, PGliteThread } from './pglite.thread.js';
import { schema } from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * The `pg` driver, loaded when a Postgres server is used: a start on the embedded database does not
 * evaluate its modules (docs/decisions/0121-start-order.md).
 */
export async function loadPg(): Promise<typeof pg> {
  return (await import('pg')).default;
}

/**
 * Runs one parameterised statement on the driver under Drizzle (a pg Pool or PGlite; both take
 * `query(text, params)` and answer `{ rows }`). For hot paths whose SQL is built once; everything
 * else uses Drizzle's query builder. Values always travel as parameters, never in `text`.
 */
export async function rawQuery<Row>(db: Database, text: string, params: unknown[]): Promise<Row[]> {
  const client = (
    db as unknown as { $client: { query(text: string, params: unknown[]): Promise<{ rows: Row[] }> } }
  ).$client;
  return (await client.query(text, params)).rows;
}

/**
 * Runs one Drizzle `sql` statement and answers its rows, on the database or inside a transaction
 * (unlike rawQuery, which always goes to the driver itself).
 */
export async function queryRows<Row>(db: Pick<Database, 'execute'>, query: SQL): Promise<Row[]> {
  return ((await db.execute(query)) as unknown as { rows: Row[] }).rows;
}

/** Every embedded database is opened with these (server/platform/db/pglite.options.ts). */
export { embeddedOptions, PGLITE_OPTIONS };

export type DatabaseKind = 'embedded' | 'server';

/**
 * Where the embedded database runs: on a worker thread of its own (the default; Postgres's work
 * runs beside the HTTP server's) or on the main thread, between requests
 * (docs/decisions/0110-embedded-database-on-a-worker-thread.md).
 */
export type EmbeddedThread = 'worker' | 'main';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Resolves when the database answers a trivial query within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<void>;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` from any connection (any instance, for the
   * server); `onReconnect` after a lost listening connection is back, since notifications sent
   * meanwhile were missed. Resolves to a function that stops listening.
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onReconnect?: () => void,
  ): Promise<() => Promise<void>>;
  /**
   * Runs `fn` while holding a cluster-wide lock (a no-op lock for the single-process embedded
   * database). A session-level advisory lock, so on its own connection to `directUrl` when set.
   */
  withExclusiveLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /**
   * The embedded database only: a copy of it as of now, in memory on a thread of its own, to read
   * at length (a backup) without holding the database, which runs one transaction at a time. The
   * copy is made through a file in `scratchDir`, removed once the copy is open; close the copy.
   * A Postgres server needs none: its snapshots do not hold writers.
   */
  copy?(scratchDir: string): Promise<DatabaseHandle>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | {
      kind: 'server';
      url: string;
      poolMax: number;
      /**
       * The same database without a transaction-pooling proxy (PgBouncer) in between: LISTEN and
       * the session-level lock need a connection of their own for as long as they last, which a
       * proxy handing server connections out per transaction does not give (docs/operations.md).
       */
      directUrl?: string;
    }
  | { kind: 'embedded'; dataDir: string; thread?: EmbeddedThread }
  /**
   * On the worker thread already started by openEmbeddedThread (main.ts, to overlap the start):
   * answers at once, before the database is open (calls made meanwhile wait for it; the thread's
   * `waitReady` says when it is open, or why it could not open).
   */
  | { kind: 'embedded'; started: PGliteThread }
  /** In memory on a worker thread, loaded from a data-directory dump in this file (the tests' snapshot). */
  | {
      kind: 'embedded';
      snapshotFile: string;
      /** Take a kept thread and keep it after the close (the test suites: pglite.thread.ts). */
      reuseThread?: boolean;
    }
  /** This PGlite instance, on this thread. */
  | { kind: 'embedded'; pglite: PGlite };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === 'server') return await openServer(options.url, options.poolMax, options.directUrl);
  let client: PGlite | PGliteThread;
  if ('pglite' in options) {
    client = options.pglite;
  } else if ('snapshotFile' in options) {
    client = new PGliteThread({ snapshotFile: options.snapshotFile }, undefined, options.reuseThread);
    await closeOnFailure(client);
  } else if ('started' in options) {
    client = options.started;
  } else if ((options.thread ?? 'worker') === 'worker') {
    client = openEmbeddedThread(options.dataDir);
    await closeOnFailure(client);
  } else {
    const dir = embeddedDatabaseDir(options.dataDir);
    await mkdir(dir, { recursive: true });
    await seedFromTemplate(dir);
    client = await PGlite.create(dir, embeddedOptions(dir));
  }
  // The thread's proxy offers the part of PGlite's interface that Drizzle's PGlite driver uses.
  const db = drizzlePglite(client as PGlite, { schema }) as unknown as Database;
  // PGlite lives in this process only, so an in-process queue is a complete lock.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    db,
    kind: 'embedded',
    ping: async (timeoutMs = 2000) => {
      await withTimeout(client.query('select 1'), timeoutMs);
    },
    listen: async (channel, onNotify) => {
      const unlisten = await client.listen(channel, onNotify);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    withExclusiveLock: <T>(_key: number, fn: () => Promise<T>): Promise<T> => {
      const run = queue.then(fn, fn);
      queue = run.catch(() => {});
      return run;
    },
    copy: async (scratchDir) => {
      if (!(client instanceof PGliteThread)) {
        return await openDatabase({ kind: 'embedded', pglite: (await client.clone()) as PGlite });
      }
      const copyDir = path.join(scratchDir, `.copy-${process.pid}-${randomUUID()}`);
      const remove = () => rm(copyDir, { recursive: true, force: true });
      try {
        await mkdir(copyDir, { mode: 0o700 });
        const tar = path.join(copyDir, 'copy.tar');
        if ((await client.copyTo(tar)) === 'tar') {
          const copy = await openDatabase({ kind: 'embedded', snapshotFile: tar });
          await remove();
          return copy;
        }
        // A directory copy is opened where it is, and removed when it is closed.
        await rename(tar, embeddedDatabaseDir(copyDir));
        const copy = await openDatabase({ kind: 'embedded', dataDir: copyDir });
        const close = copy.close;
        copy.close = async () => {
          await close();
          await remove();
        };
        return copy;
      } catch (error) {
        await remove();
        throw error;
      }
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/** Waits until the worker's database is open; if it cannot open, ends the thread and throws. */
export async function closeOnFailure(thread: PGliteThread): Promise<void> {
  try {
    await thread.waitReady;
  } catch (error) {
    await thread.close();
    throw error;
  }
}

async function openServer(
  url: string,
  poolMax: number,
  directUrl: string | undefined,
): Promise<DatabaseHandle> {
  const [pg, { drizzle: drizzlePg }] = await Promise.all([loadPg(), import('drizzle-orm/node-postgres')]);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    application_name: 'doable',
    // The planner's cost of a page read out of order, for each new connection before its first use,
    // unless the operator set one (PLANNED_RANDOM_PAGE_COST; decision 0173). A failure leaves the
    // server's own value and the connection in use.
    onConnect: async (client) => {
      await client
        .query(
          `select set_config('random_page_cost', $1, false) from pg_settings ` +
            `where name = 'random_page_cost' and source = 'default'`,
          [String(PLANNED_RANDOM_PAGE_COST)],
        )
        .catch(() => {});
    },
  });
  // A client losing its connection (a killed backend, a restarted server) must never crash the
  // process. pg-pool listens on idle clients only (its 'error' below); a checked-out one (a
  // transaction, the migration lock) emits 'error' with nobody listening unless we do. The query
  // in flight fails on its own (a 503), and the pool drops the broken client on release.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  releaseLostClients(pool);
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  let closed = false;
  return {
    db,
    kind: 'server',
    ping: async (timeoutMs = 2000) => {
      await withTimeout(pool.query('select 1'), timeoutMs);
    },
    listen: (channel, onNotify, onReconnect) =>
      listenOnServer(directUrl ?? url, channel, onNotify, onReconnect),
    withExclusiveLock: async (key, fn) => {
      let client: pg.Client | pg.PoolClient;
      let done: () => Promise<void>;
      if (directUrl) {
        const direct = await directClient(directUrl, 'doable-lock');
        [client, done] = [direct, () => direct.end().catch(() => {})];
      } else {
        const pooled = await pool.connect();
        [client, done] = [pooled, async () => pooled.release()];
      }
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        await done();
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** A connection of its own (outside the pool) to `url`, for session state: a lock, a LISTEN. */
async function directClient(url: string, applicationName: string): Promise<pg.Client> {
  const pg = await loadPg();
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  // A lost connection fails the query in flight; the 'error' event must not crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
  return client;
}

/**
 * A checked-out client whose connection is lost goes back to the pool at once (which discards
 * it), and releasing it again later is a no-op. Drizzle's transaction sends BEGIN outside its
 * try/finally, so a client whose backend was killed just before BEGIN was never released: every
 * such kill leaked a pool slot until the pool was empty and `end()` hung. pool.query (the
 * callback form) already releases on error and is left alone.
 */
function releaseLostClients(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool);
  pool.connect = ((callback?: Parameters<typeof connect>[0]) => {
    if (callback) return connect(callback);
    return connect().then((client) => {
      const release = client.release;
      let released = false;
      const lost = (err: Error) => {
        if (released) return;
        released = true;
        release(err);
      };
      client.once('error', lost);
      client.release = (err?: Error | boolean) => {
        client.removeListener('error', lost);
        if (released) return;
        released = true;
        release(err);
      };
      return client;
    });
  }) as typeof pool.connect;
}

/**
 * LISTEN on a dedicated connection (a pooled one would be handed to queries), reconnecting with
 * backoff when it drops; `onReconnect` lets callers catch up on what they missed.
 */
async function listenOnServer(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
  onReconnect?: () => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let current: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const pg = await loadPg();
  const connect = async (attempt: number): Promise<void> => {
    const client = new pg.Client({ connectionString: url, application_name: 'doable-listen' });
    client.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    const again = () => {
      if (stopped || current !== client) return;
      current = undefined;
      retry = setTimeout(
        () => void connect(attempt + 1).catch(() => {}),
        Math.min(30_000, 250 * 2 ** attempt),
      );
      retry.unref();
    };
    client.on('error', again);
    client.on('end', again);
    current = client;
    try {
      await client.connect();
      // Channel names are ours (constants), never user input; LISTEN takes no parameters.
      await client.query(`listen ${client.escapeIdentifier(channel)}`);
      if (attempt > 0) onReconnect?.();
    } catch (err) {
      if (attempt === 0) {
        current = undefined;
        await client.end().catch(() => {});
        throw err;
      }
      again();
    }
  };
  await connect(0);
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const client = current;
    current = undefined;
    await client?.end().catch(() => {});
  };
}
