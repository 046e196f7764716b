// Imports from other apps: a Todoist project exported as CSV (its import/export template: TYPE,
// CONTENT, DESCRIPTION, PRIORITY, INDENT, ... one file per project) and a TickTick backup (CSV, a
// few lines about the file, then one row per task with its list, tags, dates, status, order and
// parent). Each becomes our own import document (transfer.schema.ts), so the same validation and
// the same all-or-nothing import by uid apply; uids are derived from the file, so importing the
// same file again skips what it already brought. Pure: no database.
import { createHash } from 'node:crypto';
import { parseRule } from '#shared/recurrence/index.js';
import { DAY_MS } from '#shared/time/days.js';
import { dayIn, zonedInstant } from '#shared/time/zone.js';
import { DESCRIPTION_MAX } from '../tasks/tasks.schema.js';
import { MAX_DEPTH } from '../tasks/tasks.tree.constants.js';
import { ForeignFormatError, parseCsvRows } from './import.csv.js';
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
}

/** Rows of a file left out: how many, and the first MAX_LEFT_OUT_ROWS with their line and reason. */
export interface LeftOut {
  count: number;
  rows: { line: number; reason: string }[];
}

/** The rows left out a file's answer names one by one (the rest are counted). */
export const MAX_LEFT_OUT_ROWS = 100;

function leftOutRows(): LeftOut & { add(line: number, reason: string): void } {
  const out = {
    count: 0,
    rows: [] as LeftOut['rows'],
    add(line: number, reason: string) {
      out.count++;
      if (out.rows.length < MAX_LEFT_OUT_ROWS) out.rows.push({ line, reason });
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

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

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

/** A calendar day plus n days. */
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

interface Due {
  due_date: string | null;
  due_at: string | null;
  recurrence: string | null;
}
const NO_DUE: Due = { due_date: null, due_at: null, recurrence: null };

/** "17:00", "5pm", "5:30 pm" as HH:MM, or null. */
function timeOf(text: string): string | null {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/iu.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const half = m[3]?.toLowerCase();
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The instant a wall time (HH:MM) on a day shows in a zone. */
function instantOf(day: string, time: string, zone: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(zonedInstant(Date.parse(`${day}T00:00:00Z`) / DAY_MS, h * 60 + m, zone)).toISOString();
}

function dueOn(day: string, time: string | null, zone: string): Due {
  return time === null
    ? { due_date: day, due_at: null, recurrence: null }
    : { due_date: null, due_at: instantOf(day, time, zone), recurrence: null };
}

/**
 * A Todoist DATE in English: an ISO date (and time), today / tomorrow / a weekday, or "every ..."
 * (a day, weekday, week, month, year, N days/weeks, a weekday name) with an optional time; null
 * when it is none of these (the caller keeps the text).
 */
export function todoistDate(text: string, zone: string, now: Date): Due | null {
  const raw = text.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (!raw) return NO_DUE;
  const today = dayIn(now, zone);
  const split = /^(.*?)(?:\s+(?:at\s+)?(\d{1,2}(?::\d{2})?\s*(?:am|pm)?))?$/iu.exec(raw)!;
  const head = split[1]!.trim();
  const time = split[2] ? timeOf(split[2]) : null;
  if (split[2] && time === null) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ t](\d{2}:\d{2}))?$/u.exec(raw);
  if (iso) return dueOn(iso[1]!, iso[2] ?? null, zone);
  if (head === 'today') return dueOn(today, time, zone);
  if (head === 'tomorrow') return dueOn(plusDays(today, 1), time, zone);
  const weekday = WEEKDAYS.indexOf(head.replace(/^(?:next|on)\s+/u, ''));
  if (weekday >= 0) return dueOn(plusDays(today, (weekday - weekdayOf(today) + 7) % 7 || 7), time, zone);
  const every =
    /^every\s+(?:(\d+)\s+)?(day|days|week|weeks|month|months|year|years|weekday|workday|[a-z]+day)$/u.exec(
      head,
    );
  if (!every) return null;
  const n = Number(every[1] ?? 1);
  const unit = every[2]!;
  let rule: string;
  let first = today;
  if (unit === 'weekday' || unit === 'workday') {
    rule = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
    while ([0, 6].includes(weekdayOf(first))) first = plusDays(first, 1);
  } else if (WEEKDAYS.includes(unit)) {
    const d = WEEKDAYS.indexOf(unit);
    rule = `FREQ=WEEKLY;BYDAY=${BYDAY[d]}`;
    first = plusDays(today, (d - weekdayOf(today) + 7) % 7);
  } else if (/^days?$/u.test(unit)) rule = 'FREQ=DAILY';
  else if (/^weeks?$/u.test(unit)) rule = 'FREQ=WEEKLY';
  else if (/^months?$/u.test(unit)) rule = 'FREQ=MONTHLY';
  else if (/^years?$/u.test(unit)) rule = 'FREQ=YEARLY';
  else return null;
  if (n > 1) rule += `;INTERVAL=${n}`;
  return { ...dueOn(first, time, zone), recurrence: rule };
}

const TODOIST_PRIORITY: Record<string, ForeignTask['priority']> = {
  '1': 'high',
  '2': 'medium',
  '3': 'low',
  '4': 'none',
};

/** A Todoist project's CSV export (one file per project; its name becomes the list). */
export function fromTodoistCsv(
  text: string,
  options: { listName: string; timeZone: string; now?: Date; maxTasks?: number },
): ForeignImport {
  const maxTasks = options.maxTasks ?? IMPORT_MAX_TASKS;
  const { rows, lines } = parseCsvRows(text);
  const header = rows[0]?.map((h) => h.trim().toUpperCase()) ?? [];
  if (header[0] !== 'TYPE' || !header.includes('CONTENT')) {
    throw new ForeignFormatError(
      'This is not a Todoist CSV export: its first line must start with TYPE,CONTENT',
    );
  }
  if (rows.length > MAX_ROWS + 1) throw new ForeignFormatError(`At most ${MAX_ROWS} rows per file`);
  const col = (name: string) => header.indexOf(name);
  const [TYPE, CONTENT, DESCRIPTION, PRIORITY, INDENT, DATE, TIMEZONE] = [
    'TYPE',
    'CONTENT',
    'DESCRIPTION',
    'PRIORITY',
    'INDENT',
    'DATE',
    'TIMEZONE',
  ].map(col) as number[];
  const list = cut(options.listName.trim() || 'Todoist', 100);
  const now = options.now ?? new Date();
  const tasks: ForeignTask[] = [];
  /** The latest task at each indent (1-based), for nesting. */
  const latest: ForeignTask[] = [];
  let section: string | null = null;
  let sectionSeen = 0;
  const sections: { name: string; position: number }[] = [];
  const leftOut = leftOutRows();
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
    const zone = zoneOr(cell(TIMEZONE!).trim(), options.timeZone);
    const dateText = cell(DATE!).trim();
    let due: Due | null;
    try {
      due = todoistDate(dateText, zone, now);
    } catch {
      due = null;
    }
    const notes = [cell(DESCRIPTION!)];
    if (due === null) notes.push(`Due: ${dateText}`);
    const parent = indent > 1 ? latest[Math.min(indent, latest.length + 1) - 2] : undefined;
    const task: ForeignTask = {
      uid: uidOf('todoist', list, String(sectionSeen), String(n), name),
      ...titled(full, description(notes.filter((s) => s.trim()).join('\n\n')), line),
      completed: false,
      completed_at: null,
      priority: TODOIST_PRIORITY[cell(PRIORITY!).trim()] ?? 'none',
      tags: cleanTags(labels),
      ...(due ?? NO_DUE),
      list,
      section,
      parent_uid: parent?.uid ?? null,
      position: (tasks.length + 1) * 1024,
    };
    if (task.recurrence !== null && !parseRule(task.recurrence).ok) task.recurrence = null;
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
  };
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
  options: { timeZone: string; maxTasks?: number },
): ForeignImport {
  const maxTasks = options.maxTasks ?? IMPORT_MAX_TASKS;
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
    const dueInstant = tickTickInstant(cell('Due Date')) ?? tickTickInstant(cell('Start Date'));
    const allDay = cell('Is All Day').toLowerCase() === 'true';
    const due: Due = dueInstant
      ? allDay
        ? { due_date: dayIn(new Date(dueInstant), zone), due_at: null, recurrence: null }
        : { due_date: null, due_at: dueInstant, recurrence: null }
      : NO_DUE;
    const repeat = cell('Repeat').replace(/^RRULE:/iu, '');
    const rule = repeat && dueInstant ? parseRule(repeat) : null;
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
      recurrence: rule?.ok ? rule.normalized : null,
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
    Object.assign(task, titled(full, description(rest.join('\n')), line));
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
