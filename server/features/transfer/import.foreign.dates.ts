// How an imported row's dates and durations are read: a date in words (Todoist's DATE and DEADLINE,
// a TickTick date that is not a machine date) by the product's one time reader (readWhen), taken
// only when every word of it is time; the zone a file names; Todoist's DURATION and DURATION_UNIT in
// minutes. Pure: no database.
import type { DateOrder } from '#shared/quickadd/quickadd.words.js';
import { parseRule } from '#shared/recurrence/index.js';
import { readWhen } from '#shared/when/read.js';
import { MAX_DURATION_MINUTES } from '../tasks/tasks.fields.js';
import type { ForeignTask } from './import.foreign.shared.js';

/** A zone a file names, if Intl knows it; else the account's. */
export function zoneOr(named: string, fallback: string): string {
  if (!named) return fallback;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: named });
    return named;
  } catch {
    return fallback;
  }
}

/** What a date in words says, in the task's fields; null when the reader did not understand it whole. */
export type When = Pick<
  ForeignTask,
  'due_date' | 'due_at' | 'recurrence' | 'recurrence_from' | 'duration' | 'deadline'
>;

export const NO_WHEN: When = { due_date: null, due_at: null, recurrence: null };

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
export function minutesOf(amount: string, unit: string): number | null {
  if (!/^\d+$/u.test(amount.trim())) return null;
  const n = Number(amount) * (unit.trim().toLowerCase() === 'day' ? 1440 : 1);
  return n >= 1 && n <= MAX_DURATION_MINUTES ? n : null;
}
