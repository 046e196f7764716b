// The server's administration: its accounts as an administrator sees them (counts, never a task),
// disabling and enabling, making administrators, deleting an account with its shared lists handed
// on or deleted, and the log of every administrator action. Whether the caller may is the policy's
// (authorizeAdmin, server/platform/access/policy.ts), asked by the routes; the command line
// (server/cli/admin.ts) acts as the operator, `cli`. Each change writes its log row in its transaction.
import { type SQL, sql } from 'drizzle-orm';
import { heirOf, memberCountOf } from '../../platform/access/rules.js';
import { cutAccess } from '../../platform/auth/cuts.js';
import { type Database, queryRows } from '../../platform/db/client.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { deleteAccountRows } from '../accounts/accounts.service.js';
import { becomeOwner } from '../sharing/sharing.service.js';
import type { AdminActionName, AdminUserQuery } from './admin.schema.js';

/** Who acts: an administrator (their user id), or the operator at the command line. */
export type Actor = string | 'cli';
export const CLI: Actor = 'cli';

export interface AdminUser {
  id: string;
  email: string;
  name: string;
  created_at: string;
  last_active_at: string | null;
  tasks: number;
  lists: number;
  email_verified: boolean;
  is_admin: boolean;
  disabled: boolean;
  disabled_at: string | null;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  created_at: Date | string;
  last_active_at: Date | string | null;
  tasks: number | string;
  lists: number | string;
  email_verified: boolean;
  is_admin: boolean;
  disabled_at: Date | string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

const presentUser = (row: UserRow): AdminUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  created_at: iso(row.created_at),
  last_active_at: isoOrNull(row.last_active_at),
  tasks: Number(row.tasks),
  lists: Number(row.lists),
  email_verified: row.email_verified,
  is_admin: row.is_admin,
  disabled: row.disabled_at !== null,
  disabled_at: isoOrNull(row.disabled_at),
});

/**
 * The accounts with what an administrator may see of them. Last active: the latest session's
 * sign-in or refresh, or API key use (recorded at most once a minute), whichever is later; JWT
 * requests are not recorded. Tasks from the per-owner count table, lists counted.
 */
const selectUsers = (where: SQL, limit: number) => sql`
  select u.id, u.email, u.name, u.created_at, u.email_verified, u.is_admin, u.disabled_at,
    greatest(
      (select max(s.updated_at) from sessions s where s.user_id = u.id),
      (select max(k.last_used_at) from api_keys k where k.user_id = u.id)
    ) as last_active_at,
    coalesce((select c.total from task_counts c where c.user_id = u.id), 0) as tasks,
    (select count(*) from lists l where l.user_id = u.id) as lists
  from users u where ${where} order by u.email limit ${limit}`;

const encodeCursor = (value: string | number) => Buffer.from(JSON.stringify([value])).toString('base64url');

function decodeCursor<T extends string | number>(cursor: string, kind: 'string' | 'number'): T {
  try {
    const [value] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof value === kind) return value as T;
  } catch {
    // answered below
  }
  throw invalid('cursor', 'is not a cursor this list gave', 'query');
}

/** A page of accounts in email order, optionally those whose email starts with `email`. */
export async function listUsers(
  db: Database,
  query: AdminUserQuery,
): Promise<{ users: AdminUser[]; next_cursor: string | null }> {
  const conditions: SQL[] = [sql`true`];
  if (query.email) {
    const escaped = query.email.replace(/[\\%_]/g, (c) => `\\${c}`);
    conditions.push(sql`u.email like ${`${escaped}%`}`);
  }
  if (query.cursor) conditions.push(sql`u.email > ${decodeCursor<string>(query.cursor, 'string')}`);
  const rows = await queryRows<UserRow>(db, selectUsers(sql.join(conditions, sql` and `), query.limit + 1));
  const page = rows.slice(0, query.limit).map(presentUser);
  const last = page.at(-1);
  return { users: page, next_cursor: rows.length > query.limit && last ? encodeCursor(last.email) : null };
}

export async function getUser(db: Database, id: string): Promise<AdminUser> {
  const [row] = await queryRows<UserRow>(db, selectUsers(sql`u.id = ${id}`, 1));
  if (!row) throw notFound('Account');
  return presentUser(row);
}

/** The account with this email (lower-cased), for the command line. */
export async function userIdByEmail(db: Database, email: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from users where email = ${email.trim().toLowerCase()}`,
  );
  if (!row) throw notFound(`An account with the email ${email}`);
  return row.id;
}

// --- Changes: each in one transaction with its log row, under one lock on administrator changes. ---

interface Target {
  id: string;
  email: string;
  is_admin: boolean;
  email_verified: boolean;
  disabled: boolean;
}

const conflict = (detail: string) => new AppError('CONFLICT', detail);

/**
 * Runs `op` in a transaction holding the administrators' lock (so two administrators cannot each
 * demote or disable the other and leave none), with the target account locked.
 */
async function administer<T>(
  db: Database,
  targetId: string,
  op: (tx: Database, target: Target) => Promise<T>,
): Promise<T> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    await queryRows(tx, sql`select pg_advisory_xact_lock(hashtextextended('doable:administrators', 0))`);
    const [target] = await queryRows<Target>(
      tx,
      sql`select id, email, is_admin, email_verified, disabled_at is not null as disabled
          from users where id = ${targetId} for update`,
    );
    if (!target) throw notFound('Account');
    return op(tx, target);
  });
}

/** Whether an enabled administrator other than `userId` remains. */
async function anotherAdministrator(tx: Database, userId: string): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`select 1 from users where is_admin and disabled_at is null and id <> ${userId} limit 1`,
  );
  return rows.length > 0;
}

/** Writes one row of the log (in the caller's transaction, when it has one). */
export async function logAction(
  tx: Database,
  actor: Actor,
  action: AdminActionName,
  target: { id: string; email: string | null },
  detail: Record<string, unknown> = {},
): Promise<void> {
  await queryRows(
    tx,
    sql`insert into admin_actions (actor_id, actor_email, action, target_id, target_email, detail)
        values (${actor}, (select email from users where id = ${actor}), ${action}, ${target.id},
                ${target.email}, ${JSON.stringify(detail)}::jsonb)`,
  );
}

/**
 * Disables the account: it cannot sign in, its sessions end now (and with them its session-bound
 * JWTs), and other JWTs and its API keys are refused while it stays disabled (authenticate.ts). Its
 * keys are kept, so enabling it restores them. Once committed, every channel it holds open ends
 * (cutAccess), on every instance; its webhooks and push are not sent while it stays disabled. Not
 * the caller's own account, nor the last administrator (409).
 */
export async function disableUser(db: Database, actor: Actor, targetId: string): Promise<AdminUser> {
  await administer(db, targetId, async (tx, target) => {
    if (target.id === actor) throw conflict('You cannot disable your own account');
    if (target.is_admin && !target.disabled && !(await anotherAdministrator(tx, target.id))) {
      throw conflict('This is the last administrator: make another one before disabling it');
    }
    await queryRows(
      tx,
      sql`update users set disabled_at = coalesce(disabled_at, now()), updated_at = now() where id = ${target.id}`,
    );
    await queryRows(tx, sql`delete from sessions where user_id = ${target.id}`);
    await logAction(tx, actor, 'disable', target);
  });
  await cutAccess(db, { userId: targetId, all: true });
  return getUser(db, targetId);
}

/** Enables a disabled account: it may sign in again and its API keys work again. */
export async function enableUser(db: Database, actor: Actor, targetId: string): Promise<AdminUser> {
  await administer(db, targetId, async (tx, target) => {
    await queryRows(tx, sql`update users set disabled_at = null, updated_at = now() where id = ${target.id}`);
    await logAction(tx, actor, 'enable', target);
  });
  return getUser(db, targetId);
}

/** Makes the account an administrator, or no longer one (not the last administrator: 409). */
export async function setAdministrator(
  db: Database,
  actor: Actor,
  targetId: string,
  isAdmin: boolean,
): Promise<AdminUser> {
  await administer(db, targetId, async (tx, target) => {
    if (!isAdmin && target.is_admin && !(await anotherAdministrator(tx, target.id))) {
      throw conflict('This is the last administrator: make another one first');
    }
    await queryRows(
      tx,
      sql`update users set is_admin = ${isAdmin}, updated_at = now() where id = ${target.id}`,
    );
    await logAction(tx, actor, isAdmin ? 'make-admin' : 'unmake-admin', target);
  });
  return getUser(db, targetId);
}

/**
 * Sends the account email `send` makes (a password reset link, a verification link), logged. The
 * check and the log row are one transaction; `send` runs after it commits, never inside it: it
 * writes its link through the database handle of its own (Better Auth), which on the embedded
 * database waits for every open transaction to end, so inside one it would wait forever. The log
 * row records the request; the email's own outbox row records its sending.
 */
export async function sendAccountEmail(
  db: Database,
  actor: Actor,
  targetId: string,
  kind: 'password-reset' | 'verification',
  send: (email: string) => Promise<void>,
): Promise<void> {
  const email = await administer(db, targetId, async (tx, target) => {
    if (kind === 'verification' && target.email_verified) {
      throw conflict(`The address ${target.email} is already verified`);
    }
    await logAction(tx, actor, kind, target);
    return target.email;
  });
  await send(email);
}

export type SharedListsMode = 'transfer' | 'delete';

export interface SharedListOutcome {
  list_id: number;
  outcome: 'transferred' | 'deleted';
  to: string | null;
}

/**
 * Hands the list `listId` of `from` to the member `to`, with its tasks: a task belongs to its
 * list's owner (tasks.user_id), so the list and its tasks change owner in one statement (the
 * tasks' references to (user_id, list_id) and (user_id, parent_id) are checked at its end). The
 * count, search and event triggers follow the owner change (each task's version moves on, so the
 * new owner's events carry them); unsent reminders go to the new owner; the new owner stops being
 * a member and a pending invitation of theirs to the list is cancelled.
 */
async function transferList(tx: Database, from: string, listId: number, to: string): Promise<void> {
  await becomeOwner(tx, listId, to);
  await queryRows(
    tx,
    sql`with moved as (
          update lists set user_id = ${to}, updated_at = now() where id = ${listId} and user_id = ${from}
          returning id
        )
        update tasks set user_id = ${to}, version = version + 1, updated_at = now()
        where list_id = ${listId} and user_id = ${from} and exists (select 1 from moved)`,
  );
  await queryRows(
    tx,
    sql`update task_reminders set user_id = ${to}
        where task_id in (select id from tasks where list_id = ${listId}) and user_id = ${from}`,
  );
}

/**
 * Deletes the account and everything it owns in one transaction (the account deletion of
 * DELETE /api/me). Its lists shared with others are first, with `transfer`, handed each to its
 * longest-standing editor, else viewer; with `delete` (or a list whose members are gone) deleted
 * with the rest. Not the caller's own account (DELETE /api/me is), nor the last administrator.
 */
export async function deleteUser(
  db: Database,
  actor: Actor,
  targetId: string,
  mode: SharedListsMode,
): Promise<{ shared_lists: SharedListOutcome[] }> {
  const deleted = await administer(db, targetId, async (tx, target) => {
    if (target.id === actor) throw conflict('Delete your own account from Settings (DELETE /api/me)');
    if (target.is_admin && !(await anotherAdministrator(tx, target.id))) {
      throw conflict('This is the last administrator: make another one before deleting it');
    }
    const shared = await queryRows<{ id: number | string; heir: string }>(
      tx,
      sql`select l.id, ${heirOf(sql`l.id`)} as heir
          from lists l
          where l.user_id = ${target.id} and ${memberCountOf(sql`l.id`)} > 0
          order by l.id`,
    );
    const outcomes: SharedListOutcome[] = [];
    for (const list of shared) {
      const listId = Number(list.id);
      if (mode === 'transfer') {
        await transferList(tx, target.id, listId, list.heir);
        outcomes.push({ list_id: listId, outcome: 'transferred', to: list.heir });
      } else {
        outcomes.push({ list_id: listId, outcome: 'deleted', to: null });
      }
    }
    await deleteAccountRows(tx, target.id, target.email);
    await logAction(tx, actor, 'delete', target, { shared_lists: mode, lists: outcomes });
    return { shared_lists: outcomes };
  });
  await cutAccess(db, { userId: targetId, all: true });
  return deleted;
}

// --- The log. ---

export interface AdminActionRow {
  id: number;
  at: string;
  actor_id: string;
  actor_email: string | null;
  action: AdminActionName;
  target_id: string;
  target_email: string | null;
  detail: Record<string, unknown>;
}

/** The log of administrator actions, newest first. */
export async function listActions(
  db: Database,
  query: { limit: number; cursor?: string | undefined },
): Promise<{ actions: AdminActionRow[]; next_cursor: string | null }> {
  const before = query.cursor ? decodeCursor<number>(query.cursor, 'number') : null;
  const rows = await queryRows<
    Omit<AdminActionRow, 'at' | 'id'> & { id: number | string; at: Date | string }
  >(
    db,
    sql`select id, at, actor_id, actor_email, action, target_id, target_email, detail from admin_actions
        where ${before === null ? sql`true` : sql`id < ${before}`}
        order by id desc limit ${query.limit + 1}`,
  );
  const page = rows.slice(0, query.limit).map((r) => ({
    ...r,
    id: Number(r.id),
    at: iso(r.at),
    detail: typeof r.detail === 'string' ? (JSON.parse(r.detail) as Record<string, unknown>) : r.detail,
  }));
  const last = page.at(-1);
  return { actions: page, next_cursor: rows.length > query.limit && last ? encodeCursor(last.id) : null };
}

/** Records a backup an administrator wrote: its target is the file's name. */
export async function logBackup(
  db: Database,
  actor: Actor,
  name: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await logAction(db, actor, 'backup', { id: name, email: null }, detail);
}
