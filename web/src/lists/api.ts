// Lists on the server: the sidebar's lists with their counts, and their writes. Kept under the
// 'tasks' query key, so every task write (which changes the counts) refreshes them too.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, describeError, type Schemas, unwrap } from '../api/client';
import { tasksRoot } from '../api/keys';
import { msg, t } from '../ui/i18n';
import { useToast } from '../ui/toast';

export type List = Schemas['List'];

const ME = { user_id: 'me' };

export const listKeys = {
  all: ['tasks', 'lists'] as const,
  /** One list the address names, asked for when the sidebar's lists lack it. */
  one: (id: number) => ['tasks', 'lists', id] as const,
  /** How many tasks a view holds (Today, the Inbox), for the sidebar. */
  viewCount: (view: 'today' | 'inbox') => ['tasks', 'view-count', view] as const,
};

/** The colors the sidebar offers; any #rrggbb is accepted by the API. */
export const LIST_COLORS: { name: string; value: string | null }[] = [
  { name: msg('No color'), value: null },
  { name: msg('Red'), value: '#d64545' },
  { name: msg('Orange'), value: '#d9822b' },
  { name: msg('Yellow'), value: '#b59b00' },
  { name: msg('Green'), value: '#2f9e44' },
  { name: msg('Teal'), value: '#0c8599' },
  { name: msg('Blue'), value: '#3b6fd6' },
  { name: msg('Purple'), value: '#8a4fd6' },
  { name: msg('Pink'), value: '#c2418b' },
  { name: msg('Grey'), value: '#7a7f87' },
];

/**
 * How often the sidebar asks for the lists again while the page shows. A list made, renamed or
 * shared elsewhere (another device, the API, the CLI) shows at once through the event stream's
 * `lists` event (tasks/live.ts); this catches one sent while the stream was reconnecting.
 */
export const LISTS_REFRESH_MS = 15_000;

/**
 * Your lists and those shared with you, asked again whenever the page is shown again or back
 * online; `follow` (the sidebar's, one timer for the page) also every LISTS_REFRESH_MS.
 */
export function useLists({ follow = false }: { follow?: boolean } = {}) {
  return useQuery({
    queryKey: listKeys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/api/{user_id}/lists', { params: { path: ME }, signal })),
    select: (data) => data.lists,
    refetchOnWindowFocus: 'always',
    refetchOnReconnect: 'always',
    ...(follow ? { refetchInterval: LISTS_REFRESH_MS } : {}),
  });
}

/**
 * The list the address names when the lists lack it: one made elsewhere a moment ago, or one that
 * is not there for you (deleted, not shared with you: the API answers 404 either way).
 */
export function useMissingList(id: number | null) {
  return useQuery({
    queryKey: listKeys.one(id ?? 0),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/{user_id}/lists/{id}', { params: { path: { ...ME, id: String(id) } }, signal })),
    enabled: id !== null,
  });
}

/** The open tasks of a view, counted (one one-row list call). */
export function useViewCount(view: 'today' | 'inbox') {
  return useQuery({
    queryKey: listKeys.viewCount(view),
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.GET('/api/{user_id}/tasks', {
            params: { path: ME, query: { view, status: 'pending', limit: 1 } },
            signal,
          }),
        )
      ).count ?? 0,
  });
}

export function createList(body: { name: string; color?: string | null; position?: number }) {
  return unwrap(api.POST('/api/{user_id}/lists', { params: { path: ME }, body }));
}

export function updateList(
  id: number,
  body: { name?: string; color?: string | null; position?: number; archived?: boolean },
) {
  return unwrap(
    api.PATCH('/api/{user_id}/lists/{id}', { params: { path: { ...ME, id: String(id) } }, body }),
  );
}

export function deleteList(id: number, tasks: 'inbox' | 'delete') {
  return unwrap(
    api.DELETE('/api/{user_id}/lists/{id}', {
      params: { path: { ...ME, id: String(id) }, query: { tasks } },
    }),
  );
}

/**
 * A list write that refreshes lists and tasks afterwards and says what went wrong, if anything:
 * `failed` (a `msg`), then why.
 */
export function useListWrite<A, R>(write: (args: A) => Promise<R>, failed: string) {
  const qc = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: write,
    onError: (error) => toast({ message: `${t(failed)} ${describeError(error)}`, tone: 'error' }),
    onSettled: () => qc.invalidateQueries({ queryKey: tasksRoot }),
  });
}

/** The position between two neighbours (either may be missing: an end of the order). */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return Date.now();
  if (before === undefined) return (after as number) - 1024;
  if (after === undefined) return before + 1024;
  return (before + after) / 2;
}
