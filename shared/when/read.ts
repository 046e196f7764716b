// Reading time: the one entry every part of the product uses to turn words into a due date or
// moment, a repeat, a duration and a deadline (quick add, the importers, the filter language, the
// command line). The words themselves (English, Urdu, Roman Urdu, Todoist's date language) are
// quick add's phrase tables; this module reads a phrase that is only time, and says what it left.
import { parseQuickAdd } from '../quickadd/quickadd.js';
import type { DateOrder } from '../quickadd/quickadd.words.js';

export interface TimeContext {
  /** The moment "now" is, for relative words (today, in 3 days, 6pm unless passed). */
  now: Date;
  /** IANA zone name, validated by the caller. */
  timeZone: string;
  /** How numeric dates are written (27/1 vs 1/27); without it, only unambiguous ones are read. */
  dateOrder?: DateOrder | null;
  /** Read Urdu and Roman Urdu words too (default true). */
  urdu?: boolean;
}

/** What a phrase of time says, in the task's own fields. */
export interface WhenReading {
  /** YYYY-MM-DD, an all-day due date in the context's zone. */
  due_date: string | null;
  /** ISO instant in UTC, when a time of day was given (due_date is then null). */
  due_at: string | null;
  /** RFC 5545 RRULE body without the 'RRULE:' prefix. */
  recurrence: string | null;
  /** Whether the repeat counts from the due date or from completion (`every!`, "after 3 days"). */
  recurrence_from: 'due' | 'completion' | null;
  /** Minutes the task takes ("for 45 min"). */
  duration: number | null;
  /** YYYY-MM-DD, the deadline apart from the due date ("{march 30}"). */
  deadline: string | null;
  /** The words that were not read as time, in order ("" when the whole phrase was understood). */
  rest: string;
}

const NOTHING: Omit<WhenReading, 'rest'> = {
  due_date: null,
  due_at: null,
  recurrence: null,
  recurrence_from: null,
  duration: null,
  deadline: null,
};

/**
 * Reads a phrase that should be only time ("every 3rd friday at 9am", "Dec 12", "kal shaam 5 baje").
 * Anything the reader did not take as time is returned in `rest`; a caller that needs the whole
 * phrase understood (an importer's DATE column, a filter's operand) checks that `rest` is empty.
 */
export function readWhen(phrase: string, context: TimeContext): WhenReading {
  const text = phrase.normalize('NFC').trim();
  if (text === '') return { ...NOTHING, rest: '' };
  const parse = parseQuickAdd(text, {
    now: context.now,
    timeZone: context.timeZone,
    dateOrder: context.dateOrder ?? null,
    urdu: context.urdu !== false,
    timeOnly: true,
  });
  const timeKinds = new Set(['date', 'time', 'recurrence', 'duration', 'deadline']);
  const read = parse.matches.filter((m) => timeKinds.has(m.kind));
  if (read.length === 0) return { ...NOTHING, rest: text };
  return {
    due_date: parse.due_date,
    due_at: parse.due_at,
    recurrence: parse.recurrence,
    recurrence_from: parse.recurrence ? parse.recurrence_from : null,
    duration: parse.duration,
    deadline: parse.deadline,
    rest: parse.matches.length === read.length ? parse.title : text,
  };
}
