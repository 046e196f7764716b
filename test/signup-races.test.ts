// Sign-ups that arrive together, over HTTP: what lets an account in is taken by one account only.
// An administrator's invitation link makes one account however many sign-ups bring it at once; so
// does a list invitation's link; the first-account rule of a closed or invitation-only server
// admits exactly one of the first sign-ups. The losers get the 403 problem a late sign-up gets,
// and keep no account.
import { afterAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

const ORIGIN = { origin: TEST_APP_URL };
const PASSWORD = 'correct horse battery';
const BURST = 10;
let counter = 0;
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${counter++}@example.com`;

const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

async function freshServer(mode: string): Promise<TestServer> {
  const server = await startTestServer({ env: { SIGNUP: mode } });
  servers.push(server);
  return server;
}

const signUp = (server: TestServer, email: string, invitation_token?: string) =>
  server.request('POST', '/api/auth/sign-up/email', {
    body: { email, password: PASSWORD, name: 'someone', ...(invitation_token ? { invitation_token } : {}) },
    headers: ORIGIN,
  });

async function signIn(server: TestServer, email: string): Promise<string> {
  const inn = await server.request('POST', '/api/auth/sign-in/email', {
    body: { email, password: PASSWORD },
    headers: ORIGIN,
  });
  expect(inn.status, inn.text).toBe(200);
  return inn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

const accounts = async (server: TestServer) =>
  (
    await rawQuery<{ email: string; is_admin: boolean }>(
      server.database.db,
      'select email, is_admin from users order by created_at, id',
      [],
    )
  ).map((u) => ({ email: u.email, is_admin: u.is_admin }));

/** Sends every sign-up at once; the emails of those answered 200, after checking the others' 403s. */
async function burst(server: TestServer, emails: string[], token: string | undefined, code: string) {
  const answers = await Promise.all(emails.map((email) => signUp(server, email, token)));
  const admitted = emails.filter((_, i) => answers[i]!.status === 200);
  for (const answer of answers.filter((a) => a.status !== 200)) {
    expect(answer.status, answer.text).toBe(403);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 403, error_code: 'AUTH_FORBIDDEN', code });
  }
  return admitted;
}

describe('sign-ups that arrive together', () => {
  it("an administrator's invitation link makes one account of ten sign-ups sent at once", async () => {
    const server = await freshServer('invite');
    const adminEmail = uniqueEmail('root');
    expect((await signUp(server, adminEmail)).status).toBe(200);
    const cookie = await signIn(server, adminEmail);
    const made = await server.request('POST', '/api/admin/invitations', {
      body: { note: 'one person' },
      headers: { ...ORIGIN, cookie },
    });
    expect(made.status, made.text).toBe(201);
    const secret = new URL(made.body.link).hash.slice(1);

    const emails = Array.from({ length: BURST }, (_, i) => uniqueEmail(`link${i}`));
    const admitted = await burst(server, emails, secret, 'SIGNUP_NEEDS_INVITATION');
    expect(admitted).toHaveLength(1);
    expect(await accounts(server)).toEqual([
      { email: adminEmail, is_admin: true },
      { email: admitted[0], is_admin: false },
    ]);
    const listed = await server.request('GET', '/api/admin/signup', { headers: { ...ORIGIN, cookie } });
    expect(listed.body.invitations[0]).toMatchObject({
      id: made.body.id,
      status: 'used',
      used_by_email: admitted[0],
    });
    // The one admitted signs in; a loser's address is free to sign up again (with another link).
    await signIn(server, admitted[0]!);
    expect((await signUp(server, uniqueEmail('late'), secret)).status).toBe(403);
  });

  it("a list invitation's link makes one account of ten sign-ups sent at once, which then joins by it", async () => {
    const server = await freshServer('invite');
    const ownerEmail = uniqueEmail('owner');
    expect((await signUp(server, ownerEmail)).status).toBe(200);
    const cookie = await signIn(server, ownerEmail);
    const headers = { ...ORIGIN, cookie };
    const list = await server.request('POST', '/api/me/lists', { body: { name: 'Shared' }, headers });
    const invited = await server.request('POST', `/api/me/lists/${list.body.id}/members`, {
      body: { email: uniqueEmail('invitee'), role: 'editor' },
      headers,
    });
    expect(invited.status, invited.text).toBe(202);
    const secret = new URL(invited.body.link).hash.slice(1);

    const emails = Array.from({ length: BURST }, (_, i) => uniqueEmail(`holder${i}`));
    const admitted = await burst(server, emails, secret, 'SIGNUP_NEEDS_INVITATION');
    expect(admitted).toHaveLength(1);
    expect((await accounts(server)).map((a) => a.email)).toEqual([ownerEmail, admitted[0]]);
    expect((await signUp(server, uniqueEmail('late'), secret)).status).toBe(403);

    // The account it made joins the list by the same link; no other account can use it now.
    const winner = await signIn(server, admitted[0]!);
    const joined = await server.request('POST', `/api/me/invitations/${invited.body.id}/accept`, {
      body: { token: secret },
      headers: { ...ORIGIN, cookie: winner },
    });
    expect(joined.status, joined.text).toBe(200);
    expect(joined.body.id).toBe(list.body.id);
  });

  for (const [mode, code] of [
    ['closed', 'SIGNUP_CLOSED'],
    ['invite', 'SIGNUP_NEEDS_INVITATION'],
  ] as const) {
    it(`SIGNUP=${mode}: of twelve first sign-ups at once on an empty server, one account is made, the administrator`, async () => {
      const server = await freshServer(mode);
      const emails = Array.from({ length: 12 }, (_, i) => uniqueEmail(`first${i}`));
      const admitted = await burst(server, emails, undefined, code);
      expect(admitted).toHaveLength(1);
      expect(await accounts(server)).toEqual([{ email: admitted[0], is_admin: true }]);
      await signIn(server, admitted[0]!);
    });
  }
});
