// Bulk actions over up to 500 of the owner's tasks: all or nothing in one transaction, each changed
// task (subtasks that follow included) written once, so it gets one new version and one event.
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../platform/db/client.js';
import { tasks } from '../../platform/db/schema.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import type { BulkInput } from './tasks.actions.schema.js';
import { keysOf, ownerZone, type Task, taskColumns } from './tasks.rows.js';
import { advanceSeries } from './tasks.series.js';
import { writeRows } from './tasks.service.js';
import { completeSubtrees, lockTrees, reopenSubtrees } from './tasks.tree.js';

export interface BulkResult {
  /** Tasks written: the ones named, and the subtasks that followed them. */
  changed: number;
  /** The tasks named, as they are now, in the order given (none after delete). */
  tasks: Task[];
}

const idArray = (ids: number[]) => sql`${`{${ids.join(',')}}`}::bigint[]`;

export async function bulkAction(db: Database, userId: string, input: BulkInput): Promise<BulkResult> {
  const ids = [...new Set(input.ids)];
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const locked = new Set(await lockTrees(tx, userId, ids));
    const missing = ids.filter((id) => !locked.has(id));
    if (missing.length > 0) {
      throw notFound(`${missing.length === 1 ? 'Task' : 'Tasks'} ${missing.slice(0, 20).join(', ')}`);
    }
    const named = and(eq(tasks.userId, userId), inArray(tasks.id, ids))!;
    const changed = await perform(tx, userId, ids, [...locked], named, input);
    if (input.action === 'delete') return { changed, tasks: [] };
    const rows = await tx.select(taskColumns).from(tasks).where(named);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return { changed, tasks: ids.map((id) => byId.get(id)!) };
  });
}

async function perform(
  tx: Database,
  userId: string,
  ids: number[],
  tree: number[],
  named: SQL,
  input: BulkInput,
): Promise<number> {
  switch (input.action) {
    case 'complete': {
      // A recurring task completes its current occurrence and moves on, one at a time.
      const recurring = await tx
        .select({ id: tasks.id })
        .from(tasks)
        .where(and(named, sql`${tasks.recurrence} is not null and not ${tasks.completed}`));
      for (const { id } of recurring) await advanceSeries(tx, userId, id, 'complete', undefined, undefined);
      const done = await writeRows(tx, userId, and(named, sql`${tasks.recurrence} is null`)!, {
        completed: true,
      });
      const followed = await completeSubtrees(
        tx,
        userId,
        done.map((t) => t.id),
      );
      return recurring.length + done.length + followed;
    }
    case 'reopen': {
      const followed = await reopenSubtrees(tx, userId, ids);
      return followed + (await writeRows(tx, userId, named, { completed: false })).length;
    }
    case 'delete':
      // Subtrees go with their roots (the parent reference cascades).
      await tx.delete(tasks).where(named);
      return tree.length;
    case 'set_priority':
      return (await writeRows(tx, userId, named, { priority: input.priority })).length;
    case 'set_due':
      return (
        await writeRows(tx, userId, named, {
          due: { date: input.due_date ?? null, at: input.due_at ?? null },
        })
      ).length;
    case 'add_tags':
      return addTags(tx, named, input.tags);
    case 'remove_tags':
      return removeTags(tx, named, input.tags);
    case 'shift_due':
      return shiftDue(tx, userId, named, input.days);
    case 'move':
      return moveToList(tx, userId, tree, input.list_id);
  }
}

/** Adds tags each task lacks (compared case-insensitively), after its own; at most 20 in all. */
async function addTags(tx: Database, named: SQL, names: string[]): Promise<number> {
  const namesParam = sql`${sql.param(names, tasks.tags)}::text[]`;
  const keysParam = sql`${sql.param(keysOf(names), tasks.tags)}::text[]`;
  const fresh = sql`unnest(${namesParam}, ${keysParam}) with ordinality a(n, k, i) where k <> all(${tasks.tagKeys}) order by i`;
  try {
    const rows = await tx
      .update(tasks)
      .set({
        tags: sql`${tasks.tags} || array(select n from ${fresh})`,
        tagKeys: sql`${tasks.tagKeys} || array(select k from ${fresh})`,
        updatedAt: sql`now()`,
        version: sql`${tasks.version} + 1`,
      })
      .where(and(named, sql`not (${tasks.tagKeys} @> ${keysParam})`))
      .returning({ id: tasks.id });
    return rows.length;
  } catch (err) {
    const constraint = (err as { cause?: { constraint?: string }; constraint?: string }).cause?.constraint;
    if (constraint === 'tasks_tags_count') throw invalid('tags', 'a task has at most 20 tags', 'body');
    throw err;
  }
}

/** Removes tags (case-insensitively) from the tasks that have any of them. */
async function removeTags(tx: Database, named: SQL, names: string[]): Promise<number> {
  const keysParam = sql`${sql.param(keysOf(names), tasks.tags)}::text[]`;
  const rows = await tx
    .update(tasks)
    .set({
      tags: sql`array(select n from unnest(${tasks.tags}, ${tasks.tagKeys}) with ordinality u(n, k, i) where k <> all(${keysParam}) order by i)`,
      tagKeys: sql`array(select k from unnest(${tasks.tagKeys}) with ordinality u(k, i) where k <> all(${keysParam}) order by i)`,
      updatedAt: sql`now()`,
      version: sql`${tasks.version} + 1`,
    })
    .where(and(named, sql`${tasks.tagKeys} && ${keysParam}`))
    .returning({ id: tasks.id });
  return rows.length;
}

/**
 * Moves due moments by whole days on the owner's calendar: a timed task keeps its wall-clock time
 * across a daylight-saving change; a series moves its start with it. Tasks without one stay.
 */
async function shiftDue(tx: Database, userId: string, named: SQL, days: number): Promise<number> {
  const zone = ownerZone(userId);
  const shiftedAt = sql`((${tasks.dueAt} at time zone ${zone}) + make_interval(days => ${days}::int)) at time zone ${zone}`;
  const shiftedDate = sql`${tasks.dueDate} + ${days}::int`;
  // The years every due date is held to (tasks.schema.ts): a shift that would take one outside
  // them changes nothing and says why.
  const [outside] = await queryRows(
    tx,
    sql`select 1 from tasks where ${named} and ${tasks.dueSort} is not null
          and (${shiftedDate} not between date '1900-01-01' and date '9999-12-31'
            or ${shiftedAt} < timestamptz '1900-01-01T00:00:00Z'
            or ${shiftedAt} > timestamptz '9999-12-31T23:59:59.999Z')
        limit 1`,
  );
  if (outside) throw invalid('days', 'would move a due date outside the years 1900-9999', 'body');
  const rows = await tx
    .update(tasks)
    .set({
      dueAt: sql`${shiftedAt}`,
      dueDate: sql`${shiftedDate}`,
      dueSort: sql`coalesce(${shiftedAt}, (${shiftedDate})::timestamp at time zone ${zone})`,
      seriesStartDate: sql`case when ${tasks.recurrence} is null then null else coalesce(${shiftedDate}, (${shiftedAt} at time zone ${zone})::date) end`,
      seriesStartTime: sql`case when ${tasks.recurrence} is null then null else to_char(${shiftedAt} at time zone ${zone}, 'HH24:MI') end`,
      updatedAt: sql`now()`,
      version: sql`${tasks.version} + 1`,
    })
    .where(and(named, sql`${tasks.dueSort} is not null`))
    .returning({ id: tasks.id });
  return rows.length;
}

/**
 * Moves tasks, with their subtrees, to a list (or the Inbox): a named task whose parent stays
 * behind becomes a top-level task there; subtasks keep their parents. Positions are kept; a task
 * that changes list leaves its section.
 */
async function moveToList(
  tx: Database,
  userId: string,
  tree: number[],
  listId: number | null,
): Promise<number> {
  if (listId !== null) {
    const [owned] = await queryRows(
      tx,
      sql`select 1 from lists where user_id = ${userId} and id = ${listId}`,
    );
    if (!owned) throw invalid('list_id', 'is not one of your lists', 'body');
  }
  const moved = idArray(tree);
  const rows = await queryRows(
    tx,
    sql`update tasks set list_id = ${listId},
          section_id = case when list_id is distinct from ${listId} then null else section_id end,
          parent_id = case when parent_id = any(${moved}) then parent_id end,
          updated_at = now(), version = version + 1
        where user_id = ${userId} and id = any(${moved})
          and (list_id is distinct from ${listId} or (parent_id is not null and not parent_id = any(${moved})))
        returning id`,
  );
  return rows.length;
}

/** Refuses a bulk body the schema accepts but the action cannot use. */
export function assertBulkable(input: BulkInput): void {
  if (input.action === 'set_due' && input.due_date != null && input.due_at != null) {
    throw new AppError('VALIDATION_ERROR', 'give due_date or due_at, not both', {
      errors: [
        { path: 'due_at', location: 'body', message: 'give due_date (all day) or due_at (a time), not both' },
      ],
    });
  }
}
