// Delivers due reminders. Every instance runs one scheduler; they share the work through the
// database. The schedule (`task_reminders`) is kept by a trigger on `tasks` (migration 0008); a
// round claims due rows with FOR UPDATE SKIP LOCKED and, in the same statement, marks them sent
// and writes their `reminder` task events (which the live streams and the webhook fan-out pick
// up); then it numbers those events and notifies their recipients' streams: a reminder is
// delivered once, whatever the number of instances, and one that came due while every instance
// was down is delivered when the first comes back (catch-up).
//
// A reminder goes to the task's assignee when it has one (a task of a shared list assigned to a
// member), else to its owner: the `reminder` event is written in the recipient's events, so it
// reaches their live streams, their webhooks and the event bus under their id, and nobody else's.

import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { EVENTS_CHANNEL } from '../../platform/db/channels.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { RoundWorker } from '../../platform/db/rounds.js';
import { EVENT_RETENTION_DAYS } from '../events/events.service.js';

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

/** Who, besides the owner, gets some of the owner's due reminders: the assignees of their tasks. */
const assigneesOf = (owner: string) => sql`
  select distinct t.assignee_id as user_id
  from task_reminders r join tasks t on t.id = r.task_id
  where r.user_id = ${owner} and r.sent_at is null and r.fire_at <= now()
    and t.assignee_id is not null and t.assignee_id <> ${owner}`;

/**
 * One owner's due reminders for `recipients` (the owner and the assignees of their due tasks):
 * claimed, marked sent and written as `reminder` events of the recipient, unnumbered, in one
 * statement; answers how many and whose. A reminder whose task was assigned to someone else
 * meanwhile waits for the next round.
 */
const deliverFor = (owner: string, recipients: string[]) => sql`
  with due as (
    select r.id from task_reminders r join tasks t on t.id = r.task_id
    where r.user_id = ${owner} and r.sent_at is null and r.fire_at <= now()
      and coalesce(t.assignee_id, r.user_id) in (${sql.join(
        recipients.map((id) => sql`${id}`),
        sql`, `,
      )})
    order by r.fire_at, r.id
    limit ${BATCH}
    for update of r skip locked
  ), sent as (
    update task_reminders r set sent_at = now()
    from due where r.id = due.id
    returning r.task_id, r.user_id, r.fire_at, r.reminder
  ), events as (
    insert into task_events (user_id, type, task_id, data, detail)
    select coalesce(t.assignee_id, s.user_id), 'reminder', s.task_id, doable_task_json(t),
      s.reminder || jsonb_build_object('fire_at', doable_iso(s.fire_at))
    from sent s join tasks t on t.id = s.task_id
    order by s.fire_at, s.task_id
    returning user_id
  )
  select (select count(*) from events)::int as delivered,
    (select coalesce(json_agg(r.user_id order by r.user_id), '[]') from (select distinct user_id from events) r)::text as recipients`;

/** Numbers the recipients' events (waiting for a numbering under way) and wakes their streams. */
const announce = (recipients: string[]) => {
  const owners = sql`array[${sql.join(
    recipients.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[]`;
  return sql`
  select doable_number_events(${owners}, true) as numbered,
    (select count(*) from (select pg_notify(${EVENTS_CHANNEL}, r) from unnest(${owners}) r) n)::int as notified`;
};

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
  /** Called after a round that delivered reminders (their push and email outboxes have work). */
  delivered?: () => void;
}

export class ReminderScheduler extends RoundWorker {
  private lastSweep = 0;

  /**
   * Rounds run now (catch-up), then at the next armed moment or after `pollMs`, whichever is
   * sooner. Task events do not wake it (a reminder is minutes-grained; waking every instance on
   * every write cost more than it gave, measured on the embedded database): a reminder armed for a
   * moment sooner than the planned round waits at most `pollMs`.
   */
  constructor(private readonly options: ReminderSchedulerOptions) {
    super({ db: options.db, log: options.log, name: 'reminders', pollMs: options.pollMs, nextDue: NEXT_DUE });
  }

  /** Delivers every reminder due now; resolves to how many. */
  async round(): Promise<number> {
    const { db } = this.options;
    let total = 0;
    for (;;) {
      const owners = await rawQuery<{ user_id: string }>(db, DUE_OWNERS, []);
      let full = false;
      for (const { user_id: owner } of owners) {
        if (this.rounds.stopped) return total;
        const delivered = await this.deliver(owner);
        total += delivered;
        if (delivered === BATCH) full = true;
      }
      if ((!full && owners.length < OWNERS) || this.rounds.stopped) break;
    }
    if (total > 0) this.options.delivered?.();
    if (Date.now() - this.lastSweep > 3_600_000) {
      this.lastSweep = Date.now();
      await rawQuery(db, SWEEP, []);
    }
    return total;
  }

  /** One owner's due reminders, delivered, then their events numbered and announced. */
  private async deliver(owner: string): Promise<number> {
    const { db } = this.options;
    const assignees = (await db.execute(assigneesOf(owner))) as unknown as { rows: { user_id: string }[] };
    const recipients = [owner, ...assignees.rows.map((r) => r.user_id)].sort();
    const result = (await db.execute(deliverFor(owner, recipients))) as unknown as {
      rows: { delivered: number; recipients: string }[];
    };
    const row = result.rows[0];
    const delivered = Number(row?.delivered ?? 0);
    const reached = JSON.parse(row?.recipients ?? '[]') as string[];
    if (delivered > 0 && reached.length > 0) await db.execute(announce(reached));
    return delivered;
  }
}
