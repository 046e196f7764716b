// "move the report to friday, same time", "X jumme ko kar do, time wohi rakhna", "X جمعہ پر کر دیں،
// وقت وہی رہے": the task's new day at the hour it was due (in the person's zone). Without a due
// time there is no hour to keep, and the day alone is set.
import { DAY_MS, dayOf, MINUTE_MS } from '../../time/days.js';
import { wallClock, zonedInstant } from '../../time/zone.js';

/** The due moment on `day` (YYYY-MM-DD) at the wall-clock time of `dueAt`, or null without one. */
export function sameTimeOn(day: string, dueAt: string | null, timeZone: string): string | null {
  if (!dueAt) return null;
  const wall = wallClock(new Date(dueAt).getTime(), timeZone);
  const minutes = Math.round((wall % DAY_MS) / MINUTE_MS);
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(zonedInstant(dayOf(y, m, d), minutes, timeZone)).toISOString();
}

/**
 * "ab 8 baje shuru hogi" of a task due at 6 PM: an hour said without its half of the day is the one
 * nearer the task's own hour (8 PM, not 8 AM). `at` and `dueAt` are instants on the same day.
 */
export function nearerHalf(at: string, dueAt: string, timeZone: string): string {
  const minutesOf = (iso: string) =>
    Math.round((wallClock(new Date(iso).getTime(), timeZone) % DAY_MS) / MINUTE_MS);
  const said = minutesOf(at);
  const own = minutesOf(dueAt);
  const half = 12 * 60;
  // The other half of the same day, if there is one.
  const other = said < half ? said + half : said - half;
  if (Math.abs(other - own) >= Math.abs(said - own)) return at;
  return new Date(new Date(at).getTime() + (other - said) * MINUTE_MS).toISOString();
}
