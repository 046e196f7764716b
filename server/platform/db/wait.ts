// Start-up against a database that is not there yet, or restarting: the steps that need it are
// retried while it cannot be reached, for a bounded time, instead of the process exiting at once.
import { setTimeout as sleep } from 'node:timers/promises';
import { causeChain, isConnectionFailure } from '../errors.js';

/** How long a starting instance waits for its database before it gives up (docs/operations.md). */
export const DATABASE_START_WAIT_MS = 60_000;

export interface WaitOptions {
  /** Give up (rethrow) once this many milliseconds have passed since the first try. */
  waitMs?: number;
  /** Told about each failed try that will be retried, with the delay before the next. */
  onRetry?: (error: unknown, delayMs: number) => void;
}

/**
 * Runs `step` until it succeeds; a failure that says the database cannot be reached (refused,
 * reset, shutting down, starting up) is retried after a growing delay (250 ms to 4 s) until
 * `waitMs` has passed. Any other failure is thrown at once: a bad migration or a wrong password
 * must not be retried for a minute. `step` must be safe to run again (migrations are: each runs
 * in a transaction under the migration lock and is recorded once applied).
 */
export async function whileDatabaseUnavailable<T>(
  step: () => Promise<T>,
  options: WaitOptions = {},
): Promise<T> {
  const until = Date.now() + (options.waitMs ?? DATABASE_START_WAIT_MS);
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const delayMs = Math.min(4000, 250 * 2 ** attempt);
      if (!causeChain(error).some(isConnectionFailure) || Date.now() + delayMs > until) throw error;
      options.onRetry?.(error, delayMs);
      await sleep(delayMs);
    }
  }
}
