import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/**
 * The log of administrator actions (server/features/admin/): who did what to whom, when. Written in
 * the transaction of the change it records. Ids and emails are copied, not referenced: the log
 * outlives the accounts it names (a deleted account, a deleted administrator).
 */
export const adminActions = pgTable(
  'admin_actions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: instant('at').notNull().defaultNow(),
    /** The administrator's user id, or 'cli' for `npm run admin`. A backup's target is its file name. */
    actorId: text('actor_id').notNull(),
    actorEmail: text('actor_email'),
    action: text('action', {
      enum: [
        'disable',
        'enable',
        'password-reset',
        'verification',
        'make-admin',
        'unmake-admin',
        'delete',
        'backup',
      ],
    }).notNull(),
    targetId: text('target_id').notNull(),
    targetEmail: text('target_email'),
    /** What else the action took (a deletion's shared-lists mode and what happened to each list). */
    detail: jsonb('detail').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    index('admin_actions_target_idx').on(t.targetId, t.id),
    check(
      'admin_actions_action',
      sql`${t.action} in ('disable', 'enable', 'password-reset', 'verification', 'make-admin', 'unmake-admin', 'delete', 'backup')`,
    ),
  ],
);
