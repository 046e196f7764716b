// The embedded database on its worker thread (server/platform/db/pglite.thread.ts), production's default:
// Postgres errors keep their fields, transactions keep to one session and never interleave,
// NOTIFY reaches listeners, closing drains what is in flight, and a dead worker answers 503.
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase, rawQuery } from '../server/platform/db/client.js';
import { bufferPoolMb } from '../server/platform/db/pglite.options.js';
import { embeddedDatabaseDir, PGliteThread } from '../server/platform/db/pglite.thread.js';
import { isConnectionFailure } from '../server/platform/errors.js';
import { onServer } from './support/database.js';
import { startTestServer } from './support/server.js';

const open = () => new PGliteThread({ snapshotFile: inject('pgliteSnapshot') });

describe.skipIf(onServer)('the embedded database on a worker thread', () => {
  let db: PGliteThread;
  beforeAll(async () => {
    db = open();
    await db.waitReady;
    await db.exec(
      'create table t (id int primary key, note text not null, at timestamptz, big bigint, raw bytea)',
    );
  });
  afterAll(() => db.close());

  it('answers rows with Postgres types intact, and leaves the types a caller parses as text', async () => {
    const at = new Date('2026-11-23T10:00:00.123Z');
    await db.query('insert into t (id, note, at, big, raw) values ($1, $2, $3, $4, $5)', [
      1,
      'one',
      at,
      2n ** 60n,
      new Uint8Array([1, 2, 3]),
    ]);
    const { rows } = await db.query<{ at: Date; big: bigint; raw: Uint8Array }>(
      'select at, big, raw from t where id = $1',
      [1],
    );
    expect(rows[0]!.at).toEqual(at);
    expect(rows[0]!.big).toBe(2n ** 60n);
    expect([...rows[0]!.raw]).toEqual([1, 2, 3]);
    // As Drizzle asks: timestamptz (1184) parsed by the caller, from Postgres's text; array rows.
    const text = await db.query('select at, note from t where id = $1', [1], {
      rowMode: 'array',
      parsers: { 1184: (value: string) => `parsed ${value}` },
    });
    expect(text.rows[0]).toEqual(['parsed 2026-11-23 10:00:00.123+00', 'one']);
  });

  it('decodes answers as PGlite itself parses them: numbers, bigint, json, arrays, dates, text beyond ASCII, nulls', async () => {
    // exec() answers with PGlite's own parsing (on the worker); query() with the main thread's
    // decoding of Postgres's bytes. They must agree, in both row modes.
    const text = `select 1::int2 as small, 2147483647 as int, 9007199254740993::int8 as big, 42::int8 as small_big,
      1.5::float8 as float, 12.50::numeric as num, true as yes, false as no, null::text as nothing,
      '{"a": [1, "é"]}'::jsonb as doc, array['x', 'y z', null, 'ü"\\'] as words, array[1, 2, 3] as ints,
      'Zürich, 東京 ' || repeat('é', 70) as unicode, '' as empty, repeat('a', 100) as long,
      '2026-11-23'::date as day, timestamptz '2026-11-23 10:00:00.5+00' as at, interval '1 day' as span,
      '00000000-0000-0000-0000-000000000001'::uuid as id, '\\x0102'::bytea as raw`;
    const [pglite] = await db.exec(text);
    const thread = await db.query<Record<string, unknown>>(text);
    expect(thread.rows).toEqual(pglite!.rows);
    expect(thread.fields).toEqual(pglite!.fields);
    const row = thread.rows[0]!;
    expect(row).toMatchObject({
      small: 1,
      int: 2147483647,
      big: 9007199254740993n,
      small_big: 42,
      num: '12.50',
    });
    expect(row).toMatchObject({ yes: true, no: false, nothing: null, doc: { a: [1, 'é'] }, empty: '' });
    expect(row.words).toEqual(['x', 'y z', null, 'ü"\\']);
    expect(row.ints).toEqual([1, 2, 3]);
    expect(row.unicode).toBe(`Zürich, 東京 ${'é'.repeat(70)}`);
    expect(row.at).toEqual(new Date('2026-11-23T10:00:00.500Z'));
    const [pgliteArrays] = await db.exec(text, { rowMode: 'array' });
    expect((await db.query(text, [], { rowMode: 'array' })).rows).toEqual(pgliteArrays!.rows);
    // What a write answers: the affected rows, as PGlite counts them.
    await db.exec('create table counted (n int)');
    const inserted = await db.query('insert into counted select generate_series(1, 3)');
    expect(inserted).toMatchObject({ affectedRows: 3, rows: [] });
  });

  it('keeps a named statement parsed, answers each run with its own values, and parses it again when its table changed', async () => {
    await db.exec(
      `create table kept (id int primary key, note text); insert into kept values (1, 'a'), (2, 'b')`,
    );
    const byId = (id: unknown) =>
      db.query<Record<string, unknown>>('select * from kept where id = $1', [id], { name: 'kept_by_id' });
    expect((await byId(1)).rows).toEqual([{ id: 1, note: 'a' }]);
    expect((await byId(2)).rows).toEqual([{ id: 2, note: 'b' }]);
    const kept = await db.query<{ name: string }>('select name from pg_prepared_statements');
    expect(kept.rows.map((r) => r.name)).toContain('kept_by_id');
    // A bad value fails that run only.
    await expect(byId('x')).rejects.toMatchObject({ code: '22P02' });
    expect((await byId(1)).rows).toEqual([{ id: 1, note: 'a' }]);
    // Its table changed under it: parsed again, not a "cached plan must not change result type".
    await db.exec('alter table kept add column extra int default 7');
    expect((await byId(2)).rows).toEqual([{ id: 2, note: 'b', extra: 7 }]);
    // Inside a transaction nothing is kept.
    await db.transaction((tx) => tx.query('select * from kept where id = $1', [1], { name: 'kept_in_tx' }));
    const after = await db.query<{ name: string }>('select name from pg_prepared_statements');
    expect(after.rows.map((r) => r.name)).not.toContain('kept_in_tx');
  });

  it('re-creates errors with their Postgres fields, so the app maps them (23505 is a 409)', async () => {
    await db.query('insert into t (id, note) values (2, $1)', ['two']);
    const error = await db
      .query('insert into t (id, note) values (2, $1)', ['again'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 't_pkey', table: 't', severity: 'ERROR' });
    expect((error as { detail: string }).detail).toMatch(/Key \(id\)=\(2\) already exists/);
    const syntax = await db.query('selec 1').catch((e: unknown) => e);
    expect(syntax).toMatchObject({ code: '42601', message: expect.stringMatching(/syntax error/) });
  });

  it('commits a transaction that resolves and rolls back one that throws or calls rollback()', async () => {
    await db.transaction(async (tx) => {
      await tx.query('insert into t (id, note) values (10, $1)', ['kept']);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into t (id, note) values (11, $1)', ['thrown away']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await db.transaction(async (tx) => {
      await tx.query('insert into t (id, note) values (12, $1)', ['rolled back']);
      await tx.rollback();
    });
    // A failed statement fails the transaction: nothing of it stays, the error keeps its code.
    const failed = await db
      .transaction(async (tx) => {
        await tx.query('insert into t (id, note) values (13, $1)', ['half']);
        await tx.query('insert into t (id, note) values (10, $1)', ['duplicate']);
      })
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ code: '23505' });
    const { rows } = await db.query<{ id: number }>(
      'select id from t where id between 10 and 13 order by id',
    );
    expect(rows.map((r) => r.id)).toEqual([10]);
  });

  it('runs nothing else between the statements of a transaction, even while it awaits', async () => {
    await db.exec('create table seen (n serial primary key, who text not null)');
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = db.transaction(async (tx) => {
      await tx.query(`insert into seen (who) values ('a1')`);
      order.push('a1');
      await held; // Another request arrives meanwhile; it must wait for this transaction.
      const inside = await tx.query<{ who: string }>('select who from seen order by n');
      await tx.query(`insert into seen (who) values ('a2')`);
      order.push('a2');
      return inside.rows.map((r) => r.who);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = db.transaction(async (tx) => {
      await tx.query(`insert into seen (who) values ('b')`);
      order.push('b');
    });
    const plain = db.query(`insert into seen (who) values ('c')`).then(() => order.push('c'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(order).toEqual(['a1']);
    release();
    expect(await first).toEqual(['a1']);
    await Promise.all([second, plain]);
    const { rows } = await db.query<{ who: string }>('select who from seen order by n');
    expect(rows.map((r) => r.who).slice(0, 2)).toEqual(['a1', 'a2']);
    expect(order.slice(0, 2)).toEqual(['a1', 'a2']);
  });

  it('keeps write statements sent without a name parsed under names of its own, a bounded number of them', async () => {
    await db.exec('create table written (id int primary key, note text)');
    const insert = (id: number) =>
      db.query<Record<string, unknown>>('insert into written (id, note) values ($1, $2) returning *', [
        id,
        'n',
      ]);
    expect((await insert(1)).rows).toEqual([{ id: 1, note: 'n' }]);
    expect((await insert(2)).rows).toEqual([{ id: 2, note: 'n' }]);
    const kept = async () =>
      (
        await db.query<{ statement: string }>(
          `select statement from pg_prepared_statements where name like 'doable_write_%'`,
        )
      ).rows.map((r) => r.statement);
    expect(await kept()).toContain('insert into written (id, note) values ($1, $2) returning *');
    // A failed run (a duplicate key) fails alone; the next is parsed again.
    await expect(insert(1)).rejects.toMatchObject({ code: '23505' });
    expect((await insert(3)).rows).toEqual([{ id: 3, note: 'n' }]);
    // Its table changed under it: parsed again.
    await db.exec('alter table written add column extra int default 7');
    expect((await insert(4)).rows).toEqual([{ id: 4, note: 'n', extra: 7 }]);
    // Reads are not named; a hundred different writes keep at most 64 names.
    for (let i = 0; i < 100; i++) await db.query(`update written set note = 'u${i}' where id = $1`, [1]);
    expect((await kept()).length).toBeLessThanOrEqual(64);
    expect((await db.query('select note from written where id = 1')).rows).toEqual([{ note: 'u99' }]);
  });

  it('delivers NOTIFY from a write, its payload beyond ASCII intact', async () => {
    const heard: string[] = [];
    const stop = await db.listen('doable_write_channel', (payload) => heard.push(payload));
    await db.exec(`create table noisy (id int);
      create function noisy_notify() returns trigger language plpgsql as $$
      begin perform pg_notify('doable_write_channel', 'née ' || new.id); return null; end $$;
      create trigger noisy_insert after insert on noisy for each row execute function noisy_notify();`);
    await db.query('insert into noisy values ($1)', [1]);
    await db.query('insert into noisy values ($1), ($2)', [2, 3]);
    await expect.poll(() => heard).toEqual(['née 1', 'née 2', 'née 3']);
    await stop();
  });

  it('delivers NOTIFY to listeners until they stop', async () => {
    const heard: string[] = [];
    const stop = await db.listen('doable_test_channel', (payload) => heard.push(payload));
    await db.query(`select pg_notify('doable_test_channel', $1)`, ['hello']);
    await db.transaction(async (tx) => {
      await tx.query(`select pg_notify('doable_test_channel', 'after commit')`);
    });
    await expect.poll(() => heard).toEqual(['hello', 'after commit']);
    await stop();
    await db.query(`select pg_notify('doable_test_channel', 'unheard')`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual(['hello', 'after commit']);
  });
});

describe.skipIf(onServer)('closing and crashing', () => {
  it('close() lets calls and transactions in flight finish, then refuses new ones as a lost connection', async () => {
    const db = open();
    await db.waitReady;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const inFlight = db.transaction(async (tx) => {
      await tx.query('create table drained (id int)');
      await held;
      await tx.query('insert into drained values (1)');
      return (await tx.query<{ n: number }>('select count(*)::int as n from drained')).rows[0]!.n;
    });
    const query = db.query<{ one: number }>('select 1 as one');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const closed = db.close();
    const refused = await db.query('select 1').catch((e: unknown) => e);
    expect(isConnectionFailure(refused)).toBe(true);
    release();
    expect(await inFlight).toBe(1);
    expect((await query).rows).toEqual([{ one: 1 }]);
    await closed;
    expect(db.closed).toBe(true);
  });

  it('a worker that dies fails the calls in flight and later ones with a connection failure, never a hang', async () => {
    const db = open();
    await db.waitReady;
    const inFlight = db.transaction(() => new Promise<never>(() => {}));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const pending = db.query('select 1');
    await db.worker.terminate();
    for (const error of await Promise.all([
      pending.catch((e: unknown) => e),
      db.query('select 2').catch((e) => e),
    ])) {
      expect(error).toMatchObject({
        code: '08006',
        message: expect.stringMatching(/embedded database stopped/),
      });
      expect(isConnectionFailure(error)).toBe(true);
    }
    void inFlight.catch(() => {});
    await db.close();
  });

  it('over HTTP: a crashed database thread answers 503 problems, not hung requests', async () => {
    const database: DatabaseHandle = await openDatabase({
      kind: 'embedded',
      snapshotFile: inject('pgliteSnapshot'),
    });
    const server = await startTestServer({ database });
    try {
      const alice = server.as('alice');
      expect((await alice('POST', '/api/me/tasks', { body: { title: 'before' } })).status).toBe(201);
      const thread = (database.db as unknown as { $client: PGliteThread }).$client;
      await thread.worker.terminate();
      const list = await alice('GET', '/api/me/tasks');
      expect(list.status).toBe(503);
      expect(list.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(list.body).toMatchObject({ status: 503, error_code: 'DATABASE_ERROR' });
      expect(list.text).not.toMatch(/pglite|worker|thread|stack/i);
      expect((await server.request('GET', '/health/ready')).status).toBe(503);
    } finally {
      await server.close();
    }
  });

  it('Drizzle transactions on the thread roll back on a unique violation and keep its fields', async () => {
    const database = await openDatabase({ kind: 'embedded', snapshotFile: inject('pgliteSnapshot') });
    try {
      await rawQuery(database.db, 'create table names (name text constraint one_name unique)', []);
      const error = await database.db
        .transaction(async (tx) => {
          await tx.execute(sql`insert into names values ('kept out')`);
          await tx.transaction(async (inner) => {
            await inner.execute(sql`insert into names values (${'same'})`);
          });
          await tx.execute(sql`insert into names values (${'same'})`);
        })
        .catch((e: unknown) => e);
      expect((error as { cause?: unknown }).cause ?? error).toMatchObject({
        code: '23505',
        constraint: 'one_name',
      });
      expect(await rawQuery(database.db, 'select name from names', [])).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

describe.skipIf(onServer)('the buffer pool of an embedded database on disk', () => {
  it('is as large as its databases, from 32 MB to 256 MB, read at each start', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'doable-pool-'));
    const pool = async () => {
      const database = await openDatabase({ kind: 'embedded', dataDir });
      try {
        return (await rawQuery<{ shared_buffers: string }>(database.db, 'show shared_buffers', []))[0]!
          .shared_buffers;
      } finally {
        await database.close();
      }
    };
    try {
      // A new data directory: the template's few MB.
      expect(await pool()).toBe('32MB');
      // A database grown to 100 MB of files, then 300 MB (sparse files: nothing is written or read).
      const grown = path.join(embeddedDatabaseDir(dataDir), 'base', '5', 'grown');
      await writeFile(grown, '');
      await truncate(grown, 100 * 2 ** 20);
      const grownPool = bufferPoolMb(embeddedDatabaseDir(dataDir));
      expect(grownPool).toBeGreaterThanOrEqual(112);
      expect(grownPool % 16).toBe(0);
      expect(await pool()).toBe(`${grownPool}MB`);
      await truncate(grown, 300 * 2 ** 20);
      expect(bufferPoolMb(embeddedDatabaseDir(dataDir))).toBe(256);
      await rm(grown);
      expect(await pool()).toBe('32MB');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
