// Webhook deliveries to a local receiver: signed, only for subscribed types, retried with backoff,
// disabled after repeated failures; the sender woken by writes; exactly once across two instances;
// caught up after downtime; the target re-checked at delivery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventHub } from '../server/features/events/events.service.js';
import { SecretBox } from '../server/platform/auth/sealed.js';
import { rawQuery } from '../server/platform/db/client.js';
import { ISO } from './support/expect.js';
import { receiver, sleep, twoHandles, until, verifies } from './support/live.js';
import { startTestServer, TEST_SECRET, type TestServer } from './support/server.js';

/** Short timings: retries after 0.2 s then 0.4 s, disabled after 3 consecutive failures. */
const FAST = {
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_POLL_SECONDS: '0.2',
  WEBHOOK_RETRY_SECONDS: '0.2,0.4',
  WEBHOOK_DISABLE_AFTER: '3',
  WEBHOOK_TIMEOUT_MS: '1000',
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: FAST });
});
afterAll(() => server.close());

describe('delivery', () => {
  it('POSTs signed JSON for the subscribed types only; the signature verifies against the exact body', async () => {
    const hook = await receiver();
    try {
      const call = server.as('wh-deliver');
      const created = await call('POST', '/api/me/webhooks', {
        body: { url: hook.url, events: ['created', 'completed', 'deleted'] },
      });
      const task = (await call('POST', '/api/me/tasks', { body: { title: 'Ship it', tags: ['work'] } })).body;
      await call('PATCH', `/api/me/tasks/${task.id}`, { body: { priority: 'high' } }); // updated: not subscribed
      const completed = (await call('PATCH', `/api/me/tasks/${task.id}/complete`)).body;
      await call('DELETE', `/api/me/tasks/${task.id}`);
      await until(() => hook.hits.length >= 3, 'three deliveries');
      await sleep(400);
      const hits = [...hook.hits].sort((x, y) => x.json.id - y.json.id);
      expect(hits.map((h) => h.json.type)).toEqual(['created', 'completed', 'deleted']);
      for (const hit of hits) {
        expect(hit.headers['content-type']).toBe('application/json');
        expect(hit.headers['doable-event']).toBe(hit.json.type);
        expect(hit.headers['doable-delivery']).toMatch(/^\d+$/);
        expect(verifies(created.body.secret, hit.headers['doable-signature'], hit.body)).toBe(true);
        // Not with another secret, nor another body.
        expect(verifies(`${created.body.secret}x`, hit.headers['doable-signature'], hit.body)).toBe(false);
        expect(verifies(created.body.secret, hit.headers['doable-signature'], `${hit.body} `)).toBe(false);
        const t = Number(/t=(\d+)/.exec(String(hit.headers['doable-signature']))![1]);
        expect(Math.abs(t - Date.now() / 1000)).toBeLessThan(60);
        expect(Object.keys(hit.json).sort()).toEqual([
          'id',
          'task',
          'task_id',
          'timestamp',
          'type',
          'user_id',
        ]);
        expect(hit.json).toMatchObject({ task_id: task.id, user_id: 'wh-deliver' });
        expect(hit.json.timestamp).toMatch(ISO);
      }
      expect(hits[0]!.json.task).toEqual(task);
      expect(hits[1]!.json.task).toEqual(completed);

      await until(
        async () => (await call('GET', '/api/me/webhooks')).body.webhooks[0].last_status === 200,
        'state',
      );
      const state = (await call('GET', `/api/me/webhooks/${created.body.id}`)).body;
      expect(state).toMatchObject({
        last_status: 200,
        last_error: null,
        failure_count: 0,
        disabled_at: null,
      });
      expect(state.last_delivery_at).toMatch(ISO);
      const deliveries = (await call('GET', `/api/me/webhooks/${created.body.id}/deliveries`)).body
        .deliveries;
      expect(deliveries).toHaveLength(3);
      for (const d of deliveries) {
        expect(d).toMatchObject({
          status: 'delivered',
          attempts: 1,
          last_status: 200,
          next_attempt_at: null,
        });
      }
      expect(deliveries.map((d: { id: number }) => String(d.id)).sort()).toEqual(
        hits.map((h) => h.headers['doable-delivery']).sort(),
      );
    } finally {
      await hook.close();
    }
  });

  it('stores the secret sealed, not as shown; an older plain one still signs; one sealed under another server secret fails clearly', async () => {
    const hook = await receiver();
    try {
      const call = server.as('wh-sealed');
      const created = (
        await call('POST', '/api/me/webhooks', { body: { url: hook.url, events: ['created'] } })
      ).body;
      const [stored] = await rawQuery<{ secret: string }>(
        server.database.db,
        'select secret from webhooks where id = $1',
        [created.id],
      );
      expect(stored!.secret).toMatch(/^v1\./);
      expect(stored!.secret).not.toContain(created.secret);
      expect(new SecretBox(TEST_SECRET, 'webhook secrets').open(stored!.secret)).toBe(created.secret);
      expect(new SecretBox(TEST_SECRET, 'something else').open(stored!.secret)).toBeNull();

      // A secret stored plain (before sealing existed) still signs.
      const plain = 'whsec_stored-before-sealing-0123456789';
      await rawQuery(server.database.db, 'update webhooks set secret = $1 where id = $2', [
        plain,
        created.id,
      ]);
      await call('POST', '/api/me/tasks', { body: { title: 'plain' } });
      await until(() => hook.hits.length === 1, 'the delivery');
      expect(verifies(plain, hook.hits[0]!.headers['doable-signature'], hook.hits[0]!.body)).toBe(true);

      // Sealed under another server secret: not sent, and the webhook says why.
      const foreign = new SecretBox('another-server-secret-0123456789abcdef', 'webhook secrets').seal(plain);
      await rawQuery(server.database.db, 'update webhooks set secret = $1 where id = $2', [
        foreign,
        created.id,
      ]);
      await call('POST', '/api/me/tasks', { body: { title: 'unreadable' } });
      await until(
        async () => (await call('GET', `/api/me/webhooks/${created.id}`)).body.last_error !== null,
        'the failed attempt',
      );
      expect((await call('GET', `/api/me/webhooks/${created.id}`)).body.last_error).toMatch(
        /signing secret cannot be read/,
      );
      expect(hook.hits).toHaveLength(1);
    } finally {
      await hook.close();
    }
  });

  it('retries after 500s with growing waits, then succeeds and clears the failure count', async () => {
    const hook = await receiver();
    hook.answer(500, 503);
    try {
      const call = server.as('wh-retry');
      const created = (
        await call('POST', '/api/me/webhooks', { body: { url: hook.url, events: ['created'] } })
      ).body;
      await call('POST', '/api/me/tasks', { body: { title: 'Try again' } });
      await until(() => hook.hits.length >= 3, 'three attempts');
      const [first, second, third] = hook.hits;
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(150);
      expect(third!.at - second!.at).toBeGreaterThanOrEqual(350);
      expect(new Set(hook.hits.map((h) => h.headers['doable-delivery'])).size).toBe(1);
      expect(new Set(hook.hits.map((h) => h.body)).size).toBe(1);
      await until(
        async () => (await call('GET', `/api/me/webhooks/${created.id}`)).body.last_status === 200,
        'ok',
      );
      const [delivery] = (await call('GET', `/api/me/webhooks/${created.id}/deliveries`)).body.deliveries;
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, last_status: 200 });
      expect((await call('GET', `/api/me/webhooks/${created.id}`)).body.failure_count).toBe(0);
      await sleep(700);
      expect(hook.hits).toHaveLength(3);
    } finally {
      await hook.close();
    }
  });

  it('gives a delivery up after the last retry, recording the error', async () => {
    const call = server.as('wh-giveup');
    // Nothing listens on this port once closed: connection refused.
    const gone = await receiver();
    await gone.close();
    const created = (await call('POST', '/api/me/webhooks', { body: { url: gone.url, events: ['created'] } }))
      .body;
    await call('POST', '/api/me/tasks', { body: { title: 'Nobody home' } });
    await until(
      async () =>
        (await call('GET', `/api/me/webhooks/${created.id}/deliveries`)).body.deliveries[0]?.status ===
        'failed',
      'given up',
    );
    const [delivery] = (await call('GET', `/api/me/webhooks/${created.id}/deliveries`)).body.deliveries;
    expect(delivery).toMatchObject({ attempts: 3, last_status: null, next_attempt_at: null });
    expect(delivery.last_error).toMatch(/ECONNREFUSED/);
    const state = (await call('GET', `/api/me/webhooks/${created.id}`)).body;
    expect(state.failure_count).toBe(3);
  });

  it('disables the webhook after repeated failures, saying why; enabling delivers again', async () => {
    const hook = await receiver({ fallback: 500 });
    try {
      const call = server.as('wh-disable');
      const created = (
        await call('POST', '/api/me/webhooks', { body: { url: hook.url, events: ['created'] } })
      ).body;
      await call('POST', '/api/me/tasks', { body: { title: 'one' } });
      await call('POST', '/api/me/tasks', { body: { title: 'two' } });
      await until(
        async () => (await call('GET', `/api/me/webhooks/${created.id}`)).body.disabled_at !== null,
        'disabled',
      );
      const state = (await call('GET', `/api/me/webhooks/${created.id}`)).body;
      expect(state.disabled_at).toMatch(ISO);
      expect(state.failure_count).toBeGreaterThanOrEqual(3);
      expect(state.last_status).toBe(500);
      expect(state.disabled_reason).toMatch(/3 consecutive failed deliveries.*HTTP 500/);
      await sleep(300);
      const seen = hook.hits.length;
      expect(seen).toBeGreaterThanOrEqual(3);
      const deliveries = (await call('GET', `/api/me/webhooks/${created.id}/deliveries`)).body.deliveries;
      expect(deliveries.every((d: { status: string }) => d.status !== 'pending')).toBe(true);
      // Disabled: new events are not delivered.
      await call('POST', '/api/me/tasks', { body: { title: 'while disabled' } });
      await sleep(600);
      expect(hook.hits).toHaveLength(seen);

      hook.setFallback(200);
      const enabled = await call('POST', `/api/me/webhooks/${created.id}/enable`);
      expect(enabled.status).toBe(200);
      expect(enabled.body).toMatchObject({ disabled_at: null, disabled_reason: null, failure_count: 0 });
      await call('POST', '/api/me/tasks', { body: { title: 'after enabling' } });
      await until(
        () => hook.hits.some((h) => h.json.task.title === 'after enabling'),
        'delivery after enabling',
      );
      expect(hook.hits.some((h) => h.json.task.title === 'while disabled')).toBe(false);
    } finally {
      await hook.close();
    }
  });

  it('gives up on a receiver slower than the timeout, and follows no redirect', async () => {
    const slow = await receiver({ delayMs: 3000 });
    const moved = await receiver({ fallback: 302 });
    try {
      const call = server.as('wh-slow');
      const a = (await call('POST', '/api/me/webhooks', { body: { url: slow.url, events: ['created'] } }))
        .body;
      const b = (await call('POST', '/api/me/webhooks', { body: { url: moved.url, events: ['created'] } }))
        .body;
      await call('POST', '/api/me/tasks', { body: { title: 'slow' } });
      await until(
        async () => (await call('GET', `/api/me/webhooks/${a.id}`)).body.last_error !== null,
        'timeout',
      );
      expect((await call('GET', `/api/me/webhooks/${a.id}`)).body.last_error).toMatch(
        /timed out after 1000 ms/,
      );
      await until(
        async () => (await call('GET', `/api/me/webhooks/${b.id}`)).body.last_status === 302,
        'redirect',
      );
      expect((await call('GET', `/api/me/webhooks/${b.id}`)).body.last_error).toMatch(/redirect/);
    } finally {
      await deleteAllWebhooks('wh-slow');
      await Promise.all([slow.close(), moved.close()]);
    }
  });
});

async function deleteAllWebhooks(user: string) {
  const call = server.as(user);
  for (const w of (await call('GET', '/api/me/webhooks')).body.webhooks) {
    await call('DELETE', `/api/me/webhooks/${w.id}`);
  }
}

describe('waking the sender', () => {
  it('wakes it when a write queued a delivery, not for writes by owners without webhooks', async () => {
    const hub = new EventHub(server.database);
    let senderWakes = 0;
    let streamWakes = 0;
    const stopSender = await hub.subscribeDeliveries(() => senderWakes++);
    const stopStream = await hub.subscribe('wh-quiet', () => streamWakes++);
    const hook = await receiver();
    try {
      await server.as('wh-quiet')('POST', '/api/me/tasks', { body: { title: 'no webhook here' } });
      await until(() => streamWakes >= 1, "the owner's stream woken");
      await sleep(300);
      expect(senderWakes).toBe(0);

      await server.as('wh-quiet')('POST', '/api/me/webhooks', {
        body: { url: hook.url, events: ['created'] },
      });
      await server.as('wh-quiet')('POST', '/api/me/tasks', { body: { title: 'now with a webhook' } });
      await until(() => senderWakes >= 1, 'the sender woken');
      await until(() => hook.hits.length === 1, 'the delivery');
      expect(hook.hits[0]!.json.task.title).toBe('now with a webhook');
    } finally {
      stopSender();
      stopStream();
      await hub.close();
      await hook.close();
    }
  });
});

describe('across instances and restarts', () => {
  it('two instances on one database deliver each event exactly once', async () => {
    const { a, b, drop } = await twoHandles();
    const one = await startTestServer({ database: a, env: FAST });
    const two = await startTestServer({ database: b, env: FAST });
    const hook = await receiver({ delayMs: 50 });
    try {
      await one.as('wh-pair')('POST', '/api/me/webhooks', { body: { url: hook.url, events: ['created'] } });
      const writes = [];
      for (let i = 0; i < 30; i++) {
        writes.push((i % 2 ? one : two).as('wh-pair')('POST', '/api/me/tasks', { body: { title: `t${i}` } }));
      }
      await Promise.all(writes);
      await until(() => hook.hits.length >= 30, 'thirty deliveries', 15_000);
      await sleep(800);
      expect(hook.hits).toHaveLength(30);
      expect(new Set(hook.hits.map((h) => h.headers['doable-delivery'])).size).toBe(30);
      expect(new Set(hook.hits.map((h) => h.json.task.title)).size).toBe(30);
    } finally {
      await two.close();
      await one.close();
      await hook.close();
      await drop();
    }
  });

  it('delivers events written while no worker ran once one starts', async () => {
    const { a, b, drop } = await twoHandles();
    const hook = await receiver();
    try {
      const first = await startTestServer({ database: { ...a, close: async () => {} }, env: FAST });
      await first.as('wh-later')('POST', '/api/me/webhooks', {
        body: { url: hook.url, events: ['created'] },
      });
      await first.close();
      // Written straight to the database while no server runs.
      for (const title of ['while down 1', 'while down 2']) {
        await rawQuery(a.db, 'insert into tasks (user_id, title) values ($1, $2)', ['wh-later', title]);
      }
      await sleep(400);
      expect(hook.hits).toHaveLength(0);
      const second = await startTestServer({ database: b, env: FAST });
      try {
        await until(() => hook.hits.length >= 2, 'the missed events');
        expect(hook.hits.map((h) => h.json.task.title).sort()).toEqual(['while down 1', 'while down 2']);
      } finally {
        await second.close();
      }
    } finally {
      await a.close();
      await hook.close();
      await drop();
    }
  });

  it('re-checks the target at delivery: localhost and names under .localhost are not delivered to', async () => {
    const { a, b, drop } = await twoHandles();
    const hook = await receiver();
    try {
      // Accepted where private targets are allowed, then delivered by an instance where they are not
      // (as when a public name starts resolving to an internal address).
      const lax = await startTestServer({ database: { ...a, close: async () => {} }, env: FAST });
      const names = ['localhost', 'foo.localhost', 'Foo.LocalHost.'];
      for (const name of names) {
        const res = await lax.as('wh-rebind')('POST', '/api/me/webhooks', {
          body: { url: `http://${name}:${hook.port}/hook`, events: ['created'] },
        });
        expect(res.status).toBe(201);
      }
      await lax.close();
      const { WEBHOOK_ALLOW_PRIVATE: _, ...strictFast } = FAST;
      const tight = await startTestServer({ database: b, env: strictFast });
      try {
        await tight.as('wh-rebind')('POST', '/api/me/tasks', { body: { title: 'not for loopback' } });
        const errors = async () =>
          (await tight.as('wh-rebind')('GET', '/api/me/webhooks')).body.webhooks.map(
            (w: { last_error: string | null }) => w.last_error,
          );
        await until(async () => (await errors()).every((e: string | null) => e !== null), 'refused attempts');
        for (const error of await errors()) expect(error).toMatch(/^refused: \S+ is a loopback name$/);
        expect(hook.hits).toHaveLength(0);
      } finally {
        await tight.close();
      }
    } finally {
      await a.close();
      await hook.close();
      await drop();
    }
  });
});
