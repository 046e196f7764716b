import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { doablePosition, instant } from './columns.js';
import { lists } from './lists.js';

/**
 * Sections of a list: named groups of its tasks, in `position` order (fractional: a move writes one
 * row). A section belongs to one list and, like the list's tasks, to the list's owner (`user_id`);
 * a task's `section_id` must be a section of its own list (tasks_section_fk). Deleting the list
 * deletes its sections.
 */
export const sections = pgTable(
  'sections',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** The list's owner. */
    userId: text('user_id').notNull(),
    listId: bigint('list_id', { mode: 'number' }).notNull(),
    name: text('name').notNull(),
    position: doablePosition(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // The target of tasks' (user_id, list_id, section_id) reference: a section of the task's own list.
    uniqueIndex('sections_user_list_id_idx').on(t.userId, t.listId, t.id),
    // A list's sections in order.
    index('sections_list_position_idx').on(t.listId, t.position, t.id),
    foreignKey({
      columns: [t.userId, t.listId],
      foreignColumns: [lists.userId, lists.id],
      name: 'sections_list_fk',
    })
      .onDelete('cascade')
      .onUpdate('cascade'),
    check('sections_name_length', sql`char_length(${t.name}) between 1 and 100`),
  ],
);
