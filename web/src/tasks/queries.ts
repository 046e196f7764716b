// What the task screen reads through TanStack Query: the list (paged by cursor, every page loaded
// in the background: the list is virtualized, not paged behind a button), the counts per status,
// the tags, and quick add's preview; the keys every task query sits under.
import { type InfiniteData, keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '../api/client';
import { tasksRoot } from '../api/keys';
import type { ListQuery, TaskList, TaskStatus } from '../api/types';
import { type Scope, scopeQuery } from '../app/scope';
import { ME, previewQuickAdd, type QuickAddPlace } from './api';
import type { ListFilters } from './filters';

/** The first page: small, so the first rows show soon. */
const FIRST_PAGE = 100;
/** The pages after it, loaded one after another in the background: the API's largest. */
const NEXT_PAGE = 200;
/** At most this many pages (40,000 tasks) in one view. */
const MAX_PAGES = 200;

export const taskKeys = {
  all: tasksRoot,
  lists: ['tasks', 'list'] as const,
  list: (filters: ListFilters, scope: Scope) => ['tasks', 'list', filters, scope] as const,
  counts: ['tasks', 'counts'] as const,
  countsOf: (narrowing: Narrowing, scope: Scope) => ['tasks', 'counts', narrowing, scope] as const,
  /** Under 'tasks', so every task write refreshes the tag counts too. */
  tags: ['tasks', 'tags'] as const,
  one: (id: number) => ['task', id] as const,
};

/** The filters other than status and sort: they narrow the counts too. */
type Narrowing = Pick<ListFilters, 'q' | 'priority' | 'tag' | 'due' | 'filter'>;

function listQuery({ q, priority, tag, due, filter }: Narrowing): ListQuery {
  return {
    ...(q ? { q } : {}),
    ...(filter ? { filter } : {}),
    ...(priority.length > 0 ? { priority: priority.join(',') } : {}),
    ...(tag.length > 0 ? { tag } : {}),
    ...(due ? { due } : {}),
  };
}

export type ListData = InfiniteData<TaskList, string | undefined>;

/**
 * A view's tasks, every page: the first as soon as it comes, the rest fetched one after another in
 * the background. `enabled` false asks for nothing (the Completed part until unfolded).
 */
export function useTaskList(filters: ListFilters, scope: Scope = { kind: 'all' }, enabled = true) {
  const query = useInfiniteQuery({
    queryKey: taskKeys.list(filters, scope),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/{user_id}/tasks', {
          params: {
            path: ME,
            query: {
              ...listQuery(filters),
              ...scopeQuery(scope),
              status: filters.status,
              sort: filters.sort,
              limit: pageParam ? NEXT_PAGE : FIRST_PAGE,
              // The totals come from useTaskCounts: list pages skip counting every match.
              count: 'none',
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    // A new filter keeps the old rows on screen (aria-busy) instead of flashing "Loading".
    placeholderData: keepPreviousData,
    enabled,
  });
  const { hasNextPage, isFetching, isPlaceholderData, isError, fetchNextPage, data } = query;
  const pages = data?.pages.length ?? 0;
  useEffect(() => {
    if (hasNextPage && !isFetching && !isPlaceholderData && !isError && pages < MAX_PAGES) {
      void fetchNextPage({ cancelRefetch: false });
    }
  }, [hasNextPage, isFetching, isPlaceholderData, isError, pages, fetchNextPage]);
  return query;
}

export interface TaskCounts {
  all: number;
  pending: number;
  completed: number;
  /** Whether a search found more tasks of that status than it counts (1,000; `count_exact` false). */
  more: { all: boolean; pending: boolean; completed: boolean };
}

/** How many tasks each status holds under the other filters: two one-row list calls, whose `count` covers every page. */
export function useTaskCounts({ q, priority, tag, due, filter }: Narrowing, scope: Scope = { kind: 'all' }) {
  const narrowing = { q, priority, tag, due, filter };
  return useQuery({
    queryKey: taskKeys.countsOf(narrowing, scope),
    placeholderData: keepPreviousData,
    queryFn: async ({ signal }): Promise<TaskCounts> => {
      const count = (status: TaskStatus) =>
        unwrap(
          api.GET('/api/{user_id}/tasks', {
            params: { path: ME, query: { ...listQuery(narrowing), ...scopeQuery(scope), status, limit: 1 } },
            signal,
          }),
        );
      const [pending, completed] = await Promise.all([count('pending'), count('completed')]);
      // Counted by default (`count=exact`); null only when a request asks for `count=none`.
      const [p, c] = [pending.count ?? 0, completed.count ?? 0];
      // A search counts at most 1,000 matches of each status; past that the count is a lower bound.
      const more = { pending: pending.count_exact === false, completed: completed.count_exact === false };
      return { pending: p, completed: c, all: p + c, more: { ...more, all: more.pending || more.completed } };
    },
  });
}

/** The quick-add parse of what is being typed, for the preview under the add box. */
export function useQuickAddPreview(text: string, place: QuickAddPlace = {}) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['quick-add-preview', trimmed, place.listId ?? null, place.keep ?? []],
    queryFn: ({ signal }) => previewQuickAdd(trimmed, place, signal),
    enabled: trimmed !== '',
    staleTime: 30_000,
    retry: false,
  });
}

export function useTags() {
  return useQuery({
    queryKey: taskKeys.tags,
    queryFn: ({ signal }) => unwrap(api.GET('/api/{user_id}/tags', { params: { path: ME }, signal })),
  });
}
