// A task's due moment in words, in the user's time zone: "Today", "Tomorrow 17:00", "Fri 5 Dec",
// and whether it is overdue (shown in words too, never by colour alone).
import type { Task } from '../api/types';
import { intlLocale, t } from '../ui/i18n';

export interface DueText {
  /** What the list shows, e.g. "Tomorrow 17:00". */
  label: string;
  /** The full moment for a tooltip and screen readers, e.g. "Friday 5 December 2026 at 17:00". */
  full: string;
  /** Machine-readable, for <time dateTime>. */
  iso: string;
  overdue: boolean;
}

const MS_PER_DAY = 86_400_000;

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function dayIn(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

export function dayWords(day: string, today: string, locale = intlLocale()): string {
  const diff = daysBetween(today, day);
  if (diff === 0) return t('Today');
  if (diff === 1) return t('Tomorrow');
  if (diff === -1) return t('Yesterday');
  const date = new Date(`${day}T12:00:00Z`);
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  if (diff > 1 && diff < 7)
    return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}

/** An instant in words in a zone: "Tomorrow 17:00", and in full for a tooltip. */
export function momentText(
  at: Date,
  timeZone: string,
  now: Date = new Date(),
  locale = intlLocale(),
): { label: string; full: string } {
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(at);
  const full = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(
    at,
  );
  return {
    label: t('{day} {time}', { day: dayWords(dayIn(at, timeZone), dayIn(now, timeZone), locale), time }),
    full,
  };
}

/** The due moment of a task in words, or null when it has none. */
export function dueText(
  task: Pick<Task, 'due_at' | 'due_date' | 'completed'>,
  timeZone: string,
  now: Date = new Date(),
  locale = intlLocale(),
): DueText | null {
  const today = dayIn(now, timeZone);
  if (task.due_at) {
    const at = new Date(task.due_at);
    return {
      ...momentText(at, timeZone, now, locale),
      iso: task.due_at,
      overdue: !task.completed && at.getTime() < now.getTime(),
    };
  }
  if (task.due_date) {
    const full = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${task.due_date}T12:00:00Z`),
    );
    return {
      label: dayWords(task.due_date, today, locale),
      full,
      iso: task.due_date,
      overdue: !task.completed && task.due_date < today,
    };
  }
  return null;
}

/** The wall clock (day YYYY-MM-DD, time HH:MM) an instant shows in a zone. */
export function wallTimeIn(instant: Date, timeZone: string): { day: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** How far a zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const { day, time } = wallTimeIn(new Date(instant), timeZone);
  return Date.parse(`${day}T${time}:00Z`) - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant (ISO, UTC) of a wall time in a zone: "2026-03-29" "09:00" in Europe/Paris. A time
 * skipped by a DST change moves forward by the gap; a repeated one takes its first occurrence.
 */
export function instantIn(day: string, time: string, timeZone: string): string {
  const wall = Date.parse(`${day}T${time}:00Z`);
  // The offsets a day either side cover any DST change at this wall time.
  const candidates = [
    wall - offsetAt(wall - MS_PER_DAY, timeZone),
    wall - offsetAt(wall + MS_PER_DAY, timeZone),
  ];
  const shown = candidates.filter((c) => {
    const w = wallTimeIn(new Date(c), timeZone);
    return w.day === day && w.time === time;
  });
  return new Date(shown.length > 0 ? Math.min(...shown) : (candidates[0] ?? wall)).toISOString();
}
