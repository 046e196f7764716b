// One delivery attempt: the JSON body, its signature, and a guarded POST (postGuarded,
// platform/http/outbound.ts): no redirects, a timeout, only checked public addresses unless allowed.
import { createHmac } from 'node:crypto';
import { type AttemptResult, postGuarded, type SendOptions } from '../../platform/http/outbound.js';
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

const USER_AGENT = 'Doable-Webhooks/1';

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
