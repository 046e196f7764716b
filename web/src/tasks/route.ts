// What the task screen shows, read from the address: the scope (a view, a list, every task, those
// assigned to you) from the path, and the filters, search and sort from the query. The search
// reaches the server once typing pauses; everything else applies at once. `/?task=12` (a
// reminder's notification, a shared link) opens that task in the editor.
import { useEffect } from 'react';
import { setSearchParams, useLocation } from '../app/router';
import { type Scope, scopeOf } from '../app/scope';
import { useDebounced } from './debounce';
import { filtersOf, type ListFilters } from './filters';

/** The query parameter that opens a task in the editor (`/?task=12`). */
export const TASK_PARAM = 'task';

const SEARCH_DELAY_MS = 300;

export interface TaskRoute {
  path: string;
  scope: Scope;
  /**
   * Today and Upcoming show tasks in the agenda order (overdue first, then each day's timed tasks
   * by time, then its all-day ones), the Inbox and lists your own order; else none.
   */
  scopeSort: 'manual' | 'agenda' | null;
  /** The search as typed. */
  search: string;
  /** The filters as typed (the controls show them). */
  shown: ListFilters;
  /** The filters the list is asked for (the search once typing pauses). */
  filters: ListFilters;
  /** Whether a search is still being typed (the list is about to change). */
  searchPending: boolean;
  /** Today and Upcoming show open tasks only. */
  openOnly: boolean;
}

export function useTaskRoute(openTask: (id: number) => void): TaskRoute {
  const location = useLocation();
  const typedSearch = location.searchParams.get('q') ?? '';
  const debouncedSearch = useDebounced(typedSearch, SEARCH_DELAY_MS);
  const settled = new URLSearchParams(location.search);
  if (debouncedSearch) settled.set('q', debouncedSearch);
  else settled.delete('q');
  const scope: Scope = scopeOf(location.pathname) ?? { kind: 'all' };
  const scopeSort =
    scope.kind === 'view'
      ? scope.view === 'inbox'
        ? 'manual'
        : 'agenda'
      : scope.kind === 'list'
        ? 'manual'
        : null;
  const withScopeSort = (params: URLSearchParams, searching: boolean) => {
    if (scopeSort && !params.has('sort') && !searching) params.set('sort', scopeSort);
    return params;
  };

  const linkedTask = location.searchParams.get(TASK_PARAM);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the link is what opens it
  useEffect(() => {
    if (linkedTask === null) return;
    setSearchParams({ [TASK_PARAM]: null });
    if (/^\d{1,15}$/.test(linkedTask)) openTask(Number(linkedTask));
  }, [linkedTask]);

  return {
    path: location.pathname,
    scope,
    scopeSort,
    search: typedSearch,
    shown: filtersOf(withScopeSort(new URLSearchParams(location.search), typedSearch !== '')),
    filters: filtersOf(withScopeSort(settled, debouncedSearch !== '')),
    searchPending: debouncedSearch !== typedSearch,
    openOnly: scope.kind === 'view' && scope.view !== 'inbox',
  };
}
