// Sends due push deliveries (reminders to browsers) on the outbox sender every instance runs
// (server/platform/outbox/outbox.worker.ts: claimed with FOR UPDATE SKIP LOCKED and a lease,
// recorded only while still this sender's). A 404 or 410 from the push service means the browser
// unsubscribed: the subscription is removed (its deliveries go with it); 400, 401, 403 and 413 give
// the delivery up at once.
import { eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import webpush from 'web-push';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { pushSubscriptions } from '../../platform/db/schema.js';
import { postGuarded } from '../../platform/http/outbound.js';
import { localDay, localTime } from '../../platform/i18n/dates.js';
import { type Messages, messagesFor } from '../../platform/i18n/messages.js';
import { OutboxWorker, type Outcome } from '../../platform/outbox/outbox.worker.js';
import {
  DELIVERED_NOTIFICATION_JSON,
  type DeliveredNotification,
  notificationText,
  notificationUrl,
} from '../notifications/notifications.text.js';
import type { VapidKeys } from './push.keys.js';

/** How long a push service keeps a message for a browser that is offline (seconds). */
const TTL_SECONDS = 24 * 3600;

interface Claimed {
  id: number;
  attempts: number;
  subscription_id: number | string;
  endpoint: string;
  p256dh: string;
  auth: string;
  /** A reminder: its event, task and what fired; null for an inbox notification. */
  event_id: number | string | null;
  user_id: string;
  task_id: number | string | null;
  data: unknown;
  detail: unknown;
  /** An inbox notification (docs/decisions/0165): what it tells; null for a reminder. */
  notification: unknown;
  /** An administrator disabled the recipient: nothing is pushed while that lasts. */
  owner_disabled: boolean;
  /** The recipient's language (null: none chosen, English) and time zone (null: UTC). */
  language: string | null;
  time_zone: string | null;
}

/** The push message of an inbox notification (docs/push.md): what to show, in the recipient's language, and where a click leads. */
export function notificationPayload(
  row: Pick<Claimed, 'user_id' | 'notification' | 'language'>,
  appUrl: string,
): string {
  const n = (
    typeof row.notification === 'string' ? JSON.parse(row.notification) : row.notification
  ) as DeliveredNotification;
  const m = messagesFor(row.language);
  return JSON.stringify({
    type: 'notification',
    user_id: row.user_id,
    lang: m.language,
    notification: { id: Number(n.id), kind: n.kind, text: notificationText(m, n), excerpt: n.excerpt },
    url: notificationUrl(n, appUrl),
  });
}

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

/**
 * What the service worker receives (docs/push.md): small, the task's id and what to show, the
 * texts in the recipient's language with the due moment in their zone.
 */
export function pushPayload(
  row: Pick<Claimed, 'event_id' | 'user_id' | 'task_id' | 'data' | 'detail' | 'language' | 'time_zone'>,
  appUrl: string,
  now = Date.now(),
) {
  const task = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as Record<string, unknown>;
  const reminder = (typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail) ?? {};
  const m = messagesFor(row.language);
  return JSON.stringify({
    type: 'reminder',
    event_id: Number(row.event_id),
    // The recipient: with the task id and fire_at, the tag an open tab gives the same reminder.
    user_id: row.user_id,
    lang: m.language,
    task: {
      id: Number(row.task_id),
      title: String(task.title ?? '').slice(0, 500),
      due_date: task.due_date ?? null,
      due_at: task.due_at ?? null,
      list_id: task.list_id ?? null,
      priority: task.priority ?? 'none',
    },
    reminder,
    texts: reminderTexts(m, task, row.time_zone ?? 'UTC', now),
    url: `${appUrl}/?task=${Number(row.task_id)}`,
  });
}

/** What a reminder's notification says, besides the task's title: its due line, its actions, their failures. */
function reminderTexts(
  { t, locale }: Messages,
  task: Record<string, unknown>,
  timeZone: string,
  now: number,
) {
  let body = t('Reminder');
  if (typeof task.due_at === 'string') {
    const when = localTime(task.due_at, timeZone, locale);
    body = Date.parse(task.due_at) <= now ? t('Due now ({when})', { when }) : t('Due {when}', { when });
  } else if (typeof task.due_date === 'string')
    body = t('Due {when}', { when: localDay(task.due_date, locale) });
  return {
    body,
    complete: t('Complete'),
    snooze: t('Snooze 10 min'),
    complete_failed: t('Could not complete it from here. Open Doable.'),
    snooze_failed: t('Could not snooze it from here. Open Doable.'),
  };
}

/** Statuses after which the same message will never be accepted: give this delivery up. */
const PERMANENT = new Set([400, 401, 403, 413]);

export class PushWorker extends OutboxWorker<Claimed> {
  constructor(private readonly options: PushWorkerOptions) {
    super({
      db: options.db,
      log: options.log,
      name: 'push',
      table: { name: 'push_deliveries', sent: { status: 'delivered', at: 'delivered_at' }, lastStatus: true },
      claim: {
        // A delivery carries a reminder (a task event) or an inbox notification: each read when set.
        read: [['push_subscriptions s', 's.id = d.subscription_id']],
        returning: `s.id as subscription_id, s.endpoint, s.p256dh, s.auth, d.event_id, s.user_id,
          (select e.task_id from task_events e where e.id = d.event_id) as task_id,
          (select e.data from task_events e where e.id = d.event_id) as data,
          (select e.detail from task_events e where e.id = d.event_id) as detail,
          (select ${DELIVERED_NOTIFICATION_JSON} from notifications n where n.id = d.notification_id) as notification,
          exists (select 1 from users u where u.id = s.user_id and u.disabled_at is not null) as owner_disabled,
          (select us.language from user_settings us where us.user_id = s.user_id) as language,
          (select us.time_zone from user_settings us where us.user_id = s.user_id) as time_zone`,
      },
      item: (row) => ({ ...(row as unknown as Claimed), id: Number(row.id), attempts: Number(row.attempts) }),
      batch: 20,
      leaseSeconds: options.config.timeoutMs / 1000 + 60,
      retryDelaysMs: options.config.retryDelaysMs,
      pollMs: options.config.pollMs,
      subscribe: options.subscribe,
      unrecorded: { field: 'delivery', what: 'a delivery attempt' },
    });
  }

  protected async send(row: Claimed): Promise<Outcome> {
    // Checked as it is sent: a disabled account is pushed nothing (cancelled, not kept).
    if (row.owner_disabled === true) return { cancelled: true };
    const { config, keys } = this.options;
    // Loaded (or generated) once and kept: a failure here fails the round, and the lease ends.
    const vapid = await keys.get();
    try {
      const request = webpush.generateRequestDetails(
        { endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } },
        row.event_id === null
          ? notificationPayload(row, this.options.appUrl)
          : pushPayload(row, this.options.appUrl),
        {
          vapidDetails: { subject: config.subject, ...vapid },
          TTL: TTL_SECONDS,
          urgency: 'high',
          // A newer reminder of the same task replaces one the browser has not fetched yet.
          topic: row.event_id === null ? undefined : `task-${Number(row.task_id)}`,
          contentEncoding: 'aes128gcm',
        },
      );
      return await postGuarded(request.endpoint, request.headers as Record<string, string>, request.body, {
        timeoutMs: config.timeoutMs,
        allowPrivate: config.allowPrivate,
      });
    } catch (err) {
      return { ok: false, status: null, error: `cannot encrypt for this browser: ${(err as Error).message}` };
    }
  }

  protected override retryDelayMs(row: Claimed, outcome: Outcome): number | undefined {
    if (!('cancelled' in outcome) && !outcome.ok && PERMANENT.has(outcome.status ?? 0)) return undefined;
    return super.retryDelayMs(row, outcome);
  }

  protected override async recorded(tx: Database, row: Claimed, outcome: Outcome, ours: boolean) {
    if ('cancelled' in outcome) return;
    const subscription = eq(pushSubscriptions.id, Number(row.subscription_id));
    if (!outcome.ok && (outcome.status === 404 || outcome.status === 410)) {
      // The browser unsubscribed or the subscription expired: forget it (its deliveries go with it).
      await tx.delete(pushSubscriptions).where(subscription);
      return;
    }
    if (!ours) return;
    const status = outcome.status ?? null;
    await tx
      .update(pushSubscriptions)
      .set(
        outcome.ok
          ? { failureCount: 0, lastStatus: status, lastError: null, lastSuccessAt: sql`now()` }
          : {
              failureCount: sql`${pushSubscriptions.failureCount} + 1`,
              lastStatus: status,
              lastError: outcome.error,
            },
      )
      .where(subscription);
  }
}
