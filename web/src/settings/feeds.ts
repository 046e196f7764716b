// Calendar feeds for the settings screen (docs/calendar-feeds.md): list, make, regenerate, delete.
// A feed's URL holds its secret: the server answers it only when a feed is made or regenerated.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';

const ME = { user_id: 'me' };
const feedsKey = ['calendar-feeds'] as const;

export function useCalendarFeeds() {
  return useQuery({
    queryKey: feedsKey,
    queryFn: () => unwrap(api.GET('/api/{user_id}/calendar-feeds', { params: { path: ME } })),
  });
}

/** Answers the new feed with its URL, shown this once. */
export function useCreateCalendarFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (listId: number | null) =>
      unwrap(api.POST('/api/{user_id}/calendar-feeds', { params: { path: ME }, body: { list_id: listId } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedsKey }),
  });
}

/** A new URL for the feed: the old one stops working. */
export function useRegenerateCalendarFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(
        api.POST('/api/{user_id}/calendar-feeds/{id}/regenerate', {
          params: { path: { ...ME, id: String(id) } },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedsKey }),
  });
}

export function useDeleteCalendarFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(
        api.DELETE('/api/{user_id}/calendar-feeds/{id}', { params: { path: { ...ME, id: String(id) } } }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedsKey }),
  });
}
