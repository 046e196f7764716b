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
