// The shapes of the outbox (outbox.ts): a write made offline, where a move puts a task, an entry
// of the queue and the queue as kept in localStorage.
import type { NewTask, TaskPatch } from '../api/types';

export type QueuedWrite =
  | { kind: 'create'; taskId: number; body: NewTask }
  | {
      kind: 'quick';
      taskId: number;
      text: string;
      listId?: number;
      sectionId?: number;
      dueOn?: string;
      /** Pieces kept as title text (preview chips removed before the add). */
      keep?: string[];
    }
  | { kind: 'complete'; taskId: number; completed: boolean; occurrence?: string }
  | { kind: 'update'; taskId: number; patch: TaskPatch }
  | { kind: 'move'; taskId: number; to: MoveTarget }
  | { kind: 'delete'; taskId: number };

/** Where a move puts a task: POST /tasks/{id}/move's body (ids may be temporary: made offline). */
export interface MoveTarget {
  list_id?: number | null;
  /** A section of the list it ends up in (sections are never made offline: always a server id). */
  section_id?: number | null;
  parent_id?: number | null;
  before_id?: number;
  after_id?: number;
}

export interface OutboxEntry {
  id: string;
  write: QueuedWrite;
  /** The task's title, for messages. */
  title: string;
  /** The task's updated_at when the change was made; a create's entries have none. */
  base?: string;
  /** The Idempotency-Key of a create, the same on every try. */
  key: string;
  /** Set when the server refused it: it waits for the person (send anyway, or discard). */
  problem?: { kind: 'conflict' | 'refused'; message: string };
}

export interface OutboxState {
  entries: OutboxEntry[];
  /** Temporary (negative) ids of tasks created offline → their ids on the server. */
  created: Record<string, number>;
}
