// The notifications inbox: the unread count (in the header on every screen) and the inbox's page,
// refreshed by the `notifications` event of the live stream (tasks/live.ts) rather than by polling.
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';

export type Notification = Schemas['Notification'];
export type NotificationPage = Schemas['NotificationPage'];

const ME = { user_id: 'me' };
/** How many the inbox screen shows (the newest, unread first). */
export const INBOX_PAGE = 100;

export const inboxKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'count'] as const,
  page: ['notifications', 'page'] as const,
};

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: inboxKeys.count,
    enabled,
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.GET('/api/{user_id}/notifications', { params: { path: ME, query: { limit: 1 } }, signal }),
        )
      ).unread_count,
  });
}

export function useInbox() {
  return useQuery({
    queryKey: inboxKeys.page,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/{user_id}/notifications', {
          params: { path: ME, query: { limit: INBOX_PAGE, order: 'unread_first' } },
          signal,
        }),
      ),
  });
}

/** What the live stream's `notifications` event says: the count now, and the inbox refreshes. */
export function onInboxEvent(qc: QueryClient, data: unknown): void {
  const count = (data as { unread_count?: unknown } | null)?.unread_count;
  if (typeof count === 'number') qc.setQueryData(inboxKeys.count, count);
  void qc.invalidateQueries({ queryKey: inboxKeys.page });
}

/** Puts a notification's new read state in the page and the count at once; the server's answer follows. */
function showRead(qc: QueryClient, id: number, read: boolean): void {
  const page = qc.getQueryData<NotificationPage>(inboxKeys.page);
  const was = page?.notifications.find((n) => n.id === id);
  if (!page || !was || was.read === read) return;
  qc.setQueryData<NotificationPage>(inboxKeys.page, {
    ...page,
    unread_count: page.unread_count + (read ? -1 : 1),
    notifications: page.notifications.map((n) => (n.id === id ? { ...n, read } : n)),
  });
  qc.setQueryData<number>(inboxKeys.count, (c) => Math.max(0, (c ?? page.unread_count) + (read ? -1 : 1)));
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, read }: { id: number; read: boolean }) =>
      unwrap(
        api.PATCH('/api/{user_id}/notifications/{id}', {
          params: { path: { ...ME, id: String(id) } },
          body: { read },
        }),
      ),
    onMutate: ({ id, read }) => showRead(qc, id, read),
    onSettled: () => qc.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/{user_id}/notifications/read', { params: { path: ME } })),
    onSuccess: (answer) => qc.setQueryData(inboxKeys.count, answer.unread_count),
    onSettled: () => qc.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}
