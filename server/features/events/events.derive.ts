// The background half of the search rows and title words that follow task writes
// (docs/decisions/0180-derived-rows-follow-the-write.md, server/features/tasks/tasks.derived.ts):
// each instance finds the owners whose task events grew, with an EventWatch of its own, and brings
// their rows up to date with doable_derive (migration 0060), a round of owners in one statement.
import type { FastifyBaseLogger } from 'fastify';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { EventWatch } from './events.watch.js';

/** How long after a poke the events are read: the writes of a burst are derived in one round. */
const POKE_GATHER_MS = 20;
/** How long after a failed first read of the events it is tried again. */
const START_RETRY_MS = 2000;
/** Owners brought up to date in one statement. */
const OWNERS_A_ROUND = 200;
/**
 * How often the events table is read for the owners whose events grew (a fifth of the live
 * streams' rate): what a write derives follows it within about this long, and an idle instance
 * reads the table twice a second.
 */
export const DERIVE_WATCH_MS = 500;

export interface DeriverDeps {
  db: Database;
  log: FastifyBaseLogger;
  /**
   * How often the events table is read for owners whose events grew (DERIVE_WATCH_MS); 0 reads it
   * only when `poke`d (the embedded database: every write is this process's own).
   */
  everyMs?: number;
}

/**
 * The background half: every owner whose events grew is derived within about DERIVE_WATCH_MS, in
 * rounds of up to OWNERS_A_ROUND owners; an owner another instance is deriving is skipped (that
 * instance writes the same rows). At its start it derives every owner left behind (writes made
 * while no instance ran).
 */
export class Deriver {
  private readonly pending = new Set<string>();
  private readonly watch: EventWatch;
  private running: Promise<void> | undefined;
  private poked: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = true;

  constructor(private readonly deps: DeriverDeps) {
    this.watch = new EventWatch(deps.db, (owners) => this.add(owners), deps.everyMs ?? DERIVE_WATCH_MS);
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    await this.begin();
  }

  /**
   * The watch's first read, then the owners left behind. A database that does not answer yet (a
   * server refusing connections at start) does not stop the app from starting: the first read is
   * tried again every START_RETRY_MS until it answers or the deriver stops.
   */
  private async begin(): Promise<void> {
    try {
      await this.watch.start();
    } catch (err) {
      await this.watch.stop();
      if (this.stopped) return;
      this.deps.log.warn({ err }, 'reading task events for the derived rows failed; trying again');
      this.retry = setTimeout(() => void this.begin(), START_RETRY_MS);
      this.retry.unref();
      return;
    }
    if (this.stopped) {
      await this.watch.stop();
      return;
    }
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
    clearTimeout(this.retry);
    this.retry = undefined;
    clearTimeout(this.poked);
    this.poked = undefined;
    await this.watch.stop();
    await this.running;
  }

  /** A write was answered here: its owners are looked for soon, not at the next timed read. */
  poke(): void {
    if (this.stopped || this.poked) return;
    this.poked = setTimeout(() => {
      this.poked = undefined;
      void this.watch.check();
    }, POKE_GATHER_MS);
    this.poked.unref();
  }

  private add(owners: string[]): void {
    for (const owner of owners) this.pending.add(owner);
    this.schedule();
  }

  /** A round at once when none is running; owners added meanwhile go in the next. */
  private schedule(): void {
    if (this.stopped || this.running || this.pending.size === 0) return;
    this.running = this.round().finally(() => {
      this.running = undefined;
      this.schedule();
    });
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
