import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/**
 * Calendar feeds (docs/calendar-feeds.md, decision 0154): a secret URL serving the owner's dated
 * tasks as iCalendar events. Only the SHA-256 of the secret is kept; `list_id` null is "all my
 * tasks". No foreign key to the list: a feed whose list is gone or unshared answers 404 at fetch.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    listId: bigint('list_id', { mode: 'number' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    lastFetchedAt: instant('last_fetched_at'),
  },
  (t) => [
    index('calendar_feeds_user_idx').on(t.userId, t.id),
    // One feed per (user, list); "all tasks" (list_id null) once per user too.
    uniqueIndex('calendar_feeds_user_list_idx').on(t.userId, sql`coalesce(${t.listId}, 0)`),
    check('calendar_feeds_hash_length', sql`char_length(${t.tokenHash}) = 64`),
  ],
);
