// Task events for live updates. The trigger on `tasks` writes them (migration 0005); this module
// reads them back in order and fans NOTIFY wake-ups out to the streams of each user.
import { and, eq, exists, gt, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { memberSince } from '../../platform/access/policy.js';
import {
  DELIVERIES_QUEUED,
  EVENTS_CHANNEL,
  INBOX_CHANGED,
  LISTS_CHANGED,
} from '../../platform/db/channels.js';
import type { Database, DatabaseHandle } from '../../platform/db/client.js';
import { taskEvents } from '../../platform/db/schema.js';
import { numberEvents } from './events.numbers.js';
import { EventWatch } from './events.watch.js';

/**
 * What woke a stream: its user's task events, their lists (and the like), their inbox, or a lost
 * connection (all of them).
 */
export type Wakeup = 'events' | 'lists' | 'inbox' | 'all';
export const EVENT_TYPES = ['created', 'updated', 'completed', 'deleted', 'reminder'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface TaskEvent {
  /** Global id: what webhook deliveries refer to. */
  id: number;
  /** The owner's event number: 1, 2, 3... in commit order, without gaps; the stream's event id. */
  seq: number;
  type: EventType;
  taskId: number;
  userId: string;
  data: unknown;
  /** For `reminder` events: the reminder that fired, with its `fire_at`. */
  detail: unknown;
  createdAt: Date;
}

/**
 * An event as clients see it, in the live stream and in webhook bodies alike: the type, the task
 * (as the API shows it), the user, when, and for a `reminder` the reminder that fired.
 */
export const eventPayload = (event: Omit<TaskEvent, 'id' | 'seq'>) => ({
  type: event.type,
  task_id: event.taskId,
  task: event.data,
  user_id: event.userId,
  timestamp: event.createdAt.toISOString(),
  ...(event.detail == null ? {} : { reminder: event.detail }),
});

/**
 * Events of one user after number `afterSeq`, in order. An owner's numbers are given after the
 * writes commit, each numbering under the owner's event lock and above the one before it
 * (migration 0064), so once number n is visible every number below it is too, and an event that
 * commits later gets a higher number: reading past the last one sent never skips an event.
 */
export async function eventsAfter(
  db: Database,
  userId: string,
  afterSeq: number,
  limit: number,
): Promise<TaskEvent[]> {
  const rows = await db
    .select()
    .from(taskEvents)
    .where(and(eq(taskEvents.userId, userId), gt(taskEvents.seq, afterSeq)))
    .orderBy(taskEvents.seq)
    .limit(limit);
  return rows.map(numbered);
}

/** A row read by its number (`seq > n`), so numbered. */
const numbered = (r: typeof taskEvents.$inferSelect): TaskEvent => ({
  ...r,
  seq: Number(r.seq),
  type: r.type as EventType,
});

/**
 * The owner's events after number `afterSeq` of tasks that are (or were, when deleted) in one list,
 * as `reader` may see them: the owner all of them, a member those from their joining on (what the
 * list held before, such as text edited away or tasks deleted before it was shared, is not theirs).
 */
export async function listEventsAfter(
  db: Database,
  owner: string,
  reader: string,
  listId: number,
  afterSeq: number,
  limit: number,
): Promise<TaskEvent[]> {
  const rows = await db
    .select()
    .from(taskEvents)
    .where(
      and(
        eq(taskEvents.userId, owner),
        gt(taskEvents.seq, afterSeq),
        sql`(${taskEvents.data}->>'list_id')::bigint = ${listId}`,
        // Reminders are their recipient's alone (the assignee's, or the owner's own).
        sql`${taskEvents.type} <> 'reminder'`,
        reader === owner ? undefined : sql`${taskEvents.createdAt} >= ${memberSince(listId, reader)}`,
      ),
    )
    .orderBy(taskEvents.seq)
    .limit(limit);
  return rows.map(numbered);
}

/**
 * The number of the user's latest event (0 when none), their events committed so far numbered
 * first: a new stream starts after it.
 */
export async function latestEventSeq(db: Database, userId: string): Promise<number> {
  await numberEvents(db, [userId], true);
  const [row] = await db
    .select({ seq: sql<number>`coalesce(max(${taskEvents.seq}), 0)` })
    .from(taskEvents)
    .where(eq(taskEvents.userId, userId));
  return Number(row?.seq ?? 0);
}

/** How long events stay replayable for Last-Event-ID. */
export const EVENT_RETENTION_DAYS = 7;

/**
 * Drops events past the retention, but never an owner's latest: the next number is counted from
 * it, so numbering never restarts under a client that still holds a Last-Event-ID.
 */
export async function sweepEvents(db: Database): Promise<void> {
  const newer = alias(taskEvents, 'newer');
  await db.delete(taskEvents).where(
    and(
      lt(taskEvents.createdAt, sql`now() - make_interval(days => ${EVENT_RETENTION_DAYS})`),
      exists(
        db
          .select({ one: sql`1` })
          .from(newer)
          .where(and(eq(newer.userId, taskEvents.userId), gt(newer.seq, taskEvents.seq))),
      ),
    ),
  );
}

/**
 * Wakes the streams of a user when that user's events change, and the webhook sender when
 * deliveries were queued, on every instance. Task events are found by reading the table
 * (EventWatch: task writes send no NOTIFY); lists, inbox and deliveries come by NOTIFY on one
 * LISTEN connection per instance. Both start when the first stream (or the webhook sender, or the
 * bus relay) subscribes.
 */
export class EventHub {
  private readonly subscribers = new Map<string, Set<(why: Wakeup) => void>>();
  private readonly deliveries = new Set<() => void>();
  private readonly everyOwner = new Set<(owner: string) => void>();
  private listening: Promise<() => Promise<void>> | undefined;
  private watching: Promise<EventWatch> | undefined;

  constructor(private readonly database: DatabaseHandle) {}

  /** Calls `onOwner` with each owner whose task events grew (the bus relay). */
  async subscribeEvents(onOwner: (owner: string) => void): Promise<() => void> {
    await Promise.all([this.listen(), this.watch()]);
    this.everyOwner.add(onOwner);
    return () => {
      this.everyOwner.delete(onOwner);
    };
  }

  /** Wakes `wake` whenever webhook deliveries were queued, for any user (the webhook sender). */
  async subscribeDeliveries(wake: () => void): Promise<() => void> {
    await this.listen();
    this.deliveries.add(wake);
    return () => {
      this.deliveries.delete(wake);
    };
  }

  /** Wakes `wake` when `userId`'s task events change, or their lists or inbox (see Wakeup). */
  async subscribe(userId: string, wake: (why: Wakeup) => void): Promise<() => void> {
    await Promise.all([this.listen(), this.watch()]);
    let set = this.subscribers.get(userId);
    if (!set) {
      set = new Set();
      this.subscribers.set(userId, set);
    }
    set.add(wake);
    return () => {
      set.delete(wake);
      if (set.size === 0) this.subscribers.delete(userId);
    };
  }

  private async listen(): Promise<void> {
    this.listening ??= this.database
      .listen(
        EVENTS_CHANNEL,
        (payload) => this.wake(payload),
        // Notifications sent while the connection was down were missed: every stream re-reads.
        () => this.wakeAll(),
      )
      .catch((err: unknown) => {
        this.listening = undefined;
        throw err;
      });
    await this.listening;
  }

  private async watch(): Promise<void> {
    this.watching ??= (async () => {
      const watch = new EventWatch(this.database.db, (owners) => {
        for (const owner of owners) this.wakeOwner(owner);
      });
      await watch.start();
      return watch;
    })().catch((err: unknown) => {
      this.watching = undefined;
      throw err;
    });
    await this.watching;
  }

  private wakeOwner(owner: string): void {
    for (const wake of this.subscribers.get(owner) ?? []) wake('events');
    for (const onOwner of this.everyOwner) onOwner(owner);
  }

  private wake(payload: string): void {
    if (payload === DELIVERIES_QUEUED) for (const wake of this.deliveries) wake();
    else if (payload.startsWith(LISTS_CHANGED))
      for (const wake of this.subscribers.get(payload.slice(LISTS_CHANGED.length)) ?? []) wake('lists');
    else if (payload.startsWith(INBOX_CHANGED))
      for (const wake of this.subscribers.get(payload.slice(INBOX_CHANGED.length)) ?? []) wake('inbox');
    else this.wakeOwner(payload);
  }

  private wakeAll(): void {
    for (const set of this.subscribers.values()) for (const wake of set) wake('all');
    for (const wake of this.deliveries) wake();
  }

  async close(): Promise<void> {
    const stop = this.listening;
    const watching = this.watching;
    this.listening = undefined;
    this.watching = undefined;
    this.subscribers.clear();
    this.deliveries.clear();
    this.everyOwner.clear();
    if (watching) await (await watching.catch(() => undefined))?.stop();
    if (stop) await (await stop.catch(() => async () => {}))();
  }
}
