// What a new member of a shared list sees of its past: nothing from before they joined. The list's
// event stream replays only events from their joining on (Last-Event-ID 0 included), so text edited
// away and tasks deleted before the list was shared stay the owner's; the owner still replays all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stream } from './support/live.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  server = await startTestServer();
  alice = await person(server, 'Alice');
  bob = await person(server, 'Bob');
});

afterAll(async () => {
  await server?.close();
});

describe('a new member and the list’s past', () => {
  it('replays the list’s events from their joining on, never earlier ones', async () => {
    const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Surprise party' } }), 201);
    const kept = await ok(
      alice.as('POST', '/api/me/tasks', {
        body: { title: 'Cake', description: 'for Bob, do not tell him', list_id: list.id },
      }),
      201,
    );
    await ok(alice.as('PATCH', `/api/me/tasks/${kept.id}`, { body: { description: 'Chocolate' } }));
    const gone = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Gift for Bob', list_id: list.id } }),
      201,
    );
    await ok(alice.as('DELETE', `/api/me/tasks/${gone.id}`), 204);
    // Event times are the database's, to the microsecond: the joining comes after all of these.
    await new Promise((r) => setTimeout(r, 20));
    await join(alice, list.id, bob, 'editor');
    const after = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Balloons', list_id: list.id } }),
      201,
    );

    const path = `/api/me/lists/${list.id}/events?last_event_id=0`;
    const owners = await stream(server, alice.id, {}, path);
    const members = await stream(server, bob.id, {}, path);
    try {
      await owners.until(() => owners.events.length >= 5, 'the owner’s replay');
      await members.until(() => members.events.some((e) => e.data.task.id === after.id), 'Balloons');
      // Anything before joining would have come first: the replay is in event order.
      await new Promise((r) => setTimeout(r, 300));
      expect(members.events.map((e) => [e.event, e.data.task.id])).toEqual([['created', after.id]]);
      expect(JSON.stringify(members.events)).not.toMatch(/do not tell|Gift for Bob/);
      // The owner replays everything.
      expect(owners.events.map((e) => [e.event, e.data.task.id])).toEqual(
        expect.arrayContaining([
          ['created', kept.id],
          ['updated', kept.id],
          ['deleted', gone.id],
          ['created', after.id],
        ]),
      );
    } finally {
      await owners.close();
      await members.close();
    }
  });
});
