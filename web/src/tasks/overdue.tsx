// The overdue tasks of Today and Upcoming: those due before today began, in the account's zone,
// shown on top under one button that reschedules them all to today (reschedule.tsx, loaded once
// there are any). A timed task of today whose time has passed stays in today's group, shown late,
// as Todoist shows it. Today's first load carries this; Upcoming's days load with their view.
import type { Task } from '../api/types';
import { intlLocale, t } from '../ui/i18n';
import { dayIn, daysBetween, dayWords } from './due';

/** The local day a task is due, in the account's zone. */
export function dueDay(task: Task, timeZone: string): string | null {
  if (task.due_date) return task.due_date;
  return task.due_at ? dayIn(new Date(task.due_at), timeZone) : null;
}

/** A day's heading: "Today · Monday 5 January", "Tomorrow · …", else the long date alone. */
export function dayLabel(day: string, today: string): string {
  const words = dayWords(day, today);
  const long = new Intl.DateTimeFormat(intlLocale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
  const near = daysBetween(today, day);
  return near === 0 || near === 1 ? `${words} · ${long}` : long;
}

/**
 * Today's tasks in two groups, each in the order given (the server's agenda order: overdue oldest
 * first; today's timed tasks by time, then the all-day ones): those due before today began, and the
 * rest. One pass, so thousands of tasks cost next to nothing.
 */
export function todayGroups(tasks: Task[], timeZone: string, now: Date): { overdue: Task[]; today: Task[] } {
  const today = dayIn(now, timeZone);
  const overdue: Task[] = [];
  const rest: Task[] = [];
  for (const task of tasks) {
    const day = dueDay(task, timeZone);
    (day !== null && day < today && !task.completed ? overdue : rest).push(task);
  }
  return { overdue, today: rest };
}

/** The Overdue group's heading; `action` its button (reschedule.tsx). */
export function OverdueHeading({ action }: { action?: React.ReactNode }) {
  return (
    <div className="day-heading-row day-overdue">
      <h2 id="day-overdue" className="day-heading">
        {t('Overdue')}
      </h2>
      {action}
    </div>
  );
}
