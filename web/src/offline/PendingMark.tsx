// A row's "Pending" mark: its change shows, but the server has not got it yet (the outbox holds it).

import { t } from '../ui/i18n';
import { useOutbox } from './outbox';

/** Whether a task has changes waiting, for its row's "Pending" mark. */
export function usePendingTask(taskId: number): boolean {
  const entries = useOutbox();
  return entries.some((e) => e.write.taskId === taskId && !e.problem);
}

/** The row's mark: the change shows, but the server has not got it yet. */
export function PendingMark({ taskId }: { taskId: number }) {
  const pending = usePendingTask(taskId);
  if (!pending) return null;
  return (
    <span className="pending-mark" title={t('Saved on this device; sent when the connection is back')}>
      {t('Pending')}
    </span>
  );
}
