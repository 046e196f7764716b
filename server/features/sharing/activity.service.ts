// The history of a shared list and of its tasks: who created, completed, reopened, moved, edited
// (which fields) and deleted what, and when. The rows are written by triggers (migration 0015);
// this reads them for those who can see the list, newest first.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { authorize, listVisibleTo } from '../../platform/access/policy.js';
import type { Database } from '../../platform/db/client.js';
import { taskActivity, users } from '../../platform/db/schema.js';
import { getTask } from '../tasks/tasks.service.js';
import type { ActivityJson, ActivityQuery } from './sharing.schema.js';

export interface ActivityPage {
  activity: ActivityJson[];
  next_before: number | null;
}

async function page(db: Database, where: SQL, query: ActivityQuery): Promise<ActivityPage> {
  const rows = await db
    .select({
      id: taskActivity.id,
      taskId: taskActivity.taskId,
      taskTitle: taskActivity.taskTitle,
      action: taskActivity.action,
      changes: taskActivity.changes,
      actorId: taskActivity.actorId,
      actorName: users.name,
      at: taskActivity.at,
    })
    .from(taskActivity)
    .leftJoin(users, eq(users.id, taskActivity.actorId))
    .where(and(where, query.before === undefined ? undefined : lt(taskActivity.id, query.before)))
    .orderBy(desc(taskActivity.id))
    .limit(query.limit + 1);
  const more = rows.length > query.limit;
  const shown = more ? rows.slice(0, query.limit) : rows;
  return {
    activity: shown.map((r) => ({
      id: r.id,
      task_id: r.taskId,
      task_title: r.taskTitle,
      action: r.action,
      changes: r.changes,
      actor: { id: r.actorId, name: r.actorName ?? 'Deleted account' },
      at: r.at.toISOString(),
    })),
    next_before: more ? shown.at(-1)!.id : null,
  };
}

/** A list's history, for its owner and members (404 for anyone else). */
export async function listActivity(
  db: Database,
  caller: string,
  listId: number,
  query: ActivityQuery,
): Promise<ActivityPage> {
  await authorize(db, caller, 'list.read', { list: listId });
  return page(db, eq(taskActivity.listId, listId), query);
}

/**
 * A task's history while it was in shared lists the caller can see (its owner sees all of it),
 * for those who can read the task.
 */
export async function taskActivityOf(
  db: Database,
  caller: string,
  taskId: number,
  query: ActivityQuery,
): Promise<ActivityPage> {
  await getTask(db, caller, taskId);
  return page(db, and(eq(taskActivity.taskId, taskId), listVisibleTo(taskActivity.listId, caller))!, query);
}
