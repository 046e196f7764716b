// Today and Upcoming: Upcoming grouped by day in the account's zone, and both with the overdue
// tasks (due before today began) on top under one button that reschedules them all to today (each
// keeps its time), with Undo. A timed task of today whose time has passed stays in today's group,
// shown late, as Todoist shows it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../api/client';
import type { Task } from '../api/types';
import { useToast } from '../ui/toast';
import { bulkTasks } from './api';
import { dayIn, daysBetween, dayWords } from './due';
import type { ListFilters } from './filters';
import { taskKeys, useTaskList } from './queries';
import { useUndo } from './undo';

/** The local day a task is due, in the account's zone. */
export function dueDay(task: Task, timeZone: string): string | null {
  if (task.due_date) return task.due_date;
  return task.due_at ? dayIn(new Date(task.due_at), timeZone) : null;
}

export interface DayGroup {
  day: string;
  label: string;
  tasks: Task[];
}

/** A day's heading: "Today · Monday 5 January", "Tomorrow · …", else the long date alone. */
export function dayLabel(day: string, today: string): string {
  const words = dayWords(day, today, undefined);
  const long = new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
  return words === 'Today' || words === 'Tomorrow' ? `${words} · ${long}` : long;
}

/** Tasks (already in due order) grouped by the day they are due. */
export function groupByDay(tasks: Task[], timeZone: string, now: Date): DayGroup[] {
  const today = dayIn(now, timeZone);
  const groups: DayGroup[] = [];
  for (const task of tasks) {
    const day = dueDay(task, timeZone);
    if (day === null) continue;
    let group = groups.at(-1);
    if (group?.day !== day) {
      group = { day, label: dayLabel(day, today), tasks: [] };
      groups.push(group);
    }
    group.tasks.push(task);
  }
  return groups;
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

const OVERDUE: ListFilters = {
  status: 'pending',
  sort: 'agenda',
  q: '',
  priority: [],
  tag: [],
  due: 'overdue',
  filter: '',
};

/** Moves tasks by whole days, one bulk call per distinct shift (so timed ones keep their time). */
async function shiftEach(shifts: Map<number, number[]>, sign: 1 | -1) {
  for (const [days, ids] of shifts) {
    for (let i = 0; i < ids.length; i += 500) {
      await bulkTasks({ action: 'shift_due', ids: ids.slice(i, i + 500), days: sign * days });
    }
  }
}

/**
 * Reschedules tasks to today, each by whole days so a timed one keeps its time of day: one bulk
 * call per distinct shift (500 tasks a call), and one Undo that shifts them all back.
 */
export function useRescheduleToToday(tasks: Task[], timeZone: string, now: Date) {
  const qc = useQueryClient();
  const toast = useToast();
  const undo = useUndo();
  return useMutation({
    mutationFn: async () => {
      const today = dayIn(now, timeZone);
      const shifts = new Map<number, number[]>();
      for (const task of tasks) {
        const day = dueDay(task, timeZone);
        if (day === null) continue;
        const days = daysBetween(day, today);
        if (days > 0) shifts.set(days, [...(shifts.get(days) ?? []), task.id]);
      }
      await shiftEach(shifts, 1);
      return shifts;
    },
    onSuccess: (shifts) => {
      const count = [...shifts.values()].reduce((n, ids) => n + ids.length, 0);
      undo.offer({
        message: `Rescheduled ${count} ${count === 1 ? 'task' : 'tasks'} to today`,
        undo: () => {
          void shiftEach(shifts, -1).finally(() => qc.invalidateQueries({ queryKey: taskKeys.all }));
        },
      });
    },
    onError: (error) => toast({ message: `Could not reschedule. ${describeError(error)}`, tone: 'error' }),
    onSettled: () => qc.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

/** The Overdue group's heading, with the button that reschedules the group to today. */
export function OverdueHeading({ pending, onReschedule }: { pending: boolean; onReschedule: () => void }) {
  return (
    <div className="day-heading-row day-overdue">
      <h2 id="day-overdue" className="day-heading">
        Overdue
      </h2>
      <button type="button" className="button button-small" disabled={pending} onClick={onReschedule}>
        Reschedule all to today
      </button>
    </div>
  );
}

/**
 * The overdue tasks on top of Upcoming, and their heading with one button that reschedules them
 * all to today (with Undo); the rows are the task list's (TaskGroups.tsx).
 */
export function useOverdue(timeZone: string, now: Date): { tasks: Task[]; heading: React.ReactNode } {
  const overdue = useTaskList(OVERDUE);
  const tasks = (overdue.data?.pages ?? []).flatMap((p) => p.tasks).filter((t) => t.id > 0 && !t.completed);
  const reschedule = useRescheduleToToday(tasks, timeZone, now);
  const heading = <OverdueHeading pending={reschedule.isPending} onReschedule={() => reschedule.mutate()} />;
  return { tasks, heading };
}
