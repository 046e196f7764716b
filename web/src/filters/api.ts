// Saved filters: named queries in the filter language (docs/api.md, "Filters"), each with the count
// of open tasks it matches. Their key sits under the tasks' root, so every task write and live event
// that refreshes the tasks refreshes the counts too.
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';
import { tasksRoot } from '../api/keys';

export type SavedFilter = Schemas['SavedFilter'];

const ME = { user_id: 'me' };

export const savedFilterKeys = { all: [...tasksRoot, 'saved-filters'] as const };

export function useSavedFilters() {
  return useQuery({
    queryKey: savedFilterKeys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/api/{user_id}/filters', { params: { path: ME }, signal })),
  });
}

export function createSavedFilter(body: { name: string; query: string }) {
  return unwrap(api.POST('/api/{user_id}/filters', { params: { path: ME }, body }));
}

export function deleteSavedFilter(id: number) {
  return unwrap(api.DELETE('/api/{user_id}/filters/{id}', { params: { path: { ...ME, id: String(id) } } }));
}

/** The address of the task screen showing every task the query matches. */
export const filterPath = (query: string) => `/all?filter=${encodeURIComponent(query)}`;
