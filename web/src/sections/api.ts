// A list's sections on the server: read, add, rename, reorder, delete. Kept under the 'tasks' query
// key, so a task write (which may follow a section's deletion) refreshes them, and a section write
// refreshes the list's tasks (whose section_id it may change).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, describeError, type Schemas, unwrap } from '../api/client';
import { tasksRoot } from '../api/keys';
import { t } from '../ui/i18n';
import { useToast } from '../ui/toast';

export type Section = Schemas['Section'];

const ME = { user_id: 'me' };

export const sectionKeys = {
  of: (listId: number) => ['tasks', 'sections', listId] as const,
};

/** The sections of a list, in order; nothing asked for when there is no list (null). */
export function useSections(listId: number | null) {
  return useQuery({
    queryKey: sectionKeys.of(listId ?? 0),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/{user_id}/sections', {
          params: { path: ME, query: { list_id: String(listId) } },
          signal,
        }),
      ),
    select: (data) => data.sections,
    enabled: listId !== null,
    refetchOnWindowFocus: 'always',
  });
}

export function createSection(body: { list_id: number; name: string }) {
  return unwrap(api.POST('/api/{user_id}/sections', { params: { path: ME }, body }));
}

export function updateSection(
  id: number,
  body: { name?: string; position?: number; before_id?: number; after_id?: number },
) {
  return unwrap(
    api.PATCH('/api/{user_id}/sections/{id}', { params: { path: { ...ME, id: String(id) } }, body }),
  );
}

export function deleteSection(id: number, tasks: 'keep' | 'delete' = 'keep') {
  return unwrap(
    api.DELETE('/api/{user_id}/sections/{id}', {
      params: { path: { ...ME, id: String(id) }, query: { tasks } },
    }),
  );
}

/**
 * A section write that refreshes sections and tasks afterwards and says what went wrong, if
 * anything: `failed`, a msg() sentence ("Could not rename the section."), then why.
 */
export function useSectionWrite<A, R>(write: (args: A) => Promise<R>, failed: string) {
  const qc = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: write,
    onError: (error) => toast({ message: `${t(failed)} ${describeError(error)}`, tone: 'error' }),
    onSettled: () => qc.invalidateQueries({ queryKey: tasksRoot }),
  });
}
