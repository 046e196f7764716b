// Regression tests for defects a security review found: each one failed before its fix.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { serializeError } from '../server/platform/http/log.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

const ORIGIN = { origin: TEST_APP_URL };
let n = 0;
const email = (tag: string) => `${tag}.${Date.now()}.${n++}@example.com`;

/** Sends a raw HTTP/1.1 request (for request targets and Host headers fetch would never send). */
function raw(server: TestServer, head: string, body = ''): Promise<number> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      socket.write(
        `${head}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    });
    let out = '';
    socket.on('data', (d) => {
      out += d;
    });
    socket.on('end', () => resolve(Number(out.split(' ')[1])));
    socket.on('error', reject);
  });
}

async function countRows(server: TestServer, sql: string, params: unknown[] = []): Promise<number> {
  return (await rawQuery<{ n: number }>(server.database.db, sql, params))[0]!.n;
}

async function signedIn(server: TestServer, tag: string, password = 'correct horse battery') {
  const address = email(tag);
  await server.request('POST', '/api/auth/sign-up/email', {
    body: { email: address, password, name: tag },
    headers: ORIGIN,
  });
  const res = await server.request('POST', '/api/auth/sign-in/email', {
    body: { email: address, password },
    headers: ORIGIN,
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const jwt = (await server.request('GET', '/api/auth/token', { headers: { cookie } })).body.token as string;
  const id = (await server.request('GET', '/api/me', { headers: { cookie } })).body.id as string;
  return { email: address, password, cookie, jwt, id };
}

describe('sign-in and sign-up limits cannot be dodged', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(() => server.close());

  it('dot segments and absolute-form targets count against the same per-IP limit', async () => {
    // The limit counts per minute: all six requests fall in one fresh window.
    server.newRateWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const body = JSON.stringify({ email: email('dot'), password: 'short', name: 'd' });
      statuses.push(
        await raw(
          server,
          `POST /api/auth/${'./'.repeat(i)}sign-up/email HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${TEST_APP_URL}\r\nContent-Type: application/json`,
          body,
        ),
      );
    }
    for (let i = 0; i < 2; i++) {
      const body = JSON.stringify({ email: email('dot'), password: 'short', name: 'a' });
      statuses.push(
        await raw(
          server,
          `POST http://h${i}.example/api/auth/sign-up/email HTTP/1.1\r\nHost: h${i}.example\r\nOrigin: ${TEST_APP_URL}\r\nContent-Type: application/json`,
          body,
        ),
      );
    }
    // Failed sign-ups (a short password) count: the first three are refused, then the limit.
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
    expect(await countRows(server, "select count(*)::int as n from users where email like 'dot.%'")).toBe(0);
  });

  it('a malformed Host or an oversized email is never a 500', async () => {
    // The Host header no longer matters: requests are forwarded under APP_URL.
    const status = await raw(server, 'GET /api/auth/get-session HTTP/1.1\r\nHost: exa mple');
    expect(status).toBeLessThan(500);
    const long = await server.request('POST', '/api/auth/sign-in/email', {
      body: { email: `${'x'.repeat(6000)}@example.com`, password: 'whatever pw' },
      headers: ORIGIN,
    });
    expect(long.status).toBe(400);
  });
});

describe('passwords cannot be guessed around the limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { AUTH_RATE_LIMIT: '3' } });
  });
  afterAll(() => server.close());

  it('Better Auth’s own password routes are off; ours count every check', async () => {
    const user = await signedIn(server, 'oracle');
    for (const path of ['/api/auth/verify-password', '/api/auth/change-password']) {
      const res = await server.request('POST', path, {
        body: { password: 'guess', currentPassword: 'guess', newPassword: 'new password' },
        headers: { ...ORIGIN, cookie: user.cookie },
      });
      expect(res.status, path).toBe(404);
    }
    const guess = () =>
      server.request('POST', '/api/me/password', {
        token: user.jwt,
        body: { current_password: 'a wrong guess', new_password: 'new password 1' },
      });
    // The limit counts per minute: all four guesses fall in one fresh window.
    server.newRateWindow();
    expect([(await guess()).status, (await guess()).status, (await guess()).status]).toEqual([403, 403, 403]);
    const limited = await guess();
    expect(limited.status).toBe(429);
    expect(limited.body.error_code).toBe('RATE_LIMITED');
  });

  it('an API key cannot change the password, list sessions or delete the account', async () => {
    const user = await signedIn(server, 'keyholder');
    const key = (
      await server.request('POST', '/api/me/api-keys', { token: user.jwt, body: { name: 'script' } })
    ).body.key as string;
    const asKey = { headers: { 'x-api-key': key } };
    expect((await server.request('GET', '/api/me', asKey)).status).toBe(200);
    for (const [method, path, body] of [
      ['POST', '/api/me/password', { current_password: user.password, new_password: 'taken over!' }],
      ['GET', '/api/me/sessions', undefined],
      ['DELETE', '/api/me', { password: user.password }],
    ] as const) {
      const res = await server.request(method, path, { ...asKey, body });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect((await server.request('GET', '/api/me', { headers: { cookie: user.cookie } })).status).toBe(200);
  });
});

describe('Better Auth JWTs end with their session', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('signing out ends the JWT', async () => {
    const user = await signedIn(server, 'jwt-out');
    await server.request('POST', '/api/auth/sign-out', {
      body: {},
      headers: { ...ORIGIN, cookie: user.cookie },
    });
    const res = await server.request('GET', '/api/me/tasks', { token: user.jwt });
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/session/);
  });

  it('after account deletion the JWT mints nothing and no table keeps a row of the user', async () => {
    const user = await signedIn(server, 'jwt-gone');
    await server.request('POST', '/api/me/tasks', {
      token: user.jwt,
      body: { title: 'private' },
      headers: { 'idempotency-key': 'k-1' },
    });
    await server.request('POST', '/api/me/api-keys', { token: user.jwt, body: { name: 'k' } });
    const own = await server.request('PUT', '/api/me/chat/model', {
      token: user.jwt,
      body: { base_url: 'https://1.1.1.1/v1', model: 'mine', api_key: 'sk-mine' },
    });
    expect(own.status, own.text).toBe(200);
    const gone = await server.request('DELETE', '/api/me', {
      token: user.jwt,
      body: { password: user.password },
    });
    expect(gone.status).toBe(204);
    expect(
      (await server.request('POST', '/api/me/api-keys', { token: user.jwt, body: { name: 'x' } })).status,
    ).toBe(401);
    expect(
      (await server.request('POST', '/api/me/tasks', { token: user.jwt, body: { title: 'x' } })).status,
    ).toBe(401);
    const tables = await rawQuery<{ table_name: string }>(
      server.database.db,
      "select table_name from information_schema.columns where column_name = 'user_id' and table_schema = 'public'",
      [],
    );
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const { table_name } of tables) {
      const left = await countRows(
        server,
        `select count(*)::int as n from ${table_name} where user_id = $1`,
        [user.id],
      );
      expect(left, table_name).toBe(0);
    }
    expect(await countRows(server, 'select count(*)::int as n from users where id = $1', [user.id])).toBe(0);
  });
});

describe('proxies and outages', () => {
  it('with TRUST_PROXY=1 a client cannot choose its address by prepending X-Forwarded-For entries', async () => {
    const server = await startTestServer({ env: { AUTH_RATE_LIMIT: '3', TRUST_PROXY: '1' } });
    // The limit counts per minute: all five share a fresh window.
    server.newRateWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await server.request('POST', '/api/auth/sign-up/email', {
        body: { email: email('xff'), password: 'short', name: 'x' },
        headers: { ...ORIGIN, 'x-forwarded-for': `10.0.0.${i}, 192.0.2.7` },
      });
      statuses.push(res.status);
    }
    // Failed sign-ups (a short password), all counted against 192.0.2.7.
    expect(statuses).toEqual([400, 400, 400, 429, 429]);
    await server.close();
  }, 60_000);

  it('when Redis is unreachable, requests still succeed and limits still hold (counted in Postgres)', async () => {
    const server = await startTestServer({ env: { REDIS_URL: 'redis://127.0.0.1:1', API_RATE_LIMIT: '3' } });
    server.newRateWindow();
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () =>
        server
          .as('redis-down')('GET', '/api/me/tasks')
          .then((r) => r.status),
      ),
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    await server.close();
  });
});

describe('outages are 503, not a reason to throw the token away', () => {
  it('a key set that cannot be loaded answers 503 DATABASE_ERROR, not 401', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const server = await startTestServer({
      verifier: {
        jwks: async () => {
          throw new Error('Failed query: select * from jwks', { cause: down });
        },
      },
    });
    const { generateKeyPair, SignJWT } = await import('jose');
    const { privateKey } = await generateKeyPair('EdDSA');
    const token = await new SignJWT({ sub: 'someone' })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'k' })
      .sign(privateKey);
    const res = await server.request('GET', '/api/me/tasks', { token });
    expect(res.status).toBe(503);
    expect(res.body.error_code).toBe('DATABASE_ERROR');
    await server.close();
  });
});

describe('logs', () => {
  it('never carry the values of a failed query', () => {
    const cause = Object.assign(new Error('connection terminated'), { code: '57P01' });
    const error = new Error(
      'Failed query: select * from sessions where token = $1\nparams: s3cr3t-session-token,ann@example.com',
      { cause },
    );
    const logged = JSON.stringify(serializeError(error));
    expect(logged).not.toContain('s3cr3t-session-token');
    expect(logged).not.toContain('ann@example.com');
    expect(logged).toContain('select * from sessions');
    expect(logged).toContain('57P01');
  });
});
