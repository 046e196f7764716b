// The cached lists changed in place, before (or instead of) the server's answer: a new task shown
// at the top, a write shown at once, the server's copy put in place of the shown one.
import type { QueryClient } from '@tanstack/react-query';
import type { NewTask, Task } from '../api/types';
import type { MoveTarget, QueuedWrite } from '../offline/outbox';
import { type ListData, type TaskCounts, taskKeys } from './queries';

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

/**
 * Puts the server's answer in place of the cached copy (`replacing` names a temporary row), so the
 * cache carries the task's real `updated_at` at once: the live event of this very write then finds
 * itself reflected and refreshes nothing (live.ts).
 */
export function storeTask(qc: QueryClient, saved: Task, replacing: number = saved.id): void {
  changeCachedTasks(qc, (t) => (t.id === replacing ? saved : t));
}

/** The version a change to this task was made on; a task made offline has none yet. */
export const baseOf = (task: Task) => (task.id < 0 ? undefined : task.updated_at);

/** The next temporary id: a task not yet on the server has a negative one. */
let temporaryId = -1;

/** Shows a task at the top of every list before the server has answered (a negative id marks it). */
export function showNewTask(qc: QueryClient, body: NewTask): number {
  const now = new Date().toISOString();
  // Every field the body gives, as given (a field new to the API shows with nothing added here);
  // then those the server derives or checks, as it would answer.
  const given = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
  const task = {
    ...given,
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
    section_id: typeof body.section_id === 'number' ? body.section_id : null,
    parent_id: typeof body.parent_id === 'number' ? body.parent_id : null,
    position: Date.now(),
    subtasks: { open: 0, total: 0 },
    created_by: 'me',
    assignee_id: null,
    created_at: now,
    updated_at: now,
  } as Task;
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
