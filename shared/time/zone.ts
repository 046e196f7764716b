// Wall clocks in an IANA time zone, with Intl.DateTimeFormat only (no zone database of our own).
import { DAY_MS, type Day, MINUTE_MS } from './days.js';

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    if (zoneFormats.size >= 64) zoneFormats.clear();
    zoneFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The wall clock `timeZone` shows at `instant`, as the UTC milliseconds with the same digits.
 * Reads the digit runs of format() ("11/14/2023, 22:13:20": month, day, year, hour, minute, second),
 * which is several times faster than formatToParts() and this is the hot path of zone maths.
 */
export function wallClock(instant: number, timeZone: string): number {
  const [month = 1, day = 1, year = 0, hour = 0, minute = 0, second = 0] = (
    zoneFormat(timeZone).format(instant).match(/\d+/g) ?? []
  ).map(Number);
  return Date.UTC(year, month - 1, day, hour % 24, minute, second);
}

export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClock(whole, timeZone) - whole;
}

/**
 * The instant at which `timeZone` shows `minutes` past midnight on `day`. The offsets a day either
 * side are the only candidates (zones change offset at most once in two days); each is tried and
 * checked. A wall time in a DST gap exists under neither: it moves forward by the gap (the
 * offset from before it). A repeated wall time exists under both: the earlier instant wins.
 */
export function zonedInstant(day: Day, minutes: number, timeZone: string): number {
  const wall = day * DAY_MS + minutes * MINUTE_MS;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  let best: number | null = null;
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset;
    if (wallClock(instant, timeZone) === wall && (best === null || instant < best)) best = instant;
  }
  return best ?? wall - before;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(at: Date | number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
