// Writes made while Doable cannot reach its server: kept in localStorage per user (so a reload or a
// closed tab loses nothing), shown as pending, and sent in order once the server answers again.
// A create carries its Idempotency-Key, so a retry never makes it twice; a change to an existing
// task is sent only if the task is still as it was when the change was made (its updated_at, then
// If-Match on the version read just before), else it waits as a conflict for the person to settle.
// What queues: adds, completes, every field of the editor (an update's patch), moves (to a list,
// under a parent, beside a sibling) and bulk actions, which queue as one write per task so each
// has its own guard and its own conflict.
import { useSyncExternalStore } from 'react';
import { api } from '../api/client';
import type { NewTask, Task, TaskPatch } from '../api/types';

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

interface State {
  entries: OutboxEntry[];
  /** Temporary (negative) ids of tasks created offline → their ids on the server. */
  created: Record<string, number>;
}

const EMPTY: State = { entries: [], created: {} };
let user: string | null = null;
let state: State = EMPTY;
const listeners = new Set<() => void>();

const storageKey = (userId: string) => `doable.outbox.${userId}`;

function load(): State {
  if (!user) return EMPTY;
  try {
    const raw = localStorage.getItem(storageKey(user));
    return raw ? (JSON.parse(raw) as State) : EMPTY;
  } catch {
    return EMPTY;
  }
}

function save(next: State): void {
  state = next;
  if (user) {
    try {
      if (next.entries.length === 0) localStorage.removeItem(storageKey(user));
      else localStorage.setItem(storageKey(user), JSON.stringify(next));
    } catch {
      // Storage full or refused: the queue still holds for this page.
    }
  }
  for (const listener of listeners) listener();
}

/** Whose queue this is: writes are only ever sent under the account that made them. */
export function setOutboxUser(userId: string | null): void {
  if (userId === user) return;
  user = userId;
  save(load());
}

export function outboxEntries(): readonly OutboxEntry[] {
  return state.entries;
}

/** True while writes wait: a new write queues behind them, so they reach the server in order. */
export function hasQueuedWrites(): boolean {
  return state.entries.some((e) => !e.problem);
}

function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/** Whether a task (a temporary id, for one made offline) has writes waiting. */
export function isQueuedTask(taskId: number): boolean {
  return state.entries.some((e) => e.write.taskId === taskId && !e.problem);
}

export function enqueue(
  write: QueuedWrite,
  title: string,
  options: { base?: string; key?: string } = {},
): void {
  const current = user ? load() : state;
  // Deleting a task that was created offline and never sent: neither needs to reach the server.
  if (write.kind === 'delete' && write.taskId < 0 && !(String(write.taskId) in current.created)) {
    save({ ...current, entries: current.entries.filter((e) => e.write.taskId !== write.taskId) });
    return;
  }
  const entry: OutboxEntry = {
    id: newId(),
    write,
    title,
    key: options.key ?? newId(),
    ...(options.base ? { base: options.base } : {}),
  };
  save({ ...current, entries: [...current.entries, entry] });
}

/** Drops a write the person chose not to send (a conflict they settled by keeping the server's). */
export function discard(id: string): void {
  const current = load();
  save({ ...current, entries: current.entries.filter((e) => e.id !== id) });
}

/** Sends a conflicting write again without its guard: the person chose theirs over the server's. */
export function overwrite(id: string): void {
  const current = load();
  save({
    ...current,
    entries: current.entries.map((e) =>
      e.id === id ? { id: e.id, write: e.write, title: e.title, key: e.key } : e,
    ),
  });
}

/** The queue, kept current for React. */
export function useOutbox(): readonly OutboxEntry[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    outboxEntries,
    outboxEntries,
  );
}

type Outcome = { sent: Task | null } | { problem: NonNullable<OutboxEntry['problem']> } | 'retry-later';

const ME = { user_id: 'me' };

function serverId(taskId: number, created: State['created']): number | undefined {
  return taskId < 0 ? created[String(taskId)] : taskId;
}

/** Whether the server's task already shows this change (an earlier try got through unanswered). */
function alreadyApplied(write: QueuedWrite, task: Task): boolean {
  if (write.kind === 'complete') {
    if (!write.occurrence) return task.completed === write.completed;
    // A recurring task's occurrence: completed once the task has left it, taken back once it is at it again.
    const atIt = !task.completed && (task.due_at ?? task.due_date) === write.occurrence;
    return write.completed !== atIt;
  }
  if (write.kind === 'move') {
    // A place beside a sibling cannot be read back from the task alone: that move is sent again.
    if (write.to.before_id !== undefined || write.to.after_id !== undefined) return false;
    return (
      (write.to.list_id === undefined || task.list_id === write.to.list_id) &&
      (write.to.parent_id === undefined || task.parent_id === write.to.parent_id) &&
      (write.to.section_id === undefined || task.section_id === write.to.section_id)
    );
  }
  if (write.kind === 'update') {
    return Object.entries(write.patch).every(
      ([field, value]) => JSON.stringify(task[field as keyof Task] ?? null) === JSON.stringify(value ?? null),
    );
  }
  return false;
}

const refusal = (status: number, detail?: string) => ({
  problem: {
    kind: status === 412 ? ('conflict' as const) : ('refused' as const),
    message:
      status === 412
        ? 'it changed elsewhere while you were offline'
        : `the server refused it (${detail ?? `HTTP ${status}`})`,
  },
});

async function send(entry: OutboxEntry, created: State['created']): Promise<Outcome> {
  const { write } = entry;
  const headers = { 'idempotency-key': entry.key };
  if (write.kind === 'create' || write.kind === 'quick') {
    const { data, error, response } =
      write.kind === 'create'
        ? await api.POST('/api/{user_id}/tasks', { params: { path: ME }, body: write.body, headers })
        : await api.POST('/api/{user_id}/tasks/quick', {
            params: { path: ME },
            body: {
              text: write.text,
              ...(write.listId === undefined ? {} : { list_id: write.listId }),
              ...(write.sectionId === undefined ? {} : { section_id: write.sectionId }),
              ...(write.keep?.length ? { keep: write.keep } : {}),
            },
            headers,
          });
    if (!response.ok) return failed(response, error);
    let task = data as Task;
    if (write.kind === 'quick' && write.dueOn && !task.due_date && !task.due_at && !task.recurrence) {
      const due = await api.PATCH('/api/{user_id}/tasks/{id}', {
        params: { path: { ...ME, id: String(task.id) } },
        body: { due_date: write.dueOn },
      });
      if (due.response.ok && due.data) task = due.data;
    }
    return { sent: task };
  }

  const id = serverId(write.taskId, created);
  if (id === undefined) return { problem: { kind: 'refused', message: 'its task was never created' } };
  let to: MoveTarget | undefined;
  if (write.kind === 'move') {
    to = {};
    for (const [field, value] of Object.entries(write.to) as [
      keyof MoveTarget,
      number | null | undefined,
    ][]) {
      if (value === undefined) continue;
      const mapped =
        field === 'list_id' || field === 'section_id' || value === null ? value : serverId(value, created);
      if (mapped === undefined) {
        return { problem: { kind: 'refused', message: 'the task it was moved to was never created' } };
      }
      to[field] = mapped as never;
    }
  }
  const path = { ...ME, id: String(id) };
  const current = await api.GET('/api/{user_id}/tasks/{id}', {
    params: { path },
    headers: { 'cache-control': 'no-cache' },
  });
  if (current.response.status === 404) {
    return write.kind === 'delete'
      ? { sent: null }
      : { problem: { kind: 'conflict', message: 'it was deleted elsewhere' } };
  }
  if (!current.response.ok || !current.data) return failed(current.response, current.error);
  const task = current.data;
  if (entry.base && task.updated_at !== entry.base) {
    if (alreadyApplied(write, task)) return { sent: task };
    return refusal(412);
  }
  const etag = current.response.headers.get('etag');
  const guard = entry.base && etag ? { 'if-match': etag } : {};
  const answer =
    write.kind === 'complete'
      ? await api.PATCH('/api/{user_id}/tasks/{id}/complete', {
          params: { path },
          body: { completed: write.completed, ...(write.occurrence ? { occurrence: write.occurrence } : {}) },
          headers: guard,
        })
      : write.kind === 'update'
        ? await api.PATCH('/api/{user_id}/tasks/{id}', {
            params: { path },
            body: write.patch,
            headers: guard,
          })
        : write.kind === 'move'
          ? await api.POST('/api/{user_id}/tasks/{id}/move', {
              params: { path },
              body: to ?? {},
              headers: guard,
            })
          : await api.DELETE('/api/{user_id}/tasks/{id}', { params: { path }, headers: guard });
  if (answer.response.status === 404 && write.kind === 'delete') return { sent: null };
  if (!answer.response.ok) return failed(answer.response, answer.error);
  const data = answer.data as unknown;
  return { sent: data && typeof data === 'object' && 'updated_at' in data ? (data as Task) : null };
}

function failed(response: Response, error: unknown): Outcome {
  // The server is busy or down: try again later, in the same order.
  if (response.status >= 500 || response.status === 429 || response.status === 401) return 'retry-later';
  const detail = (error as { detail?: string } | undefined)?.detail;
  return refusal(response.status, detail);
}

let running: Promise<number> | undefined;

/**
 * Sends what waits, oldest first; answers how many were sent. One tab at a time (a Web Lock where
 * the browser has them); stops at the first write the network or server could not take.
 */
export function replayOutbox(): Promise<number> {
  if (!user || load().entries.length === 0) return Promise.resolve(0);
  running ??= withLock(drain).finally(() => {
    running = undefined;
  });
  return running;
}

async function withLock(work: () => Promise<number>): Promise<number> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return work();
  return locks.request('doable-outbox', work) as unknown as Promise<number>;
}

async function drain(): Promise<number> {
  let sent = 0;
  for (;;) {
    // Read again each time: another tab may have sent some, the person may have discarded one.
    const current = load();
    state = current;
    const entry = current.entries.find((e) => !e.problem);
    if (!entry) break;
    let outcome: Outcome;
    try {
      outcome = await send(entry, current.created);
    } catch {
      break; // no connection: everything stays, in order
    }
    if (outcome === 'retry-later') break;
    const after = load();
    if ('problem' in outcome) {
      const blocked = (e: OutboxEntry) =>
        e.id === entry.id ||
        (entry.write.taskId < 0 &&
          e.write.taskId === entry.write.taskId &&
          (entry.write.kind === 'create' || entry.write.kind === 'quick'));
      save({
        ...after,
        entries: after.entries.map((e) =>
          blocked(e)
            ? {
                ...e,
                problem:
                  e.id === entry.id
                    ? outcome.problem
                    : { kind: 'refused', message: 'its task could not be created' },
              }
            : e,
        ),
      });
      continue;
    }
    sent++;
    const task = outcome.sent;
    const created =
      task && entry.write.taskId < 0
        ? { ...after.created, [String(entry.write.taskId)]: task.id }
        : after.created;
    save({
      created,
      entries: after.entries
        .filter((e) => e.id !== entry.id)
        // The next change to the same task expects the version this one left.
        .map((e) => (task && e.write.taskId === entry.write.taskId ? { ...e, base: task.updated_at } : e)),
    });
  }
  // Forget the temporary ids once nothing refers to them.
  const done = load();
  if (done.entries.length === 0 && Object.keys(done.created).length > 0) save(EMPTY);
  return sent;
}
