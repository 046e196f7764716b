// What the importers from other apps (import.todoist.ts, import.ticktick.ts) make and share: the
// task and document they build (our import document's shape, transfer.schema.ts), the answer's lists
// of rows left out and dates kept as text, the cap on tasks per import, uids derived from the file,
// and titles, descriptions and tags cleaned and cut to what a task keeps. Pure: no database.
import { createHash } from 'node:crypto';
import { DESCRIPTION_MAX } from '../tasks/tasks.schema.js';
import { ForeignFormatError } from './import.csv.js';

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

export function leftOutRows(file?: string): LeftOut & { add(line: number, reason: string): void } {
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

export function datesAsTextRows(
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
export const blank = (row: string[]) => row.every((cell) => cell.trim() === '');

/** A section's name as a section can have it: at most 100 characters, or null when empty. */
export const sectionName = (text: string) => cut(title(text), 100) || null;

export const MAX_ROWS = 100_000;

/**
 * Counts the tasks a file makes as they are made, so a file that would make more than one import
 * may (IMPORT_MAX_TASKS, checklist items and subtasks included) is refused as soon as it passes it,
 * before the rest is converted: a few KB of TickTick checklist lines make thousands of tasks.
 */
export function tooMany(count: number, max: number): void {
  if (count > max) {
    throw new ForeignFormatError(
      `This file would create more than ${max} tasks (checklist items and subtasks count as tasks); ` +
        `at most ${max} tasks per import: split it`,
    );
  }
}

/** A UUID (version 5 layout) from a SHA-1 of the parts: the same file gives the same uids. */
export function uidOf(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 32).split('');
  h[12] = '5';
  h[16] = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export const cut = (s: string, max: number) =>
  [...s].length <= max ? s : `${[...s].slice(0, max - 1).join('')}…`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;

export function cleanTags(tags: string[]): string[] {
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
export const TITLE_MAX = 200;

export const title = (s: string) => s.replace(CONTROL, ' ').replace(/\s+/gu, ' ').trim();
export const description = (s: string) => {
  const text = s.replace(/\r\n?/gu, '\n').trim();
  return text ? cut(text, DESCRIPTION_MAX) : null;
};

/**
 * A task's title and description from another app's text: a title longer than ours is shortened
 * (ending with …) and kept whole at the head of the description, never lost; one too long for a
 * description either is refused, naming the line.
 */
export function titled(
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
