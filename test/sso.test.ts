// Single sign-on with OpenID Connect (docs/accounts.md), against a real OpenID
// provider on loopback (`oidc-provider`, test/support/oidc-provider.ts), driven as a browser would
// (test/support/sso-flow.ts): discovery, the code flow with PKCE, a new account under the sign-up
// policy (OIDC_SIGNUP), linking to an existing account only from its Settings (or, with
// OIDC_LINK=verified-email, when both sides vouch for the address), two-factor accounts entered only
// with the provider's second factor (amr), disabled accounts refused, and every bad callback answered 4xx (or the sign-in screen, for a
// browser) with nothing created.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { OIDC_PUBLIC_CLIENT_ID, startOidcProvider, type TestOidcProvider } from './support/oidc-provider.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';
import { CookieJar, callback, go, ssoSignIn, startSso, throughProvider } from './support/sso-flow.js';

const ORIGIN = { origin: TEST_APP_URL };
const PASSWORD = 'correct horse battery';
const CALLBACK = `${TEST_APP_URL}/api/auth/callback/oidc`;

let idp: TestOidcProvider;
const servers: TestServer[] = [];
let counter = 0;

beforeAll(async () => {
  idp = await startOidcProvider(CALLBACK);
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await idp?.close();
});

/** A server pointed at the provider, on its own fresh database. */
async function ssoServer(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer({ env: { ...idp.env, ...env } });
  servers.push(server);
  return server;
}

/** A person at the provider: their login there and their address. */
function person(name: string, emailVerified = true, email?: string) {
  const login = `${name}-${Date.now()}-${counter++}`;
  const address = email ?? `${login}@example.com`;
  idp.people.set(login, { email: address, email_verified: emailVerified, name: `${name} Example` });
  return { login, email: address };
}

async function signUpWithPassword(server: TestServer, email: string) {
  const up = await server.request('POST', '/api/auth/sign-up/email', {
    body: { email, password: PASSWORD, name: 'someone' },
    headers: ORIGIN,
  });
  expect(up.status, up.text).toBe(200);
  const inn = await server.request('POST', '/api/auth/sign-in/email', {
    body: { email, password: PASSWORD },
    headers: ORIGIN,
  });
  expect(inn.status, inn.text).toBe(200);
  return inn.body.user.id as string;
}

/** GET /api/me with a session cookie. */
const me = (server: TestServer, cookie: string) =>
  server.request('GET', '/api/me', { headers: { ...ORIGIN, cookie } });

/** What the database holds, to show a refusal changed nothing. */
async function counts(server: TestServer) {
  const [row] = await rawQuery<{ users: number; accounts: number; sessions: number }>(
    server.database.db,
    `select (select count(*)::int from users) as users, (select count(*)::int from accounts) as accounts,
            (select count(*)::int from sessions) as sessions`,
    [],
  );
  if (!row) throw new Error('no counts');
  return row;
}

async function providersOf(server: TestServer, email: string) {
  const rows = await rawQuery<{ provider_id: string }>(
    server.database.db,
    'select a.provider_id from accounts a join users u on u.id = a.user_id where u.email = $1 order by 1',
    [email],
  );
  return rows.map((r) => r.provider_id);
}

/** The address verified on this server, as its emailed link would have done. */
const verifyHere = (server: TestServer, email: string) =>
  rawQuery(server.database.db, 'update users set email_verified = true where email = $1', [email]);

describe('single sign-on, open sign-up', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await ssoServer();
  });

  it('GET /api/auth/options names the provider for the sign-in button', async () => {
    const options = await server.request('GET', '/api/auth/options');
    expect(options.status).toBe(200);
    expect(options.body).toEqual({ signup: 'open', email: false, sso: { name: 'Test IdP' } });
  });

  it('a new person signs in with the provider: an account, verified as the provider says, and back to the app', async () => {
    const carol = person('carol');
    const outcome = await ssoSignIn(server, carol.login);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe('/');
    const mine = await me(server, outcome.cookie);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ email: carol.email, name: 'carol Example', email_verified: true });
    expect(await providersOf(server, carol.email)).toEqual(['oidc']);

    // Signing out ends Doable's session only, with no trip to the provider's logout.
    const out = await server.request('POST', '/api/auth/sign-out', {
      headers: { ...ORIGIN, cookie: outcome.cookie },
    });
    expect(out.status).toBe(200);
    expect(out.text).not.toContain(idp.issuer);
    expect(out.headers.get('location')).toBeNull();
    expect((await me(server, outcome.cookie)).status).toBe(401);

    // Again: the same account, no second one.
    const again = await ssoSignIn(server, carol.login);
    expect(again.status).toBe(302);
    expect((await me(server, again.cookie)).body.id).toBe(mine.body.id);
    const [row] = await rawQuery<{ n: number }>(
      server.database.db,
      'select count(*)::int as n from users where email = $1',
      [carol.email],
    );
    expect(row?.n).toBe(1);
  });

  it('an address the provider does not vouch for makes an unverified account', async () => {
    const dave = person('dave', false);
    const outcome = await ssoSignIn(server, dave.login);
    expect(outcome.status).toBe(302);
    expect((await me(server, outcome.cookie)).body).toMatchObject({
      email: dave.email,
      email_verified: false,
    });
  });
});

describe('single sign-on as a public client (no OIDC_CLIENT_SECRET)', () => {
  it('signs in with PKCE alone', async () => {
    const server = await startTestServer({
      env: { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: OIDC_PUBLIC_CLIENT_ID, OIDC_NAME: 'Public' },
    });
    servers.push(server);
    const pat = person('pat');
    const jar = new CookieJar();
    const authorization = await startSso(server, jar);
    const params = new URL(authorization).searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params.get('nonce')).toBeTruthy();
    const outcome = await callback(server, jar, await throughProvider(jar, authorization, pat.login));
    expect(outcome.status).toBe(302);
    expect((await me(server, outcome.cookie)).body).toMatchObject({ email: pat.email });
  });
});

describe('single sign-on and existing accounts', () => {
  let server: TestServer;
  let adminId: string;
  beforeAll(async () => {
    server = await ssoServer();
    adminId = await signUpWithPassword(server, `admin-${Date.now()}@example.com`); // the first: administrator
  });

  it('does not link a password account at a first sign-in with the provider, even with both addresses verified', async () => {
    const erin = person('erin');
    await signUpWithPassword(server, erin.email);
    await verifyHere(server, erin.email);
    const before = await counts(server);
    const outcome = await ssoSignIn(server, erin.login, { as: 'program' });
    expect(outcome.status).toBe(409);
    expect(outcome.body).toMatchObject({
      code: 'account_not_linked',
      detail: expect.stringMatching(/link the identity provider in Settings/),
    });
    expect(outcome.cookie).not.toMatch(/session_token/);
    expect(await counts(server)).toEqual(before);
    expect(await providersOf(server, erin.email)).toEqual(['credential']);
  });

  it('OIDC_LINK=verified-email links at the first sign-in when the provider and this server both vouch for the address', async () => {
    const linking = await ssoServer({ OIDC_LINK: 'verified-email' });
    await signUpWithPassword(linking, `admin-${Date.now()}@example.com`);
    const erin = person('erin');
    const id = await signUpWithPassword(linking, erin.email);
    await verifyHere(linking, erin.email);
    const outcome = await ssoSignIn(linking, erin.login);
    expect(outcome.status).toBe(302);
    expect((await me(linking, outcome.cookie)).body.id).toBe(id);
    expect(await providersOf(linking, erin.email)).toEqual(['credential', 'oidc']);
    // The password still works.
    const inn = await linking.request('POST', '/api/auth/sign-in/email', {
      body: { email: erin.email, password: PASSWORD },
      headers: ORIGIN,
    });
    expect(inn.status).toBe(200);
  });

  it('an account with two-factor sign-in is entered through the provider only when it asked for a second factor (amr)', async () => {
    const linking = await ssoServer({ OIDC_LINK: 'verified-email' });
    await signUpWithPassword(linking, `admin-${Date.now()}@example.com`);
    const tina = person('tina');
    await signUpWithPassword(linking, tina.email);
    await verifyHere(linking, tina.email);
    // Two-factor sign-in on, as turning it on in Settings leaves the account.
    await rawQuery(linking.database.db, 'update users set two_factor_enabled = true where email = $1', [
      tina.email,
    ]);
    const before = await counts(linking);
    const refused = await ssoSignIn(linking, tina.login, { as: 'program' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' });
    expect(refused.cookie).not.toMatch(/session_token/);
    expect(await counts(linking)).toEqual(before);
    const browser = await ssoSignIn(linking, tina.login);
    expect(browser.location).toBe(`${TEST_APP_URL}/signin?sso_error=SECOND_FACTOR_REQUIRED`);
    // A provider that says it asked for a one-time code (amr) lets the person in.
    idp.people.set(tina.login, { ...idp.people.get(tina.login)!, amr: ['pwd', 'otp'] });
    const inn = await ssoSignIn(linking, tina.login);
    expect(inn.status).toBe(302);
    expect((await me(linking, inn.cookie)).body.email).toBe(tina.email);
  });

  it('refuses to link when the provider does not say the address is verified: 409, nothing changed', async () => {
    const frank = person('frank', false);
    await signUpWithPassword(server, frank.email);
    await verifyHere(server, frank.email);
    const before = await counts(server);
    const outcome = await ssoSignIn(server, frank.login, { as: 'program' });
    expect(outcome.status).toBe(409);
    expect(outcome.body).toMatchObject({ code: 'account_not_linked', status: 409 });
    expect(outcome.cookie).not.toMatch(/session_token/);
    expect(await counts(server)).toEqual(before);
    expect(await providersOf(server, frank.email)).toEqual(['credential']);

    // A browser lands on the sign-in screen, told why.
    const browser = await ssoSignIn(server, frank.login);
    expect(browser.status).toBe(303);
    expect(browser.location).toBe(`${TEST_APP_URL}/signin?sso_error=account_not_linked`);
    expect(await counts(server)).toEqual(before);
  });

  it('refuses to link to an account whose address this server has not verified (made by someone else?)', async () => {
    const grace = person('grace');
    await signUpWithPassword(server, grace.email);
    const before = await counts(server);
    const outcome = await ssoSignIn(server, grace.login, { as: 'program' });
    expect(outcome.status).toBe(409);
    expect(outcome.body).toMatchObject({ code: 'account_not_linked' });
    expect(await counts(server)).toEqual(before);
    expect(await providersOf(server, grace.email)).toEqual(['credential']);
  });

  it('signed in with a password, a person links the provider themselves (POST /api/auth/link-social)', async () => {
    // The address is not verified here, so signing in with the provider alone would not link it;
    // being signed in proves the account is theirs.
    const ken = person('ken');
    await signUpWithPassword(server, ken.email);
    const jar = new CookieJar();
    const inn = await go(jar, `${server.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ORIGIN },
      body: JSON.stringify({ email: ken.email, password: PASSWORD }),
    });
    expect(inn.status).toBe(200);
    const start = await go(jar, `${server.url}/api/auth/link-social`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ORIGIN },
      body: JSON.stringify({ provider: 'oidc', callbackURL: '/settings' }),
    });
    expect(start.status, await start.clone().text()).toBe(200);
    const back = await throughProvider(jar, ((await start.json()) as { url: string }).url, ken.login);
    const linked = await callback(server, jar, back);
    expect(linked.status).toBe(302);
    expect(linked.location).toBe('/settings');
    expect(await providersOf(server, ken.email)).toEqual(['credential', 'oidc']);
    const outcome = await ssoSignIn(server, ken.login);
    expect(outcome.status).toBe(302);
    expect((await me(server, outcome.cookie)).body.email).toBe(ken.email);

    // An ID token posted to it directly is refused, as at sign-in.
    const direct = await go(jar, `${server.url}/api/auth/link-social`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ORIGIN },
      body: JSON.stringify({ provider: 'oidc', idToken: { token: 'eyJhbGciOiJub25lIn0.e30.' } }),
    });
    expect(direct.status).toBe(400);
  });

  it('a provider identity whose address differs from the signed-in account’s is not linked', async () => {
    const lou = person('lou');
    const other = `other-${Date.now()}@example.com`;
    await signUpWithPassword(server, other);
    const jar = new CookieJar();
    await go(jar, `${server.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ORIGIN },
      body: JSON.stringify({ email: other, password: PASSWORD }),
    });
    const start = await go(jar, `${server.url}/api/auth/link-social`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ORIGIN },
      body: JSON.stringify({ provider: 'oidc', callbackURL: '/settings' }),
    });
    const before = await counts(server);
    const back = await throughProvider(jar, ((await start.json()) as { url: string }).url, lou.login);
    const refused = await callback(server, jar, back, 'program');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'email_does_not_match' });
    expect(await providersOf(server, other)).toEqual(['credential']);
    expect((await counts(server)).accounts).toBe(before.accounts);
  });

  it('a disabled account gets no session by single sign-on', async () => {
    const heidi = person('heidi');
    const made = await ssoSignIn(server, heidi.login);
    expect(made.status).toBe(302);
    const id = (await me(server, made.cookie)).body.id as string;
    const disabled = await server.as(adminId)('POST', `/api/admin/users/${id}/disable`);
    expect(disabled.status, disabled.text).toBeLessThan(300);

    const before = await counts(server);
    const outcome = await ssoSignIn(server, heidi.login, { as: 'program' });
    expect(outcome.status).toBe(403);
    expect(outcome.body).toMatchObject({ code: 'ACCOUNT_DISABLED' });
    expect(outcome.cookie).not.toMatch(/session_token/);
    expect((await counts(server)).sessions).toBe(before.sessions);
    const browser = await ssoSignIn(server, heidi.login);
    expect(browser.location).toBe(`${TEST_APP_URL}/signin?sso_error=ACCOUNT_DISABLED`);
  });
});

describe('single sign-on under the sign-up policy (SIGNUP, OIDC_SIGNUP)', () => {
  it('closed sign-up: no new account by single sign-on, but existing accounts still sign in', async () => {
    const server = await ssoServer({ SIGNUP: 'closed', OIDC_LINK: 'verified-email' });
    const ivan = person('ivan');
    // The first account is taken in every mode (the administrator); it links as any other.
    await signUpWithPassword(server, ivan.email);
    await verifyHere(server, ivan.email);
    expect((await ssoSignIn(server, ivan.login)).status).toBe(302);

    const judy = person('judy');
    const before = await counts(server);
    const outcome = await ssoSignIn(server, judy.login, { as: 'program' });
    expect(outcome.status).toBe(403);
    expect(outcome.body).toMatchObject({ code: 'SIGNUP_CLOSED' });
    expect(await counts(server)).toEqual(before);
    const browser = await ssoSignIn(server, judy.login);
    expect(browser.location).toBe(`${TEST_APP_URL}/signin?sso_error=SIGNUP_CLOSED`);
    expect(await counts(server)).toEqual(before);
  });

  it('closed sign-up with OIDC_SIGNUP=open: the provider’s people get accounts, password sign-up stays closed', async () => {
    const server = await ssoServer({ SIGNUP: 'closed', OIDC_SIGNUP: 'open' });
    await signUpWithPassword(server, `first-${Date.now()}@example.com`);
    const kim = person('kim');
    const outcome = await ssoSignIn(server, kim.login);
    expect(outcome.status).toBe(302);
    expect((await me(server, outcome.cookie)).body).toMatchObject({ email: kim.email });
    const up = await server.request('POST', '/api/auth/sign-up/email', {
      body: { email: `someone-${Date.now()}@example.com`, password: PASSWORD, name: 'x' },
      headers: ORIGIN,
    });
    expect(up.status).toBe(403);
  });

  it('OIDC_SIGNUP=closed: single sign-on only signs existing accounts in, even with sign-up open', async () => {
    const server = await ssoServer({ OIDC_SIGNUP: 'closed' });
    await signUpWithPassword(server, `first-${Date.now()}@example.com`);
    const leo = person('leo');
    const before = await counts(server);
    const outcome = await ssoSignIn(server, leo.login, { as: 'program' });
    expect(outcome.status).toBe(403);
    expect(outcome.body).toMatchObject({ code: 'SIGNUP_CLOSED' });
    expect(await counts(server)).toEqual(before);
  });

  it('invitations only: an invitation counts only for an address the provider says is verified', async () => {
    const server = await ssoServer({ SIGNUP: 'invite' });
    const owner = await signUpWithPassword(server, `owner-${Date.now()}@example.com`);
    const list = await server.as(owner)('POST', `/api/${owner}/lists`, { body: { name: 'Shared' } });
    expect(list.status, list.text).toBe(201);
    const mia = person('mia');
    const fake = person('mallory', false, `invited-${Date.now()}@example.com`);
    for (const email of [mia.email, fake.email]) {
      const invited = await server.as(owner)('POST', `/api/${owner}/lists/${list.body.id}/members`, {
        body: { email, role: 'editor' },
      });
      expect(invited.status, invited.text).toBeLessThan(300);
    }
    const before = await counts(server);
    const refused = await ssoSignIn(server, fake.login, { as: 'program' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'SIGNUP_NEEDS_INVITATION' });
    expect(await counts(server)).toEqual(before);

    const outcome = await ssoSignIn(server, mia.login);
    expect(outcome.status).toBe(302);
    expect((await me(server, outcome.cookie)).body).toMatchObject({ email: mia.email });
  });
});

describe('bad requests on the single sign-on routes: 4xx, nothing created', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await ssoServer();
    await signUpWithPassword(server, `first-${Date.now()}@example.com`);
  });

  const program = { accept: 'application/json' };

  it('a callback without state, with a forged one, or with a state from another browser', async () => {
    const before = await counts(server);
    const noState = await go(new CookieJar(), `${server.url}/api/auth/callback/oidc?code=abc`, {
      headers: program,
    });
    expect(noState.status).toBe(400);
    expect(await noState.json()).toMatchObject({ code: 'state_not_found', status: 400 });
    expect(noState.headers.get('content-type')).toMatch(/problem\+json/);

    const forged = await go(
      new CookieJar(),
      `${server.url}/api/auth/callback/oidc?code=abc&state=${'x'.repeat(32)}`,
      {
        headers: program,
      },
    );
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { code: string }).code).toMatch(/^state_/);

    // A real flow's callback, replayed by someone without the browser's state cookie.
    const nora = person('nora');
    const jar = new CookieJar();
    const back = await throughProvider(jar, await startSso(server, jar), nora.login);
    const stolen = await callback(server, new CookieJar(), back, 'program');
    expect(stolen.status).toBe(400);
    expect(stolen.body?.code).toMatch(/^state_/);
    const browser = await callback(server, new CookieJar(), back, 'browser');
    expect(browser.status).toBe(303);
    expect(browser.location).toMatch(new RegExp(`^${TEST_APP_URL}/signin\\?sso_error=state_`));
    expect(await counts(server)).toEqual(before);
  });

  it('a callback with the right state but no code, or a code that was already used', async () => {
    const before = await counts(server);
    const olga = person('olga');
    const jar = new CookieJar();
    const authorization = await startSso(server, jar);
    const state = new URL(authorization).searchParams.get('state');
    const noCode = await callback(
      server,
      jar,
      `${TEST_APP_URL}/api/auth/callback/oidc?state=${state}`,
      'program',
    );
    expect(noCode.status).toBe(400);
    expect(noCode.body).toMatchObject({ code: 'no_code' });
    expect(await counts(server)).toEqual(before);

    const jar2 = new CookieJar();
    const back = await throughProvider(jar2, await startSso(server, jar2), olga.login);
    const first = await callback(server, jar2, back);
    expect(first.status).toBe(302);
    const after = await counts(server);
    const replay = await callback(server, jar2, back, 'program');
    expect(replay.status).toBe(400);
    expect(await counts(server)).toEqual(after);
  });

  it('the provider’s refusal (consent cancelled): 403, or the sign-in screen for a browser', async () => {
    const before = await counts(server);
    const peggy = person('peggy');
    const denied = await ssoSignIn(server, peggy.login, { deny: true, as: 'program' });
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ code: 'access_denied' });
    const browser = await ssoSignIn(server, peggy.login, { deny: true });
    expect(browser.location).toBe(`${TEST_APP_URL}/signin?sso_error=access_denied`);
    expect(await counts(server)).toEqual(before);
  });

  it('an error the provider made up is not echoed to the sign-in screen', async () => {
    const jar = new CookieJar();
    const authorization = await startSso(server, jar);
    const state = new URL(authorization).searchParams.get('state');
    const odd = await callback(
      server,
      jar,
      `${TEST_APP_URL}/api/auth/callback/oidc?state=${state}&error=%3Cscript%3Ealert(1)%3C/script%3E`,
    );
    expect(odd.location).toBe(`${TEST_APP_URL}/signin?sso_error=sso_failed`);
  });

  it('starting: an ID token posted directly, an unknown provider, an off-site return URL, a bad body', async () => {
    const before = await counts(server);
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      server.request('POST', '/api/auth/sign-in/social', { body, headers: { ...ORIGIN, ...headers } });
    const idToken = await post({ provider: 'oidc', idToken: { token: 'eyJhbGciOiJub25lIn0.e30.' } });
    expect(idToken.status).toBe(400);
    expect(idToken.body).toMatchObject({ code: 'ID_TOKEN_SIGN_IN_OFF' });
    expect((await post({ provider: 'github', callbackURL: '/' })).status).toBeGreaterThanOrEqual(400);
    expect((await post({ provider: 'github', callbackURL: '/' })).status).toBeLessThan(500);
    const offSite = await post({ provider: 'oidc', callbackURL: 'https://evil.example/' });
    expect(offSite.status).toBe(403);
    expect((await post({ provider: 42 })).status).toBe(400);
    const notJson = await server.request('POST', '/api/auth/sign-in/social', {
      rawBody: '{"provider":',
      headers: { ...ORIGIN, 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    expect(await counts(server)).toEqual(before);
  });

  it('the start-up log names the provider; one that cannot be reached is tried again, password sign-in unaffected', async () => {
    expect(server.services.sso).toBe(idp.issuer);
    const down = await startTestServer({ env: { ...idp.env, OIDC_ISSUER: 'http://127.0.0.1:9' } });
    servers.push(down);
    expect(down.services.sso).toMatch(/discovery failed/);
    const start = await down.request('POST', '/api/auth/sign-in/social', {
      body: { provider: 'oidc', callbackURL: '/' },
      headers: ORIGIN,
    });
    expect(start.status).toBe(404);
    expect(start.headers.get('content-type')).toMatch(/problem\+json/);
    await signUpWithPassword(down, `still-${Date.now()}@example.com`);
  });

  it('starts count against 30 times AUTH_RATE_LIMIT per IP, failed callbacks against AUTH_RATE_LIMIT', async () => {
    const limited = await ssoServer({ AUTH_RATE_LIMIT: '3' });
    limited.newRateWindow();
    const jar = new CookieJar();
    for (let i = 0; i < 90; i++) await startSso(limited, jar);
    const refused = await limited.request('POST', '/api/auth/sign-in/social', {
      body: { provider: 'oidc', callbackURL: '/' },
      headers: ORIGIN,
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    const forged = () =>
      go(new CookieJar(), `${limited.url}/api/auth/callback/oidc?code=a&state=b`, { headers: program });
    for (let i = 0; i < 3; i++) expect((await forged()).status).toBe(400);
    expect((await forged()).status).toBe(429);
  });

  it('a server without OIDC_ISSUER offers no single sign-on', async () => {
    const plain = await startTestServer();
    servers.push(plain);
    expect((await plain.request('GET', '/api/auth/options')).body.sso).toBeNull();
    const start = await plain.request('POST', '/api/auth/sign-in/social', {
      body: { provider: 'oidc', callbackURL: '/' },
      headers: ORIGIN,
    });
    expect(start.status).toBe(404);
    const back = await go(new CookieJar(), `${plain.url}/api/auth/callback/oidc?code=a&state=b`, {
      headers: program,
    });
    expect(back.status).toBeGreaterThanOrEqual(400);
    expect(back.status).toBeLessThan(500);
  });
});
