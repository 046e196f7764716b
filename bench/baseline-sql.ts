// The list statement of the bare baseline (bench/baseline.ts) is the service's own statement for
// the default list (status=all, sort=-created, no cursor), so the two can never drift apart:
// one round trip for the page of limit + 1 rows and the total count as a scalar subquery.
// Parameters: $1 the user id, $2 limit + 1.
import { listStatement } from '../server/features/tasks/tasks.list.js';
import { PLAIN_COLUMNS } from '../server/features/tasks/tasks.rows.js';

/** The default list's shape (status=all, sort=-created, no cursor, with the count). */
export const DEFAULT_LIST_SHAPE: Parameters<typeof listStatement>[0] = {
  sort: '-created',
  status: 'all',
  search: false,
  priorities: false,
  tags: false,
  due: undefined,
  before: undefined,
  after: undefined,
  cursor: false,
  count: true,
};

/**
 * What our server runs for the default page of a caller who is no list's member (every benchmark
 * user): the own-tasks statement (docs/decisions/0100-list-pages.md),
 * answering each task as JSON text (docs/decisions/0100-list-pages.md).
 * Columns: id, sort_key (the ISO creation time), json, total, shared.
 */
export const LIST_SQL = listStatement(DEFAULT_LIST_SHAPE).json.own.text;

/**
 * The floor of the issue: the seed contract's fields of a page, newest first, with the count in
 * the same round trip. Parameters: $1 the user id, $2 the page size.
 */
export const SEED_LIST_SQL =
  'select id, user_id, title, description, completed, created_at, updated_at, ' +
  '(select count(*)::int from tasks where user_id = $1) as total ' +
  'from tasks where user_id = $1 order by created_at desc, id desc limit $2';

// What POST /api/me/tasks ({title, description}) and PATCH /api/me/tasks/:id ({title}) send, as
// Drizzle wrote them (read from the driver while the server answered them): one statement each,
// autocommit, returning the task with its subtask counts.
/** The plain fields (server/features/tasks/tasks.fields.ts) by their JSON names, as the API writes them. */
export const PLAIN_NAMES = PLAIN_COLUMNS.map((c) => c.json);
const plainReturning = PLAIN_COLUMNS.map(
  (c) => `${c.type === 'date' ? `to_char("${c.name}", 'YYYY-MM-DD')` : `"${c.name}"`} as "${c.json}", `,
).join('');

const RETURNING =
  'returning "id", "user_id", "title", "description", "completed", "completed_at", "priority", "tags", ' +
  '"due_date", "due_at", "recurrence", "recurrence_from", "series_start_date", "series_start_time", ' +
  '"occurrences_done", "series_task_id", "reminders", "version", "list_id", "section_id", "parent_id", "position", ' +
  `"created_by", "assignee_id", ${plainReturning}"created_at", "updated_at", ` +
  `(select jsonb_build_object('open', count(*) filter (where not s.completed), 'total', count(*)) from tasks s where s.parent_id = "tasks".id) as subtasks`;

export const INSERT_SQL =
  'insert into "tasks" ("id", "user_id", "title", "description", "completed", "completed_at", "priority", ' +
  '"tags", "tag_keys", "due_date", "due_at", "due_sort", "recurrence", "recurrence_from", "series_start_date", ' +
  '"series_start_time", "occurrences_done", "series_task_id", "reminders", "version", "uid", "list_id", ' +
  '"parent_id", "position", "created_by", "assignee_id", "created_at", "updated_at") values (default, $1, $2, ' +
  '$3, $4, $5, $6, $7, $8, $9, $10, coalesce($11::timestamptz, ($12::date)::timestamp at time zone ' +
  'coalesce((select "user_settings"."time_zone" from "user_settings" where "user_settings"."user_id" = $13), ' +
  `'UTC')), $14, $15, $16, $17, $18, default, $19, default, default, $20, $21, default, $22, $23, default, default) ${RETURNING}`;

/** The parameters of INSERT_SQL for a task with a title and a description, nothing else. */
export const insertParams = (userId: string, title: string, description: string | null) => [
  userId,
  title,
  description,
  false,
  null,
  0,
  [],
  [],
  null,
  null,
  null,
  null,
  userId,
  null,
  null,
  null,
  null,
  0,
  '[]',
  null,
  null,
  null,
  null,
];

/** Parameters: $1 the new title, $2 the user id, $3 the task id, $4 the new title again. */
export const UPDATE_TITLE_SQL =
  'update "tasks" set "title" = $1, "version" = "tasks"."version" + 1, "updated_at" = now() where ' +
  `(("tasks"."user_id" = $2 and "tasks"."id" = $3) and ("tasks"."title" is distinct from $4)) ${RETURNING}`;

/**
 * The write floor of the issue: the seed contract's row in a plain table with the list index and
 * no triggers (made by SEED_TABLE_SQL, filled with copies of the benchmark's tasks under the same
 * ids, so PATCH finds them). POST inserts a title and a description; PATCH renames. Both answer
 * the seven fields.
 */
export const SEED_TABLE_SQL = [
  'create table if not exists seed_tasks (id bigserial primary key, user_id text not null, ' +
    'title text not null, description text, completed boolean not null default false, ' +
    'created_at timestamptz not null default now(), updated_at timestamptz not null default now())',
  'create index if not exists seed_tasks_user_created_idx on seed_tasks (user_id, created_at desc, id desc)',
  'insert into seed_tasks (id, user_id, title, description, completed, created_at, updated_at) ' +
    'select id, user_id, title, description, completed, created_at, updated_at from tasks on conflict do nothing',
  "select setval(pg_get_serial_sequence('seed_tasks', 'id'), (select max(id) from tasks) + 1000000)",
];

const SEED_RETURNING = 'returning id, user_id, title, description, completed, created_at, updated_at';

/** Parameters: $1 the user id, $2 the title, $3 the description. */
export const SEED_INSERT_SQL = `insert into seed_tasks (user_id, title, description) values ($1, $2, $3) ${SEED_RETURNING}`;

/** Parameters: $1 the new title, $2 the user id, $3 the task id. */
export const SEED_UPDATE_SQL = `update seed_tasks set title = $1, updated_at = now() where user_id = $2 and id = $3 ${SEED_RETURNING}`;
