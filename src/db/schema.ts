// The database schema. drizzle-kit generates the SQL migrations in ./drizzle from this file.
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Millisecond precision: timestamps round-trip through JavaScript Dates and cursors exactly.
const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

export const tasks = pgTable(
  'tasks',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    completed: boolean('completed').notNull().default(false),
    completedAt: instant('completed_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // One index per list order; each serves the owner filter, the order and the keyset cursor.
    index('tasks_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('tasks_user_updated_idx').on(t.userId, t.updatedAt, t.id),
    index('tasks_user_title_idx').on(t.userId, sql`lower(${t.title})`, t.id),
    // Defence in depth: the API validates these too.
    check('tasks_title_length', sql`char_length(${t.title}) between 1 and 200`),
    check('tasks_description_length', sql`${t.description} is null or char_length(${t.description}) <= 1000`),
    check('tasks_user_id_length', sql`char_length(${t.userId}) between 1 and 255`),
  ],
);

export const schema = { tasks };
export type TaskRow = typeof tasks.$inferSelect;
