// Every committed event reaches every open stream of its owner exactly once, in an order a resume
// with Last-Event-ID continues without a gap, while one user's writes overlap (concurrent
// writers and an import in flight) and the stream is on another instance than the writers.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberEvents } from '../server/features/events/events.numbers.js';
import { sweepEvents } from '../server/features/events/events.service.js';
import type { DatabaseHandle } from '../server/platform/db/client.js';
import { type Received, stream, twoHandles } from './support/live.js';
import { startTestServer, type TestServer } from './support/server.js';

let one: TestServer;
let two: TestServer;
let drop: () => Promise<void>;
beforeAll(async () => {
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  ({ a, b, drop } = await twoHandles());
  one = await startTestServer({ database: a, env: { EVENTS_HEARTBEAT_SECONDS: '1' } });
  two = await startTestServer({ database: b, env: { EVENTS_HEARTBEAT_SECONDS: '1' } });
});
afterAll(async () => {
  await two?.close();
  await one?.close();
  await drop?.();
});

const WRITERS = 4;
const WRITES_EACH = 40;
const IMPORTED = 3000;

/** Acknowledged writes: four writers creating and completing, and an import, all at once. */
async function overlappingWrites(server: TestServer, user: string): Promise<number> {
  const call = server.as(user);
  let acknowledged = 0;
  const writer = async (w: number) => {
    for (let i = 0; i < WRITES_EACH; i++) {
      const created = await call('POST', '/api/me/tasks', { body: { title: `w${w} #${i}` } });
      expect(created.status).toBe(201);
      acknowledged++;
      if (i % 3 === 0) {
        const done = await call('PATCH', `/api/me/tasks/${created.body.id}`, { body: { completed: true } });
        expect(done.status).toBe(200);
        acknowledged++;
      }
    }
  };
  const importing = async () => {
    const tasks = Array.from({ length: IMPORTED }, (_, i) => ({ title: `imported ${i}` }));
    const res = await call('POST', '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks },
    });
    expect(res.status).toBe(201);
    acknowledged += IMPORTED;
  };
  await Promise.all([importing(), ...Array.from({ length: WRITERS }, (_, w) => writer(w))]);
  return acknowledged;
}

/** Waits for a condition, at most 20 s; the assertions after it say what was missing. */
async function settle(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

const ids = (events: Received[]) => events.map((e) => e.id!);

describe('event order under overlapping writes', () => {
  it('a stream on another instance gets every event exactly once; a resume continues without a gap', async () => {
    const user = 'overlap';
    const live = await stream(two, user);
    // A second client drops out after the first events and resumes from its last id.
    const early = await stream(two, user);
    const writes = overlappingWrites(one, user);
    await early.until(() => early.events.length >= 20, 'the first events');
    await early.close();
    const resumeFrom = early.events.at(-1)!.id!;
    const acknowledged = await writes;

    await settle(() => live.events.length >= acknowledged);
    const resumed = await stream(two, user, { 'last-event-id': resumeFrom });
    const expectedAfter = acknowledged - early.events.findIndex((e) => e.id === resumeFrom) - 1;
    await settle(() => resumed.events.length >= expectedAfter);
    // A heartbeat or two more: nothing late, nothing repeated.
    await new Promise((r) => setTimeout(r, 2500));
    await live.close();
    await resumed.close();

    const seen = ids(live.events);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(acknowledged);
    // The resumed stream holds exactly what the live one had after the resume point.
    expect([...ids(early.events), ...ids(resumed.events)]).toEqual(seen);
    // Ids only ever increase along a stream: that is what lets Last-Event-ID resume.
    const numeric = seen.map(Number);
    expect(numeric).toEqual([...numeric].sort((x, y) => x - y));
  });
});

describe('event numbers', () => {
  it('count up per owner without gaps; the sweep keeps each owner’s latest, so numbering never restarts', async () => {
    const call = one.as('numbered');
    for (let i = 0; i < 3; i++) await call('POST', '/api/me/tasks', { body: { title: `n${i}` } });
    await one.as('other-numbered')('POST', '/api/me/tasks', { body: { title: 'elsewhere' } });
    const db = one.database.db;
    // Events are numbered after their commit (by the event watch, or by a reader that needs them).
    const numbers = async (user: string) => {
      await numberEvents(db, [user], true);
      return (
        (await db.execute(
          sql`select seq from task_events where user_id = ${user} order by seq`,
        )) as unknown as { rows: { seq: string | number }[] }
      ).rows.map((r) => Number(r.seq));
    };
    expect(await numbers('numbered')).toEqual([1, 2, 3]);
    expect(await numbers('other-numbered')).toEqual([1]);

    // Everything past the retention: the sweep leaves each owner's latest event.
    await db.execute(sql`update task_events set created_at = now() - interval '30 days'`);
    await sweepEvents(db);
    expect(await numbers('numbered')).toEqual([3]);
    expect(await numbers('other-numbered')).toEqual([1]);

    const s = await stream(two, 'numbered', { 'last-event-id': '3' });
    await call('POST', '/api/me/tasks', { body: { title: 'after the sweep' } });
    await s.until(() => s.events.length === 1, 'the next event');
    expect(s.events[0]!.id).toBe('4');
    await s.close();
  });
});
