import { sql } from 'drizzle-orm';
import { bigint, check, index, pgSequence, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/** Most octets of a task's stored client VCALENDAR (`extra`), as the check below says. */
export const CALDAV_EXTRA_MAX = 262144;

/** Numbers every CalDAV write of a task's stored iCalendar, for sync tokens (see caldavObjects.stamp). */
export const caldavStamps = pgSequence('caldav_stamp_seq');

/**
 * What CalDAV clients gave a task besides its fields (docs/caldav.md, decision 0153): the resource
 * name the client chose, its UID (any text), and its VTODO as last written, from which unknown
 * properties and components are served back unchanged. Keyed by the task's owner and id, with no
 * foreign key: the row outlives its task, so a sync-collection can still name a deleted task
 * (its `<name>` answers 404). Tasks no client ever wrote have no row: they are `<id>.ics` with
 * the task's uid.
 */
export const caldavObjects = pgTable(
  'caldav_objects',
  {
    userId: text('user_id').notNull(),
    taskId: bigint('task_id', { mode: 'number' }).notNull(),
    /** The resource name in its collection, e.g. `a1b2.ics`. */
    name: text('name').notNull(),
    /** The iCalendar UID the client gave. */
    icalUid: text('ical_uid').notNull(),
    /** The client's VCALENDAR text as last PUT: its unknown properties are served back. */
    extra: text('extra'),
    /** Changes on every PUT (caldav_stamp_seq): with the owner's event number, it makes the sync token. */
    stamp: bigint('stamp', { mode: 'number' }).notNull().default(sql`nextval('caldav_stamp_seq')`),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('caldav_objects_task_idx').on(t.userId, t.taskId),
    // Names are unique within a calendar (findObject looks them up there), not across them.
    index('caldav_objects_name_idx').on(t.userId, t.name),
    index('caldav_objects_uid_idx').on(t.userId, t.icalUid),
    index('caldav_objects_stamp_idx').on(t.userId, t.stamp),
    check('caldav_objects_name_length', sql`char_length(${t.name}) between 1 and 255`),
    check('caldav_objects_uid_length', sql`char_length(${t.icalUid}) between 1 and 255`),
    check('caldav_objects_extra_length', sql`${t.extra} is null or octet_length(${t.extra}) <= 262144`),
  ],
);

/**
 * A task that left a calendar (deleted, or moved to another list by any path: REST, CalDAV, MCP, a
 * bulk edit), with the name that calendar knew it by: a sync-collection of that calendar reports
 * the name as removed (404), and no other calendar's does. Written by triggers on tasks in the
 * write's transaction (a move or deletion only, never an edit); `stamp` is from the same sequence
 * as caldavObjects.stamp, so it orders against sync tokens. Swept once the task's events are.
 */
export const caldavDepartures = pgTable(
  'caldav_departures',
  {
    /** The task's owner (a shared list's calendar is its owner's). */
    userId: text('user_id').notNull(),
    /** The list the task left; null: the Inbox. */
    listId: bigint('list_id', { mode: 'number' }),
    taskId: bigint('task_id', { mode: 'number' }).notNull(),
    /** The resource name it had there. */
    name: text('name').notNull(),
    stamp: bigint('stamp', { mode: 'number' }).notNull().default(sql`nextval('caldav_stamp_seq')`),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('caldav_departures_stamp_idx').on(t.userId, t.stamp)],
);

/**
 * The address a CalDAV client chose for a list it made (MKCALENDAR at `/dav/calendars/<u>/<slug>/`):
 * the list answers at that address from then on. Lists made elsewhere answer at their id.
 */
export const caldavCollections = pgTable(
  'caldav_collections',
  {
    userId: text('user_id').notNull(),
    listId: bigint('list_id', { mode: 'number' }).notNull(),
    slug: text('slug').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('caldav_collections_slug_idx').on(t.userId, t.slug),
    uniqueIndex('caldav_collections_list_idx').on(t.listId),
    check('caldav_collections_slug_length', sql`char_length(${t.slug}) between 1 and 200`),
  ],
);
