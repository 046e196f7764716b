// Sends due webhook deliveries. Every instance runs one; they share the work through the
// database: a claim takes due rows with FOR UPDATE SKIP LOCKED and, in the same statement,
// pushes their next attempt past the send (a lease), so no two instances send one delivery at
// the same time, and a delivery whose sender died is sent again once the lease ends. A NOTIFY
// from the fan-out trigger, sent only when it queued a delivery (migration 0029), wakes the worker
// (at most every WAKE_GAP_MS); a timer covers retries and lost wake-ups.

import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { SecretBox } from '../../platform/auth/sealed.js';
import type { Config } from '../../platform/config.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { RoundWorker } from '../../platform/db/rounds.js';
import { webhookDeliveries, webhooks } from '../../platform/db/schema.js';
import type { EventType, TaskEvent } from '../events/events.service.js';
import { type AttemptResult, sendDelivery } from './webhooks.delivery.js';

/** Deliveries claimed and sent together in one round. */
const BATCH = 20;

interface Claimed {
  id: number;
  attempts: number;
  webhookId: number;
  url: string;
  secret: string;
  event: Omit<TaskEvent, 'seq'>;
}

interface ClaimRow {
  id: number | string;
  attempts: number;
  webhook_id: number | string;
  url: string;
  secret: string;
  event_id: number | string;
  type: string;
  task_id: number | string;
  user_id: string;
  data: unknown;
  detail: unknown;
  created_at: Date | string;
}

const CLAIM = `
  with due as (
    select d.id from webhook_deliveries d join webhooks w on w.id = d.webhook_id
    where d.status = 'pending' and d.next_attempt_at <= now() and w.disabled_at is null
    order by d.next_attempt_at, d.id
    limit $1
    for update of d skip locked
  )
  update webhook_deliveries d
  set attempts = d.attempts + 1, last_attempt_at = now(),
    next_attempt_at = now() + make_interval(secs => $2::double precision)
  from due, webhooks w, task_events e
  where d.id = due.id and w.id = d.webhook_id and e.id = d.event_id
  returning d.id, d.attempts, w.id as webhook_id, w.url, w.secret, e.id as event_id, e.type, e.task_id,
    e.user_id, e.data, e.detail, e.created_at`;

const NEXT_DUE = `
  select extract(epoch from min(d.next_attempt_at) - now()) * 1000 as ms
  from webhook_deliveries d join webhooks w on w.id = d.webhook_id
  where d.status = 'pending' and w.disabled_at is null`;

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

/** Calls `wake` now, or once when `gapMs` have passed since the last call; never more often. */
export function coalesce(wake: () => void, gapMs: number): () => void {
  let last = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    timer = undefined;
    last = performance.now();
    wake();
  };
  return () => {
    if (timer !== undefined) return;
    const wait = last + gapMs - performance.now();
    if (wait <= 0) return fire();
    timer = setTimeout(fire, wait);
    timer.unref();
  };
}

export class WebhookWorker extends RoundWorker {
  constructor(private readonly options: WebhookWorkerOptions) {
    const { subscribe } = options;
    super({
      db: options.db,
      log: options.log,
      name: 'webhooks',
      pollMs: options.config.pollMs,
      nextDue: NEXT_DUE,
      subscribe: subscribe && ((wake) => subscribe(coalesce(wake, WAKE_GAP_MS))),
    });
  }

  protected async round(): Promise<void> {
    const { db, config } = this.options;
    const leaseSeconds = config.timeoutMs / 1000 + 60;
    for (;;) {
      if (this.rounds.stopped) return;
      const claimed = (await rawQuery<ClaimRow>(db, CLAIM, [BATCH, leaseSeconds])).map(toClaimed);
      await Promise.all(claimed.map((c) => this.deliver(c)));
      if (claimed.length < BATCH) return;
    }
  }

  private async deliver(claimed: Claimed): Promise<void> {
    const { config, log, secrets } = this.options;
    const secret = secrets.open(claimed.secret);
    const result: AttemptResult =
      secret === null
        ? {
            ok: false,
            status: null,
            error: 'the signing secret cannot be read (the server secret changed): create the webhook again',
          }
        : await sendDelivery(
            { url: claimed.url, secret },
            { id: claimed.id, event: claimed.event },
            { timeoutMs: config.timeoutMs, allowPrivate: config.allowPrivate },
          );
    try {
      await recordAttempt(this.options.db, claimed, result, config);
    } catch (err) {
      // The lease ends and the delivery is tried again: at least once, never lost.
      log.warn({ err, delivery: claimed.id }, 'webhooks: could not record a delivery attempt');
    }
  }
}

function toClaimed(r: ClaimRow): Claimed {
  return {
    id: Number(r.id),
    attempts: Number(r.attempts),
    webhookId: Number(r.webhook_id),
    url: r.url,
    secret: r.secret,
    event: {
      id: Number(r.event_id),
      type: r.type as EventType,
      taskId: Number(r.task_id),
      userId: r.user_id,
      data: typeof r.data === 'string' ? JSON.parse(r.data) : r.data,
      detail: typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail,
      createdAt: new Date(r.created_at),
    },
  };
}

/**
 * Records an attempt on the delivery and its webhook. Success resets the webhook's failure
 * count; a failure schedules the next retry (or gives the delivery up after the last) and, after
 * `disableAfter` consecutive failures, disables the webhook and cancels what it had pending.
 */
export async function recordAttempt(
  db: Database,
  claimed: Pick<Claimed, 'id' | 'attempts' | 'webhookId'>,
  result: AttemptResult,
  config: Pick<Config['webhooks'], 'retryDelaysMs' | 'disableAfter'>,
): Promise<void> {
  const mine = and(
    eq(webhookDeliveries.id, claimed.id),
    eq(webhookDeliveries.attempts, claimed.attempts),
    eq(webhookDeliveries.status, 'pending'),
  );
  await db.transaction(async (tx) => {
    if (result.ok) {
      const done = await tx
        .update(webhookDeliveries)
        .set({ status: 'delivered', deliveredAt: sql`now()`, lastStatus: result.status, lastError: null })
        .where(mine)
        .returning({ id: webhookDeliveries.id });
      if (done.length === 0) return;
      await tx
        .update(webhooks)
        .set({ failureCount: 0, lastStatus: result.status, lastError: null, lastDeliveryAt: sql`now()` })
        .where(eq(webhooks.id, claimed.webhookId));
      return;
    }
    const delay = config.retryDelaysMs[claimed.attempts - 1];
    const failed = await tx
      .update(webhookDeliveries)
      .set({
        lastStatus: result.status,
        lastError: result.error,
        ...(delay === undefined
          ? { status: 'failed' as const }
          : { nextAttemptAt: sql`now() + make_interval(secs => ${delay / 1000}::double precision)` }),
      })
      .where(mine)
      .returning({ id: webhookDeliveries.id });
    if (failed.length === 0) return;
    const disables = sql`${webhooks.disabledAt} is null and ${webhooks.failureCount} + 1 >= ${config.disableAfter}`;
    const reason = `disabled after ${config.disableAfter} consecutive failed deliveries; the last: ${result.error}`;
    const [webhook] = await tx
      .update(webhooks)
      .set({
        failureCount: sql`${webhooks.failureCount} + 1`,
        lastStatus: result.status,
        lastError: result.error,
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
  });
}
