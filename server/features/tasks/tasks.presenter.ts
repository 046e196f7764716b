// The task presenter: a stored task (tasks.rows.ts) as the API shows it (TaskSchema). One field
// list makes both the TypeScript presenter and doable_task_json, the SQL function that builds the
// same JSON inside the database for live events and reminders; the migration runner installs it
// (docs/decisions/0047-task-json-from-one-field-list.md).
import { getTableColumns } from 'drizzle-orm';
import { tasks } from '../../platform/db/schema.js';
import type { PresentedTask, Task } from './tasks.rows.js';
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

/** A timestamp as ISO 8601 UTC with milliseconds (doable_iso, migration 0005, does the same in SQL). */
const instant = (key: KeyOfType<Date>) => ({
  json: (task: PresentedTask) => (task[key] as Date).toISOString(),
  sql: (row: string) => `doable_iso(${column(key)(row)})`,
});

/** The same for a timestamp that may be null. */
const instantOrNull = (key: KeyOfType<Date | null>) => ({
  json: (task: PresentedTask) => (task[key] as Date | null)?.toISOString() ?? null,
  sql: (row: string) => `doable_iso(${column(key)(row)})`,
});

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
  parent_id: same('parentId'),
  position: same('position'),
  created_by: {
    json: (task) => task.createdBy ?? task.userId,
    sql: (row) => `coalesce(${column('createdBy')(row)}, ${column('userId')(row)})`,
  },
  assignee_id: same('assigneeId'),
  subtasks: { json: (task) => task.subtasks, sql: (row) => `doable_subtask_counts(${row}.id)` },
  created_at: instant('createdAt'),
  updated_at: instant('updatedAt'),
};

const FIELDS = Object.entries(TASK_JSON) as [keyof TaskJson, Field<keyof TaskJson>][];

export function toTaskJson(task: PresentedTask): TaskJson {
  const json: Record<string, unknown> = {};
  for (const [name, field] of FIELDS) json[name] = field.json(task);
  return json as TaskJson;
}

/** The body of doable_task_json(t tasks): toTaskJson's object, built in SQL. */
export const TASK_JSON_SQL_BODY = ` SELECT jsonb_build_object(${FIELDS.map(([name, field]) => `'${name}', ${field.sql('t')}`).join(', ')}) `;

/**
 * A task's JSON text in two stored parts (generated columns of tasks, migration 0027): `json_head`,
 * every field before the subtask counts and `"subtasks":`, and `json_tail`, the fields after them
 * with the closing brace; a list page reads `json_head || <its subtask counts> || json_tail`,
 * instead of building each task's JSON at every read (0.3 ms of Postgres CPU a 51-task page,
 * docs/decisions/0146-list-json-stored-with-each-task.md). Each part is `row_to_json` of the same
 * fields' SQL as doable_task_json, written as row_to_json writes it (compact, the fields in the
 * presenter's order, nested jsonb as Postgres prints it), so it reads as it did, byte for byte. Generated columns need
 * IMMUTABLE functions: these are, but for one setting, `extra_float_digits`, which writes
 * `position` (Postgres's default, 1, everywhere here; a session that lowers it writes rounded
 * positions into the rows it changes).
 */
const SUBTASKS_AT = FIELDS.findIndex(([name]) => name === 'subtasks');
if (SUBTASKS_AT < 1 || SUBTASKS_AT > FIELDS.length - 2)
  throw new Error('subtasks must be an inner field of the task JSON');

interface JsonPart {
  name: string;
  fields: typeof FIELDS;
  /** The part's text, given the JSON text of its fields' object. */
  text: (json: string) => string;
}
const JSON_PARTS: JsonPart[] = [
  {
    name: 'doable_task_json_head',
    fields: FIELDS.slice(0, SUBTASKS_AT),
    text: (json) => `left(${json}, -1) || ',"subtasks":'`,
  },
  {
    name: 'doable_task_json_tail',
    fields: FIELDS.slice(SUBTASKS_AT + 1),
    text: (json) => `',' || substr(${json}, 2)`,
  },
];

/** The stored columns a part is made of (its function's parameters, in the table's order). */
const partColumns = (part: JsonPart) =>
  Object.values(columns).filter((c) =>
    part.fields.some(([, field]) => new RegExp(`\\bt\\.${c.name}\\b`).test(field.sql('t'))),
  );

const partFunction = (part: JsonPart) =>
  `CREATE OR REPLACE FUNCTION ${part.name}(${partColumns(part)
    .map((c) => `"${c.name}" ${c.getSQLType().replace(/ ?\(\d+\)/, '')}`)
    .join(', ')})\n` +
  '  RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$\nBEGIN\n' +
  `  RETURN (SELECT ${part.text('row_to_json(j)::text')} FROM (SELECT ${part.fields
    .map(([field, { sql }]) => `${sql(part.name)} AS "${field}"`)
    .join(', ')}) j);\nEND $$`;

/** The functions of the two parts, as migration 0027 installs them (test/list-json.test.ts compares). */
export const TASK_JSON_PART_FUNCTIONS_SQL = JSON_PARTS.map(partFunction);

/** The generation expressions of json_head and json_tail (server/platform/db/schema.ts has them too; the test compares). */
export const TASK_JSON_PART_CALLS = JSON_PARTS.map(
  (part) =>
    `${part.name}(${partColumns(part)
      .map((c) => `"${c.name}"`)
      .join(', ')})`,
);

/** A task's JSON text from its stored parts, given the SQL name of its row and its subtask counts (jsonb, null for none). */
export const taskJsonTextSql = (row: string, subtasks: string) =>
  `${row}.json_head || coalesce((${subtasks})::text, '{"open": 0, "total": 0}') || ${row}.json_tail`;

/** Installs doable_task_json as TASK_JSON_SQL_BODY (migrations 0005, 0006 and 0008 made earlier versions). */
export const TASK_JSON_FUNCTION_SQL =
  'CREATE OR REPLACE FUNCTION doable_task_json(t tasks) RETURNS jsonb LANGUAGE sql STABLE PARALLEL SAFE ' +
  `AS $$${TASK_JSON_SQL_BODY}$$`;
