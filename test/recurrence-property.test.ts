// Recurring tasks, a property run: random valid rules against a day-by-day reference of what each
// rule part means. Pure unit tests: no server, no database.
import { describe, expect, it } from 'vitest';
import {
  describeRule,
  type LocalMoment,
  listOccurrences,
  localMoment,
  parseRule,
  type Rule,
} from '#shared/recurrence/index.js';
import { weekdayNumber } from '#shared/recurrence/rule.js';
import { dayOf, daysInMonth, formatDay, partsOf, weekdayOf } from '#shared/time/days.js';
import { mulberry32 } from './support/random.js';

const UTC = 'UTC';
const NY = 'America/New_York';
const LON = 'Europe/London';
const SYD = 'Australia/Sydney';

function _rule(text: string): Rule {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error}`);
  return parsed.rule;
}

function at(date: string, time?: string): LocalMoment {
  return time === undefined ? { date } : { date, time };
}

// ---------------------------------------------------------------------------------------------
// Property run: random valid rules against a day-by-day reference of what each rule part means.

const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function randomRuleText(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], most: number): T[] => {
    const n = 1 + Math.floor(random() * most);
    return [...new Set(Array.from({ length: n }, () => pick(items)))];
  };
  const freq = pick(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const);
  const parts = [`FREQ=${freq}`];
  if (random() < 0.5) parts.push(`INTERVAL=${1 + Math.floor(random() * 4)}`);
  const byMonth = random() < (freq === 'YEARLY' ? 0.5 : 0.15);
  if (byMonth) parts.push(`BYMONTH=${some([1, 2, 3, 6, 9, 11, 12], 3).join(',')}`);
  let by = byMonth;
  if (freq !== 'WEEKLY' && random() < 0.35) {
    parts.push(`BYMONTHDAY=${some([1, 2, 13, 15, 28, 29, 30, 31, -1, -2, -7], 3).join(',')}`);
    by = true;
  }
  if (random() < 0.5) {
    const ordinals =
      freq === 'MONTHLY' || (freq === 'YEARLY' && byMonth)
        ? [1, 2, 3, 4, 5, -1, -2]
        : freq === 'YEARLY'
          ? [1, 2, 10, 52, 53, -1, -53]
          : [];
    const days = some(CODES, 4).map((d) =>
      ordinals.length > 0 && random() < 0.5 ? `${pick(ordinals)}${d}` : d,
    );
    parts.push(`BYDAY=${days.join(',')}`);
    by = true;
  }
  if (by && random() < 0.3) parts.push(`BYSETPOS=${some([1, 2, -1, -2, 3], 2).join(',')}`);
  if (freq === 'WEEKLY' && random() < 0.3) parts.push(`WKST=${pick(CODES)}`);
  const end = random();
  if (end < 0.2) parts.push(`COUNT=${1 + Math.floor(random() * 6)}`);
  else if (end < 0.35)
    parts.push(`UNTIL=20${27 + Math.floor(random() * 3)}0${1 + Math.floor(random() * 9)}15`);
  // Parts in a random order: the parser must not care.
  const [first, ...rest] = parts;
  return [first, ...rest.sort(() => random() - 0.5)].join(';');
}

/**
 * Does `day` fit every rule part except BYSETPOS, for a series anchored at `startDay` (which gives
 * the interval's phase and the defaults)? The reference reads each part on its own, day by day.
 */
function fitsParts(r: Rule, startDay: number, day: number): boolean {
  const s = partsOf(startDay);
  const d = partsOf(day);
  const wkst = weekdayNumber(r.wkst ?? 'MO');
  const weekStart = (x: number) => x - ((weekdayOf(x) - wkst + 7) % 7);
  const step = {
    HOURLY: day - startDay, // the generator makes no hourly rules
    DAILY: day - startDay,
    WEEKLY: (weekStart(day) - weekStart(startDay)) / 7,
    MONTHLY: d.year * 12 + d.month - (s.year * 12 + s.month),
    YEARLY: d.year - s.year,
  }[r.freq];
  if (step % r.interval !== 0) return false;
  const length = daysInMonth(d.year, d.month);
  if (r.byMonth && !r.byMonth.includes(d.month)) return false;
  if (!r.byMonth && !r.byMonthDay && !r.byDay && r.freq === 'YEARLY' && d.month !== s.month) return false;
  if (r.byMonthDay) {
    if (!r.byMonthDay.some((n) => (n > 0 ? n : length + 1 + n) === d.date)) return false;
  } else if (!r.byDay && (r.freq === 'MONTHLY' || r.freq === 'YEARLY') && d.date !== s.date) return false;
  if (r.byDay) {
    const inMonth = r.freq === 'MONTHLY' || (r.freq === 'YEARLY' && r.byMonth !== undefined);
    const scopeStart = inMonth ? dayOf(d.year, d.month, 1) : dayOf(d.year, 1, 1);
    const scopeLength = inMonth ? length : dayOf(d.year + 1, 1, 1) - scopeStart;
    const index = day - scopeStart;
    const fits = r.byDay.some((b) => {
      if (weekdayNumber(b.weekday) !== weekdayOf(day)) return false;
      if (b.ordinal === undefined) return true;
      return b.ordinal > 0
        ? Math.floor(index / 7) + 1 === b.ordinal
        : Math.floor((scopeLength - 1 - index) / 7) + 1 === -b.ordinal;
    });
    if (!fits) return false;
  } else if (r.freq === 'WEEKLY' && weekdayOf(day) !== weekdayOf(startDay)) return false;
  return true;
}

/**
 * The reference: a day after the start that fits every part, then BYSETPOS over its whole period
 * (days before the start still count for positions; only the result is limited to the start on).
 * Period sets are kept per rule, so that scanning day by day stays quick.
 */
function reference(r: Rule, startDay: number): (day: number) => boolean {
  const periods = new Map<number, Set<number>>();
  return (day) => {
    if (day <= startDay) return day === startDay;
    if (!r.bySetPos) return fitsParts(r, startDay, day);
    const d = partsOf(day);
    const weekStart = day - ((weekdayOf(day) - weekdayNumber(r.wkst ?? 'MO') + 7) % 7);
    const [from, to] = {
      HOURLY: [day, day],
      DAILY: [day, day],
      WEEKLY: [weekStart, weekStart + 6],
      MONTHLY: [dayOf(d.year, d.month, 1), dayOf(d.year, d.month, daysInMonth(d.year, d.month))],
      YEARLY: [dayOf(d.year, 1, 1), dayOf(d.year, 12, 31)],
    }[r.freq] as [number, number];
    let picked = periods.get(from);
    if (!picked) {
      const set: number[] = [];
      for (let x = from; x <= to; x++) if (fitsParts(r, startDay, x)) set.push(x);
      picked = new Set(
        r.bySetPos.map((p) => set[p > 0 ? p - 1 : set.length + p]!).filter((x) => x !== undefined),
      );
      periods.set(from, picked);
    }
    return picked.has(day);
  };
}

function untilDay(r: Rule): number | null {
  if (!r.until) return null;
  return dayOf(Number(r.until.slice(0, 4)), Number(r.until.slice(4, 6)), Number(r.until.slice(6, 8)));
}

describe('property: random rules against a day-by-day reference', () => {
  const random = mulberry32(20_261_118);
  const zones = [UTC, NY, LON, SYD];
  const times = [undefined, '09:00', '02:30', '01:30', '23:45', '00:00'];
  const cases = Array.from({ length: 400 }, (_, i) => {
    const text = randomRuleText(random);
    const start = formatDay(dayOf(2026, 1, 1) + Math.floor(random() * 730));
    const time = times[Math.floor(random() * times.length)];
    const zone = zones[Math.floor(random() * zones.length)]!;
    return { i, text, start, time, zone };
  });

  it.each(cases)('#$i $text from $start $time in $zone', ({ text, start, time, zone }) => {
    const parsed = parseRule(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const r = parsed.rule;
    // The normalized text means the same rule.
    const again = parseRule(parsed.normalized);
    expect(again.ok && again.rule).toEqual(r);
    expect(describeRule(r).length).toBeGreaterThan(0);

    const startDay = dayOf(Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(start.slice(8, 10)));
    const referenceFits = reference(r, startDay);
    const list = listOccurrences(r, at(start, time), zone, 6);
    const days = list.map((o) =>
      dayOf(Number(o.date.slice(0, 4)), Number(o.date.slice(5, 7)), Number(o.date.slice(8, 10))),
    );
    const limit = untilDay(r);

    // The start first; then strictly increasing, in dates and in instants.
    if (limit === null || startDay <= limit) expect(list[0]?.date).toBe(start);
    for (let k = 1; k < list.length; k++) {
      expect(days[k]!).toBeGreaterThan(days[k - 1]!);
      if (time) expect(Date.parse(list[k]!.at!)).toBeGreaterThan(Date.parse(list[k - 1]!.at!));
    }
    if (r.count !== undefined) expect(list.length).toBeLessThanOrEqual(r.count);
    if (limit !== null) for (const d of days) expect(d).toBeLessThanOrEqual(limit);

    // Every occurrence after the start fits the rule, and none is missed in between.
    const missed: string[] = [];
    for (let k = 1; k < days.length; k++) {
      expect(referenceFits(days[k]!), list[k]!.date).toBe(true);
      for (let d = days[k - 1]! + 1; d < days[k]!; d++) if (referenceFits(d)) missed.push(formatDay(d));
    }
    // A series that stopped early stopped for a reason: COUNT, UNTIL, or nothing for a good while.
    if (list.length < 6 && list.length !== r.count) {
      const last = days.at(-1) ?? startDay;
      const end = Math.min(limit ?? Number.POSITIVE_INFINITY, last + 3 * 366);
      for (let d = last + 1; d <= end; d++) if (referenceFits(d)) missed.push(formatDay(d));
    }

    expect(missed).toEqual([]);

    // Timed series keep the start's wall time, or move forward by a DST gap (an hour in these zones).
    if (time) {
      for (const o of list) {
        const local = localMoment(o.at!, zone);
        expect(local.date).toBe(o.date);
        const [h, m] = time.split(':').map(Number) as [number, number];
        const shift = Number(local.time.slice(0, 2)) * 60 + Number(local.time.slice(3)) - (h * 60 + m);
        expect([0, 60]).toContain(shift);
      }
    }
  });
});
