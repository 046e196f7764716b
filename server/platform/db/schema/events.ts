import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/**
 * Task events (created, updated, completed, deleted, reminder), written by a trigger on `tasks`
 * in the same transaction as the change (migration 0005), so every write path emits them and
 * none is lost; each instance's event watch numbers them and wakes its listeners.
 * Live updates replay from here (Last-Event-ID); old events are swept.
 */
export const taskEvents = pgTable(
  'task_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    /**
     * The owner's event number (1, 2, 3...), null until numbered after the write's commit by
     * doable_number_events under the owner's event lock (migration 0064), so numbers become
     * visible in order: the stream's event id.
     */
    seq: bigint('seq', { mode: 'number' }),
    type: text('type').notNull(),
    taskId: bigint('task_id', { mode: 'number' }).notNull(),
    /** The task as the API shows it, at the time of the event (before deletion for `deleted`). */
    data: jsonb('data').notNull(),
    /** For `reminder` events: the reminder that fired and its `fire_at`. */
    detail: jsonb('detail'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('task_events_user_seq_idx').on(t.userId, t.seq),
    index('task_events_created_idx').on(t.createdAt),
    index('task_events_unnumbered_idx').on(t.id, t.userId).where(sql`${t.seq} is null`),
  ],
);
