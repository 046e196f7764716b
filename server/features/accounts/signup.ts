// Who may create an account (SIGNUP, docs/configuration.md): the one check sign-up makes before
// Better Auth looks anything up or creates anything (auth.ts, its `before` hook). The answer
// depends on the mode and, when sign-up is by invitation, on the address's pending invitations,
// never on whether the address already has an account. A server with no account yet takes its
// first in every mode: that account is its administrator (migration 0031), and without it a
// server started `closed` or `invite` could never be used.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { SignupMode } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { listInvitations, users } from '../../platform/db/schema.js';

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
    'Sign-up on this server needs an invitation: sign up with the address a list was shared with, or ask its administrator',
};

/** Whether a pending invitation's one-time link carries this secret (sharing.service keeps its hash). */
async function holdsInvitationLink(db: Database, token: unknown): Promise<boolean> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const hash = createHash('sha256').update(token).digest('hex');
  const [row] = await db
    .select({ id: listInvitations.id })
    .from(listInvitations)
    .where(and(eq(listInvitations.tokenHash, hash), eq(listInvitations.status, 'pending')))
    .limit(1);
  return row !== undefined;
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

/** The mode in effect: `open` while the server has no account yet, else the configured one. */
export async function effectiveSignupMode(db: Database, mode: SignupMode): Promise<SignupMode> {
  return mode === 'open' || !(await hasAccounts(db)) ? 'open' : mode;
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
  return SIGNUP_NEEDS_INVITATION;
}
