// Quick add: reads one line ("Pay rent every month on the 1st at 9am #bills !high") into task fields.
// Pure and dependency-free; wall-clock maths in the user's zone uses Intl.DateTimeFormat only.
//
// How a line is read
// - The line is split on whitespace into words; trailing , . ; : ! ? on a word are ignored when
//   reading it. Phrases are matched word by word, longest first, left to right, so a phrase never
//   eats part of a word. Anything not read stays in the title, in order, whitespace collapsed.
// - Where a date may appear (the heuristic that keeps "Call Monday Blue" a title):
//   * strong phrases count anywhere: ones led by on/at/by/due (consumed with the phrase), phrases
//     starting with next/this/every/in, ISO dates, month-day with a year, end of month, clock
//     times with am/pm, #tags and priorities;
//   * bare phrases (today, tomorrow, friday, dec 24, the 1st, noon, 17:00, daily, weekly ...) count
//     only at the end of the line (followed by nothing but other recognised pieces) or right next
//     to a date, time or recurrence that counts ("tomorrow at 5pm about rent");
//   * an H:MM time with a one-digit hour ("John 3:16") counts only right next to a date or time,
//     a bare hour ("at 9") needs "at" and then behaves like a bare phrase ("Look at 3 options");
//   * a bare phrase right after an article or possessive (the, a, my ...) is a title word ("Enjoy the sun").
// - One of each: the first priority, date, time and recurrence win; later ones stay in the title.
//
// Decisions on ambiguous phrases
// - Weeks start on Monday. "friday" / "this friday" / "on friday" = the next Friday, today included
//   (unless a time is given that has already passed today). "next friday" = the Friday of next week
//   (so on a Wednesday it is 9 days away; on a Sunday it is 5). "next week" = next week's Monday,
//   "this weekend" = the coming Saturday (today on a Saturday or Sunday), "next weekend" = next
//   week's Saturday, "next month" / "next year" = their first day, "end of month" = its last day.
// - Parts of the day have one time each, kept in DAY_PARTS: morning 09:00, afternoon 15:00,
//   evening 18:00, night 20:00. After a date they give it that time ("tomorrow morning", "friday
//   night", "on monday evening"); "this morning/afternoon/evening" and "tonight" are today's even
//   when that has passed (the task is overdue, not silently moved); "in the morning/afternoon/
//   evening" and "at night" alone are the next one (today while still ahead, else tomorrow). A bare
//   word ("Morning run", "Movie night") stays a title word. A plain hour with a later part of the
//   day is afternoon or evening: "tonight at 9" and "tomorrow evening at 7:30" are 21:00 and 19:30;
//   "tomorrow morning at 8" is 08:00. "noon" = 12:00; "midnight" = 00:00 at the start of the day,
//   so "midnight" alone is the coming midnight (the end of today).
// - "yesterday" is the day before today: a due moment in the past is allowed (the task is overdue).
// - "at 9" is 09:00 (24-hour clock); "at 17" is 17:00. "in 30 min", "in an hour" give an exact
//   instant (floored to the minute). "in 3 days/weeks/months" give a date; months clamp to the
//   month's end (Jan 31 + 1 month = Feb 28/29).
// - A time alone = today at that time if still ahead, else tomorrow. A date + time = that wall time
//   in the zone: a time skipped by a DST gap moves forward by the gap (02:30 -> 03:30), a time
//   repeated by a fall-back is its first occurrence.
// - "dec 24" without a year = this year if today or later (today counts, even with a passed time),
//   else next year; "feb 29" = the next leap year's. Explicit years and ISO dates are kept as given.
//   Numeric slash forms (24/12, 12/24) are not read: D/M vs M/D cannot be told apart.
// - "on the 31st" = the next day numbered 31 (months without one are skipped, as RFC 5545 does for
//   BYMONTHDAY=31); today counts unless its time has passed.
// - Recurrence: the due moment is the first occurrence from now (today counts while its time is still
//   ahead or no time is given); an explicit date wins as the first occurrence. With
//   options.recurrence === false the recurrence words stay in the title, but "on the 1st at 9am" after
//   them is still read as the due moment.
// - #tags: letters (any script), digits, _ and -, 1-32 characters, not digits only ("#2" is an issue
//   number and stays); deduplicated case-insensitively (repeats are dropped), at most 20 (the rest stay).

import {
  addMonths,
  DAY_MS,
  type Day,
  dayOf,
  daysInMonth,
  formatDay,
  MINUTE_MS,
  mondayIndex,
  partsOf,
  weekdayOf,
} from '../time/days.js';
import { wallClock, zonedInstant } from '../time/zone.js';

export type Priority = 'none' | 'low' | 'medium' | 'high';
export type QuickAddMatchKind = 'priority' | 'tag' | 'date' | 'time' | 'recurrence';

export interface QuickAddOptions {
  now: Date;
  /** IANA zone name, validated by the caller. */
  timeZone: string;
  /** Read recurrence phrases; default true. */
  recurrence?: boolean;
}

export interface QuickAddParse {
  title: string;
  priority: Priority | null;
  tags: string[];
  /** YYYY-MM-DD, an all-day due date in the user's zone. */
  due_date: string | null;
  /** ISO instant in UTC with ms, when a time was given (due_date is then null). */
  due_at: string | null;
  /** RFC 5545 RRULE body without the 'RRULE:' prefix. */
  recurrence: string | null;
  matches: { text: string; kind: QuickAddMatchKind }[];
}

const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 32;

/** The time each part of the day stands for, in minutes past midnight: the one place these live. */
export const DAY_PARTS: ReadonlyMap<string, number> = new Map([
  ['morning', 9 * 60],
  ['afternoon', 15 * 60],
  ['evening', 18 * 60],
  ['night', 20 * 60],
]);
const TONIGHT = DAY_PARTS.get('night')!;
const NOON = 12 * 60;

interface Context {
  now: number;
  timeZone: string;
  today: Day;
}

function isAhead(ctx: Context, day: Day, minutes: number): boolean {
  return zonedInstant(day, minutes, ctx.timeZone) > ctx.now;
}

/** The first day from today that `fits`; today only while `minutes` (if any) is still ahead. */
function firstFitting(ctx: Context, minutes: number | null, fits: (day: Day) => boolean): Day {
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

const PRIORITIES = new Map<string, Priority>([
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
]);

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
const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const MONTHS = new Map<string, number>([
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

const TOMORROW = new Set(['tomorrow', 'tmrw', 'tmr', 'tmw']);
const LEADS = new Set(['on', 'at', 'by', 'due']);
const ARTICLES = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'his', 'her', 'its', 'their']);
const AM_PM = new Set(['am', 'pm', 'a.m', 'p.m']);
const LIST_JOINERS = new Set(['and', '&', '+']);

/** Upper bounds per unit for "in N ..." keep every result inside four-digit years. */
const DATE_UNITS = new Map<string, { days: number; months: number; max: number }>([
  ['day', { days: 1, months: 0, max: 36_500 }],
  ['days', { days: 1, months: 0, max: 36_500 }],
  ['week', { days: 7, months: 0, max: 5_200 }],
  ['weeks', { days: 7, months: 0, max: 5_200 }],
  ['month', { days: 0, months: 1, max: 1_200 }],
  ['months', { days: 0, months: 1, max: 1_200 }],
  ['year', { days: 0, months: 12, max: 100 }],
  ['years', { days: 0, months: 12, max: 100 }],
]);
const CLOCK_UNITS = new Map<string, number>([
  ['minute', 1],
  ['minutes', 1],
  ['min', 1],
  ['mins', 1],
  ['hour', 60],
  ['hours', 60],
  ['hr', 60],
  ['hrs', 60],
]);

const TAG = /^#([\p{L}\p{N}_][\p{L}\p{M}\p{N}\p{Join_C}_-]*)$/u;
const DIGITS_ONLY = /^\p{N}+$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^(?:19|2\d)\d\d$/;
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const CLOCK_AM_PM = /^(\d{1,2})(?::([0-5]\d))?(a\.?m|p\.?m)$/;
const CLOCK = /^(\d{1,2})(?::([0-5]\d))?$/;
const CLOCK_24 = /^(\d{1,2}):([0-5]\d)$/;

function count(word: string): number | null {
  if (/^\d{1,4}$/.test(word)) {
    const n = Number(word);
    return n >= 1 ? n : null;
  }
  return COUNT_WORDS.get(word) ?? null;
}

function ordinal(word: string, pattern: RegExp = ORDINAL): number | null {
  const m = pattern.exec(word);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= 31 ? n : null;
}

/** Weekday of a name, plural full names included ("mondays") for recurrence lists. */
function weekdayNamed(word: string, plural = false): number | null {
  const found = WEEKDAYS.get(word);
  if (found !== undefined) return found;
  if (plural && word.length > 6 && word.endsWith('s')) {
    const single = WEEKDAYS.get(word.slice(0, -1));
    if (single !== undefined) return single;
  }
  return null;
}

/** 12-hour clock to minutes past midnight; 12am is midnight, 12pm is noon. */
function twelveHour(hour: number, minute: number, suffix: string): number | null {
  if (hour < 1 || hour > 12) return null;
  return ((hour % 12) + (suffix.startsWith('p') ? 12 : 0)) * 60 + minute;
}

// ---------------------------------------------------------------------------------------------
// Phrases. Each reader looks at the words from index i and says how many it would take.

type Words = readonly string[];
type Strength = 'strong' | 'bare' | 'linked';
type Resolve = (ctx: Context, minutes: number | null) => Day;

interface Rule {
  rrule: string;
  fits: (day: Day) => boolean;
}

type Effect =
  | { kind: 'priority'; priority: Priority }
  | { kind: 'tag'; tag: string }
  | { kind: 'date'; resolve: Resolve; defaultTime: number | null }
  /** plain: no am/pm, so a later part of the day can make it PM ("tonight at 9"). */
  | { kind: 'time'; minutes: number; hourOnly: boolean; plain: boolean }
  /** "in the morning", "at night": a time of day, the next one unless a date says which day. */
  | { kind: 'daypart'; minutes: number }
  | { kind: 'relative'; minutes: number }
  | { kind: 'recurrence'; rule: Rule };

interface Phrase {
  length: number;
  strength: Strength;
  effect: Effect;
}

interface Candidate extends Phrase {
  start: number;
  end: number;
}

const word = (words: Words, i: number): string => words[i] ?? '';

function datePhrase(length: number, strength: Strength, resolve: Resolve, defaultTime: number | null = null) {
  return { length, strength, effect: { kind: 'date', resolve, defaultTime } } satisfies Phrase;
}

/** The next `weekday` from today (today included unless its time has passed). */
function upcoming(weekday: number): Resolve {
  return (ctx, minutes) => firstFitting(ctx, minutes, (day) => weekdayOf(day) === weekday);
}

function nextWeekMonday(today: Day): Day {
  return today + 7 - mondayIndex(weekdayOf(today));
}

interface MonthDay {
  length: number;
  month: number;
  date: number;
  year: number | null;
}

/** "dec 24", "december 24th", "24 dec", "24th of december", each with an optional year. */
function readMonthDay(words: Words, i: number): MonthDay | null {
  let month: number | undefined;
  let date: number | null = null;
  let length = 0;
  const first = word(words, i);
  month = MONTHS.get(first);
  if (month !== undefined) {
    date = ordinal(word(words, i + 1), DAY_NUMBER);
    length = 2;
  } else {
    date = ordinal(first, DAY_NUMBER);
    const skip = word(words, i + 1) === 'of' ? 1 : 0;
    month = MONTHS.get(word(words, i + 1 + skip));
    length = 2 + skip;
  }
  if (month === undefined || date === null) return null;
  const yearWord = word(words, i + length);
  const year = YEAR.test(yearWord) ? Number(yearWord) : null;
  if (date > daysInMonth(year ?? 2000, month)) return null;
  return { length: length + (year === null ? 0 : 1), month, date, year };
}

/** A month-day without a year: today or later this year, else the next year it exists in. */
function comingMonthDay(month: number, date: number): Resolve {
  return (ctx) => {
    const { year } = partsOf(ctx.today);
    for (let y = year; y <= year + 8; y++) {
      if (date > daysInMonth(y, month)) continue;
      const day = dayOf(y, month, date);
      if (day >= ctx.today) return day;
    }
    return ctx.today;
  };
}

/** A date, with the part of the day right after it when there is one: "tomorrow morning". */
function readDate(words: Words, i: number, led: boolean): Phrase | null {
  const phrase = readDay(words, i, led);
  if (phrase?.effect.kind !== 'date' || phrase.effect.defaultTime !== null) return phrase;
  const part = DAY_PARTS.get(word(words, i + phrase.length));
  if (part === undefined) return phrase;
  return { ...phrase, length: phrase.length + 1, effect: { ...phrase.effect, defaultTime: part } };
}

/** "in the morning", "in the evening", "at night": the next such time. */
function readDayPart(words: Words, i: number): Phrase | null {
  const [w0, w1, w2] = [word(words, i), word(words, i + 1), word(words, i + 2)];
  const part = (minutes: number | undefined, length: number): Phrase | null =>
    minutes === undefined ? null : { length, strength: 'bare', effect: { kind: 'daypart', minutes } };
  if (w0 === 'in' && w1 === 'the' && w2 !== 'night') return part(DAY_PARTS.get(w2), 3);
  if (w0 === 'at' && w1 === 'night') return part(TONIGHT, 2);
  return null;
}

function readDay(words: Words, i: number, led: boolean): Phrase | null {
  const [w0, w1, w2, w3] = [word(words, i), word(words, i + 1), word(words, i + 2), word(words, i + 3)];
  if (w0 === 'today') return datePhrase(1, 'bare', (ctx) => ctx.today);
  if (w0 === 'tonight') return datePhrase(1, 'bare', (ctx) => ctx.today, TONIGHT);
  if (TOMORROW.has(w0)) return datePhrase(1, 'bare', (ctx) => ctx.today + 1);
  if (w0 === 'yesterday') return datePhrase(1, 'bare', (ctx) => ctx.today - 1);
  const afterTomorrow = (ctx: Context) => ctx.today + 2;
  if (w0 === 'day' && w1 === 'after' && TOMORROW.has(w2)) return datePhrase(3, 'bare', afterTomorrow);
  if (w0 === 'the' && w1 === 'day' && w2 === 'after' && TOMORROW.has(w3))
    return datePhrase(4, 'bare', afterTomorrow);

  if (w0 === 'this' && w1 !== 'night' && DAY_PARTS.has(w1))
    return datePhrase(2, 'strong', (ctx) => ctx.today, DAY_PARTS.get(w1)!);
  if (w0 === 'next' || w0 === 'this') {
    const weekday = weekdayNamed(w1);
    if (weekday !== null) {
      if (w0 === 'this') return datePhrase(2, 'strong', upcoming(weekday));
      return datePhrase(2, 'strong', (ctx) => nextWeekMonday(ctx.today) + mondayIndex(weekday));
    }
    if (w1 === 'weekend') {
      if (w0 === 'next') return datePhrase(2, 'strong', (ctx) => nextWeekMonday(ctx.today) + 5);
      return datePhrase(2, 'strong', thisWeekend);
    }
    if (w0 === 'next' && w1 === 'week') return datePhrase(2, 'strong', (ctx) => nextWeekMonday(ctx.today));
    if (w0 === 'next' && w1 === 'month')
      return datePhrase(2, 'strong', (ctx) => {
        const { year, month } = partsOf(ctx.today);
        return addMonths(dayOf(year, month, 1), 1);
      });
    if (w0 === 'next' && w1 === 'year')
      return datePhrase(2, 'strong', (ctx) => dayOf(partsOf(ctx.today).year + 1, 1, 1));
    return null;
  }
  // "weekend" alone is too common a title word: only "on/by the weekend".
  if (led && w0 === 'weekend') return datePhrase(1, 'strong', thisWeekend);
  if (led && w0 === 'the' && w1 === 'weekend') return datePhrase(2, 'strong', thisWeekend);

  if (w0 === 'end' && w1 === 'of') {
    const skip = w2 === 'the' ? 1 : 0;
    const unit = word(words, i + 2 + skip);
    if (unit === 'month')
      return datePhrase(3 + skip, 'strong', (ctx) => {
        const { year, month } = partsOf(ctx.today);
        return dayOf(year, month, daysInMonth(year, month));
      });
    if (unit === 'year')
      return datePhrase(3 + skip, 'strong', (ctx) => dayOf(partsOf(ctx.today).year, 12, 31));
    return null;
  }

  if (w0 === 'in') {
    const n = count(w1);
    const unit = DATE_UNITS.get(w2);
    if (n === null || !unit || n > unit.max) return null;
    return datePhrase(3, 'strong', (ctx) => addMonths(ctx.today + n * unit.days, n * unit.months));
  }

  const weekday = weekdayNamed(w0);
  if (weekday !== null) return datePhrase(1, 'bare', upcoming(weekday));

  const iso = ISO_DATE.exec(w0);
  if (iso) {
    const [year, month, date] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (year < 1900 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return null;
    return datePhrase(1, 'strong', () => dayOf(year, month, date));
  }

  const skipThe = w0 === 'the' ? 1 : 0;
  const monthDay = readMonthDay(words, i + skipThe);
  if (monthDay) {
    const { month, date, year } = monthDay;
    const length = monthDay.length + skipThe;
    if (year !== null) return datePhrase(length, 'strong', () => dayOf(year, month, date));
    return datePhrase(length, 'bare', comingMonthDay(month, date));
  }

  // "the 1st" at the end of a line; a lone "1st" only after on/by/due ("Finish 1st draft").
  const nth = skipThe ? ordinal(w1) : led ? ordinal(w0) : null;
  if (nth !== null)
    return datePhrase(1 + skipThe, 'bare', (ctx, minutes) =>
      firstFitting(ctx, minutes, (day) => partsOf(day).date === nth),
    );
  return null;
}

function thisWeekend(ctx: Context): Day {
  const index = mondayIndex(weekdayOf(ctx.today));
  return index === 6 ? ctx.today : ctx.today + 5 - index;
}

function timePhrase(
  length: number,
  strength: Strength,
  minutes: number,
  hourOnly = false,
  plain = false,
): Phrase {
  return { length, strength, effect: { kind: 'time', minutes, hourOnly, plain } };
}

function readTime(words: Words, i: number, lead: string | null): Phrase | null {
  const w0 = word(words, i);
  if (w0 === 'noon' || w0 === 'midday') return timePhrase(1, 'bare', 12 * 60);
  if (w0 === 'midnight') return timePhrase(1, 'bare', 0);

  const withSuffix = CLOCK_AM_PM.exec(w0);
  if (withSuffix) {
    const minutes = twelveHour(Number(withSuffix[1]), Number(withSuffix[2] ?? 0), withSuffix[3]!);
    return minutes === null ? null : timePhrase(1, 'strong', minutes);
  }
  const clock = CLOCK.exec(w0);
  if (!clock) return null;
  const [hour, minute] = [Number(clock[1]), Number(clock[2] ?? 0)];
  const w1 = word(words, i + 1);
  if (AM_PM.has(w1)) {
    const minutes = twelveHour(hour, minute, w1);
    return minutes === null ? null : timePhrase(2, 'strong', minutes);
  }
  if (hour > 23) return null;
  if (CLOCK_24.test(w0))
    return timePhrase(1, clock[1]!.length === 2 ? 'bare' : 'linked', hour * 60 + minute, false, true);
  // A bare number is a time only as "at 9": "Buy 2 apples" stays a title.
  if (lead === 'at') return timePhrase(1, 'bare', hour * 60, true, true);
  return null;
}

/** "in 30 min", "in an hour", "in half an hour": an exact instant. */
function readRelative(words: Words, i: number): Phrase | null {
  if (word(words, i) !== 'in') return null;
  const relative = (length: number, minutes: number): Phrase => ({
    length,
    strength: 'strong',
    effect: { kind: 'relative', minutes },
  });
  if (word(words, i + 1) === 'half' && word(words, i + 2) === 'an' && word(words, i + 3) === 'hour')
    return relative(4, 30);
  const n = count(word(words, i + 1));
  const unit = CLOCK_UNITS.get(word(words, i + 2));
  return n === null || unit === undefined ? null : relative(3, n * unit);
}

/** A date or time with an optional lead word: "on friday", "by 5pm", "due by the 1st", "at 9". */
function readDateOrTime(words: Words, i: number): Phrase | null {
  let lead: string | null = null;
  let at = i;
  if (LEADS.has(word(words, i))) {
    lead = word(words, i);
    at = i + 1;
    if (lead === 'due' && LEADS.has(word(words, at)) && word(words, at) !== 'due') {
      lead = word(words, at);
      at += 1;
    }
  }
  const phrase = readDate(words, at, lead !== null) ?? readTime(words, at, lead);
  if (!phrase) return null;
  if (lead === null) return phrase;
  // A lead makes a phrase count anywhere, except "at 9", which stays as cautious as a bare phrase.
  const hourOnly = phrase.effect.kind === 'time' && phrase.effect.hourOnly;
  return { ...phrase, length: phrase.length + at - i, strength: hourOnly ? 'bare' : 'strong' };
}

// Recurrence ------------------------------------------------------------------------------------

interface RecurrencePhrase extends Phrase {
  /** Words that are the recurrence itself; with recurrence off they stay in the title. */
  head: number;
}

function rule(freq: string, interval: number, parts: string[], fits: (day: Day) => boolean): Rule {
  const body = [`FREQ=${freq}`, ...(interval > 1 ? [`INTERVAL=${interval}`] : []), ...parts];
  return { rrule: body.join(';'), fits };
}

function weekdaysRule(interval: number, weekdays: number[]): Rule {
  const set = new Set(weekdays);
  // RRULE lists days Monday first.
  const byday = [1, 2, 3, 4, 5, 6, 0].filter((d) => set.has(d)).map((d) => RRULE_DAYS[d]);
  return rule('WEEKLY', interval, [`BYDAY=${byday.join(',')}`], (day) => set.has(weekdayOf(day)));
}

function monthDayRule(interval: number, date: number): Rule {
  return rule('MONTHLY', interval, [`BYMONTHDAY=${date}`], (day) => {
    const parts = partsOf(day);
    return date === -1 ? parts.date === daysInMonth(parts.year, parts.month) : parts.date === date;
  });
}

/** "monday", "mon and thu", "monday, wednesday & friday". */
function readWeekdayList(words: Words, i: number): { weekdays: number[]; end: number } | null {
  const first = weekdayNamed(word(words, i), true);
  if (first === null) return null;
  const weekdays = [first];
  let end = i + 1;
  for (;;) {
    const skip = LIST_JOINERS.has(word(words, end)) ? 1 : 0;
    const next = weekdayNamed(word(words, end + skip), true);
    if (next === null) break;
    weekdays.push(next);
    end += skip + 1;
  }
  return { weekdays, end };
}

/** "1st", "the 1st", "last day", "the last day", optionally followed by "of (the) month". */
function readDayOfMonth(words: Words, i: number): { date: number; end: number } | null {
  let at = word(words, i) === 'the' ? i + 1 : i;
  let date = ordinal(word(words, at));
  if (date !== null) at += 1;
  else if (word(words, at) === 'last' && word(words, at + 1) === 'day') {
    date = -1;
    at += 2;
  } else return null;
  if (word(words, at) === 'of') {
    const skip = word(words, at + 1) === 'the' ? 1 : 0;
    if (word(words, at + 1 + skip) === 'month') at += 2 + skip;
  }
  return { date, end: at };
}

function recurrence(start: number, head: number, end: number, strength: Strength, r: Rule): RecurrencePhrase {
  return { length: end - start, head: head - start, strength, effect: { kind: 'recurrence', rule: r } };
}

/** The frequency with its optional "on ..." detail: "week on monday", "month on the 1st". */
function readFrequency(
  words: Words,
  i: number,
  unit: string,
  interval: number,
  start: number,
  strength: Strength,
): RecurrencePhrase | null {
  const head = i + 1;
  const on = word(words, head) === 'on';
  if (unit === 'day')
    return recurrence(
      start,
      head,
      head,
      strength,
      rule('DAILY', interval, [], () => true),
    );
  if (unit === 'week') {
    const list = on ? readWeekdayList(words, head + 1) : null;
    if (list) return recurrence(start, head, list.end, strength, weekdaysRule(interval, list.weekdays));
    return recurrence(
      start,
      head,
      head,
      strength,
      rule('WEEKLY', interval, [], () => true),
    );
  }
  if (unit === 'month') {
    const dayOfMonth = on ? readDayOfMonth(words, head + 1) : null;
    if (dayOfMonth)
      return recurrence(start, head, dayOfMonth.end, strength, monthDayRule(interval, dayOfMonth.date));
    return recurrence(
      start,
      head,
      head,
      strength,
      rule('MONTHLY', interval, [], () => true),
    );
  }
  if (unit === 'year') {
    const monthDay = on ? readMonthDay(words, head + 1) : null;
    if (monthDay && monthDay.year === null)
      return recurrence(start, head, head + 1 + monthDay.length, strength, yearlyRule(interval, monthDay));
    return recurrence(
      start,
      head,
      head,
      strength,
      rule('YEARLY', interval, [], () => true),
    );
  }
  return null;
}

function yearlyRule(interval: number, { month, date }: MonthDay): Rule {
  return rule('YEARLY', interval, [`BYMONTH=${month}`, `BYMONTHDAY=${date}`], (day) => {
    const parts = partsOf(day);
    return parts.month === month && parts.date === date;
  });
}

const ADVERBS = new Map([
  ['daily', 'day'],
  ['weekly', 'week'],
  ['monthly', 'month'],
  ['yearly', 'year'],
  ['annually', 'year'],
]);
const UNITS = new Map([
  ['day', 'day'],
  ['days', 'day'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['month', 'month'],
  ['months', 'month'],
  ['year', 'year'],
  ['years', 'year'],
]);

function readRecurrence(words: Words, i: number): RecurrencePhrase | null {
  const w0 = word(words, i);
  const adverb = ADVERBS.get(w0);
  if (adverb) return readFrequency(words, i, adverb, 1, i, 'bare');
  if (w0 !== 'every') return null;

  let at = i + 1;
  let interval = 1;
  if (word(words, at) === 'other') {
    interval = 2;
    at += 1;
  } else {
    const n = count(word(words, at));
    if (n !== null && n <= 999 && UNITS.has(word(words, at + 1))) {
      interval = n;
      at += 1;
    }
  }
  const unit = UNITS.get(word(words, at));
  if (unit) return readFrequency(words, at, unit, interval, i, 'strong');
  if (interval !== 1) return null;

  const w = word(words, at);
  if (w === 'weekday' || w === 'weekdays')
    return recurrence(i, at + 1, at + 1, 'strong', weekdaysRule(1, [1, 2, 3, 4, 5]));
  if (w === 'weekend' || w === 'weekends')
    return recurrence(i, at + 1, at + 1, 'strong', weekdaysRule(1, [6, 0]));
  const list = readWeekdayList(words, at);
  if (list) return recurrence(i, list.end, list.end, 'strong', weekdaysRule(1, list.weekdays));
  const dayOfMonth = readDayOfMonth(words, at);
  if (dayOfMonth)
    return recurrence(i, dayOfMonth.end, dayOfMonth.end, 'strong', monthDayRule(1, dayOfMonth.date));
  const monthDay = readMonthDay(words, at);
  if (monthDay && monthDay.year === null) {
    const end = at + monthDay.length;
    return recurrence(i, end, end, 'strong', yearlyRule(1, monthDay));
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The line.

interface Token {
  start: number;
  /** The word exactly as typed. */
  raw: string;
  /** The word as typed, without trailing punctuation. */
  text: string;
  /** Lower-cased `text`, what phrases are matched against. */
  word: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    const trimmed = m[0].replace(/[,.;:!?]+$/u, '');
    tokens.push({ start: m.index, raw: m[0], text: trimmed, word: trimmed.toLowerCase() });
  }
  return tokens;
}

function readWord(token: Token): Phrase | null {
  const priority = PRIORITIES.get(token.word);
  if (priority) return { length: 1, strength: 'strong', effect: { kind: 'priority', priority } };
  const tag = TAG.exec(token.text)?.[1];
  if (tag && !DIGITS_ONLY.test(tag) && [...tag].length <= MAX_TAG_LENGTH)
    return { length: 1, strength: 'strong', effect: { kind: 'tag', tag } };
  return null;
}

/** Every phrase that could start at each word, longest first, without overlaps. */
function findCandidates(tokens: Token[], allowRecurrence: boolean): Candidate[] {
  const words = tokens.map((t) => t.word);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const recurring = readRecurrence(words, i);
    if (recurring && !allowRecurrence) {
      i += recurring.head; // recurrence words stay in the title, untouched
      continue;
    }
    let best: Phrase | null = null;
    for (const phrase of [
      readWord(tokens[i]!),
      readDateOrTime(words, i),
      readRelative(words, i),
      readDayPart(words, i),
      recurring,
    ]) {
      if (phrase && (!best || phrase.length > best.length)) best = phrase;
    }
    const previous = candidates.at(-1);
    const afterArticle = ARTICLES.has(word(words, i - 1)) && (!previous || previous.end < i);
    if (!best || (best.strength !== 'strong' && afterArticle)) {
      i += 1;
      continue;
    }
    candidates.push({ ...best, start: i, end: i + best.length });
    i += best.length;
  }
  return candidates;
}

const isWhen = (c: Candidate) => c.effect.kind !== 'tag' && c.effect.kind !== 'priority';

/**
 * Which candidates count: strong ones always; bare ones at the end of the line or next to a date,
 * time or recurrence that counts; linked ones only next to one. Repeated until nothing changes,
 * because each acceptance can make a neighbour's case.
 */
function accept(candidates: Candidate[], wordCount: number): boolean[] {
  const accepted = candidates.map((c) => c.strength === 'strong');
  let changed = true;
  while (changed) {
    changed = false;
    let tailFrom = wordCount; // every word from here on is covered by an accepted candidate
    for (let k = candidates.length - 1; k >= 0; k--) {
      const c = candidates[k]!;
      if (c.end !== tailFrom) tailFrom = -1;
      const prev = candidates[k - 1];
      const next = candidates[k + 1];
      const besideWhen =
        isWhen(c) &&
        ((prev !== undefined && accepted[k - 1] === true && prev.end === c.start && isWhen(prev)) ||
          (next !== undefined && accepted[k + 1] === true && next.start === c.end && isWhen(next)));
      if (!accepted[k] && (besideWhen || (c.strength === 'bare' && tailFrom === c.end))) {
        accepted[k] = true;
        changed = true;
      }
      tailFrom = accepted[k] && tailFrom === c.end ? c.start : -1;
    }
  }
  return accepted;
}

const SEPARATOR = /^[-–—,;:|/]+$/u;

export function parseQuickAdd(text: string, options: QuickAddOptions): QuickAddParse {
  const tokens = tokenize(text);
  const candidates = findCandidates(tokens, options.recurrence !== false);
  const accepted = accept(candidates, tokens.length);

  let priority: Priority | null = null;
  const tags: string[] = [];
  const tagKeys = new Set<string>();
  let date: { resolve: Resolve; defaultTime: number | null } | null = null;
  let time: { minutes: number; plain: boolean } | null = null;
  let daypart: number | null = null;
  let relative: number | null = null;
  let rrule: Rule | null = null;
  const used: Candidate[] = [];

  candidates.forEach((c, k) => {
    if (!accepted[k]) return;
    const e = c.effect;
    let take = false;
    if (e.kind === 'priority' && priority === null) {
      priority = e.priority;
      take = true;
    } else if (e.kind === 'tag') {
      const key = e.tag.toLowerCase();
      take = tagKeys.has(key) || tags.length < MAX_TAGS;
      if (take && !tagKeys.has(key)) {
        tagKeys.add(key);
        tags.push(e.tag);
      }
    } else if (e.kind === 'date' && date === null && relative === null) {
      date = e;
      take = true;
    } else if (e.kind === 'time' && time === null && relative === null) {
      time = e;
      take = true;
    } else if (e.kind === 'daypart' && daypart === null && relative === null) {
      daypart = e.minutes;
      take = true;
    } else if (
      e.kind === 'relative' &&
      date === null &&
      time === null &&
      daypart === null &&
      relative === null
    ) {
      relative = e.minutes;
      take = true;
    } else if (e.kind === 'recurrence' && rrule === null) {
      rrule = e.rule;
      take = true;
    }
    if (take) used.push(c);
  });

  const due = resolveDue(options, date, time, daypart, relative, rrule);
  return {
    title: titleOf(tokens, used),
    priority,
    tags,
    ...due,
    recurrence: (rrule as Rule | null)?.rrule ?? null,
    matches: used.map((c) => {
      const last = tokens[c.end - 1]!;
      const kind: QuickAddMatchKind =
        c.effect.kind === 'relative' || c.effect.kind === 'daypart' ? 'time' : c.effect.kind;
      return { text: text.slice(tokens[c.start]!.start, last.start + last.text.length), kind };
    }),
  };
}

function resolveDue(
  options: QuickAddOptions,
  date: { resolve: Resolve; defaultTime: number | null } | null,
  time: { minutes: number; plain: boolean } | null,
  daypart: number | null,
  relative: number | null,
  rrule: Rule | null,
): { due_date: string | null; due_at: string | null } {
  const now = options.now.getTime();
  if (relative !== null) {
    const at = Math.floor(now / MINUTE_MS) * MINUTE_MS + relative * MINUTE_MS;
    return { due_date: null, due_at: new Date(at).toISOString() };
  }
  if (!date && !time && daypart === null && !rrule) return { due_date: null, due_at: null };

  const ctx: Context = { now, timeZone: options.timeZone, today: 0 };
  ctx.today = Math.floor(wallClock(now, options.timeZone) / DAY_MS);
  const part = daypart ?? date?.defaultTime ?? null;
  let minutes = time?.minutes ?? part;
  // "tonight at 9" is 21:00, "tomorrow evening at 7:30" 19:30; "tomorrow morning at 8" stays 08:00.
  if (time?.plain && part !== null && part >= NOON && time.minutes < NOON) minutes = time.minutes + NOON;

  let day: Day;
  if (date) day = date.resolve(ctx, minutes);
  else if (rrule) day = firstFitting(ctx, minutes, rrule.fits);
  else day = firstFitting(ctx, minutes, () => true);

  if (minutes === null) return { due_date: formatDay(day), due_at: null };
  return { due_date: null, due_at: new Date(zonedInstant(day, minutes, options.timeZone)).toISOString() };
}

/** The words no phrase took, as typed; the whole line when nothing else is left. */
function titleOf(tokens: Token[], used: Candidate[]): string {
  const taken = new Set<number>();
  for (const c of used) for (let k = c.start; k < c.end; k++) taken.add(k);
  const rest = tokens.filter((_, k) => !taken.has(k)).map((t) => t.raw);
  if (taken.size > 0) {
    // Separators the removed phrases leave dangling: "Buy milk, tomorrow" -> "Buy milk".
    while (rest.length > 0 && SEPARATOR.test(rest[0]!)) rest.shift();
    while (rest.length > 0 && SEPARATOR.test(rest.at(-1)!)) rest.pop();
    if (rest.length > 0) rest.push(rest.pop()!.replace(/[,;:]+$/u, ''));
  }
  const title = rest.join(' ');
  return title.length > 0 ? title : tokens.map((t) => t.raw).join(' ');
}
