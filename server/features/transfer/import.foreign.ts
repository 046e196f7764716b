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
import { createHash } from 'node:crypto';
import type { DateOrder } from '#shared/quickadd/quickadd.words.js';
import { parseRule } from '#shared/recurrence/index.js';
import { readWhen } from '#shared/when/read.js';
import { dayIn } from '#shared/time/zone.js';
import { MAX_DURATION_MINUTES } from '../tasks/tasks.fields.js';
import { DESCRIPTION_MAX } from '../tasks/tasks.schema.js';
import { MAX_DEPTH } from '../tasks/tasks.tree.constants.js';
import { ForeignFormatError, parseCsvRows } from './import.csv.js';
import { readZip } from './import.zip.js';
import { IMPORT_MAX_TASKS } from './transfer.schema.js';

export const FOREIGN_SOURCES = ['todoist', 'ticktick'] as const;
export type ForeignSource = (typeof FOREIGN_SOURCES)[number];

export { ForeignFormatError, parseCsv } from './import.csv.js';

export interface ForeignTask {
  uid: string;
  title: string;
  description: string | null;
  completed: boolean;
  completed_at: string | null;
  priority: 'none' | 'low' | 'medium' | 'high';
  tags: string[];
  due_date: string | null;
  due_at: string | null;
  recurrence: string | null;
  recurrence_from?: 'due' | 'completion' | null;
  duration?: number | null;
  deadline?: string | null;
  list: string | null;
  /** Its section in its list (Todoist's sections, TickTick's kanban columns); null: none. */
  section: string | null;
  parent_uid: string | null;
  position: number;
  created_at?: string;
}

export interface ForeignImport {
  format: 'doable-export';
  version: 1;
  lists: { name: string; color: string | null; sections: { name: string; position: number }[] }[];
  tasks: ForeignTask[];
  /** Rows of the file that make no task, and why (not part of the import document). */
  left_out: LeftOut;
  /** Tasks whose date the reader did not understand whole: kept as text (not part of the document). */
  dates_as_text: DatesAsText;
}

/** Rows of a file left out: how many, and the first MAX_LEFT_OUT_ROWS with their line and reason. */
export interface LeftOut {
  count: number;
  /** `file`: the CSV in a ZIP the row is in. */
  rows: { line: number; reason: string; file?: string }[];
}

/**
 * Tasks whose date was kept as text (in the description, "Due: ..."), the reader not understanding
 * it whole: how many, and the first MAX_LEFT_OUT_ROWS with their line, the text and, when the file
 * says the date is in a language other than English, that language (Todoist's DATE_LANG).
 */
export interface DatesAsText {
  count: number;
  rows: { line: number; text: string; file?: string; language?: string }[];
}

/** The rows left out a file's answer names one by one (the rest are counted). */
export const MAX_LEFT_OUT_ROWS = 100;

function leftOutRows(file?: string): LeftOut & { add(line: number, reason: string): void } {
  const out = {
    count: 0,
    rows: [] as LeftOut['rows'],
    add(line: number, reason: string) {
      out.count++;
      if (out.rows.length < MAX_LEFT_OUT_ROWS) out.rows.push({ line, reason, ...(file ? { file } : {}) });
    },
  };
  return out;
}

function datesAsTextRows(
  file?: string,
): DatesAsText & { add(line: number, text: string, language?: string): void } {
  const out = {
    count: 0,
    rows: [] as DatesAsText['rows'],
    add(line: number, text: string, language?: string) {
      out.count++;
      if (out.rows.length < MAX_LEFT_OUT_ROWS)
        out.rows.push({
          line,
          text: cut(text, 200),
          ...(file ? { file } : {}),
          ...(language ? { language } : {}),
        });
    },
  };
  return out;
}

/** A row with nothing in any cell: a spacer, never worth a word. */
const blank = (row: string[]) => row.every((cell) => cell.trim() === '');

/** A section's name as a section can have it: at most 100 characters, or null when empty. */
const sectionName = (text: string) => cut(title(text), 100) || null;

const MAX_ROWS = 100_000;

/**
 * Counts the tasks a file makes as they are made, so a file that would make more than one import
 * may (IMPORT_MAX_TASKS, checklist items and subtasks included) is refused as soon as it passes it,
 * before the rest is converted: a few KB of TickTick checklist lines make thousands of tasks.
 */
function tooMany(count: number, max: number): void {
  if (count > max) {
    throw new ForeignFormatError(
      `This file would create more than ${max} tasks (checklist items and subtasks count as tasks); ` +
        `at most ${max} tasks per import: split it`,
    );
  }
}

/** A UUID (version 5 layout) from a SHA-1 of the parts: the same file gives the same uids. */
function uidOf(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 32).split('');
  h[12] = '5';
  h[16] = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const cut = (s: string, max: number) => ([...s].length <= max ? s : `${[...s].slice(0, max - 1).join('')}…`);
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;

function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cut(raw.normalize('NFC').replace(CONTROL, '').replace(/^#+/, '').trim(), 32);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out.slice(0, 20);
}

/** The longest title and description a task has (tasks.schema.ts). */
const TITLE_MAX = 200;

const title = (s: string) => s.replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();
const description = (s: string) => {
  const text = s.replace(/\r\n?/gu, '\n').trim();
  return text ? cut(text, DESCRIPTION_MAX) : null;
};

/**
 * A task's title and description from another app's text: a title longer than ours is shortened
 * (ending with …) and kept whole at the head of the description, never lost; one too long for a
 * description either is refused, naming the line.
 */
function titled(
  name: string,
  notes: string | null,
  line: number,
): { title: string; description: string | null } {
  const length = [...name].length;
  if (length <= TITLE_MAX) return { title: name, description: notes };
  if (length > DESCRIPTION_MAX) {
    throw new ForeignFormatError(
      `Line ${line}: a title of ${length} characters; a task keeps at most ${DESCRIPTION_MAX} ` +
        `(${TITLE_MAX} in its title, the whole text in its description): shorten it`,
    );
  }
  return { title: cut(name, TITLE_MAX), description: description(notes ? `${name}\n\n${notes}` : name) };
}

/** A zone a file names, if Intl knows it; else the account's. */
function zoneOr(named: string, fallback: string): string {
  if (!named) return fallback;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: named });
    return named;
  } catch {
    return fallback;
  }
}

const TODOIST_PRIORITY: Record<string, ForeignTask['priority']> = {
  '1': 'high',
  '2': 'medium',
  '3': 'low',
  '4': 'none',
};

/** What a date in words says, in the task's fields; null when the reader did not understand it whole. */
type When = Pick<
  ForeignTask,
  'due_date' | 'due_at' | 'recurrence' | 'recurrence_from' | 'duration' | 'deadline'
>;

const NO_WHEN: When = { due_date: null, due_at: null, recurrence: null };

/** How a file's dates in words are read: when, where, and how its numeric dates are written. */
export interface Reading {
  now: Date;
  timeZone: string;
  dateOrder?: DateOrder | null;
}

/**
 * A date in words read by the product's time reader (readWhen): its fields when the reader took every
 * word of it as time and what it says can be kept (a repeat with its first due moment, a valid
 * rule), else null: the caller keeps the text. Urdu words are not read (no other app writes them).
 */
export function readDate(text: string, reading: Reading): When | null {
  const phrase = text.trim();
  if (!phrase) return NO_WHEN;
  let read: ReturnType<typeof readWhen>;
  try {
    read = readWhen(phrase, { ...reading, urdu: false });
  } catch {
    return null;
  }
  if (read.rest.trim() !== '') return null;
  const when: When = { due_date: read.due_date, due_at: read.due_at, recurrence: null };
  if (read.recurrence !== null) {
    const rule = parseRule(read.recurrence);
    if (!rule.ok || (read.due_date === null && read.due_at === null)) return null;
    when.recurrence = rule.normalized;
    if (read.recurrence_from) when.recurrence_from = read.recurrence_from;
  }
  if (read.duration !== null) when.duration = read.duration;
  if (read.deadline !== null) when.deadline = read.deadline;
  if (when.due_date === null && when.due_at === null && when.deadline == null && when.duration == null)
    return null;
  return when;
}

/** Todoist's DURATION and DURATION_UNIT (minute or day) in minutes, or null when they say none we keep. */
function minutesOf(amount: string, unit: string): number | null {
  if (!/^\d+$/u.test(amount.trim())) return null;
  const n = Number(amount) * (unit.trim().toLowerCase() === 'day' ? 1440 : 1);
  return n >= 1 && n <= MAX_DURATION_MINUTES ? n : null;
}

export interface TodoistOptions {
  listName: string;
  /** The account's zone: a row's TIMEZONE when it names none Intl knows. */
  timeZone: string;
  /** The moment relative dates are read from ("tomorrow"): the import's (default now). */
  now?: Date;
  /** How the account writes numeric dates ("27/1" or "1/27"). */
  dateOrder?: DateOrder | null;
  maxTasks?: number;
  /** The file's name in a ZIP, for the rows an answer names. */
  file?: string;
  /** Told apart from another file of the same list name in one ZIP (part of every uid). */
  uidSalt?: string;
}

/** A Todoist project's CSV export (one file per project; its name becomes the list). */
export function fromTodoistCsv(text: string, options: TodoistOptions): ForeignImport {
  const maxTasks = options.maxTasks ?? IMPORT_MAX_TASKS;
  const { rows, lines } = parseCsvRows(text);
  const header = rows[0]?.map((h) => h.trim().toUpperCase()) ?? [];
  if (header[0] !== 'TYPE' || !header.includes('CONTENT')) {
    throw new ForeignFormatError(
      `${options.file ? `${options.file}: ` : ''}This is not a Todoist CSV export: its first line must start with TYPE,CONTENT`,
    );
  }
  if (rows.length > MAX_ROWS + 1) throw new ForeignFormatError(`At most ${MAX_ROWS} rows per file`);
  const col = (name: string) => header.indexOf(name);
  const [
    TYPE,
    CONTENT,
    DESCRIPTION,
    PRIORITY,
    INDENT,
    DATE,
    DATE_LANG,
    TIMEZONE,
    DURATION,
    DURATION_UNIT,
    DEADLINE,
  ] = [
    'TYPE',
    'CONTENT',
    'DESCRIPTION',
    'PRIORITY',
    'INDENT',
    'DATE',
    'DATE_LANG',
    'TIMEZONE',
    'DURATION',
    'DURATION_UNIT',
    'DEADLINE',
  ].map(col) as number[];
  const list = cut(options.listName.trim() || 'Todoist', 100);
  const now = options.now ?? new Date();
  const tasks: ForeignTask[] = [];
  /** The latest task at each indent (1-based), for nesting. */
  const latest: ForeignTask[] = [];
  let section: string | null = null;
  let sectionSeen = 0;
  const sections: { name: string; position: number }[] = [];
  const leftOut = leftOutRows(options.file);
  const asText = datesAsTextRows(options.file);
  const salt = options.uidSalt ? [options.uidSalt] : [];
  for (const [n, row] of rows.slice(1).entries()) {
    const cell = (i: number) => (i >= 0 ? (row[i] ?? '') : '');
    const type = cell(TYPE!).trim().toLowerCase();
    const rowLine = lines[n + 1]!;
    if (type === 'section') {
      section = sectionName(cell(CONTENT!));
      sectionSeen++;
      if (section && !sections.some((s) => s.name.toLowerCase() === section!.toLowerCase()))
        sections.push({ name: section, position: (sections.length + 1) * 1024 });
      latest.length = 0;
      continue;
    }
    if (type === 'note') {
      const task = tasks.at(-1);
      const note = cell(CONTENT!).trim();
      if (task && note)
        task.description = description(task.description ? `${task.description}\n\n${note}` : note);
      else if (note) leftOut.add(rowLine, 'a note before any task: there is no task to add it to');
      continue;
    }
    if (type !== 'task') {
      // meta rows hold the project's view settings; blank rows space the file out.
      if (type !== 'meta' && !blank(row))
        leftOut.add(rowLine, `a row of type "${cut(type, 40)}": Todoist's rows are task, section and note`);
      continue;
    }
    const labels: string[] = [];
    const content = cell(CONTENT!).replace(/(^|\s)@([^\s@]+)/gu, (_, space: string, label: string) => {
      labels.push(label);
      return space;
    });
    const full = title(content);
    if (!full) {
      leftOut.add(rowLine, 'a task with no title');
      continue;
    }
    const line = rowLine;
    // The title as the task has it (cut, when too long, to what titled keeps): part of the uid.
    const name = cut(full, TITLE_MAX);
    const indent = Math.min(MAX_DEPTH, Math.max(1, Number.parseInt(cell(INDENT!), 10) || 1));
    const reading: Reading = {
      now,
      timeZone: zoneOr(cell(TIMEZONE!).trim(), options.timeZone),
      dateOrder: options.dateOrder ?? null,
    };
    // DATE_LANG names the language of DATE: English (en, or none said) is what the reader knows;
    // another is tried all the same (a date such as 2025-06-01 reads in any) and named when kept.
    const language = cell(DATE_LANG!).trim().toLowerCase();
    const foreign = language !== '' && language !== 'en' ? language : undefined;
    const dateText = cell(DATE!).trim();
    const when = readDate(dateText, reading);
    const notes = [cell(DESCRIPTION!)];
    if (when === null) {
      notes.push(`Due: ${dateText}`);
      asText.add(line, dateText, foreign);
    }
    const deadlineText = cell(DEADLINE!).trim();
    const deadline = deadlineText ? readDate(deadlineText, reading) : NO_WHEN;
    const deadlineDay =
      deadline === null || deadline.recurrence !== null || deadline.due_at !== null
        ? undefined
        : (deadline.due_date ?? deadline.deadline ?? undefined);
    if (deadlineText && deadlineDay === undefined) {
      notes.push(`Deadline: ${deadlineText}`);
      asText.add(line, deadlineText, foreign);
    }
    const minutes = minutesOf(cell(DURATION!), cell(DURATION_UNIT!));
    if (minutes === null && cell(DURATION!).trim())
      notes.push(`Duration: ${cell(DURATION!).trim()} ${cell(DURATION_UNIT!).trim()}`.trim());
    const parent = indent > 1 ? latest[Math.min(indent, latest.length + 1) - 2] : undefined;
    const task: ForeignTask = {
      uid: uidOf('todoist', ...salt, list, String(sectionSeen), String(n), name),
      ...titled(full, description(notes.filter((s) => s.trim()).join('\n\n')), line),
      completed: false,
      completed_at: null,
      priority: TODOIST_PRIORITY[cell(PRIORITY!).trim()] ?? 'none',
      tags: cleanTags(labels),
      ...(when ?? NO_WHEN),
      ...(minutes === null ? {} : { duration: minutes }),
      ...(deadlineDay === undefined ? {} : { deadline: deadlineDay }),
      list,
      section,
      parent_uid: parent?.uid ?? null,
      position: (tasks.length + 1) * 1024,
    };
    tasks.push(task);
    tooMany(tasks.length, maxTasks);
    latest.length = Math.min(latest.length, indent - 1);
    latest[indent - 1] = task;
  }
  return {
    format: 'doable-export',
    version: 1,
    lists: [{ name: list, color: null, sections }],
    tasks,
    left_out: { count: leftOut.count, rows: leftOut.rows },
    dates_as_text: { count: asText.count, rows: asText.rows },
  };
}

/** A project's name from its file's in a backup: no folder, no .csv, no " [id]" Todoist adds. */
export const projectNameOf = (file: string) =>
  cut(title((file.split('/').pop() ?? file).replace(/\.csv$/iu, '').replace(/\s*\[\d+\]$/u, '')), 100) ||
  'Todoist';

/**
 * A Todoist backup: a ZIP of CSV exports, one per project. Each file becomes a list named after it,
 * with its sections; the answer's rows name the file they are in. Limits: readZip's, and one
 * import's tasks across the files.
 */
export function fromTodoistBackup(
  bytes: Uint8Array,
  options: Omit<TodoistOptions, 'listName' | 'file'>,
): ForeignImport {
  const maxTasks = options.maxTasks ?? IMPORT_MAX_TASKS;
  const files = readZip(bytes, ['.csv']);
  if (files.length === 0)
    throw new ForeignFormatError('This ZIP file holds no CSV file: a Todoist backup holds one per project');
  const out: ForeignImport = {
    format: 'doable-export',
    version: 1,
    lists: [],
    tasks: [],
    left_out: { count: 0, rows: [] },
    dates_as_text: { count: 0, rows: [] },
  };
  const decoder = new TextDecoder();
  const seen = new Map<string, number>();
  for (const file of files) {
    const listName = projectNameOf(file.name);
    const key = listName.toLowerCase();
    const times = seen.get(key) ?? 0;
    seen.set(key, times + 1);
    const one = fromTodoistCsv(decoder.decode(file.bytes), {
      ...options,
      listName,
      file: file.name,
      maxTasks: maxTasks - out.tasks.length,
      ...(times > 0 ? { uidSalt: file.name } : {}),
    });
    for (const list of one.lists) {
      const same = out.lists.find((l) => l.name.toLowerCase() === list.name.toLowerCase());
      if (!same) out.lists.push(list);
      else
        for (const s of list.sections)
          if (!same.sections.some((t) => t.name.toLowerCase() === s.name.toLowerCase()))
            same.sections.push({ name: s.name, position: (same.sections.length + 1) * 1024 });
    }
    out.tasks.push(...one.tasks);
    out.left_out.count += one.left_out.count;
    out.left_out.rows.push(...one.left_out.rows.slice(0, MAX_LEFT_OUT_ROWS - out.left_out.rows.length));
    out.dates_as_text.count += one.dates_as_text.count;
    out.dates_as_text.rows.push(
      ...one.dates_as_text.rows.slice(0, MAX_LEFT_OUT_ROWS - out.dates_as_text.rows.length),
    );
  }
  return out;
}

const TICKTICK_PRIORITY: Record<string, ForeignTask['priority']> = {
  '0': 'none',
  '1': 'low',
  '3': 'medium',
  '5': 'high',
};

/** "2024-05-01T09:00:00+0000" (TickTick's form) as an ISO instant, or null. */
function tickTickInstant(text: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})([+-]\d{2}):?(\d{2})$/u.exec(text.trim());
  if (!m) return null;
  const at = new Date(`${m[1]}T${m[2]}${m[3]}:${m[4]}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** A TickTick backup (Settings, Backup: a CSV of every list). */
export function fromTickTickCsv(
  text: string,
  options: { timeZone: string; now?: Date; dateOrder?: DateOrder | null; maxTasks?: number },
): ForeignImport {
  const maxTasks = options.maxTasks ?? IMPORT_MAX_TASKS;
  const now = options.now ?? new Date();
  const { rows, lines } = parseCsvRows(text);
  const at = rows.findIndex((r) => r.includes('Title') && r.includes('List Name'));
  if (at < 0)
    throw new ForeignFormatError('This is not a TickTick backup: no header row with "List Name" and "Title"');
  if (rows.length - at - 1 > MAX_ROWS) throw new ForeignFormatError(`At most ${MAX_ROWS} rows per file`);
  const header = rows[at]!;
  const col = (name: string) => header.indexOf(name);
  const lists: ForeignImport['lists'] = [];
  /** Each list's kanban columns (sections) by name, with TickTick's order of them. */
  const columns = new Map<string, Map<string, { name: string; order: number }>>();
  const tasks: ForeignTask[] = [];
  const byId = new Map<string, ForeignTask>();
  const parentOf = new Map<ForeignTask, string>();
  const order = new Map<ForeignTask, number>();
  const leftOut = leftOutRows();
  const asText = datesAsTextRows();
  for (const [n, row] of rows.slice(at + 1).entries()) {
    const cell = (name: string) => (col(name) >= 0 ? (row[col(name)] ?? '').trim() : '');
    const full = title(cell('Title'));
    const line = lines[at + 1 + n]!;
    if (!full) {
      if (!blank(row)) leftOut.add(line, 'a task with no title');
      continue;
    }
    // The title as the task has it (cut, when too long, to what titled keeps): part of the uid.
    const name = cut(full, TITLE_MAX);
    const list = cut(cell('List Name'), 100) || null;
    if (list && !lists.some((l) => l.name.toLowerCase() === list.toLowerCase()))
      lists.push({ name: list, color: null, sections: [] });
    const section = list ? sectionName(cell('Column Name')) : null;
    if (list && section) {
      const key = list.toLowerCase();
      const ofList = columns.get(key) ?? new Map<string, { name: string; order: number }>();
      columns.set(key, ofList);
      if (!ofList.has(section.toLowerCase()))
        ofList.set(section.toLowerCase(), { name: section, order: Number(cell('Column Order')) || 0 });
    }
    const zone = zoneOr(cell('Timezone'), options.timeZone);
    // Its dates as TickTick writes them (an instant, its zone, all day or not, an RRULE); a date
    // written as words instead is read by the time reader, and kept as text when it is not read.
    const notes: string[] = [];
    const dueText = cell('Due Date') || cell('Start Date');
    const dueInstant = tickTickInstant(cell('Due Date')) ?? tickTickInstant(cell('Start Date'));
    const allDay = cell('Is All Day').toLowerCase() === 'true';
    let due: When = NO_WHEN;
    if (dueInstant) {
      due = allDay
        ? { due_date: dayIn(new Date(dueInstant), zone), due_at: null, recurrence: null }
        : { due_date: null, due_at: dueInstant, recurrence: null };
    } else if (dueText) {
      const read = readDate(dueText, { now, timeZone: zone, dateOrder: options.dateOrder ?? null });
      if (read) due = read;
      else {
        notes.push(`Due: ${dueText}`);
        asText.add(line, dueText);
      }
    }
    const repeat = cell('Repeat').replace(/^RRULE:/iu, '');
    if (repeat) {
      const rule = parseRule(repeat);
      const phrase = rule.ok
        ? null
        : readDate(repeat, { now, timeZone: zone, dateOrder: options.dateOrder ?? null });
      const dated = due.due_date !== null || due.due_at !== null;
      if (rule.ok && dated) due = { ...due, recurrence: rule.normalized };
      else if (phrase?.recurrence && dated)
        due = { ...due, recurrence: phrase.recurrence, recurrence_from: phrase.recurrence_from ?? null };
      else if (phrase?.recurrence && !dueText) due = phrase;
      else {
        notes.push(`Repeat: ${repeat}`);
        asText.add(line, repeat);
      }
    }
    const status = cell('Status');
    const completed = status === '1' || status === '2';
    const id = cell('taskId');
    const task: ForeignTask = {
      uid: uidOf('ticktick', id || `${list}\u0000${name}\u0000${tasks.length}`),
      title: name,
      description: null,
      completed,
      completed_at: completed ? tickTickInstant(cell('Completed Time')) : null,
      priority: TICKTICK_PRIORITY[cell('Priority')] ?? 'none',
      tags: cleanTags(cell('Tags').split(',')),
      ...due,
      list,
      section,
      parent_uid: null,
      position: 0,
      ...(tickTickInstant(cell('Created Time'))
        ? { created_at: tickTickInstant(cell('Created Time'))! }
        : {}),
    };
    // A checklist's items are lines of its content ("▫item", "▪done item"): they become subtasks.
    const content = cell('Content');
    const items: { text: string; done: boolean }[] = [];
    const rest: string[] = [];
    for (const text of content.split(/\r?\n/u)) {
      const item = /^\s*([▫▪])\s*(.+)$/u.exec(text);
      if (cell('Kind').toUpperCase() === 'CHECKLIST' && item)
        items.push({ text: item[2]!, done: item[1] === '▪' });
      else rest.push(text);
    }
    const body = [rest.join('\n'), ...notes].filter((part) => part.trim()).join('\n\n');
    Object.assign(task, titled(full, description(body), line));
    tasks.push(task);
    tooMany(tasks.length + items.length, maxTasks);
    order.set(task, Number(cell('Order')) || 0);
    if (id) byId.set(id, task);
    if (cell('parentId')) parentOf.set(task, cell('parentId'));
    items.forEach((item, i) => {
      const sub: ForeignTask = {
        ...task,
        uid: uidOf('ticktick-item', task.uid, String(i)),
        ...titled(title(item.text) || `Item ${i + 1}`, null, line),
        completed: item.done || completed,
        completed_at: item.done || completed ? task.completed_at : null,
        tags: [],
        due_date: null,
        due_at: null,
        recurrence: null,
        recurrence_from: null,
        duration: null,
        deadline: null,
        parent_uid: task.uid,
        position: (i + 1) * 1024,
      };
      delete sub.created_at;
      tasks.push(sub);
    });
  }
  for (const [task, parentId] of parentOf) {
    const parent = byId.get(parentId);
    if (parent && parent !== task && depth(parent, parentOf, byId) < MAX_DEPTH) {
      task.parent_uid = parent.uid;
      task.list = parent.list;
      task.section = parent.section;
    }
  }
  for (const list of lists) {
    const ofList = [...(columns.get(list.name.toLowerCase())?.values() ?? [])];
    list.sections = ofList
      .sort((a, b) => a.order - b.order)
      .map((c, i) => ({ name: c.name, position: (i + 1) * 1024 }));
  }
  // Siblings in TickTick's own order, numbered 1024, 2048, ... within each list and parent.
  const groups = new Map<string, ForeignTask[]>();
  for (const t of tasks.filter((t) => order.has(t))) {
    const key = `${t.list}\u0000${t.parent_uid}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  for (const group of groups.values()) {
    group
      .sort((a, b) => order.get(a)! - order.get(b)!)
      .forEach((t, i) => {
        t.position = (i + 1) * 1024;
      });
  }
  return {
    format: 'doable-export',
    version: 1,
    lists,
    tasks,
    left_out: { count: leftOut.count, rows: leftOut.rows },
    dates_as_text: { count: asText.count, rows: asText.rows },
  };
}

/** Levels above a task through the file's parent ids, counted up to MAX_DEPTH (a cycle counts as too deep). */
function depth(
  task: ForeignTask,
  parentOf: Map<ForeignTask, string>,
  byId: Map<string, ForeignTask>,
): number {
  let n = 1;
  const seen = new Set<ForeignTask>([task]);
  for (let at = byId.get(parentOf.get(task) ?? ''); at; at = byId.get(parentOf.get(at) ?? '')) {
    // A long chain of parents is as too deep as a cycle: no need to walk it all (once per task).
    if (seen.has(at) || n >= MAX_DEPTH) return MAX_DEPTH;
    seen.add(at);
    n++;
  }
  return n;
}
