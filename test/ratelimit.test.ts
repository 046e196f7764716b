// Rate limits: the per-user API limit (per second, shared by every instance through the database),
// sign-in and sign-up attempt limits (per minute, per IP and per account), and the limiter itself.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../server/platform/db/client.js';
import { rawQuery } from '../server/platform/db/client.js';
import { PostgresRateLimitStore, RateLimiter } from '../server/platform/ratelimit/ratelimit.js';
import { createTestDatabase } from './support/database.js';
import { type ApiResponse, startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` starting just after a second boundary and returns its result only if it also ended
 * within that second, so every hit it made fell in one fixed window (the server runs in this
 * process, on this clock). Otherwise tries again in the next second.
 */
async function inOneSecond<T>(fn: (attempt: number) => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await sleep(1000 - (Date.now() % 1000) + 5);
    const start = Date.now();
    const result = await fn(attempt);
    if (Math.floor(Date.now() / 1000) === Math.floor(start / 1000)) return result;
  }
  throw new Error('could not run the requests within one second in 5 attempts');
}

async function rows(database: DatabaseHandle, query: string): Promise<Record<string, unknown>[]> {
  return rawQuery<Record<string, unknown>>(database.db, query, []);
}

function expectRateLimited(res: ApiResponse, limit: number, windowSeconds: number) {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status: 429, error_code: 'RATE_LIMITED', title: 'Too many requests' });
  const retryAfter = res.headers.get('retry-after');
  expect(retryAfter).toMatch(/^[1-9][0-9]*$/);
  expect(Number(retryAfter)).toBeLessThanOrEqual(windowSeconds);
  expect(res.headers.get('ratelimit')).toBe(`limit=${limit}, remaining=0, reset=${retryAfter}`);
  expect(res.headers.get('ratelimit-policy')).toBe(`${limit};w=${windowSeconds}`);
  expect(res.body.detail).toContain(`try again in ${retryAfter} s`);
}

function expectNoRateLimitHeaders(res: ApiResponse) {
  expect(res.headers.get('ratelimit')).toBeNull();
  expect(res.headers.get('ratelimit-policy')).toBeNull();
  expect(res.headers.get('retry-after')).toBeNull();
}

const statuses = (responses: ApiResponse[]) => responses.map((r) => r.status);

describe('per-user API limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { API_RATE_LIMIT: '5' } });
  });
  afterAll(() => server.close());

  it('allows 5 requests a second per user, answers the 6th 429, and leaves other users alone', async () => {
    const alice = server.as('alice');
    const bob = server.as('bob');
    const { burst, bobs } = await inOneSecond(async () => {
      const burst = await Promise.all(Array.from({ length: 6 }, () => alice('GET', '/api/me/tasks')));
      const bobs = [await bob('GET', '/api/me/tasks'), await bob('GET', '/api/bob/tasks')];
      return { burst, bobs };
    });

    const allowed = burst.filter((r) => r.status === 200);
    const limited = burst.filter((r) => r.status !== 200);
    expect(allowed).toHaveLength(5);
    expect(limited).toHaveLength(1);
    expectRateLimited(limited[0]!, 5, 1);
    expect(limited[0]!.headers.get('retry-after')).toBe('1');
    const remaining = allowed.map((r) => {
      expect(r.headers.get('ratelimit-policy')).toBe('5;w=1');
      const m = /^limit=5, remaining=(\d+), reset=1$/.exec(r.headers.get('ratelimit') ?? '');
      expect(m).not.toBeNull();
      return Number(m![1]);
    });
    expect(remaining.sort()).toEqual([0, 1, 2, 3, 4]);

    expect(statuses(bobs)).toEqual([200, 200]);
    expect(bobs.map((r) => r.headers.get('ratelimit'))).toEqual([
      'limit=5, remaining=4, reset=1',
      'limit=5, remaining=3, reset=1',
    ]);

    // The next window starts afresh.
    const next = await inOneSecond(() => alice('GET', '/api/me/tasks'));
    expect(next.status).toBe(200);
    expect(next.headers.get('ratelimit')).toBe('limit=5, remaining=4, reset=1');
  });

  it('counts writes too, and a refused write does nothing', async () => {
    // A burst that straddled a second is tried again as another user: its writes stay counted.
    let carol = server.as('carol');
    const burst = await inOneSecond((attempt) => {
      carol = server.as(`carol-${attempt}`);
      return Promise.all(
        Array.from({ length: 7 }, (_, i) => carol('POST', '/api/me/tasks', { body: { title: `t${i}` } })),
      );
    });
    expect(burst.filter((r) => r.status === 201)).toHaveLength(5);
    const limited = burst.filter((r) => r.status !== 201);
    expect(limited).toHaveLength(2);
    for (const r of limited) expectRateLimited(r, 5, 1);
    const list = await inOneSecond(() => carol('GET', '/api/me/tasks'));
    expect(list.body.count).toBe(5);
  });

  it('limits API keys as their user: key and JWT share one budget', async () => {
    const dave = server.as('dave');
    const { key } = (await inOneSecond(() => dave('POST', '/api/me/api-keys', { body: { name: 'k' } }))).body;
    const burst = await inOneSecond(async () => {
      const out: ApiResponse[] = [];
      for (let i = 0; i < 6; i++) {
        out.push(
          i % 2 === 0
            ? await dave('GET', '/api/me/tasks')
            : await server.request('GET', '/api/me/tasks', { headers: { 'x-api-key': key } }),
        );
      }
      return out;
    });
    expect(statuses(burst)).toEqual([200, 200, 200, 200, 200, 429]);
    expectRateLimited(burst[5]!, 5, 1);
  });
});

describe('API limit held across instances', () => {
  let database: DatabaseHandle;
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    database = await createTestDatabase();
    first = await startTestServer({ env: { API_RATE_LIMIT: '4' }, database });
    second = await startTestServer({ env: { API_RATE_LIMIT: '4' }, database });
  });
  afterAll(async () => {
    await second?.app.close();
    await first?.app.close();
    await database?.close();
  });

  it('shares one budget between two app instances on the same database', async () => {
    const responses = await inOneSecond(async () => {
      const out: ApiResponse[] = [];
      for (let i = 0; i < 8; i++)
        out.push(await (i % 2 === 0 ? first : second).as('erin')('GET', '/api/me/tasks'));
      return out;
    });
    // Each instance alone saw only 4 requests: with per-instance counters all 8 would pass.
    expect(statuses(responses)).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
    expect(responses.slice(0, 4).map((r) => r.headers.get('ratelimit'))).toEqual([
      'limit=4, remaining=3, reset=1',
      'limit=4, remaining=2, reset=1',
      'limit=4, remaining=1, reset=1',
      'limit=4, remaining=0, reset=1',
    ]);
    for (const r of responses.slice(4)) expectRateLimited(r, 4, 1);
  });
});

describe('API limit off', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { API_RATE_LIMIT: '0' } });
  });
  afterAll(() => server.close());

  it('never answers 429 nor sends RateLimit headers with API_RATE_LIMIT=0', async () => {
    const frank = server.as('frank');
    const responses = await Promise.all(Array.from({ length: 50 }, () => frank('GET', '/api/me/tasks')));
    expect(statuses(responses).every((s) => s === 200)).toBe(true);
    for (const r of responses) expectNoRateLimitHeaders(r);
    expect(await rows(server.database, "select * from rate_limits where key like 'api:%'")).toEqual([]);
  });
});

// Sign-in and sign-up: fixed one-minute windows. Each test starts with no counters and, if the
// minute is about to end, waits for the next one so that all its attempts fall in one window.
const PASSWORD = 'correct horse battery';

function signUp(server: TestServer, email: string, ip?: string) {
  return server.request('POST', '/api/auth/sign-up/email', {
    body: { email, password: PASSWORD, name: email.split('@')[0] },
    headers: { origin: TEST_APP_URL, ...(ip ? { 'x-forwarded-for': ip } : {}) },
  });
}

function signIn(server: TestServer, email: string, password: string, ip?: string) {
  return server.request('POST', '/api/auth/sign-in/email', {
    body: { email, password },
    headers: { origin: TEST_APP_URL, ...(ip ? { 'x-forwarded-for': ip } : {}) },
  });
}

function expectBadCredentials(res: ApiResponse) {
  expect(res.status).toBe(401);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body.error_code).toBe('AUTH_INVALID');
  expect(res.headers.get('set-cookie')).toBeNull();
}

const BY_IP = /^Too many attempts from this address; try again in \d+ s$/;
const BY_ACCOUNT = /^Too many sign-in attempts for this account; try again in \d+ s$/;

describe('sign-in and sign-up limits (every request from 127.0.0.1)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.database.db.execute('delete from rate_limits');
    server.newRateWindow();
  });

  it('answers the 4th bad sign-in within a minute 429, and then refuses the right password too', async () => {
    expect((await signUp(server, 'gina@example.com')).status).toBe(200);
    for (let i = 0; i < 3; i++)
      expectBadCredentials(await signIn(server, 'gina@example.com', `wrong-${i}-pass`));
    const fourth = await signIn(server, 'gina@example.com', 'wrong-3-pass');
    expectRateLimited(fourth, 3, 60);
    // The per-IP counter is checked first; both it and the account's are over the limit here.
    expect(fourth.body.detail).toMatch(BY_IP);
    expect(fourth.body.instance).toBe('/api/auth/sign-in/email');

    const right = await signIn(server, 'gina@example.com', PASSWORD);
    expectRateLimited(right, 3, 60);
    expect(right.headers.get('set-cookie')).toBeNull();
    const sessions = await rows(
      server.database,
      "select s.id from sessions s join users u on u.id = s.user_id where u.email = 'gina@example.com'",
    );
    expect(sessions).toEqual([]);
  });

  it('counts per account even when the per-IP counter is reset (account checked after IP)', async () => {
    expect((await signUp(server, 'hugo@example.com')).status).toBe(200);
    for (let i = 0; i < 3; i++)
      expectBadCredentials(await signIn(server, 'hugo@example.com', `wrong-${i}-pass`));
    // Forget only this address's counter: the account's must still refuse.
    await server.database.db.execute("delete from rate_limits where key like 'auth:ip:%'");
    const res = await signIn(server, ' HUGO@Example.com ', PASSWORD);
    expectRateLimited(res, 3, 60);
    expect(res.body.detail).toMatch(BY_ACCOUNT);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('lets the right password in below the limit', async () => {
    expect((await signUp(server, 'ivy@example.com')).status).toBe(200);
    expectBadCredentials(await signIn(server, 'ivy@example.com', 'wrong-password'));
    const ok = await signIn(server, 'ivy@example.com', PASSWORD);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/better-auth\.session_token=/);
  });

  it('limits failed sign-ups from one address: after 3 within a minute a good one is 429 and creates no user', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await signUp(server, `signup-${i}@example.com`);
      expect(res.status).toBe(200);
      expect(res.body.token).toBeNull();
    }
    for (let i = 0; i < 3; i++) {
      const res = await server.request('POST', '/api/auth/sign-up/email', {
        body: { email: `short-${i}@example.com`, password: 'short', name: 'short' },
        headers: { origin: TEST_APP_URL },
      });
      expect(res.status).toBe(400);
    }
    // Without TRUST_PROXY, X-Forwarded-For is not believed: the address is still 127.0.0.1.
    const fourth = await signUp(server, 'signup-3@example.com', '203.0.113.9');
    expectRateLimited(fourth, 3, 60);
    expect(fourth.body.detail).toMatch(BY_IP);
    expect(fourth.body.instance).toBe('/api/auth/sign-up/email');
    const users = await rows(server.database, "select email from users where email like 'signup-%'");
    expect(users.map((u) => u.email).sort()).toEqual([
      'signup-0@example.com',
      'signup-1@example.com',
      'signup-2@example.com',
    ]);
  });

  it('keeps sign-in and sign-up counters apart', async () => {
    for (let i = 0; i < 3; i++)
      expectBadCredentials(await signIn(server, `nobody-${i}@example.com`, 'whatever1'));
    expectRateLimited(await signIn(server, 'nobody-3@example.com', 'whatever1'), 3, 60);
    expect((await signUp(server, 'still-can-sign-up@example.com')).status).toBe(200);
  });
});

describe('sign-in limits behind a trusted proxy (per IP and per account apart)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { AUTH_RATE_LIMIT: '3', TRUST_PROXY: 'true' } });
    for (const email of ['jane@example.com', 'kurt@example.com']) {
      expect((await signUp(server, email, '198.51.100.1')).status).toBe(200);
    }
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await server.database.db.execute('delete from rate_limits');
    server.newRateWindow();
  });

  it('limits one account attacked from many addresses', async () => {
    for (let i = 0; i < 3; i++) {
      expectBadCredentials(await signIn(server, 'jane@example.com', 'wrong-password', `10.0.0.${i + 1}`));
    }
    // Case and spaces do not make a new account.
    const res = await signIn(server, '  Jane@EXAMPLE.com', PASSWORD, '10.0.0.4');
    expectRateLimited(res, 3, 60);
    expect(res.body.detail).toMatch(BY_ACCOUNT);
    // Another account from a fresh address is unaffected.
    expect((await signIn(server, 'kurt@example.com', PASSWORD, '10.0.0.5')).status).toBe(200);
  });

  it('limits one address trying many accounts', async () => {
    for (const email of ['a@example.com', 'b@example.com', 'jane@example.com']) {
      expectBadCredentials(await signIn(server, email, 'wrong-password', '10.0.1.1'));
    }
    const res = await signIn(server, 'kurt@example.com', PASSWORD, '10.0.1.1');
    expectRateLimited(res, 3, 60);
    expect(res.body.detail).toMatch(BY_IP);
    // The same account from another address still gets in.
    expect((await signIn(server, 'kurt@example.com', PASSWORD, '10.0.1.2')).status).toBe(200);
  });

  it('sends one address at most 3 emails in 15 minutes, whoever asks from wherever', async () => {
    const ask = (email: string, ip: string) =>
      server.request('POST', '/api/auth/request-password-reset', {
        body: { email, redirectTo: '/reset-password' },
        headers: { origin: TEST_APP_URL, 'x-forwarded-for': ip },
      });
    for (let i = 0; i < 3; i++)
      expect((await ask('jane@example.com', `10.0.2.${i + 1}`)).status).not.toBe(429);
    const res = await ask(' JANE@example.com', '10.0.2.9');
    expectRateLimited(res, 3, 900);
    expect(res.body.detail).toMatch(/^Too many emails to this address; try again in \d+ s$/);
    expect((await ask('kurt@example.com', '10.0.2.10')).status).not.toBe(429);
  });

  // Better Auth also reads form-encoded bodies, and JSON after a UTF-8 byte-order mark; the
  // per-account limit must hold whatever the body looks like: either such a body is counted
  // against its account or it is refused before any password is checked.
  const sneaky: [string, string, (email: string, password: string) => Buffer][] = [
    [
      'a form-encoded body',
      'application/x-www-form-urlencoded',
      (email, password) => Buffer.from(new URLSearchParams({ email, password }).toString()),
    ],
    [
      'a JSON body after a byte-order mark',
      'application/json',
      (email, password) =>
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ email, password }))]),
    ],
  ];

  it.each(sneaky)('holds the per-account limit for %s', async (_, contentType, encode) => {
    const attempt = (email: string, password: string, ip: string) =>
      server.request('POST', '/api/auth/sign-in/email', {
        rawBody: encode(email, password),
        headers: { origin: TEST_APP_URL, 'content-type': contentType, 'x-forwarded-for': ip },
      });
    // Five wrong passwords from five addresses: at most 3 may reach the password check.
    const tries = [];
    for (let i = 0; i < 5; i++)
      tries.push(await attempt('kurt@example.com', 'wrong-password', `10.0.5.${i + 1}`));
    expect(tries.filter((r) => r.status === 401).length).toBeLessThanOrEqual(3);
    for (const r of tries) expect([400, 401, 415, 429]).toContain(r.status);

    // An account already at its limit (through JSON) cannot be entered this way either.
    for (let i = 0; i < 3; i++) {
      expectBadCredentials(await signIn(server, 'jane@example.com', 'wrong-password', `10.0.6.${i + 1}`));
    }
    const right = await attempt('jane@example.com', PASSWORD, '10.0.6.9');
    expect([400, 415, 429]).toContain(right.status);
    expect(right.headers.get('set-cookie')).toBeNull();
  });

  it('never reveals whether an email is registered', async () => {
    const strip = (res: ApiResponse) => ({
      status: res.status,
      error_code: res.body.error_code,
      title: res.body.title,
      detail: String(res.body.detail).replace(/\d+ s$/, 'N s'),
      code: res.body.code,
      message: res.body.message,
      retryAfter: res.headers.get('retry-after') !== null,
    });
    const registered: ApiResponse[] = [];
    const unknown: ApiResponse[] = [];
    for (let i = 0; i < 4; i++) {
      registered.push(await signIn(server, 'jane@example.com', 'wrong-password', `10.0.2.${i + 1}`));
      unknown.push(await signIn(server, 'ghost@example.com', 'wrong-password', `10.0.3.${i + 1}`));
    }
    expectBadCredentials(registered[0]!);
    for (let i = 0; i < 4; i++) expect(strip(unknown[i]!)).toEqual(strip(registered[i]!));
    expect(statuses(registered)).toEqual([401, 401, 401, 429]);
    expect(registered[3]!.body.detail).toMatch(BY_ACCOUNT);

    // Signing up with a registered email answers like a new one, from a fresh address.
    const again = await signUp(server, 'kurt@example.com', '10.0.4.1');
    const fresh = await signUp(server, 'brand-new@example.com', '10.0.4.2');
    expect(again.status).toBe(fresh.status);
    expect(again.body.token).toBeNull();
    expect(fresh.body.token).toBeNull();
  });
});

describe('RateLimiter on the Postgres store', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  // A minute boundary, so window arithmetic is easy to read.
  const BASE = 60_000 * 28_333_334;

  it('counts hits within a fixed window and starts again in the next', async () => {
    let now = BASE + 15_000;
    const limiter = new RateLimiter(new PostgresRateLimitStore(database.db), () => now);

    expect(await limiter.hit('unit:a', 3, 60)).toEqual({
      allowed: true,
      limit: 3,
      remaining: 2,
      resetSeconds: 45,
      windowSeconds: 60,
    });
    now += 10_500;
    expect(await limiter.hit('unit:a', 3, 60)).toMatchObject({
      allowed: true,
      remaining: 1,
      resetSeconds: 35,
    });
    now = BASE + 59_000;
    expect(await limiter.hit('unit:a', 3, 60)).toMatchObject({
      allowed: true,
      remaining: 0,
      resetSeconds: 1,
    });
    now = BASE + 59_999;
    expect(await limiter.hit('unit:a', 3, 60)).toEqual({
      allowed: false,
      limit: 3,
      remaining: 0,
      resetSeconds: 1,
      windowSeconds: 60,
    });
    expect(await limiter.hit('unit:a', 3, 60)).toMatchObject({ allowed: false, remaining: 0 });
    // Another key has its own counter.
    expect(await limiter.hit('unit:b', 3, 60)).toMatchObject({ allowed: true, remaining: 2 });

    const [row] = await rows(database, "select * from rate_limits where key = 'unit:a'");
    expect(Number(row!.count)).toBe(5);
    expect(Number(row!.window_start)).toBe(BASE);

    // The next window: a fresh count.
    now = BASE + 60_000;
    expect(await limiter.hit('unit:a', 3, 60)).toEqual({
      allowed: true,
      limit: 3,
      remaining: 2,
      resetSeconds: 60,
      windowSeconds: 60,
    });
    const [next] = await rows(database, "select * from rate_limits where key = 'unit:a'");
    expect(Number(next!.count)).toBe(1);
    expect(Number(next!.window_start)).toBe(BASE + 60_000);

    // A window skipped entirely also starts afresh.
    now = BASE + 10 * 60_000 + 30_000;
    expect(await limiter.hit('unit:a', 3, 60)).toMatchObject({
      allowed: true,
      remaining: 2,
      resetSeconds: 30,
    });
  });

  it('aligns one-second windows and reports at least one second to reset', async () => {
    let now = BASE + 1_999;
    const limiter = new RateLimiter(new PostgresRateLimitStore(database.db), () => now);
    expect(await limiter.hit('unit:s', 1, 1)).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 1 });
    expect(await limiter.hit('unit:s', 1, 1)).toMatchObject({
      allowed: false,
      remaining: 0,
      resetSeconds: 1,
    });
    now = BASE + 2_000;
    expect(await limiter.hit('unit:s', 1, 1)).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 1 });
    const [row] = await rows(database, "select * from rate_limits where key = 'unit:s'");
    expect(Number(row!.window_start)).toBe(BASE + 2_000);
  });

  it('is not reset by hits stamped in an earlier window (an instance whose clock lags)', async () => {
    // Two instances sharing the table, 100 ms apart, straddling a one-second boundary.
    const store = new PostgresRateLimitStore(database.db);
    const ahead = new RateLimiter(store, () => BASE + 1_050);
    const behind = new RateLimiter(store, () => BASE + 950);
    const allowed: boolean[] = [];
    for (let i = 0; i < 10; i++)
      allowed.push((await (i % 2 ? ahead : behind).hit('unit:skew', 3, 1)).allowed);
    // All hits fall in two windows, so at most 2 x 3 may pass.
    expect(allowed.filter(Boolean).length).toBeLessThanOrEqual(6);
  });

  it('sweep() forgets counters whose window ended long ago, and keeps recent ones', async () => {
    let now = BASE;
    const limiter = new RateLimiter(new PostgresRateLimitStore(database.db), () => now);
    await limiter.hit('sweep:old', 10, 60);
    now = BASE + 50 * 60_000;
    await limiter.hit('sweep:recent', 10, 60);
    now = BASE + 65 * 60_000;
    await limiter.hit('sweep:now', 10, 60);

    await limiter.sweep(); // older than an hour: only sweep:old (window started 65 min ago)
    let keys = (
      await rows(database, "select key from rate_limits where key like 'sweep:%' order by key")
    ).map((r) => r.key);
    expect(keys).toEqual(['sweep:now', 'sweep:recent']);

    await limiter.sweep(10 * 60_000);
    keys = (await rows(database, "select key from rate_limits where key like 'sweep:%' order by key")).map(
      (r) => r.key,
    );
    expect(keys).toEqual(['sweep:now']);

    // A swept key counts from one again.
    expect(await limiter.hit('sweep:recent', 10, 60)).toMatchObject({ remaining: 9 });
  });
});
