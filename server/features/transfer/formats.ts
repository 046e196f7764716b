// Task export as CSV (RFC 4180), one chunk per task so a large export can be streamed: header,
// one row per task. The iCalendar export writes with shared/ical/ical.ts.
import type { PlainName } from '../tasks/tasks.fields.js';
import type { TaskRow } from '../tasks/tasks.rows.js';
import type { TaskJson } from '../tasks/tasks.schema.js';

/**
 * A task as exported: the API's task (TaskJson) plus its uid, the stable identity import matches on
 * and the iCalendar UID, its list's and section's names and its parent's uid (ids do not survive a move to another
 * account). The recurring, list, subtask and plain fields (tasks.fields.ts) may be absent (an export writes them
 * when present).
 */
export type ExportTask = Omit<
  TaskJson,
  | 'recurrence'
  | 'recurrence_from'
  | 'series_task_id'
  | 'reminders'
  | 'list_id'
  | 'section_id'
  | 'parent_id'
  | 'position'
  | 'subtasks'
  | 'created_by'
  | 'assignee_id'
  | PlainName
> &
  Partial<
    Pick<
      TaskJson,
      'recurrence' | 'reminders' | 'list_id' | 'section_id' | 'parent_id' | 'position' | PlainName
    >
  > &
  Pick<TaskRow, 'uid'> & { list?: string | null; section?: string | null; parent_uid?: string | null };

// ---------------------------------------------------------------------------------------------
// CSV

/** Prepend to the whole file when the reader (Excel) needs it to recognise UTF-8. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
// A semicolon or a tab is quoted too, for a reader that honours quotes whatever its separator.
const NEEDS_QUOTES = /[",;\t\r\n]/;
// A spreadsheet whose list separator is `;` (or a tab) reads a quote only at the start of a cell:
// it starts a cell at `42,"a` and another at `=cmd|' /C calc'!A0`, whatever the quoting. So a
// formula character right after any separator or line break (or after quotes there) gets the
// apostrophe too: `a;'=cmd|' /C calc'!A0;b`.
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])(?="*[=+\-@])/g;

/**
 * Spreadsheets run a cell starting with =, +, -, @, tab or CR as a formula (OWASP "CSV
 * injection"), so user text starting that way, or holding such a character right after a comma,
 * semicolon, tab or line break (where a reader splitting on it starts a cell), gets an apostrophe
 * before it. An importer that wants the original text strips an apostrophe at the start or after
 * one of those separators when one of those characters follows it.
 */
function userText(value: string | null): string {
  if (value === null) return '';
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/**
 * Tags may contain commas, semicolons and quotes, so any separator would be ambiguous: the
 * cell holds the tags as a JSON array of strings (`["work","a, b"]`), empty when there are none.
 * A JSON array starts with `[`, so it can never be read as a formula.
 */
function tagsCell(tags: readonly string[]): string {
  // Each tag defused as a text cell is: the array's own commas and quotes then never precede a
  // formula character.
  return tags.length === 0 ? '' : JSON.stringify(tags.map(userText));
}

const CSV_FIELDS: readonly (readonly [string, (task: ExportTask) => string])[] = [
  ['id', (task) => String(task.id)],
  ['title', (task) => userText(task.title)],
  // A null description and an empty one both export as an empty cell.
  ['description', (task) => userText(task.description)],
  ['completed', (task) => String(task.completed)],
  ['completed_at', (task) => task.completed_at ?? ''],
  ['priority', (task) => task.priority],
  ['tags', (task) => tagsCell(task.tags)],
  ['due_date', (task) => task.due_date ?? ''],
  ['due_at', (task) => task.due_at ?? ''],
  ['created_at', (task) => task.created_at],
  ['updated_at', (task) => task.updated_at],
  // Last, so readers of the older columns by position are not affected.
  ['uid', (task) => task.uid],
  ['list', (task) => userText(task.list ?? null)],
  ['parent_uid', (task) => task.parent_uid ?? ''],
  ['section', (task) => userText(task.section ?? null)],
];

export const CSV_COLUMNS: readonly string[] = CSV_FIELDS.map(([name]) => name);

function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.map(csvField).join(',')}\r\n`;
}

/** One record, CRLF-terminated; fields with a comma, semicolon, quote, tab, CR or LF are quoted. */
export function csvRow(task: ExportTask): string {
  return `${CSV_FIELDS.map(([, cell]) => csvField(cell(task))).join(',')}\r\n`;
}
