// "move the report to friday, same time", "X jumme ko kar do, time wohi rakhna", "X جمعہ پر کر دیں،
// وقت وہی رہے": the task's new day at the hour it was due (in the person's zone). Without a due
// time there is no hour to keep, and the day alone is set.
import { DAY_MS, dayOf, MINUTE_MS } from '#shared/time/days.js';
import { wallClock, zonedInstant } from '#shared/time/zone.js';

/** The minutes since midnight an instant shows on a wall clock in `timeZone`. */
const minutesOf = (iso: string, timeZone: string): number =>
  Math.round((wallClock(new Date(iso).getTime(), timeZone) % DAY_MS) / MINUTE_MS);

/** The due moment on `day` (YYYY-MM-DD) at the wall-clock time of `dueAt`, or null without one. */
export function sameTimeOn(day: string, dueAt: string | null, timeZone: string): string | null {
  if (!dueAt) return null;
  const minutes = minutesOf(dueAt, timeZone);
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(zonedInstant(dayOf(y, m, d), minutes, timeZone)).toISOString();
}

/**
 * "ab 8 baje shuru hogi" of a task due at 6 PM: an hour said without its half of the day is the one
 * nearer the task's own hour (8 PM, not 8 AM). `at` and `dueAt` are instants on the same day.
 */
export function nearerHalf(at: string, dueAt: string, timeZone: string): string {
  const said = minutesOf(at, timeZone);
  const own = minutesOf(dueAt, timeZone);
  const half = 12 * 60;
  // The other half of the same day, if there is one.
  const other = said < half ? said + half : said - half;
  if (Math.abs(other - own) >= Math.abs(said - own)) return at;
  return new Date(new Date(at).getTime() + (other - said) * MINUTE_MS).toISOString();
}
