// Sign-up under the operator's control (SIGNUP=open|invite|closed): closed refuses with a
// 403 problem and creates nothing, invite takes only an address with a pending list invitation, and
// GET /api/auth/options tells the sign-in page which. The first account on a fresh server is its
// administrator, exactly one even when the first sign-ups arrive together; a server with no account
// yet takes that first one in every mode.
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { createTestDatabase } from './support/database.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

const ORIGIN = { origin: TEST_APP_URL };
const PASSWORD = 'correct horse battery';
let counter = 0;
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${counter++}@example.com`;

const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

/** A server on its own fresh database, with SIGNUP set when `mode` is given. */
async function freshServer(mode?: string): Promise<TestServer> {
  const server = await startTestServer(mode ? { env: { SIGNUP: mode } } : {});
  servers.push(server);
  return server;
}

const signUp = (server: TestServer, email: string) =>
  server.request('POST', '/api/auth/sign-up/email', {
    body: { email, password: PASSWORD, name: 'someone' },
    headers: ORIGIN,
  });

/** Signs in; the session cookie. */
async function signIn(server: TestServer, email: string): Promise<string> {
  const inn = await server.request('POST', '/api/auth/sign-in/email', {
    body: { email, password: PASSWORD },
    headers: ORIGIN,
  });
  expect(inn.status).toBe(200);
  return inn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

/** Signs up and in; GET /api/me with the session. */
async function account(server: TestServer, email: string) {
  expect((await signUp(server, email)).status).toBe(200);
  const cookie = await signIn(server, email);
  const me = await server.request('GET', '/api/me', { headers: { ...ORIGIN, cookie } });
  expect(me.status).toBe(200);
  return { cookie, me: me.body as { id: string; email: string; is_admin: boolean } };
}

const usersWith = async (server: TestServer, email: string) =>
  (
    await rawQuery<{ n: number }>(
      server.database.db,
      'select count(*)::int as n from users where email = $1',
      [email.toLowerCase()],
    )
  )[0]!.n;

const admins = async (server: TestServer) =>
  (
    await rawQuery<{ n: number }>(
      server.database.db,
      'select count(*)::int as n from users where is_admin',
      [],
    )
  )[0]!.n;

const optionsOf = async (server: TestServer) => {
  const res = await server.request('GET', '/api/auth/options');
  expect(res.status).toBe(200);
  return res.body;
};

/** The account behind `cookie` invites `email` to a new list of its own. */
async function invite(server: TestServer, cookie: string, email: string) {
  const headers = { ...ORIGIN, cookie };
  const list = await server.request('POST', '/api/me/lists', { body: { name: `for ${email}` }, headers });
  expect(list.status).toBe(201);
  const invited = await server.request('POST', `/api/me/lists/${list.body.id}/members`, {
    body: { email, role: 'editor' },
    headers,
  });
  expect(invited.status).toBe(202);
  return {
    listId: list.body.id as number,
    invitationId: invited.body.id as number,
    linkSecret: new URL(invited.body.link).hash.slice(1),
  };
}

/** A refused sign-up: a 403 problem saying why, Better Auth's `code` beside it, and no account. */
async function expectRefused(server: TestServer, email: string, code: string, detail: RegExp) {
  const up = await signUp(server, email);
  expect(up.status).toBe(403);
  expect(up.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(up.body).toMatchObject({
    status: 403,
    error_code: 'AUTH_FORBIDDEN',
    code,
    detail: expect.stringMatching(detail),
  });
  expect(await usersWith(server, email)).toBe(0);
}

describe('SIGNUP=open (the default)', () => {
  let server: TestServer;

  it('makes exactly one administrator of first sign-ups that arrive together', async () => {
    server = await freshServer();
    expect(await optionsOf(server)).toEqual({ signup: 'open', email: false, sso: null });
    const emails = Array.from({ length: 6 }, (_, i) => uniqueEmail(`race${i}`));
    const answers = await Promise.all(emails.map((email) => signUp(server, email)));
    expect(answers.map((a) => a.status)).toEqual(emails.map(() => 200));
    expect(await admins(server)).toBe(1);
  });

  it('lets anyone sign up after them; later accounts are not administrators', async () => {
    const later = await account(server, uniqueEmail('later'));
    expect(later.me.is_admin).toBe(false);
    expect(await admins(server)).toBe(1);
    expect(await optionsOf(server)).toEqual({ signup: 'open', email: false, sso: null });
  });

  it('answers sign-up the same for a taken address: the flag is not in the answer', async () => {
    const email = uniqueEmail('twice');
    const fresh = await signUp(server, email);
    const taken = await signUp(server, email);
    expect(fresh.status).toBe(200);
    expect(taken.status).toBe(200);
    expect(Object.keys(fresh.body.user).sort()).toEqual(Object.keys(taken.body.user).sort());
    expect(fresh.body.user).not.toHaveProperty('isAdmin');
  });

  it('GET /api/auth/options is public and in the OpenAPI document, as is the flag of GET /api/me', async () => {
    const doc = (await server.request('GET', '/openapi.json')).body;
    expect(doc.paths['/api/auth/options'].get).toMatchObject({ operationId: 'getAuthOptions', security: [] });
    expect(doc.components.schemas.Profile.required).toContain('is_admin');
  });
});

describe('SIGNUP=closed', () => {
  let server: TestServer;
  let adminCookie: string;

  it('still takes the first account of a fresh server, its administrator', async () => {
    server = await freshServer('closed');
    expect(await optionsOf(server)).toEqual({ signup: 'open', email: false, sso: null });
    const first = await account(server, uniqueEmail('operator'));
    expect(first.me.is_admin).toBe(true);
    adminCookie = first.cookie;
    expect(await optionsOf(server)).toEqual({ signup: 'closed', email: false, sso: null });
  });

  it('then refuses every sign-up with a 403 problem that says so, and creates nothing', async () => {
    await expectRefused(
      server,
      uniqueEmail('stranger'),
      'SIGNUP_CLOSED',
      /^Sign-up is closed on this server: ask its administrator/,
    );
  });

  it('refuses an invited address too', async () => {
    const email = uniqueEmail('invited');
    await invite(server, adminCookie, email);
    await expectRefused(server, email, 'SIGNUP_CLOSED', /closed/);
  });

  it('refuses an address that already has an account the same way (it says nothing of accounts)', async () => {
    const email = uniqueEmail('existing');
    await rawQuery(server.database.db, "insert into users (id, name, email) values ($1, 'x', $2)", [
      `existing-${counter}`,
      email,
    ]);
    const up = await signUp(server, email);
    expect(up.status).toBe(403);
    expect(up.body.code).toBe('SIGNUP_CLOSED');
  });
});

describe('SIGNUP=invite', () => {
  let server: TestServer;
  let adminCookie: string;

  it('takes the first account of a fresh server, then says sign-up is by invitation', async () => {
    server = await freshServer('invite');
    const first = await account(server, uniqueEmail('owner'));
    expect(first.me.is_admin).toBe(true);
    adminCookie = first.cookie;
    expect(await optionsOf(server)).toEqual({ signup: 'invite', email: false, sso: null });
  });

  it('refuses an address without a pending invitation, with a 403 problem that says what is needed', async () => {
    await expectRefused(
      server,
      uniqueEmail('uninvited'),
      'SIGNUP_NEEDS_INVITATION',
      /^Sign-up on this server needs an invitation/,
    );
  });

  it('accepts an invited address, however it is spelled; the account is not an administrator', async () => {
    const email = uniqueEmail('guest');
    await invite(server, adminCookie, email);
    const spelled = `  ${email.toUpperCase()} `;
    expect((await signUp(server, spelled)).status).toBe(200);
    expect(await usersWith(server, email)).toBe(1);
    const cookie = await signIn(server, email);
    const me = await server.request('GET', '/api/me', { headers: { ...ORIGIN, cookie } });
    expect(me.body).toMatchObject({ email, is_admin: false });
    const received = await server.request('GET', '/api/me/invitations', { headers: { ...ORIGIN, cookie } });
    expect(received.status).toBe(200);
    // Signing up with an invited address gives an account, not the list: the invitation waits for
    // the address to be verified, or for its link (sharing-invitations.test.ts).
    expect(received.body.invitations).toEqual([]);
  });

  it("takes an account of any address that carries an invitation link's secret, which then joins by it", async () => {
    const { listId, invitationId, linkSecret } = await invite(server, adminCookie, uniqueEmail('linked'));
    const other = uniqueEmail('holder-of-the-link');
    const wrong = await server.request('POST', '/api/auth/sign-up/email', {
      body: { email: other, password: PASSWORD, name: 'someone', invitation_token: 'x'.repeat(43) },
      headers: ORIGIN,
    });
    expect(wrong.status).toBe(403);
    expect(await usersWith(server, other)).toBe(0);
    const up = await server.request('POST', '/api/auth/sign-up/email', {
      body: { email: other, password: PASSWORD, name: 'someone', invitation_token: linkSecret },
      headers: ORIGIN,
    });
    expect(up.status, up.text).toBe(200);
    const cookie = await signIn(server, other);
    const joined = await server.request('POST', `/api/me/invitations/${invitationId}/accept`, {
      body: { token: linkSecret },
      headers: { ...ORIGIN, cookie },
    });
    expect(joined.status, joined.text).toBe(200);
    expect(joined.body.id).toBe(listId);
  });

  it('refuses an address whose invitation was withdrawn', async () => {
    const email = uniqueEmail('withdrawn');
    const { listId, invitationId } = await invite(server, adminCookie, email);
    const withdrawn = await server.request('DELETE', `/api/me/lists/${listId}/invitations/${invitationId}`, {
      headers: { ...ORIGIN, cookie: adminCookie },
    });
    expect(withdrawn.status).toBe(204);
    await expectRefused(server, email, 'SIGNUP_NEEDS_INVITATION', /invitation/);
  });
});

describe('the first account, decided by the database', () => {
  it('makes a second insert wait for the first account to commit, and not an administrator', async () => {
    // Sign-ups over HTTP rarely overlap inside the database; this holds the first insert's
    // transaction open while the second arrives (on a Postgres server, on another connection).
    const database = await createTestDatabase();
    try {
      let inserted!: () => void;
      const firstInserted = new Promise<void>((resolve) => {
        inserted = resolve;
      });
      const first = database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into users (id, name, email) values ('a', 'a', 'a@example.com')`);
        inserted();
        await sleep(300);
      });
      await firstInserted;
      const second = rawQuery(
        database.db,
        "insert into users (id, name, email) values ('b', 'b', 'b@example.com')",
        [],
      );
      await Promise.all([first, second]);
      expect(await rawQuery(database.db, 'select id, is_admin from users order by id', [])).toEqual([
        { id: 'a', is_admin: true },
        { id: 'b', is_admin: false },
      ]);
    } finally {
      await database.close();
    }
  });
});
