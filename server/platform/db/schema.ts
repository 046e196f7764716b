// The database schema. drizzle-kit generates the SQL migrations in ./drizzle from this file.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  foreignKey,
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

const doablePosition = () => doublePrecision('position').notNull().default(sql`doable_new_position()`);

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
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /**
     * The task's JSON text as list pages send it, in two parts around its subtask counts (which
     * change without the row): made from the presenter's field list by the functions of migration
     * 0027 (TASK_JSON_PART_FUNCTIONS_SQL and TASK_JSON_PART_CALLS in tasks.presenter.ts, which a
     * test compares with these). Never read as a Task's columns.
     */
    jsonHead: text('json_head').generatedAlwaysAs(
      sql.raw(
        'doable_task_json_head("id", "user_id", "title", "description", "completed", "completed_at", "priority", ' +
          '"tags", "due_date", "due_at", "recurrence", "recurrence_from", "series_task_id", "reminders", "list_id", ' +
          '"parent_id", "position", "created_by", "assignee_id")',
      ),
    ),
    jsonTail: text('json_tail').generatedAlwaysAs(
      sql.raw('doable_task_json_tail("created_at", "updated_at")'),
    ),
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
    check('tasks_description_length', sql`${t.description} is null or char_length(${t.description}) <= 1000`),
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
    index('tasks_series_idx').on(t.userId, t.seriesTaskId).where(sql`${t.seriesTaskId} is not null`),
  ],
);

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
 * actor is the transaction's `doable.actor` (a member writing through asTaskOwner), else the owner.
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

/** Per-user preferences; a row exists only once the user changed something (defaults otherwise). */
export const userSettings = pgTable(
  'user_settings',
  {
    userId: text('user_id').primaryKey(),
    /** IANA time zone name: what "today", "overdue" and all-day due dates mean for this user. */
    timeZone: text('time_zone').notNull().default('UTC'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Show reminders inside the web app while it is open, and the ones missed while away. */
    inAppReminders: boolean('in_app_reminders').notNull().default(true),
    /** Send reminders to the user's push subscriptions (docs/push.md). */
    pushReminders: boolean('push_reminders').notNull().default(true),
    /** Email each reminder too (when the server has email: docs/email.md). */
    emailReminders: boolean('email_reminders').notNull().default(false),
    /** Email a daily agenda at `agendaTime`, local time in `timeZone`. */
    emailAgenda: boolean('email_agenda').notNull().default(false),
    /** `HH:MM`, the local time of the daily agenda. */
    agendaTime: text('agenda_time').notNull().default('08:00'),
    /**
     * When the next agenda is due; kept by a trigger (migration 0017) from the three fields above and
     * the zone, moved a day on by the sender when it queues one; null when the agenda is off.
     */
    agendaNextAt: instant('agenda_next_at'),
  },
  (t) => [
    check('user_settings_agenda_time', sql`${t.agendaTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    index('user_settings_agenda_due_idx').on(t.agendaNextAt).where(sql`${t.agendaNextAt} is not null`),
  ],
);

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
    /** What the agent waits for after this reply (a question it put), handed back next turn (AgentState). */
    state: jsonb('state').$type<Record<string, unknown>>(),
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
 * delivery, so it cannot be hashed: it is stored sealed (server/platform/auth/sealed.ts; older rows may hold
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

/**
 * A browser's Web Push subscription (one per device and browser): where its push service takes
 * messages (`endpoint`) and the keys its payloads are encrypted to (RFC 8291). Reminders are sent
 * to every subscription of their recipient, through `push_deliveries`.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    endpoint: text('endpoint').notNull(),
    /** The browser's P-256 public key and auth secret, base64url, as PushSubscription.toJSON() gives. */
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    name: text('name'),
    userAgent: text('user_agent'),
    /** When the browser says the subscription lapses (rare); null for none. */
    expiresAt: instant('expires_at'),
    failureCount: integer('failure_count').notNull().default(0),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastSuccessAt: instant('last_success_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('push_subscriptions_endpoint_idx').on(t.userId, t.endpoint),
    check('push_subscriptions_endpoint_length', sql`char_length(${t.endpoint}) <= 2048`),
  ],
);

/** One reminder to one push subscription: the outbox the push worker sends from, once each. */
export const pushDeliveries = pgTable(
  'push_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    subscriptionId: bigint('subscription_id', { mode: 'number' })
      .notNull()
      .references(() => pushSubscriptions.id, { onDelete: 'cascade' }),
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => taskEvents.id, { onDelete: 'cascade' }),
    /**
     * pending (to send, or leased while sending), delivered, failed (retries exhausted), cancelled
     * (the user turned push reminders off before it went).
     */
    status: text('status', { enum: ['pending', 'delivered', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: instant('delivered_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('push_deliveries_event_idx').on(t.subscriptionId, t.eventId),
    index('push_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('push_deliveries_event_id_idx').on(t.eventId),
    check('push_deliveries_status', sql`${t.status} in ('pending', 'delivered', 'failed', 'cancelled')`),
  ],
);

/**
 * The server's VAPID key pair (RFC 8292), generated once and shared by every instance through the
 * database; the private key is sealed with the server secret. Unused when VAPID_* are set.
 */
export const vapidKeys = pgTable('vapid_keys', {
  id: smallint('id').primaryKey().default(1),
  publicKey: text('public_key').notNull(),
  privateKey: text('private_key').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export const authSchema = {
  user: users,
  session: sessions,
  account: accounts,
  verification: verifications,
  jwks,
};
/**
 * The email outbox (server/features/mail): a reminder email per `reminder` event of a recipient who opted in,
 * written by a trigger on `task_events` in the statement that writes the event, a daily agenda
 * per user and local day, queued by the sender when the user's agenda time comes, and the account
 * emails (password reset, address verification) Better Auth asks for. Every instance
 * sends; a claim takes due rows with FOR UPDATE SKIP LOCKED and leases them, as webhooks do.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    /** reminder, agenda, or an account email: reset (password reset link), verify (address link). */
    kind: text('kind', { enum: ['reminder', 'agenda', 'reset', 'verify'] }).notNull(),
    /** The reminder event (kind `reminder`). */
    eventId: bigint('event_id', { mode: 'number' }).references(() => taskEvents.id, { onDelete: 'cascade' }),
    /** The local day the agenda is for (kind `agenda`). */
    agendaDay: date('agenda_day', { mode: 'string' }),
    /**
     * The link of an account email, sealed with the server secret (it carries a one-time token);
     * cleared once the email is sent, failed or cancelled.
     */
    sealedLink: text('sealed_link'),
    /** When an account email's link stops working: not sent after that (cancelled). */
    expiresAt: instant('expires_at'),
    /**
     * pending (to send, or leased while sending), sent, failed (retries exhausted), cancelled (opted
     * out, or an account email whose link expired).
     */
    status: text('status', { enum: ['pending', 'sent', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('email_outbox_event_idx').on(t.eventId).where(sql`${t.eventId} is not null`),
    uniqueIndex('email_outbox_agenda_idx').on(t.userId, t.agendaDay).where(sql`${t.agendaDay} is not null`),
    index('email_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('email_outbox_user_idx').on(t.userId),
    check('email_outbox_status', sql`${t.status} in ('pending', 'sent', 'failed', 'cancelled')`),
    check('email_outbox_kind', sql`${t.kind} in ('reminder', 'agenda', 'reset', 'verify')`),
  ],
);

export const schema = {
  lists,
  listMembers,
  listInvitations,
  taskComments,
  taskActivity,
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
  pushSubscriptions,
  pushDeliveries,
  vapidKeys,
  emailOutbox,
};
export type TaskRow = typeof tasks.$inferSelect;

/**
 * The reminder schedule: one row per moment a task's reminders fire, derived from `tasks.reminders`
 * and the due moment by a trigger (migration 0008), so every write path, a time-zone change and the
 * next occurrence of a recurring task re-arm it. The scheduler (server/features/reminders) claims due rows with
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
  /** How many of them are subtasks: while none are, list pages skip looking for subtasks (0112). */
  subtasks: integer('subtasks').notNull().default(0),
});

/**
 * How many tasks each list holds (list_key is the list's id, 0 for the owner's Inbox), how many are
 * done, and the same for top-level tasks only: kept by the same triggers as task_counts (migration
 * 0020), so a list's or the Inbox's page (all, open or done tasks, or top-level ones) reads its
 * count from one row (docs/decisions/0112-list-counts-and-list-pages.md). A list's tasks all
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
 * (docs/decisions/0116-tag-counts-and-pages-without-the-shared-branch.md).
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
 * (docs/decisions/0131-search-pages-keep-exact-relevance-and-count.md); here that reads about 300
 * bytes a match instead of the whole 550-byte task row
 * (docs/decisions/0135-search-reads-a-narrow-table.md).
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
    // from an index of that column (docs/decisions/0143-one-search-index-for-words-and-tags.md).
    index('task_search_tags_search_idx').using('gin', t.tagKeys, t.search),
    // The same over open tasks only (migration 0028): a search of open tasks (status=pending) reads
    // the open ones' entries alone, instead of every match's and then the rows of done ones to drop
    // them (q=invoice&tag=home&status=pending: 1,068 rows against 1,763, 4.8 against 6.3 ms of CPU
    // alone; docs/benchmarks.md, "Issue 19, session 11").
    index('task_search_open_tags_search_idx')
      .using('gin', t.tagKeys, t.search)
      .where(sql`not ${t.completed}`),
    // A search's window of newest matches walks it (migration 0024,
    // docs/decisions/0141-a-search-ranks-and-counts-its-newest-matches.md).
    index('task_search_user_id_idx').on(t.userId, t.id),
  ],
);
