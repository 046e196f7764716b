// Account operations over Better Auth's tables, scoped by the owner. Deleting an account removes
// everything the user owns in one transaction.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { isLastAdministrator } from '../../platform/access/policy.js';
import { cutAccess } from '../../platform/auth/cuts.js';
import type { Database } from '../../platform/db/client.js';
import {
  accounts,
  apiKeys,
  caldavCollections,
  caldavDepartures,
  caldavObjects,
  calendarFeeds,
  conversations,
  emailOutbox,
  idempotencyKeys,
  listTaskCounts,
  messages,
  notifications,
  passkeys,
  pushSubscriptions,
  rateLimits,
  savedFilters,
  sessions,
  tagTaskCounts,
  taskCounts,
  taskDerived,
  taskEvents,
  tasks,
  taskWords,
  twoFactors,
  userModelSettings,
  userSettings,
  users,
} from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { forgetSharing } from '../sharing/sharing.service.js';
import { deleteUserWebhooks, pauseAllWebhooks } from '../webhooks/webhooks.service.js';

/** Better Auth's password hashing (scrypt), so stored hashes stay readable by its sign-in. */
export interface Passwords {
  hash(password: string): Promise<string>;
  verify(input: { hash: string; password: string }): Promise<boolean>;
}

export interface Profile {
  id: string;
  email: string | null;
  name: string | null;
  createdAt: Date | null;
  /** The server's administrator (false for users known only from an external token). */
  isAdmin: boolean;
  /** The address was proved the user's by a link sent to it. */
  emailVerified: boolean;
}

export async function getProfile(db: Database, userId: string): Promise<Profile> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  return {
    id: userId,
    email: user?.email ?? null,
    name: user?.name ?? null,
    createdAt: user?.createdAt ?? null,
    isAdmin: user?.isAdmin ?? false,
    emailVerified: user?.emailVerified ?? false,
  };
}

/** Whether an administrator has disabled the account (server/features/admin/). */
export async function accountDisabled(db: Database, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), isNotNull(users.disabledAt)));
  return row !== undefined;
}

async function passwordHash(db: Database, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ password: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
  return row?.password ?? undefined;
}

async function checkPassword(
  db: Database,
  passwords: Passwords,
  userId: string,
  password: string,
  field: string,
) {
  const hash = await passwordHash(db, userId);
  if (!hash) throw new AppError('AUTH_FORBIDDEN', 'This account has no password');
  if (!(await passwords.verify({ hash, password }))) {
    throw new AppError('AUTH_FORBIDDEN', `The ${field} is not correct`);
  }
}

/**
 * Changes the password and signs out every other session (the current one, if any, stays): their
 * open channels end with them. API keys, app passwords, calendar feeds, webhooks and push stay: a
 * change is the owner's own doing (a reset is not: afterPasswordReset).
 */
export async function changePassword(
  db: Database,
  passwords: Passwords,
  userId: string,
  input: { current_password: string; new_password: string },
  currentSessionId: string | undefined,
): Promise<void> {
  await checkPassword(db, passwords, userId, input.current_password, 'current password');
  const hash = await passwords.hash(input.new_password);
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ password: hash, updatedAt: sql`now()` })
      .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
    await tx
      .delete(sessions)
      .where(
        and(eq(sessions.userId, userId), currentSessionId ? ne(sessions.id, currentSessionId) : undefined),
      );
  });
  await cutAccess(db, { userId, sessionsBut: currentSessionId ?? null });
}

/**
 * The operator's reset (`npm run user:reset-password`, for someone locked out): sets the password
 * of the account with this email (creating its password sign-in if it had none), signs out every
 * session and turns two-factor sign-in off (a lost phone is why they ask). Null when no account has
 * the email.
 */
export async function resetPasswordByEmail(
  db: Database,
  passwords: Pick<Passwords, 'hash'>,
  email: string,
  password: string,
): Promise<(TakenBack & { twoFactorTurnedOff: boolean }) | null> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) return null;
  const hash = await passwords.hash(password);
  const twoFactorTurnedOff = await db.transaction(async (tx) => {
    const changed = await tx
      .update(accounts)
      .set({ password: hash, updatedAt: sql`now()` })
      .where(and(eq(accounts.userId, user.id), eq(accounts.providerId, 'credential')))
      .returning({ id: accounts.id });
    if (changed.length === 0) {
      await tx.insert(accounts).values({
        id: randomUUID(),
        accountId: user.id,
        providerId: 'credential',
        userId: user.id,
        password: hash,
        updatedAt: sql`now()`,
      });
    }
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    const off = await tx
      .delete(twoFactors)
      .where(eq(twoFactors.userId, user.id))
      .returning({ id: twoFactors.id });
    await tx.update(users).set({ twoFactorEnabled: false }).where(eq(users.id, user.id));
    return off.length > 0;
  });
  return { ...(await afterPasswordReset(db, user.id)), twoFactorTurnedOff };
}

export function listSessions(db: Database, userId: string) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      ipAddress: sessions.ipAddress,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.createdAt));
}

export async function revokeSession(db: Database, userId: string, sessionId: string): Promise<void> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)))
    .returning({ id: sessions.id });
  if (deleted.length === 0) throw notFound('Session');
  await cutAccess(db, { userId, session: sessionId });
}

/**
 * Deletes the account and everything it owns (tasks, API keys, sessions, sign-in accounts,
 * counters) in one transaction. An account with a password needs it. Not the server's last
 * administrator (409): the server would be left with no one to administer it.
 */
export async function deleteAccount(
  db: Database,
  passwords: Passwords,
  userId: string,
  password: string | undefined,
): Promise<void> {
  const hash = await passwordHash(db, userId);
  if (hash) {
    if (password === undefined) {
      throw new AppError('VALIDATION_ERROR', 'password: is required to delete an account that has one', {
        errors: [
          { path: 'password', location: 'body', message: 'is required to delete an account that has one' },
        ],
      });
    }
    await checkPassword(db, passwords, userId, password, 'password');
  }
  const profile = await getProfile(db, userId);
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    if (await isLastAdministrator(tx, userId)) {
      throw new AppError(
        'CONFLICT',
        "This is the server's last administrator: make another account an administrator first (Admin screen, or npm run admin -- make-admin EMAIL), then delete this one",
      );
    }
    await deleteAccountRows(tx, userId, profile.email);
  });
  await cutAccess(db, { userId, all: true });
}

/**
 * Deletes the account's rows and everything it owns, inside the caller's transaction `tx`: its
 * tasks, lists (their members and invitations with them), memberships, comments, assignments on
 * others' tasks, events, counts, keys, sessions, settings and sign-in accounts.
 */
export async function deleteAccountRows(tx: Database, userId: string, email: string | null): Promise<void> {
  // Before the tasks: their deletion must not be delivered anywhere.
  await deleteUserWebhooks(tx, userId);
  await tx.delete(tasks).where(eq(tasks.userId, userId));
  // Its memberships, assignments, comments and own lists (their members and invitations with them).
  await forgetSharing(tx, userId, email);
  // After the tasks: their deletion writes events and CalDAV departures, which go too.
  await tx.delete(taskEvents).where(eq(taskEvents.userId, userId));
  await tx.delete(caldavDepartures).where(eq(caldavDepartures.userId, userId));
  await tx.delete(taskCounts).where(eq(taskCounts.userId, userId));
  await tx.delete(listTaskCounts).where(eq(listTaskCounts.userId, userId));
  await tx.delete(tagTaskCounts).where(eq(tagTaskCounts.userId, userId));
  await tx.delete(taskWords).where(eq(taskWords.userId, userId));
  await tx.delete(taskDerived).where(eq(taskDerived.userId, userId));
  await tx.delete(apiKeys).where(eq(apiKeys.userId, userId));
  await tx.delete(caldavObjects).where(eq(caldavObjects.userId, userId));
  await tx.delete(caldavCollections).where(eq(caldavCollections.userId, userId));
  await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  await tx.delete(savedFilters).where(eq(savedFilters.userId, userId));
  // Its inbox goes (what it did stays in others', by a 'Deleted account').
  await tx.delete(notifications).where(eq(notifications.userId, userId));
  await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
  await tx.delete(emailOutbox).where(eq(emailOutbox.userId, userId));
  await tx.delete(idempotencyKeys).where(eq(idempotencyKeys.userId, userId));
  await tx.delete(userSettings).where(eq(userSettings.userId, userId));
  await tx.delete(messages).where(eq(messages.userId, userId));
  await tx.delete(conversations).where(eq(conversations.userId, userId));
  await tx.delete(userModelSettings).where(eq(userModelSettings.userId, userId));
  await tx.delete(sessions).where(eq(sessions.userId, userId));
  await tx.delete(accounts).where(eq(accounts.userId, userId));
  const counters = [`api:${userId}`, `auth:password:${userId}`, ...(email ? [`auth:account:${email}`] : [])];
  await tx.delete(rateLimits).where(inArray(rateLimits.key, counters));
  await tx.delete(users).where(eq(users.id, userId));
}

/**
 * What a password reset by email takes back besides the sessions (Better Auth ends those): every
 * API key and app password is revoked, every webhook paused until its owner enables it again,
 * every browser's push subscription forgotten (the owner turns push on again in settings), every
 * calendar feed deleted (its secret URL may have been copied), every passkey deleted, and the
 * assistant's own model forgotten (its endpoint would go on receiving the owner's chats); then
 * every channel still open ends (cutAccess). Two-factor sign-in stays on (a reset by email must not
 * get around it). Whoever held the account before its owner recovered it keeps no way in. Answers
 * what was taken back.
 */
export interface TakenBack {
  apiKeys: number;
  calendarFeeds: number;
  webhooks: number;
  pushSubscriptions: number;
  passkeys: number;
  /** Whether the person's own assistant model (endpoint and key) was forgotten. */
  assistantModel: boolean;
}

export async function afterPasswordReset(db: Database, userId: string): Promise<TakenBack> {
  const taken = await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    return {
      apiKeys: (await tx.delete(apiKeys).where(eq(apiKeys.userId, userId)).returning({ id: apiKeys.id }))
        .length,
      calendarFeeds: (
        await tx
          .delete(calendarFeeds)
          .where(eq(calendarFeeds.userId, userId))
          .returning({ id: calendarFeeds.id })
      ).length,
      webhooks: await pauseAllWebhooks(tx, userId, 'paused by a password reset: enable it if it is yours'),
      pushSubscriptions: (
        await tx
          .delete(pushSubscriptions)
          .where(eq(pushSubscriptions.userId, userId))
          .returning({ id: pushSubscriptions.id })
      ).length,
      passkeys: (await tx.delete(passkeys).where(eq(passkeys.userId, userId)).returning({ id: passkeys.id }))
        .length,
      assistantModel:
        (
          await tx
            .delete(userModelSettings)
            .where(eq(userModelSettings.userId, userId))
            .returning({ userId: userModelSettings.userId })
        ).length > 0,
    };
  });
  await cutAccess(db, { userId, all: true });
  return taken;
}
