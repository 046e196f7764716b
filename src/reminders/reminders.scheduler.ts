// Delivers due reminders. Every instance runs one scheduler; they share the work through the
// database. The schedule (`task_reminders`) is kept by a trigger on `tasks` (migration 0008); a
// round claims due rows with FOR UPDATE SKIP LOCKED and, in the same statement, marks them sent,
// writes their `reminder` task events (which the live streams and the webhook fan-out pick up)
// and notifies: a reminder is delivered once, whatever the number of instances, and one that
// came due while every instance was down is delivered when the first comes back (catch-up).
import type { FastifyBaseLogger } from 'fastify';
import { type Database, rawQuery } from '../db/client.js';
import { Rounds } from '../db/rounds.js';
import { EVENT_RETENTION_DAYS, EVENTS_CHANNEL } from '../events/events.service.js';

/** Reminders claimed and delivered together in one statement. */
const BATCH = 200;

const DELIVER = `
  with due as (
    select id from task_reminders
    where sent_at is null and fire_at <= now()
    order by fire_at, id
    limit $1
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
    (select count(*) from (select pg_notify('${EVENTS_CHANNEL}', u.user_id)
      from (select distinct user_id from events) u) n)::int as users
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

  /** Delivers every reminder due now; resolves to how many. */
  async round(): Promise<number> {
    const { db } = this.options;
    let total = 0;
    for (;;) {
      const [row] = await rawQuery<{ delivered: number }>(db, DELIVER, [BATCH]);
      const delivered = Number(row?.delivered ?? 0);
      total += delivered;
      if (delivered < BATCH || this.rounds.stopped) break;
    }
    if (Date.now() - this.lastSweep > 3_600_000) {
      this.lastSweep = Date.now();
      await rawQuery(db, SWEEP, []);
    }
    return total;
  }
}
