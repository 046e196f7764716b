// A task's due moment in words for a terminal, in the account's time zone: "Today", "Tomorrow
// 17:00", "Fri", "Thu 12 Mar", "12 Mar 2027"; and whether it is overdue. The zone maths are the
// server's own pure helpers (shared/time), so "today" here is the server's "today". A duration as
// typed (--duration) is read by the product's time reader (shared/when).

import { DAY_MS, MINUTE_MS, partsOf, weekdayOf } from '#shared/time/days.js';
import { wallClock } from '#shared/time/zone.js';
import { readWhen } from '#shared/when/read.js';
import type { Task } from '../api/index.js';
import { language, locale, t } from './speech.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface DueWords {
  text: string;
  overdue: boolean;
  /** Due today (and not overdue yet). */
  today: boolean;
}

/** A zone Intl knows, else UTC (an account's zone is checked by the server, but be safe). */
export function usableZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The calendar day (days since 1970-01-01) and minute of the day an instant shows in a zone. */
function wallDay(instant: number, timeZone: string): { day: number; minutes: number } {
  const wall = wallClock(instant, timeZone);
  const day = Math.floor(wall / DAY_MS);
  return { day, minutes: Math.floor((wall - day * DAY_MS) / MINUTE_MS) };
}

/** A day's weekday (and date) through Intl, in a language other than English. */
function localDay(day: number, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' }).format(day * DAY_MS);
}

function dayWords(day: number, today: number): string {
  const diff = day - today;
  if (diff === 0) return t('Today');
  if (diff === 1) return t('Tomorrow');
  if (diff === -1) return t('Yesterday');
  if (language() !== 'en') {
    if (diff > 1 && diff < 7) return localDay(day, { weekday: 'long' });
    return partsOf(day).year === partsOf(today).year
      ? localDay(day, { weekday: 'short', day: 'numeric', month: 'short' })
      : localDay(day, { day: 'numeric', month: 'short', year: 'numeric' });
  }
  const weekday = WEEKDAYS[weekdayOf(day)]!;
  if (diff > 1 && diff < 7) return weekday;
  const { year, month, date } = partsOf(day);
  const thisYear = partsOf(today).year;
  return year === thisYear
    ? `${weekday} ${date} ${MONTHS[month - 1]}`
    : `${date} ${MONTHS[month - 1]} ${year}`;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The task's due moment in words, or null when it has none. */
export function dueWords(
  task: Pick<Task, 'due_at' | 'due_date' | 'completed'>,
  timeZone: string,
  now = Date.now(),
): DueWords | null {
  const today = wallDay(now, timeZone).day;
  if (task.due_at) {
    const at = Date.parse(task.due_at);
    const { day, minutes } = wallDay(at, timeZone);
    return {
      text: `${dayWords(day, today)} ${clock(minutes)}`,
      overdue: !task.completed && at < now,
      today: day === today,
    };
  }
  if (task.due_date) {
    const day = Math.round(Date.parse(`${task.due_date}T00:00:00Z`) / DAY_MS);
    return { text: dayWords(day, today), overdue: !task.completed && day < today, today: day === today };
  }
  return null;
}

/** An instant in full in a zone, for `show`: "2026-03-12 17:00 (Europe/Paris)". */
export function fullMoment(iso: string, timeZone: string): string {
  const { day, minutes } = wallDay(Date.parse(iso), timeZone);
  const { year, month, date } = partsOf(day);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(date)} ${clock(minutes)} (${timeZone})`;
}

/** A task's deadline in words ("Fri 5 Dec"), and whether its day is over with the task still open. */
export function deadlineWords(
  task: Pick<Task, 'deadline' | 'completed'>,
  timeZone: string,
  now = Date.now(),
): { text: string; passed: boolean } | null {
  if (!task.deadline) return null;
  const today = wallDay(now, timeZone).day;
  const day = Math.round(Date.parse(`${task.deadline}T00:00:00Z`) / DAY_MS);
  return { text: dayWords(day, today), passed: !task.completed && day < today };
}

/** Minutes in words: 45 -> "45 min", 90 -> "1 h 30 min", 1500 -> "1 d 1 h". */
export function durationWords(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  return [
    days ? t('{n} d', { n: days }) : '',
    hours ? t('{n} h', { n: hours }) : '',
    mins ? t('{n} min', { n: mins }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A duration as a person types it, in minutes: a bare number of minutes ("45"), days ("1d",
 * "2 days"), or what the product's time reader (readWhen) reads as a duration and nothing else
 * ("45m", "45 min", "1h30m", "2 h", "90 min", "1.5 hours"); null for "none"; undefined when it is
 * none of those.
 */
export function readDuration(text: string): number | null | undefined {
  const typed = text.trim().toLowerCase();
  if (typed === 'none') return null;
  if (/^\d+$/.test(typed)) return Number(typed);
  // Days are the command line's own reading: the time reader takes "2 days" as a date.
  const days = /^(\d+)\s*d(?:ays?)?$/.exec(typed);
  if (days) return Number(days[1]) * 1440;
  const read = readWhen(`for ${text.trim()}`, { now: new Date(), timeZone: 'UTC' });
  const timed = read.due_date !== null || read.due_at !== null || read.recurrence !== null;
  return read.rest === '' && !timed && read.duration !== null ? read.duration : undefined;
}
