// Task writes that show at once (optimistic) and roll back with a message if the server refuses;
// offline they wait in the outbox and stay shown, pending.
import { type QueryClient, type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../api/client';
import type { NewTask, QuickAddParse, Task, TaskPatch } from '../api/types';
import { enqueue, type QueuedWrite } from '../offline/outbox';
import { mustQueue, sendSoon } from '../offline/sync';
import { msg, t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import {
  createTask,
  newIdempotencyKey,
  occurrenceOf,
  quickAdd,
  setCompleted,
  skipOccurrence,
  updateTask,
} from './api';
import { baseOf, changeCachedTasks, showNewTask, storeTask } from './cache';
import { QUEUED } from './offlineWrites';
import { type TaskCounts, taskKeys } from './queries';

type Snapshot = [QueryKey, unknown][];

/** How a write waits offline: the queued form, the task's title, and the version it was made on. */
type Offline<V> = (
  vars: V,
  temporaryId: number | undefined,
) => { write: QueuedWrite; title: string; base?: string };

/** The temporary id each create's row got, for its queued form. */
const temporaryIds = new WeakMap<object, number>();

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
  /** Writes of one scope are sent one after another, in the order made (each shows at once). */
  scope?: string,
) {
  const qc = useQueryClient();
  const toast = useToast();
  return useMutation({
    ...(scope ? { scope: { id: scope } } : {}),
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
      toast({ message: `${t(failure)}: ${describeError(error)}`, tone: 'error', timeout: 8000 });
    },
    // A queued write keeps its optimistic row: a refetch now would show the server without it.
    onSettled: (result) => (result === QUEUED ? undefined : qc.invalidateQueries({ queryKey: taskKeys.all })),
  });
}

/** A tab's new tasks reach the server in the order typed: the next add waits for the one before. */
const CREATES = 'task-creates';
/**
 * Completions and their undos reach the server in the order made: an undo sent beside its completion
 * could commit first on a server with a connection pool, and leave the task completed.
 */
const COMPLETIONS = 'task-completions';

function isTask(value: unknown): value is Task {
  return typeof value === 'object' && value !== null && 'id' in value && 'updated_at' in value;
}

export function useAddTask() {
  return useOptimistic(
    (body: NewTask, key) => createTask(body, key),
    showNewTask,
    msg('Could not add the task'),
    (body, temporaryId) => ({ write: { kind: 'create', taskId: temporaryId ?? 0, body }, title: body.title }),
    CREATES,
  );
}

/** Adds from one line ("Call mom tomorrow 5pm #family !high"); the preview, when known, shapes the row shown meanwhile. */
export function useQuickAdd() {
  return useOptimistic(
    async (
      {
        text,
        listId,
        sectionId,
        dueOn,
        keep,
      }: {
        text: string;
        preview?: QuickAddParse | null;
        listId?: number;
        /** A section of that list (a board's column). */
        sectionId?: number;
        /** Pieces kept as title text (preview chips removed). */
        keep?: string[];
        /** Added in Today: a line without a date is due this day (YYYY-MM-DD), as in Todoist. */
        dueOn?: string;
      },
      key,
    ) => {
      const task = await quickAdd(text, key, listId, undefined, sectionId, keep);
      if (!dueOn || task.due_date || task.due_at || task.recurrence) return task;
      return updateTask(task.id, { due_date: dueOn });
    },
    (qc, { text, preview, listId, sectionId }) =>
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
              section_id: sectionId ?? null,
            }
          : { title: text, list_id: listId ?? null, section_id: sectionId ?? null },
      ),
    msg('Could not add the task'),
    ({ text, listId, sectionId, dueOn, keep }, temporaryId) => ({
      write: {
        kind: 'quick',
        taskId: temporaryId ?? 0,
        text,
        ...(listId === undefined ? {} : { listId }),
        ...(sectionId === undefined ? {} : { sectionId }),
        ...(dueOn ? { dueOn } : {}),
        ...(keep?.length ? { keep } : {}),
      },
      title: text,
    }),
    CREATES,
  );
}

export function useUpdateTask() {
  return useOptimistic(
    ({ task, patch }: { task: Task; patch: TaskPatch }) => updateTask(task.id, patch),
    (qc, { task, patch }) =>
      changeCachedTasks(qc, (t) =>
        t.id === task.id ? { ...t, ...patch, title: patch.title?.trim() ?? t.title } : t,
      ),
    msg('Could not save the task'),
    ({ task, patch }) => ({
      write: { kind: 'update', taskId: task.id, patch },
      title: patch.title ?? task.title,
      base: baseOf(task),
    }),
  );
}

/**
 * Completes or reopens a task as shown. A recurring task names its occurrence: completing moves it on
 * to the next one; reopening it as it was when completed (Undo) takes that completion back.
 */
export function useToggleTask() {
  return useOptimistic(
    (task: Task) => setCompleted(task.id, !task.completed, occurrenceOf(task)),
    (qc, task) => {
      if (occurrenceOf(task) !== undefined) {
        // Moving on: the list refetches once the server has, its completed copy appears then.
        if (!task.completed) return;
        // Back at the occurrence completed; the counts come with the refetch.
        changeCachedTasks(qc, (t) =>
          t.id === task.id
            ? { ...t, completed: false, completed_at: null, due_date: task.due_date, due_at: task.due_at }
            : t,
        );
        return;
      }
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
    msg('Could not change the task'),
    (task) => ({
      write: {
        kind: 'complete',
        taskId: task.id,
        completed: !task.completed,
        ...(occurrenceOf(task) ? { occurrence: occurrenceOf(task) } : {}),
      },
      title: task.title,
      base: baseOf(task),
    }),
    COMPLETIONS,
  );
}

export function useSkipOccurrence() {
  const qc = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (task: Task) => skipOccurrence(task.id, occurrenceOf(task)),
    onSuccess: (next, task) => {
      storeTask(qc, next);
      toast({ message: t('Skipped this occurrence of {title}', { title: task.title }) });
    },
    onError: (error) =>
      toast({
        message: t('Could not skip: {error}', { error: describeError(error) }),
        tone: 'error',
        timeout: 8000,
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: taskKeys.all }),
  });
}
