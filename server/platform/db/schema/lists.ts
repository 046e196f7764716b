import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { doablePosition, instant } from './columns.js';

/**
 * A user's lists (projects): tasks with a `list_id` belong to one; the rest are in the Inbox.
 * `position` orders the sidebar (fractional: a move writes one row).
 */
export const lists = pgTable(
  'lists',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    name: text('name').notNull(),
    /** '#rrggbb', or null for the default color. */
    color: text('color'),
    position: doablePosition(),
    archived: boolean('archived').notNull().default(false),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // The target of tasks' (user_id, list_id) reference: a task can only be in its owner's list.
    uniqueIndex('lists_user_id_idx').on(t.userId, t.id),
    index('lists_user_position_idx').on(t.userId, t.position, t.id),
    check('lists_name_length', sql`char_length(${t.name}) between 1 and 100`),
    check('lists_color_format', sql`${t.color} is null or ${t.color} ~ '^#[0-9a-f]{6}$'`),
  ],
);
