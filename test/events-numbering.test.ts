// Events are numbered after their writes commit (migration 0064): one owner's writes over several
// connections never wait for each other's event, and every event still reaches the owner's stream
// once, numbered without a gap, in an order that keeps each writer's own sequence; an event that
// commits after a numbering gets a higher number than every event numbered before it.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EVENT_LOCK_CLASS, numberEvents } from '../server/features/events/events.numbers.js';
import { eventsAfter } from '../server/features/events/events.service.js';
import { type DatabaseHandle, openDatabase } from '../server/platform/db/client.js';
import { createServerDatabase, onServer } from './support/database.js';
import { stream, twoHandles } from './support/live.js';
import { startTestServer, type TestServer } from './support/server.js';

let one: TestServer;
let two: TestServer;
let drop: () => Promise<void>;
let url: string | undefined;
beforeAll(async () => {
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  if (onServer) {
    const fresh = await createServerDatabase(
      process.env.TEST_DATABASE_URL!,
      inject('serverTemplate') ?? undefined,
    );
    url = fresh.url;
    // Writers on ten connections of one instance; the stream on another instance.
    a = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 10 });
    b = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 3 });
    drop = fresh.drop;
  } else {
    ({ a, b, drop } = await twoHandles());
  }
  one = await startTestServer({ database: a, env: { EVENTS_HEARTBEAT_SECONDS: '1' } });
  two = await startTestServer({ database: b, env: { EVENTS_HEARTBEAT_SECONDS: '1' } });
});
afterAll(async () => {
  await two?.close();
  await one?.close();
  await drop?.();
});

const WRITERS = 8;
const WRITES_EACH = 15;

describe('one owner writing over several connections', () => {
  it('every event reaches the stream once, numbered 1..n, each writer’s writes in their order', async () => {
    const user = 'crowd';
    const call = one.as(user);
    const live = await stream(two, user);
    // What each writer had acknowledged, in order: a write starts after the one before it answered.
    const acknowledged: string[][] = Array.from({ length: WRITERS }, () => []);
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        const created = await call('POST', '/api/me/tasks', { body: { title: `w${w} 0` } });
        expect(created.status).toBe(201);
        acknowledged[w]!.push(`w${w} 0`);
        for (let i = 1; i < WRITES_EACH; i++) {
          const renamed = await call('PATCH', `/api/me/tasks/${created.body.id}`, {
            body: { title: `w${w} ${i}` },
          });
          expect(renamed.status).toBe(200);
          acknowledged[w]!.push(`w${w} ${i}`);
        }
      }),
    );
    const total = WRITERS * WRITES_EACH;
    await live.until(() => live.events.length >= total, 'every event');
    // A heartbeat or two more: nothing late, nothing repeated.
    await new Promise((r) => setTimeout(r, 2500));
    await live.close();

    expect(live.events.map((e) => Number(e.id))).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const titles = live.events.map((e) => e.data.task.title as string);
    expect(new Set(titles).size).toBe(total);
    for (let w = 0; w < WRITERS; w++) {
      expect(titles.filter((t) => t.startsWith(`w${w} `))).toEqual(acknowledged[w]);
    }

    // A resume from any point continues without a gap.
    const resumed = await stream(two, user, { 'last-event-id': String(total - 10) });
    await resumed.until(() => resumed.events.length >= 10, 'the last ten');
    await resumed.close();
    expect(resumed.events.map((e) => Number(e.id))).toEqual(
      Array.from({ length: 10 }, (_, i) => total - 9 + i),
    );
  });
});

describe.skipIf(!onServer)('numbering after the commit', () => {
  it('a write does not wait for the owner’s event lock', async () => {
    const call = one.as('locked-out');
    const task = (await call('POST', '/api/me/tasks', { body: { title: 'before' } })).body;
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select pg_advisory_xact_lock($1, hashtext($2))', [EVENT_LOCK_CLASS, 'locked-out']);
      const started = Date.now();
      const res = await call('PATCH', `/api/me/tasks/${task.id}`, { body: { title: 'after' } });
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(5000);
      await other.query('rollback');
    } finally {
      await other.end();
    }
  });

  it('an event committed after a numbering gets a higher number than every one before it', async () => {
    const db = one.database.db;
    const owner = 'late-commit';
    const call = one.as(owner);
    const first = (await call('POST', '/api/me/tasks', { body: { title: 'first' } })).body;
    await numberEvents(db, [owner], true);
    const cursor = (await eventsAfter(db, owner, 0, 100)).at(-1)!.seq;

    // A transaction renames the first task and stays open; meanwhile another write commits and
    // is numbered; then the open one commits and is numbered after it.
    const slow = new pg.Client({ connectionString: url });
    await slow.connect();
    try {
      await slow.query('begin');
      await slow.query('update tasks set title = $1, version = version + 1 where id = $2', [
        'slow',
        first.id,
      ]);
      const quick = await call('POST', '/api/me/tasks', { body: { title: 'quick' } });
      expect(quick.status).toBe(201);
      await numberEvents(db, [owner], true);
      const seen = await eventsAfter(db, owner, cursor, 100);
      expect(seen.map((e) => (e.data as { title: string }).title)).toEqual(['quick']);
      await slow.query('commit');
      await numberEvents(db, [owner], true);
      const later = await eventsAfter(db, owner, seen.at(-1)!.seq, 100);
      expect(later.map((e) => (e.data as { title: string }).title)).toEqual(['slow']);
      expect(later[0]!.seq).toBe(seen.at(-1)!.seq + 1);
    } finally {
      await slow.end();
    }
    const unnumbered = (await db.execute(
      sql`select count(*)::int as n from task_events where user_id = ${owner} and seq is null`,
    )) as unknown as { rows: { n: number }[] };
    expect(unnumbered.rows[0]!.n).toBe(0);
  });
});
