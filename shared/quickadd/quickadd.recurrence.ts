// Quick add's recurrence phrases ("every monday", "every 2 weeks", "every month on the 1st"), read
// into RFC 5545 rules. How phrases are read: quickadd.ts.
import { addMonths, type Day, dayOf, daysInMonth, partsOf, weekdayOf } from '../time/days.js';
import { type MonthDay, readDateOrTime, readMonthDay } from './quickadd.dates.js';
import {
  AFTER,
  count,
  DAY_PARTS,
  LIST_JOINERS,
  ORDINAL_WORDS,
  ordinal,
  type Phrase,
  type Resolve,
  RRULE_DAYS,
  type Rule,
  type Strength,
  TAREEKH,
  type Words,
  weekdayNamed,
  word,
} from './quickadd.words.js';

export interface RecurrencePhrase extends Phrase {
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

/** Which of the month's days of `weekday` `day` is: 1 = the first, -1 = the last (and both, when the same). */
function weekdayPositions(day: Day): { first: number; last: number } {
  const { year, month, date } = partsOf(day);
  return {
    first: Math.floor((date - 1) / 7) + 1,
    last: -(Math.floor((daysInMonth(year, month) - date) / 7) + 1),
  };
}

/** "every 3rd friday", "every last monday": that weekday's place in each month. */
function monthWeekdayRule(interval: number, position: number, weekday: number): Rule {
  return rule('MONTHLY', interval, [`BYDAY=${position}${RRULE_DAYS[weekday]}`], (day) => {
    if (weekdayOf(day) !== weekday) return false;
    const { first, last } = weekdayPositions(day);
    return position > 0 ? first === position : last === position;
  });
}

/** "every first workday", "every last workday", "every 15th workday": the Nth weekday (Mon-Fri) of each month. */
function monthWorkdayRule(interval: number, position: number): Rule {
  const workday = (day: Day) => weekdayOf(day) >= 1 && weekdayOf(day) <= 5;
  return rule('MONTHLY', interval, ['BYDAY=MO,TU,WE,TH,FR', `BYSETPOS=${position}`], (day) => {
    if (!workday(day)) return false;
    const { year, month } = partsOf(day);
    const first = dayOf(year, month, 1);
    const days = Array.from({ length: daysInMonth(year, month) }, (_, k) => first + k).filter(workday);
    return days.at(position > 0 ? position - 1 : position) === day;
  });
}

/** "the 3rd friday", "last workday", "first day" (of the month): a day by its place in each month. */
function readPlaceInMonth(words: Words, i: number): { rule: (interval: number) => Rule; end: number } | null {
  let at = word(words, i) === 'the' ? i + 1 : i;
  const w = word(words, at);
  const position = ORDINAL_WORDS.get(w) ?? ordinal(w);
  if (position === null || position === undefined) return null;
  const what = word(words, at + 1);
  const weekday = weekdayNamed(what);
  let make: ((interval: number) => Rule) | null = null;
  if (weekday !== null && position >= -1 && position <= 5)
    make = (interval) => monthWeekdayRule(interval, position, weekday);
  else if (
    (what === 'workday' || what === 'weekday' || what === 'business') &&
    position >= -1 &&
    position <= 23
  ) {
    if (what === 'business' && word(words, at + 2) !== 'day') return null;
    if (what === 'business') at += 1;
    make = (interval) => monthWorkdayRule(interval, position);
  } else if (what === 'day' && position === 1) make = (interval) => monthDayRule(interval, 1);
  if (!make) return null;
  at += 2;
  if (word(words, at) === 'of') {
    const skip = word(words, at + 1) === 'the' || word(words, at + 1) === 'every' ? 1 : 0;
    if (word(words, at + 1 + skip) === 'month') at += 2 + skip;
  }
  return { rule: make, end: at };
}

function monthDayRule(interval: number, date: number): Rule {
  return monthDaysRule(interval, [date]);
}

function monthDaysRule(interval: number, dates: number[]): Rule {
  const sorted = [...dates].sort((a, b) => a - b);
  return rule('MONTHLY', interval, [`BYMONTHDAY=${sorted.join(',')}`], (day) => {
    const parts = partsOf(day);
    const last = daysInMonth(parts.year, parts.month);
    return sorted.some((date) => (date === -1 ? parts.date === last : parts.date === date));
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

/** Urdu's "of" before the day of a month or year ("har mahine ki 5 tareekh"). */
const OF = new Set(['ki', 'ka', 'ke', 'کی', 'کا', 'کے']);

/** "5 tareekh", "aakhri tareekh" (the last day): a day of the month said the Urdu way. */
function readTareekh(words: Words, i: number): { date: number; end: number } | null {
  if (word(words, i + 1) !== TAREEKH) return null;
  if (word(words, i) === 'last') return { date: -1, end: i + 2 };
  const n = word(words, i) === 'first' ? 1 : count(word(words, i));
  return n !== null && n >= 1 && n <= 31 ? { date: n, end: i + 2 } : null;
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
  // "every month on the 1st"; "har mahine ki 5 tareekh", "har saal 14 August ko" (Urdu's "of").
  // "every 12 hours": by elapsed time (a start time comes with "starting at 7pm" or "at 7pm").
  if (unit === 'hour')
    return recurrence(
      start,
      head,
      head,
      strength,
      rule('HOURLY', interval, [], () => true),
    );
  const on = word(words, head) === 'on' || (unit !== 'day' && unit !== 'week' && OF.has(word(words, head)));
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
    const place = on ? readPlaceInMonth(words, head + 1) : null;
    if (place) return recurrence(start, head, place.end, strength, place.rule(interval));
    const dayOfMonth = on ? (readDayOfMonth(words, head + 1) ?? readTareekh(words, head + 1)) : null;
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
    // "every year on aug 14", or the date right after it ("har saal 14 August").
    const at = on ? head + 1 : head;
    const monthDay = readMonthDay(words, at);
    if (monthDay && monthDay.year === null)
      return recurrence(start, head, at + monthDay.length, strength, yearlyRule(interval, monthDay));
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

function yearlyRule(interval: number, dates: MonthDay | MonthDay[]): Rule {
  const list = Array.isArray(dates) ? dates : [dates];
  const months = [...new Set(list.map((d) => d.month))].sort((a, b) => a - b);
  const days = [...new Set(list.map((d) => d.date))].sort((a, b) => a - b);
  return rule('YEARLY', interval, [`BYMONTH=${months.join(',')}`, `BYMONTHDAY=${days.join(',')}`], (day) => {
    const parts = partsOf(day);
    return months.includes(parts.month) && days.includes(parts.date);
  });
}

const ADVERBS = new Map([
  ['hourly', 'hour'],
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
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['hr', 'hour'],
  ['hrs', 'hour'],
]);

export function readRecurrence(words: Words, i: number): RecurrencePhrase | null {
  const w0 = word(words, i);
  // "mon wed fri", "on tuesdays and thursdays": several weekdays, or one in the plural, repeat weekly.
  const on = w0 === 'on' ? 1 : 0;
  const days = readWeekdayList(words, i + on);
  if (days && (days.weekdays.length >= 2 || weekdayNamed(word(words, i + on)) === null)) {
    if (word(words, i - 1) !== 'this' && word(words, i - 1) !== 'next')
      return recurrence(i, days.end, days.end, 'bare', weekdaysRule(1, days.weekdays));
  }
  const adverb = ADVERBS.get(w0);
  if (adverb) return readFrequency(words, i, adverb, 1, i, 'bare');
  // "on the 1st of every month", "the 15th of each month": every month on that day.
  const day = readDayOfMonth(words, i + on);
  if (
    day &&
    word(words, day.end) === 'of' &&
    (word(words, day.end + 1) === 'every' || word(words, day.end + 1) === 'each') &&
    word(words, day.end + 2) === 'month'
  )
    return recurrence(i, day.end + 3, day.end + 3, 'strong', monthDaysRule(1, [day.date]));
  // "after 3 days", "after a week": Todoist's repeat counted from completion.
  if (w0 === 'after') {
    const n = count(word(words, i + 1));
    const unit = UNITS.get(word(words, i + 2));
    if (n === null || n > 999 || !unit) return null;
    const phrase = readFrequency(words, i + 2, unit, n, i, 'bare');
    return phrase && { ...fromCompletion(phrase), length: 3, head: 3 };
  }
  if (w0 === 'every!') {
    const phrase = readEvery(words, i);
    return phrase && fromCompletion(phrase);
  }
  return w0 === 'every' ? readEvery(words, i) : null;
}

function fromCompletion(phrase: RecurrencePhrase): RecurrencePhrase {
  if (phrase.effect.kind !== 'recurrence') return phrase;
  return { ...phrase, effect: { kind: 'recurrence', rule: { ...phrase.effect.rule, fromCompletion: true } } };
}

const WORKDAYS = new Set(['weekday', 'weekdays', 'workday', 'workdays']);

/** "every ..." (or "every! ..."): the words after it. */
function readEvery(words: Words, i: number): RecurrencePhrase | null {
  let at = i + 1;
  let interval = 1;
  if (word(words, at) === 'other') {
    interval = 2;
    at += 1;
  } else if ((ORDINAL_WORDS.get(word(words, at)) ?? 0) >= 2 && UNITS.has(word(words, at + 1))) {
    // "every second day", "every third week", "har doosre din".
    interval = ORDINAL_WORDS.get(word(words, at))!;
    at += 1;
  } else {
    const n = count(word(words, at));
    if (n !== null && n <= 999 && UNITS.has(word(words, at + 1))) {
      interval = n;
      at += 1;
    }
  }
  const unit = UNITS.get(word(words, at));
  if (unit) {
    const phrase = readFrequency(words, at, unit, interval, i, 'strong');
    // "har do hafte baad" (every two weeks after): the "after" belongs to the repeat.
    if (phrase && word(words, i + phrase.length) === AFTER && phrase.length === phrase.head)
      return { ...phrase, length: phrase.length + 1, head: phrase.head + 1 };
    return phrase;
  }
  const list = readWeekdayList(words, at);
  // "every other tuesday", "every other mon and thu".
  if (list) return recurrence(i, list.end, list.end, 'strong', weekdaysRule(interval, list.weekdays));
  if (interval !== 1) return null;
  // "every morning", "har shaam": daily, at that part of the day (the part is read after the repeat).
  if (DAY_PARTS.has(word(words, at)))
    return recurrence(
      i,
      at,
      at,
      'strong',
      rule('DAILY', 1, [], () => true),
    );

  const w = word(words, at);
  if (WORKDAYS.has(w)) return recurrence(i, at + 1, at + 1, 'strong', weekdaysRule(1, [1, 2, 3, 4, 5]));
  // Todoist: "every weekend" is every Saturday.
  if (w === 'weekend' || w === 'weekends')
    return recurrence(i, at + 1, at + 1, 'strong', weekdaysRule(1, [6]));
  const place = readPlaceInMonth(words, at);
  if (place) return recurrence(i, place.end, place.end, 'strong', place.rule(1));
  const dayOfMonth = readDayOfMonth(words, at) ?? bareDayNumber(words, at);
  if (dayOfMonth) {
    const dates = [dayOfMonth.date];
    let end = dayOfMonth.end;
    // "every 1st and 15th", "every 5th, 20th".
    for (;;) {
      const skip = LIST_JOINERS.has(word(words, end)) ? 1 : 0;
      const more = ordinal(word(words, end + skip));
      if (more === null || dates.includes(more)) break;
      dates.push(more);
      end += skip + 1;
    }
    return recurrence(i, end, end, 'strong', monthDaysRule(1, dates));
  }
  const monthDay = readMonthDay(words, at);
  if (monthDay && monthDay.year === null) {
    const dates = [monthDay];
    let end = at + monthDay.length;
    // "every 14 jan, 14 apr, 14 jul, 14 oct": one rule when they share the day or the month.
    for (;;) {
      const skip = LIST_JOINERS.has(word(words, end)) ? 1 : 0;
      const more = readMonthDay(words, end + skip);
      if (!more || more.year !== null) break;
      const sameDate = dates.every((d) => d.date === more.date);
      const sameMonth = dates.every((d) => d.month === more.month);
      if (!sameDate && !sameMonth) break;
      dates.push(more);
      end += skip + more.length;
    }
    return recurrence(i, end, end, 'strong', yearlyRule(1, dates));
  }
  return null;
}

/** Words after a number that make it an amount, not a day of the month ("every 12 hours"). */
const NOT_A_DAY = new Set([
  'hour',
  'hours',
  'hr',
  'hrs',
  'h',
  'minute',
  'minutes',
  'min',
  'mins',
  'm',
  'times',
  'time',
]);

/** "every 27": a day of the month said as a bare number (1-31), not followed by a unit or a month. */
function bareDayNumber(words: Words, i: number): { date: number; end: number } | null {
  const w = word(words, i);
  if (!/^\d{1,2}$/.test(w)) return null;
  const date = Number(w);
  const next = word(words, i + 1);
  if (date < 1 || date > 31 || UNITS.has(next) || NOT_A_DAY.has(next) || readMonthDay(words, i) !== null)
    return null;
  if (next === 'am' || next === 'pm') return null;
  return { date, end: i + 1 };
}

const UNTIL = new Set(['until', 'till', 'til', 'untill', 'ending', 'ends']);

/** "until dec 31", "till friday", "for 10 times", "10 times": where the repeat just read ends. */
export function readEnds(words: Words, i: number): Phrase | null {
  const w0 = word(words, i);
  if (UNTIL.has(w0)) {
    const at = i + (word(words, i + 1) === 'on' ? 2 : 1);
    const date = readDateOrTime(words, at);
    if (date?.effect.kind !== 'date') return null;
    const until = date.effect.resolve;
    return { length: at - i + date.length, strength: 'linked', effect: { kind: 'ends', until, count: null } };
  }
  // "31 december tak" after a repeat: until then.
  const date = readDateOrTime(words, i);
  if (date?.effect.kind === 'date' && word(words, i + date.length) === '~tak')
    return {
      length: date.length + 1,
      strength: 'linked',
      effect: { kind: 'ends', until: date.effect.resolve, count: null },
    };
  const at = w0 === 'for' ? i + 1 : i;
  const n = count(word(words, at));
  const unit = word(words, at + 1);
  // "every day for 3 weeks": the repeat runs that long from its first day (the last day included).
  const span = UNITS.get(unit);
  if (w0 === 'for' && n !== null && n <= 999 && span) {
    const [days, months] =
      span === 'day' ? [n, 0] : span === 'week' ? [7 * n, 0] : span === 'month' ? [0, n] : [0, 12 * n];
    const until: Resolve = (ctx) => addMonths(ctx.today + days, months) - 1;
    return { length: 3, strength: 'linked', effect: { kind: 'ends', until, count: null } };
  }
  if (n !== null && n <= 999 && (unit === 'times' || unit === 'occurrences' || (unit === 'time' && n === 1)))
    return { length: at - i + 2, strength: 'linked', effect: { kind: 'ends', until: null, count: n } };
  return null;
}
