// Reminders across tasks on the server: what is coming, what fired (the ones missed while away),
// and snoozing one. Kept under the 'tasks' query key: every task write can change them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, describeError, type Schemas, unwrap } from '../api/client';
import { taskKeys } from '../tasks/queries';
import { msg, t } from '../ui/i18n';
import { useToast } from '../ui/toast';

export type ReminderEntry = Schemas['ReminderEntry'];
const ME = { user_id: 'me' };

export const reminderKeys = {
  list: (state: 'pending' | 'sent', since?: string) => ['tasks', 'reminders', state, since ?? ''] as const,
};

export function fetchReminders(state: 'pending' | 'sent', since?: string, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/{user_id}/reminders', {
      params: { path: ME, query: { state, limit: 100, ...(since ? { since } : {}) } },
      signal,
    }),
  );
}

export function useReminders(state: 'pending' | 'sent', since?: string) {
  return useQuery({
    queryKey: reminderKeys.list(state, since),
    queryFn: ({ signal }) => fetchReminders(state, since, signal),
  });
}

/** The snooze choices the apps offer: minutes, or tomorrow at 09:00 on this device's clock. */
export const SNOOZES: { label: string; body: () => { minutes: number } | { until: string } }[] = [
  { label: msg('5 min'), body: () => ({ minutes: 5 }) },
  { label: msg('10 min'), body: () => ({ minutes: 10 }) },
  { label: msg('30 min'), body: () => ({ minutes: 30 }) },
  { label: msg('1 hour'), body: () => ({ minutes: 60 }) },
  {
    label: msg('Tomorrow 9:00'),
    body: () => {
      const at = new Date();
      at.setDate(at.getDate() + 1);
      at.setHours(9, 0, 0, 0);
      return { until: at.toISOString() };
    },
  },
];

export function useSnooze() {
  const qc = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: ({ taskId, body }: { taskId: number; body: { minutes: number } | { until: string } }) =>
      unwrap(
        api.POST('/api/{user_id}/tasks/{id}/snooze', {
          params: { path: { ...ME, id: String(taskId) } },
          body,
        }),
      ),
    onSuccess: (_task, { body }) => {
      toast({
        message:
          'minutes' in body
            ? t('Snoozed: you will be reminded again in {minutes} min.', { minutes: body.minutes })
            : t('Snoozed: you will be reminded again tomorrow at 9:00.'),
      });
    },
    onError: (error) =>
      toast({
        message: t('Could not snooze: {reason}', { reason: describeError(error) }),
        tone: 'error',
        timeout: 8000,
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: taskKeys.all }),
  });
}
