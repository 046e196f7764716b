// Live updates: while signed in, one EventSource on /api/me/events (the session cookie goes with
// it) refreshes the task queries whenever a task changes in another tab, device or the assistant.
// EventSource reconnects by itself and sends Last-Event-ID, so nothing is missed.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { taskKeys } from './api';

const TASK_EVENTS = ['created', 'updated', 'completed', 'deleted'] as const;

export function useLiveUpdates(enabled: boolean): void {
  const qc = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/me/events');
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A burst of events (an import, a tag rename) refreshes once.
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void qc.invalidateQueries({ queryKey: taskKeys.all });
        void qc.invalidateQueries({ queryKey: ['task'] });
      }, 150);
    };
    for (const type of TASK_EVENTS) source.addEventListener(type, refresh);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [enabled, qc]);
}
