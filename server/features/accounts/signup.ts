// Who may create an account (SIGNUP, docs/configuration.md, or the mode an administrator set on the
// Admin screen, which wins while it is set): the one check sign-up makes before Better Auth looks
// anything up or creates anything (auth.ts, its `before` hook). The answer depends on the mode
// and, when sign-up is by invitation, on the address's pending list invitations or the secret of
// an invitation link (a list's, or an administrator's), never on whether the address already has
// an account. A server with no account yet takes its
// first in every mode: that account is its administrator (migration 0031), and without it a
// server started `closed` or `invite` could never be used.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { asLinkSecret, linkSecretHash, linkSecretHashFor } from '../../platform/auth/link-secret.js';
import type { SignupMode } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { listInvitations, serverInvitations, serverSettings, users } from '../../platform/db/schema.js';

/** A refused sign-up: Better Auth's `code` and the problem's detail. */
export interface SignupRefusal {
  code: 'SIGNUP_CLOSED' | 'SIGNUP_NEEDS_INVITATION';
  message: string;
}

export const SIGNUP_CLOSED: SignupRefusal = {
  code: 'SIGNUP_CLOSED',
  message: 'Sign-up is closed on this server: ask its administrator for an account',
};

export const SIGNUP_NEEDS_INVITATION: SignupRefusal = {
  code: 'SIGNUP_NEEDS_INVITATION',
  message:
    'Sign-up on this server needs an invitation: sign up with the address a list was shared with, or through an invitation link from its administrator',
};

/** Whether a pending invitation's one-time link carries this secret (sharing.service keeps its hash). */
async function holdsInvitationLink(db: Database, token: unknown): Promise<boolean> {
  const secret = asLinkSecret(token);
  if (!secret) return false;
  const hash = linkSecretHash(secret);
  const [row] = await db
    .select({ id: listInvitations.id })
    .from(listInvitations)
    .where(and(eq(listInvitations.tokenHash, hash), eq(listInvitations.status, 'pending')))
    .limit(1);
  return row !== undefined;
}

/** Whether an administrator's invitation link carries this secret, unused and unexpired. */
async function holdsServerInvitation(db: Database, token: unknown): Promise<boolean> {
  const secret = asLinkSecret(token);
  if (!secret) return false;
  const [row] = await db
    .select({ id: serverInvitations.id })
    .from(serverInvitations)
    .where(
      and(
        eq(serverInvitations.tokenHash, linkSecretHash(secret)),
        isNull(serverInvitations.usedAt),
        gt(serverInvitations.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Marks the administrator's invitation link whose secret is `token` used by `userId`, if it is
 * unused and unexpired: one conditional UPDATE, so of sign-ups that bring the same link at once
 * exactly one spends it. Whether this one did.
 */
async function spendServerInvitation(db: Database, token: unknown, userId: string): Promise<boolean> {
  const secret = asLinkSecret(token);
  if (!secret) return false;
  const spent = await db
    .update(serverInvitations)
    .set({ usedAt: sql`now()`, usedBy: userId })
    .where(
      and(
        eq(serverInvitations.tokenHash, linkSecretHash(secret)),
        isNull(serverInvitations.usedAt),
        gt(serverInvitations.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: serverInvitations.id });
  return spent.length > 0;
}

/**
 * Takes a pending list invitation's link for the account `userId` made with it: the link's hash
 * becomes one that only this account's secret-and-id matches (sharing.service accepts either), so
 * the link lets no second account sign up. One conditional UPDATE: of sign-ups that bring the
 * same link at once, exactly one takes it. Whether this one did.
 */
async function takeInvitationLink(db: Database, token: unknown, userId: string): Promise<boolean> {
  const secret = asLinkSecret(token);
  if (!secret) return false;
  const taken = await db
    .update(listInvitations)
    .set({ tokenHash: linkSecretHashFor(secret, userId) })
    .where(and(eq(listInvitations.tokenHash, linkSecretHash(secret)), eq(listInvitations.status, 'pending')))
    .returning({ id: listInvitations.id });
  return taken.length > 0;
}

/** Whether the account is the server's first, its administrator (the database decides, migration 0031). */
async function isFirstAccount(db: Database, userId: string): Promise<boolean> {
  const [row] = await db.select({ isAdmin: users.isAdmin }).from(users).where(eq(users.id, userId));
  return row?.isAdmin === true;
}

/**
 * After a sign-up made its account: takes, atomically, what let it in, or says why it may not stay
 * (the caller then deletes it). The check before the account was made (`signupRefusal`) is read
 * by every sign-up of a burst alike; this one is not: an administrator's invitation link is spent
 * by one account, a list invitation's link taken by one, and "the server has no account yet" is
 * true of one account only, the one the database made its administrator.
 */
export async function admitNewAccount(
  db: Database,
  mode: SignupMode,
  account: { id: string; email: string },
  invitationToken?: unknown,
): Promise<SignupRefusal | undefined> {
  const configured = await configuredSignupMode(db, mode);
  if (configured !== 'closed' && (await spendServerInvitation(db, invitationToken, account.id)))
    return undefined;
  if (configured === 'open' || (await isFirstAccount(db, account.id))) return undefined;
  if (configured === 'closed') return SIGNUP_CLOSED;
  if (await hasPendingInvitation(db, account.email)) return undefined;
  if (await takeInvitationLink(db, invitationToken, account.id)) return undefined;
  return SIGNUP_NEEDS_INVITATION;
}

/** The mode an administrator set (server_settings), else SIGNUP's. */
export async function configuredSignupMode(db: Database, mode: SignupMode): Promise<SignupMode> {
  const [row] = await db.select({ signup: serverSettings.signup }).from(serverSettings).limit(1);
  return row?.signup ?? mode;
}

/** Whether a list invitation to this address (lower-cased, as invitations are kept) is pending. */
export async function hasPendingInvitation(db: Database, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: listInvitations.id })
    .from(listInvitations)
    .where(and(eq(listInvitations.email, email.trim().toLowerCase()), eq(listInvitations.status, 'pending')))
    .limit(1);
  return row !== undefined;
}

/** Whether the server has any account yet. */
async function hasAccounts(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return row !== undefined;
}

/**
 * The mode in effect: `open` while the server has no account yet, else the configured one (an
 * administrator's, else SIGNUP's).
 */
export async function effectiveSignupMode(db: Database, mode: SignupMode): Promise<SignupMode> {
  const configured = await configuredSignupMode(db, mode);
  return configured === 'open' || !(await hasAccounts(db)) ? 'open' : configured;
}

/**
 * Why `email` may not create an account under `mode`, or undefined when it may. By invitation: the
 * address has a pending list invitation, or the sign-up carries the secret of a pending
 * invitation's one-time link (`invitation_token`, from the link the person opened).
 */
export async function signupRefusal(
  db: Database,
  mode: SignupMode,
  email: unknown,
  invitationToken?: unknown,
): Promise<SignupRefusal | undefined> {
  const effective = await effectiveSignupMode(db, mode);
  if (effective === 'open') return undefined;
  if (effective === 'closed') return SIGNUP_CLOSED;
  if (typeof email === 'string' && (await hasPendingInvitation(db, email))) return undefined;
  if (await holdsInvitationLink(db, invitationToken)) return undefined;
  if (await holdsServerInvitation(db, invitationToken)) return undefined;
  return SIGNUP_NEEDS_INVITATION;
}
