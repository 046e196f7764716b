// People for the suites: real accounts (Better Auth's sign-up, so each has an email and a password)
// reached with a JWT for their id, and the invitation round trip that makes one a member of a list.
// Accounts are made through Better Auth in the server's process, not over HTTP: the suites that
// are about sign-up itself (accounts, signup-mode, hardening) send its requests.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../../server/platform/db/client.js';
import type { TestServer } from './server.js';

export interface Person {
  id: string;
  email: string;
  name: string;
  as: ReturnType<TestServer['as']>;
}

const stamp = Date.now();
let made = 0;

/**
 * A new account on `server` with `password`, made as a sign-up request makes it (Better Auth's
 * sign-up and its hooks, in the server's process); its email is new and lower-case.
 */
export async function signUp(
  server: TestServer,
  name: string,
  password = 'correct horse battery staple',
): Promise<{ id: string; email: string }> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${stamp}.${++made}@example.com`;
  const up = await server.services.auth.api.signUpEmail({ body: { name, email, password } });
  return { id: up.user.id, email };
}

/** A new session of the account, signed in with its password: its cookie header. */
export async function sessionCookie(server: TestServer, email: string, password: string): Promise<string> {
  const res = await server.services.auth.api.signInEmail({ body: { email, password }, asResponse: true });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .join('; ');
}

/** A new account on `server`. */
export async function person(server: TestServer, name: string): Promise<Person> {
  const { id, email } = await signUp(server, name);
  return { id, email, name, as: server.as(id) };
}

/** The body of a response that has `status` (200 unless given); fails the test otherwise. */
export async function ok(res: Promise<{ status: number; text: string; body: any }>, status = 200) {
  const r = await res;
  expect(r.status, r.text).toBe(status);
  return r.body;
}

/** The one-time secret of an invitation's link (after "#"). */
export const linkSecret = (invitation: { link: string }) => new URL(invitation.link).hash.slice(1);

/**
 * Marks the person's email address verified, as following the link Better Auth mails does (the
 * mail suites follow the link itself): invitations by email go only to verified addresses.
 */
export async function verified(server: TestServer, who: Person): Promise<Person> {
  await queryRows(server.database.db, sql`update users set email_verified = true where id = ${who.id}`);
  return who;
}

/**
 * Invites `who` to the owner's list and has them accept through the invitation's one-time link
 * (their address is not verified); answers the invitation.
 */
export async function join(owner: Person, listId: number, who: Person, role: 'editor' | 'viewer') {
  const invitation = await ok(
    owner.as('POST', `/api/me/lists/${listId}/members`, { body: { email: who.email.toUpperCase(), role } }),
    202,
  );
  await ok(
    who.as('POST', `/api/me/invitations/${invitation.id}/accept`, {
      body: { token: linkSecret(invitation) },
    }),
  );
  return invitation;
}
