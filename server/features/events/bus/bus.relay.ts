// The outbox relay (docs/events.md): publishes what the task_events table records (every task
// change, written in the change's own transaction, and every reminder that fired) to NATS
// JetStream as CloudEvents. One instance relays at a time (bus.leader.ts). For each user it reads
// the events after the published position, in the user's order (`seq`), publishes each with
// Nats-Msg-Id = its id and topic, awaits the PubAck before the next, and then stores the position
// in a JetStream KV bucket. So: at least once, repeats dropped by JetStream's duplicate window, in
// order per user, and nothing lost while NATS is down: the app serves as usual, the relay backs off
// and goes on from the position when NATS is back; a new leader goes on from the stored position.
import { inArray, max, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { EventBusConfig } from '../../../platform/config.js';
import { type DatabaseHandle, queryRows, rawQuery } from '../../../platform/db/client.js';
import { taskEvents } from '../../../platform/db/schema.js';
import { type BusStats, registerBusStats } from '../../../platform/metrics/bus.stats.js';
import { EVENT_RETENTION_DAYS, eventsAfter, type TaskEvent } from '../events.service.js';
import { toCloudEvent, topicsOf } from './bus.cloudevents.js';
import { type Leadership, leadership } from './bus.leader.js';
import { BusConnection, type Position } from './bus.nats.js';

/** A user's events read (and published) per query. */
const BATCH = 200;
/** Users relayed at once (each user's events one after another, to keep their order). */
const USERS_AT_ONCE = 8;
/** Besides NOTIFY wake-ups, every user is compared with the stored positions this often. */
const RECONCILE_MS = 300_000;
/** The longest wait between attempts while NATS or the database fails. */
const MAX_BACKOFF_MS = 30_000;

const NOTHING: Position = { seq: 0, id: 0 };

/**
 * Every owner's newest event number, by the (user_id, seq) index: one probe per owner rather
 * than a scan of the table.
 */
const NEWEST_PER_OWNER = `
  with recursive owners as (
    (select user_id from task_events order by user_id limit 1)
    union all
    select (select e.user_id from task_events e where e.user_id > o.user_id order by e.user_id limit 1)
    from owners o where o.user_id is not null
  )
  select o.user_id, (select max(e.seq) from task_events e where e.user_id = o.user_id) as seq
  from owners o where o.user_id is not null`;

export interface EventRelayOptions {
  database: DatabaseHandle;
  config: EventBusConfig;
  /** The CloudEvents `source`: the app's public URL. */
  source: string;
  /** The database for the leader's lock and LISTEN (DATABASE_DIRECT_URL ?? DATABASE_URL). */
  lockUrl: string | undefined;
  log: FastifyBaseLogger;
  /**
   * Calls its argument with each owner whose task events grew (the instance's event hub, which
   * reads the table: task writes send no NOTIFY); resolves to a function that stops it.
   */
  watch?: (onOwner: (owner: string) => void) => Promise<() => void>;
}

export class EventRelay implements BusStats {
  private readonly nats: BusConnection;
  private readonly lead: Leadership;
  private halted = true;
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private failures = 0;
  private retryAt = 0;
  private unregister: (() => void) | undefined;
  private unwatch: Promise<(() => void) | undefined> | undefined;
  /** Bumped whenever the lead is taken or lost: work of an older lead stops. */
  private epoch = 0;
  /** Users whose events may not all be published. */
  private readonly dirty = new Set<string>();
  /** Published positions of the users looked at since this instance took the lead. */
  private readonly positions = new Map<string, Position>();
  /** Each user's newest event number seen in the table (for the lag). */
  private readonly newest = new Map<string, number>();
  /** When every user was last compared with the positions (0: not since taking the lead). */
  private reconciledAt = 0;
  published = 0;

  constructor(private readonly options: EventRelayOptions) {
    this.nats = new BusConnection(options.config);
    this.lead = leadership({
      database: options.database,
      name: options.config.stream,
      url: options.lockUrl,
      onNotify: (userId) => {
        this.dirty.add(userId);
        this.wake();
      },
      onLost: () => {
        this.options.log.warn('events bus: lost the lead (its database connection ended)');
        this.forget();
        this.wake();
      },
    });
  }

  /** Starts relaying (or standing by); never waits for NATS, so the app starts without it. */
  start(): void {
    this.halted = false;
    this.unregister = registerBusStats(this.options.database, this);
    this.unwatch = this.options
      .watch?.((owner) => this.noticed(owner))
      .catch((err: unknown) => {
        this.options.log.warn({ err }, 'events bus: cannot watch task events; relaying on its polls');
        return undefined;
      });
    this.wake();
  }

  /** New events of `owner`: relayed at once when this instance leads. */
  private noticed(owner: string): void {
    if (!this.lead.leading) return;
    this.dirty.add(owner);
    this.wake();
  }

  /** Stops: in-flight publishes are abandoned (a successor repeats them; JetStream drops repeats). */
  async stop(): Promise<void> {
    this.halted = true;
    clearTimeout(this.timer);
    (await this.unwatch)?.();
    await this.nats.close();
    await this.running;
    await this.lead.release();
    this.forget();
    this.unregister?.();
  }

  lag(): number {
    if (!this.lead.leading) return 0;
    if (this.reconciledAt === 0) return Number.NaN;
    let waiting = 0;
    for (const [userId, newest] of this.newest) {
      waiting += Math.max(0, newest - (this.positions.get(userId) ?? NOTHING).seq);
    }
    return waiting;
  }

  /**
   * The event sweep while the bus is on: only the leader sweeps, and only events it has published
   * (never a user's latest, nor the one at the position, which resuming checks against).
   */
  async sweepEvents(): Promise<void> {
    if (!this.lead.leading || this.reconciledAt === 0 || this.positions.size === 0) return;
    const users = [...this.positions.keys()];
    await rawQuery(
      this.options.database.db,
      `delete from task_events e using unnest($1::text[], $2::bigint[]) as p(user_id, seq)
       where e.user_id = p.user_id and e.seq < p.seq
         and e.created_at < now() - make_interval(days => ${EVENT_RETENTION_DAYS})`,
      [users, users.map((u) => this.positions.get(u)!.seq)],
    );
  }

  /** Runs a round now, or right after the one in progress; not before a backoff ends. */
  private wake(): void {
    if (this.halted) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (Date.now() < this.retryAt) return;
    clearTimeout(this.timer);
    this.again = false;
    this.running = this.round()
      .then(
        () => {
          this.failures = 0;
          this.retryAt = 0;
        },
        (err: unknown) => {
          if (this.halted) return;
          this.failures += 1;
          const wait = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.failures);
          this.retryAt = Date.now() + wait;
          this.nats.recheck();
          this.options.log.warn(
            { err, servers: this.options.config.servers, retryInMs: wait },
            'events bus: relay round failed; retrying',
          );
        },
      )
      .finally(() => {
        this.running = undefined;
        if (this.halted) return;
        if (this.again && this.retryAt === 0) return this.wake();
        clearTimeout(this.timer);
        const wait = this.retryAt === 0 ? this.options.config.pollMs : this.retryAt - Date.now();
        this.timer = setTimeout(
          () => {
            this.retryAt = 0;
            this.wake();
          },
          Math.max(0, wait),
        );
        this.timer.unref();
      });
  }

  private async round(): Promise<void> {
    if (!this.lead.leading) {
      if (!(await this.lead.acquire())) return;
      this.forget();
      this.options.log.info({ stream: this.options.config.stream }, 'events bus: this instance relays');
    } else if (!(await this.lead.check())) return;
    const epoch = this.epoch;
    // How far behind the woken users are, from the database alone: the lag shows during an outage.
    await this.readNewest([...this.dirty]);
    await this.nats.ready();
    if (this.reconciledAt === 0 || Date.now() - this.reconciledAt > RECONCILE_MS) await this.reconcile(epoch);
    while (this.dirty.size > 0 && this.current(epoch)) {
      const users = [...this.dirty];
      this.dirty.clear();
      await inParallel(users, USERS_AT_ONCE, (userId) => this.relayUser(userId, epoch));
    }
  }

  /** Compares every user's newest event with their position; the users behind become dirty. */
  private async reconcile(epoch: number): Promise<void> {
    const owners = await rawQuery<{ user_id: string; seq: number | string }>(
      this.options.database.db,
      NEWEST_PER_OWNER,
      [],
    );
    await inParallel(owners, 16, async ({ user_id: userId, seq }) => {
      if (!this.current(epoch)) return;
      const newest = Number(seq);
      this.newest.set(userId, newest);
      const position = this.positions.get(userId) ?? (await this.loadPosition(userId, newest));
      if (position.seq !== newest) this.dirty.add(userId);
    });
    if (this.current(epoch)) this.reconciledAt = Date.now();
  }

  private async readNewest(users: string[]): Promise<void> {
    if (users.length === 0) return;
    const rows = await this.options.database.db
      .select({ userId: taskEvents.userId, seq: max(taskEvents.seq) })
      .from(taskEvents)
      .where(inArray(taskEvents.userId, users))
      .groupBy(taskEvents.userId);
    for (const { userId, seq } of rows) if (seq !== null) this.newest.set(userId, Number(seq));
  }

  /**
   * The stored position; the stream's last message of the user when that is further (the relay
   * stopped between publishing and storing). Known to be current when it reaches `newest`.
   */
  private async loadPosition(userId: string, newest?: number): Promise<Position> {
    let position = (await this.nats.readPosition(userId)) ?? NOTHING;
    if (newest === undefined || position.seq < newest) {
      const last = await this.nats.lastPublished(userId);
      if (last && last.seq > position.seq) position = last;
    }
    this.positions.set(userId, position);
    return position;
  }

  /** Publishes the user's events after their position, in order; the user stays dirty on failure. */
  private async relayUser(userId: string, epoch: number): Promise<void> {
    try {
      let position = this.positions.get(userId) ?? (await this.loadPosition(userId));
      for (;;) {
        if (!this.current(epoch)) {
          this.dirty.add(userId);
          return;
        }
        // From the event at the position itself, to check that it is still the one published.
        const rows = await eventsAfter(
          this.options.database.db,
          userId,
          Math.max(0, position.seq - 1),
          BATCH + 1,
        );
        let fresh = rows;
        if (position.seq > 0) {
          const first = rows[0];
          if (first?.seq === position.seq && first.id === position.id) fresh = rows.slice(1);
          else if (first?.seq === position.seq || (first === undefined && (await this.hasEvents(userId)))) {
            // Not the event that was published under this number: the account was deleted and
            // the id used again, or this is another database. Its events now are all new.
            this.options.log.warn(
              { userId },
              'events bus: event numbers of a user restarted; publishing theirs',
            );
            position = NOTHING;
            this.positions.set(userId, position);
            continue;
          }
          // Otherwise the event at the position was swept: everything after it is new.
        }
        if (fresh.length === 0) return;
        for (const event of fresh) {
          if (!this.current(epoch)) break;
          await this.publish(event);
          position = { seq: event.seq, id: event.id };
          this.positions.set(userId, position);
          this.newest.set(userId, Math.max(this.newest.get(userId) ?? 0, event.seq));
        }
        await this.nats.storePosition(userId, position);
        if (rows.length < BATCH + 1) return;
      }
    } catch (err) {
      this.dirty.add(userId);
      throw err;
    }
  }

  private async publish(event: TaskEvent): Promise<void> {
    const cloudEvent = toCloudEvent(event, this.options.source);
    const body = new TextEncoder().encode(JSON.stringify(cloudEvent));
    for (const topic of topicsOf(event.type)) await this.nats.publish(cloudEvent, body, topic);
    this.published += 1;
  }

  private async hasEvents(userId: string): Promise<boolean> {
    const rows = await queryRows<{ one: number }>(
      this.options.database.db,
      sql`select 1 as one from ${taskEvents} where ${taskEvents.userId} = ${userId} limit 1`,
    );
    return rows.length > 0;
  }

  private current(epoch: number): boolean {
    return !this.halted && epoch === this.epoch && this.lead.leading;
  }

  /** Drops what the lead knew: a new lead starts from the stored positions. */
  private forget(): void {
    this.epoch += 1;
    this.dirty.clear();
    this.positions.clear();
    this.newest.clear();
    this.reconciledAt = 0;
  }
}

/** Runs `fn` over `items`, at most `limit` at once; every item is tried; the first failure is thrown. */
async function inParallel<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { err: unknown } | undefined;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      try {
        await fn(item);
      } catch (err) {
        failure ??= { err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.err;
}
