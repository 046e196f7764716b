// Delete with undo: a deleted task disappears at once and a toast offers Undo (undo.tsx, which `u`
// also answers); the DELETE itself is sent after the toast's time (or, through the outbox, when the
// page is left), so Undo never has to recreate it.
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ApiError, describeError } from '../api/client';
import type { Task } from '../api/types';
import { enqueue, isQueuedTask } from '../offline/outbox';
import { saveQueriesNow } from '../offline/persist';
import { mustQueue, sendSoon } from '../offline/sync';
import { t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { bulkTasks, deleteTask } from './api';
import { baseOf, changeCachedTasks } from './cache';
import { noteOwnDelete } from './live';
import { taskKeys } from './queries';
import { UNDO_MS, UndoProvider, useUndo } from './undo';

export { UNDO_MS };

interface PendingDeletes {
  /** Tasks deleted but still undoable: hidden from every list. */
  pending: ReadonlyMap<number, Task>;
  /** Hides the task and offers Undo; `onUndo` runs when it comes back (to put focus on it). */
  remove(task: Task, onUndo?: () => void): void;
  /** The same for several tasks at once (a bulk delete): one toast, one request when it is sent. */
  removeMany(tasks: Task[]): void;
}

const Context = createContext<PendingDeletes>({ pending: new Map(), remove: () => {}, removeMany: () => {} });

export function usePendingDeletes() {
  return useContext(Context);
}

/** Deletes held back for Undo, inside the one undo of the list. */
export function PendingDeletesProvider({ children }: { children: ReactNode }) {
  return (
    <UndoProvider>
      <PendingDeletes>{children}</PendingDeletes>
    </UndoProvider>
  );
}

function PendingDeletes({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const toast = useToast();
  const { offer } = useUndo();
  const [pending, setPending] = useState<ReadonlyMap<number, Task>>(new Map());
  const timers = useRef(new Map<number, number>());
  /** The tasks whose delete still waits for its undo window, by id. */
  const waiting = useRef(new Map<number, Task>());

  const forget = useCallback((id: number) => {
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    waiting.current.delete(id);
    setPending((all) => {
      const next = new Map(all);
      next.delete(id);
      return next;
    });
  }, []);

  const commit = useCallback(
    async (task: Task) => {
      timers.current.delete(task.id);
      waiting.current.delete(task.id);
      noteOwnDelete(task.id);
      // Offline (or with writes still waiting): the delete waits in the outbox, the row stays gone.
      const queue = () => {
        const base = baseOf(task);
        enqueue({ kind: 'delete', taskId: task.id }, task.title, base ? { base } : {});
        changeCachedTasks(qc, (t) => (t.id === task.id ? null : t));
        forget(task.id);
        sendSoon();
      };
      if (mustQueue()) return queue();
      try {
        await deleteTask(task.id);
      } catch (error) {
        if (error instanceof TypeError) return queue();
        if (!(error instanceof ApiError && error.status === 404)) {
          toast({
            message: t('Could not delete “{title}”: {error}', {
              title: task.title,
              error: describeError(error),
            }),
            tone: 'error',
          });
        }
      }
      await qc.invalidateQueries({ queryKey: taskKeys.all });
      forget(task.id);
    },
    [qc, toast, forget],
  );

  const undo = useCallback(
    (id: number) => {
      if (!timers.current.has(id)) return false;
      forget(id);
      return true;
    },
    [forget],
  );

  const remove = useCallback(
    (task: Task, onUndo?: () => void) => {
      // A task made offline can be deleted before it was ever sent (both then stay off the server).
      if ((task.id < 0 && !isQueuedTask(task.id)) || timers.current.has(task.id)) return;
      setPending((all) => new Map(all).set(task.id, task));
      waiting.current.set(task.id, task);
      timers.current.set(
        task.id,
        window.setTimeout(() => void commit(task), UNDO_MS),
      );
      offer({
        message: t('Deleted “{title}”', { title: task.title }),
        undo: () => {
          if (undo(task.id)) onUndo?.();
        },
        timeout: UNDO_MS,
      });
    },
    [commit, offer, undo],
  );

  const removeMany = useCallback(
    (chosen: Task[]) => {
      const tasks = chosen.filter((t) => t.id > 0 && !timers.current.has(t.id));
      if (tasks.length === 0) return;
      const ids = tasks.map((t) => t.id);
      for (const t of tasks) waiting.current.set(t.id, t);
      setPending((all) => {
        const next = new Map(all);
        for (const t of tasks) next.set(t.id, t);
        return next;
      });
      const timer = window.setTimeout(async () => {
        for (const id of ids) {
          timers.current.delete(id);
          waiting.current.delete(id);
          noteOwnDelete(id);
        }
        try {
          for (let i = 0; i < ids.length; i += 500)
            await bulkTasks({ action: 'delete', ids: ids.slice(i, i + 500) });
        } catch (error) {
          toast({
            message: t('Could not delete {count} tasks: {error}', {
              count: ids.length,
              error: describeError(error),
            }),
            tone: 'error',
          });
        }
        await qc.invalidateQueries({ queryKey: taskKeys.all });
        for (const id of ids) forget(id);
      }, UNDO_MS);
      for (const id of ids) timers.current.set(id, timer);
      offer({
        message: t('{count, plural, one {Deleted # task} other {Deleted # tasks}}', { count: ids.length }),
        undo: () => {
          for (const id of ids) forget(id);
        },
        timeout: UNDO_MS,
      });
    },
    [qc, toast, forget, offer],
  );

  // Leaving the page (a reload, a closed tab) ends every undo window at once: each delete still
  // waiting joins the outbox (kept in localStorage, sent in order by the next page of this app,
  // a task gone meanwhile counting as done) and the saved copy of the lists drops the task now;
  // a keepalive request also tries to send it as the page goes.
  useEffect(() => {
    const flush = () => {
      if (waiting.current.size === 0) return;
      const offline = mustQueue();
      for (const [id, task] of waiting.current) {
        window.clearTimeout(timers.current.get(id));
        noteOwnDelete(id);
        const base = baseOf(task);
        enqueue({ kind: 'delete', taskId: id }, task.title, base ? { base } : {});
        if (!offline)
          void fetch(`/api/me/tasks/${id}`, {
            method: 'DELETE',
            keepalive: true,
            credentials: 'same-origin',
          });
      }
      const gone = new Set(waiting.current.keys());
      changeCachedTasks(qc, (t) => (gone.has(t.id) ? null : t));
      saveQueriesNow(qc);
      timers.current.clear();
      waiting.current.clear();
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [qc]);

  const value = useMemo(() => ({ pending, remove, removeMany }), [pending, remove, removeMany]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}
