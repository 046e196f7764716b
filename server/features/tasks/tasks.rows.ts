// The task as stored: its types inferred from the Drizzle table (server/platform/db/schema/tasks.ts), the columns
// the service reads, and the SQL pieces every task query shares (owner scope, versions, due sort).
import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { tasks, userSettings } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { PLAIN_FIELDS, type PlainName, type TaskColumns } from './tasks.fields.js';
import { tagKey } from './tasks.schema.js';

/** A whole row of `tasks`. */
export type TaskRow = typeof tasks.$inferSelect;

/** How many subtasks (direct children) a task has, and how many of them are open. */
export interface SubtaskCounts {
  open: number;
  total: number;
}

/**
 * A task as the service returns it: the row without the columns the database derives for queries
 * (tag keys, due sort key, search document) and without the uid, which only export and import read;
 * plus its subtask counts, read with it.
 */
export type Task = Omit<TaskRow, 'tagKeys' | 'dueSort' | 'search' | 'uid'> & {
  subtasks: SubtaskCounts;
};

/**
 * What the presenter reads of a task (toTaskJson): a Task without the columns only writes read
 * (version, the series' start and how many occurrences are done). List pages fetch only these.
 */
export type PresentedTask = Omit<Task, 'version' | 'seriesStartDate' | 'seriesStartTime' | 'occurrencesDone'>;

/** One reminder as the owner gave it: `{at}` or `{minutes_before}`; the schedule lives in task_reminders. */
export type Reminder = TaskRow['reminders'][number];

const {
  tagKeys: _tagKeys,
  dueSort: _dueSort,
  search: _search,
  uid: _uid,
  ...columns
} = getTableColumns(tasks);

/** The stored columns a Task is made of. */
export const taskTableColumns = columns;

const {
  version: _version,
  seriesStartDate: _seriesStartDate,
  seriesStartTime: _seriesStartTime,
  occurrencesDone: _occurrencesDone,
  ...presentedColumns
} = columns;

/** The stored columns a PresentedTask is made of. */
export const presentedTableColumns = presentedColumns;

const tableColumns = getTableColumns(tasks);

/** One plain field, with what the service and the import need of its column. */
export interface PlainColumn {
  json: PlainName;
  key: keyof TaskColumns;
  /** The column's SQL name. */
  name: string;
  /** Its SQL type, for casts and record types. */
  type: string;
  /** A value written to it as a statement's parameter (cast to `type` in the statement's text). */
  parameter: (value: unknown) => unknown;
  /** The SQL of a value written to it (a parameter, cast). */
  write: (value: unknown) => SQL;
}

export const PLAIN_COLUMNS: PlainColumn[] = (Object.keys(PLAIN_FIELDS) as PlainName[]).map((json) => {
  const key = PLAIN_FIELDS[json].column;
  const column = tableColumns[key];
  const type = column.getSQLType();
  const asParameter =
    (column.columnType as string) === 'PgJsonb' ? (v: unknown) => JSON.stringify(v) : (v: unknown) => v;
  return {
    json,
    key,
    name: column.name,
    type,
    parameter: (value) => (value === null ? null : asParameter(value)),
    write: (value) => sql`${value === null ? null : asParameter(value)}::${sql.raw(type)}`,
  };
});

/** A task's plain fields by their JSON names, as stored (dates as YYYY-MM-DD, as the API takes them). */
export const plainOf = (task: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(PLAIN_COLUMNS.map((c) => [c.json, task[c.key]]));

/** The same by the Drizzle table's keys, for an insert of a copy of the task. */
export const plainColumnsOf = (task: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(PLAIN_COLUMNS.map((c) => [c.key, task[c.key]]));

/** The subtask counts of the task whose id is the SQL expression `id`: one probe of tasks_parent_idx. */
const subtaskCountsOf = (id: string) =>
  `select jsonb_build_object('open', count(*) filter (where not s.completed), 'total', count(*)) from public.tasks s where s.parent_id = ${id}`;

/** A task's subtask counts in SQL, given the SQL name of its row (`tasks`): a scalar subquery. */
export const subtaskCountsSql = (row: string) => `(${subtaskCountsOf(`${row}.id`)})`;

/**
 * The same as a function, doable_subtask_counts(id), for doable_task_json: a function body without
 * a subquery is inlined into the statement that calls it, one with a subquery runs as a separate
 * query per row (measured over 500 rows: 45 ms as a subquery in doable_task_json, 19 ms with this).
 */
export const SUBTASK_COUNTS_FUNCTION_SQL =
  'CREATE OR REPLACE FUNCTION doable_subtask_counts(parent bigint) RETURNS jsonb LANGUAGE sql STABLE PARALLEL SAFE ' +
  `AS $$ ${subtaskCountsOf('parent')} $$`;

/** Drivers hand jsonb back parsed or as text. */
export const readJsonb = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/** The columns a Task is made of, for `select` and `returning`: the stored ones and the subtask counts. */
export const taskColumns = {
  ...columns,
  subtasks: sql<SubtaskCounts>`${sql.raw(subtaskCountsSql('"tasks"'))}`.mapWith(readJsonb),
};

// Raw rows (statements run without Drizzle's builder, on hot paths): drivers differ in how they
// hand back raw values (int8 as string or bigint; timestamps parsed or not; jsonb parsed or not);
// calendar dates are selected as text, as Drizzle reads them.
export const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const READ_AS: Record<string, (value: unknown) => unknown> = {
  PgBigInt53: Number,
  PgSmallInt: Number,
  PgInteger: Number,
  PgTimestamp: asDate,
  PgJsonb: readJsonb,
  PgDoublePrecision: Number,
};

type Columns = typeof taskTableColumns | typeof presentedTableColumns;

/** The select list of these columns, as raw SQL (calendar dates as text). */
export const selectListOf = (columns: Columns) =>
  Object.values(columns)
    .map((column) =>
      column.columnType === 'PgDateString'
        ? `to_char(${column.name}, 'YYYY-MM-DD') as ${column.name}`
        : column.name,
    )
    .join(', ');

/**
 * Reads a raw row selected with selectListOf(columns) and the subtask counts (as `subtasks`) into
 * the object Drizzle would have made.
 */
export function rowReader<T>(columns: Columns): (row: Record<string, unknown>) => T {
  const fields = Object.entries(columns).map(([key, column]) => ({
    key,
    name: column.name,
    read: READ_AS[column.columnType],
  }));
  return (row) => {
    const task: Record<string, unknown> = {};
    for (const { key, name, read } of fields) {
      const value = row[name];
      task[key] = read === undefined || value === null ? value : read(value);
    }
    task.subtasks = row.subtasks == null ? { open: 0, total: 0 } : readJsonb(row.subtasks);
    return task as T;
  };
}

/** What a raw write returns of the row it wrote: a whole Task (read with taskFromRow). */
export const TASK_RETURNING = `returning ${selectListOf(taskTableColumns)}, ${subtaskCountsSql('tasks')} as subtasks`;
export const taskFromRow = rowReader<Task>(taskTableColumns);

/** Ids the API can express but no row can have (0, or beyond a JSON-safe integer) simply do not exist. */
export function assertPossibleId(id: number): void {
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`Task ${id}`);
}

export const ownedTask = (userId: string, id: number) => and(eq(tasks.userId, userId), eq(tasks.id, id));

/** The owner's time zone, for SQL run through Drizzle. */
export const ownerZone = (userId: string) =>
  sql`coalesce((select ${userSettings.timeZone} from ${userSettings} where ${userSettings.userId} = ${userId}), 'UTC')`;

/** due_sort for a due moment: the instant itself, or the start of the all-day date in the owner's zone. */
export const dueSortOf = (userId: string, dueDate: string | null, dueAt: string | null) =>
  sql`coalesce(${dueAt}::timestamptz, (${dueDate}::date)::timestamp at time zone ${ownerZone(userId)})`;

/** Case-folded keys for tag names (already normalised and deduplicated by TagsSchema). */
export const keysOf = (names: string[]) => names.map(tagKey);

/**
 * The versions a write may apply to (from If-Match); undefined means any. A write whose
 * precondition fails changes nothing and answers 412; a missing task is still 404.
 */
export type Expected = number[] | undefined;

export const versionMatches = (expected: Expected) =>
  expected === undefined ? undefined : sql`${tasks.version} = any(${`{${expected.join(',')}}`}::int[])`;

/** Refuses a write when the task is no longer at an expected version (412). */
export function assertExpected(id: number, version: number, expected: Expected): void {
  if (expected !== undefined && !expected.includes(version)) {
    throw new AppError('PRECONDITION_FAILED', `Task ${id} has changed since version ${expected.join(', ')}`);
  }
}
