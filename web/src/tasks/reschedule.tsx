// "Reschedule all to today" over the Overdue group of Today and Upcoming: each task moves by whole
// days, so a timed one keeps its time of day, with one Undo that moves them all back. Loaded once
// a view has overdue tasks.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../api/client';
import type { Task } from '../api/types';
import { t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { bulkTasks } from './api';
import { dayIn, daysBetween } from './due';
import { dueDay, OverdueHeading } from './overdue';
import { taskKeys } from './queries';
import { useUndo } from './undo';

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
        message: t(
          '{count, plural, one {Rescheduled # task to today} other {Rescheduled # tasks to today}}',
          { count },
        ),
        undo: () => {
          void shiftEach(shifts, -1).finally(() => qc.invalidateQueries({ queryKey: taskKeys.all }));
        },
      });
    },
    onError: (error) =>
      toast({ message: t('Could not reschedule. {error}', { error: describeError(error) }), tone: 'error' }),
    onSettled: () => qc.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

/** The Overdue group's heading with its button. */
export function RescheduleHeading({ tasks, timeZone, now }: { tasks: Task[]; timeZone: string; now: Date }) {
  const reschedule = useRescheduleToToday(tasks, timeZone, now);
  return (
    <OverdueHeading
      action={
        <button
          type="button"
          className="button button-small"
          disabled={reschedule.isPending}
          onClick={() => reschedule.mutate()}
        >
          {t('Reschedule all to today')}
        </button>
      }
    />
  );
}
