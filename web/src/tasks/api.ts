// Tasks on the server through TanStack Query: the list (paged by cursor), the counts per status,
// tags, quick add with its preview, and writes that show at once (optimistic) and roll back with a message if the server refuses.
import {
  type InfiniteData,
  keepPreviousData,
  type QueryClient,
  type QueryKey,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, describeError, type Schemas, toApiError, unwrap } from '../api/client';
import { tasksRoot } from '../api/keys';
import type { ListQuery, NewTask, QuickAddParse, Task, TaskList, TaskPatch, TaskStatus } from '../api/types';
import { type Scope, scopeQuery } from '../app/scope';
import { enqueue, type MoveTarget, type QueuedWrite } from '../offline/outbox';
import { mustQueue, sendSoon } from '../offline/sync';
import { useToast } from '../ui/toast';
import type { ListFilters } from './filters';

export type {
  NewTask,
  QuickAddParse,
  Reminder,
  Tag,
  Task,
  TaskDue,
  TaskList,
  TaskPatch,
  TaskSort,
  TaskStatus,
} from '../api/types';

/** The user in every path: the server resolves `me` to whoever is signed in. */
const ME = { user_id: 'me' };
const PAGE_SIZE = 100;

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
type Narrowing = Pick<ListFilters, 'q' | 'priority' | 'tag' | 'due'>;

function listQuery({ q, priority, tag, due }: Narrowing): ListQuery {
  return {
    ...(q ? { q } : {}),
    ...(priority.length > 0 ? { priority: priority.join(',') } : {}),
    ...(tag.length > 0 ? { tag } : {}),
    ...(due ? { due } : {}),
  };
}

type ListData = InfiniteData<TaskList, string | undefined>;

export function useTaskList(filters: ListFilters, scope: Scope = { kind: 'all' }) {
  return useInfiniteQuery({
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
              limit: PAGE_SIZE,
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
  });
}

export interface TaskCounts {
  all: number;
  pending: number;
  completed: number;
  /** Whether a search found more tasks of that status than it counts (1,000; `count_exact` false). */
  more: { all: boolean; pending: boolean; completed: boolean };
}

/** How many tasks each status holds under the other filters: two one-row list calls, whose `count` covers every page. */
export function useTaskCounts({ q, priority, tag, due }: Narrowing, scope: Scope = { kind: 'all' }) {
  const narrowing = { q, priority, tag, due };
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
    api.POST('/api/{user_id}/tasks', {
      params: { path: ME },
      body,
      headers: { 'idempotency-key': idempotencyKey },
    }),
  );
}

/** What quick add would read from a line, without creating anything. */
export function previewQuickAdd(text: string, signal?: AbortSignal): Promise<QuickAddParse> {
  // The dry run answers 200 with the parse; the schema's union also holds the 201 task.
  return unwrap(
    api.POST('/api/{user_id}/tasks/quick', {
      params: { path: ME, query: { dry_run: 'true' } },
      body: { text },
      signal,
    }),
  ) as Promise<QuickAddParse>;
}

export function quickAdd(text: string, idempotencyKey: string, listId?: number, parentId?: number) {
  return unwrap(
    api.POST('/api/{user_id}/tasks/quick', {
      params: { path: ME },
      body: {
        text,
        ...(listId === undefined ? {} : { list_id: listId }),
        ...(parentId === undefined ? {} : { parent_id: parentId }),
      },
      headers: { 'idempotency-key': idempotencyKey },
    }),
  ) as Promise<Task>;
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

/** The occurrence a recurring task is at (its due_date or due_at), which a complete or skip names. */
export function occurrenceOf(task: Task): string | undefined {
  return task.recurrence ? (task.due_at ?? task.due_date ?? undefined) : undefined;
}

/** Naming the occurrence makes a retry or a double click complete it once, never the next one too. */
export function setCompleted(id: number, completed: boolean, occurrence?: string) {
  return unwrap(
    api.PATCH('/api/{user_id}/tasks/{id}/complete', {
      params: { path: { ...ME, id: String(id) } },
      body: { completed, ...(occurrence ? { occurrence } : {}) },
    }),
  );
}

/** Moves a recurring task to its next occurrence without a completed record. */
export function skipOccurrence(id: number, occurrence?: string) {
  return unwrap(
    api.POST('/api/{user_id}/tasks/{id}/skip', {
      params: { path: { ...ME, id: String(id) } },
      body: occurrence ? { occurrence } : {},
    }),
  );
}

/** The drag-and-drop type a task row carries (its id), which lists and views accept. */
export const TASK_DRAG_TYPE = 'application/x-doable-task';

/** Moves a task to another list, under another parent, or beside a sibling. */
export function moveTaskTo(
  id: number,
  body: { list_id?: number | null; parent_id?: number | null; before_id?: number; after_id?: number },
) {
  return unwrap(
    api.POST('/api/{user_id}/tasks/{id}/move', { params: { path: { ...ME, id: String(id) } }, body }),
  );
}

export type BulkAction = Schemas['BulkActionInput'];

/** One action on many tasks, all or nothing. */
export function bulkTasks(body: BulkAction) {
  return unwrap(api.POST('/api/{user_id}/tasks/bulk', { params: { path: ME }, body }));
}

/** What a write answers when it went to the outbox instead (offline): the change stays shown, pending. */
export const QUEUED = Symbol('queued');

/** A task as the cached lists show it (offline, moves and the editor start from it). */
export function cachedTask(qc: QueryClient, id: number): Task | undefined {
  for (const [, data] of qc.getQueriesData<ListData>({ queryKey: taskKeys.lists })) {
    for (const page of data?.pages ?? []) {
      const found = page.tasks.find((t) => t.id === id);
      if (found) return found;
    }
  }
  const one = qc.getQueryData<{ task: Task }>(taskKeys.one(id));
  return one?.task;
}

/** Shows a queued move at once: the task's new list and parent, and out of a list it left. */
function showMove(qc: QueryClient, id: number, to: MoveTarget): void {
  const beside = to.before_id ?? to.after_id;
  const sibling = beside === undefined ? undefined : cachedTask(qc, beside);
  const place = (t: Task): Task => {
    const next = { ...t };
    if (sibling) {
      next.list_id = sibling.list_id;
      next.parent_id = sibling.parent_id;
      next.position = sibling.position + (to.before_id !== undefined ? -0.5 : 0.5);
    }
    if (to.list_id !== undefined) next.list_id = to.list_id;
    if (to.parent_id !== undefined) next.parent_id = to.parent_id;
    return next;
  };
  changeCachedTasks(qc, (t) => (t.id === id ? place(t) : t));
  const moved = cachedTask(qc, id);
  if (!moved) return;
  for (const [key, data] of qc.getQueriesData<ListData>({ queryKey: taskKeys.lists })) {
    const scope = key[3] as { kind?: string; id?: number } | undefined;
    if (!data || scope?.kind !== 'list' || scope.id === moved.list_id) continue;
    qc.setQueryData<ListData>(key, {
      ...data,
      pages: data.pages.map((page) => ({ ...page, tasks: page.tasks.filter((t) => t.id !== id) })),
    });
  }
}

/** Shows a queued write in the cached lists, as its answer from the server would. */
export function showQueued(qc: QueryClient, write: QueuedWrite): void {
  if (write.kind === 'move') {
    showMove(qc, write.taskId, write.to);
  } else if (write.kind === 'update') {
    changeCachedTasks(qc, (t) =>
      t.id === write.taskId
        ? ({ ...t, ...write.patch, title: write.patch.title?.trim() ?? t.title } as Task)
        : t,
    );
  } else if (write.kind === 'complete') {
    changeCachedTasks(qc, (t) =>
      t.id === write.taskId && !write.occurrence
        ? {
            ...t,
            completed: write.completed,
            completed_at: write.completed ? new Date().toISOString() : null,
          }
        : t,
    );
  }
}

/**
 * Puts writes in the outbox (offline/outbox.ts), each on the version of its task the cache shows,
 * and shows them at once; they are sent in order when the server answers.
 */
export function queueWrites(qc: QueryClient, writes: QueuedWrite[], from?: Task): typeof QUEUED {
  for (const write of writes) {
    // The version the change was made on: the editor's (`from`), else the one the lists show.
    const task = from?.id === write.taskId ? from : cachedTask(qc, write.taskId);
    const base = task ? baseOf(task) : undefined;
    enqueue(write, task?.title ?? 'a task', base ? { base } : {});
    showQueued(qc, write);
  }
  sendSoon();
  return QUEUED;
}

/** Whether a write must wait: offline, behind queued writes, or about a task made offline. */
const waits = (...ids: (number | null | undefined)[]) =>
  mustQueue() || ids.some((id) => typeof id === 'number' && id < 0);

/**
 * Moves a task to another list, under another parent, or beside a sibling; offline (or while
 * writes wait) the move waits in the outbox and shows at once. Answers the task, or QUEUED.
 */
export async function moveOrQueue(
  qc: QueryClient,
  id: number,
  to: MoveTarget,
): Promise<Task | typeof QUEUED> {
  const write: QueuedWrite = { kind: 'move', taskId: id, to };
  if (waits(id, to.parent_id, to.before_id, to.after_id)) return queueWrites(qc, [write]);
  try {
    return await moveTaskTo(id, to);
  } catch (error) {
    // No answer: the outbox finds out whether it arrived (the task's list and parent).
    if (error instanceof TypeError) return queueWrites(qc, [write]);
    throw error;
  }
}

/** One bulk action as the writes it makes, one per task (each queued with its own guard). */
export function writesOf(action: BulkAction, tasks: (id: number) => Task | undefined): QueuedWrite[] {
  return action.ids.flatMap((taskId): QueuedWrite[] => {
    switch (action.action) {
      case 'complete':
      case 'reopen': {
        const task = tasks(taskId);
        const completed = action.action === 'complete';
        const occurrence = completed && task ? occurrenceOf(task) : undefined;
        return [{ kind: 'complete', taskId, completed, ...(occurrence ? { occurrence } : {}) }];
      }
      case 'move':
        return [{ kind: 'move', taskId, to: { list_id: action.list_id ?? null } }];
      case 'set_priority':
        return [{ kind: 'update', taskId, patch: { priority: action.priority } }];
      case 'set_due':
        return [
          {
            kind: 'update',
            taskId,
            patch: action.due_at
              ? { due_at: action.due_at }
              : action.due_date
                ? { due_date: action.due_date }
                : { due_date: null, due_at: null },
          },
        ];
      default:
        throw new Error(`${action.action} cannot wait offline`);
    }
  });
}

/**
 * Bulk actions, in order; offline (or while writes wait) they wait in the outbox as one write per
 * task. Answers QUEUED when they wait.
 */
export async function bulkOrQueue(qc: QueryClient, actions: BulkAction[]): Promise<'sent' | typeof QUEUED> {
  const queue = (rest: BulkAction[]): typeof QUEUED =>
    queueWrites(
      qc,
      rest.flatMap((a) => writesOf(a, (id) => cachedTask(qc, id))),
    );
  if (waits(...actions.flatMap((a) => a.ids))) return queue(actions);
  for (const [i, action] of actions.entries()) {
    try {
      await bulkTasks(action);
    } catch (error) {
      // A bulk action is all or nothing: one without an answer is queued with the rest.
      if (error instanceof TypeError) return queue(actions.slice(i));
      throw error;
    }
  }
  return 'sent';
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

/** How a write waits offline: the queued form, the task's title, and the version it was made on. */
type Offline<V> = (
  vars: V,
  temporaryId: number | undefined,
) => { write: QueuedWrite; title: string; base?: string };

/** The temporary id each create's row got, for its queued form. */
const temporaryIds = new WeakMap<object, number>();

/** The version a change to this task was made on; a task made offline has none yet. */
export const baseOf = (task: Task) => (task.id < 0 ? undefined : task.updated_at);

/**
 * Shared optimistic plumbing: stop refetches, remember the cache, apply, roll back on failure.
 * A task the server answers with replaces its cached copy (or the temporary row `apply` returned).
 * With `offline`, a write that cannot reach the server (or would overtake queued ones) is queued
 * (offline/outbox.ts) and stays shown; the same Idempotency-Key goes with every try.
 */
function useOptimistic<V extends object, R>(
  mutationFn: (vars: V, idempotencyKey: string) => Promise<R>,
  apply: (qc: QueryClient, vars: V) => unknown,
  failure: string,
  offline?: Offline<V>,
) {
  const qc = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: async (vars: V): Promise<R | typeof QUEUED> => {
      const key = newIdempotencyKey();
      const queue = () => {
        if (!offline) return false;
        const { write, title, base } = offline(vars, temporaryIds.get(vars));
        enqueue(write, title, { key, ...(base ? { base } : {}) });
        sendSoon();
        return true;
      };
      if (offline && mustQueue() && queue()) return QUEUED;
      try {
        return await mutationFn(vars, key);
      } catch (error) {
        // No answer: it may or may not have arrived; the outbox finds out (same key, or the task's state).
        if (error instanceof TypeError && queue()) return QUEUED;
        throw error;
      }
    },
    // Offline, a write fails at once (and says so) instead of waiting unseen for the network.
    networkMode: 'always',
    onMutate: async (vars: V): Promise<{ snapshot: Snapshot; temporaryId: number | undefined }> => {
      await qc.cancelQueries({ queryKey: taskKeys.all });
      const snapshot = qc.getQueriesData({ queryKey: taskKeys.all });
      const shown = apply(qc, vars);
      const temporaryId = typeof shown === 'number' ? shown : undefined;
      if (temporaryId !== undefined) temporaryIds.set(vars, temporaryId);
      return { snapshot, temporaryId };
    },
    onSuccess: (result, _vars, context) => {
      if (isTask(result)) storeTask(qc, result, context?.temporaryId);
    },
    onError: (error, _vars, context) => {
      for (const [key, data] of context?.snapshot ?? []) qc.setQueryData(key, data);
      toast({ message: `${failure}: ${describeError(error)}`, tone: 'error', timeout: 8000 });
    },
    // A queued write keeps its optimistic row: a refetch now would show the server without it.
    onSettled: (result) => (result === QUEUED ? undefined : qc.invalidateQueries({ queryKey: taskKeys.all })),
  });
}

let temporaryId = -1;

function isTask(value: unknown): value is Task {
  return typeof value === 'object' && value !== null && 'id' in value && 'updated_at' in value;
}

/** Shows a task at the top of every list before the server has answered (a negative id marks it). */
function showNewTask(qc: QueryClient, body: NewTask): number {
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
    recurrence: typeof body.recurrence === 'string' ? body.recurrence : null,
    recurrence_from: body.recurrence ? (body.recurrence_from ?? 'due') : null,
    series_task_id: null,
    reminders: Array.isArray(body.reminders) ? body.reminders : [],
    list_id: typeof body.list_id === 'number' ? body.list_id : null,
    parent_id: typeof body.parent_id === 'number' ? body.parent_id : null,
    position: Date.now(),
    subtasks: { open: 0, total: 0 },
    created_by: 'me',
    assignee_id: null,
    created_at: now,
    updated_at: now,
  };
  qc.setQueriesData<ListData>({ queryKey: taskKeys.lists }, (data) => {
    if (!data?.pages[0]) return data;
    const [first, ...others] = data.pages;
    return { ...data, pages: [{ ...first, tasks: [task, ...first.tasks] }, ...others] };
  });
  qc.setQueriesData<TaskCounts>(
    { queryKey: taskKeys.counts },
    (c) => c && { ...c, all: c.all + 1, pending: c.pending + 1 },
  );
  return task.id;
}

/**
 * Puts the server's answer in place of the cached copy (`replacing` names a temporary row), so the
 * cache carries the task's real `updated_at` at once: the live event of this very write then finds
 * itself reflected and refreshes nothing (live.ts).
 */
export function storeTask(qc: QueryClient, saved: Task, replacing: number = saved.id): void {
  changeCachedTasks(qc, (t) => (t.id === replacing ? saved : t));
}

export function useAddTask() {
  return useOptimistic(
    (body: NewTask, key) => createTask(body, key),
    showNewTask,
    'Could not add the task',
    (body, temporaryId) => ({ write: { kind: 'create', taskId: temporaryId ?? 0, body }, title: body.title }),
  );
}

/** Adds from one line ("Call mom tomorrow 5pm #family !high"); the preview, when known, shapes the row shown meanwhile. */
export function useQuickAdd() {
  return useOptimistic(
    async (
      {
        text,
        listId,
        dueOn,
      }: {
        text: string;
        preview?: QuickAddParse | null;
        listId?: number;
        /** Added in Today: a line without a date is due this day (YYYY-MM-DD), as in Todoist. */
        dueOn?: string;
      },
      key,
    ) => {
      const task = await quickAdd(text, key, listId);
      if (!dueOn || task.due_date || task.due_at || task.recurrence) return task;
      return updateTask(task.id, { due_date: dueOn });
    },
    (qc, { text, preview, listId }) =>
      showNewTask(
        qc,
        preview
          ? {
              title: preview.title || text,
              priority: preview.priority ?? 'none',
              tags: preview.tags,
              due_date: preview.due_date,
              due_at: preview.due_at,
              list_id: listId ?? null,
            }
          : { title: text, list_id: listId ?? null },
      ),
    'Could not add the task',
    ({ text, listId, dueOn }, temporaryId) => ({
      write: {
        kind: 'quick',
        taskId: temporaryId ?? 0,
        text,
        ...(listId === undefined ? {} : { listId }),
        ...(dueOn ? { dueOn } : {}),
      },
      title: text,
    }),
  );
}

/** The quick-add parse of what is being typed, for the preview under the add box. */
export function useQuickAddPreview(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: ['quick-add-preview', trimmed],
    queryFn: ({ signal }) => previewQuickAdd(trimmed, signal),
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

export function renameTag(name: string, newName: string) {
  return unwrap(
    api.PATCH('/api/{user_id}/tags/{name}', { params: { path: { ...ME, name } }, body: { name: newName } }),
  );
}

export function deleteTag(name: string) {
  return unwrap(api.DELETE('/api/{user_id}/tags/{name}', { params: { path: { ...ME, name } } }));
}

export function useUpdateTask() {
  return useOptimistic(
    ({ task, patch }: { task: Task; patch: TaskPatch }) => updateTask(task.id, patch),
    (qc, { task, patch }) =>
      changeCachedTasks(qc, (t) =>
        t.id === task.id ? { ...t, ...patch, title: patch.title?.trim() ?? t.title } : t,
      ),
    'Could not save the task',
    ({ task, patch }) => ({
      write: { kind: 'update', taskId: task.id, patch },
      title: patch.title ?? task.title,
      base: baseOf(task),
    }),
  );
}

/** Completing a recurring task moves it to its next occurrence, so it is not shown as done meanwhile. */
const movesOn = (task: Task) => !task.completed && occurrenceOf(task) !== undefined;

export function useToggleTask() {
  return useOptimistic(
    (task: Task) => setCompleted(task.id, !task.completed, task.completed ? undefined : occurrenceOf(task)),
    (qc, task) => {
      // The list refetches once the server has moved it on; its completed copy appears then.
      if (movesOn(task)) return;
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
      qc.setQueriesData<TaskCounts>(
        { queryKey: taskKeys.counts },
        (c) => c && { ...c, pending: c.pending + delta, completed: c.completed - delta },
      );
    },
    'Could not change the task',
    (task) => ({
      write: {
        kind: 'complete',
        taskId: task.id,
        completed: !task.completed,
        ...(task.completed || !occurrenceOf(task) ? {} : { occurrence: occurrenceOf(task) }),
      },
      title: task.title,
      base: baseOf(task),
    }),
  );
}

export function useSkipOccurrence() {
  const qc = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (task: Task) => skipOccurrence(task.id, occurrenceOf(task)),
    onSuccess: (next, task) => {
      storeTask(qc, next);
      toast({ message: `Skipped this occurrence of ${task.title}` });
    },
    onError: (error) =>
      toast({ message: `Could not skip: ${describeError(error)}`, tone: 'error', timeout: 8000 }),
    onSettled: () => qc.invalidateQueries({ queryKey: taskKeys.all }),
  });
}
