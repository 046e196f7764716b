// Live updates from the other people in a shared list: while a member has the list open, its own
// stream (/api/me/lists/{id}/events) refreshes the task queries the same way the user's stream
// does (live.ts). The owner needs none: the list's tasks are theirs, so their own stream
// carries every change. When access ends (removed, the list deleted) the lists are asked again.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { sharingKeys } from '../sharing/api';
import { followEvents } from './live';
import { taskKeys } from './queries';

export function useListLiveUpdates(listId: number | null): void {
  const qc = useQueryClient();
  useEffect(() => {
    if (listId === null || typeof EventSource === 'undefined') return;
    return followEvents(`/api/me/lists/${listId}/events`, qc, {
      onEnd: () => {
        void qc.invalidateQueries({ queryKey: taskKeys.all });
        void qc.invalidateQueries({ queryKey: sharingKeys.all });
      },
    });
  }, [listId, qc]);
}
