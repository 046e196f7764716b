// Who may do what with a shared list and its tasks, and which tasks a caller sees: the one place
// lists, tasks, sharing and the live events ask (in the platform so that each of them may import
// it without importing the others). A task always belongs to its list's owner
// (tasks.user_id): every write runs as that owner, so the owner's zone, event numbers, reminders
// and the one-owner constraints of lists and subtasks hold for shared tasks unchanged. A member
// reaches a task through `asTaskOwner`, which first tries the caller's own task (no extra query on
// the common path) and only when there is none looks for a list shared with the caller.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../db/client.js';
import { AppError, invalid } from '../errors.js';

export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
/** The roles a member (not the owner) can have. */
export const MEMBER_ROLES = ['editor', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export interface Access {
  /** The list's owner: the user whose rows the list and its tasks are. */
  ownerId: string;
  role: Role;
}

/**
 * The tasks of lists shared with the caller (`$1`) that someone else owns: what a member sees
 * besides their own tasks (`user_id = $1`). A condition on `tasks`; the array is read once per
 * statement (an init plan) and tasks_list_idx serves the lookup.
 */
export const SHARED_WITH_CALLER =
  'list_id = any(array(select list_id from list_members where user_id = $1)) and user_id <> $1';

/** Whether a role may change tasks (and comment): the owner and editors. */
export const canWrite = (role: Role) => role !== 'viewer';

export const viewerCannotWrite = () =>
  new AppError(
    'AUTH_FORBIDDEN',
    "You can see this shared list's tasks but not change them: its owner can make you an editor",
  );

/** The caller's role in a list, with its owner; null when the caller can see nothing of it. */
export async function listAccess(db: Database, caller: string, listId: number): Promise<Access | null> {
  if (!Number.isSafeInteger(listId) || listId < 1) return null;
  const [row] = await queryRows<{ owner: string; role: string | null }>(
    db,
    sql`select l.user_id as owner, m.role from lists l
        left join list_members m on m.list_id = l.id and m.user_id = ${caller}
        where l.id = ${listId} and (l.user_id = ${caller} or m.user_id is not null)`,
  );
  if (!row) return null;
  return { ownerId: row.owner, role: row.owner === caller ? 'owner' : (row.role as MemberRole) };
}

/** The caller's role on someone else's task, through a list shared with them; null when none. */
export async function sharedTaskAccess(db: Database, caller: string, taskId: number): Promise<Access | null> {
  if (!Number.isSafeInteger(taskId) || taskId < 1) return null;
  const [row] = await queryRows<{ owner: string; role: MemberRole }>(
    db,
    sql`select t.user_id as owner, m.role from tasks t
        join list_members m on m.list_id = t.list_id and m.user_id = ${caller}
        where t.id = ${taskId} and t.user_id <> ${caller}`,
  );
  return row ? { ownerId: row.owner, role: row.role } : null;
}

/**
 * Runs `op` on a task as its owner. First as the caller (their own task); when that answers "not
 * found", through a list shared with the caller: an editor may read and write (in a transaction
 * that records the editor as the actor), a viewer only read (403 on a write). Anyone else gets the
 * first answer, the same as for a task that does not exist. `op` must use the database it is given.
 */
export async function asTaskOwner<T>(
  db: Database,
  caller: string,
  taskId: number,
  need: 'read' | 'write',
  op: (owner: string, db: Database) => Promise<T>,
): Promise<T> {
  try {
    return await op(caller, db);
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'NOT_FOUND')) throw err;
    const access = await sharedTaskAccess(db, caller, taskId);
    if (!access) throw err;
    if (need === 'read') return op(access.ownerId, db);
    if (!canWrite(access.role)) throw viewerCannotWrite();
    return actingAs(db, caller, (tx) => op(access.ownerId, tx));
  }
}

/**
 * Whether `actor` may see the owner's list `listId` (null: the owner's Inbox, which only its
 * owner sees): its owner, or any member.
 */
export async function actorSees(
  db: Database,
  owner: string,
  actor: string,
  listId: number | null,
): Promise<boolean> {
  if (actor === owner) return true;
  return listId !== null && (await listAccess(db, actor, listId)) !== null;
}

/**
 * 422 unless `actor` may put the owner's task into the owner's list `listId`: the owner may use any
 * of their lists; a member only a list where they are an editor (403 where they are a viewer).
 * A list the actor cannot see answers as a list that does not exist, so ids reveal nothing.
 */
export async function assertActorMayPlace(
  db: Database,
  owner: string,
  actor: string,
  listId: number | null,
): Promise<void> {
  if (actor === owner) return;
  const access = listId === null ? null : await listAccess(db, actor, listId);
  if (!access || access.ownerId !== owner) throw invalid('list_id', 'is not one of your lists', 'body');
  if (!canWrite(access.role)) throw viewerCannotWrite();
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
 * list, the list's owner for an editor; 403 for a viewer; the caller when neither is given or the
 * caller cannot see it (placing it then answers 404 as before).
 */
export async function ownerForNewTask(
  db: Database,
  caller: string,
  listId: number | null | undefined,
  parentId: number | null | undefined,
): Promise<string> {
  let access: Access | null = null;
  if (listId != null) access = await listAccess(db, caller, listId);
  else if (parentId != null) access = await sharedTaskAccess(db, caller, parentId);
  if (!access || access.role === 'owner') return caller;
  if (!canWrite(access.role)) throw viewerCannotWrite();
  return access.ownerId;
}

/**
 * 422 unless `assignee` may be assigned a task of `owner` in `listId`: the owner, or a member of
 * that list (a task in the Inbox only to its owner).
 */
export async function assertAssignable(
  db: Database,
  owner: string,
  listId: number | null,
  assignee: string,
): Promise<void> {
  if (assignee === owner) return;
  const member =
    listId !== null &&
    (await queryRows(db, sql`select 1 from list_members where list_id = ${listId} and user_id = ${assignee}`))
      .length > 0;
  if (!member) {
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
