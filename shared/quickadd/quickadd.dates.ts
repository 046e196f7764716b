// Quick add's date and time phrases: days ("friday", "dec 24", "the 1st", "in 3 days"), clock
// times, parts of the day and moments from now, read from the words at an index. How phrases are
// read: quickadd.ts; the words they share: quickadd.words.ts.
import { addMonths, type Day, dayOf, daysInMonth, mondayIndex, partsOf, weekdayOf } from '../time/days.js';
import { NUMBERS_BEFORE_A_DATE } from './quickadd.urdu.js';
import {
  AFTER,
  type Context,
  count,
  DAY_PARTS,
  firstFitting,
  MONTHS,
  NOON,
  ordinal,
  type Phrase,
  type Resolve,
  type Strength,
  TAREEKH,
  type Words,
  weekdayNamed,
  word,
} from './quickadd.words.js';

const TONIGHT = DAY_PARTS.get('night')!;

/** Tomorrow, its short forms and its usual misspellings ("tommorow", "tomorow"). */
const TOMORROW = new Set([
  'tomorrow',
  'tmrw',
  'tmr',
  'tmw',
  'tmrow',
  'tommorow',
  'tomorow',
  'tommorrow',
  'tomorrw',
  'tomorro',
]);
/** "5 baje": at 5 o'clock. */
const OCLOCK = '~baje';
/** Quick add's readings of the Urdu parts of an hour (quickadd.urdu.ts): minutes from the hour said. */
const PARTS_OF_AN_HOUR = new Map([
  ['~half', 30],
  ['~quarterPast', 15],
  ['~quarterTo', -15],
]);
/** "derh baje", "dhai baje": quickadd.urdu.ts reads them as ~1:30 and ~2:30. */
const HALF_HOURS = /^~(\d):30$/u;
/**
 * Words before a date or time that only lead it: "on friday", "by 5pm", "until friday" (due by then;
 * after a repeat, "until" ends the repeat instead: readEnds), "sometime next week".
 */
const LEADS = new Set(['on', 'at', 'by', 'due', 'before', 'until', 'till', 'til', 'untill', 'sometime']);
/** English parts of an hour before it: "half past 3" 3:30, "quarter past 4" 4:15, "quarter to 9" 8:45. */
const ENGLISH_PARTS_OF_AN_HOUR = new Map([
  ['half past', 30],
  ['quarter past', 15],
  ['quarter after', 15],
  ['quarter to', -15],
  ['quarter til', -15],
]);
/** The hours said in words, for "at seven", "seven pm", "half past three". */
const HOUR_WORDS = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (w, k): [string, number] => [w, k + 1],
  ),
);
/** Words after "at seven" that make the number a count, not an hour ("at seven days", "at two of them"). */
const NOT_AN_HOUR =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|mins?|times?|people|things|of|percent|%)$/u;
/** "starting next week", "from monday", "beginning the 1st": when something (a repeat) begins; dates only. */
const START_LEADS = new Set(['starting', 'from', 'beginning', 'commencing']);
/** "around 9", "at about 5pm", "roughly 6:30": a time said loosely is that time. */
const ROUGHLY = new Set(['around', 'about', 'approximately', 'approx', 'roughly', 'circa', '~']);
const AM_PM = new Set(['am', 'pm', 'a.m', 'p.m']);

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^(?:19|2\d)\d\d$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const CLOCK_AM_PM = /^(\d{1,2})(?::([0-5]\d))?(a\.?m|p\.?m)$/;
const CLOCK = /^(\d{1,2})(?::([0-5]\d))?$/;
const CLOCK_24 = /^(\d{1,2}):([0-5]\d)$/;
/** "9ish", "5pm-ish", "6:30ish": a time said loosely. */
const CLOCK_ISH = /^(\d{1,2})(?::([0-5]\d))?(a\.?m|p\.?m)?-?ish$/;

/** 12-hour clock to minutes past midnight; 12am is midnight, 12pm is noon. */
function twelveHour(hour: number, minute: number, suffix: string): number | null {
  if (hour < 1 || hour > 12) return null;
  return ((hour % 12) + (suffix.startsWith('p') ? 12 : 0)) * 60 + minute;
}

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

export interface MonthDay {
  length: number;
  month: number;
  date: number;
  year: number | null;
}

/** "dec 24", "december 24th", "24 dec", "24th of december", each with an optional year. */
export function readMonthDay(words: Words, i: number): MonthDay | null {
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
  const phrase = withDateAfterWeekday(words, i, readDay(words, i, led));
  if (phrase?.effect.kind !== 'date' || phrase.effect.defaultTime !== null) return phrase;
  const part = DAY_PARTS.get(word(words, i + phrase.length));
  if (part === undefined) return phrase;
  return { ...phrase, length: phrase.length + 1, effect: { ...phrase.effect, defaultTime: part } };
}

/**
 * "thursday the 31st", "thursday, 31 august": a weekday followed by the date itself is that date
 * (the weekday only names it); the weekday alone would be the next Thursday.
 */
function withDateAfterWeekday(words: Words, i: number, phrase: Phrase | null): Phrase | null {
  const weekday = weekdayNamed(word(words, i));
  if (phrase?.effect.kind !== 'date' || phrase.length !== 1 || weekday === null) return phrase;
  const next = readDay(words, i + 1, true);
  if (next?.effect.kind !== 'date' || weekdayNamed(word(words, i + 1)) !== null) return phrase;
  const [byWeekday, byDate] = [phrase.effect.resolve, next.effect.resolve];
  // A date that is not that weekday ("monday the 12th" on a Saturday the 12th): the weekday holds.
  const resolve: Resolve = (ctx, minutes) => {
    const day = byDate(ctx, minutes);
    return weekdayOf(day) === weekday ? day : byWeekday(ctx, minutes);
  };
  return { ...next, length: next.length + 1, effect: { ...next.effect, resolve } };
}

/** "in the morning", "in the evening", "at night": the next such time. */
export function readDayPart(words: Words, i: number): Phrase | null {
  const [w0, w1, w2] = [word(words, i), word(words, i + 1), word(words, i + 2)];
  const part = (minutes: number | undefined, length: number): Phrase | null =>
    minutes === undefined ? null : { length, strength: 'bare', effect: { kind: 'daypart', minutes } };
  if (w0 === 'in' && w1 === 'the' && w2 !== 'night') return part(DAY_PARTS.get(w2), 3);
  if (w0 === 'at' && w1 === 'night') return part(TONIGHT, 2);
  const before = DAY_PARTS.get(w0);
  // "shaam ko", "raat ko": in the evening, at night (the next one), as "in the evening".
  if (before !== undefined && w1 === '~ko')
    return { length: 2, strength: 'strong', effect: { kind: 'daypart', minutes: before } };
  // "shaam 7 baje", "subah 6 baje" (quickadd.urdu.ts): the part of the day, then an hour of it.
  if (before !== undefined) {
    const time = readTime(words, i + 1, null);
    if (time?.effect.kind === 'time' && time.strength === 'strong')
      return ofDayPart(time, before, time.length + 1);
  }
  return null;
}

/** "7 baje shaam": an hour, then the part of the day it is in. */
function withDayPartAfter(words: Words, i: number, time: Phrase | null): Phrase | null {
  if (time?.effect.kind !== 'time') return time;
  const after = DAY_PARTS.get(word(words, i + time.length));
  return after === undefined ? time : ofDayPart(time, after, time.length + 1);
}

/** A time said without am/pm read in a part of the day: 7 in the evening is 19:00, in the morning 07:00. */
function ofDayPart(time: Phrase, part: number, length: number): Phrase {
  if (time.effect.kind !== 'time') return time;
  const { minutes, guess } = time.effect;
  const hour = Math.floor(minutes / 60);
  // "raat 2 baje", "raat 12 baje": the night's small hours and its midnight, not 14:00 or noon.
  const smallHours = guess === true && part === TONIGHT && (hour <= 4 || hour === 12);
  const afternoon = !smallHours && guess === true && part >= NOON && hour >= 1 && hour <= 11;
  const shifted = smallHours ? minutes % (12 * 60) : afternoon ? minutes + NOON : minutes;
  return { ...time, length, effect: { ...time.effect, minutes: shifted, guess: false } };
}

function readDay(words: Words, i: number, led: boolean): Phrase | null {
  const [w0, w1, w2, w3] = [word(words, i), word(words, i + 1), word(words, i + 2), word(words, i + 3)];
  if (w0 === 'today') return datePhrase(1, 'bare', (ctx) => ctx.today);
  if (w0 === 'tonight') return datePhrase(1, 'bare', (ctx) => ctx.today, TONIGHT);
  if (TOMORROW.has(w0)) return datePhrase(1, 'bare', (ctx) => ctx.today + 1);
  if (w0 === 'yesterday') return datePhrase(1, 'bare', (ctx) => ctx.today - 1);
  const afterTomorrow = (ctx: Context) => ctx.today + 2;
  if (w0 === 'overmorrow') return datePhrase(1, 'bare', afterTomorrow);
  // "agle jumma" (quickadd.urdu.ts), "coming friday": the next Friday after today.
  if (w0 === 'coming') {
    const weekday = weekdayNamed(w1);
    if (weekday !== null)
      return datePhrase(2, 'strong', (ctx) =>
        firstFitting({ ...ctx, today: ctx.today + 1 }, null, (d) => weekdayOf(d) === weekday),
      );
    if (w1 === 'week' || w1 === 'month' || w1 === 'year' || w1 === 'weekend') {
      // Read as "next ..." word for word: "agle hafte jumeraat" is "next week thursday".
      return readDay(['next', ...words.slice(i + 1, i + 5)], 0, led);
    }
    return null;
  }
  // "3 din baad", "do hafte mein": in 3 days, in 2 weeks.
  const after = DATE_UNITS.get(w1);
  const n = count(w0);
  if (n !== null && after && w2 === AFTER && n <= after.max)
    return datePhrase(3, 'strong', (ctx) => addMonths(ctx.today + n * after.days, n * after.months));
  // "+5 days" anywhere; "5 days", "3 weeks" (Todoist: that long from today) at the end of the line.
  const plus = /^\+(\d{1,5})$/u.exec(w0);
  if (plus && after && Number(plus[1]) <= after.max) {
    const k = Number(plus[1]);
    return datePhrase(2, 'strong', (ctx) => addMonths(ctx.today + k * after.days, k * after.months));
  }
  if (n !== null && after && n <= after.max && /^\d+$/u.test(w0))
    return datePhrase(2, 'bare', (ctx) => addMonths(ctx.today + n * after.days, n * after.months));
  // "december ki 25 tareekh", "دسمبر کی 25 تاریخ": that day of that month.
  const ofMonth = MONTHS.get(w0);
  const dayOfIt = count(w2);
  if (ofMonth !== undefined && (w1 === 'ki' || w1 === 'کی') && dayOfIt !== null && w3 === TAREEKH)
    return dayOfIt <= daysInMonth(2000, ofMonth)
      ? datePhrase(4, 'strong', comingMonthDay(ofMonth, dayOfIt))
      : null;
  // "mahine ke aakhir mein": at the month's end; "janwari ke wasat mein": mid January.
  const urduOf = w1 === 'ke' || w1 === 'کے';
  // Roman Urdu borrows "end": "mahine ke end tak".
  if (urduOf && (w2 === '~end' || w2 === 'end') && (w0 === 'month' || w0 === 'months')) {
    const length = word(words, i + 3) === AFTER ? 4 : 3;
    return datePhrase(length, 'strong', (ctx) => {
      const { year, month } = partsOf(ctx.today);
      return dayOf(year, month, daysInMonth(year, month));
    });
  }
  const midOf = MONTHS.get(w0);
  if (urduOf && w2 === '~middle' && midOf !== undefined)
    return datePhrase(word(words, i + 3) === AFTER ? 4 : 3, 'strong', comingMonthDay(midOf, 15));
  // "mid january", "mid-march": the 15th of the coming one.
  const mid = /^mid-(\p{L}+)$/u.exec(w0);
  const midMonth = mid ? MONTHS.get(mid[1]!) : w0 === 'mid' ? MONTHS.get(w1) : undefined;
  if (midMonth !== undefined) return datePhrase(mid ? 1 : 2, 'strong', comingMonthDay(midMonth, 15));
  // "15 tareekh", "bees tareekh": the 15th, the 20th.
  const dateOfMonth = w1 === TAREEKH ? (n ?? NUMBERS_BEFORE_A_DATE.get(w0) ?? null) : null;
  if (dateOfMonth !== null && dateOfMonth <= 31)
    return datePhrase(2, 'strong', (ctx, minutes) =>
      firstFitting(ctx, minutes, (day) => partsOf(day).date === dateOfMonth),
    );
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
    if (w0 === 'next' && w1 === 'week') {
      // "next week thursday", "agle hafte jumeraat", "اگلے ہفتے کی جمعرات": that day of next week.
      const of = GENITIVES.has(w2) ? 1 : 0;
      const day = weekdayNamed(word(words, i + 2 + of));
      if (day !== null)
        return datePhrase(3 + of, 'strong', (ctx) => nextWeekMonday(ctx.today) + mondayIndex(day));
      return datePhrase(2, 'strong', (ctx) => nextWeekMonday(ctx.today));
    }
    if (w0 === 'next' && w1 === 'month')
      return datePhrase(2, 'strong', (ctx) => {
        const { year, month } = partsOf(ctx.today);
        return addMonths(dayOf(year, month, 1), 1);
      });
    if (w0 === 'next' && w1 === 'year')
      return datePhrase(2, 'strong', (ctx) => dayOf(partsOf(ctx.today).year + 1, 1, 1));
    return null;
  }
  // "ہفتے کو", "hafte ko", "ہفتے کے دن": ہفتہ is the week and Saturday; "on" it, or its day, is
  // Saturday (not after a number or "this": "do hafte ko", "is hafte ko" are weeks).
  if (
    w0 === 'week' &&
    (w1 === '~ko' || (GENITIVES.has(w1) && w2 === 'day')) &&
    !WEEK_BEFORE.has(word(words, i - 1))
  )
    return datePhrase(w1 === '~ko' ? 2 : 3, 'strong', upcoming(6));
  // "weekend" alone is too common a title word: only "on/by the weekend".
  if (led && w0 === 'weekend') return datePhrase(1, 'strong', thisWeekend);
  if (led && w0 === 'the' && w1 === 'weekend') return datePhrase(2, 'strong', thisWeekend);

  if (w0 === 'eod') return datePhrase(1, 'bare', (ctx) => ctx.today);
  // "by the end of the month", "before the end of the year": as "end of month".
  if (led && w0 === 'the' && w1 === 'end' && w2 === 'of') {
    const end = readDay(words, i + 1, led);
    return end?.effect.kind === 'date' ? { ...end, length: end.length + 1 } : null;
  }
  if (w0 === 'end' && w1 === 'of') {
    const skip = w2 === 'the' || w2 === 'this' ? 1 : 0;
    const unit = word(words, i + 2 + skip);
    // "end of day", "end of today": today; "end of next month", "end of march": that month's last day.
    if ((unit === 'day' && w2 !== 'this') || (unit === 'today' && !skip))
      return datePhrase(3 + skip, 'strong', (ctx) => ctx.today);
    if (unit === 'next' && word(words, i + 3 + skip) === 'month' && w2 !== 'this')
      return datePhrase(4 + skip, 'strong', (ctx) => {
        const { year, month } = partsOf(ctx.today);
        const next = partsOf(addMonths(dayOf(year, month, 1), 1));
        return dayOf(next.year, next.month, daysInMonth(next.year, next.month));
      });
    const named = w2 === 'the' || w2 === 'this' ? undefined : MONTHS.get(unit);
    if (named !== undefined)
      return datePhrase(3, 'strong', (ctx) => {
        const { year, month } = partsOf(ctx.today);
        const y = named < month ? year + 1 : year;
        return dayOf(y, named, daysInMonth(y, named));
      });
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
  // "monday next": the Monday of next week, as "next monday".
  if (weekday !== null && w1 === 'next' && !weekdayNamed(w2) && w2 !== 'week' && w2 !== 'month')
    return datePhrase(2, 'strong', (ctx) => nextWeekMonday(ctx.today) + mondayIndex(weekday));
  if (weekday !== null) return datePhrase(1, 'bare', upcoming(weekday));

  // "--12-10": a numeric date without a year, as the account's date order read it (quickadd.ts).
  const monthDate = /^--(\d{2})-(\d{2})$/.exec(w0);
  if (monthDate) return datePhrase(1, 'bare', comingMonthDay(Number(monthDate[1]), Number(monthDate[2])));
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

  // "the 1st", "27th": the next day of that number, where a bare phrase counts ("Finish 1st draft"
  // keeps its word: it is not at the end of the line).
  const nth = skipThe ? ordinal(w1) : ordinal(w0);
  if (nth !== null)
    return datePhrase(1 + skipThe, 'bare', (ctx, minutes) =>
      firstFitting(ctx, minutes, (day) => partsOf(day).date === nth),
    );
  return null;
}

/** Urdu's "of" between a week and its day ("agle hafte ki jumeraat", "ہفتے کے دن"). */
const GENITIVES = new Set(['ki', 'ka', 'ke', 'کی', 'کا', 'کے']);
/** Words before ہفتے that make it a week ("is hafte ko", "do hafte ko", "har hafte"). */
const WEEK_BEFORE = new Set([
  'the',
  'a',
  'is',
  'اس',
  'this',
  'every',
  'next',
  'coming',
  'last',
  'pichle',
  'پچھلے',
]);

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
  guess = false,
): Phrase {
  return { length, strength, effect: { kind: 'time', minutes, hourOnly, plain, guess } };
}

function readTime(words: Words, i: number, lead: string | null): Phrase | null {
  const w0 = word(words, i);
  if (w0 === 'noon' || w0 === 'midday') return timePhrase(1, 'bare', 12 * 60);
  if (w0 === 'midnight') return timePhrase(1, 'bare', 0);

  const ish = CLOCK_ISH.exec(w0);
  if (ish) {
    const [hour, minute] = [Number(ish[1]), Number(ish[2] ?? 0)];
    if (ish[3]) {
      const minutes = twelveHour(hour, minute, ish[3]);
      return minutes === null ? null : timePhrase(1, 'strong', minutes);
    }
    return hour > 23
      ? null
      : timePhrase(1, 'bare', hour * 60 + minute, ish[2] === undefined, true, hour >= 1 && hour <= 12);
  }
  const withSuffix = CLOCK_AM_PM.exec(w0);
  if (withSuffix) {
    const minutes = twelveHour(Number(withSuffix[1]), Number(withSuffix[2] ?? 0), withSuffix[3]!);
    return minutes === null ? null : timePhrase(1, 'strong', minutes);
  }
  const w1 = word(words, i + 1);
  // "saarhe paanch baje" 5:30, "sawa 4 baje" 4:15, "pone 5 baje" 4:45, "derh baje" 1:30: an hour of
  // 1-12 said without am/pm, so the next sensible one, as "5 baje" is.
  const half = HALF_HOURS.exec(w0);
  if (half && w1 === OCLOCK) return timePhrase(2, 'strong', Number(half[1]) * 60 + 30, false, true, true);
  const part = PARTS_OF_AN_HOUR.get(w0);
  const partHour = part === undefined ? null : /^(\d{1,2})$/u.exec(w1);
  if (part !== undefined && partHour && word(words, i + 2) === OCLOCK) {
    const hour = Number(partHour[1]);
    if (hour < 1 || hour > 12) return null;
    // "pone 1 baje": a quarter to one, 12:45.
    const minutes = hour * 60 + part + (hour * 60 + part < 60 ? 12 * 60 : 0);
    return timePhrase(3, 'strong', minutes, false, true, true);
  }
  // "half past 3", "quarter to nine": the hour said the English way, the next sensible one.
  const englishPart = ENGLISH_PARTS_OF_AN_HOUR.get(`${w0} ${w1}`);
  if (englishPart !== undefined) {
    const w2 = word(words, i + 2);
    const hour = HOUR_WORDS.get(w2) ?? (/^\d{1,2}$/u.test(w2) ? Number(w2) : 0);
    if (hour < 1 || hour > 12) return null;
    const minutes = hour * 60 + englishPart + (hour * 60 + englishPart < 60 ? 12 * 60 : 0);
    const suffix = word(words, i + 3);
    if (AM_PM.has(suffix)) {
      const at = twelveHour(Math.floor(minutes / 60) % 12 || 12, minutes % 60, suffix);
      return at === null ? null : timePhrase(4, 'strong', at);
    }
    return timePhrase(3, 'strong', minutes, false, true, true);
  }
  // "seven pm", "seven o'clock", "at seven": an hour said in words.
  const hourWord = HOUR_WORDS.get(w0);
  if (hourWord !== undefined) {
    if (AM_PM.has(w1)) return timePhrase(2, 'strong', twelveHour(hourWord, 0, w1)!);
    if (w1 === "o'clock" || w1 === 'oclock') return timePhrase(2, 'strong', hourWord * 60, true, true, true);
    if (lead === 'at' && !NOT_AN_HOUR.test(w1)) return timePhrase(1, 'bare', hourWord * 60, true, true, true);
    return null;
  }
  const clock = CLOCK.exec(w0);
  if (!clock) return null;
  const [hour, minute] = [Number(clock[1]), Number(clock[2] ?? 0)];
  if (AM_PM.has(w1)) {
    const minutes = twelveHour(hour, minute, w1);
    return minutes === null ? null : timePhrase(2, 'strong', minutes);
  }
  if (hour > 23) return null;
  // An hour of 1-12 written without a leading zero may be the afternoon's ("at 5"); "05:00" is not.
  const guess = hour >= 1 && hour <= 12 && !clock[1]!.startsWith('0');
  if (w1 === OCLOCK || w1 === "o'clock" || w1 === 'oclock')
    return timePhrase(2, 'strong', hour * 60 + minute, clock[2] === undefined, true, guess);
  if (CLOCK_24.test(w0))
    return timePhrase(1, clock[1]!.length === 2 ? 'bare' : 'linked', hour * 60 + minute, false, true, guess);
  // A bare number is a time only as "at 9": "Buy 2 apples" stays a title.
  if (lead === 'at') return timePhrase(1, 'bare', hour * 60, true, true, guess);
  return null;
}

/** "no date": said to leave the task without one. */
export function readNoDate(words: Words, i: number): Phrase | null {
  return word(words, i) === 'no' && word(words, i + 1) === 'date'
    ? { length: 2, strength: 'bare', effect: { kind: 'nodate' } }
    : null;
}

/** A date or time with an optional lead word: "on friday", "by 5pm", "due by the 1st", "at 9". */
export function readDateOrTime(words: Words, i: number): Phrase | null {
  const w0 = word(words, i);
  if (START_LEADS.has(w0)) {
    const at = i + (word(words, i + 1) === 'from' || word(words, i + 1) === 'on' ? 2 : 1);
    const phrase = readDate(words, at, false);
    // "starting at 7pm": a repeat's first time of day ("every 12 hours starting at 7pm").
    if (phrase === null && START_LEADS.has(w0) && word(words, at) === 'at') {
      const time = readDateOrTime(words, at);
      if (time?.effect.kind !== 'time') return null;
      return { ...time, length: time.length + at - i, strength: 'strong' };
    }
    if (phrase?.effect.kind !== 'date') return null;
    // "from 5th avenue": a lone ordinal after "from" is a title word ("from the 5th" is a date).
    if (phrase.length === 1 && ordinal(word(words, at)) !== null) return null;
    return { ...phrase, length: phrase.length + at - i, strength: 'strong' };
  }
  if (ROUGHLY.has(w0)) return roughTime(words, i, i + 1);
  if ((w0 === 'at' || w0 === 'by') && ROUGHLY.has(word(words, i + 1))) return roughTime(words, i, i + 2);
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
  const phrase = readDate(words, at, lead !== null) ?? withDayPartAfter(words, at, readTime(words, at, lead));
  if (!phrase) return null;
  if (lead === null) return phrase;
  // A lead makes a phrase count anywhere, except "at 9", which stays as cautious as a bare phrase.
  const hourOnly = phrase.effect.kind === 'time' && phrase.effect.hourOnly;
  return { ...phrase, length: phrase.length + at - i, strength: hourOnly ? 'bare' : 'strong' };
}

/**
 * "around 9", "at about 5pm": a time said loosely. A bare hour counts as "at 9" does (at the end of
 * the line or beside a date); "about" needs a clock that says it is one ("about 5pm", "about 6:30"),
 * since "talk about 5 options" is no time.
 */
function roughTime(words: Words, i: number, at: number): Phrase | null {
  const phrase = readTime(words, at, 'at');
  if (phrase?.effect.kind !== 'time') return null;
  const loose = word(words, at - 1);
  // "talk about 5 options" is no time; "at about 6" is.
  if (phrase.effect.hourOnly && ((loose === 'about' && word(words, i) !== 'at') || word(words, i) === 'by'))
    return null;
  const strength = phrase.effect.hourOnly ? 'bare' : 'strong';
  return { ...phrase, length: phrase.length + at - i, strength };
}
