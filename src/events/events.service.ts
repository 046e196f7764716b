// Task events for live updates. The trigger on `tasks` writes them (migration 0005); this module
// reads them back in order and fans NOTIFY wake-ups out to the streams of each user.
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../db/client.js';
import { taskEvents } from '../db/schema.js';

export const EVENTS_CHANNEL = 'doable_task_events';
export const EVENT_TYPES = ['created', 'updated', 'completed', 'deleted', 'reminder'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface TaskEvent {
  id: number;
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
export const eventPayload = (event: Omit<TaskEvent, 'id'>) => ({
  type: event.type,
  task_id: event.taskId,
  task: event.data,
  user_id: event.userId,
  timestamp: event.createdAt.toISOString(),
  ...(event.detail == null ? {} : { reminder: event.detail }),
});

/** Events of one user after `afterId`, oldest first. */
export async function eventsAfter(
  db: Database,
  userId: string,
  afterId: number,
  limit: number,
): Promise<TaskEvent[]> {
  const rows = await db
    .select()
    .from(taskEvents)
    .where(and(eq(taskEvents.userId, userId), gt(taskEvents.id, afterId)))
    .orderBy(taskEvents.id)
    .limit(limit);
  return rows.map((r) => ({ ...r, type: r.type as EventType }));
}

/** The id of the user's latest event (0 when none): a new stream starts after it. */
export async function latestEventId(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${taskEvents.id}), 0)` })
    .from(taskEvents)
    .where(eq(taskEvents.userId, userId));
  return Number(row?.id ?? 0);
}

/** How long events stay replayable for Last-Event-ID. */
export const EVENT_RETENTION_DAYS = 7;

export async function sweepEvents(db: Database): Promise<void> {
  await db
    .delete(taskEvents)
    .where(lt(taskEvents.createdAt, sql`now() - make_interval(days => ${EVENT_RETENTION_DAYS})`));
}

/**
 * Wakes the streams of a user when that user's events change, on every instance: one LISTEN
 * connection per instance, opened when the first stream (or the webhook worker) subscribes.
 */
export class EventHub {
  private readonly subscribers = new Map<string, Set<() => void>>();
  private readonly everyone = new Set<() => void>();
  private listening: Promise<() => Promise<void>> | undefined;

  constructor(private readonly database: DatabaseHandle) {}

  /** Wakes `wake` on every user's events (the webhook worker). */
  async subscribeAll(wake: () => void): Promise<() => void> {
    await this.listen();
    this.everyone.add(wake);
    return () => {
      this.everyone.delete(wake);
    };
  }

  async subscribe(userId: string, wake: () => void): Promise<() => void> {
    await this.listen();
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

  private wake(userId: string): void {
    for (const wake of this.subscribers.get(userId) ?? []) wake();
    for (const wake of this.everyone) wake();
  }

  private wakeAll(): void {
    for (const set of this.subscribers.values()) for (const wake of set) wake();
    for (const wake of this.everyone) wake();
  }

  async close(): Promise<void> {
    const stop = this.listening;
    this.listening = undefined;
    this.subscribers.clear();
    this.everyone.clear();
    if (stop) await (await stop.catch(() => async () => {}))();
  }
}
