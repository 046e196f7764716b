// Todoist's files as our import document: a project's CSV export (its import/export template: TYPE,
// CONTENT, DESCRIPTION, PRIORITY, INDENT, ..., DATE, DATE_LANG, TIMEZONE, DURATION, DURATION_UNIT,
// DEADLINE; one file per project, which becomes a list with its sections, nesting by INDENT, labels
// as tags, notes in the description) and a backup (a ZIP of those CSVs, one per project). A date
// the time reader does not understand whole is kept as text in the description. Pure: no database.
import type { DateOrder } from '#shared/quickadd/quickadd.words.js';
import { MAX_DEPTH } from '../tasks/tasks.tree.constants.js';
import { ForeignFormatError, parseCsvRows } from './import.csv.js';
import { minutesOf, NO_WHEN, type Reading, readDate, zoneOr } from './import.foreign.dates.js';
import {
  blank,
  cleanTags,
  cut,
  datesAsTextRows,
  description,
  type ForeignImport,
  type ForeignTask,
  leftOutRows,
  MAX_LEFT_OUT_ROWS,
  MAX_ROWS,
  sectionName,
  TITLE_MAX,
  title,
  titled,
  tooMany,
  uidOf,
} from './import.foreign.shared.js';
import { readZip } from './import.zip.js';
import { IMPORT_MAX_TASKS } from './transfer.schema.js';

const TODOIST_PRIORITY: Record<string, ForeignTask['priority']> = {
  '1': 'high',
  '2': 'medium',
  '3': 'low',
  '4': 'none',
};

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
