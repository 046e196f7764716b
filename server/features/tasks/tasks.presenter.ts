// The task presenter: a stored task (tasks.rows.ts) as the API shows it (TaskSchema). One field
// list makes both the TypeScript presenter and doable_task_json, the SQL function that builds the
// same JSON inside the database for live events and reminders; the migration runner installs it
// (docs/decisions/0047-task-json-from-one-field-list.md).
import { getTableColumns } from 'drizzle-orm';
import { tasks } from '../../platform/db/schema.js';
import { PLAIN_COLUMNS, type PresentedTask, type Task } from './tasks.rows.js';
import { PRIORITIES, type TaskJson } from './tasks.schema.js';

/** One field of the task JSON: read from a Task, and the same in SQL over a row (`t` in doable_task_json). */
interface Field<K extends keyof TaskJson> {
  json: (task: PresentedTask) => TaskJson[K];
  sql: (row: string) => string;
}

const columns = getTableColumns(tasks);
const column = (key: Exclude<keyof Task, 'subtasks'>) => (row: string) => `${row}.${columns[key].name}`;

type Stored = Exclude<keyof PresentedTask, 'subtasks'>;
type KeyOfType<V> = { [K in Stored]: PresentedTask[K] extends V ? K : never }[Stored];

/** A column shown as it is stored. */
const same = <K extends Stored>(key: K) => ({ json: (task: PresentedTask) => task[key], sql: column(key) });

/**
 * A timestamp as ISO 8601 UTC with milliseconds (doable_iso, migration 0005, does the same in SQL).
 * The SQL names its functions with their schema, as every function built from these fields does
 * (doable_task_json, the stored parts' functions): they work whatever the caller's search_path,
 * an empty one included (pg_dump's restore computes the stored parts with it), and the planner
 * still inlines them, which a function's own `SET search_path` would stop.
 */
const instant = (key: KeyOfType<Date>) => ({
  json: (task: PresentedTask) => (task[key] as Date).toISOString(),
  sql: (row: string) => `public.doable_iso(${column(key)(row)})`,
});

/** The same for a timestamp that may be null. */
const instantOrNull = (key: KeyOfType<Date | null>) => ({
  json: (task: PresentedTask) => (task[key] as Date | null)?.toISOString() ?? null,
  sql: (row: string) => `public.doable_iso(${column(key)(row)})`,
});

/** A plain field (tasks.fields.ts): its column as stored, dates and instants written as the API writes them. */
const plain = (key: Stored): Field<keyof TaskJson> => {
  const type = columns[key].columnType;
  if (type === 'PgTimestamp') return instantOrNull(key as KeyOfType<Date | null>);
  if (type === 'PgDateString')
    return { json: (task) => task[key], sql: (row) => `to_char(${column(key)(row)}, 'YYYY-MM-DD')` } as Field<
      keyof TaskJson
    >;
  return same(key) as Field<keyof TaskJson>;
};

const TASK_JSON: { [K in keyof TaskJson]: Field<K> } = {
  id: same('id'),
  user_id: same('userId'),
  title: same('title'),
  description: same('description'),
  completed: same('completed'),
  completed_at: instantOrNull('completedAt'),
  priority: {
    json: (task) => PRIORITIES[task.priority] ?? 'none',
    sql: (row) => `(ARRAY[${PRIORITIES.map((p) => `'${p}'`).join(', ')}])[${column('priority')(row)} + 1]`,
  },
  tags: same('tags'),
  due_date: {
    json: (task) => task.dueDate,
    sql: (row) => `to_char(${column('dueDate')(row)}, 'YYYY-MM-DD')`,
  },
  due_at: instantOrNull('dueAt'),
  recurrence: same('recurrence'),
  recurrence_from: same('recurrenceFrom'),
  series_task_id: same('seriesTaskId'),
  reminders: same('reminders'),
  list_id: same('listId'),
  section_id: same('sectionId'),
  parent_id: same('parentId'),
  position: same('position'),
  created_by: {
    json: (task) => task.createdBy ?? task.userId,
    sql: (row) => `coalesce(${column('createdBy')(row)}, ${column('userId')(row)})`,
  },
  assignee_id: same('assigneeId'),
  ...(Object.fromEntries(PLAIN_COLUMNS.map((c) => [c.json, plain(c.key as Stored)])) as {
    [K in (typeof PLAIN_COLUMNS)[number]['json']]: Field<K>;
  }),
  subtasks: { json: (task) => task.subtasks, sql: (row) => `public.doable_subtask_counts(${row}.id)` },
  created_at: instant('createdAt'),
  updated_at: instant('updatedAt'),
};

/** The task JSON's fields in order: the presenter's, doable_task_json's and the stored parts' (tasks.json.ts). */
export const FIELDS = Object.entries(TASK_JSON) as [keyof TaskJson, Field<keyof TaskJson>][];

export function toTaskJson(task: PresentedTask): TaskJson {
  const json: Record<string, unknown> = {};
  for (const [name, field] of FIELDS) json[name] = field.json(task);
  return json as TaskJson;
}

/** The body of doable_task_json(t tasks): toTaskJson's object, built in SQL. */
export const TASK_JSON_SQL_BODY = ` SELECT jsonb_build_object(${FIELDS.map(([name, field]) => `'${name}', ${field.sql('t')}`).join(', ')}) `;

/** Installs doable_task_json as TASK_JSON_SQL_BODY (migrations 0005, 0006 and 0008 made earlier versions). */
export const TASK_JSON_FUNCTION_SQL =
  'CREATE OR REPLACE FUNCTION doable_task_json(t tasks) RETURNS jsonb LANGUAGE sql STABLE PARALLEL SAFE ' +
  `AS $$${TASK_JSON_SQL_BODY}$$`;
