// The actor: who makes a request (`caller`), whose rows it acts on (`owner`: a task always belongs
// to its list's owner, tasks.user_id), the caller's role there and what it permits. A request
// resolves its actor once, before it reads or writes anything else, and the services take it:
// every write runs on `owner`'s rows, so the owner's zone, event numbers, reminders and the
// one-owner constraints of lists and subtasks hold for shared tasks unchanged, and a member's
// writes run in a transaction that records them as the actor (asActor). The decisions are the
// policy's (policy.ts, rules.ts); the writes are the features'.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../db/client.js';
import { invalid } from '../errors.js';
import {
  type Access,
  type Action,
  authorize,
  can,
  type Facts,
  forbidden,
  type ListPermissions,
  listAccess,
  listPermissions,
  mayBeAssigned,
  type Resource,
  type Role,
  taskAccess,
} from './policy.js';

export interface Actor {
  /** Who makes the request. */
  caller: string;
  /** Whose rows the request acts on: the caller's own, or the owner's of a list shared with them. */
  owner: string;
  /** The caller's role there (`owner` for their own rows). */
  role: Role;
  /** What that role lets the caller do with the list and its tasks. */
  permissions: ListPermissions;
}

const actorOf = (caller: string, access: Access): Actor => ({
  caller,
  owner: access.ownerId,
  role: access.role,
  permissions: listPermissions(access.role),
});

/** The caller acting on their own rows. */
export const ownActor = (caller: string): Actor => actorOf(caller, { ownerId: caller, role: 'owner' });

/**
 * The caller's actor on a resource they may do `action` to: 404 when they cannot see it (the same
 * answer as for one that does not exist), 403 when they can but may not.
 */
export async function actorOn(
  db: Database,
  caller: string,
  action: Action,
  resource: Resource,
  facts: Facts = {},
): Promise<Actor> {
  return actorOf(caller, await authorize(db, caller, action, resource, facts));
}

/**
 * The actor for a new task in `listId` (or under `parentId`): the caller in their own list, the
 * list's owner's rows for a member the policy lets add tasks (403 for others who see it); the
 * caller's own when neither is given or the caller cannot see it (placing it then answers 404 or
 * 422 as for a list or parent that does not exist).
 */
export async function actorForNewTask(
  db: Database,
  caller: string,
  listId: number | null | undefined,
  parentId: number | null | undefined,
): Promise<Actor> {
  let access = null;
  if (listId != null) access = await listAccess(db, caller, listId);
  else if (parentId != null) access = await taskAccess(db, caller, parentId);
  if (!access || access.ownerId === caller) return ownActor(caller);
  if (!can(access.role, 'task.create')) throw forbidden('task.create');
  return actorOf(caller, access);
}

/**
 * The same caller's actor in another of the owner's lists (null: the owner's Inbox); null when
 * the caller does not see that list as one of the owner's.
 */
export async function actorAt(db: Database, actor: Actor, listId: number | null): Promise<Actor | null> {
  if (listId === null) return actor.caller === actor.owner ? ownActor(actor.caller) : null;
  const access = await listAccess(db, actor.caller, listId);
  return access && access.ownerId === actor.owner ? actorOf(actor.caller, access) : null;
}

/** Whether an actor resolved in a list (actorAt) sees it: null is a list they do not see. */
export const sees = (at: Actor | null): at is Actor => at !== null && can(at.role, 'list.read');

/**
 * 422 unless the actor resolved at a move's destination (actorAt) may put the owner's task there:
 * a list they do not see answers as a list that does not exist; 403 where they may not add tasks.
 */
export function assertMayPlace(at: Actor | null): void {
  if (!sees(at)) throw invalid('list_id', 'is not one of your lists', 'body');
  if (!can(at.role, 'task.create')) throw forbidden('task.create');
}

/** 422 unless `assignee` may be assigned a task of the actor's owner in `listId` (policy.mayBeAssigned). */
export async function assertAssignable(
  db: Database,
  actor: Actor,
  listId: number | null,
  assignee: string,
): Promise<void> {
  if (!(await mayBeAssigned(db, actor.owner, listId, assignee))) {
    throw invalid('assignee_id', "must be the owner or a member of the task's list", 'body');
  }
}

/**
 * Runs `op`, whose writes are to the actor's owner's rows: as it is for the owner themselves, in
 * a transaction recording the caller as the actor (actingAs) for a member. `op` must use the
 * database it is given.
 */
export function asActor<T>(db: Database, actor: Actor, op: (db: Database) => Promise<T>): Promise<T> {
  return actor.caller === actor.owner ? op(db) : actingAs(db, actor.caller, op);
}

/**
 * Runs `op` in a transaction whose writes the activity triggers (migration 0015) attribute to
 * `caller` rather than to the owner of the rows.
 */
export function actingAs<T>(db: Database, caller: string, op: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    await queryRows(tx, sql`select set_config('doable.actor', ${caller}, true)`);
    return op(tx);
  });
}
