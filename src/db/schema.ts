// The database schema. drizzle-kit generates the SQL migrations in ./drizzle from this file.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Millisecond precision: timestamps round-trip through JavaScript Dates and cursors exactly.
const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

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
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tasks_user_uid_idx').on(t.userId, t.uid),
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
    check('tasks_description_length', sql`${t.description} is null or char_length(${t.description}) <= 1000`),
    check('tasks_user_id_length', sql`char_length(${t.userId}) between 1 and 255`),
    check('tasks_priority_range', sql`${t.priority} between 0 and 3`),
    check(
      'tasks_tags_count',
      sql`cardinality(${t.tags}) <= 20 and cardinality(${t.tags}) = cardinality(${t.tagKeys})`,
    ),
    check('tasks_one_due_moment', sql`${t.dueDate} is null or ${t.dueAt} is null`),
    check('tasks_recurrence_needs_due', sql`${t.recurrence} is null or ${t.dueSort} is not null`),
    check(
      'tasks_recurrence_from',
      sql`${t.recurrenceFrom} is null or ${t.recurrenceFrom} in ('due', 'completion')`,
    ),
    index('tasks_series_idx').on(t.userId, t.seriesTaskId).where(sql`${t.seriesTaskId} is not null`),
  ],
);

/** Per-user preferences; a row exists only once the user changed something (defaults otherwise). */
export const userSettings = pgTable('user_settings', {
  userId: text('user_id').primaryKey(),
  /** IANA time zone name: what "today", "overdue" and all-day due dates mean for this user. */
  timeZone: text('time_zone').notNull().default('UTC'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

// Accounts: the tables Better Auth needs (core and JWT plugin). Property names are Better Auth's
// field names (its Drizzle adapter looks them up); SQL names are ours.
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: instant('expires_at').notNull(),
    token: text('token').notNull().unique(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: instant('access_token_expires_at'),
    refreshTokenExpiresAt: instant('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [index('accounts_user_idx').on(t.userId)],
);

export const verifications = pgTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: instant('expires_at').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

/** Signing keys of Better Auth's JWT plugin; private keys are encrypted with the auth secret. */
export const jwks = pgTable('jwks', {
  id: text('id').primaryKey(),
  publicKey: text('public_key').notNull(),
  privateKey: text('private_key').notNull(),
  createdAt: instant('created_at').notNull(),
  expiresAt: instant('expires_at'),
  alg: text('alg'),
  crv: text('crv'),
});

/** Personal API keys: only a SHA-256 hash of the key is kept; `start` is its visible beginning. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    name: text('name').notNull(),
    start: text('start').notNull(),
    keyHash: text('key_hash').notNull(),
    expiresAt: instant('expires_at'),
    lastUsedAt: instant('last_used_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('api_keys_hash_idx').on(t.keyHash), index('api_keys_user_idx').on(t.userId, t.id)],
);

/** Fixed-window counters shared by every server instance (sign-in attempts, per-user API rate). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: bigint('window_start', { mode: 'number' }).notNull(),
  count: integer('count').notNull(),
});

/** Idempotency-Key records for POST: the first response, replayed to retries for 24 hours. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: text('user_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    response: text('response'),
    location: text('location'),
    etag: text('etag'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/** Chat conversations; the server keeps nothing between requests, so history lives here. */
export const conversations = pgTable(
  'conversations',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    title: text('title').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('conversations_user_updated_idx').on(t.userId, t.updatedAt, t.id)],
);

/** One message of a conversation; an assistant message keeps the tool calls it made. */
export const messages = pgTable(
  'messages',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    conversationId: bigint('conversation_id', { mode: 'number' })
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'assistant'] }).notNull(),
    content: text('content').notNull(),
    toolCalls: jsonb('tool_calls').$type<unknown[]>(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('messages_conversation_idx').on(t.conversationId, t.id),
    check('messages_role', sql`${t.role} in ('user', 'assistant')`),
  ],
);

/**
 * Task events (created, updated, completed, deleted, reminder), written by a trigger on `tasks`
 * in the same transaction as the change (migration 0005), so every write path emits them and
 * none is lost; `pg_notify('doable_task_events', user_id)` wakes listeners on every instance.
 * Live updates replay from here (Last-Event-ID); old events are swept.
 */
export const taskEvents = pgTable(
  'task_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    /**
     * The owner's event number (1, 2, 3...), set by a trigger under a per-owner lock held to
     * commit (migration 0011), so numbers become visible in order: the stream's event id.
     */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    taskId: bigint('task_id', { mode: 'number' }).notNull(),
    /** The task as the API shows it, at the time of the event (before deletion for `deleted`). */
    data: jsonb('data').notNull(),
    /** For `reminder` events: the reminder that fired and its `fire_at`. */
    detail: jsonb('detail'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('task_events_user_seq_idx').on(t.userId, t.seq),
    index('task_events_created_idx').on(t.createdAt),
  ],
);

/**
 * Webhooks: a user's HTTPS endpoints and the event types each wants. The secret signs every
 * delivery, so it cannot be hashed: it is stored sealed (src/auth/sealed.ts; older rows may hold
 * it plain) and shown to the owner only once.
 * `failure_count` counts consecutive failed attempts; enough of them set `disabled_at`.
 */
export const webhooks = pgTable(
  'webhooks',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    url: text('url').notNull(),
    description: text('description'),
    events: text('events').array().notNull(),
    secret: text('secret').notNull(),
    failureCount: integer('failure_count').notNull().default(0),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastDeliveryAt: instant('last_delivery_at'),
    disabledAt: instant('disabled_at'),
    disabledReason: text('disabled_reason'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('webhooks_user_idx').on(t.userId, t.id),
    check('webhooks_url_length', sql`char_length(${t.url}) <= 2048`),
    check('webhooks_events_count', sql`cardinality(${t.events}) between 1 and 5`),
  ],
);

/**
 * One row per (webhook, task event) to send, written by a trigger on `task_events` in the
 * event's own transaction (migration 0007_webhooks), so no event is missed, even while no server runs.
 * Workers claim due rows with FOR UPDATE SKIP LOCKED and push `next_attempt_at` past the send
 * (a lease), so two instances never send one delivery at the same time. Old events are swept
 * and take their deliveries with them.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    webhookId: bigint('webhook_id', { mode: 'number' })
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => taskEvents.id, { onDelete: 'cascade' }),
    /** pending (to send, or leased while sending), delivered, failed (retries exhausted), cancelled. */
    status: text('status', { enum: ['pending', 'delivered', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastAttemptAt: instant('last_attempt_at'),
    deliveredAt: instant('delivered_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_idx').on(t.webhookId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    // Sweeping old events cascades here.
    index('webhook_deliveries_event_id_idx').on(t.eventId),
    check('webhook_deliveries_status', sql`${t.status} in ('pending', 'delivered', 'failed', 'cancelled')`),
  ],
);

export const authSchema = {
  user: users,
  session: sessions,
  account: accounts,
  verification: verifications,
  jwks,
};
export const schema = {
  tasks,
  users,
  sessions,
  accounts,
  verifications,
  jwks,
  apiKeys,
  rateLimits,
  idempotencyKeys,
  userSettings,
  conversations,
  messages,
  taskEvents,
  webhooks,
  webhookDeliveries,
};
export type TaskRow = typeof tasks.$inferSelect;

/**
 * The reminder schedule: one row per moment a task's reminders fire, derived from `tasks.reminders`
 * and the due moment by a trigger (migration 0008), so every write path, a time-zone change and the
 * next occurrence of a recurring task re-arm it. The scheduler (src/reminders) claims due rows with
 * FOR UPDATE SKIP LOCKED and, in the same statement, marks them sent and writes the `reminder` task
 * event: each fires once, whatever the number of instances. Sent rows stay a week as a log.
 */
export const taskReminders = pgTable(
  'task_reminders',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    taskId: bigint('task_id', { mode: 'number' })
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    fireAt: instant('fire_at').notNull(),
    /** The reminder as given (`at` or `minutes_before`). */
    reminder: jsonb('reminder').notNull(),
    sentAt: instant('sent_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('task_reminders_task_fire_idx').on(t.taskId, t.fireAt),
    index('task_reminders_pending_idx').on(t.fireAt).where(sql`${t.sentAt} is null`),
    index('task_reminders_sent_idx').on(t.sentAt).where(sql`${t.sentAt} is not null`),
  ],
);
