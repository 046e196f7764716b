// Web Push: browsers' subscriptions, the reminders to send them, and the server's VAPID keys.
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';
import { taskEvents } from './events.js';
import { notifications } from './notifications.js';

/**
 * A browser's Web Push subscription (one per device and browser): where its push service takes
 * messages (`endpoint`) and the keys its payloads are encrypted to (RFC 8291). Reminders are sent
 * to every subscription of their recipient, through `push_deliveries`.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    endpoint: text('endpoint').notNull(),
    /** The browser's P-256 public key and auth secret, base64url, as PushSubscription.toJSON() gives. */
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    name: text('name'),
    userAgent: text('user_agent'),
    /** When the browser says the subscription lapses (rare); null for none. */
    expiresAt: instant('expires_at'),
    failureCount: integer('failure_count').notNull().default(0),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastSuccessAt: instant('last_success_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('push_subscriptions_endpoint_idx').on(t.userId, t.endpoint),
    check('push_subscriptions_endpoint_length', sql`char_length(${t.endpoint}) <= 2048`),
  ],
);

/**
 * One reminder (a task event) or one inbox notification (migration 0046) to one push subscription:
 * the outbox the push worker sends from, once each.
 */
export const pushDeliveries = pgTable(
  'push_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    subscriptionId: bigint('subscription_id', { mode: 'number' })
      .notNull()
      .references(() => pushSubscriptions.id, { onDelete: 'cascade' }),
    eventId: bigint('event_id', { mode: 'number' }).references(() => taskEvents.id, { onDelete: 'cascade' }),
    notificationId: bigint('notification_id', { mode: 'number' }).references(() => notifications.id, {
      onDelete: 'cascade',
    }),
    /**
     * pending (to send, or leased while sending), delivered, failed (retries exhausted), cancelled
     * (the user turned push reminders off before it went).
     */
    status: text('status', { enum: ['pending', 'delivered', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: instant('delivered_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('push_deliveries_event_idx').on(t.subscriptionId, t.eventId),
    index('push_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('push_deliveries_event_id_idx').on(t.eventId),
    uniqueIndex('push_deliveries_notification_idx').on(t.subscriptionId, t.notificationId),
    index('push_deliveries_notification_id_idx').on(t.notificationId),
    check('push_deliveries_one_source', sql`(${t.eventId} is null) <> (${t.notificationId} is null)`),
    check('push_deliveries_status', sql`${t.status} in ('pending', 'delivered', 'failed', 'cancelled')`),
  ],
);

/**
 * The server's VAPID key pair (RFC 8292), generated once and shared by every instance through the
 * database; the private key is sealed with the server secret. Unused when VAPID_* are set.
 */
export const vapidKeys = pgTable('vapid_keys', {
  id: smallint('id').primaryKey().default(1),
  publicKey: text('public_key').notNull(),
  privateKey: text('private_key').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
});
