// Moving a task in the calendar: its new due moment shown at once (the cached ranges patched), written,
// put back when the write fails, said aloud, and offered for Undo.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../api/client';
import type { Task } from '../api/types';
import { updateTask } from '../tasks/api';
import { taskKeys } from '../tasks/queries';
import { useUndo } from '../tasks/undo';
import { t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { type Drop, dueFieldsOf, type Reschedule, rescheduleFor } from './calendar';
import { longDay } from './calendarGrid';
import { calendarKeys } from './queries';

/** Moves a task's due moment, shown at once, with a toast offering Undo. */
export function useReschedule(timeZone: string, announce: (text: string) => void) {
  const qc = useQueryClient();
  const toast = useToast();
  const undo = useUndo();
  const write = useMutation({
    mutationFn: ({ task, patch }: { task: Task; patch: Reschedule }) => updateTask(task.id, patch),
    onMutate: async ({ task, patch }) => {
      await qc.cancelQueries({ queryKey: calendarKeys.all });
      const snapshot = qc.getQueriesData({ queryKey: taskKeys.all });
      const moved = (t: Task) => (t.id === task.id ? { ...t, ...patch } : t);
      qc.setQueriesData<{ tasks: Task[]; complete: boolean }>({ queryKey: calendarKeys.all }, (data) =>
        data && 'tasks' in data ? { ...data, tasks: data.tasks.map(moved) } : data,
      );
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      for (const [key, data] of context?.snapshot ?? []) qc.setQueryData(key, data);
      toast({
        message: t('Could not move the task: {reason}', { reason: describeError(error) }),
        tone: 'error',
        timeout: 8000,
      });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: taskKeys.all }),
  });
  return (task: Task, drop: Drop) => {
    const patch = rescheduleFor(task, drop, timeZone);
    if (!patch) return;
    const before = dueFieldsOf(task);
    const message =
      'time' in drop
        ? t('Moved “{title}” to {day} at {time}', {
            title: task.title,
            day: longDay(drop.day),
            time: drop.time,
          })
        : t('Moved “{title}” to {day}', { title: task.title, day: longDay(drop.day) });
    announce(message);
    write.mutate({ task, patch });
    undo.offer({
      message,
      undo: () => {
        write.mutate({ task: { ...task, ...patch }, patch: before });
        announce(t('Moved “{title}” back', { title: task.title }));
      },
    });
  };
}
