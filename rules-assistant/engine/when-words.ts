// The Urdu and Roman Urdu words of days, times, numbers, repeats, urgency and reminders, read from
// the one table quick add reads too (shared/lang/urdu-when.json), and small finders of them (how many
// words a repeat, a date or an hour takes; a weekday, a number said in words), for when-urdu.ts and
// reminders.ts. What the words mean is the shared reader's (readTime).
import shared from '#shared/lang/urdu-when.json' with { type: 'json' };
import type { Priority } from '#shared/quickadd/quickadd.js';
import { dayOf, weekdayOf } from '#shared/time/days.js';
import { dayIn } from '#shared/time/zone.js';
import type { Clock } from './when-english.js';

// Urdu script and Roman Urdu ---------------------------------------------------------------------
// The table's lists by meaning; the English words the assistant also reads in a Roman Urdu line
// ("monday ko", "urgent", "date") are added here.

/** The table less the spellings the assistant reads in another one (its assistantSpelledFirst). */
function lessSpelledFirst(all: typeof shared): typeof shared {
  const first = new Set(all.assistantSpelledFirst.words);
  const less = (lists: unknown) =>
    typeof lists === 'object' && lists !== null
      ? Object.fromEntries(
          Object.entries(lists).map(([key, words]) => [
            key,
            Array.isArray(words) ? words.filter((w: string) => !first.has(w)) : words,
          ]),
        )
      : lists;
  return Object.fromEntries(Object.entries(all).map(([name, lists]) => [name, less(lists)])) as typeof shared;
}
const table = lessSpelledFirst(shared);
/** Spellings its first stage puts in another one ("jumme" -> "jumma"): the assistant reads them there only. */
export const SPELLED_FIRST = new Set(shared.assistantSpelledFirst.words);
/** A list of the table by its meanings ("_about" is none), each word as `as` of its meaning. */
function pairs<T>(lists: Record<string, string | string[]>, as: (key: string) => T): [string, T][] {
  return Object.entries(lists).flatMap(([key, words]) =>
    key === '_about' || typeof words === 'string' ? [] : words.map((w): [string, T] => [w, as(key)]),
  );
}
const ENGLISH_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The words for a task itself ('کام', 'kaam', 'task'). */
export const TASK_NOUN_WORDS = new Set(['task', 'kaam', 'kam', 'کام', 'ٹاسک']);

export const DAY_WORDS = new Map<string, string>([
  // پرسوں: quick add's "overmorrow", said here as "day after tomorrow".
  ...pairs(table.days, (day) => (day === 'overmorrow' ? 'day after tomorrow' : day)),
  // ہفتہ alone: Saturday (after ہر or a number: the week, UNITS).
  ...table.saturdayOrWeek.words.map((w): [string, string] => [w, 'saturday']),
  // Roman Urdu borrows the English names: "har saturday subah 8 baje", "monday ko".
  ...ENGLISH_DAYS.map((d): [string, string] => [d, d]),
]);
/** The units of a span ("do hafte baad") or a repeat ("har 3 mahine"): after a number or ہر, ہفتہ is the week. */
const UNITS = new Map<string, string>([
  ...pairs(table.units, (unit) => unit),
  ...table.saturdayOrWeek.words.map((w): [string, string] => [w, 'week']),
]);
export const URDU_SPANS = UNITS;
/** "mahine ke akhir": the month, then its end (or last day). */
export const MONTH_END_START = new Set([...table.units.month, 'month']);
export const MONTH_END = new Set([...table.end.words, ...table.last.words, 'end']);
export const NEXT_WEEK = new Set(['اگلے ہفتے', 'agle hafte', 'aglay haftay', 'agle haftay']);
/** Parts of the day, as quick add names them (its DAY_PARTS give each one time and say am or pm). */
export const PERIODS = new Map<string, string>(pairs(table.dayParts, (part) => part));
export const OCLOCK = new Set(table.oclock.words);
export const URDU_PRIORITY = new Map<string, Priority>(
  [...table.urgent.words, 'urgent'].map((w): [string, Priority] => [w, 'high']),
);
export const LEVEL_WORDS = new Map<string, Priority>([
  ['زیادہ', 'high'],
  ['ہائی', 'high'],
  ['میڈیم', 'medium'],
  ['اونچی', 'high'],
  ['high', 'high'],
  ['zyada', 'high'],
  ['ziada', 'high'],
  ['oonchi', 'high'],
  ['اعلی', 'high'],
  ['اونچا', 'high'],
  ['aala', 'high'],
  ['درمیانی', 'medium'],
  ['medium', 'medium'],
  ['darmiyani', 'medium'],
  ['کم', 'low'],
  ['low', 'low'],
  ['kam', 'low'],
]);
export const PRIORITY_WORDS = new Set([
  'ترجیح',
  'اہمیت',
  'پرائیورٹی',
  'پرایورٹی',
  'پرائرٹی',
  'priority',
  'tarjeeh',
  'tarjih',
  'prio',
]);
/** Postpositions that only tie a date to the sentence ("کل تک", "juma ko"). */
export const DATE_TIES = new Set([...table.ties.by, ...table.ties.on, 'by', 'on', 'at']);
/** Minutes in a unit of a reminder's span ("15 منٹ پہلے", "aadha ghanta pehle", "ek din pehle"), reminders.ts. */
export const REMINDER_UNITS = new Map<string, number>([
  ...[...table.minutes.words].map((w): [string, number] => [w, 1]),
  ...[...table.hour.words, ...table.hours.words].map((w): [string, number] => [w, 60]),
  ...[...UNITS].flatMap(([w, unit]): [string, number][] =>
    unit === 'day' ? [[w, 1440]] : unit === 'week' ? [[w, 10_080]] : [],
  ),
]);
export const BEFORE_WORDS = new Set(table.before.words);
export const AFTER_WORDS = new Set(table.after.words);
/** "kal se": from (reminders.ts: a reminder's task named before it). */
export const FROM_WORDS = new Set(table.ties.from);
/** After a span: "teen din mein", "do hafte baad". */
export const IN_OR_AFTER = new Set([...table.in.words, ...table.after.words]);
export const ENGLISH_WHEN =
  /^(?:today|tomorrow|tonight|noon|midnight|\d{1,2}(?::\d\d)?(?:am|pm)|\d{4}-\d\d-\d\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

const NUMBER_WORDS = new Map<string, number>(pairs(table.numbers, Number));

/** A number said in Urdu or Roman Urdu words ("پندرہ", "das"), or null. */
export function numberWord(word: string): number | null {
  return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}
/** ساڑھے = half past, سوا = quarter past, پونے = quarter to (the table's `fractions`). */
const FRACTIONS = new Map<string, number>(
  pairs(table.fractions, (part) => ({ half: 30, quarterPast: 15, quarterTo: -15 })[part]!),
);
/** ڈیڑھ, dhai: an hour and a half, by itself before o'clock (the table's `halfHours`). */
const HALF_HOURS = new Map<string, string>(pairs(table.halfHours, (clock) => clock));

/**
 * How many words at i say an hour with its o'clock word ("5 baje", "دس بجے", "saarhe paanch baje",
 * "derh baje", "11:30 baje"), or 0.
 */
export function hourAt(tokens: string[], i: number): number {
  const at = (k: number) => (tokens[i + k] ?? '').toLowerCase().replace(/[,.!?:;،۔]+$/u, '');
  const hour = (t: string) => NUMBER_WORDS.has(t) || /^\d{1,2}(?::\d\d)?$/u.test(t);
  if (FRACTIONS.has(at(0)) && hour(at(1)) && OCLOCK.has(at(2))) return 3;
  if ((HALF_HOURS.has(at(0)) || hour(at(0))) && OCLOCK.has(at(1))) return 2;
  return 0;
}

/** "ہر" / "har" (every) before a day or a unit, and the words that are a recurrence by themselves. */
const EVERY = new Set(table.every.words);
const REPEAT_UNITS = UNITS;
const DAILY = new Set(table.everyDayBeforeATime.words);
const REPEAT_WORDS = new Set([...table.daily.words, 'daily', 'weekly', 'monthly']);

/** The word for a date after a day of the month: "5 تاریخ", "1 tareekh". */
export const DAY_OF_MONTH = new Set([...table.dayOfMonth.words, 'date']);

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/** How many words at i say a repeat ("ہر اتوار", "har 2 hafte baad", "روزانہ", "har peer aur jumma"), or null. */
export function urduRepeat(tokens: string[], i: number): { length: number } | null {
  const w = tokens[i]!.toLowerCase();
  if (REPEAT_WORDS.has(w)) return { length: 1 };
  // "roz shaam 7 baje", "روز صبح": every day at that time of day.
  const following = (tokens[i + 1] ?? '').toLowerCase();
  if (DAILY.has(w) && (PERIODS.has(following) || /^\d{1,2}(?::\d\d)?$/u.test(following)))
    return { length: 1 };
  if (!EVERY.has(w)) return null;
  const next = (tokens[i + 1] ?? '').toLowerCase().replace(/[,.!?:;]+$/u, '');
  const n = /^\d{1,3}$/u.test(next) ? Number(next) : NUMBER_WORDS.get(next);
  if (n !== undefined && n !== null) {
    const unit = REPEAT_UNITS.get((tokens[i + 2] ?? '').toLowerCase().replace(/[,.!?:;]+$/u, ''));
    // "ہر تین مہینے بعد", "har 2 hafte baad": every 3 months, "after" adding nothing.
    const after = AFTER_WORDS.has((tokens[i + 3] ?? '').toLowerCase()) ? 1 : 0;
    return unit ? { length: 3 + after } : null;
  }
  const unit = REPEAT_UNITS.get(next);
  if (unit === 'month') {
    // "har mahine ki 5 tareekh", "ہر مہینے کی 5 تاریخ": a day of the month, its first the next such day.
    const rest = tokens.slice(i + 2, i + 5).map((t) => t.toLowerCase().replace(/[,.!?:;]+$/u, ''));
    const skip = ['کی', 'کے', 'ki', 'ke'].includes(rest[0] ?? '') ? 1 : 0;
    const day = /^\d{1,2}$/u.test(rest[skip] ?? '') ? Number(rest[skip]) : null;
    if (day !== null && day >= 1 && day <= 31 && DAY_OF_MONTH.has(rest[skip + 1] ?? ''))
      return { length: 4 + skip };
  }
  if (unit) return { length: 2 };
  const day = weekdayWord(next);
  if (!day) return null;
  // "har monday aur thursday", "ہر پیر، بدھ اور جمعہ": every one of the days listed.
  let length = 2;
  for (;;) {
    const joiner = (tokens[i + length] ?? '').toLowerCase();
    const skip = LIST_AND.has(joiner) ? 1 : 0;
    const more = weekdayWord((tokens[i + length + skip] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, ''));
    if (!more || (!skip && !/[,،]$/u.test(tokens[i + length - 1] ?? ''))) break;
    length += skip + 1;
  }
  return { length };
}

const LIST_AND = new Set([...table.and.words, 'or', 'and', '&']);

/** A weekday said in Urdu, Roman Urdu or English ("پیر", "somwar", "monday"), as its English name. */
export function weekdayWord(word: string): string | null {
  const day = DAY_WORDS.get(word);
  return day && /day$/u.test(day) && !['today', 'tomorrow'].includes(day) ? day : null;
}

export const NEXT_WORDS = new Set(table.coming.words);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday a word names when it is today's in the clock's zone ("budh" on a Wednesday), else null. */
export function nextOfToday(word: string | undefined, clock: Clock): string | null {
  const day = weekdayWord((word ?? '').toLowerCase().replace(/[,.!?:;]+$/u, ''));
  if (!day) return null;
  const [y, m, d] = dayIn(clock.now, clock.timeZone).split('-').map(Number);
  const today = WEEKDAYS[weekdayOf(dayOf(y!, m!, d!))];
  return day === today ? day : null;
}

/** A day of the month said as a number ("20", "پندرہ"), 1 to 31; else null. */
export function dayNumber(w: string): number | null {
  const n = /^\d{1,2}$/u.test(w) ? Number(w) : numberWord(w);
  return n !== null && n !== undefined && n >= 1 && n <= 31 ? n : null;
}

/** Month names in English (whole or short) and Urdu, as quick add reads them. */
const MONTHS = new Set<string>([
  ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october'],
  ...['november', 'december'],
  ...table.months.words,
]);

/**
 * How many tokens a day of a named month takes at i ("2 sept", "25th december", "Dec 31", "25 دسمبر",
 * "دسمبر کی 25 تاریخ"), or null; the shared reader reads them.
 */
export function monthDayAt(tokens: string[], i: number): { length: number } | null {
  const at = (k: number) => (tokens[i + k] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, '');
  const day = (w: string) => {
    const m = /^(\d{1,2})(?:st|nd|rd|th)?$/u.exec(w);
    const n = m ? Number(m[1]) : (numberWord(w) ?? 0);
    return n >= 1 && n <= 31 ? n : null;
  };
  if (day(at(0)) !== null && MONTHS.has(at(1))) return { length: 2 };
  if (!MONTHS.has(at(0))) return null;
  if (day(at(1)) !== null && /^\d/u.test(at(1))) return { length: 2 };
  // "دسمبر کی 25 تاریخ", "december ki 25 tareekh".
  if (['کی', 'ki'].includes(at(1)) && day(at(2)) !== null && DAY_OF_MONTH.has(at(3))) return { length: 4 };
  return null;
}

/** ہفتہ and its oblique ہفتے: the week, and Saturday when said so (saturdayAt). */
export const SATURDAY_FORMS = new Set([...table.units.week, ...table.saturdayOrWeek.words]);
/** Words before ہفتہ / hafta that make it a whole week ("پورا ہفتہ", "sara hafta"). */
export const WHOLE = new Set([
  'پورا',
  'پورے',
  'سارا',
  'سارے',
  'poora',
  'pura',
  'poore',
  'pure',
  'saara',
  'saare',
]);
const NOT_BEFORE_SATURDAY = new Set(['اگلے', 'پچھلے', 'اس', 'agle', 'aglay', 'pichle', 'is', 'har', 'ہر']);

/** How many tokens say Saturday at i ("ہفتے کے دن" 3, "ہفتے کو" 2), or 0. */
export function saturdayAt(tokens: string[], i: number): number {
  const at = (k: number) => (tokens[i + k] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, '');
  if (!SATURDAY_FORMS.has(at(0))) return 0;
  const before = at(-1);
  if (NOT_BEFORE_SATURDAY.has(before) || /^\d+$/u.test(before) || NUMBER_WORDS.has(before)) return 0;
  if (['کے', 'ke', 'kay'].includes(at(1)) && ['دن', 'din'].includes(at(2))) return 3;
  if (table.ties.on.includes(at(1))) return 2;
  return 0;
}

/** The genitive between a day and its part of the day ("ہفتے کی رات", "jumma ki shaam"). */
const OF_DAY = new Set(['کی', 'ki']);

/** Whether tokens[i] is a day followed by "ki" and a part of the day ("ہفتے کی رات", "kal ki subah"). */
export function dayPartOf(tokens: string[], i: number): boolean {
  const at = (k: number) => (tokens[i + k] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, '');
  if (!OF_DAY.has(at(1)) || !PERIODS.has(at(2))) return false;
  if (!SATURDAY_FORMS.has(at(0))) return DAY_WORDS.has(at(0));
  const before = at(-1);
  return !(
    NOT_BEFORE_SATURDAY.has(before) ||
    /^\d+$/u.test(before) ||
    NUMBER_WORDS.has(before) ||
    WHOLE.has(before)
  );
}

/** A tie word directly after a date or time word ("kal tak", "5 baje tak"). */
export function isTie(tokens: string[], i: number): boolean {
  const before = (tokens[i - 1] ?? '').toLowerCase();
  return (
    DAY_WORDS.has(before) ||
    OCLOCK.has(before) ||
    PERIODS.has(before) ||
    ENGLISH_WHEN.test(before) ||
    MONTH_END.has(before) ||
    before === 'ہفتے'
  );
}
