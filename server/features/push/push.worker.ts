// Sends due push deliveries (reminders to browsers). Every instance runs one; they share the work
// through the database as the webhook sender does: a claim takes due rows with FOR UPDATE SKIP
// LOCKED and, in the same statement, pushes their next attempt past the send (a lease), so no two
// instances send one delivery, and one whose sender died is sent again when the lease ends.
// A 404 or 410 from the push service means the browser unsubscribed: the subscription is removed.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import webpush from 'web-push';
import type { Config } from '../../platform/config.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { RoundWorker } from '../../platform/db/rounds.js';
import { pushDeliveries, pushSubscriptions } from '../../platform/db/schema.js';
import { type AttemptResult, postGuarded } from '../webhooks/webhooks.delivery.js';
import type { VapidKeys } from './push.keys.js';

/** Deliveries claimed and sent together in one round. */
const BATCH = 20;
/** How long a push service keeps a message for a browser that is offline (seconds). */
const TTL_SECONDS = 24 * 3600;

interface ClaimRow {
  id: number | string;
  attempts: number;
  subscription_id: number | string;
  endpoint: string;
  p256dh: string;
  auth: string;
  event_id: number | string;
  user_id: string;
  task_id: number | string;
  data: unknown;
  detail: unknown;
}

const CLAIM = `
  with due as (
    select d.id from push_deliveries d
    where d.status = 'pending' and d.next_attempt_at <= now()
    order by d.next_attempt_at, d.id
    limit $1
    for update of d skip locked
  )
  update push_deliveries d
  set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => $2::double precision)
  from due, push_subscriptions s, task_events e
  where d.id = due.id and s.id = d.subscription_id and e.id = d.event_id
  returning d.id, d.attempts, s.id as subscription_id, s.endpoint, s.p256dh, s.auth, e.id as event_id,
    e.user_id, e.task_id, e.data, e.detail`;

const NEXT_DUE = `
  select extract(epoch from min(next_attempt_at) - now()) * 1000 as ms
  from push_deliveries where status = 'pending'`;

export interface PushWorkerOptions {
  db: Database;
  config: Config['push'];
  /** Where a notification's click leads. */
  appUrl: string;
  keys: VapidKeys;
  log: FastifyBaseLogger;
  /** Subscribes to task-event wake-ups on every instance; resolves to an unsubscribe. */
  subscribe?: (wake: () => void) => Promise<() => void>;
}

/** What the service worker receives (docs/push.md): small, the task's id and what to show. */
export function pushPayload(
  row: Pick<ClaimRow, 'event_id' | 'user_id' | 'task_id' | 'data' | 'detail'>,
  appUrl: string,
) {
  const task = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown>;
  const reminder = (typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail) ?? {};
  return JSON.stringify({
    type: 'reminder',
    event_id: Number(row.event_id),
    // The recipient: with the task id and fire_at, the tag an open tab gives the same reminder.
    user_id: row.user_id,
    task: {
      id: Number(row.task_id),
      title: String(task.title ?? '').slice(0, 500),
      due_date: task.due_date ?? null,
      due_at: task.due_at ?? null,
      list_id: task.list_id ?? null,
      priority: task.priority ?? 'none',
    },
    reminder,
    url: `${appUrl}/?task=${Number(row.task_id)}`,
  });
}

export class PushWorker extends RoundWorker {
  constructor(private readonly options: PushWorkerOptions) {
    super({
      db: options.db,
      log: options.log,
      name: 'push',
      pollMs: options.config.pollMs,
      nextDue: NEXT_DUE,
      subscribe: options.subscribe,
    });
  }

  protected async round(): Promise<void> {
    const { db, config } = this.options;
    const leaseSeconds = config.timeoutMs / 1000 + 60;
    for (;;) {
      if (this.rounds.stopped) return;
      const claimed = await rawQuery<ClaimRow>(db, CLAIM, [BATCH, leaseSeconds]);
      if (claimed.length > 0) {
        const vapid = await this.options.keys.get();
        await Promise.all(claimed.map((c) => this.deliver(c, vapid)));
      }
      if (claimed.length < BATCH) return;
    }
  }

  private async deliver(row: ClaimRow, vapid: { publicKey: string; privateKey: string }): Promise<void> {
    const { config, log } = this.options;
    let result: AttemptResult;
    try {
      const request = webpush.generateRequestDetails(
        { endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } },
        pushPayload(row, this.options.appUrl),
        {
          vapidDetails: { subject: config.subject, ...vapid },
          TTL: TTL_SECONDS,
          urgency: 'high',
          // A newer reminder of the same task replaces one the browser has not fetched yet.
          topic: `task-${Number(row.task_id)}`,
          contentEncoding: 'aes128gcm',
        },
      );
      result = await postGuarded(request.endpoint, request.headers as Record<string, string>, request.body, {
        timeoutMs: config.timeoutMs,
        allowPrivate: config.allowPrivate,
      });
    } catch (err) {
      result = {
        ok: false,
        status: null,
        error: `cannot encrypt for this browser: ${(err as Error).message}`,
      };
    }
    try {
      await recordPush(this.options.db, row, result, config.retryDelaysMs);
    } catch (err) {
      // The lease ends and the delivery is tried again: at least once, never lost.
      log.warn({ err, delivery: Number(row.id) }, 'push: could not record a delivery attempt');
    }
  }
}

/** Statuses after which the same message will never be accepted: give this delivery up. */
const PERMANENT = new Set([400, 401, 403, 413]);

async function recordPush(
  db: Database,
  row: Pick<ClaimRow, 'id' | 'attempts' | 'subscription_id'>,
  result: AttemptResult,
  retryDelaysMs: number[],
): Promise<void> {
  const id = Number(row.id);
  const subscriptionId = Number(row.subscription_id);
  const mine = and(
    eq(pushDeliveries.id, id),
    eq(pushDeliveries.attempts, Number(row.attempts)),
    eq(pushDeliveries.status, 'pending'),
  );
  await db.transaction(async (tx) => {
    if (result.ok) {
      const done = await tx
        .update(pushDeliveries)
        .set({ status: 'delivered', deliveredAt: sql`now()`, lastStatus: result.status, lastError: null })
        .where(mine)
        .returning({ id: pushDeliveries.id });
      if (done.length === 0) return;
      await tx
        .update(pushSubscriptions)
        .set({ failureCount: 0, lastStatus: result.status, lastError: null, lastSuccessAt: sql`now()` })
        .where(eq(pushSubscriptions.id, subscriptionId));
      return;
    }
    if (result.status === 404 || result.status === 410) {
      // The browser unsubscribed or the subscription expired: forget it (its deliveries go with it).
      await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.id, subscriptionId));
      return;
    }
    const delay = PERMANENT.has(result.status ?? 0) ? undefined : retryDelaysMs[Number(row.attempts) - 1];
    const failed = await tx
      .update(pushDeliveries)
      .set({
        lastStatus: result.status,
        lastError: result.error,
        ...(delay === undefined
          ? { status: 'failed' as const }
          : { nextAttemptAt: sql`now() + make_interval(secs => ${delay / 1000}::double precision)` }),
      })
      .where(mine)
      .returning({ id: pushDeliveries.id });
    if (failed.length === 0) return;
    await tx
      .update(pushSubscriptions)
      .set({
        failureCount: sql`${pushSubscriptions.failureCount} + 1`,
        lastStatus: result.status,
        lastError: result.error,
      })
      .where(eq(pushSubscriptions.id, subscriptionId));
  });
}
