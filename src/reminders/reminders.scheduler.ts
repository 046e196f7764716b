// Delivers due reminders. Every instance runs one scheduler; they share the work through the
// database. The schedule (`task_reminders`) is kept by a trigger on `tasks` (migration 0008); a
// round claims due rows with FOR UPDATE SKIP LOCKED and, in the same statement, marks them sent,
// writes their `reminder` task events (which the live streams and the webhook fan-out pick up)
// and notifies: a reminder is delivered once, whatever the number of instances, and one that
// came due while every instance was down is delivered when the first comes back (catch-up).

import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { type Database, rawQuery } from '../db/client.js';
import { Rounds } from '../db/rounds.js';
import { EVENT_RETENTION_DAYS, EVENTS_CHANNEL, lockEventsOf } from '../events/events.service.js';

/** Reminders of one owner claimed and delivered together in one statement. */
const BATCH = 200;
/** Owners served per round; a round with more runs again at once. */
const OWNERS = 100;

const DUE_OWNERS = `
  select distinct user_id from (
    select user_id from task_reminders
    where sent_at is null and fire_at <= now()
    order by fire_at limit 10000) d
  limit ${OWNERS}`;

/**
 * One owner's due reminders: claimed, marked sent and written as `reminder` task events, in one
 * statement of a transaction that already holds the owner's event lock (taken first, so it never
 * waits for that lock while holding reminder rows a task write of the owner may need).
 */
const deliverFor = (userId: string) => sql`
  with due as (
    select id from task_reminders
    where user_id = ${userId} and sent_at is null and fire_at <= now()
    order by fire_at, id
    limit ${BATCH}
    for update skip locked
  ), sent as (
    update task_reminders r set sent_at = now()
    from due where r.id = due.id
    returning r.task_id, r.user_id, r.fire_at, r.reminder
  ), events as (
    insert into task_events (user_id, type, task_id, data, detail)
    select s.user_id, 'reminder', s.task_id, doable_task_json(t),
      s.reminder || jsonb_build_object('fire_at', doable_iso(s.fire_at))
    from sent s join tasks t on t.id = s.task_id
    order by s.fire_at, s.task_id
    returning user_id
  )
  select count(*)::int as delivered,
    (select count(*) from (select pg_notify(${EVENTS_CHANNEL}, ${userId})
      where exists (select 1 from events)) n)::int as notified
  from events`;

const NEXT_DUE = `
  select extract(epoch from min(fire_at) - now()) * 1000 as ms
  from task_reminders where sent_at is null`;

const SWEEP = `
  delete from task_reminders
  where sent_at < now() - make_interval(days => ${EVENT_RETENTION_DAYS})`;

export interface ReminderSchedulerOptions {
  db: Database;
  pollMs: number;
  log: FastifyBaseLogger;
}

export class ReminderScheduler {
  private readonly rounds: Rounds;
  private lastSweep = 0;

  /**
   * Rounds run now (catch-up), then at the next armed moment or after `pollMs`, whichever is
   * sooner. Task events do not wake it (a reminder is minutes-grained; waking every instance on
   * every write cost more than it gave, measured on the embedded database): a reminder armed for a
   * moment sooner than the planned round waits at most `pollMs`.
   */
  constructor(private readonly options: ReminderSchedulerOptions) {
    this.rounds = new Rounds({
      db: options.db,
      log: options.log,
      name: 'reminders',
      pollMs: options.pollMs,
      nextDue: NEXT_DUE,
      round: () => this.round(),
    });
  }

  start(): Promise<void> {
    return this.rounds.start();
  }

  stop(): Promise<void> {
    return this.rounds.stop();
  }

  /**
   * Delivers every reminder due now; resolves to how many. Owners whose event lock is free are
   * served first; an owner with a write in flight (a long import, say) is served after them,
   * waiting for that write to commit, so nobody's reminders wait for someone else's import.
   */
  async round(): Promise<number> {
    const { db } = this.options;
    let total = 0;
    for (;;) {
      const owners = await rawQuery<{ user_id: string }>(db, DUE_OWNERS, []);
      const busy: string[] = [];
      let full = false;
      for (const { user_id: owner } of owners) {
        if (this.rounds.stopped) return total;
        const delivered = await this.deliver(owner, false);
        if (delivered === undefined) busy.push(owner);
        else total += delivered;
        if (delivered === BATCH) full = true;
      }
      for (const owner of busy) {
        if (this.rounds.stopped) return total;
        const delivered = (await this.deliver(owner, true)) ?? 0;
        total += delivered;
        if (delivered === BATCH) full = true;
      }
      if ((!full && owners.length < OWNERS) || this.rounds.stopped) break;
    }
    if (Date.now() - this.lastSweep > 3_600_000) {
      this.lastSweep = Date.now();
      await rawQuery(db, SWEEP, []);
    }
    return total;
  }

  /** One owner's due reminders, or undefined when `wait` is false and the owner's lock is held. */
  private async deliver(owner: string, wait: boolean): Promise<number | undefined> {
    return this.options.db.transaction(async (tx) => {
      if (!(await lockEventsOf(tx, owner, wait))) return undefined;
      const result = (await tx.execute(deliverFor(owner))) as unknown as { rows: { delivered: number }[] };
      return Number(result.rows[0]?.delivered ?? 0);
    });
  }
}
