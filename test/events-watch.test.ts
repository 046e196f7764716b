// Task writes send no NOTIFY (Postgres would take one database-wide lock for each at its commit):
// each instance finds new events by reading their table. What a user sees: the event still reaches
// their stream, well before any heartbeat, and so does the event of a transaction that commits
// after later ones (its id is lower than ids already read).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EVENTS_CHANNEL } from '../server/platform/db/channels.js';
import { type DatabaseHandle, openDatabase } from '../server/platform/db/client.js';
import { createServerDatabase, createTestDatabase, onServer } from './support/database.js';
import { sleep, stream } from './support/live.js';
import { startTestServer, type TestServer } from './support/server.js';

let url: string | undefined;
let database: DatabaseHandle;
let drop = async () => {};
let server: TestServer;
beforeAll(async () => {
  if (onServer) {
    const fresh = await createServerDatabase(
      process.env.TEST_DATABASE_URL!,
      inject('serverTemplate') ?? undefined,
    );
    url = fresh.url;
    drop = fresh.drop;
    database = await openDatabase({ kind: 'server', url, poolMax: 4 });
  } else {
    database = await createTestDatabase();
  }
  // Heartbeats (which also make a stream read) far apart: what arrives sooner came by the watch.
  server = await startTestServer({ database, env: { EVENTS_HEARTBEAT_SECONDS: '300' } });
});
afterAll(async () => {
  await server?.close();
  await drop();
});

describe('task events without NOTIFY', () => {
  it('a create, a rename and a deletion notify nobody, and each reaches the stream within seconds', async () => {
    const heard: string[] = [];
    const stop = await database.listen(EVENTS_CHANNEL, (payload) => heard.push(payload));
    try {
      const call = server.as('quiet');
      const s = await stream(server, 'quiet');
      const created = await call('POST', '/api/me/tasks', { body: { title: 'No notify' } });
      expect(created.status).toBe(201);
      await s.until(() => s.events.length === 1, 'the created event', 10_000);
      await call('PATCH', `/api/me/tasks/${created.body.id}`, { body: { title: 'Still none' } });
      await call('DELETE', `/api/me/tasks/${created.body.id}`);
      await s.until(() => s.events.length === 3, 'the updated and deleted events', 10_000);
      expect(s.events.map((e) => e.event)).toEqual(['created', 'updated', 'deleted']);
      expect(s.events[1]!.data.task.title).toBe('Still none');
      await sleep(300);
      await s.close();
      expect(heard).toEqual([]);
    } finally {
      await stop();
    }
  });

  it.runIf(onServer)(
    'an event committed after a later one (a lower id) still reaches its stream, before any heartbeat',
    async () => {
      const late = await stream(server, 'late-writer');
      const early = await stream(server, 'early-writer');
      await server.as('late-writer')('POST', '/api/me/tasks', { body: { title: 'First' } });
      await late.until(() => late.events.length === 1, 'the first event', 10_000);
      // A transaction takes its event id, then waits; another user's write takes a higher id and
      // commits, and its stream gets it (the watch has read past the open transaction's id).
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('begin');
        await client.query("insert into tasks (user_id, title) values ('late-writer', 'Committed late')");
        await server.as('early-writer')('POST', '/api/me/tasks', { body: { title: 'Committed first' } });
        await early.until(() => early.events.length === 1, 'the later write', 10_000);
        await sleep(500);
        expect(late.events.length).toBe(1);
        await client.query('commit');
      } finally {
        await client.end();
      }
      await late.until(() => late.events.length === 2, 'the event committed late', 10_000);
      expect(late.events[1]!.data.task.title).toBe('Committed late');
      await late.close();
      await early.close();
    },
  );
});
