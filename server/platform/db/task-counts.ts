// The task counts as readers take them: each count row (task_counts, list_task_counts,
// tag_task_counts) plus the changes the task triggers inserted and doable_fold_task_counts has not
// folded into it yet (migration 0065), read in one subquery, so in one snapshot: a fold deletes the
// changes it adds to the rows in the same transaction, and a reader counts each change once, the
// author's own latest write included (docs/decisions/0182-task-counts-as-changes.md).
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from './client.js';

/**
 * An owner's count: `expression` over `total`, `completed` and `subtasks`, summed over the owner's
 * task_counts row and pending task_count_changes (0 with neither), as int. `owner` is SQL (a
 * parameter or a column of the outer query).
 */
export const ownerTallySql = (expression: string, owner: string): string =>
  `(select coalesce(sum(${expression}), 0)::int from (` +
  `select total, completed, subtasks from task_counts where user_id = ${owner} ` +
  `union all select total, completed, subtasks from task_count_changes where user_id = ${owner}) c)`;

/**
 * A list's count: `expression` over `total`, `completed`, `top_total` and `top_completed`, summed
 * over the list_task_counts rows and pending list_task_count_changes that match `where` (SQL over
 * `list_key` and `user_id`), as int.
 */
export const listTallySql = (expression: string, where: string): string =>
  `(select coalesce(sum(${expression}), 0)::int from (` +
  `select total, completed, top_total, top_completed from list_task_counts where ${where} ` +
  `union all select total, completed, top_total, top_completed from list_task_count_changes where ${where}) c)`;

/**
 * An owner's count of one tag's tasks: `expression` over `total` and `completed`, summed over the
 * tag_task_counts row and pending tag_task_count_changes of `owner` and `tag` (both SQL), as int.
 */
export const tagTallySql = (expression: string, owner: string, tag: string): string =>
  `(select coalesce(sum(${expression}), 0)::int from (` +
  `select total, completed from tag_task_counts where user_id = ${owner} and tag_key = ${tag} ` +
  `union all select total, completed from tag_task_count_changes where user_id = ${owner} and tag_key = ${tag}) c)`;

/** The tag keys (column `key`) some task of `userId` carries, from tag_task_counts and its pending changes. */
export const ownerTagKeysQuery = (userId: string): SQL => sql`
  select tag_key as key from (
    select tag_key, total from tag_task_counts where user_id = ${userId}
    union all select tag_key, total from tag_task_count_changes where user_id = ${userId}
  ) c group by tag_key having sum(total) > 0`;

/**
 * Vacuums the changes' tables: every fold deletes the rows writes inserted, and until a vacuum their
 * dead entries stay in the index a count read walks, and their room is not used again (the embedded
 * database has no autovacuum at all: each table grew by about 36 bytes a change for good). A table
 * another session is vacuuming is skipped, and the table is not truncated (truncating takes a lock
 * that holds writers' inserts). Outside a transaction only.
 */
export async function vacuumCountChanges(db: Pick<Database, 'execute'>): Promise<void> {
  await db.execute(
    sql.raw(
      'vacuum (skip_locked, truncate false) task_count_changes, list_task_count_changes, tag_task_count_changes',
    ),
  );
}
