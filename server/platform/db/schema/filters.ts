import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { doablePosition, instant } from './columns.js';

/**
 * A user's saved filters: a name and a query in the filter language (shared/filter/filter.ts),
 * shown in the sidebar in `position` order with the count of open tasks each matches.
 */
export const savedFilters = pgTable(
  'saved_filters',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    name: text('name').notNull(),
    query: text('query').notNull(),
    /** '#rrggbb', or null for the default color. */
    color: text('color'),
    position: doablePosition(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('saved_filters_user_position_idx').on(t.userId, t.position, t.id),
    uniqueIndex('saved_filters_user_name_idx').on(t.userId, sql`lower(${t.name})`),
    check('saved_filters_name_length', sql`char_length(${t.name}) between 1 and 100`),
    check('saved_filters_query_length', sql`char_length(${t.query}) between 1 and 500`),
    check('saved_filters_color_format', sql`${t.color} is null or ${t.color} ~ '^#[0-9a-f]{6}$'`),
  ],
);
