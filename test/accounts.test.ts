// Accounts and access over HTTP: Better Auth sign-up and sign-in (with its own client), the
// session cookie, its JWTs, the account routes, and isolation between users through every door.
import { createAuthClient } from 'better-auth/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { codeForStatus, ERROR_CODES } from '../server/platform/errors.js';
import { keepCookies } from './support/cookies.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ORIGIN = { origin: TEST_APP_URL };
let counter = 0;
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${counter++}@example.com`;

/** A person in a browser: a cookie jar and the app's Origin on every request. */
class Browser {
  cookies = new Map<string, string>();

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = ORIGIN) {
    const res = await server.request(method, path, {
      body,
      headers: { ...headers, ...(this.cookies.size ? { cookie: this.cookieHeader } : {}) },
    });
    keepCookies(this.cookies, res.headers);
    return res;
  }

  /** Better Auth's own client, talking to the running server through this browser's cookie jar. */
  client() {
    return createAuthClient({
      baseURL: server.url,
      fetchOptions: {
        customFetchImpl: async (input, init) => {
          const req = new Request(input, init);
          const res = await this.request(
            req.method,
            new URL(req.url).pathname,
            await req.json().catch(() => undefined),
          );
          return new Response(res.text || null, { status: res.status, headers: res.headers });
        },
      },
    });
  }
}

async function signedUp(name: string, password = 'correct horse battery') {
  const browser = new Browser();
  const email = uniqueEmail(name);
  const client = browser.client();
  const up = await client.signUp.email({ email, password, name });
  expect(up.error).toBeNull();
  const inn = await client.signIn.email({ email, password });
  expect(inn.error).toBeNull();
  const me = await browser.request('GET', '/api/me');
  expect(me.status).toBe(200);
  return { browser, email, password, id: me.body.id as string };
}

async function jwtOf(browser: Browser): Promise<string> {
  const res = await browser.request('GET', '/api/auth/token');
  expect(res.status).toBe(200);
  return res.body.token;
}

describe('sign-up and sign-in', () => {
  it('signs up and in with Better Auth’s client; the cookie reaches the task API', async () => {
    const { browser, email, id } = await signedUp('ann');
    const me = await browser.request('GET', '/api/me');
    expect(me.body).toEqual({
      id,
      email,
      name: 'ann',
      created_at: expect.any(String),
      is_admin: expect.any(Boolean),
      email_verified: false,
    });
    expect([...browser.cookies.keys()]).toContain('better-auth.session_token');
    const created = await browser.request('POST', '/api/me/tasks', { title: 'from the web app' });
    expect(created.status).toBe(201);
    expect(created.body.user_id).toBe(id);
    const list = await browser.request('GET', `/api/${id}/tasks`, undefined, {});
    expect(list.body.tasks.map((t: { title: string }) => t.title)).toEqual(['from the web app']);
  });

  it('sets the session cookie httpOnly and SameSite=Lax', async () => {
    const browser = new Browser();
    const email = uniqueEmail('cookie');
    await browser.request('POST', '/api/auth/sign-up/email', {
      email,
      password: 'long enough pw',
      name: 'c',
    });
    const res = await browser.request('POST', '/api/auth/sign-in/email', {
      email,
      password: 'long enough pw',
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('better-auth.session_token='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('normalises emails: case and spaces do not make another account', async () => {
    const browser = new Browser();
    const email = uniqueEmail('Mixed.Case');
    const up = await browser.request('POST', '/api/auth/sign-up/email', {
      email: `  ${email.toUpperCase()} `,
      password: 'long enough pw',
      name: 'm',
    });
    expect(up.status).toBe(200);
    const inn = await browser.request('POST', '/api/auth/sign-in/email', {
      email,
      password: 'long enough pw',
    });
    expect(inn.status).toBe(200);
    expect((await browser.request('GET', '/api/me')).body.email).toBe(email.toLowerCase());
  });

  it('never reveals whether an email is registered', async () => {
    const { email } = await signedUp('private');
    const again = await new Browser().request('POST', '/api/auth/sign-up/email', {
      email,
      password: 'some other pw',
      name: 'x',
    });
    const fresh = await new Browser().request('POST', '/api/auth/sign-up/email', {
      email: uniqueEmail('fresh'),
      password: 'some other pw',
      name: 'x',
    });
    expect(again.status).toBe(fresh.status);
    expect(Object.keys(again.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(again.body.token).toBeNull();

    const wrongPassword = await new Browser().request('POST', '/api/auth/sign-in/email', {
      email,
      password: 'wrong pw!',
    });
    const noSuchUser = await new Browser().request('POST', '/api/auth/sign-in/email', {
      email: uniqueEmail('nobody'),
      password: 'wrong pw!',
    });
    expect(wrongPassword.status).toBe(401);
    expect(noSuchUser.status).toBe(401);
    expect(wrongPassword.body.detail).toBe(noSuchUser.body.detail);
    expect(wrongPassword.body.error_code).toBe('AUTH_INVALID');
    expect(wrongPassword.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('refuses passwords shorter than 8 or longer than 128 characters, as problem+json', async () => {
    for (const password of ['short7!', 'x'.repeat(129)]) {
      const res = await new Browser().request('POST', '/api/auth/sign-up/email', {
        email: uniqueEmail('pw'),
        password,
        name: 'p',
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body.error_code).toBe('BAD_REQUEST');
      expect(res.body.code).toMatch(/PASSWORD_TOO_(SHORT|LONG)/);
    }
  });

  it('sign-out ends the session at once', async () => {
    const { browser } = await signedUp('leaver');
    const cookie = browser.cookieHeader;
    const out = await browser.request('POST', '/api/auth/sign-out', {});
    expect(out.status).toBe(200);
    const res = await server.request('GET', '/api/me/tasks', { headers: { cookie } });
    expect(res.status).toBe(401);
    expect(res.body.error_code).toBe('AUTH_INVALID');
  });
});

describe('cross-site requests with the cookie', () => {
  it('refuses writes without an Origin or from an untrusted one, and changes nothing', async () => {
    const { browser } = await signedUp('csrf');
    for (const headers of [
      {},
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ] as Record<string, string>[]) {
      const res = await browser.request('POST', '/api/me/tasks', { title: 'forged' }, headers);
      expect(res.status).toBe(403);
      expect(res.body.error_code).toBe('AUTH_FORBIDDEN');
    }
    expect((await browser.request('GET', '/api/me/tasks', undefined, {})).body.count).toBe(0);
  });

  it('Better Auth refuses a cookie-carrying write from an untrusted origin too', async () => {
    const { browser } = await signedUp('csrf2');
    const res = await browser.request('POST', '/api/auth/sign-out', {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await browser.request('GET', '/api/me', undefined, {})).status).toBe(200);
  });
});

describe('Better Auth JWTs', () => {
  it('GET /api/auth/token gives an EdDSA JWT that the task API verifies locally', async () => {
    const { browser, id } = await signedUp('jwt');
    const token = await jwtOf(browser);
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString());
    expect(header.alg).toBe('EdDSA');
    const created = await server.request('POST', '/api/me/tasks', { token, body: { title: 'by jwt' } });
    expect(created.status).toBe(201);
    expect(created.body.user_id).toBe(id);
    const jwks = await server.request('GET', '/api/auth/jwks');
    expect(jwks.body.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: header.kid });
  });

  it('an expired Better Auth JWT is refused at once', async () => {
    const { browser } = await signedUp('expiring');
    const token = await jwtOf(browser);
    expect((await server.request('GET', '/api/me/tasks', { token })).status).toBe(200); // now cached
    const later = await startTestServer({
      database: server.database,
      verifier: { now: () => Date.now() + 16 * 60 * 1000 },
    });
    const res = await later.request('GET', '/api/me/tasks', { token });
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/expired/);
    await later.app.close();
  });
});

describe('one user through every door', () => {
  it('cookie, Better Auth JWT, HS256 token and API key all resolve to the same user', async () => {
    const { browser, id } = await signedUp('doors');
    const jwt = await jwtOf(browser);
    const hs256 = await server.tokenFor(id);
    const key = (await browser.request('POST', '/api/me/api-keys', { name: 'doors' })).body.key as string;
    await browser.request('POST', '/api/me/tasks', { title: 'one' });
    const seen = [
      await browser.request('GET', '/api/me/tasks', undefined, {}),
      await server.request('GET', '/api/me/tasks', { token: jwt }),
      await server.request('GET', `/api/${id}/tasks`, { token: hs256 }),
      await server.request('GET', '/api/me/tasks', { headers: { 'x-api-key': key } }),
      await server.request('GET', '/api/me/tasks', { token: key }),
    ];
    for (const res of seen) {
      expect(res.status).toBe(200);
      expect(res.body.tasks.map((t: { user_id: string }) => t.user_id)).toEqual([id]);
    }
  });

  it('a second user sees and changes nothing of the first through any door', async () => {
    const a = await signedUp('owner');
    const b = await signedUp('intruder');
    const task = (await a.browser.request('POST', '/api/me/tasks', { title: 'private' })).body;
    const before = await a.browser.request('GET', '/api/me/tasks', undefined, {});
    const bKey = (await b.browser.request('POST', '/api/me/api-keys', { name: 'b' })).body.key as string;
    const doors: {
      name: string;
      call: (m: string, p: string, body?: unknown) => Promise<{ status: number }>;
    }[] = [
      { name: 'cookie', call: (m, p, body) => b.browser.request(m, p, body) },
      {
        name: 'jwt',
        call: async (m, p, body) => server.request(m, p, { token: await jwtOf(b.browser), body }),
      },
      {
        name: 'hs256',
        call: async (m, p, body) => server.request(m, p, { token: await server.tokenFor(b.id), body }),
      },
      {
        name: 'api key',
        call: (m, p, body) => server.request(m, p, { headers: { 'x-api-key': bKey }, body }),
      },
    ];
    for (const door of doors) {
      for (const [method, body] of [
        ['GET', undefined],
        ['PUT', { title: 'stolen' }],
        ['PATCH', { title: 'stolen' }],
        ['DELETE', undefined],
      ] as const) {
        expect(
          (await door.call(method, `/api/me/tasks/${task.id}`, body)).status,
          `${door.name} ${method}`,
        ).toBe(404);
        expect((await door.call(method, `/api/${a.id}/tasks/${task.id}`, body)).status, door.name).toBe(403);
      }
      expect((await door.call('GET', `/api/${a.id}/tasks`)).status).toBe(403);
      expect((await door.call('GET', `/api/${a.id}/api-keys`)).status).toBe(403);
    }
    const after = await a.browser.request('GET', '/api/me/tasks', undefined, {});
    expect(after.text).toBe(before.text);
  });
});

describe('account routes', () => {
  it('GET /api/me answers for a token-only user without an account', async () => {
    const res = await server.as('external-user')('GET', '/api/me');
    expect(res.body).toEqual({
      id: 'external-user',
      email: null,
      name: null,
      created_at: null,
      is_admin: false,
      email_verified: false,
    });
  });

  it('changes the password: checks the current one, signs out other sessions, keeps this one', async () => {
    const { browser, email, password } = await signedUp('changer');
    const other = new Browser();
    await other.client().signIn.email({ email, password });
    expect((await other.request('GET', '/api/me', undefined, {})).status).toBe(200);

    const wrong = await browser.request('POST', '/api/me/password', {
      current_password: 'not it at all',
      new_password: 'a brand new pw',
    });
    expect(wrong.status).toBe(403);
    const short = await browser.request('POST', '/api/me/password', {
      current_password: password,
      new_password: 'short',
    });
    expect(short.status).toBe(422);
    expect(short.body.errors).toContainEqual(expect.objectContaining({ path: 'new_password' }));

    const ok = await browser.request('POST', '/api/me/password', {
      current_password: password,
      new_password: 'a brand new pw',
    });
    expect(ok.status).toBe(204);
    expect((await browser.request('GET', '/api/me', undefined, {})).status).toBe(200);
    expect((await other.request('GET', '/api/me', undefined, {})).status).toBe(401);
    expect((await new Browser().client().signIn.email({ email, password })).error?.status).toBe(401);
    expect(
      (await new Browser().client().signIn.email({ email, password: 'a brand new pw' })).error,
    ).toBeNull();
  });

  it('lists sessions without their tokens and revokes one', async () => {
    const { browser, email, password } = await signedUp('sessions');
    const other = new Browser();
    await other.client().signIn.email({ email, password });
    const list = await browser.request('GET', '/api/me/sessions');
    expect(list.body.sessions).toHaveLength(2);
    expect(list.body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(list.text).not.toContain(other.cookies.get('better-auth.session_token')!.split('.')[0]);
    const otherId = list.body.sessions.find((s: { current: boolean }) => !s.current).id;
    expect((await browser.request('DELETE', `/api/me/sessions/${otherId}`)).status).toBe(204);
    expect((await other.request('GET', '/api/me', undefined, {})).status).toBe(401);
    expect((await browser.request('DELETE', `/api/me/sessions/${otherId}`)).status).toBe(404);
  });

  it('deleting the account needs the password and leaves no row behind', async () => {
    const { browser, id, email, password } = await signedUp('goner');
    await browser.request('POST', '/api/me/tasks', { title: 'one' });
    await browser.request('POST', '/api/me/api-keys', { name: 'k' });
    expect((await browser.request('POST', '/api/me/calendar-feeds', {})).status).toBe(201);
    const missing = await browser.request('DELETE', '/api/me', {});
    expect(missing.status).toBe(422);
    const wrong = await browser.request('DELETE', '/api/me', { password: 'not the password' });
    expect(wrong.status).toBe(403);

    const count = async (table: string, column: string, value: string) =>
      (
        await rawQuery<{ n: number }>(
          server.database.db,
          `select count(*)::int as n from ${table} where ${column} = $1`,
          [value],
        )
      )[0]!.n;
    expect(await count('tasks', 'user_id', id)).toBe(1);
    // The title words follow the write; a search brings them up to date.
    expect((await browser.request('GET', '/api/me/tasks?q=one')).status).toBe(200);
    expect(await count('task_words', 'user_id', id)).toBe(1);

    const gone = await browser.request('DELETE', '/api/me', { password });
    expect(gone.status).toBe(204);
    for (const [table, column, value] of [
      ['users', 'id', id],
      ['users', 'email', email],
      ['sessions', 'user_id', id],
      ['accounts', 'user_id', id],
      ['tasks', 'user_id', id],
      ['task_words', 'user_id', id],
      ['api_keys', 'user_id', id],
      ['calendar_feeds', 'user_id', id],
      ['rate_limits', 'key', `api:${id}`],
    ] as const) {
      expect(await count(table, column, value), `${table}.${column}`).toBe(0);
    }
    expect((await browser.request('GET', '/api/me/tasks', undefined, {})).status).toBe(401);
    expect((await new Browser().client().signIn.email({ email, password })).error?.status).toBe(401);
  });

  it('documents the account and API key routes in OpenAPI', async () => {
    const doc = await server.request('GET', '/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/me', '/api/me/password', '/api/me/sessions', '/api/{user_id}/api-keys']),
    );
    expect(Object.keys(doc.body.components.securitySchemes).sort()).toEqual([
      'apiKey',
      'bearerAuth',
      'sessionCookie',
    ]);
  });
});

describe("Better Auth's statuses", () => {
  it('become the code of the same status in the one error table; 415 a 400, any 5xx a 500', () => {
    for (const status of [400, 401, 403, 404, 413, 422, 429]) {
      expect(ERROR_CODES[codeForStatus(status)].status).toBe(status);
    }
    expect(codeForStatus(401)).toBe('AUTH_INVALID');
    expect(codeForStatus(415)).toBe('BAD_REQUEST');
    expect(codeForStatus(409)).toBe('BAD_REQUEST');
    expect(codeForStatus(503)).toBe('INTERNAL_ERROR');
  });
});
