// Sign-up limits per address (docs/accounts.md): an onboarding morning of 200 people behind one
// address makes its accounts within a minute without a 429; new accounts have their own budget per
// address, 30 times AUTH_RATE_LIMIT a minute, beyond which a flood gets a problem+json 429 with
// Retry-After and creates nothing; failed sign-ups (an address already taken, a short password, no
// valid email) count against AUTH_RATE_LIMIT, in parallel too, and sign-ups that work do not.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { expectRateLimited } from './support/expect.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

const PASSWORD = 'correct horse battery';
const OFFICE = '198.51.100.7';

function signUp(server: TestServer, email: string, ip: string, password = PASSWORD) {
  return server.request('POST', '/api/auth/sign-up/email', {
    body: { email, password, name: email.split('@')[0] },
    headers: { origin: TEST_APP_URL, 'x-forwarded-for': ip },
  });
}

const BY_ADDRESS = /^Too many attempts from this address; try again in \d+ s$/;
const NEW_ACCOUNTS = /^Too many new accounts from this address; try again in \d+ s$/;

describe('sign-up limits per address (AUTH_RATE_LIMIT=10)', () => {
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
    server = await startTestServer({ env: { AUTH_RATE_LIMIT: '10', TRUST_PROXY: 'true' } });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.database.db.execute('delete from rate_limits');
    server.newRateWindow();
  });

  it('lets 200 people behind one address sign up within a minute, none answered 429, then refuses the 301st sign-up', async () => {
    const began = Date.now();
    const statuses: number[] = [];
    for (let i = 0; i < 200; i += 10) {
      const batch = Array.from({ length: 10 }, (_, j) =>
        signUp(server, `newcomer-${i + j}@example.com`, OFFICE),
      );
      for (const res of await Promise.all(batch)) statuses.push(res.status);
    }
    expect(Date.now() - began).toBeLessThan(60_000);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(statuses).toHaveLength(200);
    expect(await users('newcomer-%')).toBe(200);
    // A few mistakes in the crowd (a short password) are failures, below the address's limit of 10;
    // a second sign-up for an address already registered is answered as the first was and makes nothing.
    for (let i = 0; i < 5; i++)
      expect((await signUp(server, `typo-${i}@example.com`, OFFICE, 'short')).status).toBe(400);
    expect((await signUp(server, 'newcomer-0@example.com', OFFICE)).status).toBe(200);
    expect(await users('newcomer-0@%')).toBe(1);

    // The address's budget is 300 sign-ups answered 200 a minute (the one for a registered address
    // among them, so it tells nothing): 99 more accounts, then one is refused and makes nothing.
    // Five at a time: with 5 failures counted, 5 more attempts may run at once.
    for (let i = 200; i < 299; i += 5) {
      const batch = Array.from({ length: Math.min(5, 299 - i) }, (_, j) =>
        signUp(server, `newcomer-${i + j}@example.com`, OFFICE),
      );
      expect((await Promise.all(batch)).map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    }
    expect(await users('newcomer-%')).toBe(299);
    expectRateLimited(await signUp(server, 'newcomer-299@example.com', OFFICE), NEW_ACCOUNTS);
    expect(await users('newcomer-%')).toBe(299);
    // Another address is not held up by it.
    expect((await signUp(server, 'newcomer-299@example.com', '198.51.100.8')).status).toBe(200);
  }, 180_000);

  it('refuses an address after 10 failed sign-ups, then a good one too, while other addresses sign up', async () => {
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
    for (let i = 0; i < 5; i++)
      expect((await signUp(server, `short-${i}@example.com`, from, 'short')).status).toBe(400);
    expectRateLimited(await signUp(server, 'good@example.com', from), BY_ADDRESS);
    expectRateLimited(await signUp(server, 'taken@example.com', from), BY_ADDRESS);
    expect(await users('good@%')).toBe(0);
    expect((await signUp(server, 'good@example.com', '192.0.2.62')).status).toBe(200);
  });

  it('does not let failed sign-ups sent in parallel slip past the limit: 25 at once, 10 failures and 15 answered 429', async () => {
    const statuses = (
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          signUp(server, `parallel-${i}@example.com`, '192.0.2.70', 'short'),
        ),
      )
    ).map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    expect(statuses.filter((s) => s !== 429 && s >= 400 && s < 500)).toHaveLength(10);
    expect(await users('parallel-%')).toBe(0);
  });

  it('counts sign-ups that work as no failure: 9 failures, 50 new accounts, 1 failure, then the 11th is refused', async () => {
    const from = '192.0.2.80';
    for (let i = 0; i < 9; i++)
      expect((await signUp(server, `steady-${i}@example.com`, from, 'short')).status).toBe(400);
    for (let i = 0; i < 50; i++)
      expect((await signUp(server, `steady-${i}@example.com`, from)).status).toBe(200);
    expect((await signUp(server, 'steady-50@example.com', from, 'short')).status).toBe(400);
    expectRateLimited(await signUp(server, 'steady-50@example.com', from), BY_ADDRESS);
    expect(await users('steady-%')).toBe(50);
  });
});
