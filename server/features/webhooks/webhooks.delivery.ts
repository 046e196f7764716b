// One delivery attempt: the JSON body, its signature, and a POST that follows no redirects,
// gives up after the timeout and connects only to checked public addresses (unless allowed).
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import {
  isPublicAddress,
  literalAddress,
  publicOnlyLookup,
  RefusedTarget,
} from '../../platform/http/outbound.js';
import { eventPayload, type TaskEvent } from '../events/events.service.js';

export type DeliveryEvent = Omit<TaskEvent, 'seq'>;

/** The body: the same fields as a live-update event, plus the event id. */
export const deliveryBody = (event: DeliveryEvent): string =>
  JSON.stringify({ id: event.id, ...eventPayload(event) });

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as receivers verify it (docs/webhooks.md). */
export function signature(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

export type AttemptResult =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string };

const USER_AGENT = 'Doable-Webhooks/1';
/** Enough of an answer to know it arrived; the rest is not read. */
const MAX_ANSWER_BYTES = 64 * 1024;

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

export function sendDelivery(
  target: { url: string; secret: string },
  delivery: { id: number; event: DeliveryEvent },
  options: SendOptions,
): Promise<AttemptResult> {
  const body = deliveryBody(delivery.event);
  return postGuarded(
    target.url,
    {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'user-agent': USER_AGENT,
      'doable-event': delivery.event.type,
      'doable-delivery': String(delivery.id),
      'doable-signature': signature(target.secret, body, Math.floor(Date.now() / 1000)),
    },
    body,
    options,
  );
}

/**
 * POSTs `body` to a URL a user gave (a webhook, a push service), guarded: private, loopback and
 * link-local targets are refused (by literal address, and by every address a name resolves to, at
 * connect time) unless `allowPrivate`; redirects are not followed; the answer is read only so far.
 */
export function postGuarded(
  target: string,
  headers: Record<string, string>,
  body: string | Buffer,
  options: SendOptions,
): Promise<AttemptResult> {
  const url = new URL(target);
  const literal = literalAddress(url.hostname);
  if (!options.allowPrivate && literal !== undefined && !isPublicAddress(literal)) {
    return Promise.resolve({ ok: false, status: null, error: `refused: ${literal} is not a public address` });
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(
      {
        method: 'POST',
        hostname: literal ?? url.hostname,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        headers,
        agent: false,
        ...(options.allowPrivate || literal !== undefined ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const answered = () =>
          finish(
            status >= 200 && status < 300
              ? { ok: true, status }
              : {
                  ok: false,
                  status,
                  error:
                    status >= 300 && status < 400 ? `redirect (${status}) not followed` : `HTTP ${status}`,
                },
          );
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) {
            answered();
            response.destroy();
            request.destroy();
          }
        });
        response.on('end', answered);
        response.on('error', answered);
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, status: null, error: `timed out after ${options.timeoutMs} ms` });
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => {
      const reason =
        err instanceof RefusedTarget ? `refused: ${err.message}` : `${err.code ?? err.name}: ${err.message}`;
      finish({ ok: false, status: null, error: reason.slice(0, 500) });
    });
    request.end(body);
  });
}
