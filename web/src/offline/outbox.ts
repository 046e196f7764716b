// Writes made while Doable cannot reach its server: kept in localStorage per user (so a reload or a
// closed tab loses nothing), shown as pending, and sent in order once the server answers again.
// A create carries its Idempotency-Key, so a retry never makes it twice; a change to an existing
// task is sent only if the task is still as it was when the change was made (its updated_at, then
// If-Match on the version read just before), else it waits as a conflict for the person to settle.
// What queues: adds, completes, every field of the editor (an update's patch), moves (to a list,
// under a parent, beside a sibling) and bulk actions, which queue as one write per task so each
// has its own guard and its own conflict.
import { useSyncExternalStore } from 'react';
import type { Outcome } from './send';
import type { OutboxEntry, OutboxState, QueuedWrite } from './writes';

export type { MoveTarget, OutboxEntry, QueuedWrite } from './writes';

type State = OutboxState;

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
      // The sending code loads with the first write to send: the first load carries none of it.
      outcome = await (await import('./send')).send(entry, current.created);
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
