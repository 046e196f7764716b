// The loop the background workers (webhook, push and email senders, reminder scheduler) run on every instance:
// a round now; another when woken (a NOTIFY, if the worker listens), or at the next due moment the
// database reports, or after `pollMs` at the latest. Never two rounds at once: a wake-up during a
// round runs one more right after it.
import type { FastifyBaseLogger } from 'fastify';
import { type Database, rawQuery } from './client.js';

export interface RoundsOptions {
  db: Database;
  log: FastifyBaseLogger;
  /** Names the worker in log lines. */
  name: string;
  /** The longest wait between rounds. */
  pollMs: number;
  /** SQL answering one row `{ms}`: milliseconds until the next due work (null when none). */
  nextDue: string;
  round: () => Promise<unknown>;
  /** Subscribes to wake-ups; resolves to an unsubscribe. */
  subscribe?: (wake: () => void) => Promise<() => void>;
}

export class Rounds {
  private halted = true;
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly options: RoundsOptions) {}

  /** Whether stop() was called: a long round checks it between batches. */
  get stopped(): boolean {
    return this.halted;
  }

  async start(): Promise<void> {
    this.halted = false;
    try {
      this.unsubscribe = await this.options.subscribe?.(() => this.wake());
    } catch (err) {
      // Without wake-ups the timer still runs the rounds, only later.
      this.options.log.warn({ err }, `${this.options.name}: cannot listen for wake-ups; polling only`);
    }
    this.wake();
  }

  /** Runs a round now, or right after the one in progress. */
  wake(): void {
    if (this.halted) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.again = false;
    this.running = this.options
      .round()
      .then(() => undefined)
      .catch((err: unknown) => this.options.log.warn({ err }, `${this.options.name}: round failed`))
      .finally(() => {
        this.running = undefined;
        if (this.again) this.wake();
        else void this.scheduleNext();
      });
  }

  /** Stops; waits for the round in progress. */
  async stop(): Promise<void> {
    this.halted = true;
    clearTimeout(this.timer);
    this.unsubscribe?.();
    await this.running;
  }

  private async scheduleNext(): Promise<void> {
    if (this.halted) return;
    let wait = this.options.pollMs;
    try {
      const [row] = await rawQuery<{ ms: number | string | null }>(this.options.db, this.options.nextDue, []);
      if (row?.ms !== null && row?.ms !== undefined) wait = Math.min(wait, Math.max(0, Number(row.ms)));
    } catch (err) {
      this.options.log.warn({ err }, `${this.options.name}: cannot read the next due moment`);
    }
    if (this.halted || this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), wait + 5);
    this.timer.unref();
  }
}

/** A background worker run in rounds: `start` and `stop` here, what a round does in the subclass. */
export abstract class RoundWorker {
  protected readonly rounds: Rounds;

  constructor(options: Omit<RoundsOptions, 'round'>) {
    this.rounds = new Rounds({ ...options, round: () => this.round() });
  }

  start(): Promise<void> {
    return this.rounds.start();
  }

  /** Runs a round now, or right after the one in progress (new work is known to be due). */
  wake(): void {
    this.rounds.wake();
  }

  /** Stops starting rounds; waits for the one in progress (its sends recorded). */
  stop(): Promise<void> {
    return this.rounds.stop();
  }

  protected abstract round(): Promise<unknown>;
}
