// Tables kept by triggers on `tasks` (each says which migration) so that list pages read their counts
// from one row and a search reads a narrow table, instead of counting and reading whole task rows.
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tsvector } from './columns.js';

/**
 * How many tasks each owner has, and how many of them are done: kept by triggers on `tasks`
 * (migration 0019), so a list page of all of an owner's tasks (or all open or done ones) reads its
 * count from one row instead of counting 100,000 index entries
 * (docs/decisions/0101-task-counts-per-owner.md).
 */
export const taskCounts = pgTable('task_counts', {
  userId: text('user_id').primaryKey(),
  total: integer('total').notNull().default(0),
  completed: integer('completed').notNull().default(0),
  /** How many of them are subtasks: while none are, list pages skip looking for subtasks (0100). */
  subtasks: integer('subtasks').notNull().default(0),
});

/**
 * How many tasks each list holds (list_key is the list's id, 0 for the owner's Inbox), how many are
 * done, and the same for top-level tasks only: kept by the same triggers as task_counts (migration
 * 0020), so a list's or the Inbox's page (all, open or done tasks, or top-level ones) reads its
 * count from one row (docs/decisions/0100-list-pages.md). A list's tasks all
 * belong to the list's owner (tasks_list_fk), so one row per list holds them all.
 */
export const listTaskCounts = pgTable(
  'list_task_counts',
  {
    listKey: bigint('list_key', { mode: 'number' }).notNull(),
    userId: text('user_id').notNull(),
    total: integer('total').notNull().default(0),
    completed: integer('completed').notNull().default(0),
    topTotal: integer('top_total').notNull().default(0),
    topCompleted: integer('top_completed').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.listKey, t.userId], name: 'list_task_counts_pkey' }),
    index('list_task_counts_user_idx').on(t.userId),
  ],
);

/**
 * How many of each owner's tasks carry each tag (by its case-folded key), and how many of those are
 * done: kept by the same triggers as task_counts (migration 0021), so a page filtered by one tag (all,
 * open or done tasks) reads its count from one row instead of counting 40% of 100,000 tasks
 * (docs/decisions/0100-list-pages.md).
 */
export const tagTaskCounts = pgTable(
  'tag_task_counts',
  {
    userId: text('user_id').notNull(),
    tagKey: text('tag_key').notNull(),
    total: integer('total').notNull().default(0),
    completed: integer('completed').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tagKey], name: 'tag_task_counts_pkey' })],
);

/**
 * The columns a search reads of each task, in a narrow table of its own (migration 0023, kept by
 * triggers on tasks): a task's search document and what a search is most often combined with (the
 * owner, the list, the completion, the tags). A search of a common word ranks and counts every match
 * (docs/decisions/0131-search-newest-matches-and-typos.md); here that reads about 300
 * bytes a match instead of the whole 550-byte task row
 * (docs/decisions/0131-search-newest-matches-and-typos.md).
 */
export const taskSearch = pgTable(
  'task_search',
  {
    /** The task's id. */
    id: bigint('id', { mode: 'number' }).primaryKey(),
    userId: text('user_id').notNull(),
    listId: bigint('list_id', { mode: 'number' }),
    completed: boolean('completed').notNull(),
    tagKeys: text('tag_keys').array().notNull(),
    search: tsvector('search').notNull(),
  },
  (t) => [
    // One GIN index over both (migration 0025): a search with a tag takes the tasks holding both
    // from it at once, where an index of each column had the planner read every task with the tag
    // and test its document (q=invoice&tag=home: 15,288 rows tested, 15 ms alone, against 1,763
    // and 7-9 ms); a search alone, or a tag alone, reads its own column's entries of it as fast as
    // from an index of that column (docs/decisions/0131-search-newest-matches-and-typos.md).
    index('task_search_tags_search_idx').using('gin', t.tagKeys, t.search),
    // The same over open tasks only (migration 0028): a search of open tasks (status=pending) reads
    // the open ones' entries alone, instead of every match's and then the rows of done ones to drop
    // them (q=invoice&tag=home&status=pending: 1,068 rows against 1,763, 4.8 against 6.3 ms of CPU
    // alone; docs/decisions/0131-search-newest-matches-and-typos.md).
    index('task_search_open_tags_search_idx')
      .using('gin', t.tagKeys, t.search)
      .where(sql`not ${t.completed}`),
    // A search's window of newest matches walks it (migration 0024,
    // docs/decisions/0131-search-newest-matches-and-typos.md).
    index('task_search_user_id_idx').on(t.userId, t.id),
  ],
);

/**
 * The words of each owner's task titles, kept by triggers on `tasks` (migration 0050): a search that
 * found nothing is tried again with the words here closest to each searched word ("inoice" finds
 * "invoice"), a comparison of a few thousand short words instead of one of every title near the
 * typo (docs/decisions/0131-search-newest-matches-and-typos.md). Words are only ever
 * added: a word whose tasks are gone widens a corrected search by one term that finds nothing. An
 * account's words go with it (deleteAccountRows).
 */
export const taskWords = pgTable(
  'task_words',
  {
    userId: text('user_id').notNull(),
    /** A word of a title as the search document's simple configuration holds it (accent-folded, lower case). */
    word: text('word').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.word], name: 'task_words_pkey' }),
    // An owner's words sharing a trigram with a searched word (migration 0051; btree_gin for the
    // owner beside the array of the word's trigrams): comparing every word of an owner with 22,600
    // distinct words took 21 ms a searched word, through the index 2 ms. Not pg_trgm's operator
    // class: its `%` operator answers no row on PGlite (and the connection hangs after it).
    index('task_words_user_trigrams_idx').using('gin', t.userId, sql`show_trgm(${t.word})`),
  ],
);

/**
 * How far each owner's search rows and title words have followed their task events (migration
 * 0060): `task_search` and `task_words` are written after the write, in batches, from the tasks
 * whose events are numbered above `seq` (doable_derive; docs/decisions/0180-derived-rows-follow-the-write.md).
 * A search first brings its owners up to date, so the author's own search sees their last write.
 */
export const taskDerived = pgTable('task_derived', {
  userId: text('user_id').primaryKey(),
  /** The owner's newest task event whose task's search row and title words are written. */
  seq: bigint('seq', { mode: 'number' }).notNull(),
  /**
   * That event's id (migration 0063): when the owner's event numbered `seq` has another id (or none),
   * their events were deleted and numbered again from 1, and all of them are derived.
   */
  eventId: bigint('event_id', { mode: 'number' }),
});
