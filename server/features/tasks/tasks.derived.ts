// The search rows (task_search) and title words (task_words) follow a task write instead of being
// written inside it (docs/decisions/0180-derived-rows-follow-the-write.md): doable_derive (migration
// 0060) brings an owner's rows up to their newest task event, in one statement for every task
// written since. Each instance runs it for the owners whose events grew, a batch of owners at a
// time (Deriver); a search runs it first for the owners whose rows it reads (deriveBeforeSearch),
// so the author's own search sees their last write.

import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { SHARED_LIST_OWNERS } from '../../platform/access/policy.js';
import { type Database, queryRows, rawQuery } from '../../platform/db/client.js';

/** The advisory lock class doable_derive holds for an owner while it derives their rows. */
const DERIVE_LOCK = 1685021047;
/** Owners brought up to date in one statement by the background deriver. */
const OWNERS_A_ROUND = 200;
/**
 * How long owners whose events grew are gathered before a round: a burst of writes by one owner is
 * derived in one statement, not one a write.
 */
export const DERIVE_GATHER_MS = 50;

/**
 * Brings the search rows and title words of `userId` and of the owners of the lists shared with
 * them up to date (waiting for a round deriving one of them to end). A search runs it first;
 * when nothing was written since, it reads one index entry an owner.
 */
export async function deriveBeforeSearch(db: Database, userId: string): Promise<void> {
  await rawQuery(
    db,
    `select doable_derive(array(select $1::text union ${SHARED_LIST_OWNERS}), true) as done`,
    [userId],
  );
}

/**
 * Waits for a round deriving `userId`'s rows to end and keeps any other from starting until the
 * transaction `tx` ends (an account's deletion: no round writes its rows after they are deleted).
 */
export async function holdDeriving(tx: Database, userId: string): Promise<void> {
  await queryRows(
    tx,
    sql`select pg_advisory_xact_lock(${sql.raw(String(DERIVE_LOCK))}, hashtext(${userId})) as held`,
  );
}

/**
 * Brings `userId`'s search rows and title words up to date on `db`, inside its transaction when it
 * is one (an import: its tasks are searchable, and their statistics counted, when it answers).
 */
export async function deriveNow(db: Pick<Database, 'execute'>, userId: string): Promise<void> {
  await queryRows(db, sql`select doable_derive(array[${userId}::text], true) as done`);
}

export interface DeriverDeps {
  db: Database;
  log: FastifyBaseLogger;
  /** Calls `onOwner` with each owner whose task events grew, from now on (EventHub.subscribeEvents). */
  watch: (onOwner: (owner: string) => void) => Promise<() => void>;
}

/**
 * The background half: every owner whose events grew is derived within about DERIVE_GATHER_MS, in
 * rounds of up to OWNERS_A_ROUND owners; an owner another instance is deriving is skipped (that
 * instance writes the same rows). At its start it derives every owner left behind (writes made
 * while no instance ran).
 */
export class Deriver {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private unsubscribe: (() => void) | undefined;
  private stopped = true;

  constructor(private readonly deps: DeriverDeps) {}

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = await this.deps.watch((owner) => this.add(owner));
    this.running = rawQuery(this.deps.db, 'select doable_derive_behind() as done', [])
      .then(() => undefined)
      .catch((err: unknown) => this.deps.log.warn({ err }, 'deriving the owners left behind failed'))
      .finally(() => {
        this.running = undefined;
        this.schedule();
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private add(owner: string): void {
    this.pending.add(owner);
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped || this.timer || this.running || this.pending.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.round().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    }, DERIVE_GATHER_MS);
    this.timer.unref();
  }

  private async round(): Promise<void> {
    const owners = [...this.pending].slice(0, OWNERS_A_ROUND);
    for (const owner of owners) this.pending.delete(owner);
    try {
      await rawQuery(this.deps.db, 'select doable_derive($1::text[], false) as done', [owners]);
    } catch (err) {
      // Their next write, or a search, derives them; a round that failed is not retried at once.
      this.deps.log.warn({ err, owners: owners.length }, 'deriving search rows failed');
    }
  }
}
