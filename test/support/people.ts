// People for the sharing suites: real accounts (Better Auth sign-up, so each has an email) reached
// with a JWT for their id, and the invitation round trip that makes one a member of a list.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../../server/platform/db/client.js';
import { TEST_APP_URL, type TestServer } from './server.js';

export interface Person {
  id: string;
  email: string;
  name: string;
  as: ReturnType<TestServer['as']>;
}

const stamp = Date.now();
let made = 0;

/** A new account on `server`. */
export async function person(server: TestServer, name: string): Promise<Person> {
  const email = `${name.toLowerCase()}.${stamp}.${++made}@example.com`;
  const up = await server.request('POST', '/api/auth/sign-up/email', {
    body: { name, email, password: 'correct horse battery staple' },
    headers: { origin: TEST_APP_URL },
  });
  expect(up.status, up.text).toBe(200);
  return { id: up.body.user.id, email, name, as: server.as(up.body.user.id) };
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
