import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';
import { taskEvents } from './events.js';

/**
 * Webhooks: a user's HTTPS endpoints and the event types each wants. The secret signs every
 * delivery, so it cannot be hashed: it is stored sealed (server/platform/auth/sealed.ts; older rows may hold
 * it plain) and shown to the owner only once.
 * `failure_count` counts consecutive failed attempts; enough of them set `disabled_at`.
 */
export const webhooks = pgTable(
  'webhooks',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    url: text('url').notNull(),
    description: text('description'),
    events: text('events').array().notNull(),
    secret: text('secret').notNull(),
    failureCount: integer('failure_count').notNull().default(0),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastDeliveryAt: instant('last_delivery_at'),
    disabledAt: instant('disabled_at'),
    disabledReason: text('disabled_reason'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('webhooks_user_idx').on(t.userId, t.id),
    check('webhooks_url_length', sql`char_length(${t.url}) <= 2048`),
    check('webhooks_events_count', sql`cardinality(${t.events}) between 1 and 5`),
  ],
);

/**
 * One row per (webhook, task event) to send, written by a trigger on `task_events` in the
 * event's own transaction (migration 0007_webhooks), so no event is missed, even while no server runs.
 * Workers claim due rows with FOR UPDATE SKIP LOCKED and push `next_attempt_at` past the send
 * (a lease), so two instances never send one delivery at the same time. Old events are swept
 * and take their deliveries with them.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    webhookId: bigint('webhook_id', { mode: 'number' })
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => taskEvents.id, { onDelete: 'cascade' }),
    /** pending (to send, or leased while sending), delivered, failed (retries exhausted), cancelled. */
    status: text('status', { enum: ['pending', 'delivered', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastAttemptAt: instant('last_attempt_at'),
    deliveredAt: instant('delivered_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_idx').on(t.webhookId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    // Sweeping old events cascades here.
    index('webhook_deliveries_event_id_idx').on(t.eventId),
    check('webhook_deliveries_status', sql`${t.status} in ('pending', 'delivered', 'failed', 'cancelled')`),
  ],
);
