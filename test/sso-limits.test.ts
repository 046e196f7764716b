// Single sign-on's limits per address (docs/accounts.md): an office of 200 behind one address signs
// in through the provider within a minute without a 429; starts (each writes a state row before
// anyone is known) have their own budget, 30 times AUTH_RATE_LIMIT a minute, and a flood beyond it
// gets a problem+json 429 with Retry-After; callbacks that fail (a forged state or code) count
// against AUTH_RATE_LIMIT, while one that signs in gives its attempt back. Against the real OpenID
// provider of test/sso.test.ts (test/support/oidc-provider.ts), driven as a browser would.
// At AUTH_RATE_LIMIT=5 with an office of 100: the same proportions as the default's 10 and 200
// (twenty times the limit signing in), at half the sign-ins and starts to wait for.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { expectRateLimited } from './support/expect.js';
import { startOidcProvider, type TestOidcProvider } from './support/oidc-provider.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';
import { CookieJar, callback, go, ssoSignIn, startSso, throughProvider } from './support/sso-flow.js';

const CALLBACK = `${TEST_APP_URL}/api/auth/callback/oidc`;
const PROGRAM = { accept: 'application/json' };
/** Failed callbacks a minute per address. */
const LIMIT = 5;
/** The office behind one address: twenty times the limit, as 200 are at the default of 10. */
const PEOPLE = 20 * LIMIT;
/** Single sign-on starts a minute per address: OFFICE_FACTOR (30) times the limit. */
const STARTS = 30 * LIMIT;

let idp: TestOidcProvider;
let server: TestServer;

beforeAll(async () => {
  idp = await startOidcProvider(CALLBACK);
  server = await startTestServer({
    env: { ...idp.env, AUTH_RATE_LIMIT: String(LIMIT), TRUST_PROXY: 'true' },
  });
});
afterAll(async () => {
  await server?.close();
  await idp?.close();
});
beforeEach(async () => {
  await server.database.db.execute('delete from rate_limits');
  server.newRateWindow();
});

/** A start from `ip` (the test's own address, 127.0.0.1, when none is given). */
function start(ip?: string) {
  return server.request('POST', '/api/auth/sign-in/social', {
    body: { provider: 'oidc', callbackURL: '/' },
    headers: { origin: TEST_APP_URL, ...(ip ? { 'x-forwarded-for': ip } : {}) },
  });
}

/** A callback with a state and code nobody issued, from `ip`. */
function forgedCallback(ip: string, i: number) {
  return go(new CookieJar(), `${server.url}/api/auth/callback/oidc?code=forged-${i}&state=forged-${i}`, {
    headers: { ...PROGRAM, 'x-forwarded-for': ip },
  });
}

/** A fetch answer read as the test server's answers are, for the shared assertion. */
async function expectLimited(res: Response, detail: RegExp) {
  expectRateLimited({ status: res.status, headers: res.headers, body: await res.json(), text: '' }, detail);
}

const stateRows = async () =>
  (await rawQuery<{ n: number }>(server.database.db, 'select count(*)::int as n from verifications', []))[0]!
    .n;

describe(`single sign-on limits per address (AUTH_RATE_LIMIT=${LIMIT})`, () => {
  it(`lets ${PEOPLE} people behind one address sign in through the provider within a minute, none answered 429`, async () => {
    const staff = Array.from({ length: PEOPLE }, (_, i) => {
      const login = `office-${i}`;
      idp.people.set(login, { email: `${login}@example.com`, email_verified: true, name: `Office ${i}` });
      return login;
    });
    const began = Date.now();
    const outcomes: { status: number; location: string | null }[] = [];
    for (let i = 0; i < staff.length; i += LIMIT) {
      const batch = await Promise.all(staff.slice(i, i + LIMIT).map((login) => ssoSignIn(server, login)));
      for (const outcome of batch) {
        outcomes.push(outcome);
        expect(outcome.cookie).toMatch(/better-auth\.session_token=/);
      }
    }
    expect(Date.now() - began).toBeLessThan(60_000);
    expect(outcomes.filter((o) => o.status !== 302 || o.location !== '/')).toEqual([]);
    expect(outcomes).toHaveLength(PEOPLE);
    const [row] = await rawQuery<{ n: number }>(
      server.database.db,
      "select count(*)::int as n from users where email like 'office-%@example.com'",
      [],
    );
    expect(row?.n).toBe(PEOPLE);
    // The same address's failures still have their whole budget: one forged callback is a 400.
    expect((await forgedCallback('127.0.0.1', 0)).status).toBe(400);
  }, 120_000);

  it(`refuses a flood of starts from one address beyond ${STARTS} a minute, writing no state, while other addresses start`, async () => {
    const flood = '198.51.100.20';
    for (let i = 0; i < STARTS; i += 15) {
      const batch = await Promise.all(Array.from({ length: Math.min(15, STARTS - i) }, () => start(flood)));
      expect(batch.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    }
    const rows = await stateRows();
    const refused = await fetch(`${server.url}/api/auth/sign-in/social`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_APP_URL, 'x-forwarded-for': flood },
      body: JSON.stringify({ provider: 'oidc', callbackURL: '/' }),
    });
    await expectLimited(refused, /^Too many single sign-on starts from this address; try again in \d+ s$/);
    expect(await stateRows()).toBe(rows);
    expect((await start('198.51.100.21')).status).toBe(200);
  }, 120_000);

  it(`refuses an address after ${LIMIT} failed callbacks, even one that would sign in, while others sign in`, async () => {
    const attacker = '203.0.113.30';
    for (let i = 0; i < LIMIT; i++) {
      const res = await forgedCallback(attacker, i);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toMatch(/^state_/);
    }
    await expectLimited(
      await forgedCallback(attacker, LIMIT),
      /^Too many attempts from this address; try again in \d+ s$/,
    );

    // A real sign-in finishing from that address is refused too; from another, it signs in.
    idp.people.set('late', { email: 'late@example.com', email_verified: true, name: 'Late' });
    const jar = new CookieJar();
    const back = await throughProvider(jar, await startSso(server, jar), 'late');
    const refused = await go(jar, back.replace(TEST_APP_URL, server.url), {
      headers: { ...PROGRAM, 'x-forwarded-for': attacker },
    });
    await expectLimited(refused, /^Too many attempts from this address; try again in \d+ s$/);
    const outcome = await callback(server, jar, back);
    expect(outcome.status).toBe(302);
    expect(outcome.cookie).toMatch(/better-auth\.session_token=/);
  });

  it(`counts failed callbacks sent in parallel while they run: 25 at once, ${LIMIT} answered 400 and ${25 - LIMIT} answered 429`, async () => {
    const statuses = (
      await Promise.all(Array.from({ length: 25 }, (_, i) => forgedCallback('203.0.113.31', i)))
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25 - LIMIT);
  });
});
