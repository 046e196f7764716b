// Live updates over Server-Sent Events: every kind of change arrives as an event carrying the
// task as the API shows it; Last-Event-ID resumes; events cross instances through Postgres
// NOTIFY; heartbeats; and a user never sees another's events.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../server/platform/db/client.js';
import { createServerDatabase, createTestDatabase, onServer } from './support/database.js';
import { expectProblem } from './support/expect.js';
import { stream } from './support/live.js';
import { join, ok, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { EVENTS_HEARTBEAT_SECONDS: '1' } });
});
afterAll(() => server.close());

describe('live updates', () => {
  it('created, updated, completed and deleted arrive in order with the task as the API shows it', async () => {
    const call = server.as('live');
    const s = await stream(server, 'live');
    expect(s.res.status).toBe(200);
    expect(s.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const created = (
      await call('POST', '/api/me/tasks', {
        body: { title: 'Watch me', tags: ['A'], due_date: '2027-01-02' },
      })
    ).body;
    await call('PATCH', `/api/me/tasks/${created.id}`, { body: { priority: 'high' } });
    await call('PATCH', `/api/me/tasks/${created.id}`, { body: { priority: 'high' } }); // no change: no event
    const completed = (await call('PATCH', `/api/me/tasks/${created.id}/complete`)).body;
    const current = (await call('GET', `/api/me/tasks/${created.id}`)).body;
    await call('DELETE', `/api/me/tasks/${created.id}`);
    await s.until(() => s.events.length >= 4, 'four events');
    expect(s.events.map((e) => e.event)).toEqual(['created', 'updated', 'completed', 'deleted']);
    expect(s.events[0]!.data).toMatchObject({
      type: 'created',
      task_id: created.id,
      user_id: 'live',
      task: created,
    });
    expect(s.events[0]!.data.timestamp).toMatch(/Z$/);
    expect(s.events[2]!.data.task).toEqual(completed);
    expect(s.events[3]!.data.task).toEqual(current);
    const ids = s.events.map((e) => Number(e.id));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    await s.close();
  });

  it('every write path emits: quick add, import, tag rename; a time zone change no task event', async () => {
    const call = server.as('paths');
    const s = await stream(server, 'paths');
    await call('POST', '/api/me/tasks/quick', { body: { text: 'Quick one #x' } });
    await call('POST', '/api/me/import', {
      body: { format: 'doable-export', version: 1, tasks: [{ title: 'Imported', tags: ['x'] }] },
    });
    await call('PATCH', '/api/me/tags/x', { body: { name: 'Y' } });
    await call('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Tokyo' } });
    const tasks = () => s.events.filter((e) => e.event !== 'lists');
    await s.until(() => tasks().length >= 4, 'four events');
    await new Promise((r) => setTimeout(r, 300));
    expect(tasks().map((e) => e.event)).toEqual(['created', 'created', 'updated', 'updated']);
    expect(
      tasks()
        .slice(2)
        .every((e) => e.data.task.tags.includes('Y')),
    ).toBe(true);
    // The setting (and the import's list) changed what the sidebar shows: `lists`, without an id.
    expect(s.events.some((e) => e.event === 'lists' && e.id === undefined)).toBe(true);
    await s.close();
  });

  it('Last-Event-ID replays what was missed, then continues live', async () => {
    const call = server.as('resume');
    const first = await stream(server, 'resume');
    await call('POST', '/api/me/tasks', { body: { title: 'one' } });
    await first.until(() => first.events.length === 1, 'one');
    const lastId = first.events[0]!.id!;
    await first.close();
    await call('POST', '/api/me/tasks', { body: { title: 'two' } });
    await call('POST', '/api/me/tasks', { body: { title: 'three' } });
    const again = await stream(server, 'resume', { 'last-event-id': lastId });
    await again.until(() => again.events.length === 2, 'the two missed');
    expect(again.events.map((e) => e.data.task.title)).toEqual(['two', 'three']);
    await call('POST', '/api/me/tasks', { body: { title: 'four' } });
    await again.until(() => again.events.length === 3, 'the live one');
    await again.close();
    const byQuery = await stream(server, 'resume', {}, `/api/me/events?last_event_id=${lastId}`);
    await byQuery.until(() => byQuery.events.length === 3, 'replay by query');
    await byQuery.close();
    // A new stream without an id starts now: nothing old is replayed.
    const fresh = await stream(server, 'resume');
    await new Promise((r) => setTimeout(r, 300));
    expect(fresh.events).toEqual([]);
    await fresh.close();
  });

  it('sends heartbeats', async () => {
    const s = await stream(server, 'heart');
    await s.until(() => s.comments() >= 2, 'two heartbeats', 5000);
    await s.close();
  });

  it("a user never receives another user's events; another user's stream is 403; a bad Last-Event-ID is 422", async () => {
    const bob = await stream(server, 'sse-bob');
    const alice = await stream(server, 'sse-alice');
    await server.as('sse-alice')('POST', '/api/me/tasks', { body: { title: 'Alice only' } });
    await alice.until(() => alice.events.length === 1, 'alice event');
    await new Promise((r) => setTimeout(r, 300));
    expect(bob.events).toEqual([]);
    await Promise.all([bob.close(), alice.close()]);
    expectProblem(await server.as('sse-bob')('GET', '/api/sse-alice/events'), 403, 'AUTH_FORBIDDEN');
    expectProblem(
      await server.as('sse-bob')('GET', '/api/me/events', { headers: { 'last-event-id': 'abc' } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(await server.request('GET', '/api/me/events'), 401, 'AUTH_MISSING');
  });
});

describe('across instances', () => {
  it('an event written through one instance reaches a stream on another (each instance reads the events table)', async () => {
    let a: DatabaseHandle;
    let b: DatabaseHandle;
    let drop = async () => {};
    if (onServer) {
      const fresh = await createServerDatabase(
        process.env.TEST_DATABASE_URL!,
        inject('serverTemplate') ?? undefined,
      );
      drop = fresh.drop;
      a = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 3 });
      b = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 3 });
    } else {
      // One embedded database can only be opened by one process: two app instances share it.
      a = await createTestDatabase();
      b = { ...a, close: async () => {} };
    }
    const one = await startTestServer({ database: a });
    const two = await startTestServer({ database: b });
    try {
      const s = await stream(one, 'roamer');
      await two.as('roamer')('POST', '/api/me/tasks', { body: { title: 'Written on two' } });
      await s.until(() => s.events.length === 1, 'the event from the other instance');
      expect(s.events[0]!.data.task.title).toBe('Written on two');
      await s.close();
    } finally {
      await two.close();
      await one.close();
      await drop();
    }
  });

  it('shutdown ends open streams instead of waiting for them', async () => {
    const own = await startTestServer();
    const s = await stream(own, 'closer');
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(5000);
    await s.close();
  });
});

describe('lists live', () => {
  it('a change of a list, its sections or members, or settings sends `lists` to those who see it, and nobody else', async () => {
    const owner = await person(server, 'Lister');
    const member = await person(server, 'Member');
    const stranger = await person(server, 'Stranger');
    type Stream = Awaited<ReturnType<typeof stream>>;
    const [mine, theirs, nobody] = (await Promise.all(
      [owner, member, stranger].map((p) => stream(server, p.id)),
    )) as [Stream, Stream, Stream];
    const lists = (s: Stream) => s.events.filter((e) => e.event === 'lists').length;
    /** Waits for one more `lists` event on each stream in `woken`. */
    const signalled = async (woken: Stream[], change: () => Promise<unknown>, what: string) => {
      const before = woken.map(lists);
      await change();
      await Promise.all(woken.map((s, i) => s.until(() => lists(s) > before[i]!, what)));
    };

    let list = { id: 0 };
    await signalled(
      [mine],
      async () => {
        list = await ok(owner.as('POST', '/api/me/lists', { body: { name: 'Shared soon' } }), 201);
      },
      'the new list, to its owner',
    );
    await signalled([mine, theirs], () => join(owner, list.id, member, 'editor'), 'a member joined');
    await signalled(
      [mine, theirs],
      () => ok(owner.as('PATCH', `/api/me/lists/${list.id}`, { body: { name: 'Renamed' } })),
      'a rename, to the owner and the member',
    );
    await signalled(
      [mine, theirs],
      () => ok(member.as('POST', '/api/me/sections', { body: { list_id: list.id, name: 'Soon' } }), 201),
      'a section',
    );
    await signalled(
      [theirs],
      () => ok(member.as('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi' } })),
      'a setting, to its user',
    );
    await signalled(
      [mine, theirs],
      () => owner.as('DELETE', `/api/me/lists/${list.id}/members/${member.id}`),
      'a member removed, to the owner and the one removed',
    );
    const memberSaw = lists(theirs);
    await signalled(
      [mine],
      () => ok(owner.as('PATCH', `/api/me/lists/${list.id}`, { body: { name: 'Mine again' } })),
      'a rename after',
    );
    // The event carries nothing (no id: Last-Event-ID stays the task events').
    expect(mine.events.find((e) => e.event === 'lists')).toEqual({ id: undefined, event: 'lists', data: {} });
    await new Promise((r) => setTimeout(r, 300));
    expect(lists(theirs)).toBe(memberSaw);
    expect(lists(nobody)).toBe(0);
    await Promise.all([mine, theirs, nobody].map((s) => s.close()));
  });
});
