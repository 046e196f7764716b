// What the list shows, read from and written to the address (so a reload or a shared link keeps
// it): status, search, priority, tags, due and sort, in the API's own words.
import type { Task, TaskDue, TaskSort, TaskStatus } from '../api/types';
import { msg } from '../ui/i18n';

export type Priority = Task['priority'];

export interface ListFilters {
  status: TaskStatus;
  sort: TaskSort;
  q: string;
  priority: Priority[];
  tag: string[];
  due: TaskDue | null;
  /** A query in the filter language (docs/api.md, "Filters"); '' for none. */
  filter: string;
}

/** Every sort the API offers, in words; the type makes a new API value a compile error here. */
export const SORT_LABELS: Record<TaskSort, string> = {
  '-created': msg('Newest first'),
  created: msg('Oldest first'),
  '-updated': msg('Recently changed'),
  updated: msg('Least recently changed'),
  title: msg('Title A–Z'),
  '-title': msg('Title Z–A'),
  due: msg('Due soonest'),
  '-due': msg('Due latest'),
  '-priority': msg('Highest priority'),
  priority: msg('Lowest priority'),
  relevance: msg('Best match'),
  manual: msg('My order'),
  agenda: msg('Overdue first, then by time'),
};
export const STATUS_LABELS: Record<TaskStatus, string> = {
  all: msg('All'),
  pending: msg('Pending'),
  completed: msg('Completed'),
};
export const PRIORITY_LABELS: Record<Priority, string> = {
  high: msg('High'),
  medium: msg('Medium'),
  low: msg('Low'),
  none: msg('None'),
};
export const DUE_LABELS: Record<TaskDue, string> = {
  today: msg('Due today'),
  overdue: msg('Overdue'),
  week: msg('Due this week'),
  none: msg('No due date'),
};

const has = <K extends string>(labels: Record<K, string>, v: string | null): v is K =>
  v !== null && Object.hasOwn(labels, v);

/** The list's filters in an address's query; anything unknown is ignored, not an error. */
export function filtersOf(params: URLSearchParams): ListFilters {
  const q = (params.get('q') ?? '').trim();
  const status = params.get('status');
  const sort = params.get('sort');
  const due = params.get('due');
  const priority = (params.get('priority') ?? '')
    .split(',')
    .filter((p): p is Priority => has(PRIORITY_LABELS, p));
  return {
    // Open tasks by default: the completed ones wait in the Completed part below them.
    status: has(STATUS_LABELS, status) ? status : 'pending',
    // Relevance ranks a search; without one the server would refuse it, so it falls back.
    sort: has(SORT_LABELS, sort) && (sort !== 'relevance' || q) ? sort : q ? 'relevance' : '-created',
    q,
    priority: [...new Set(priority)],
    tag: [...new Set(params.getAll('tag').filter(Boolean))],
    due: has(DUE_LABELS, due) ? due : null,
    filter: (params.get('filter') ?? '').trim().slice(0, 500),
  };
}

/** The sorts worth offering: relevance only while searching. */
export function sortOptions(searching: boolean): TaskSort[] {
  return (Object.keys(SORT_LABELS) as TaskSort[]).filter((s) => searching || s !== 'relevance');
}

/** True when anything beyond status and sort narrows the list. */
export function isNarrowed(f: ListFilters): boolean {
  return f.q !== '' || f.priority.length > 0 || f.tag.length > 0 || f.due !== null || f.filter !== '';
}

/** The query-parameter changes that clear every narrowing filter. */
export const CLEAR_FILTERS = { q: null, priority: null, tag: null, due: null, filter: null } as const;
