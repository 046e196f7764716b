// Running an operation on someone else's rows once the policy (policy.ts) has allowed it. A task
// always belongs to its list's owner (tasks.user_id): every write runs as that owner, so the
// owner's zone, event numbers, reminders and the one-owner constraints of lists and subtasks hold
// for shared tasks unchanged; a member's writes run in a transaction that records them as the
// actor. Nothing here decides who may do what: each function asks the policy.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../db/client.js';
import { invalid } from '../errors.js';
import {
  type Action,
  authorize,
  can,
  forbidden,
  listAccess,
  mayBeAssigned,
  mayPlace,
  taskAccess,
} from './policy.js';

/**
 * Runs `op` on a task as its owner once the policy allows the caller `action` on it (404 when they
 * cannot see it, 403 when they may not). A member's writes run as the actor (actingAs). `op` must
 * use the database it is given.
 */
export async function asTaskOwner<T>(
  db: Database,
  caller: string,
  taskId: number,
  action: Action,
  op: (owner: string, db: Database) => Promise<T>,
): Promise<T> {
  const { ownerId } = await authorize(db, caller, action, { task: taskId });
  if (ownerId === caller || action === 'task.read') return op(ownerId, db);
  return actingAs(db, caller, (tx) => op(ownerId, tx));
}

/**
 * Runs `op` in a transaction whose writes the activity triggers (migration 0015) attribute to
 * `actor` rather than to the owner of the rows.
 */
export function actingAs<T>(db: Database, actor: string, op: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    await queryRows(tx, sql`select set_config('doable.actor', ${actor}, true)`);
    return op(tx);
  });
}

/**
 * The owner a new task in `listId` (or under `parentId`) belongs to: the caller for their own
 * list, the list's owner for a member the policy lets add tasks (403 for others who see it); the
 * caller when neither is given or the caller cannot see it (placing it then answers 404 as before).
 */
export async function ownerForNewTask(
  db: Database,
  caller: string,
  listId: number | null | undefined,
  parentId: number | null | undefined,
): Promise<string> {
  let access = null;
  if (listId != null) access = await listAccess(db, caller, listId);
  else if (parentId != null) access = await taskAccess(db, caller, parentId);
  if (!access || access.ownerId === caller) return caller;
  if (!can(access.role, 'task.create')) throw forbidden('task.create');
  return access.ownerId;
}

/**
 * 422 unless `actor` may put the owner's task into the owner's list `listId` (policy.mayPlace): a
 * list the actor cannot see answers as a list that does not exist; 403 where they are a viewer.
 */
export async function assertActorMayPlace(
  db: Database,
  owner: string,
  actor: string,
  listId: number | null,
): Promise<void> {
  const answer = await mayPlace(db, owner, actor, listId);
  if (answer === 'unseen') throw invalid('list_id', 'is not one of your lists', 'body');
  if (answer === 'forbidden') throw forbidden('task.create');
}

/** 422 unless `assignee` may be assigned a task of `owner` in `listId` (policy.mayBeAssigned). */
export async function assertAssignable(
  db: Database,
  owner: string,
  listId: number | null,
  assignee: string,
): Promise<void> {
  if (!(await mayBeAssigned(db, owner, listId, assignee))) {
    throw invalid('assignee_id', "must be the owner or a member of the task's list", 'body');
  }
}

/**
 * Unassigns, among the owner's tasks `ids`, those assigned to someone who is not a member of the
 * list they are now in (after a move); answers how many.
 */
export async function unassignStrays(db: Database, owner: string, ids: number[]): Promise<number> {
  const rows = await queryRows(
    db,
    sql`update tasks set assignee_id = null, version = version + 1, updated_at = now()
        where user_id = ${owner} and id = any(${`{${ids.join(',')}}`}::bigint[]) and assignee_id is not null
          and assignee_id <> user_id
          and not exists (select 1 from list_members m where m.list_id = tasks.list_id and m.user_id = tasks.assignee_id)
        returning id`,
  );
  return rows.length;
}
