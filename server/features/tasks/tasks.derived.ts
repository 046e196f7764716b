// The search rows (task_search) and title words (task_words) follow a task write instead of being
// written inside it (docs/decisions/0180-derived-rows-follow-the-write.md): doable_derive (migration
// 0060) brings an owner's rows up to their newest task event, in one statement for every task
// written since. In the background each instance runs it for the owners whose events grew
// (events.derive.ts); here, a search runs it first for the owners whose rows it reads, so the
// author's own search sees their last write, and an import for its own tasks.
import { sql } from 'drizzle-orm';
import { SHARED_LIST_OWNERS } from '../../platform/access/policy.js';
import { type Database, queryRows, rawQuery } from '../../platform/db/client.js';

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
 * Brings `userId`'s event numbers, search rows and title words up to date on `db`, inside its
 * transaction when it is one (an import: its tasks are searchable, and their statistics counted,
 * when it answers; its events numbered before those statistics, so numbering them later does not
 * grow the events table again).
 */
export async function deriveNow(db: Pick<Database, 'execute'>, userId: string): Promise<void> {
  await queryRows(db, sql`select doable_number_events(array[${userId}::text], true) as numbered`);
  await queryRows(db, sql`select doable_derive(array[${userId}::text], true) as done`);
}
