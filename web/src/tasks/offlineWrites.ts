// Writes that cannot reach the server now (offline, behind queued writes, about a task made
// offline) wait in the outbox (offline/outbox.ts), shown at once: moves and bulk actions.
import type { QueryClient } from '@tanstack/react-query';
import type { Task } from '../api/types';
import { enqueue, type MoveTarget, type QueuedWrite } from '../offline/outbox';
import { mustQueue, sendSoon } from '../offline/sync';
import { type BulkAction, bulkTasks, moveTaskTo, occurrenceOf } from './api';
import { baseOf, cachedTask, showQueued } from './cache';

/** What a write answers when it went to the outbox instead (offline): the change stays shown, pending. */
export const QUEUED = Symbol('queued');

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
