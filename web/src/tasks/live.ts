// Live updates: while signed in, one EventSource on /api/me/events (the session cookie goes with
// it) refreshes the task queries when a task changes in another tab, device or the assistant, and
// announces reminders (notifications.ts, loaded with the first). EventSource reconnects by itself and sends
// Last-Event-ID, so nothing is missed. An event the cache already shows (this tab's own write, or
// one a refetch has already brought) refreshes nothing, so the list does not re-render under the
// person's keyboard for no reason.
import { type InfiniteData, type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Task, TaskList } from '../api/types';
import { settingsKey } from '../settings/api';
import { sharingKeys } from '../sharing/api';
import { browserTimeZone } from '../ui/time';
import { useToast } from '../ui/toast';
import { taskKeys } from './queries';

const EVENT_TYPES = ['created', 'updated', 'completed', 'deleted', 'reminder'] as const;
type LiveEventType = (typeof EVENT_TYPES)[number];

/** One event of the stream, as the server sends it. */
export interface LiveEvent {
  type: LiveEventType;
  task_id: number;
  /** The task as the API shows it (before deletion for `deleted`). */
  task: Task;
  user_id: string;
  timestamp: string;
  /** For `reminder`: the reminder that fired and when it was due to. */
  reminder?: { at?: string; minutes_before?: number; fire_at: string };
}

/** EventSource.CLOSED: the stream will not reconnect. */
const CLOSED = 2;

/** How long a burst of events (an import, a tag rename) is gathered into one refresh. */
export const REFRESH_DELAY_MS = 150;

const ownDeletes = new Set<number>();

/** Deletes this tab sent: their events need no refresh. */
export function noteOwnDelete(id: number): void {
  ownDeletes.add(id);
  if (ownDeletes.size > 500) ownDeletes.delete(ownDeletes.values().next().value as number);
}

/** The copies of a task that queries on screen now hold (lists and the editor's). */
function shownCopies(qc: QueryClient, id: number): Task[] {
  const copies: Task[] = [];
  const cache = qc.getQueryCache();
  for (const query of cache.findAll({ queryKey: taskKeys.lists, type: 'active' })) {
    const data = query.state.data as InfiniteData<TaskList> | undefined;
    for (const page of data?.pages ?? []) for (const t of page.tasks) if (t.id === id) copies.push(t);
  }
  const one = cache.find<{ task: Task }>({ queryKey: taskKeys.one(id), exact: true, type: 'active' });
  if (one?.state.data) copies.push(one.state.data.task);
  return copies;
}

/**
 * Whether what is on screen already reflects an event: every shown copy of the task is at least
 * as new as the event's (its `updated_at`), or, for a delete, this tab deleted it and no list
 * shows it. A task no list shows might still change a count or join a list: not reflected.
 */
export function isReflected(qc: QueryClient, event: LiveEvent): boolean {
  const copies = shownCopies(qc, event.task_id);
  if (event.type === 'deleted') return copies.length === 0 && ownDeletes.has(event.task_id);
  if (copies.length === 0) return false;
  const version = Date.parse(event.task.updated_at);
  return copies.every((t) => Date.parse(t.updated_at) >= version);
}

function parse(data: unknown): LiveEvent | null {
  try {
    const event = JSON.parse(String(data)) as LiveEvent;
    return typeof event?.task_id === 'number' && typeof event.task?.updated_at === 'string' ? event : null;
  } catch {
    return null;
  }
}

/** Refreshes what the events change (null: an event we could not read, so everything). */
export function refreshFor(qc: QueryClient, events: (LiveEvent | null)[]): void {
  const stale = events.filter((e) => e === null || !isReflected(qc, e));
  if (stale.length === 0) {
    // Lists not on screen may hold an older copy: they refetch when shown again.
    void qc.invalidateQueries({ queryKey: taskKeys.all, type: 'inactive', refetchType: 'none' });
    return;
  }
  void qc.invalidateQueries({ queryKey: taskKeys.all });
  if (stale.includes(null)) void qc.invalidateQueries({ queryKey: ['task'] });
  else for (const e of stale) if (e) void qc.invalidateQueries({ queryKey: taskKeys.one(e.task_id) });
}

/**
 * Follows one event stream (your own, or a shared list's) until the answer is called: gathers a
 * burst of events into one refresh of what they change. `onEvent` sees each event as it comes;
 * `onEnd` is called when the server closes the stream for good (access to the list ended).
 */
export function followEvents(
  url: string,
  qc: QueryClient,
  {
    onEvent,
    onEnd,
    others = {},
  }: {
    onEvent?: (event: LiveEvent, message: MessageEvent) => void;
    onEnd?: () => void;
    others?: Record<string, (data: unknown) => void>;
  } = {},
): () => void {
  const source = new EventSource(url);
  for (const [name, handle] of Object.entries(others)) {
    source.addEventListener(name, (message: MessageEvent) => {
      let data: unknown = null;
      try {
        data = JSON.parse(String(message.data));
      } catch {
        // Unreadable: the handler refreshes without it.
      }
      handle(data);
    });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: (LiveEvent | null)[] = [];
  // Checked when the burst is over, not on arrival: by then this tab's own write has usually
  // come back and is in the cache.
  const flush = () => {
    const events = waiting;
    waiting = [];
    refreshFor(qc, events);
  };
  const receive = (message: MessageEvent) => {
    const event = parse(message.data);
    if (event) onEvent?.(event, message);
    waiting.push(event);
    clearTimeout(timer);
    timer = setTimeout(flush, REFRESH_DELAY_MS);
  };
  for (const type of EVENT_TYPES) source.addEventListener(type, receive);
  // EventSource reconnects by itself after a dropped connection; an answer other than the stream
  // (403, 404: no longer in the list) closes it for good.
  source.addEventListener('error', () => {
    if (source.readyState === CLOSED) onEnd?.();
  });
  return () => {
    clearTimeout(timer);
    source.close();
  };
}

/**
 * Follows your own stream while `enabled`. `others` handles the stream's other events by name (the
 * inbox's `notifications`), with their data parsed; kept from the first render.
 */
/**
 * `event: lists` on your own stream: a list, its sections or members, or your settings changed (in
 * another tab or device, the API, the CLI, a member's change): what shows them is read again.
 */
export function refreshLists(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: taskKeys.all });
  void qc.invalidateQueries({ queryKey: settingsKey });
  void qc.invalidateQueries({ queryKey: sharingKeys.all });
}

export function useLiveUpdates(enabled: boolean, others: Record<string, (data: unknown) => void> = {}): void {
  const qc = useQueryClient();
  const toast = useToast();
  const handlers = useRef(others);
  handlers.current = others;
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    return followEvents('/api/me/events', qc, {
      others: {
        lists: () => refreshLists(qc),
        ...Object.fromEntries(
          Object.keys(handlers.current).map((name) => [
            name,
            (data: unknown) => handlers.current[name]?.(data),
          ]),
        ),
      },
      onEvent: (event, message) => {
        if (event.type !== 'reminder') return;
        const settings = qc.getQueryData<{ time_zone: string; in_app_reminders?: boolean }>(settingsKey);
        // The in-app channel turned off in Settings: the reminder is listed, not announced.
        if (settings?.in_app_reminders === false) return;
        const zone = settings?.time_zone ?? browserTimeZone();
        // The user id keeps two accounts of one browser apart; task and fire_at name the reminder the
        // same way a Web Push of it does (sw/notifications.ts), so the system shows it once.
        const key = `${event.user_id}:${event.reminder?.fire_at ? `${event.task_id}@${event.reminder.fire_at}` : message.lastEventId || `${event.task_id}@${event.timestamp}`}`;
        // Loaded with the first reminder: the first load carries none of it.
        void import('./notifications').then((m) => m.announceReminder(event.task, key, zone, toast));
      },
    });
  }, [enabled, qc, toast]);
}
