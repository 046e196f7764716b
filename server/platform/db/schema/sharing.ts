// Sharing a list: its members, its invitations, the history of its tasks, and comments on tasks.
import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';
import { lists } from './lists.js';
import { tasks } from './tasks.js';

/**
 * The people a list is shared with besides its owner (lists.user_id): editors read and write its
 * tasks, viewers read them. Rows go with the list.
 */
export const listMembers = pgTable(
  'list_members',
  {
    listId: bigint('list_id', { mode: 'number' })
      .notNull()
      .references(() => lists.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    role: text('role', { enum: ['editor', 'viewer'] }).notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.listId, t.userId] }),
    // "Which lists are shared with me": every read of a member starts here.
    uniqueIndex('list_members_user_idx').on(t.userId, t.listId),
    check('list_members_role', sql`${t.role} in ('editor', 'viewer')`),
  ],
);

/**
 * Invitations to a list, by email: the invitee (an account with that email, now or later) sees
 * them and accepts or declines. Kept after an answer so the owner sees it and the hourly limit counts.
 */
export const listInvitations = pgTable(
  'list_invitations',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    listId: bigint('list_id', { mode: 'number' })
      .notNull()
      .references(() => lists.id, { onDelete: 'cascade' }),
    /** Lower-cased. */
    email: text('email').notNull(),
    role: text('role', { enum: ['editor', 'viewer'] }).notNull(),
    invitedBy: text('invited_by').notNull(),
    status: text('status', { enum: ['pending', 'accepted', 'declined', 'cancelled'] })
      .notNull()
      .default('pending'),
    createdAt: instant('created_at').notNull().defaultNow(),
    answeredAt: instant('answered_at'),
    /** SHA-256 (hex) of the invitation link's one-time secret; the secret itself is never stored. */
    tokenHash: text('token_hash'),
  },
  (t) => [
    // One pending invitation per list and address; a new one replaces its role.
    uniqueIndex('list_invitations_pending_idx').on(t.listId, t.email).where(sql`${t.status} = 'pending'`),
    index('list_invitations_email_idx').on(t.email).where(sql`${t.status} = 'pending'`),
    index('list_invitations_inviter_idx').on(t.invitedBy, t.createdAt),
    check('list_invitations_role', sql`${t.role} in ('editor', 'viewer')`),
    check('list_invitations_status', sql`${t.status} in ('pending', 'accepted', 'declined', 'cancelled')`),
    check('list_invitations_email_length', sql`char_length(${t.email}) between 3 and 254`),
  ],
);

/**
 * Who did what to the tasks of shared lists (migration 0015's triggers write it, for every write
 * path): created, updated, completed, reopened, moved, deleted, with the fields that changed. The
 * actor is the transaction's `doable.actor` (a member writing as the list's owner: asActor, server/platform/access/access.ts), else the owner.
 * Rows outlive their task (a deletion stays in the list's history) and go with their list.
 */
export const taskActivity = pgTable(
  'task_activity',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    listId: bigint('list_id', { mode: 'number' })
      .notNull()
      .references(() => lists.id, { onDelete: 'cascade' }),
    taskId: bigint('task_id', { mode: 'number' }).notNull(),
    taskTitle: text('task_title').notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action', {
      enum: ['created', 'updated', 'completed', 'reopened', 'moved', 'deleted'],
    }).notNull(),
    /** The fields that changed (for updated and moved). */
    changes: text('changes').array().notNull().default(sql`'{}'::text[]`),
    at: instant('at').notNull().defaultNow(),
  },
  (t) => [
    index('task_activity_list_idx').on(t.listId, t.id),
    index('task_activity_task_idx').on(t.taskId, t.id),
  ],
);

/** Comments on a task, by anyone who can read it; authors edit and delete their own. */
export const taskComments = pgTable(
  'task_comments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    taskId: bigint('task_id', { mode: 'number' })
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    authorId: text('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('task_comments_task_idx').on(t.taskId, t.id),
    index('task_comments_author_idx').on(t.authorId),
    check('task_comments_body_length', sql`char_length(${t.body}) between 1 and 2000`),
  ],
);
