// An owner's event numbers (task_events.seq), given after the writes commit: doable_number_events
// (migration 0064) numbers the committed, unnumbered events of an owner under the owner's event
// lock, one more than the highest number, in id order. Each instance's event watch numbers every
// owner's as it reads (events.watch.ts); a reader that needs an owner's events at once numbers
// them first.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../platform/db/client.js';

/**
 * The per-owner event lock: doable_number_events (migration 0064) numbers an owner's events under
 * `pg_advisory_xact_lock(EVENT_LOCK_CLASS, hashtext(user_id))`, the two-key form (the migration
 * lock and the webhook lock use the one-key form, a separate key space). Task writes never take it.
 */
export const EVENT_LOCK_CLASS = 1685021046;

/**
 * Numbers the committed, unnumbered events of `owners` (when null, of up to 500 owners that have
 * some), in one statement (inside a transaction, the locks are held to its end): with `wait` it
 * waits for a numbering of the same owner under way, so every event committed before the call is
 * numbered when it returns; without, it skips such owners (the numbering under way, or the next
 * call, numbers them). Resolves to how many it numbered.
 */
export async function numberEvents(
  db: Pick<Database, 'execute'>,
  owners: string[] | null,
  wait: boolean,
): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(
    db,
    owners === null
      ? sql`select doable_number_events(null, ${wait}) as n`
      : sql`select doable_number_events(array[${sql.join(
          owners.map((o) => sql`${o}`),
          sql`, `,
        )}]::text[], ${wait}) as n`,
  );
  return Number(rows[0]?.n ?? 0);
}
