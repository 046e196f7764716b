// Who may make an account, as administrators decide it at run time: the sign-up mode (which
// overrides SIGNUP while it is set; server_settings) and invitation links to sign up, one-time and
// expiring (server_invitations: only the SHA-256 of a link's secret is kept; the link is answered
// once, when it is made). Sign-up itself checks them (accounts/signup.ts). Every change is logged.
import { desc, eq, sql } from 'drizzle-orm';
import { newLinkSecret } from '../../platform/auth/link-secret.js';
import type { SignupMode } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { serverInvitations, serverSettings, users } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { configuredSignupMode } from '../accounts/signup.js';
import type { Actor } from './admin.service.js';
import { logAction } from './admin.service.js';

/** The invitations listed: the newest, used or not. */
const LISTED = 50;
/** Unused invitation links at once: beyond, 409 (revoke some first). */
export const MAX_OPEN_INVITATIONS = 200;

export interface ServerInvitation {
  id: number;
  note: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by_email: string | null;
  status: 'pending' | 'used' | 'expired';
}

export interface SignupSettings {
  mode: SignupMode;
  /** Whether an administrator set the mode (else SIGNUP decides). */
  set_by_administrator: boolean;
  /** SIGNUP's mode: what applies when the administrators' is cleared. */
  environment_mode: SignupMode;
  invitations: ServerInvitation[];
}

export async function signupSettings(db: Database, environment: SignupMode): Promise<SignupSettings> {
  const [setting] = await db.select({ signup: serverSettings.signup }).from(serverSettings).limit(1);
  const rows = await db
    .select({
      id: serverInvitations.id,
      note: serverInvitations.note,
      createdAt: serverInvitations.createdAt,
      expiresAt: serverInvitations.expiresAt,
      usedAt: serverInvitations.usedAt,
      usedByEmail: users.email,
      expired: sql<boolean>`${serverInvitations.expiresAt} <= now()`,
    })
    .from(serverInvitations)
    .leftJoin(users, eq(users.id, serverInvitations.usedBy))
    .orderBy(desc(serverInvitations.id))
    .limit(LISTED);
  return {
    mode: await configuredSignupMode(db, environment),
    set_by_administrator: (setting?.signup ?? null) !== null,
    environment_mode: environment,
    invitations: rows.map((r) => ({
      id: r.id,
      note: r.note,
      created_at: r.createdAt.toISOString(),
      expires_at: r.expiresAt.toISOString(),
      used_at: r.usedAt?.toISOString() ?? null,
      used_by_email: r.usedByEmail,
      status: r.usedAt ? 'used' : r.expired ? 'expired' : 'pending',
    })),
  };
}

/** Sets the sign-up mode (null: back to SIGNUP's). */
export async function setSignupMode(
  db: Database,
  actor: Actor,
  mode: SignupMode | null,
  environment: SignupMode,
): Promise<SignupSettings> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    await tx
      .insert(serverSettings)
      .values({ signup: mode, updatedBy: actor })
      .onConflictDoUpdate({
        target: serverSettings.one,
        set: { signup: mode, updatedBy: actor, updatedAt: sql`now()` },
      });
    await logAction(
      tx,
      actor,
      'signup-mode',
      { id: 'server', email: null },
      { mode: mode ?? `SIGNUP (${environment})` },
    );
  });
  return await signupSettings(db, environment);
}

/** A new invitation link to sign up: `APP_URL/?signup=ID#SECRET`, answered once. */
export async function createInvitation(
  db: Database,
  actor: Actor,
  appUrl: string,
  input: { note?: string | undefined; days: number },
): Promise<{ id: number; link: string; note: string | null; expires_at: string }> {
  const { token, hash } = newLinkSecret();
  const row = await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const [open] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(serverInvitations)
      .where(sql`${serverInvitations.usedAt} is null and ${serverInvitations.expiresAt} > now()`);
    if ((open?.n ?? 0) >= MAX_OPEN_INVITATIONS) {
      throw new AppError(
        'CONFLICT',
        `There are ${MAX_OPEN_INVITATIONS} unused invitation links already: revoke some before making more`,
      );
    }
    const [made] = await tx
      .insert(serverInvitations)
      .values({
        tokenHash: hash,
        note: input.note ?? null,
        createdBy: actor,
        expiresAt: sql`now() + make_interval(days => ${input.days})`,
      })
      .returning({
        id: serverInvitations.id,
        note: serverInvitations.note,
        expiresAt: serverInvitations.expiresAt,
      });
    await logAction(
      tx,
      actor,
      'invite',
      { id: `invitation:${made!.id}`, email: null },
      {
        note: input.note ?? null,
        days: input.days,
      },
    );
    return made!;
  });
  const link = new URL('/', appUrl);
  link.searchParams.set('signup', String(row.id));
  link.hash = token;
  return { id: row.id, link: link.href, note: row.note, expires_at: row.expiresAt.toISOString() };
}

/** Revokes an unused invitation link (it is deleted); 404 for one that is not there or was used. */
export async function revokeInvitation(db: Database, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const [gone] = await tx
      .delete(serverInvitations)
      .where(sql`${serverInvitations.id} = ${id} and ${serverInvitations.usedAt} is null`)
      .returning({ id: serverInvitations.id });
    if (!gone) throw notFound(`Unused invitation ${id}`);
    await logAction(tx, actor, 'revoke-invitation', { id: `invitation:${id}`, email: null });
  });
}
