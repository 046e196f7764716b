// The task list's JSON fast path: a REST list page is JSON text that Postgres builds, from two parts
// stored with each task (generated columns json_head and json_tail) around its subtask counts, and
// the route sends as it is. What it buys (docs/decisions/0100-list-pages.md): pages as JSON from Postgres, 1.10-1.57x the requests/s
// at 10 connections and 1.38-1.85x at 50, Node CPU per request down 0.33-0.84 ms; the stored parts,
// the default page's statement at 0.33 against 0.63 ms of backend CPU (Postgres CPU per list request
// 0.20-0.21 against 0.41-0.44 ms under npm run bench), for 8 + 4.5 µs more per written row. The
// parts are made from the presenter's field list (tasks.presenter.ts), so the text is what
// toTaskJson gives, byte for byte; test/list-json.test.ts holds both to it. listTasks (rows into
// tasks) stays for the assistant's tools; both run the same statements (tasks.list.sql.ts).
import { createHash } from 'node:crypto';
import { getTableColumns } from 'drizzle-orm';
import { tasks } from '../../platform/db/schema.js';
import { FIELDS } from './tasks.presenter.js';

const columns = getTableColumns(tasks);

/**
 * A task's JSON text in two stored parts (generated columns of tasks, built by TASK_JSON_PARTS_BUILD_SQL): `json_head`,
 * every field before the subtask counts and `"subtasks":`, and `json_tail`, the fields after them
 * with the closing brace; a list page reads `json_head || <its subtask counts> || json_tail`,
 * instead of building each task's JSON at every read (0.3 ms of Postgres CPU a 51-task page,
 * docs/decisions/0100-list-pages.md). Each part is `row_to_json` of the same
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

/** The functions of the two parts (test/list-json.test.ts compares them with the database's). */
export const TASK_JSON_PART_FUNCTIONS_SQL = JSON_PARTS.map(partFunction);

/** The generation expressions of json_head and json_tail. */
export const TASK_JSON_PART_CALLS = JSON_PARTS.map(
  (part) =>
    `${part.name}(${partColumns(part)
      .map((c) => `"${c.name}"`)
      .join(', ')})`,
);

/** What the stored parts are made of, as one value: kept as json_head's comment once they are built. */
export const TASK_JSON_PARTS_MARK = `doable:${createHash('sha256')
  .update([...TASK_JSON_PART_FUNCTIONS_SQL, ...TASK_JSON_PART_CALLS].join('\n'))
  .digest('hex')
  .slice(0, 32)}`;

/**
 * The statements that build the stored parts anew from the presenter's field list, for a database
 * whose json_head does not carry TASK_JSON_PARTS_MARK: the columns and every version of their
 * functions dropped, the functions made, the columns added (Postgres computes them for every row)
 * and marked. Not in the migrations: a new task field is a column the migration adds, and these
 * follow it at the next start (server/migrate.ts).
 */
export const TASK_JSON_PARTS_BUILD_SQL = [
  'ALTER TABLE tasks DROP COLUMN IF EXISTS json_head, DROP COLUMN IF EXISTS json_tail',
  `DO $$ DECLARE f regprocedure; BEGIN
  FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
    WHERE p.proname IN (${JSON_PARTS.map((part) => `'${part.name}'`).join(', ')})
      AND p.pronamespace = current_schema()::regnamespace
  LOOP EXECUTE 'DROP FUNCTION ' || f; END LOOP;
END $$`,
  ...TASK_JSON_PART_FUNCTIONS_SQL,
  `ALTER TABLE tasks ${['json_head', 'json_tail']
    .map((name, i) => `ADD COLUMN ${name} text GENERATED ALWAYS AS (${TASK_JSON_PART_CALLS[i]}) STORED`)
    .join(', ')}`,
  `COMMENT ON COLUMN tasks.json_head IS '${TASK_JSON_PARTS_MARK}'`,
];

/** A task's JSON text from its stored parts, given the SQL name of its row and its subtask counts (jsonb, null for none). */
const taskJsonTextSql = (row: string, subtasks: string) =>
  `${row}.json_head || coalesce((${subtasks})::text, '{"open": 0, "total": 0}') || ${row}.json_tail`;

/**
 * What the JSON statements read of a page's task: its id and owner, the columns a sort shows (the
 * order of a merged page), and its stored JSON text's two parts.
 */
export const JSON_SELECT = 'id, user_id, created_at, updated_at, priority, position, json_head, json_tail';

/**
 * A task's JSON text as column `json`, given the SQL name of its row and its subtask counts: the
 * stored parts around the counts (docs/decisions/0100-list-pages.md).
 */
export const jsonColumn = (row: string, subtasks: string) => `${taskJsonTextSql(row, subtasks)} as json`;

/**
 * A page's JSON text ({tasks, count, next_cursor}, as TaskListSchema serializes it) from each task's
 * JSON text (the `json` column of the JSON statements).
 */
export function listPageJson(
  rows: { json?: string }[],
  count: number | null,
  countExact: boolean,
  nextCursor: string | null,
): string {
  let tasks = '';
  for (const row of rows) tasks += tasks === '' ? row.json : `,${row.json}`;
  // count_exact only when false (a search that stopped counting at its window): every other page
  // reads as it always did.
  const exact = countExact ? '' : ',"count_exact":false';
  return `{"tasks":[${tasks}],"count":${count === null ? 'null' : count}${exact},"next_cursor":${nextCursor === null ? 'null' : JSON.stringify(nextCursor)}}`;
}
