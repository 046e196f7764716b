// The policy: who may do what with lists, tasks and comments. The one place that decides; routes,
// services, MCP tools, chat and the live events ask it, and nothing else compares roles.
//
// A caller's relation to a resource is a role: `owner` (their own list or task), `editor` or
// `viewer` (a member of a list shared with them), or none (they cannot see it: it answers as a
// resource that does not exist, 404, so ids reveal nothing). RULES (rules.ts) says, for each action, which
// roles may do it (and, for comments, whether authorship matters); `can` reads it, `authorize`
// resolves the caller's role on one resource and answers the Access or throws (404 unseen, 403
// seen but not allowed). VISIBLE_TASKS is the one SQL condition for the tasks a caller sees.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../db/client.js';
import { namedQuery } from '../db/prepared.js';
import { notFound } from '../errors.js';
import {
  type Access,
  type Action,
  can,
  type Facts,
  forbidden,
  type MemberRole,
  notAdministrator,
  type ServerAction,
} from './rules.js';

export * from './rules.js';

// --- The caller's role on one resource. ---

const possibleId = (id: number) => Number.isSafeInteger(id) && id >= 1;

// The two lookups run before every by-id operation: fixed texts, named statements (planned once per
// connection, server/platform/db/prepared.ts; unnamed inside a transaction).
const LIST_ACCESS = `select l.user_id as owner, m.role from lists l
  left join list_members m on m.list_id = l.id and m.user_id = $2
  where l.id = $1 and (l.user_id = $2 or m.user_id is not null)`;
const SECTION_ACCESS = `select s.user_id as owner, m.role from sections s
  left join list_members m on m.list_id = s.list_id and m.user_id = $2
  where s.id = $1 and (s.user_id = $2 or m.user_id is not null)`;
const TASK_ACCESS = `select t.user_id as owner, m.role from tasks t
  left join list_members m on m.list_id = t.list_id and m.user_id = $2 and t.user_id <> $2
  where t.id = $1`;

/** The caller's role in a list, with its owner; null when the caller can see nothing of it. */
export async function listAccess(db: Database, caller: string, listId: number): Promise<Access | null> {
  if (!possibleId(listId)) return null;
  const [row] = await namedQuery<{ owner: string; role: MemberRole | null }>(
    db,
    'doable_list_access',
    LIST_ACCESS,
    [listId, caller],
  );
  if (!row) return null;
  return { ownerId: row.owner, role: row.owner === caller ? 'owner' : (row.role as MemberRole) };
}

/** The caller's role in the list a section is of, with its owner; null when they can see nothing of it. */
export async function sectionAccess(db: Database, caller: string, sectionId: number): Promise<Access | null> {
  if (!possibleId(sectionId)) return null;
  const [row] = await namedQuery<{ owner: string; role: MemberRole | null }>(
    db,
    'doable_section_access',
    SECTION_ACCESS,
    [sectionId, caller],
  );
  if (!row) return null;
  return { ownerId: row.owner, role: row.owner === caller ? 'owner' : (row.role as MemberRole) };
}

/**
 * The caller's role on a task: `owner` for their own (in any list or the Inbox), else their role
 * in the list it is in; null when they cannot see it. One primary-key lookup.
 */
export async function taskAccess(db: Database, caller: string, taskId: number): Promise<Access | null> {
  if (!possibleId(taskId)) return null;
  const [row] = await namedQuery<{ owner: string; role: MemberRole | null }>(
    db,
    'doable_task_access',
    TASK_ACCESS,
    [taskId, caller],
  );
  if (!row) return null;
  if (row.owner === caller) return { ownerId: caller, role: 'owner' };
  return row.role ? { ownerId: row.owner, role: row.role } : null;
}

export type Resource = { list: number } | { section: number } | { task: number };

const accessTo = (db: Database, caller: string, resource: Resource) =>
  'list' in resource
    ? listAccess(db, caller, resource.list)
    : 'section' in resource
      ? sectionAccess(db, caller, resource.section)
      : taskAccess(db, caller, resource.task);

const nameOf = (resource: Resource) =>
  'list' in resource
    ? `List ${resource.list}`
    : 'section' in resource
      ? `Section ${resource.section}`
      : `Task ${resource.task}`;

/**
 * The caller's access to a resource for `action`: 404 when they cannot see it (the same answer as
 * for one that does not exist), 403 when they can but `action` is not theirs to do.
 */
export async function authorize(
  db: Database,
  caller: string,
  action: Action,
  resource: Resource,
  facts: Facts = {},
): Promise<Access> {
  const access = await accessTo(db, caller, resource);
  if (!access) throw notFound(nameOf(resource));
  if (!can(access.role, action, facts)) throw forbidden(action);
  return access;
}

// --- The server's administrators. ---

const ADMIN = 'select is_admin and disabled_at is null as admin from users where id = $1';

/**
 * Whether the caller is one of the server's administrators (an enabled account with
 * users.is_admin): one primary-key read, uncached, so a demotion or a disabling counts at once.
 */
export async function isAdministrator(db: Database, caller: string): Promise<boolean> {
  const [row] = await namedQuery<{ admin: boolean }>(db, 'doable_is_admin', ADMIN, [caller]);
  return row?.admin === true;
}

/**
 * The one decision on the server's administration: answers when the caller is an administrator,
 * else throws 403 (a signed-in caller who is not one; anonymous callers were answered 401 by the
 * authenticator before).
 */
export async function authorizeAdmin(
  db: Database,
  caller: string,
  action: ServerAction = 'server.administer',
): Promise<void> {
  if (!(await isAdministrator(db, caller))) throw notAdministrator(action);
}

/**
 * Whether `userId` is the server's last enabled administrator, so that deleting, disabling or
 * demoting it would leave the server without one. Call it inside the change's transaction: it
 * takes the administrators' lock first, so two such changes at once are decided one after the
 * other and cannot both leave none.
 */
export async function isLastAdministrator(tx: Database, userId: string): Promise<boolean> {
  await queryRows(tx, sql`select pg_advisory_xact_lock(hashtextextended('doable:administrators', 0))`);
  const rows = await queryRows<{ me: boolean; others: boolean }>(
    tx,
    sql`select coalesce((select is_admin and disabled_at is null from users where id = ${userId}), false) as me,
               exists (select 1 from users where is_admin and disabled_at is null and id <> ${userId}) as others`,
  );
  return rows[0]!.me && !rows[0]!.others;
}

/**
 * Whether `assignee` may be assigned a task of `owner` in `listId`: the owner, or a member of that
 * list (a task in the Inbox only to its owner).
 */
export async function mayBeAssigned(
  db: Database,
  owner: string,
  listId: number | null,
  assignee: string,
): Promise<boolean> {
  if (assignee === owner) return true;
  return (
    listId !== null &&
    (await queryRows(db, sql`select 1 from list_members where list_id = ${listId} and user_id = ${assignee}`))
      .length > 0
  );
}
