// Tasks on the server through TanStack Query: the list (paged by cursor), the counts per status,
// and writes that show at once (optimistic) and roll back with a message if the server refuses.
import {
  type InfiniteData,
  type QueryClient,
  type QueryKey,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, describeError, type Schemas, toApiError, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import { useToast } from '../ui/toast';

export type Task = Schemas['Task'];
export type TaskList = Schemas['TaskList'];
type ListQuery = NonNullable<paths['/api/{user_id}/tasks/']['get']['parameters']['query']>;
export type TaskStatus = NonNullable<ListQuery['status']>;
export type TaskSort = NonNullable<ListQuery['sort']>;
export type NewTask = NonNullable<
  paths['/api/{user_id}/tasks/']['post']['requestBody']
>['content']['application/json'];
export type TaskPatch = NonNullable<
  paths['/api/{user_id}/tasks/{id}']['patch']['requestBody']
>['content']['application/json'];

export interface TaskFilters {
  status: TaskStatus;
  sort: TaskSort;
}

/** The user in every path: the server resolves `me` to whoever is signed in. */
const ME = { user_id: 'me' };
const PAGE_SIZE = 100;

export const taskKeys = {
  all: ['tasks'] as const,
  lists: ['tasks', 'list'] as const,
  list: (filters: TaskFilters) => ['tasks', 'list', filters] as const,
  counts: ['tasks', 'counts'] as const,
  one: (id: number) => ['task', id] as const,
};

type ListData = InfiniteData<TaskList, string | undefined>;

export function useTaskList(filters: TaskFilters) {
  return useInfiniteQuery({
    queryKey: taskKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/api/{user_id}/tasks/', {
          params: {
            path: ME,
            query: { ...filters, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export interface TaskCounts {
  all: number;
  pending: number;
  completed: number;
}

/** How many tasks each filter holds: two one-row list calls, whose `count` covers every page. */
export function useTaskCounts() {
  return useQuery({
    queryKey: taskKeys.counts,
    queryFn: async ({ signal }): Promise<TaskCounts> => {
      const count = (status: TaskStatus) =>
        unwrap(
          api.GET('/api/{user_id}/tasks/', { params: { path: ME, query: { status, limit: 1 } }, signal }),
        );
      const [pending, completed] = await Promise.all([count('pending'), count('completed')]);
      return { pending: pending.count, completed: completed.count, all: pending.count + completed.count };
    },
  });
}

/** One task with its ETag, for the editor's If-Match. */
export async function fetchTask(id: number): Promise<{ task: Task; etag: string | null }> {
  const { data, error, response } = await api.GET('/api/{user_id}/tasks/{id}', {
    params: { path: { ...ME, id: String(id) } },
    headers: { 'cache-control': 'no-cache' },
  });
  if (!response.ok || !data) throw toApiError(error, response);
  return { task: data, etag: response.headers.get('etag') };
}

export function createTask(body: NewTask, idempotencyKey: string) {
  return unwrap(
    api.POST('/api/{user_id}/tasks/', {
      params: { path: ME },
      body,
      headers: { 'idempotency-key': idempotencyKey },
    }),
  );
}

export function updateTask(id: number, patch: TaskPatch, etag?: string | null) {
  return unwrap(
    api.PATCH('/api/{user_id}/tasks/{id}', {
      params: { path: { ...ME, id: String(id) } },
      body: patch,
      headers: etag ? { 'if-match': etag } : {},
    }),
  );
}

export function setCompleted(id: number, completed: boolean) {
  return unwrap(
    api.PATCH('/api/{user_id}/tasks/{id}/complete', {
      params: { path: { ...ME, id: String(id) } },
      body: { completed },
    }),
  );
}

export function deleteTask(id: number) {
  return unwrap(api.DELETE('/api/{user_id}/tasks/{id}', { params: { path: { ...ME, id: String(id) } } }));
}

/** A key that makes a retried create safe; randomUUID needs a secure context, a LAN http page may lack it. */
export function newIdempotencyKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/** Applies `change` to every cached copy of the lists (null removes the task). */
export function changeCachedTasks(qc: QueryClient, change: (task: Task) => Task | null): void {
  qc.setQueriesData<ListData>({ queryKey: taskKeys.lists }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            tasks: page.tasks.flatMap((t) => {
              const next = change(t);
              return next ? [next] : [];
            }),
          })),
        }
      : data,
  );
}

type Snapshot = [QueryKey, unknown][];

/** Shared optimistic plumbing: stop refetches, remember the cache, apply, roll back on failure. */
function useOptimistic<V, R>(
  mutationFn: (vars: V) => Promise<R>,
  apply: (qc: QueryClient, vars: V) => void,
  failure: string,
) {
  const qc = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn,
    onMutate: async (vars: V): Promise<{ snapshot: Snapshot }> => {
      await qc.cancelQueries({ queryKey: taskKeys.all });
      const snapshot = qc.getQueriesData({ queryKey: taskKeys.all });
      apply(qc, vars);
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      for (const [key, data] of context?.snapshot ?? []) qc.setQueryData(key, data);
      toast({ message: `${failure}: ${describeError(error)}`, tone: 'error', timeout: 8000 });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

let temporaryId = -1;

export function useAddTask() {
  return useOptimistic(
    (body: NewTask) => createTask(body, newIdempotencyKey()),
    (qc, body) => {
      const now = new Date().toISOString();
      const task: Task = {
        id: temporaryId--,
        user_id: 'me',
        title: body.title.trim(),
        description: body.description ?? null,
        completed: body.completed ?? false,
        completed_at: null,
        priority: body.priority ?? 'none',
        tags: Array.isArray(body.tags) ? body.tags : [],
        due_date: body.due_date ?? null,
        due_at: typeof body.due_at === 'string' ? body.due_at : null,
        created_at: now,
        updated_at: now,
      };
      qc.setQueriesData<ListData>({ queryKey: taskKeys.lists }, (data) => {
        if (!data?.pages[0]) return data;
        const [first, ...others] = data.pages;
        return { ...data, pages: [{ ...first, tasks: [task, ...first.tasks] }, ...others] };
      });
      qc.setQueryData<TaskCounts>(
        taskKeys.counts,
        (c) => c && { ...c, all: c.all + 1, pending: c.pending + 1 },
      );
    },
    'Could not add the task',
  );
}

export function useUpdateTask() {
  return useOptimistic(
    ({ task, patch }: { task: Task; patch: TaskPatch }) => updateTask(task.id, patch),
    (qc, { task, patch }) =>
      changeCachedTasks(qc, (t) =>
        t.id === task.id ? { ...t, ...patch, title: patch.title?.trim() ?? t.title } : t,
      ),
    'Could not save the task',
  );
}

export function useToggleTask() {
  return useOptimistic(
    (task: Task) => setCompleted(task.id, !task.completed),
    (qc, task) => {
      changeCachedTasks(qc, (t) =>
        t.id === task.id
          ? {
              ...t,
              completed: !task.completed,
              completed_at: task.completed ? null : new Date().toISOString(),
            }
          : t,
      );
      const delta = task.completed ? 1 : -1;
      qc.setQueryData<TaskCounts>(
        taskKeys.counts,
        (c) => c && { ...c, pending: c.pending + delta, completed: c.completed - delta },
      );
    },
    'Could not change the task',
  );
}
