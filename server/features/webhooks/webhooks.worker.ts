// Sends due webhook deliveries on the outbox sender every instance runs
// (server/platform/outbox/outbox.worker.ts: claimed with FOR UPDATE SKIP LOCKED and a lease,
// recorded only while still this sender's). A NOTIFY from the fan-out trigger, sent only when it
// queued a delivery (migration 0029), wakes the worker (at most every WAKE_GAP_MS); a timer covers
// retries and lost wake-ups. A delivery's outcome is the webhook's state too: success clears its
// failure count, and `disableAfter` consecutive failures disable it and cancel what it had pending.

import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { SecretBox } from '../../platform/auth/sealed.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { webhookDeliveries, webhooks } from '../../platform/db/schema.js';
import { OutboxWorker, type Outcome } from '../../platform/outbox/outbox.worker.js';
import type { EventType, TaskEvent } from '../events/events.service.js';
import { sendDelivery } from './webhooks.delivery.js';

interface Claimed {
  id: number;
  attempts: number;
  webhookId: number;
  url: string;
  secret: string;
  /** An administrator disabled the webhook's owner: nothing is sent while that lasts. */
  ownerDisabled: boolean;
  event: Omit<TaskEvent, 'seq'>;
}

export interface WebhookWorkerOptions {
  db: Database;
  config: Config['webhooks'];
  log: FastifyBaseLogger;
  /** Opens the stored (sealed) signing secrets. */
  secrets: SecretBox;
  /** Subscribes to wake-ups when deliveries were queued, on every instance; resolves to an unsubscribe. */
  subscribe?: (wake: () => void) => Promise<() => void>;
}

/**
 * Queued deliveries wake the sender at most once per this many milliseconds: under a steady stream
 * of writes by owners with webhooks, an uncoalesced sender ran its two statements back to back (a
 * round per write or two) beside the writes themselves; coalesced, a delivery waits at most this
 * long more.
 */
export const WAKE_GAP_MS = 25;

export class WebhookWorker extends OutboxWorker<Claimed> {
  constructor(private readonly options: WebhookWorkerOptions) {
    super({
      db: options.db,
      log: options.log,
      name: 'webhooks',
      table: {
        name: 'webhook_deliveries',
        sent: { status: 'delivered', at: 'delivered_at' },
        lastStatus: true,
      },
      claim: {
        join: 'join webhooks w on w.id = d.webhook_id',
        where: 'w.disabled_at is null',
        set: 'last_attempt_at = now()',
        read: [
          ['webhooks w', 'w.id = d.webhook_id'],
          ['task_events e', 'e.id = d.event_id'],
        ],
        returning: `w.id as webhook_id, w.url, w.secret, e.id as event_id, e.type, e.task_id, e.user_id,
          e.data, e.detail, e.created_at,
          exists (select 1 from users u where u.id = w.user_id and u.disabled_at is not null) as owner_disabled`,
      },
      item: toClaimed,
      batch: 20,
      leaseSeconds: options.config.timeoutMs / 1000 + 60,
      retryDelaysMs: options.config.retryDelaysMs,
      pollMs: options.config.pollMs,
      subscribe: options.subscribe,
      wakeGapMs: WAKE_GAP_MS,
      unrecorded: { field: 'delivery', what: 'a delivery attempt' },
    });
  }

  protected send(claimed: Claimed): Promise<Outcome> {
    // Checked as it is sent: a disabled account's events are not delivered (cancelled, not kept).
    if (claimed.ownerDisabled) return Promise.resolve({ cancelled: true });
    const { config, secrets } = this.options;
    const secret = secrets.open(claimed.secret);
    if (secret === null) {
      return Promise.resolve({
        ok: false,
        status: null,
        error: 'the signing secret cannot be read (the server secret changed): create the webhook again',
      });
    }
    return sendDelivery(
      { url: claimed.url, secret },
      { id: claimed.id, event: claimed.event },
      { timeoutMs: config.timeoutMs, allowPrivate: config.allowPrivate },
    );
  }

  /**
   * Success resets the webhook's failure count; a failure counts and, after `disableAfter`
   * consecutive ones, disables the webhook and cancels what it had pending.
   */
  protected override async recorded(tx: Database, claimed: Claimed, outcome: Outcome, ours: boolean) {
    if (!ours || 'cancelled' in outcome) return;
    const { disableAfter } = this.options.config;
    const status = outcome.status ?? null;
    if (outcome.ok) {
      await tx
        .update(webhooks)
        .set({ failureCount: 0, lastStatus: status, lastError: null, lastDeliveryAt: sql`now()` })
        .where(eq(webhooks.id, claimed.webhookId));
      return;
    }
    const disables = sql`${webhooks.disabledAt} is null and ${webhooks.failureCount} + 1 >= ${disableAfter}`;
    const reason = `disabled after ${disableAfter} consecutive failed deliveries; the last: ${outcome.error}`;
    const [webhook] = await tx
      .update(webhooks)
      .set({
        failureCount: sql`${webhooks.failureCount} + 1`,
        lastStatus: status,
        lastError: outcome.error,
        lastDeliveryAt: sql`now()`,
        disabledAt: sql`case when ${disables} then now() else ${webhooks.disabledAt} end`,
        disabledReason: sql`case when ${disables} then ${reason} else ${webhooks.disabledReason} end`,
      })
      .where(eq(webhooks.id, claimed.webhookId))
      .returning({ disabledAt: webhooks.disabledAt });
    if (webhook?.disabledAt) {
      await tx
        .update(webhookDeliveries)
        .set({ status: 'cancelled' })
        .where(
          and(eq(webhookDeliveries.webhookId, claimed.webhookId), eq(webhookDeliveries.status, 'pending')),
        );
    }
  }
}

function toClaimed(r: Record<string, unknown>): Claimed {
  const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  return {
    id: Number(r.id),
    attempts: Number(r.attempts),
    webhookId: Number(r.webhook_id),
    url: String(r.url),
    secret: String(r.secret),
    ownerDisabled: r.owner_disabled === true,
    event: {
      id: Number(r.event_id),
      type: r.type as EventType,
      taskId: Number(r.task_id),
      userId: String(r.user_id),
      data: json(r.data),
      detail: json(r.detail),
      createdAt: new Date(r.created_at as Date | string),
    },
  };
}
