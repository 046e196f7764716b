// A task's duration and deadline in words: "45 min", "1 h 30 min", "2 d 4 h"; "Deadline Fri 5 Dec",
// and whether the deadline has passed (shown in words too, never by colour alone).
import type { Task } from '../api/types';
import { intlLocale, t } from '../ui/i18n';
import { dayIn, dayWords } from './due';

export { durationWords } from './reminders';

/** Minutes in words: 45 -> "45 min", 90 -> "1 h 30 min", 120 -> "2 h", 1500 -> "1 d 1 h". */
export function durationText(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [
    days ? t('{n} d', { n: days }) : '',
    hours ? t('{n} h', { n: hours }) : '',
    mins ? t('{n} min', { n: mins }) : '',
  ];
  return parts.filter(Boolean).join(' ') || t('{n} min', { n: 0 });
}

export interface DeadlineText {
  /** What the list shows, e.g. "Fri 5 Dec". */
  label: string;
  /** The whole day, e.g. "Friday 5 December 2026". */
  full: string;
  /** YYYY-MM-DD, for <time dateTime>. */
  iso: string;
  /** The day is over and the task is still open. */
  passed: boolean;
}

/** A task's deadline in words, in the user's time zone; null when it has none. */
export function deadlineText(
  task: Pick<Task, 'deadline' | 'completed'>,
  timeZone: string,
  now: Date = new Date(),
  locale = intlLocale(),
): DeadlineText | null {
  if (!task.deadline) return null;
  const today = dayIn(now, timeZone);
  return {
    label: dayWords(task.deadline, today, locale),
    full: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${task.deadline}T12:00:00Z`),
    ),
    iso: task.deadline,
    passed: !task.completed && task.deadline < today,
  };
}
