// Sign-up limits per address (docs/accounts.md): an onboarding morning of 200 people behind one
// address makes its accounts within a minute without a 429; new accounts have their own budget per
// address, 30 times AUTH_RATE_LIMIT a minute, beyond which a flood gets a problem+json 429 with
// Retry-After and creates nothing; failed sign-ups (an address already taken, a short password, no
// valid email) count against AUTH_RATE_LIMIT, in parallel too, and sign-ups that work do not.
// At AUTH_RATE_LIMIT=5 with an onboarding of 100: the same proportions as the default's 10 and 200
// (twenty times the limit signing up), at half the sign-ups to wait for.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { expectRateLimited } from './support/expect.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

const PASSWORD = 'correct horse battery';
const OFFICE = '198.51.100.7';
/** Failed sign-ups a minute per address. */
const LIMIT = 5;
/** The onboarding behind one address: twenty times the limit, as 200 are at the default of 10. */
const PEOPLE = 20 * LIMIT;
/** Sign-ups answered 200 a minute per address: OFFICE_FACTOR (30) times the limit. */
const BUDGET = 30 * LIMIT;

function signUp(server: TestServer, email: string, ip: string, password = PASSWORD) {
  return server.request('POST', '/api/auth/sign-up/email', {
    body: { email, password, name: email.split('@')[0] },
    headers: { origin: TEST_APP_URL, 'x-forwarded-for': ip },
  });
}

const BY_ADDRESS = /^Too many attempts from this address; try again in \d+ s$/;
const NEW_ACCOUNTS = /^Too many new accounts from this address; try again in \d+ s$/;

describe(`sign-up limits per address (AUTH_RATE_LIMIT=${LIMIT})`, () => {
  let server: TestServer;
  const users = async (like: string) =>
    (
      await rawQuery<{ n: number }>(
        server.database.db,
        'select count(*)::int as n from users where email like $1',
        [like],
      )
    )[0]!.n;

  beforeAll(async () => {
    server = await startTestServer({ env: { AUTH_RATE_LIMIT: String(LIMIT), TRUST_PROXY: 'true' } });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.database.db.execute('delete from rate_limits');
    server.newRateWindow();
  });

  it(`lets ${PEOPLE} people behind one address sign up within a minute, none answered 429, then refuses sign-up number ${BUDGET + 1}`, async () => {
    const began = Date.now();
    const statuses: number[] = [];
    // LIMIT at a time: each attempt is counted while it runs.
    for (let i = 0; i < PEOPLE; i += LIMIT) {
      const batch = Array.from({ length: LIMIT }, (_, j) =>
        signUp(server, `newcomer-${i + j}@example.com`, OFFICE),
      );
      for (const res of await Promise.all(batch)) statuses.push(res.status);
    }
    expect(Date.now() - began).toBeLessThan(60_000);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(statuses).toHaveLength(PEOPLE);
    expect(await users('newcomer-%')).toBe(PEOPLE);
    // A few mistakes in the crowd (a short password) are failures, below the address's limit;
    // a second sign-up for an address already registered is answered as the first was and makes nothing.
    const typos = 2;
    for (let i = 0; i < typos; i++)
      expect((await signUp(server, `typo-${i}@example.com`, OFFICE, 'short')).status).toBe(400);
    expect((await signUp(server, 'newcomer-0@example.com', OFFICE)).status).toBe(200);
    expect(await users('newcomer-0@%')).toBe(1);

    // The address's budget is BUDGET sign-ups answered 200 a minute (the one for a registered
    // address among them, so it tells nothing): BUDGET - PEOPLE - 1 more accounts, then one is
    // refused and makes nothing. LIMIT - typos at a time: with the typos counted, that many more
    // attempts may run at once.
    const last = BUDGET - 1;
    const together = LIMIT - typos;
    for (let i = PEOPLE; i < last; i += together) {
      const batch = Array.from({ length: Math.min(together, last - i) }, (_, j) =>
        signUp(server, `newcomer-${i + j}@example.com`, OFFICE),
      );
      expect((await Promise.all(batch)).map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    }
    expect(await users('newcomer-%')).toBe(last);
    expectRateLimited(await signUp(server, `newcomer-${last}@example.com`, OFFICE), NEW_ACCOUNTS);
    expect(await users('newcomer-%')).toBe(last);
    // Another address is not held up by it.
    expect((await signUp(server, `newcomer-${last}@example.com`, '198.51.100.8')).status).toBe(200);
  }, 180_000);

  it(`refuses an address after ${LIMIT} failed sign-ups, then a good one too, while other addresses sign up`, async () => {
    const from = '192.0.2.60';
    expect((await signUp(server, 'taken@example.com', '192.0.2.61')).status).toBe(200);
    // An address already registered is answered 200, as a new one is: it is no failure.
    expect((await signUp(server, 'taken@example.com', from)).status).toBe(200);
    const failures = await Promise.all([
      signUp(server, 'short@example.com', from, 'short'),
      signUp(server, 'not an email', from),
      signUp(server, '', from),
      signUp(server, `${'x'.repeat(250)}@example.com`, from),
      signUp(server, 'long@example.com', from, 'x'.repeat(129)),
    ]);
    for (const res of failures) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(429);
    }
    // Five kinds of failure, LIMIT of them: the address's budget is spent.
    expect(failures).toHaveLength(LIMIT);
    expectRateLimited(await signUp(server, 'good@example.com', from), BY_ADDRESS);
    expectRateLimited(await signUp(server, 'taken@example.com', from), BY_ADDRESS);
    expect(await users('good@%')).toBe(0);
    expect((await signUp(server, 'good@example.com', '192.0.2.62')).status).toBe(200);
  });

  it(`does not let failed sign-ups sent in parallel slip past the limit: 25 at once, ${LIMIT} failures and ${25 - LIMIT} answered 429`, async () => {
    const statuses = (
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          signUp(server, `parallel-${i}@example.com`, '192.0.2.70', 'short'),
        ),
      )
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25 - LIMIT);
    expect(statuses.filter((s) => s !== 429 && s >= 400 && s < 500)).toHaveLength(LIMIT);
    expect(await users('parallel-%')).toBe(0);
  });

  it(`counts sign-ups that work as no failure: ${LIMIT - 1} failures, ${5 * LIMIT} new accounts, 1 failure, then the next is refused`, async () => {
    const from = '192.0.2.80';
    const accounts = 5 * LIMIT;
    for (let i = 0; i < LIMIT - 1; i++)
      expect((await signUp(server, `steady-${i}@example.com`, from, 'short')).status).toBe(400);
    for (let i = 0; i < accounts; i++)
      expect((await signUp(server, `steady-${i}@example.com`, from)).status).toBe(200);
    expect((await signUp(server, `steady-${accounts}@example.com`, from, 'short')).status).toBe(400);
    expectRateLimited(await signUp(server, `steady-${accounts}@example.com`, from), BY_ADDRESS);
    expect(await users('steady-%')).toBe(accounts);
  });
});
