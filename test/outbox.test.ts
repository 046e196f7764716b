// The outbox sender's lease (server/platform/outbox/outbox.worker.ts), through the webhook outbox on
// two instances: a row whose lease ends while its sender is still sending is taken over and sent by
// the other instance, and the late sender's outcome then changes nothing, neither the row nor the
// webhook's state. (The feature suites cover sends, retries and two instances sharing rows.)
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { receiver, twoHandles, until } from './support/live.js';
import { startTestServer, type TestServer } from './support/server.js';

// The longest timeout: a lease of 120 s (timeout + 60 s), which only the test ends.
const ENV = { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_SECONDS: '0.2', WEBHOOK_TIMEOUT_MS: '60000' };

let handles: Awaited<ReturnType<typeof twoHandles>>;
let one: TestServer;
beforeAll(async () => {
  handles = await twoHandles();
  one = await startTestServer({ database: handles.a, env: ENV });
});
afterAll(async () => {
  await one?.close();
  await handles?.drop();
});

/** A receiver that holds the first request until released, then answers it 500; the others 200 at once. */
async function heldReceiver() {
  const hits: IncomingHttpHeaders[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      hits.push(req.headers);
      if (hits.length > 1) return res.end('ok');
      void released.then(() => {
        res.statusCode = 500;
        res.end('late');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { hits, url, release, close };
}

it("a row whose lease ends mid-send is sent by another instance; the late sender's outcome changes nothing", async () => {
  const held = await heldReceiver();
  const probe = await receiver();
  try {
    const call = one.as('ob-lease');
    const webhook = (await call('POST', '/api/me/webhooks', { body: { url: held.url, events: ['created'] } }))
      .body;
    await call('POST', '/api/me/tasks', { body: { title: 'held' } });
    await until(() => held.hits.length === 1, 'the first attempt, held');
    const deliveries = async () =>
      (await call('GET', `/api/me/webhooks/${webhook.id}/deliveries`)).body.deliveries;
    expect(await deliveries()).toMatchObject([{ status: 'pending', attempts: 1 }]);

    // The lease ends, as when its sender's instance stalls: another instance takes the row over.
    const two = await startTestServer({ database: handles.b, env: ENV });
    try {
      await rawQuery(
        one.database.db,
        'update webhook_deliveries set next_attempt_at = now() where webhook_id = $1',
        [webhook.id],
      );
      await until(
        async () => (await deliveries())[0]?.status === 'delivered',
        'the delivery by the other instance',
      );
    } finally {
      await two.close();
    }
    expect(held.hits).toHaveLength(2);
    expect(held.hits[1]!['doable-delivery']).toBe(held.hits[0]!['doable-delivery']);

    // The first sender gets its answer (a failure) only now, and records it. Its next round sends
    // another user's delivery: once that arrives, the late outcome has been recorded.
    held.release();
    await one.as('ob-probe')('POST', '/api/me/webhooks', { body: { url: probe.url, events: ['created'] } });
    await one.as('ob-probe')('POST', '/api/me/tasks', { body: { title: 'after' } });
    await until(() => probe.hits.length === 1, 'the next round');

    expect(await deliveries()).toMatchObject([
      { status: 'delivered', attempts: 2, last_status: 200, last_error: null },
    ]);
    expect((await call('GET', `/api/me/webhooks/${webhook.id}`)).body).toMatchObject({
      failure_count: 0,
      last_status: 200,
      last_error: null,
      disabled_at: null,
    });
    expect(held.hits).toHaveLength(2);
  } finally {
    await Promise.all([held.close(), probe.close()]);
  }
});
