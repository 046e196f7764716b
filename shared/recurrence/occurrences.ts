// When a recurring task is next due: the occurrences of a Rule in the user's time zone.
//
// Decisions
// - The series' first due moment (`start`, RFC 5545's DTSTART) is always its first occurrence and
//   counts towards COUNT, even when it does not fit the rule; later ones are the rule's days after it.
// - COUNT is honoured through `done`, the occurrences already used (the start included once it is
//   done): the caller keeps that number, so that a completion-based series, whose schedule restarts at
//   each completion, counts the same way as a fixed one.
// - UNTIL is inclusive. A date is compared with the occurrence's local date; a UTC instant with the
//   occurrence's instant (or, for an all-day series, with the local date of that instant).
// - A timed series keeps the wall time of its start in the zone: 09:00 stays 09:00 across DST. A wall
//   time in a DST gap moves forward by the gap on that day only (02:30 -> 03:30); a wall time repeated
//   by a fall-back is its first (earlier) instant.
// - Search is by period (day, week, month, year) from the one containing `after`, never from the start,
//   so a long series costs the same as a new one. Periods that hold nothing (BYMONTHDAY=31 in a short
//   month, Feb 29 in a common year) are skipped; a rule that finds nothing within 400 years (one full
//   Gregorian cycle) is treated as over.
import {
  DAY_MS,
  type Day,
  dayOf,
  daysInMonth,
  formatDay,
  MINUTE_MS,
  partsOf,
  weekdayOf,
} from '../time/days.js';
import { wallClock, zonedInstant } from '../time/zone.js';
import { type ByDay, type Rule, weekdayNumber } from './rule.js';

export interface Occurrence {
  /** YYYY-MM-DD, the local date in the series' zone. */
  date: string;
  /** ISO instant in UTC, when the series is timed. */
  at?: string;
}

/** A local moment: a date, and for timed series a wall time (HH:MM). */
export interface LocalMoment {
  date: string;
  time?: string;
}

const HORIZON_YEARS = 400;
const HORIZON_DAYS = 146_097; // 400 Gregorian years

/** A date after 9999-12-31 (five-digit years), which no occurrence may have. */
const pastLastDay = (text: string) => /^\d{5,}-\d{2}-\d{2}$/.test(text);

function readDate(text: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, date] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (year < 1900 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month))
    throw new RangeError(`Not a date (YYYY-MM-DD): "${text}"`);
  return dayOf(year, month, date);
}

function readTime(text: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!m) throw new RangeError(`Not a time (HH:MM): "${text}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The local date and wall time (to the minute) of an ISO instant in `timeZone`. */
export function localMoment(instant: string | Date, timeZone: string): { date: string; time: string } {
  const wall = wallClock(new Date(instant).getTime(), timeZone);
  const iso = new Date(wall).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

// ---------------------------------------------------------------------------------------------
// The rule's days, period by period.

/** The days of one month that BYMONTHDAY and BYDAY pick (both: the days both pick), sorted. */
function monthDays(year: number, month: number, rule: Rule, defaultDate: number): Day[] {
  const first = dayOf(year, month, 1);
  const length = daysInMonth(year, month);
  const picked = (date: number) => date >= 1 && date <= length;
  let dates: number[];
  if (rule.byMonthDay) {
    dates = rule.byMonthDay.map((n) => (n > 0 ? n : length + 1 + n)).filter(picked);
    if (rule.byDay) {
      const byDay = rule.byDay;
      dates = dates.filter((date) => byDay.some((d) => dayFitsByDay(d, first + date - 1, first, length)));
    }
  } else if (rule.byDay) {
    dates = rule.byDay.flatMap((d) => weekdayDates(d, first, length));
  } else {
    dates = picked(defaultDate) ? [defaultDate] : [];
  }
  return uniqueSorted(dates.map((date) => first + date - 1));
}

/** Dates (1-based) in a span of `length` days from `first` that a BYDAY entry picks. */
function weekdayDates(d: ByDay, first: Day, length: number): number[] {
  const offset = (weekdayNumber(d.weekday) - weekdayOf(first) + 7) % 7; // first such weekday, 0-based
  if (d.ordinal === undefined) {
    const dates: number[] = [];
    for (let i = offset; i < length; i += 7) dates.push(i + 1);
    return dates;
  }
  const last = offset + Math.floor((length - 1 - offset) / 7) * 7;
  const i = d.ordinal > 0 ? offset + (d.ordinal - 1) * 7 : last + (d.ordinal + 1) * 7;
  return i >= 0 && i < length ? [i + 1] : [];
}

function dayFitsByDay(d: ByDay, day: Day, first: Day, length: number): boolean {
  if (weekdayOf(day) !== weekdayNumber(d.weekday)) return false;
  if (d.ordinal === undefined) return true;
  return weekdayDates(d, first, length).includes(day - first + 1);
}

/** The days of one year for FREQ=YEARLY, sorted. */
function yearDays(year: number, rule: Rule, start: { month: number; date: number }): Day[] {
  const ordinalInYear = !rule.byMonth && rule.byDay?.some((d) => d.ordinal !== undefined);
  if (ordinalInYear && rule.byDay) {
    const first = dayOf(year, 1, 1);
    const length = dayOf(year + 1, 1, 1) - first;
    let days = rule.byDay.flatMap((d) => weekdayDates(d, first, length)).map((date) => first + date - 1);
    if (rule.byMonthDay) {
      const allowed = new Set<Day>();
      for (let m = 1; m <= 12; m++)
        for (const day of monthDays(year, m, { ...rule, byDay: undefined }, 0)) allowed.add(day);
      days = days.filter((day) => allowed.has(day));
    }
    return uniqueSorted(days);
  }
  const months =
    rule.byMonth ?? (rule.byMonthDay || rule.byDay ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [start.month]);
  return months.flatMap((m) => monthDays(year, m, rule, start.date));
}

function uniqueSorted(days: Day[]): Day[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/** BYSETPOS: the days at those positions of a period's sorted set. */
function setPositions(days: Day[], positions: number[] | undefined): Day[] {
  if (!positions) return days;
  const picked = positions.map((p) => days[p > 0 ? p - 1 : days.length + p]).filter((d) => d !== undefined);
  return uniqueSorted(picked);
}

/** The smallest n >= `from` that is a whole number of `step`s after `anchor` (days, months, years). */
function alignUp(from: Day, anchor: Day, step: number): Day {
  const behind = (((from - anchor) % step) + step) % step;
  return behind === 0 ? from : from + step - behind;
}

const MAX_MONTH_LENGTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Rules that can never fit again, caught up front so that they cost microseconds rather than a
 * 400-year search: BYMONTHDAY beyond every BYMONTH (Feb 30), BYSETPOS beyond a week's days, and
 * a DAILY step of whole weeks that never lands on a BYDAY weekday.
 */
function neverFits(rule: Rule, startDay: Day): boolean {
  const months = rule.byMonth ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (rule.byMonthDay?.every((n) => months.every((m) => Math.abs(n) > MAX_MONTH_LENGTH[m - 1]!))) return true;
  if (rule.freq === 'WEEKLY' && rule.bySetPos) {
    const size = rule.byDay?.length ?? 1;
    if (rule.bySetPos.every((p) => Math.abs(p) > size)) return true;
  }
  if (rule.freq === 'DAILY' && rule.byDay && rule.interval % 7 === 0)
    return !rule.byDay.some((d) => weekdayNumber(d.weekday) === weekdayOf(startDay));
  return false;
}

/** The rule's first day on or after `from` (which is after the start), or null within the horizon. */
function firstRuleDay(rule: Rule, startDay: Day, from: Day): Day | null {
  if (neverFits(rule, startDay)) return null;
  const start = partsOf(startDay);
  const limit = from + HORIZON_DAYS;
  const inMonths = (day: Day) => !rule.byMonth || rule.byMonth.includes(partsOf(day).month);

  if (rule.freq === 'DAILY') {
    // Each day is its own period, so BYSETPOS keeps a day only through 1 or -1.
    if (rule.bySetPos && !rule.bySetPos.some((p) => p === 1 || p === -1)) return null;
    const fits = (day: Day) => {
      const { year, month } = partsOf(day);
      const first = dayOf(year, month, 1);
      const length = daysInMonth(year, month);
      const date = day - first + 1;
      if (rule.byMonthDay && !rule.byMonthDay.some((n) => (n > 0 ? n : length + 1 + n) === date))
        return false;
      return !rule.byDay || rule.byDay.some((d) => weekdayOf(day) === weekdayNumber(d.weekday));
    };
    let at = from;
    while (at <= limit) {
      let day = alignUp(at, startDay, rule.interval);
      const { year, month } = partsOf(day);
      const monthEnd = dayOf(year, month, daysInMonth(year, month));
      if (inMonths(day)) {
        for (; day <= monthEnd; day += rule.interval) if (fits(day)) return day;
      }
      at = monthEnd + 1; // the rest of this month holds nothing: on to the next one
    }
    return null;
  }

  if (rule.freq === 'WEEKLY') {
    const wkst = weekdayNumber(rule.wkst ?? 'MO');
    const weekStart = (day: Day) => day - ((weekdayOf(day) - wkst + 7) % 7);
    const firstWeek = weekStart(startDay);
    const step = 7 * rule.interval;
    const weekdays = rule.byDay ? rule.byDay.map((d) => weekdayNumber(d.weekday)) : [weekdayOf(startDay)];
    for (let week = alignUp(weekStart(from), firstWeek, step); week <= limit; week += step) {
      const days = weekdays.map((w) => week + ((w - wkst + 7) % 7));
      const found = setPositions(uniqueSorted(days.filter(inMonths)), rule.bySetPos).find((d) => d >= from);
      if (found !== undefined) return found;
    }
    return null;
  }

  if (rule.freq === 'MONTHLY') {
    const firstMonth = start.year * 12 + start.month - 1;
    const fromParts = partsOf(from);
    const fromMonth = fromParts.year * 12 + fromParts.month - 1;
    const last = fromMonth + HORIZON_YEARS * 12;
    for (let index = alignUp(fromMonth, firstMonth, rule.interval); index <= last; index += rule.interval) {
      const year = Math.floor(index / 12);
      const month = index - year * 12 + 1;
      if (rule.byMonth && !rule.byMonth.includes(month)) continue;
      const days = setPositions(monthDays(year, month, rule, start.date), rule.bySetPos);
      const found = days.find((d) => d >= from);
      if (found !== undefined) return found;
    }
    return null;
  }

  const fromYear = partsOf(from).year;
  for (
    let year = alignUp(fromYear, start.year, rule.interval);
    year <= fromYear + HORIZON_YEARS;
    year += rule.interval
  ) {
    const found = setPositions(yearDays(year, rule, start), rule.bySetPos).find((d) => d >= from);
    if (found !== undefined) return found;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Occurrences.

interface Series {
  rule: Rule;
  startDay: Day;
  /** Minutes past local midnight, for a timed series. */
  minutes: number | null;
  timeZone: string;
}

function untilCheck(
  rule: Rule,
  timeZone: string,
  timed: boolean,
): (day: Day, instant: number | null) => boolean {
  const until = rule.until;
  if (until === undefined) return () => true;
  const [year, month, date] = [
    Number(until.slice(0, 4)),
    Number(until.slice(4, 6)),
    Number(until.slice(6, 8)),
  ];
  if (until.length === 8) {
    const last = dayOf(year, month, date);
    return (day) => day <= last;
  }
  const hour = Number(until.slice(9, 11));
  const minute = Number(until.slice(11, 13));
  const second = Number(until.slice(13, 15));
  const lastInstant = Date.UTC(year, month - 1, date, hour, minute, second);
  if (timed) return (_day, instant) => instant !== null && instant <= lastInstant;
  const lastDay = Math.floor(wallClock(lastInstant, timeZone) / DAY_MS);
  return (day) => day <= lastDay;
}

interface Found {
  day: Day;
  instant: number | null;
}

/** Wall times further apart than this are in the same order as their instants (DST moves by 1-2 h). */
const ORDER_MARGIN_MINUTES = 180;

/**
 * The first occurrence strictly after the local moment `after`. Without a time, `after` means the
 * whole of that day; an all-day series ignores the time of `after`. Instants are computed only for
 * wall times close to `after` and for the result: Intl is the slow part.
 */
function nextInSeries(series: Series, afterDay: Day, afterMinutes: number | null): Found | null {
  const { minutes, timeZone } = series;
  let afterInstant: number | null = null;
  const isAfter = (day: Day): boolean => {
    if (minutes === null || afterMinutes === null) return day > afterDay;
    const apart = (day - afterDay) * 1440 + minutes - afterMinutes;
    if (apart === 0) return false; // the same wall time is the same instant
    if (Math.abs(apart) > ORDER_MARGIN_MINUTES) return apart > 0;
    afterInstant ??= zonedInstant(afterDay, afterMinutes, timeZone);
    return zonedInstant(day, minutes, timeZone) > afterInstant;
  };
  const found = (day: Day): Found => ({
    day,
    instant: minutes === null ? null : zonedInstant(day, minutes, timeZone),
  });

  if (isAfter(series.startDay)) return found(series.startDay);
  let from = Math.max(
    series.startDay + 1,
    minutes !== null && afterMinutes !== null ? afterDay - 1 : afterDay + 1,
  );
  for (let tries = 0; tries < 8; tries++) {
    const day = firstRuleDay(series.rule, series.startDay, from);
    if (day === null || partsOf(day).year > 9999) return null;
    if (isAfter(day)) return found(day);
    from = day + 1;
  }
  return null;
}

const HOUR_MS = 60 * MINUTE_MS;

/**
 * FREQ=HOURLY: every INTERVAL hours of elapsed time from the start (so across a DST change the wall
 * time moves by the change, as RFC 5545 counts hours); an all-day start counts from its midnight.
 */
function nextHour(series: Series, afterInstant: number): Occurrence | null {
  const { rule, startDay, minutes, timeZone } = series;
  const start = zonedInstant(startDay, minutes ?? 0, timeZone);
  const step = rule.interval * HOUR_MS;
  const k = afterInstant < start ? 0 : Math.floor((afterInstant - start) / step) + 1;
  const next = start + k * step;
  const day = Math.floor(wallClock(next, timeZone) / DAY_MS);
  if (partsOf(day).year > 9999 || !untilCheck(rule, timeZone, true)(day, next)) return null;
  return toOccurrence({ day, instant: next });
}

function toOccurrence(o: Found): Occurrence {
  return o.instant === null
    ? { date: formatDay(o.day) }
    : { date: formatDay(o.day), at: new Date(o.instant).toISOString() };
}

/**
 * The next occurrence strictly after `after`, for a series that started at `start` (its first due
 * moment), in `timeZone`. `done` = occurrences already used, for COUNT. Null when the series is over:
 * COUNT reached, past UNTIL, or nothing within 400 years. Throws a RangeError on a malformed date
 * or time (YYYY-MM-DD, HH:MM).
 */
export function nextOccurrence(
  rule: Rule,
  start: LocalMoment,
  after: LocalMoment,
  timeZone: string,
  done: number,
): Occurrence | null {
  if (rule.count !== undefined && done >= rule.count) return null;
  // A due moment in the last hours of 9999 (UTC) is already in the year 10000 in a zone east of
  // it: nothing comes after the last day a date may have, so the series is over.
  if (pastLastDay(after.date) || pastLastDay(start.date)) return null;
  const series: Series = {
    rule,
    startDay: readDate(start.date),
    minutes: start.time === undefined ? null : readTime(start.time),
    timeZone,
  };
  const afterDay = readDate(after.date);
  const afterMinutes = after.time === undefined ? null : readTime(after.time);
  if (rule.freq === 'HOURLY') {
    // The end of `after`'s minute, or of its day when it has no time.
    const afterInstant =
      afterMinutes === null
        ? zonedInstant(afterDay + 1, 0, timeZone) - 1
        : zonedInstant(afterDay, afterMinutes, timeZone) + MINUTE_MS - 1;
    return nextHour(series, afterInstant);
  }
  const next = nextInSeries(series, afterDay, afterMinutes);
  if (!next || !untilCheck(rule, timeZone, series.minutes !== null)(next.day, next.instant)) return null;
  return toOccurrence(next);
}

/**
 * recurrence_from = completion: the next occurrence counted from when the task was done. The series
 * restarts on the local date of `completedAt` (as if that were its start) and the next occurrence is
 * the first one on a later date: "every 3 days" done on the 5th is due on the 8th, "every week on
 * Monday" done on a Wednesday is due the coming Monday. A timed series keeps its wall time (`time`).
 * Month and year steps follow the RFC as fixed series do: "every month" done on Jan 31 is next due
 * on Mar 31, since February has no 31st. COUNT (through `done`) and UNTIL are honoured.
 */
export function nextOccurrenceFromCompletion(
  rule: Rule,
  completedAt: string | Date,
  time: string | undefined,
  timeZone: string,
  done: number,
): Occurrence | null {
  const { date } = localMoment(completedAt, timeZone);
  if (rule.freq === 'HOURLY') {
    // "every! 8 hours": that long after the completion, to the minute.
    if (rule.count !== undefined && done >= rule.count) return null;
    const at = Math.floor(new Date(completedAt).getTime() / MINUTE_MS) * MINUTE_MS;
    const next = at + rule.interval * HOUR_MS;
    const day = Math.floor(wallClock(next, timeZone) / DAY_MS);
    if (!untilCheck(rule, timeZone, true)(day, next)) return null;
    return toOccurrence({ day, instant: next });
  }
  return nextOccurrence(rule, time === undefined ? { date } : { date, time }, { date }, timeZone, done);
}

/** The first `limit` occurrences from the start, for previews: at most 100. */
export function listOccurrences(
  rule: Rule,
  start: LocalMoment,
  timeZone: string,
  limit: number,
): Occurrence[] {
  const list: Occurrence[] = [];
  let after: LocalMoment | null = null;
  while (list.length < Math.min(limit, 100)) {
    const next: Occurrence | null = after
      ? nextOccurrence(rule, start, after, timeZone, list.length)
      : firstOccurrence(rule, start, timeZone);
    if (!next) break;
    list.push(next);
    after = next.at ? { date: next.date, time: localMoment(next.at, timeZone).time } : { date: next.date };
  }
  return list;
}

function firstOccurrence(rule: Rule, start: LocalMoment, timeZone: string): Occurrence | null {
  return nextOccurrence(rule, start, { date: formatDay(readDate(start.date) - 1) }, timeZone, 0);
}
