// A TickTick backup (Settings, Backup: a CSV with a few lines about the file, then one row per task
// with its list, kanban column, tags, dates, repeat, status, order, parent and checklist items) as
// our import document: lists with their columns as sections, checklist items as subtasks, siblings
// in TickTick's order. Its machine dates are taken as they are; a date in words is read by the time
// reader, and kept as text in the description when not understood whole. Pure: no database.
import type { DateOrder } from '#shared/quickadd/quickadd.words.js';
import { parseRule } from '#shared/recurrence/index.js';
import { dayIn } from '#shared/time/zone.js';
import { MAX_DEPTH } from '../tasks/tasks.tree.constants.js';
import { ForeignFormatError, parseCsvRows } from './import.csv.js';
import { NO_WHEN, readDate, type When, zoneOr } from './import.foreign.dates.js';
import {
  blank,
  cleanTags,
  cut,
  datesAsTextRows,
  description,
  type ForeignImport,
  type ForeignTask,
  leftOutRows,
  MAX_ROWS,
  sectionName,
  TITLE_MAX,
  title,
  titled,
  tooMany,
  uidOf,
} from './import.foreign.shared.js';
import { IMPORT_MAX_TASKS } from './transfer.schema.js';

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
