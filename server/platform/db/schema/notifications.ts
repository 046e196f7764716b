// The notifications inbox: what others did that concerns you (docs/decisions/0165).
import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';
import { lists } from './lists.js';
import { taskComments } from './sharing.js';
import { tasks } from './tasks.js';

/** What a notification tells. */
export const NOTIFICATION_KINDS = ['assigned', 'comment', 'mention', 'joined', 'left', 'completed'] as const;

/**
 * One thing someone else did that concerns `user_id`, written in the transaction of the write that
 * caused it: a task assigned to you, a comment (or an @mention of you) on a task you follow, a
 * member joining or leaving your list, a task of a shared list completed. `subject` keeps the
 * task's title or the list's name as they were; a task's or list's notifications go with it. The
 * newest 1,000 per user are kept.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    actorId: text('actor_id').notNull(),
    taskId: bigint('task_id', { mode: 'number' }).references(() => tasks.id, { onDelete: 'cascade' }),
    listId: bigint('list_id', { mode: 'number' }).references(() => lists.id, { onDelete: 'cascade' }),
    commentId: bigint('comment_id', { mode: 'number' }).references(() => taskComments.id, {
      onDelete: 'cascade',
    }),
    subject: text('subject').notNull(),
    /** The start of the comment, for comment and mention. */
    excerpt: text('excerpt'),
    readAt: instant('read_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.id),
    index('notifications_unread_idx').on(t.userId, t.id).where(sql`${t.readAt} is null`),
    index('notifications_task_idx').on(t.taskId),
    index('notifications_list_idx').on(t.listId),
    index('notifications_comment_idx').on(t.commentId),
    check(
      'notifications_kind',
      sql`${t.kind} in ('assigned', 'comment', 'mention', 'joined', 'left', 'completed')`,
    ),
    check('notifications_not_actor', sql`${t.userId} <> ${t.actorId}`),
    check('notifications_subject_length', sql`char_length(${t.subject}) <= 500`),
    check('notifications_excerpt_length', sql`char_length(${t.excerpt}) <= 200`),
  ],
);
