// The probes: /health/live answers whenever the process does; /health/ready only while the
// database answers and the instance is not draining, and its 503 problem names the failed check.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/platform/db/client.js';
import { onServer } from './support/database.js';
import { type ApiResponse, startTestServer } from './support/server.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

function expectNotReady(res: ApiResponse, code: string, check: RegExp): void {
  expect(res.status, res.text).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(res.body).toMatchObject({ status: 503, error_code: code, instance: '/health/ready' });
  expect(res.body.detail).toMatch(check);
  // No driver message, address or stack.
  expect(res.text).not.toMatch(/postgres|pglite|127\.0\.0\.1|ECONN|terminat|stack|pool/i);
}

describe('probes', () => {
  it('live and ready answer 200 without a credential', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const live = await server.request('GET', '/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'live' });
    const ready = await server.request('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', database: onServer ? 'server' : 'embedded' });
    // /health is unchanged.
    expect((await server.request('GET', '/health')).body).toEqual({
      status: 'ok',
      database: onServer ? 'server' : 'embedded',
    });
  });

  it('ready is 503 naming the database once it is closed; live stays 200', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.app.close());
    await server.database.close();
    expectNotReady(await server.request('GET', '/health/ready'), 'DATABASE_ERROR', /database/);
    expect((await server.request('GET', '/health/live')).status).toBe(200);
  });

  it.skipIf(!onServer)('ready is 503 while the server refuses connections; live stays 200', async () => {
    const url = process.env.TEST_DATABASE_URL!.replace(/:\d+\//, ':1/');
    const down = await startTestServer({ database: await openDatabase({ kind: 'server', url, poolMax: 2 }) });
    cleanups.push(() => down.close());
    expectNotReady(await down.request('GET', '/health/ready'), 'DATABASE_ERROR', /database/);
    expect((await down.request('GET', '/health/live')).status).toBe(200);
  });

  it('while draining (app.close() begun), ready is 503 naming the drain, live 200, other routes the drain 503', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.database.close());
    const port = Number(new URL(server.url).port);
    // Requests whose headers are still arriving when the drain begins (held open, so not idle).
    const pending = ['/health/ready', '/health/live', '/health'].map((p) => partialRequest(port, p));
    await Promise.all(pending.map((r) => r.connected));
    // The server has read the first bytes: the connections are busy, not idle ones to close.
    await new Promise((r) => setTimeout(r, 100));
    const closed = server.app.close();
    await new Promise((r) => setTimeout(r, 150));
    for (const r of pending) r.finish();
    const [ready, live, health] = await Promise.all(pending.map((r) => r.answer));
    await closed;

    expect(ready!.status).toBe(503);
    expect(ready!.headers).toMatch(/^content-type: application\/problem\+json/im);
    expect(JSON.parse(ready!.body)).toMatchObject({
      status: 503,
      error_code: 'SERVICE_UNAVAILABLE',
      detail: expect.stringMatching(/draining/),
    });
    expect(live!.status).toBe(200);
    expect(JSON.parse(live!.body)).toEqual({ status: 'live' });
    expect(live!.headers).toMatch(/^connection: close/im);
    expect(health!.status).toBe(503);
    expect(JSON.parse(health!.body)).toMatchObject({ error_code: 'SERVICE_UNAVAILABLE' });
  });
});

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/** A GET on its own connection whose headers end only when `finish` is called. */
function partialRequest(port: number, path: string) {
  const socket = net.connect(port, '127.0.0.1');
  const connected = new Promise<void>((resolve) =>
    socket.once('connect', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n`, () => resolve()),
    ),
  );
  let text = '';
  socket.on('data', (d) => {
    text += d;
  });
  const answer = new Promise<RawAnswer>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', raw = ''] = text.split('\r\n\r\n');
      const chunked = /^transfer-encoding: chunked/im.test(head);
      const body = chunked ? raw.replace(/^[0-9a-f]+\r\n|\r\n0\r\n\r\n$|\r\n0\r\n$/g, '') : raw;
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body });
    });
  });
  return { connected, answer, finish: () => socket.write('\r\n') };
}
