// The sender every outbox table shares (webhook deliveries, pushes, emails). Every instance runs one
// per outbox; they share the work through the database: a claim takes due rows with FOR UPDATE SKIP
// LOCKED and, in the same statement, counts the attempt and pushes the row's next attempt past the
// send (a lease), so no two instances send one row at the same time, and a row whose sender died is
// sent again once the lease ends (at least once, never lost). An attempt is recorded only while the
// row still carries the claimed attempt number and is pending: a sender whose lease another
// instance took over changes nothing. A failed send waits for the next delay of its schedule and
// is given up after the last. Rounds run on server/platform/db/rounds.ts.
import { type SQL, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { type Database, queryRows, rawQuery } from '../db/client.js';
import { RoundWorker } from '../db/rounds.js';

/** A claimed row: the outbox row's id and the attempt this claim counted. */
export interface Claimed {
  id: number;
  attempts: number;
}

/** What became of one attempt: sent, failed (retried or given up), or no longer wanted. */
export type Outcome =
  | { ok: true; status?: number }
  | { ok: false; status?: number | null; error: string }
  | { cancelled: true };

/**
 * An outbox table. Every one has `id`, `status` (pending until settled, then the sent status,
 * `failed` or `cancelled`), `attempts`, `next_attempt_at` and `last_error`.
 */
export interface OutboxTable {
  name: string;
  /** The status a sent row takes, and the column stamped with the moment. */
  sent: { status: string; at: string };
  /** Whether the table keeps the receiver's last HTTP status (`last_status`). */
  lastStatus: boolean;
  /** Set on a row once it is settled (sent, given up or cancelled), e.g. `sealed_link = null`. */
  settled?: string;
}

/** The parts of the claim that differ between outboxes; the outbox row is `d` in each. */
export interface ClaimQuery {
  /** Joined when choosing due rows (and the next due moment), e.g. `join webhooks w on ...`. */
  join?: string;
  /** What else a due row meets, beside being pending and due. */
  where?: string;
  /** What else the claim sets, e.g. `last_attempt_at = now()`. */
  set?: string;
  /** Tables the claimed rows are read with: `[table and alias, join condition]`. */
  read?: [string, string][];
  /** What the claim returns beside `d.id` and `d.attempts`. */
  returning?: string;
}

export interface OutboxOptions<Item extends Claimed> {
  db: Database;
  log: FastifyBaseLogger;
  /** Names the sender in log lines. */
  name: string;
  table: OutboxTable;
  claim: ClaimQuery;
  /** Turns a claimed row into what `send` takes. */
  item: (row: Record<string, unknown>) => Item;
  /** Rows claimed and sent together. */
  batch: number;
  /** How long a claimed row is this sender's: longer than any send can take. */
  leaseSeconds: number;
  /** The wait before each retry; a row is given up after the last. */
  retryDelaysMs: readonly number[];
  /** The longest wait between rounds. */
  pollMs: number;
  /** SQL answering `{ms}` until the next due row, when more than the outbox's own rows are due. */
  nextDue?: string;
  /** Subscribes to wake-ups; resolves to an unsubscribe. */
  subscribe?: (wake: () => void) => Promise<() => void>;
  /** Wake-ups run a round at most once per this many milliseconds. */
  wakeGapMs?: number;
  /** Names a row in the warning when an attempt cannot be recorded: the log field and the words. */
  unrecorded: { field: string; what: string };
}

export abstract class OutboxWorker<Item extends Claimed> extends RoundWorker {
  private readonly claimSql: string;

  constructor(private readonly outbox: OutboxOptions<Item>) {
    const { subscribe, wakeGapMs } = outbox;
    super({
      db: outbox.db,
      log: outbox.log,
      name: outbox.name,
      pollMs: outbox.pollMs,
      nextDue: outbox.nextDue ?? nextDueSql(outbox.table.name, outbox.claim),
      subscribe:
        subscribe && wakeGapMs !== undefined ? (wake) => subscribe(coalesce(wake, wakeGapMs)) : subscribe,
    });
    this.claimSql = claimSql(outbox.table.name, outbox.claim);
  }

  /** Sends one claimed row. Never throws for a failed send: it answers the failure. */
  protected abstract send(item: Item): Promise<Outcome>;

  /**
   * Runs in the transaction that records an attempt, after the row's own update, with whether the
   * row was still this sender's (`ours`): what else the outcome changes (the webhook's state).
   */
  protected recorded?(tx: Database, item: Item, outcome: Outcome, ours: boolean): Promise<void>;

  /** The wait before the next attempt after a failed one, or undefined to give the row up. */
  protected retryDelayMs(item: Item, _outcome: Outcome): number | undefined {
    return this.outbox.retryDelaysMs[item.attempts - 1];
  }

  protected round(): Promise<unknown> {
    return this.sendDue();
  }

  /** Claims and sends batches until none is full; answers false when stopped on the way. */
  protected async sendDue(): Promise<boolean> {
    const { db, batch, leaseSeconds, item } = this.outbox;
    for (;;) {
      if (this.rounds.stopped) return false;
      const claimed = (await rawQuery<Record<string, unknown>>(db, this.claimSql, [batch, leaseSeconds])).map(
        item,
      );
      await Promise.all(claimed.map((c) => this.attempt(c)));
      if (claimed.length < batch) return true;
    }
  }

  private async attempt(item: Item): Promise<void> {
    const outcome = await this.send(item);
    try {
      await this.record(item, outcome);
    } catch (err) {
      // The lease ends and the row is sent again: at least once, never lost.
      const { log, name, unrecorded } = this.outbox;
      log.warn({ err, [unrecorded.field]: item.id }, `${name}: could not record ${unrecorded.what}`);
    }
  }

  private async record(item: Item, outcome: Outcome): Promise<void> {
    const update = this.settle(item, outcome);
    const recorded = this.recorded?.bind(this);
    if (!recorded) {
      await queryRows(this.outbox.db, update);
      return;
    }
    await this.outbox.db.transaction(async (txn) => {
      const tx = txn as unknown as Database;
      const rows = await queryRows(tx, update);
      await recorded(tx, item, outcome, rows.length > 0);
    });
  }

  /** The update that records the outcome on the row, if it is still this sender's. */
  private settle(item: Item, outcome: Outcome): SQL {
    const { table } = this.outbox;
    const settled = table.settled ? sql.raw(`, ${table.settled}`) : sql``;
    let set: SQL;
    if ('cancelled' in outcome) {
      set = sql`status = 'cancelled'${settled}`;
    } else {
      const lastStatus = table.lastStatus ? sql`, last_status = ${outcome.status ?? null}` : sql``;
      if (outcome.ok) {
        set = sql`status = ${table.sent.status}, ${sql.raw(table.sent.at)} = now(), last_error = null${lastStatus}${settled}`;
      } else {
        const delay = this.retryDelayMs(item, outcome);
        set =
          delay === undefined
            ? sql`status = 'failed', last_error = ${outcome.error}${lastStatus}${settled}`
            : sql`last_error = ${outcome.error}${lastStatus},
                next_attempt_at = now() + make_interval(secs => ${delay / 1000}::double precision)`;
      }
    }
    return sql`update ${sql.raw(table.name)} set ${set}
      where id = ${item.id} and attempts = ${item.attempts} and status = 'pending' returning id`;
  }
}

/** One statement: claims up to $1 due rows and leases them for $2 seconds. */
function claimSql(table: string, claim: ClaimQuery): string {
  const read = claim.read ?? [];
  return `
  with due as (
    select d.id from ${table} d ${claim.join ?? ''}
    where d.status = 'pending' and d.next_attempt_at <= now() ${claim.where ? `and ${claim.where}` : ''}
    order by d.next_attempt_at, d.id
    limit $1
    for update of d skip locked
  )
  update ${table} d
  set attempts = d.attempts + 1, ${claim.set ? `${claim.set}, ` : ''}
    next_attempt_at = now() + make_interval(secs => $2::double precision)
  from due${read.map(([from]) => `, ${from}`).join('')}
  where d.id = due.id${read.map(([, on]) => ` and ${on}`).join('')}
  returning d.id, d.attempts${claim.returning ? `, ${claim.returning}` : ''}`;
}

function nextDueSql(table: string, claim: ClaimQuery): string {
  return `
  select extract(epoch from min(d.next_attempt_at) - now()) * 1000 as ms
  from ${table} d ${claim.join ?? ''}
  where d.status = 'pending' ${claim.where ? `and ${claim.where}` : ''}`;
}

/** Calls `wake` now, or once when `gapMs` have passed since the last call; never more often. */
export function coalesce(wake: () => void, gapMs: number): () => void {
  let last = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    timer = undefined;
    last = performance.now();
    wake();
  };
  return () => {
    if (timer !== undefined) return;
    const wait = last + gapMs - performance.now();
    if (wait <= 0) return fire();
    timer = setTimeout(fire, wait);
    timer.unref();
  };
}
