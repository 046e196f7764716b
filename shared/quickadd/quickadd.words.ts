// Quick add's vocabulary and the shapes of its phrases, shared by every reader: the date and time
// phrases (quickadd.dates.ts), the recurrence phrases (quickadd.recurrence.ts) and the line
// (quickadd.ts, where how phrases are read is told).
import type { Day } from '../time/days.js';
import { zonedInstant } from '../time/zone.js';

export type Priority = 'none' | 'low' | 'medium' | 'high';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 32;

/** The time each part of the day stands for, in minutes past midnight: the one place these live. */
/** Todoist's hours: morning 09:00, afternoon 12:00, evening 19:00, night 22:00. */
export const DAY_PARTS: ReadonlyMap<string, number> = new Map([
  ['morning', 9 * 60],
  ['afternoon', 12 * 60],
  ['evening', 19 * 60],
  ['night', 22 * 60],
]);
export const NOON = 12 * 60;

export interface Context {
  now: number;
  timeZone: string;
  today: Day;
}

function isAhead(ctx: Context, day: Day, minutes: number): boolean {
  return zonedInstant(day, minutes, ctx.timeZone) > ctx.now;
}

/** The first day from today that `fits`; today only while `minutes` (if any) is still ahead. */
export function firstFitting(ctx: Context, minutes: number | null, fits: (day: Day) => boolean): Day {
  // Eight years and a day cover every yearly rule, Feb 29 included.
  for (let day = ctx.today; day <= ctx.today + 2930; day++) {
    if (!fits(day)) continue;
    if (day === ctx.today && minutes !== null && !isAhead(ctx, day, minutes)) continue;
    return day;
  }
  return ctx.today;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Maps, not object literals, so that words like "constructor" find nothing.

/** "high priority", "ہائی پرائیورٹی": a level before a word for priority (two words, at the line's end). */
export const PRIORITY_LEVELS = new Map<string, Priority>([
  ['high', 'high'],
  ['top', 'high'],
  ['medium', 'medium'],
  ['low', 'low'],
  ['ہائی', 'high'],
  ['میڈیم', 'medium'],
  ['لو', 'low'],
]);
export const PRIORITY_WORDS = new Set([
  'priority',
  'prio',
  'پرائیورٹی',
  'پرائیارٹی',
  'پرایورٹی',
  'پرائرٹی',
  'پریارٹی',
]);

export const PRIORITIES = new Map<string, Priority>([
  ['!high', 'high'],
  ['!medium', 'medium'],
  ['!med', 'medium'],
  ['!low', 'low'],
  ['!none', 'none'],
  ['!1', 'high'],
  ['!2', 'medium'],
  ['!3', 'low'],
  ['!4', 'none'],
  ['p1', 'high'],
  ['p2', 'medium'],
  ['p3', 'low'],
  ['p4', 'none'],
  ['!', 'low'],
  ['!!', 'medium'],
  ['!!!', 'high'],
]);

/** How the account writes numeric dates: 10/12 is 10 December (dmy) or October 12 (mdy, ymd). */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

const WEEKDAYS = new Map<string, number>([
  ['sunday', 0],
  ['sun', 0],
  ['monday', 1],
  ['mon', 1],
  ['tuesday', 2],
  ['tue', 2],
  ['tues', 2],
  ['wednesday', 3],
  ['wed', 3],
  ['thursday', 4],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['friday', 5],
  ['fri', 5],
  ['saturday', 6],
  ['sat', 6],
]);
export const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Small numbers in words ("in two days"); the assistant's reminder phrases build on it. */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
]);

/** "3 din baad", "do hafte mein": in 3 days, in 2 weeks (quickadd.urdu.ts reads both words as baad). */
export const AFTER = '~baad';
/** "15 tareekh": the day of the month (quickadd.urdu.ts). */
export const TAREEKH = '~tareekh';
export const ARTICLES = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'his', 'her', 'its', 'their']);
export const LIST_JOINERS = new Set(['and', '&', '+']);

export const TAG = /^#([\p{L}\p{N}_][\p{L}\p{M}\p{N}\p{Join_C}_-]*)$/u;
export const DIGITS_ONLY = /^\p{N}+$/u;
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;
/** Ordinals in words, for "every first monday", "the third friday". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['last', -1],
]);

export function count(word: string): number | null {
  if (/^\d{1,4}$/.test(word)) {
    const n = Number(word);
    return n >= 1 ? n : null;
  }
  return COUNT_WORDS.get(word) ?? null;
}

export function ordinal(word: string, pattern: RegExp = ORDINAL): number | null {
  const m = pattern.exec(word);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= 31 ? n : null;
}

/** Weekday of a name, plural full names included ("mondays") for recurrence lists. */
export function weekdayNamed(word: string, plural = false): number | null {
  const found = WEEKDAYS.get(word);
  if (found !== undefined) return found;
  if (plural && word.length > 6 && word.endsWith('s')) {
    const single = WEEKDAYS.get(word.slice(0, -1));
    if (single !== undefined) return single;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Phrases. Each reader looks at the words from index i and says how many it would take
// (readDateOrTime and its kin in quickadd.dates.ts).

export type Words = readonly string[];
export type Strength = 'strong' | 'bare' | 'linked';
export type Resolve = (ctx: Context, minutes: number | null) => Day;

export interface Rule {
  rrule: string;
  fits: (day: Day) => boolean;
  /** Counted from completion ("every! 3 days", "after 2 weeks"), not from the due date. */
  fromCompletion?: boolean;
}

type Effect =
  | { kind: 'priority'; priority: Priority }
  | { kind: 'tag'; tag: string }
  | { kind: 'date'; resolve: Resolve; defaultTime: number | null }
  /**
   * plain: no am/pm, so a later part of the day can make it PM ("tonight at 9"); guess: an hour of
   * 1-12 without a leading zero, which the sensible-hour rule may move to the afternoon ("at 5").
   */
  | { kind: 'time'; minutes: number; hourOnly: boolean; plain: boolean; guess?: boolean }
  /** "in the morning", "at night": a time of day, the next one unless a date says which day. */
  | { kind: 'daypart'; minutes: number }
  | { kind: 'relative'; minutes: number }
  | { kind: 'recurrence'; rule: Rule }
  /** #Name when the user has a list of that name (its name as the user spells it). */
  | { kind: 'list'; name: string }
  /** /Name and +name: looked up in the chosen list once the line is read. */
  | { kind: 'section'; name: string }
  | { kind: 'assignee'; name: string }
  /** Minutes before the due moment, or a time of day (minutes past midnight) on the due day. */
  | { kind: 'reminder'; before: number }
  | { kind: 'reminder'; at: number; resolve: Resolve | null }
  /** "until dec 31", "for 10 times": where a repeat ends. */
  | { kind: 'ends'; until: Resolve | null; count: number | null }
  /** "juma ko", "kal tak": a postposition that only ties a date to the line. */
  | { kind: 'tie' }
  /** "for 45 min", "for 2h", "45 minute ke liye": how long the task takes. */
  | { kind: 'duration'; minutes: number }
  /** "{march 30}": a deadline apart from the due date. */
  | { kind: 'deadline'; resolve: Resolve }
  /** "no date": the task has none (the words are read, nothing is set). */
  | { kind: 'nodate' };

export interface Phrase {
  length: number;
  strength: Strength;
  effect: Effect;
}

export interface Candidate extends Phrase {
  start: number;
  end: number;
}

export const word = (words: Words, i: number): string => words[i] ?? '';
