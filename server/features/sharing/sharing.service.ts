// Sharing a list: its members, invitations by email, and leaving. Only the owner invites, changes
// roles and removes others; a member may leave. An invitation answers the same whether or not an
// account has that email (no account discovery); the invitee sees it once signed in with it.
import { timingSafeEqual } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  type Access,
  type Action,
  authorize,
  can,
  forbidden,
  type MemberRole,
} from '../../platform/access/policy.js';
import { linkSecretHash, linkSecretHashFor, newLinkSecret } from '../../platform/auth/link-secret.js';
import { EVENTS_CHANNEL } from '../../platform/db/channels.js';
import { type Database, queryRows } from '../../platform/db/client.js';
import { listInvitations, listMembers, lists, taskComments, users } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { notifyMembership } from '../notifications/notifications.service.js';
import {
  INVITATIONS_PER_HOUR,
  type InvitationJson,
  type Invite,
  MAX_MEMBERS,
  type MemberJson,
  type ReceivedInvitationJson,
} from './sharing.schema.js';

/** The caller's access to a list for `action` (policy.ts): 404 unseen, 403 not allowed. */
const listFor = (db: Database, caller: string, listId: number, action: Action): Promise<Access> =>
  authorize(db, caller, action, { list: listId });

const toInvitationJson = (row: typeof listInvitations.$inferSelect): InvitationJson => ({
  id: row.id,
  list_id: row.listId,
  email: row.email,
  role: row.role,
  status: row.status,
  created_at: row.createdAt.toISOString(),
});

/** The owner and the members of a list (any of them may ask), and, for the owner, pending invitations. */
export async function membersOf(
  db: Database,
  caller: string,
  listId: number,
): Promise<{ members: MemberJson[]; invitations: InvitationJson[] }> {
  const access = await listFor(db, caller, listId, 'list.read');
  const [owner] = await db
    .select({ id: users.id, name: users.name, email: users.email, since: lists.createdAt })
    .from(lists)
    .leftJoin(users, eq(users.id, lists.userId))
    .where(eq(lists.id, listId));
  const members = await db
    .select({
      id: listMembers.userId,
      name: users.name,
      email: users.email,
      role: listMembers.role,
      since: listMembers.createdAt,
    })
    .from(listMembers)
    .leftJoin(users, eq(users.id, listMembers.userId))
    .where(eq(listMembers.listId, listId))
    .orderBy(asc(listMembers.createdAt), asc(listMembers.userId));
  const invitations = can(access.role, 'list.share')
    ? await db
        .select()
        .from(listInvitations)
        .where(and(eq(listInvitations.listId, listId), eq(listInvitations.status, 'pending')))
        .orderBy(asc(listInvitations.id))
    : [];
  const member = (
    m: { id: string | null; name: string | null; email: string | null; since: Date },
    role: MemberJson['role'],
  ) => ({
    user_id: m.id ?? access.ownerId,
    name: m.name ?? 'Deleted account',
    email: m.email,
    role,
    joined_at: m.since.toISOString(),
  });
  return {
    members: [member({ ...owner!, id: access.ownerId }, 'owner'), ...members.map((m) => member(m, m.role))],
    invitations: invitations.map(toInvitationJson),
  };
}

/**
 * Invites an email address to a list (owner only), with a new one-time link secret (answered once,
 * kept only as its hash). A pending invitation to the same address is updated rather than repeated. 409 when the address is already the owner's or a member's, or the
 * list has MAX_MEMBERS people and invitations; 429 beyond INVITATIONS_PER_HOUR. `andThen` runs in
 * the same transaction with the invitation's id and link secret (its email, invitation.email.ts).
 */
export async function invite(
  db: Database,
  caller: string,
  listId: number,
  input: Invite,
  andThen?: (tx: Database, invitationId: number, token: string) => Promise<void>,
): Promise<InvitationJson & { token: string }> {
  await listFor(db, caller, listId, 'list.share');
  const { token, hash: tokenHash } = newLinkSecret();
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    // One owner's invitations are counted one at a time.
    await queryRows(tx, sql`select pg_advisory_xact_lock(hashtext('doable:invite'), hashtext(${caller}))`);
    const [sent] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from list_invitations
          where invited_by = ${caller} and created_at > now() - interval '1 hour'`,
    );
    if ((sent?.n ?? 0) >= INVITATIONS_PER_HOUR) {
      throw new AppError(
        'RATE_LIMITED',
        `You sent ${INVITATIONS_PER_HOUR} invitations in the last hour, the most allowed: try again later`,
        { headers: { 'retry-after': '3600' } },
      );
    }
    const [already] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from users u
          where lower(u.email) = ${input.email}
            and (u.id = ${caller} or u.id in (select user_id from list_members where list_id = ${listId}))`,
    );
    if ((already?.n ?? 0) > 0) {
      throw new AppError('CONFLICT', `${input.email} is already in this list`);
    }
    const [people] = await queryRows<{ n: number }>(
      tx,
      sql`select (select count(*) from list_members where list_id = ${listId})
               + (select count(*) from list_invitations where list_id = ${listId} and status = 'pending'
                  and email <> ${input.email}) as n`,
    );
    if (Number(people?.n ?? 0) >= MAX_MEMBERS) {
      throw new AppError('CONFLICT', `A list can be shared with at most ${MAX_MEMBERS} people`);
    }
    const [row] = await tx
      .insert(listInvitations)
      .values({ listId, email: input.email, role: input.role, invitedBy: caller, tokenHash })
      .onConflictDoUpdate({
        target: [listInvitations.listId, listInvitations.email],
        targetWhere: sql`status = 'pending'`,
        set: { role: input.role, invitedBy: caller, createdAt: sql`now()`, tokenHash },
      })
      .returning();
    await andThen?.(tx, row!.id, token);
    return { ...toInvitationJson(row!), token };
  });
}

/** Withdraws a pending invitation (owner only). */
export async function cancelInvitation(
  db: Database,
  caller: string,
  listId: number,
  id: number,
): Promise<void> {
  await listFor(db, caller, listId, 'list.share');
  const rows = await db
    .update(listInvitations)
    .set({ status: 'cancelled', answeredAt: sql`now()` })
    .where(
      and(
        eq(listInvitations.id, id),
        eq(listInvitations.listId, listId),
        eq(listInvitations.status, 'pending'),
      ),
    )
    .returning({ id: listInvitations.id });
  if (rows.length === 0) throw notFound(`Invitation ${id}`);
}

/** Changes a member's role (owner only). */
export async function setRole(
  db: Database,
  caller: string,
  listId: number,
  memberId: string,
  role: MemberRole,
): Promise<MemberJson> {
  await listFor(db, caller, listId, 'list.share');
  const rows = await db
    .update(listMembers)
    .set({ role, updatedAt: sql`now()` })
    .where(and(eq(listMembers.listId, listId), eq(listMembers.userId, memberId)))
    .returning({ id: listMembers.userId });
  if (rows.length === 0) throw notFound(`Member ${memberId}`);
  const { members } = await membersOf(db, caller, listId);
  return members.find((m) => m.user_id === memberId)!;
}

/**
 * Removes a member (the owner), or leaves (the member). Their access ends with this statement;
 * tasks of the list assigned to them are unassigned, in the same transaction.
 */
export async function removeMember(
  db: Database,
  caller: string,
  listId: number,
  memberId: string,
): Promise<void> {
  const access = await listFor(db, caller, listId, 'list.read');
  if (memberId === access.ownerId && memberId === caller) {
    throw new AppError('CONFLICT', 'The owner cannot leave their own list: delete it instead');
  }
  const action = memberId === caller ? 'list.leave' : 'list.share';
  if (!can(access.role, action)) throw forbidden(action);
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const rows = await tx
      .delete(listMembers)
      .where(and(eq(listMembers.listId, listId), eq(listMembers.userId, memberId)))
      .returning({ id: listMembers.userId });
    if (rows.length === 0) throw notFound(`Member ${memberId}`);
    if (memberId === caller) await notifyMembership(tx, 'left', caller, listId);
    await queryRows(
      tx,
      sql`update tasks set assignee_id = null, version = version + 1, updated_at = now()
          where user_id = ${access.ownerId} and list_id = ${listId} and assignee_id = ${memberId}`,
    );
    // Wakes the owner's streams on every instance: the removed member's list stream sees it and ends.
    await queryRows(tx, sql`select pg_notify(${EVENTS_CHANNEL}, ${access.ownerId})`);
  });
}

/**
 * The caller's email (lower-cased) when its owner has proved it theirs (verified by a link sent to
 * it); null when unverified, or for accounts known only from an external token. Invitations by
 * email go only to a proved address: whoever signs up first with an address is not its owner.
 */
async function verifiedEmailOf(db: Database, caller: string): Promise<string | null> {
  const [row] = await db
    .select({ email: users.email, verified: users.emailVerified })
    .from(users)
    .where(eq(users.id, caller));
  return row?.verified ? (row.email?.toLowerCase() ?? null) : null;
}

/** Whether the caller has an account whose address is not verified yet. */
async function unverified(db: Database, caller: string): Promise<boolean> {
  const [row] = await db.select({ verified: users.emailVerified }).from(users).where(eq(users.id, caller));
  return row !== undefined && !row.verified;
}

const verifyFirst = () =>
  new AppError(
    'AUTH_FORBIDDEN',
    'Verify your email address to answer invitations sent to it (POST /api/auth/send-verification-email ' +
      "sends the link), or open the invitation's link from the list's owner",
  );

/**
 * Invitations to the caller's verified email that wait for an answer, newest first (none while
 * the address is unverified: they would tell whoever signed up with it who shares what with whom).
 */
export async function receivedInvitations(db: Database, caller: string): Promise<ReceivedInvitationJson[]> {
  const email = await verifiedEmailOf(db, caller);
  if (!email) return [];
  const rows = await db
    .select({
      id: listInvitations.id,
      listId: lists.id,
      listName: lists.name,
      role: listInvitations.role,
      inviterName: users.name,
      inviterEmail: users.email,
      createdAt: listInvitations.createdAt,
    })
    .from(listInvitations)
    .innerJoin(lists, eq(lists.id, listInvitations.listId))
    .leftJoin(users, eq(users.id, listInvitations.invitedBy))
    .where(and(eq(listInvitations.email, email), eq(listInvitations.status, 'pending')))
    .orderBy(sql`${listInvitations.id} desc`);
  return rows.map((r) => ({
    id: r.id,
    list: { id: r.listId, name: r.listName },
    role: r.role,
    invited_by: { name: r.inviterName ?? 'Deleted account', email: r.inviterEmail },
    created_at: r.createdAt.toISOString(),
  }));
}

/**
 * Accepts or declines an invitation: one to the caller's verified email, or, with `token`, the one
 * whose link carries it (any signed-in account: the link is the proof). 404 for any other
 * (another's, answered, withdrawn, a wrong secret, or none); 403 when the address it was sent to is
 * the caller's but not verified yet. Accepting makes the caller a member with the invitation's
 * role; answers the list's id.
 */
export async function answerInvitation(
  db: Database,
  caller: string,
  id: number,
  answer: 'accepted' | 'declined',
  token?: string,
): Promise<number> {
  const email = token === undefined ? await verifiedEmailOf(db, caller) : null;
  if (token === undefined && !email) {
    if (await unverified(db, caller)) {
      const [row] = await queryRows(
        db,
        sql`select 1 from list_invitations i join users u on lower(u.email) = i.email
            where i.id = ${id} and u.id = ${caller} and i.status = 'pending'`,
      );
      if (row) throw verifyFirst();
    }
    throw notFound(`Invitation ${id}`);
  }
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const [pending] = await tx
      .select({ email: listInvitations.email, tokenHash: listInvitations.tokenHash })
      .from(listInvitations)
      .where(and(eq(listInvitations.id, id), eq(listInvitations.status, 'pending')))
      .for('update');
    const matches =
      pending !== undefined &&
      (token === undefined
        ? pending.email === email
        : // The link's own hash, or, once an account signed up with it, that account's (signup.ts).
          sameHash(pending.tokenHash, linkSecretHash(token)) ||
          sameHash(pending.tokenHash, linkSecretHashFor(token, caller)));
    if (!matches) throw notFound(`Invitation ${id}`);
    const [row] = await tx
      .update(listInvitations)
      .set({ status: answer, answeredAt: sql`now()`, tokenHash: null })
      .where(eq(listInvitations.id, id))
      .returning();
    if (answer === 'accepted') {
      const [list] = await tx.select({ owner: lists.userId }).from(lists).where(eq(lists.id, row!.listId));
      // The owner's own address (their email changed since), or their own link: nothing to join.
      if (list && list.owner !== caller) {
        const [already] = await tx
          .select({ role: listMembers.role })
          .from(listMembers)
          .where(and(eq(listMembers.listId, row!.listId), eq(listMembers.userId, caller)));
        if (!already) await notifyMembership(tx, 'joined', caller, row!.listId);
        await tx
          .insert(listMembers)
          .values({ listId: row!.listId, userId: caller, role: row!.role })
          .onConflictDoUpdate({
            target: [listMembers.listId, listMembers.userId],
            set: { role: row!.role, updatedAt: sql`now()` },
          });
      }
    }
    return row!.listId;
  });
}

/** Whether a stored hash is the hash given, in constant time. */
function sameHash(stored: string | null, given: string): boolean {
  if (stored === null || stored.length !== given.length) return false;
  return timingSafeEqual(Buffer.from(stored), Buffer.from(given));
}

/**
 * The member `to` becomes the list's owner (an account deletion handing it over): their
 * membership ends and a pending invitation of theirs to the list is cancelled.
 */
export async function becomeOwner(tx: Database, listId: number, to: string): Promise<void> {
  await tx.delete(listMembers).where(and(eq(listMembers.listId, listId), eq(listMembers.userId, to)));
  await queryRows(
    tx,
    sql`update list_invitations set status = 'cancelled', answered_at = now()
        where list_id = ${listId} and status = 'pending' and email = (select email from users where id = ${to})`,
  );
}

/**
 * What deleting an account does to sharing (inside its transaction): its memberships end, tasks
 * assigned to it are unassigned, its comments go, invitations to its address are withdrawn, and its own lists go
 * (their members' access and invitations with them). See docs/sharing.md.
 */
export async function forgetSharing(tx: Database, userId: string, email: string | null): Promise<void> {
  await tx.delete(listMembers).where(eq(listMembers.userId, userId));
  await tx.delete(taskComments).where(eq(taskComments.authorId, userId));
  await queryRows(
    tx,
    sql`update tasks set assignee_id = null, version = version + 1, updated_at = now()
        where assignee_id = ${userId} and user_id <> ${userId}`,
  );
  if (email) {
    await tx
      .update(listInvitations)
      .set({ status: 'cancelled', answeredAt: sql`now()` })
      .where(and(eq(listInvitations.email, email.toLowerCase()), eq(listInvitations.status, 'pending')));
  }
  await tx.delete(lists).where(eq(lists.userId, userId));
}
