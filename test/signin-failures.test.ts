// Sign-in limits count failures, per account and per address, not successes: an office of 200
// behind one address signs in at 9:00 without a 429, while wrong passwords for one account (from
// any address) and many failures from one address are refused with a problem+json 429 and
// Retry-After. On the Postgres counters and, when TEST_REDIS_URL names a Redis server, on Redis.
// At AUTH_RATE_LIMIT=5 with an office of 100: the same proportions as the default's 10 and 200
// (twenty times the limit signing in), at half the sign-ups and sign-ins to wait for.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { expectRateLimited } from './support/expect.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

const PASSWORD = 'correct horse battery';
const OFFICE = '198.51.100.7';
/** Failed sign-ins a minute per account and per address. */
const LIMIT = 5;
/** The office behind one address: twenty times the limit, as 200 are at the default of 10. */
const PEOPLE = 20 * LIMIT;

const stores: [string, Record<string, string>][] = [['Postgres counters', {}]];
if (process.env.TEST_REDIS_URL) stores.push(['Redis counters', { REDIS_URL: process.env.TEST_REDIS_URL }]);

function signIn(server: TestServer, email: string, password: string, ip: string) {
  return server.request('POST', '/api/auth/sign-in/email', {
    body: { email, password },
    headers: { origin: TEST_APP_URL, 'x-forwarded-for': ip },
  });
}

const BY_ACCOUNT = /^Too many sign-in attempts for this account; try again in \d+ s$/;
const BY_ADDRESS = /^Too many attempts from this address; try again in \d+ s$/;

describe.each(stores)(`sign-in limits count failures (%s, AUTH_RATE_LIMIT=${LIMIT})`, (_, env) => {
  let server: TestServer;
  const staff = Array.from({ length: PEOPLE }, (_, i) => `staff-${i}@example.com`);

  beforeAll(async () => {
    server = await startTestServer({ env: { AUTH_RATE_LIMIT: String(LIMIT), TRUST_PROXY: 'true', ...env } });
    // Each account is made from its own address (sign-ups are counted per address).
    for (let i = 0; i < staff.length; i += 20) {
      const batch = staff.slice(i, i + 20).map((email, j) =>
        server.request('POST', '/api/auth/sign-up/email', {
          body: { email, password: PASSWORD, name: email.split('@')[0] },
          headers: { origin: TEST_APP_URL, 'x-forwarded-for': `10.1.${i / 20}.${j + 1}` },
        }),
      );
      for (const res of await Promise.all(batch)) expect(res.status).toBe(200);
    }
  }, 120_000);
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.database.db.execute('delete from rate_limits');
    server.newRateWindow();
  });

  it(`lets ${PEOPLE} people behind one address sign in within one minute, none answered 429`, async () => {
    const statuses: number[] = [];
    // LIMIT at a time: each attempt is counted while it runs.
    for (let i = 0; i < staff.length; i += LIMIT) {
      const batch = staff.slice(i, i + LIMIT).map((email) => signIn(server, email, PASSWORD, OFFICE));
      for (const res of await Promise.all(batch)) {
        statuses.push(res.status);
        expect(res.headers.get('set-cookie')).toMatch(/better-auth\.session_token=/);
      }
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(statuses).toHaveLength(PEOPLE);
    // A few typos in the crowd are failures, and still below the address's limit.
    for (let i = 0; i < LIMIT - 1; i++)
      expect((await signIn(server, staff[i]!, 'typo-pass', OFFICE)).status).toBe(401);
    expect((await signIn(server, staff[LIMIT]!, PASSWORD, OFFICE)).status).toBe(200);
  }, 120_000);

  it(`refuses one account's wrong password number ${LIMIT + 1} from as many addresses, and then its right one, for a minute`, async () => {
    const target = staff[10]!;
    for (let i = 0; i < LIMIT; i++) {
      const res = await signIn(server, target, `wrong-${i}-pass`, `203.0.113.${i + 1}`);
      expect(res.status).toBe(401);
    }
    expectRateLimited(
      await signIn(server, target, `wrong-${LIMIT}-pass`, `203.0.113.${LIMIT + 1}`),
      BY_ACCOUNT,
    );
    const sessions = async () =>
      (
        await rawQuery<{ n: number }>(
          server.database.db,
          'select count(*)::int as n from sessions s join users u on u.id = s.user_id where u.email = $1',
          [target],
        )
      )[0]!.n;
    const before = await sessions();
    expectRateLimited(
      await signIn(server, ` ${target.toUpperCase()}`, PASSWORD, `203.0.113.${LIMIT + 2}`),
      BY_ACCOUNT,
    );
    expect(await sessions()).toBe(before);
    // Others, from the same addresses, are not held up by it.
    expect((await signIn(server, staff[11]!, PASSWORD, '203.0.113.1')).status).toBe(200);
  });

  it(`refuses an address after ${LIMIT} failures across accounts, right passwords included, while others get in`, async () => {
    for (let i = 0; i < LIMIT; i++) {
      expect((await signIn(server, staff[20 + i]!, 'wrong-pass', '192.0.2.50')).status).toBe(401);
    }
    expectRateLimited(await signIn(server, staff[30]!, PASSWORD, '192.0.2.50'), BY_ADDRESS);
    expectRateLimited(await signIn(server, 'nobody@example.com', 'wrong-pass', '192.0.2.50'), BY_ADDRESS);
    expect((await signIn(server, staff[30]!, PASSWORD, '192.0.2.51')).status).toBe(200);
  });

  it('does not let wrong passwords sent in parallel slip past the account limit', async () => {
    const target = staff[40]!;
    const tries = await Promise.all(
      Array.from({ length: 25 }, (_, i) => signIn(server, target, `parallel-${i}-pass`, `100.64.0.${i + 1}`)),
    );
    const statuses = tries.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25 - LIMIT);
  });

  it(`counts successes in between as nothing: ${LIMIT - 1} failures, ${5 * LIMIT} sign-ins, 1 failure, then the next is refused`, async () => {
    const target = staff[50]!;
    const away = (i: number) => `100.65.0.${i + 1}`;
    for (let i = 0; i < LIMIT - 1; i++)
      expect((await signIn(server, target, 'wrong-pass', away(i))).status).toBe(401);
    for (let i = 0; i < 5 * LIMIT; i++)
      expect((await signIn(server, target, PASSWORD, OFFICE)).status).toBe(200);
    expect((await signIn(server, target, 'wrong-pass', away(LIMIT - 1))).status).toBe(401);
    expectRateLimited(await signIn(server, target, PASSWORD, OFFICE), BY_ACCOUNT);
  });
});
