// Imports from other apps: a Todoist project exported as CSV (its import/export template: TYPE,
// CONTENT, DESCRIPTION, PRIORITY, INDENT, ..., DATE, DATE_LANG, TIMEZONE, DURATION, DURATION_UNIT;
// one file per project), a Todoist backup (a ZIP of those CSVs, one per project) and a TickTick
// backup (CSV, a few lines about the file, then one row per task with its list, tags, dates,
// status, order and parent). Each becomes our own import document (transfer.schema.ts), so the same
// validation and the same all-or-nothing import by uid apply; uids are derived from the file, so
// importing the same file again skips what it already brought. Dates written as words (Todoist's
// DATE, a TickTick date that is not a machine date) are read by the product's one time reader
// (readWhen); a date it does not understand whole is kept as text in the task's description and
// named in the answer (dates_as_text), never dropped nor half read. Pure: no database.
//
// The parts: import.todoist.ts (Todoist's CSV and backup), import.ticktick.ts (TickTick's backup),
// import.foreign.dates.ts (an imported row's dates and durations), import.foreign.shared.ts (the
// task and document they make, the answer's lists, uids, titles and tags), import.csv.ts (CSV).

export const FOREIGN_SOURCES = ['todoist', 'ticktick'] as const;
export type ForeignSource = (typeof FOREIGN_SOURCES)[number];

export { ForeignFormatError, parseCsv } from './import.csv.js';
export { type Reading, readDate } from './import.foreign.dates.js';
export {
  type DatesAsText,
  type ForeignImport,
  type ForeignTask,
  type LeftOut,
  MAX_LEFT_OUT_ROWS,
} from './import.foreign.shared.js';
export { fromTickTickCsv } from './import.ticktick.js';
export { fromTodoistBackup, fromTodoistCsv, projectNameOf, type TodoistOptions } from './import.todoist.js';
