// Task export as CSV (RFC 4180) and iCalendar VTODO (RFC 5545), one chunk per task so a
// large export can be streamed: header, one row or VTODO per task, footer.
import { ALL_DAY_REMINDER_MINUTES } from '#shared/reminders/anchor.js';
import type { TaskRow } from '../tasks/tasks.rows.js';
import type { TaskJson } from '../tasks/tasks.schema.js';

/**
 * A task as exported: the API's task (TaskJson) plus its uid, the stable identity import matches on
 * and the iCalendar UID, its list's and section's names and its parent's uid (ids do not survive a move to another
 * account). The recurring, list and subtask fields may be absent (an export writes them when present).
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
> &
  Partial<Pick<TaskJson, 'recurrence' | 'reminders' | 'list_id' | 'section_id' | 'parent_id' | 'position'>> &
  Pick<TaskRow, 'uid'> & { list?: string | null; section?: string | null; parent_uid?: string | null };

// ---------------------------------------------------------------------------------------------
// CSV

/** Prepend to the whole file when the reader (Excel) needs it to recognise UTF-8. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
// A semicolon or a tab is quoted too: a spreadsheet in a locale whose list separator is `;` (or
// one that splits on tabs) would otherwise cut `a;=cmd|' /C calc'!A0` into cells, one of them a
// formula. Quoted, it is one cell whatever the reader's separator.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * Spreadsheets run a cell starting with =, +, -, @, tab or CR as a formula (OWASP "CSV
 * injection"), so user text starting that way gets a leading apostrophe. An importer that
 * wants the original text strips an apostrophe followed by one of those characters.
 */
function userText(value: string | null): string {
  if (value === null) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Tags may contain commas, semicolons and quotes, so any separator would be ambiguous: the
 * cell holds the tags as a JSON array of strings (`["work","a, b"]`), empty when there are none.
 * A JSON array starts with `[`, so it can never be read as a formula.
 */
function tagsCell(tags: readonly string[]): string {
  return tags.length === 0 ? '' : userText(JSON.stringify(tags));
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

// ---------------------------------------------------------------------------------------------
// iCalendar

const MAX_LINE_OCTETS = 75;
const ICS_PRIORITY: Record<ExportTask['priority'], number | null> = {
  high: 1,
  medium: 5,
  low: 9,
  none: null, // RFC 5545: omitted is the same as 0, "undefined"
};

/**
 * One content line, folded so no physical line exceeds 75 octets of UTF-8 (RFC 5545 3.1).
 * Breaks fall between code points, never inside a multi-byte character; each continuation
 * line starts with one space, which counts towards its 75 octets.
 */
export function contentLine(line: string): string {
  // A UTF-16 code unit is at most 3 octets of UTF-8: short lines never need folding.
  if (line.length * 3 <= MAX_LINE_OCTETS) return `${line}\r\n`;
  let folded = '';
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const unit = line.charCodeAt(i);
    const next = line.charCodeAt(i + 1); // NaN past the end
    const pair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > MAX_LINE_OCTETS) {
      folded += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 1;
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  return `${folded}${line.slice(start)}\r\n`;
}

/**
 * TEXT value escaping (RFC 5545 3.3.11). Line breaks become `\n`; other control characters
 * (allowed in task text, not in iCalendar TEXT) are dropped, tab is kept.
 */
export function icsText(value: string): string {
  return (
    value
      .toWellFormed()
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\r\n|\r|\n/g, '\\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')
  );
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/** UTC DATE-TIME in basic format: 2026-11-21T09:00:00.000Z -> 20261121T090000Z. */
export function icsDateTime(instant: string | Date): string {
  // The API's own instants are sliced directly: parsing 100,000 x 5 dates is the slow part.
  const iso =
    typeof instant === 'string' && ISO_UTC.test(instant) ? instant : new Date(instant).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** DATE: 2026-11-24 -> 20261124. */
export function icsDate(day: string): string {
  return day.replaceAll('-', '');
}

export function icsHeader(options: { calendarName: string; now: Date }): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Doable//Doable//EN',
    'CALSCALE:GREGORIAN',
    `NAME:${icsText(options.calendarName)}`, // RFC 7986
    `X-WR-CALNAME:${icsText(options.calendarName)}`, // what Apple and Google Calendar read
    `LAST-MODIFIED:${icsDateTime(options.now)}`, // RFC 7986: when this export was made
  ]
    .map(contentLine)
    .join('');
}

/**
 * One VTODO. Its UID is the task's uid, a UUID as RFC 7986 (5.3) recommends: the same task keeps it
 * in every export, and after an import into another account or server.
 */
export function icsTodo(task: ExportTask, options: { now: Date }): string {
  const lines = [
    'BEGIN:VTODO',
    `UID:${icsText(task.uid)}`,
    `DTSTAMP:${icsDateTime(options.now)}`,
    `CREATED:${icsDateTime(task.created_at)}`,
    `LAST-MODIFIED:${icsDateTime(task.updated_at)}`,
    `SUMMARY:${icsText(task.title)}`,
  ];
  if (task.description) lines.push(`DESCRIPTION:${icsText(task.description)}`);
  lines.push(`STATUS:${task.completed ? 'COMPLETED' : 'NEEDS-ACTION'}`);
  if (task.completed_at) lines.push(`COMPLETED:${icsDateTime(task.completed_at)}`);
  if (task.completed) lines.push('PERCENT-COMPLETE:100');
  const priority = ICS_PRIORITY[task.priority];
  if (priority !== null) lines.push(`PRIORITY:${priority}`);
  if (task.tags.length > 0) lines.push(`CATEGORIES:${task.tags.map(icsText).join(',')}`);
  // RFC 5545 RELATED-TO (RELTYPE=PARENT is the default): the parent to-do's UID.
  if (task.parent_uid) lines.push(`RELATED-TO:${icsText(task.parent_uid)}`);
  if (task.list) lines.push(`X-DOABLE-LIST:${icsText(task.list)}`);
  // A task has at most one of the two; a timed due wins if both were ever set.
  if (task.due_at) lines.push(`DUE:${icsDateTime(task.due_at)}`);
  else if (task.due_date) lines.push(`DUE;VALUE=DATE:${icsDate(task.due_date)}`);
  // A recurring to-do: RRULE needs DTSTART (RFC 5545), the current occurrence's due moment.
  if (task.recurrence && (task.due_at || task.due_date)) {
    lines.push(
      task.due_at ? `DTSTART:${icsDateTime(task.due_at)}` : `DTSTART;VALUE=DATE:${icsDate(task.due_date!)}`,
    );
    lines.push(`RRULE:${task.recurrence}`);
  }
  for (const reminder of task.reminders ?? []) {
    const trigger = icsTrigger(reminder, task);
    if (trigger === null) continue;
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsText(task.title)}`, trigger, 'END:VALARM');
  }
  lines.push('END:VTODO');
  return lines.map(contentLine).join('');
}

/** A signed RFC 5545 DURATION of whole minutes: -90 -> -PT1H30M, 2880 -> P2D. */
function icsDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.abs(minutes);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const time = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`;
  if (days && !time) return `${sign}P${days}D`;
  return `${sign}P${days ? `${days}D` : ''}T${time || '0M'}`;
}

/**
 * A reminder as a VALARM TRIGGER: an `at` reminder at its instant; a relative one from the due
 * moment (RELATED=END is DUE for a VTODO). An all-day task's reminders count back from 09:00 that
 * day, so they are offset from the start of the DATE. Without a due moment there is no alarm.
 */
function icsTrigger(reminder: { at?: string; minutes_before?: number }, task: ExportTask): string | null {
  if (reminder.at) return `TRIGGER;VALUE=DATE-TIME:${icsDateTime(reminder.at)}`;
  const before = reminder.minutes_before ?? 0;
  if (task.due_at) return `TRIGGER;RELATED=END:${icsDuration(-before)}`;
  if (task.due_date) return `TRIGGER;RELATED=END:${icsDuration(ALL_DAY_REMINDER_MINUTES - before)}`;
  return null;
}

export function icsFooter(): string {
  return contentLine('END:VCALENDAR');
}
