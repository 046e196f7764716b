import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { doablePosition, instant, tsvector } from './columns.js';
import { lists } from './lists.js';
import { sections } from './sections.js';

/**
 * The search document: title (weight A) and description (weight B), accent-folded by
 * doable_unaccent (an immutable wrapper over the unaccent extension, created in migration 0003),
 * each both stemmed as English ("meetings" finds "meeting") and as typed (so a half-typed word,
 * "meeti", still matches as a prefix). Queries fold and parse the same way (tasks.service.ts).
 */
const searchDocument = sql.raw(
  [
    ['title', 'A'],
    ["coalesce(description, '')", 'B'],
  ]
    .flatMap(([text, weight]) =>
      ['english', 'simple'].map(
        (config) => `setweight(to_tsvector('${config}'::regconfig, doable_unaccent(${text})), '${weight}')`,
      ),
    )
    .join(' || '),
);

export const tasks = pgTable(
  'tasks',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    completed: boolean('completed').notNull().default(false),
    completedAt: instant('completed_at'),
    /** 0 none, 1 low, 2 medium, 3 high: sorts in that order. */
    priority: smallint('priority').notNull().default(0),
    /** Tags in the owner's spelling, in the order given; `tagKeys` holds the same tags case-folded. */
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    tagKeys: text('tag_keys').array().notNull().default(sql`'{}'::text[]`),
    /** The due moment: an all-day date, or an instant; never both. */
    dueDate: date('due_date', { mode: 'string' }),
    dueAt: instant('due_at'),
    /**
     * The due moment as an instant, for ordering and date filters: due_at, or the start of
     * due_date in the owner's time zone (kept current when the time zone changes).
     */
    dueSort: instant('due_sort'),
    search: tsvector('search').generatedAlwaysAs(searchDocument),
    /** A recurring task's RFC 5545 RRULE body (normalised), and what the next occurrence counts from. */
    recurrence: text('recurrence'),
    recurrenceFrom: text('recurrence_from', { enum: ['due', 'completion'] }),
    /** The series' first due moment in the owner's zone: local date, and HH:MM for timed series. */
    seriesStartDate: date('series_start_date', { mode: 'string' }),
    seriesStartTime: text('series_start_time'),
    /** Occurrences completed or skipped since the series (re)started: COUNT is counted against it. */
    occurrencesDone: integer('occurrences_done').notNull().default(0),
    /** On the record of a completed occurrence: the recurring task it came from. */
    seriesTaskId: bigint('series_task_id', { mode: 'number' }),
    /**
     * Reminders as the owner gave them: `{"at": instant}` or `{"minutes_before": n}` (from the due
     * moment). A trigger keeps `task_reminders`, the schedule, in step with them (migration 0008).
     */
    reminders: jsonb('reminders')
      .$type<Array<{ at: string } | { minutes_before: number }>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Counts changes; the task's ETag. */
    version: integer('version').notNull().default(1),
    /**
     * The task's stable identity across export and import (unique per owner; the iCalendar UID):
     * re-importing an export updates or skips the tasks it already holds instead of copying them.
     */
    uid: uuid('uid').notNull().defaultRandom(),
    /** The list the task is in; null: the Inbox. A subtask is always in its parent's list. */
    listId: bigint('list_id', { mode: 'number' }),
    /**
     * The section of its list the task is in; null: none (and always in the Inbox). A subtask is in
     * its parent's section.
     */
    sectionId: bigint('section_id', { mode: 'number' }),
    /** The task this one is a subtask of (nesting up to 4 levels); deleting a parent deletes its subtree. */
    parentId: bigint('parent_id', { mode: 'number' }),
    /**
     * Manual order among siblings (same list and parent), ascending. New tasks take the time in
     * milliseconds (so they come last); a move takes the midpoint of its new neighbours.
     */
    position: doablePosition(),
    /** Who made the task: a member of its shared list; null means the owner (tasks from before sharing). */
    createdBy: text('created_by'),
    /** Who the task is assigned to: the list's owner or a member; null when nobody. */
    assigneeId: text('assignee_id'),
    /** How many minutes the task takes (its block in a calendar); null: not said. */
    duration: integer('duration'),
    /** The day the task must be done by, apart from when it is due; null: none. */
    deadline: date('deadline', { mode: 'string' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tasks_user_uid_idx').on(t.userId, t.uid),
    // The target of subtasks' (user_id, parent_id) reference: a parent is always the owner's own task.
    uniqueIndex('tasks_user_id_idx').on(t.userId, t.id),
    foreignKey({
      columns: [t.userId, t.listId],
      foreignColumns: [lists.userId, lists.id],
      name: 'tasks_list_fk',
    }),
    // A task's section is one of its own list's (no check when either is null).
    foreignKey({
      columns: [t.userId, t.listId, t.sectionId],
      foreignColumns: [sections.userId, sections.listId, sections.id],
      name: 'tasks_section_fk',
    }),
    foreignKey({
      columns: [t.userId, t.parentId],
      foreignColumns: [t.userId, t.id],
      name: 'tasks_parent_fk',
    }).onDelete('cascade'),
    // A list's page in manual order (and its counts); an Inbox page is list_id is null.
    index('tasks_user_list_position_idx').on(t.userId, t.listId, t.position, t.id),
    // The Inbox in manual order: "list_id is null" does not fix list_id for the planner's ordering.
    index('tasks_user_inbox_position_idx').on(t.userId, t.position, t.id).where(sql`${t.listId} is null`),
    index('tasks_parent_idx').on(t.parentId, t.position, t.id).where(sql`${t.parentId} is not null`),
    // A member's reads of a shared list (the owner's own go through the user_id indexes).
    index('tasks_list_idx').on(t.listId, t.id).where(sql`${t.listId} is not null`),
    index('tasks_assignee_idx').on(t.assigneeId, t.id).where(sql`${t.assigneeId} is not null`),
    // One index per list order; each serves the owner filter, the order and the keyset cursor.
    index('tasks_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('tasks_user_updated_idx').on(t.userId, t.updatedAt, t.id),
    index('tasks_user_title_idx').on(t.userId, sql`lower(${t.title})`, t.id),
    index('tasks_user_priority_idx').on(t.userId, t.priority, t.id),
    // Tasks without a due moment come last in both directions, hence one expression per direction.
    // due_sort itself trails, so counts over due ranges ("overdue", date bounds) read the index alone.
    index('tasks_user_due_asc_idx').on(
      t.userId,
      sql`coalesce(${t.dueSort}, 'infinity'::timestamptz)`,
      t.id,
      t.dueSort,
    ),
    index('tasks_user_due_desc_idx').on(
      t.userId,
      sql`coalesce(${t.dueSort}, '-infinity'::timestamptz)`,
      t.id,
    ),
    // "overdue" looks at open tasks only: this one holds just those.
    index('tasks_user_open_due_idx')
      .on(t.userId, sql`coalesce(${t.dueSort}, 'infinity'::timestamptz)`, t.id, t.dueSort)
      .where(sql`not ${t.completed}`),
    index('tasks_tag_keys_idx').using('gin', t.tagKeys),
    index('tasks_search_idx').using('gin', t.search),
    // Defence in depth: the API validates these too.
    check('tasks_title_length', sql`char_length(${t.title}) between 1 and 200`),
    check(
      'tasks_description_length',
      sql`${t.description} is null or char_length(${t.description}) <= 16000`,
    ),
    check('tasks_user_id_length', sql`char_length(${t.userId}) between 1 and 255`),
    check('tasks_priority_range', sql`${t.priority} between 0 and 3`),
    check(
      'tasks_tags_count',
      sql`cardinality(${t.tags}) <= 20 and cardinality(${t.tags}) = cardinality(${t.tagKeys})`,
    ),
    check('tasks_not_own_parent', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    check('tasks_one_due_moment', sql`${t.dueDate} is null or ${t.dueAt} is null`),
    check('tasks_recurrence_needs_due', sql`${t.recurrence} is null or ${t.dueSort} is not null`),
    check(
      'tasks_recurrence_from',
      sql`${t.recurrenceFrom} is null or ${t.recurrenceFrom} in ('due', 'completion')`,
    ),
    check('tasks_duration_range', sql`${t.duration} is null or ${t.duration} between 1 and 43200`),
    index('tasks_series_idx').on(t.userId, t.seriesTaskId).where(sql`${t.seriesTaskId} is not null`),
  ],
);

export type TaskRow = typeof tasks.$inferSelect;
