// Helpers for suites about things that happen later or elsewhere: an SSE reader, a local webhook
// receiver, polling until a condition holds, and two database handles as two instances have.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../server/platform/db/client.js';
import { createServerDatabase, createTestDatabase, onServer } from './database.js';
import type { TestServer } from './server.js';

export interface Received {
  id: string | undefined;
  event: string | undefined;
  data: any;
}

/** An open SSE stream: collects events; `until` waits for a condition on them. */
export async function stream(
  server: TestServer,
  user: string,
  headers: Record<string, string> = {},
  path = '/api/me/events',
) {
  const controller = new AbortController();
  const res = await fetch(server.url + path, {
    headers: { authorization: `Bearer ${await server.tokenFor(user)}`, ...headers },
    signal: controller.signal,
  });
  const events: Received[] = [];
  let comments = 0;
  let buffer = '';
  const reading = (async () => {
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) comments++;
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) {
            events.push({
              id: /^id: (.*)$/m.exec(block)?.[1],
              event: /^event: (.*)$/m.exec(block)?.[1],
              data: JSON.parse(data),
            });
          }
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted
    }
  })();
  // Waits are generous (a busy 2-core machine delays everything); they bound a hang, not a speed.
  const until = async (check: () => boolean, what: string, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(events.map((e) => e.event))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return {
    res,
    events,
    comments: () => comments,
    until,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

export interface Hit {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
}

/** A local webhook receiver: records every request; answers the queued statuses, then `fallback`. */
export async function receiver(options: { fallback?: number; delayMs?: number } = {}) {
  const hits: Hit[] = [];
  const statuses: number[] = [];
  let fallback = options.fallback ?? 200;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      hits.push({ at: Date.now(), headers: req.headers, body, json: JSON.parse(body) });
      setTimeout(() => {
        res.statusCode = statuses.shift() ?? fallback;
        res.end('ok');
      }, options.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    hits,
    port,
    url: `http://127.0.0.1:${port}/hook`,
    answer: (...codes: number[]) => statuses.push(...codes),
    setFallback: (code: number) => {
      fallback = code;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 30_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Verifies Doable-Signature the way docs/webhooks.md tells receivers to. */
export function verifies(secret: string, header: string | string[] | undefined, body: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(header));
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${body}`).digest();
  const given = Buffer.from(match[2]!, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Two handles on one database, as two instances would have (one shared PGlite when embedded). */
export async function twoHandles(): Promise<{
  a: DatabaseHandle;
  b: DatabaseHandle;
  drop: () => Promise<void>;
}> {
  if (onServer) {
    const fresh = await createServerDatabase(
      process.env.TEST_DATABASE_URL!,
      inject('serverTemplate') ?? undefined,
    );
    const a = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 3 });
    const b = await openDatabase({ kind: 'server', url: fresh.url, poolMax: 3 });
    return { a, b, drop: fresh.drop };
  }
  const a = await createTestDatabase();
  return { a, b: { ...a, close: async () => {} }, drop: async () => {} };
}
