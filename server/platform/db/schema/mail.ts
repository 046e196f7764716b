import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';
import { taskEvents } from './events.js';
import { notifications } from './notifications.js';
import { listInvitations } from './sharing.js';

/**
 * The email outbox (server/features/mail): a reminder email per `reminder` event of a recipient who opted in,
 * written by a trigger on `task_events` in the statement that writes the event, a daily agenda
 * per user and local day, queued by the sender when the user's agenda time comes, and the account
 * emails (password reset, address verification) Better Auth asks for, and a list invitation's email
 * to the invited address (`invitation`, migration 0061). Every instance
 * sends; a claim takes due rows with FOR UPDATE SKIP LOCKED and leases them, as webhooks do.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The recipient; of an invitation, the account that invited (the invited address may have none). */
    userId: text('user_id').notNull(),
    /** reminder, agenda, or an account email: reset (password reset link), verify (address link). */
    kind: text('kind', {
      enum: ['reminder', 'agenda', 'reset', 'verify', 'password-reset', 'notification', 'invitation'],
    }).notNull(),
    /** The reminder event (kind `reminder`). */
    eventId: bigint('event_id', { mode: 'number' }).references(() => taskEvents.id, { onDelete: 'cascade' }),
    /** The inbox notification (kind `notification`, migration 0046). */
    notificationId: bigint('notification_id', { mode: 'number' }).references(() => notifications.id, {
      onDelete: 'cascade',
    }),
    /** The list invitation (kind `invitation`, migration 0061): its address, list and role. */
    invitationId: bigint('invitation_id', { mode: 'number' }).references(() => listInvitations.id, {
      onDelete: 'cascade',
    }),
    /** The local day the agenda is for (kind `agenda`). */
    agendaDay: date('agenda_day', { mode: 'string' }),
    /**
     * The link of an account email, sealed with the server secret (it carries a one-time token);
     * cleared once the email is sent, failed or cancelled.
     */
    sealedLink: text('sealed_link'),
    /** When an account email's link stops working: not sent after that (cancelled). */
    expiresAt: instant('expires_at'),
    /**
     * pending (to send, or leased while sending), sent, failed (retries exhausted), cancelled (opted
     * out, or an account email whose link expired).
     */
    status: text('status', { enum: ['pending', 'sent', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('email_outbox_event_idx').on(t.eventId).where(sql`${t.eventId} is not null`),
    uniqueIndex('email_outbox_agenda_idx').on(t.userId, t.agendaDay).where(sql`${t.agendaDay} is not null`),
    index('email_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('email_outbox_user_idx').on(t.userId),
    check('email_outbox_status', sql`${t.status} in ('pending', 'sent', 'failed', 'cancelled')`),
    uniqueIndex('email_outbox_notification_idx')
      .on(t.notificationId)
      .where(sql`${t.notificationId} is not null`),
    index('email_outbox_invitation_idx').on(t.invitationId).where(sql`${t.invitationId} is not null`),
    check(
      'email_outbox_kind',
      sql`${t.kind} in ('reminder', 'agenda', 'reset', 'verify', 'password-reset', 'notification', 'invitation')`,
    ),
  ],
);
