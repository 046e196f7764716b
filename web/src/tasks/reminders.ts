// Reminders as the server keeps them: `{at}` fires at an instant; `{minutes_before}` counts back
// from the due moment (due_at, or 09:00 on an all-day due_date in the user's zone: the server's
// ALL_DAY_REMINDER_TIME, shared/reminders/anchor.ts) and waits while there is none. Here: their
// moments, their words, the next one of a task, and the editor's presets.
import { ALL_DAY_REMINDER_TIME } from '#shared/reminders/anchor.js';
import type { Reminder, Task } from '../api/types';
import { t } from '../ui/i18n';
import { instantIn, momentText } from './due';

/** The server keeps at most this many per task. */
export const MAX_REMINDERS = 10;
/** The editor's one-click choices, in minutes before the due moment. */
export const REMINDER_PRESETS = [0, 5, 15, 30, 60, 1440] as const;

/** The due moment relative reminders count back from (ms since the epoch), or null without one. */
export function anchorOf(
  due: { date: string | null; time: string | null; at?: string | null },
  timeZone: string,
): number | null {
  if (due.at) return Date.parse(due.at);
  if (!due.date) return null;
  return Date.parse(instantIn(due.date, due.time || ALL_DAY_REMINDER_TIME, timeZone));
}

/** A saved task's anchor. */
export function taskAnchor(task: Pick<Task, 'due_at' | 'due_date'>, timeZone: string): number | null {
  return anchorOf({ at: task.due_at, date: task.due_date, time: null }, timeZone);
}

/** When a reminder fires (ms), or null for a relative one while there is no due moment. */
export function fireTime(reminder: Reminder, anchor: number | null): number | null {
  if (reminder.at !== undefined) return Date.parse(reminder.at);
  if (anchor === null) return null;
  return anchor - (reminder.minutes_before ?? 0) * 60_000;
}

/** "15 minutes", "1 hour", "1 hour 30 minutes", "2 days". */
export function durationWords(minutes: number): string {
  const parts: string[] = [];
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days) parts.push(t('{n, plural, one {# day} other {# days}}', { n: days }));
  if (hours) parts.push(t('{n, plural, one {# hour} other {# hours}}', { n: hours }));
  if (mins) parts.push(t('{n, plural, one {# minute} other {# minutes}}', { n: mins }));
  return parts.join(' ');
}

/** What a relative reminder means: "At the due time", "1 day before". */
export function relativeWords(minutes: number): string {
  return minutes === 0 ? t('At the due time') : t('{duration} before', { duration: durationWords(minutes) });
}

/** A reminder in words, for its row in the editor: "15 minutes before", "Tomorrow 08:30". */
export function describeReminder(reminder: Reminder, timeZone: string, now: Date = new Date()): string {
  if (reminder.at !== undefined) return momentText(new Date(reminder.at), timeZone, now).label;
  return relativeWords(reminder.minutes_before ?? 0);
}

/** One identity per reminder, whatever spelling of the instant: repeats and changes compare by it. */
export function reminderKey(reminder: Reminder): string {
  return reminder.at !== undefined
    ? `at:${new Date(reminder.at).toISOString()}`
    : `before:${reminder.minutes_before ?? 0}`;
}

/** Whether two lists hold the same reminders (order does not matter). */
export function sameReminders(a: readonly Reminder[], b: readonly Reminder[]): boolean {
  const keys = (list: readonly Reminder[]) => [...new Set(list.map(reminderKey))].sort().join('\n');
  return keys(a) === keys(b);
}

export interface NextReminder {
  at: number;
  iso: string;
  label: string;
  full: string;
}

/** The next reminder of an open task that is still to come, for the bell in its row. */
export function nextReminder(
  task: Pick<Task, 'reminders' | 'due_at' | 'due_date' | 'completed'>,
  timeZone: string,
  now: Date = new Date(),
): NextReminder | null {
  // The server keeps no reminders for a completed task.
  if (task.completed || !task.reminders?.length) return null;
  const anchor = taskAnchor(task, timeZone);
  let next: number | null = null;
  for (const reminder of task.reminders) {
    const at = fireTime(reminder, anchor);
    if (at !== null && at > now.getTime() && (next === null || at < next)) next = at;
  }
  if (next === null) return null;
  const date = new Date(next);
  return { at: next, iso: date.toISOString(), ...momentText(date, timeZone, now) };
}
