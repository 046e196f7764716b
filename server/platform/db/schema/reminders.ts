import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';
import { tasks } from './tasks.js';

/**
 * The reminder schedule: one row per moment a task's reminders fire, derived from `tasks.reminders`
 * and the due moment by a trigger (migration 0008), so every write path, a time-zone change and the
 * next occurrence of a recurring task re-arm it. The scheduler (server/features/reminders) claims due rows with
 * FOR UPDATE SKIP LOCKED and, in the same statement, marks them sent and writes the `reminder` task
 * event: each fires once, whatever the number of instances. Sent rows stay a week as a log.
 */
export const taskReminders = pgTable(
  'task_reminders',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    taskId: bigint('task_id', { mode: 'number' })
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    fireAt: instant('fire_at').notNull(),
    /** The reminder as given (`at` or `minutes_before`). */
    reminder: jsonb('reminder').notNull(),
    sentAt: instant('sent_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('task_reminders_task_fire_idx').on(t.taskId, t.fireAt),
    index('task_reminders_pending_idx').on(t.fireAt).where(sql`${t.sentAt} is null`),
    index('task_reminders_sent_idx').on(t.sentAt).where(sql`${t.sentAt} is not null`),
  ],
);
