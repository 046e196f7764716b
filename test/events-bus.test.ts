// The event bus (docs/events.md): task changes and reminders made over HTTP reach NATS JetStream
// as CloudEvents on the topics task-events, reminders and task-updates, each event once, in order
// per user; one instance relays at a time and another takes over; a restarted app goes on from the
// stored position; NATS unreachable at start, or stopped and started again, delays events and
// loses none. Runs when TEST_NATS_URL names a NATS server with JetStream (CI sets it; the machine
// runs one on 4222); the outage test starts private nats-server processes (the binary is needed).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect, type JetStreamManager, type NatsConnection, NatsError } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberEvents } from '../server/features/events/events.numbers.js';
import { rawQuery } from '../server/platform/db/client.js';
import { ISO } from './support/expect.js';
import { sleep, twoHandles, until } from './support/live.js';
import { startTestServer, TEST_APP_URL, TEST_SECRET, type TestServer } from './support/server.js';

const natsUrl = process.env.TEST_NATS_URL;
/** Streams, prefixes and users of this run: runs never see each other's messages. */
const run = randomBytes(4).toString('hex');

interface Stored {
  seq: number;
  subject: string;
  topic: string;
  msgId: string | undefined;
  contentType: string | undefined;
  event: any;
}

interface Row {
  id: number;
  seq: number;
  type: string;
  task_id: number;
  user_id: string;
}

describe.runIf(natsUrl)('the event bus on NATS JetStream', () => {
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  const streams: string[] = [];

  beforeAll(async () => {
    nc = await connect({ servers: natsUrl!.replace(/^nats:\/\//, '') });
    jsm = await nc.jetstreamManager();
  });
  afterAll(async () => {
    for (const stream of streams) {
      await jsm.streams.delete(stream).catch(() => {});
      await jsm.streams.delete(`KV_${stream}_POSITIONS`).catch(() => {});
    }
    await nc.close();
  });

  /** The settings of a bus of its own for one test. */
  function bus(
    name: string,
    url = natsUrl!,
  ): { env: Record<string, string>; prefix: string; stream: string } {
    const prefix = `t${run}.${name}`;
    const stream = `DOABLE_TEST_${run}_${name.toUpperCase()}`;
    streams.push(stream);
    return {
      prefix,
      stream,
      env: {
        EVENTS_NATS_URL: url,
        EVENTS_NATS_PREFIX: prefix,
        EVENTS_NATS_STREAM: stream,
        EVENTS_NATS_POLL_SECONDS: '0.2',
        REMINDER_POLL_SECONDS: '0.2',
      },
    };
  }

  /** Every message the stream holds, in stream order. */
  async function stored(stream: string, manager = jsm): Promise<Stored[]> {
    let last: number;
    try {
      last = (await manager.streams.info(stream)).state.last_seq;
    } catch (err) {
      if (err instanceof NatsError && err.code === '404') return [];
      throw err;
    }
    const out: Stored[] = [];
    for (let seq = 1; seq <= last; seq++) {
      const m = await manager.streams.getMessage(stream, { seq });
      out.push({
        seq: m.seq,
        subject: m.subject,
        topic: m.subject.split('.').at(-2)!,
        msgId: m.header?.get('Nats-Msg-Id'),
        contentType: m.header?.get('Content-Type'),
        event: m.json(),
      });
    }
    return out;
  }

  /** The users' events, numbered first (each is numbered after its write commits). */
  async function rowsOf(server: TestServer, users: string[]): Promise<Row[]> {
    await numberEvents(server.database.db, users, true);
    const rows = await rawQuery<Row>(
      server.database.db,
      'select id, seq, type, task_id, user_id from task_events where user_id = any($1) order by user_id, seq',
      [users],
    );
    return rows.map((r) => ({ ...r, id: Number(r.id), seq: Number(r.seq), task_id: Number(r.task_id) }));
  }

  /** The messages the events should have become: (id, topic) pairs, each once. */
  const expectedIds = (rows: Row[]) =>
    rows
      .flatMap((r) => [
        `${r.id}:${r.type === 'reminder' ? 'reminders' : 'task-events'}`,
        `${r.id}:task-updates`,
      ])
      .sort();

  /** Each event once per topic, and each user's events in their order on task-updates. */
  function expectOncePerTopicInOrder(messages: Stored[], rows: Row[]): void {
    const ids = messages.map((m) => m.msgId!);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expectedIds(rows));
    for (const user of new Set(rows.map((r) => r.user_id))) {
      const updates = messages.filter((m) => m.topic === 'task-updates' && m.event.userid === user);
      expect(updates.map((m) => m.event.userseq)).toEqual(
        rows.filter((r) => r.user_id === user).map((r) => r.seq),
      );
    }
  }

  async function metric(server: TestServer, name: string): Promise<number> {
    const text = (await server.request('GET', '/metrics')).text;
    const line = text.split('\n').find((l) => l.startsWith(`${name} `));
    return Number(line?.split(' ')[1]);
  }

  /** Waits for the metric to reach `value` (a count follows the last PubAck), then checks it stays. */
  async function settles(server: TestServer, name: string, value: number): Promise<void> {
    await until(async () => (await metric(server, name)) === value, `${name} ${value}`);
    await sleep(300);
    expect(await metric(server, name)).toBe(value);
  }

  /** Moves a task's pending reminders into the past, as if their time had come. */
  async function comeDue(server: TestServer, taskId: number): Promise<void> {
    await rawQuery(
      server.database.db,
      `update task_reminders set fire_at = now() - interval '1 second' where task_id = $1 and sent_at is null`,
      [taskId],
    );
  }

  it('task changes and reminders arrive as CloudEvents on their topics, each once, in order per user', async () => {
    const { env, prefix, stream } = bus('shape');
    const server = await startTestServer({ env });
    try {
      // The second id needs escaping: dots, spaces, wildcards and non-ASCII are not subject tokens.
      const users = [`ann-${run}`, `bob.é *> ${run}`];
      const tokens = [`ann-${run}`, `bob=2E=C3=A9=20=2A=3E=20${run}`];
      const firstCreated: Record<string, any> = {};
      await Promise.all(
        users.map(async (user) => {
          const call = server.as(user);
          const a = await call('POST', '/api/me/tasks', {
            body: {
              title: 'Call the plumber',
              due_at: '2031-01-01T10:00:00Z',
              reminders: [{ minutes_before: 30 }],
            },
          });
          expect(a.status).toBe(201);
          firstCreated[user] = a.body;
          await comeDue(server, a.body.id);
          await until(
            async () => (await rowsOf(server, [user])).some((r) => r.type === 'reminder'),
            'the reminder',
          );
          expect(
            (await call('PATCH', `/api/me/tasks/${a.body.id}`, { body: { title: 'Call Bob' } })).status,
          ).toBe(200);
          expect((await call('PATCH', `/api/me/tasks/${a.body.id}/complete`)).status).toBe(200);
          const b = await call('POST', '/api/me/tasks', { body: { title: 'Short-lived' } });
          expect((await call('DELETE', `/api/me/tasks/${b.body.id}`)).status).toBe(204);
        }),
      );
      const rows = await rowsOf(server, users);
      expect(rows.filter((r) => r.user_id === users[0]).map((r) => r.type)).toEqual([
        'created',
        'reminder',
        'updated',
        'completed',
        'created',
        'deleted',
      ]);
      await until(
        async () => (await stored(stream)).length >= rows.length * 2,
        'every event on the bus',
        20_000,
      );
      await sleep(300);
      const messages = await stored(stream);
      expectOncePerTopicInOrder(messages, rows);

      // The stream this relay created: our subjects, JetStream's duplicate window, a week of messages.
      const info = await jsm.streams.info(stream);
      expect(info.config.subjects).toEqual([
        `${prefix}.task-events.>`,
        `${prefix}.reminders.>`,
        `${prefix}.task-updates.>`,
      ]);
      expect(info.config.duplicate_window).toBe(120_000_000_000);
      expect(info.config.max_age).toBe(7 * 24 * 3600 * 1_000_000_000);

      for (const m of messages) {
        const token = tokens[users.indexOf(m.event.userid)];
        expect(m.subject).toBe(`${prefix}.${m.topic}.${token}`);
        expect(m.msgId).toBe(`${m.event.id}:${m.topic}`);
        expect(m.contentType).toBe('application/cloudevents+json; charset=utf-8');
        expect(
          m.topic === 'task-updates' ||
            (m.topic === 'reminders') === (m.event.type === 'dev.doable.task.reminder'),
        ).toBe(true);
        expect(JSON.stringify(m.event)).not.toContain(TEST_SECRET);
      }
      // The first event of the escaped user, as a consumer reads it.
      const [user, first] = [users[1]!, rows.find((r) => r.user_id === users[1])!];
      const created = messages.find((m) => m.topic === 'task-events' && m.event.userid === user)!;
      expect(created.event).toEqual({
        specversion: '1.0',
        id: String(first.id),
        source: TEST_APP_URL,
        type: 'dev.doable.task.created',
        subject: `tasks/${firstCreated[user].id}`,
        time: expect.stringMatching(ISO),
        datacontenttype: 'application/json',
        userid: user,
        userseq: 1,
        partitionkey: user,
        data: {
          id: first.id,
          type: 'created',
          task_id: firstCreated[user].id,
          task: firstCreated[user],
          user_id: user,
          timestamp: created.event.time,
        },
      });
      const reminder = messages.find((m) => m.topic === 'reminders' && m.event.userid === user)!;
      expect(reminder.event).toMatchObject({
        type: 'dev.doable.task.reminder',
        userseq: 2,
        data: { type: 'reminder', reminder: { minutes_before: 30, fire_at: expect.stringMatching(ISO) } },
      });
      expect(messages.filter((m) => m.topic === 'task-events').map((m) => m.event.type)).not.toContain(
        'dev.doable.task.reminder',
      );

      await settles(server, 'doable_events_bus_published_total', rows.length);
      expect(await metric(server, 'doable_events_bus_lag')).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('one instance relays at a time; another takes over, and a restarted app goes on from the stored position', async () => {
    const { env, stream } = bus('lead');
    const { a, b, drop } = await twoHandles();
    const user = `lead-${run}`;
    const write = async (server: TestServer, n: number) => {
      for (let i = 0; i < n; i++) {
        expect(
          (await server.as(user)('POST', '/api/me/tasks', { body: { title: `Task ${i}` } })).status,
        ).toBe(201);
      }
    };
    const onBus = async (n: number) => {
      await until(async () => (await stored(stream)).length >= n * 2, `${n} events on the bus`, 20_000);
    };
    const first = await startTestServer({ database: a, env });
    const second = await startTestServer({ database: b, env });
    let survivor: TestServer | undefined;
    try {
      await write(first, 2);
      await write(second, 2);
      await onBus(4);
      const published = async () =>
        (await metric(first, 'doable_events_bus_published_total')) +
        (await metric(second, 'doable_events_bus_published_total'));
      await until(async () => (await published()) === 4, 'four events counted');
      const counts = [
        await metric(first, 'doable_events_bus_published_total'),
        await metric(second, 'doable_events_bus_published_total'),
      ];
      expect([...counts].sort()).toEqual([0, 4]);
      const [leader, standby] = counts[0] === 4 ? [first, second] : [second, first];
      survivor = standby;
      expect(await metric(standby, 'doable_events_bus_lag')).toBe(0);

      // The leader stops: the standby takes the lead and publishes what follows, nothing twice.
      await leader.app.close();
      await write(standby, 3);
      await onBus(7);
      await settles(standby, 'doable_events_bus_published_total', 3);

      // The app stops; events written meanwhile (by an instance without the bus) wait in the table.
      await standby.app.close();
      survivor = undefined;
      const quiet = await startTestServer({ database: a });
      await write(quiet, 2);
      await quiet.app.close();
      expect(await stored(stream)).toHaveLength(14);

      // A new app on the same database goes on from the stored position: only those two.
      const restarted = await startTestServer({ database: a, env });
      survivor = restarted;
      await onBus(9);
      await settles(restarted, 'doable_events_bus_published_total', 2);
      expectOncePerTopicInOrder(await stored(stream), await rowsOf(restarted, [user]));
    } finally {
      await survivor?.app.close();
      await first.app.close().catch(() => {});
      await second.app.close().catch(() => {});
      await a.close();
      await b.close();
      await drop();
    }
  });

  it('a position lost between publishing and storing it is found in the stream: nothing is published twice', async () => {
    const { env, stream } = bus('lost');
    const { a, b, drop } = await twoHandles();
    const user = `lost-${run}`;
    const first = await startTestServer({ database: a, env });
    let second: TestServer | undefined;
    try {
      for (const title of ['One', 'Two', 'Three'])
        await first.as(user)('POST', '/api/me/tasks', { body: { title } });
      await until(async () => (await stored(stream)).length >= 6, 'three events on the bus');
      await first.app.close();
      // As if the relay had died after the PubAcks and before storing the position.
      const kv = await nc.jetstream().views.kv(`${stream}_POSITIONS`);
      expect((await kv.get(user))?.json()).toMatchObject({ seq: 3 });
      await kv.purge(user);

      second = await startTestServer({ database: b, env });
      await second.as(user)('POST', '/api/me/tasks', { body: { title: 'Four' } });
      await until(async () => (await stored(stream)).length >= 8, 'the fourth event on the bus');
      await settles(second, 'doable_events_bus_published_total', 1);
      expectOncePerTopicInOrder(await stored(stream), await rowsOf(second, [user]));
    } finally {
      await first.app.close().catch(() => {});
      await second?.app.close();
      await a.close();
      await b.close();
      await drop();
    }
  });

  it('NATS unreachable at start, then stopped and started again: the app serves throughout and no event is lost or repeated', async () => {
    const port = await freePort();
    const dir = await mkdtemp(path.join(tmpdir(), 'doable-nats-'));
    const url = `nats://127.0.0.1:${port}`;
    const { env, stream } = bus('outage', url);
    const user = `outage-${run}`;
    const server = await startTestServer({ env });
    let nats: ChildProcess | undefined;
    let client: NatsConnection | undefined;
    const write = async (n: number) => {
      for (let i = 0; i < n; i++) {
        expect(
          (await server.as(user)('POST', '/api/me/tasks', { body: { title: `Task ${i}` } })).status,
        ).toBe(201);
      }
    };
    try {
      // No NATS yet: the app started, is ready, and takes writes.
      expect((await server.request('GET', '/health/ready')).status).toBe(200);
      await write(2);
      // The relay leads but cannot read the positions from NATS: it cannot tell its lag.
      expect(await metric(server, 'doable_events_bus_lag')).toBeNaN();

      nats = await startNats(port, dir);
      client = await connect({
        servers: `127.0.0.1:${port}`,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 200,
      });
      const manager = await client.jetstreamManager();
      await until(async () => (await stored(stream, manager)).length >= 4, 'the first events', 30_000);

      // NATS dies: writes still succeed, readiness does not depend on it, the lag grows.
      await stopNats(nats);
      await write(3);
      expect((await server.request('GET', '/health/ready')).status).toBe(200);
      await until(async () => (await metric(server, 'doable_events_bus_lag')) === 3, 'a lag of 3');

      // NATS is back (same storage): the relay goes on where it was.
      nats = await startNats(port, dir);
      await until(
        async () => (await stored(stream, manager).catch(() => [])).length >= 10,
        'every event',
        40_000,
      );
      await settles(server, 'doable_events_bus_lag', 0);
      expectOncePerTopicInOrder(await stored(stream, manager), await rowsOf(server, [user]));
    } finally {
      await server.close();
      await client?.close();
      if (nats) await stopNats(nats);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** A loopback port nothing listens on (now). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A private nats-server with JetStream, storing in `dir`; resolves once it accepts connections. */
async function startNats(port: number, dir: string): Promise<ChildProcess> {
  // Debian puts it in /usr/sbin, which a user's PATH may lack.
  const binary = existsSync('/usr/sbin/nats-server') ? '/usr/sbin/nats-server' : 'nats-server';
  const child = spawn(binary, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', dir], {
    stdio: 'ignore',
  });
  await until(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = new Socket();
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
        socket.connect(port, '127.0.0.1');
      }),
    'nats-server listening',
  );
  return child;
}

/** Stops it (SIGTERM: it stores what it acknowledged and drops every client) and waits for the exit. */
async function stopNats(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
