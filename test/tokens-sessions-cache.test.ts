// Session-bound tokens across deployments (APP_URL, sign-out, sid), and the TokenVerifier itself:
// subject rules and its cache (exp, skew, size, invalid tokens, the injected clock).
// are served by a real JWKS endpoint on localhost, so the app fetches them over HTTP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CryptoKey,
  exportJWK,
  generateKeyPair,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  SignJWT,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectOf, TokenVerifier } from '../server/platform/auth/tokens.js';
import { AppError } from '../server/platform/errors.js';
import {
  type ApiResponse,
  signHs256,
  startTestServer,
  TEST_SECRET,
  type TestServer,
} from './support/server.js';

type KeyPair = { publicKey: CryptoKey; privateKey: CryptoKey };
type Alg = 'EdDSA' | 'ES256' | 'RS256';

/** A fixed request id keeps the problem body free of random text, so "never echoes" checks are exact. */
const REQUEST_ID = 'tokens-test';

const keys = {} as Record<Alg, KeyPair>;
const kids: Record<Alg, string> = { EdDSA: 'ed-key-1', ES256: 'ec-key-1', RS256: 'rsa-key-1' };
let ed25519Only: KeyPair;

async function publicJwk(pair: KeyPair, kid: string, alg: string): Promise<JWK> {
  return { ...(await exportJWK(pair.publicKey)), kid, alg, use: 'sig' };
}

function _signWith(
  alg: Alg,
  privateKey: CryptoKey,
  claims: JWTPayload,
  options: { kid?: string; expiresIn?: string } = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, typ: 'JWT', ...(options.kid ? { kid: options.kid } : {}) })
    .setIssuedAt()
    .setExpirationTime(claims.exp ?? options.expiresIn ?? '1h')
    .sign(privateKey);
}

// --- a tiny JWKS server -------------------------------------------------------------------------

let jwksServer: Server;
let jwksBase: string;
const jwksDocuments = new Map<string, { keys: JWK[] }>();
const jwksFetches = new Map<string, number>();

async function startJwksServer(): Promise<void> {
  jwksServer = createServer((req, res) => {
    const path = req.url ?? '';
    const doc = jwksDocuments.get(path);
    jwksFetches.set(path, (jwksFetches.get(path) ?? 0) + 1);
    if (!doc) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksBase = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}`;
}

// --- servers under test -------------------------------------------------------------------------

/** HS256 plus a JWKS with one EdDSA, one ES256 and one RS256 key, fetched over HTTP. */
let server: TestServer;
/** Same database; its JWKS holds only an Ed25519 key. */
let edOnlyServer: TestServer;
/** Same database; JWT_ISSUER and JWT_AUDIENCE configured. */
let strictServer: TestServer;

const ISSUER = 'https://auth.example.test';
const AUDIENCE = 'doable-api';

beforeAll(async () => {
  for (const alg of ['EdDSA', 'ES256', 'RS256'] as const) keys[alg] = await generateKeyPair(alg);
  ed25519Only = await generateKeyPair('EdDSA');
  await startJwksServer();
  jwksDocuments.set('/all/jwks.json', {
    keys: await Promise.all(
      (['EdDSA', 'ES256', 'RS256'] as const).map((alg) => publicJwk(keys[alg], kids[alg], alg)),
    ),
  });
  jwksDocuments.set('/ed-only/jwks.json', { keys: [await publicJwk(ed25519Only, 'ed-only-1', 'EdDSA')] });

  // The harness builds its TokenVerifier from options, not from JWKS_URL, so the URL goes in
  // `verifier.jwks`: a string there takes the same createRemoteJWKSet path as server/main.ts.
  server = await startTestServer({ verifier: { jwks: `${jwksBase}/all/jwks.json` } });
  edOnlyServer = await startTestServer({
    database: server.database,
    verifier: { jwks: `${jwksBase}/ed-only/jwks.json` },
  });
  strictServer = await startTestServer({
    database: server.database,
    env: { JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE },
  });
});

afterAll(async () => {
  // The extra servers share the main server's database: close only their HTTP side.
  await edOnlyServer?.app.close();
  await strictServer?.app.close();
  await server?.close();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

// --- helpers ------------------------------------------------------------------------------------

function call(target: TestServer, token: string | null, path = '/api/me/tasks', headers = {}) {
  return target.request('GET', path, { token, headers: { 'x-request-id': REQUEST_ID, ...headers } });
}

/** Creates a task with the token and returns the user the server attributed it to. */
async function expectAccepted(target: TestServer, token: string, userId: string): Promise<void> {
  const res = await target.request('POST', '/api/me/tasks', { token, body: { title: 'accepted' } });
  expect(res.status, res.text).toBe(201);
  expect(res.body.user_id).toBe(userId);
}

function expectProblem(res: ApiResponse, status: number, code: string, detail: RegExp): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, error_code: code, instance: '/api/me/tasks' });
  expect(typeof res.body.detail).toBe('string');
  expect(res.body.detail).toMatch(detail);
}

/** A 401 AUTH_INVALID problem with a Bearer challenge, explaining itself, never echoing the token. */
async function expectRejected(token: string, detail: RegExp, target: TestServer = server): Promise<void> {
  const res = await call(target, token);
  expectProblem(res, 401, 'AUTH_INVALID', detail);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  expect(res.headers.get('www-authenticate')).toContain('invalid_token');
  expect(res.text).not.toContain(token);
  for (const part of token.split('.')) if (part.length >= 8) expect(res.text).not.toContain(part);
}

// --- session-bound tokens and other deployments ---------------------------------------------------

/** Another deployment on the same database and secret: its Better Auth signs with the same keys. */
const OTHER_APP_URL = 'http://other.example:4000';

let accountCount = 0;

/** Signs up and in through `target`'s Better Auth; the cookie, a JWT from it, and the ids. */
async function signedIn(target: TestServer) {
  const origin = { origin: target.config.appUrl };
  const email = `tokens.${Date.now()}.${accountCount++}@example.com`;
  const credentials = { email, password: 'correct horse battery' };
  const up = await target.request('POST', '/api/auth/sign-up/email', {
    body: { ...credentials, name: 'T' },
    headers: origin,
  });
  expect(up.status, up.text).toBe(200);
  const inn = await target.request('POST', '/api/auth/sign-in/email', { body: credentials, headers: origin });
  expect(inn.status, inn.text).toBe(200);
  const cookie = inn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const jwt = (await target.request('GET', '/api/auth/token', { headers: { cookie } })).body.token as string;
  const claims = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString());
  return {
    cookie,
    jwt,
    userId: claims.sub as string,
    sessionId: claims.sid as string,
    signOut: async () => {
      const out = await target.request('POST', '/api/auth/sign-out', {
        body: {},
        headers: { cookie, ...origin },
      });
      expect(out.status, out.text).toBe(200);
    },
  };
}

/** A token signed by our own Better Auth key with whatever claims (its JWT plugin's server API). */
async function signedByOurKey(target: TestServer, payload: Record<string, unknown>): Promise<string> {
  const signed = await target.services.auth.api.signJWT({ body: { payload } });
  return signed.token;
}

describe('session-bound tokens, whoever issued them', () => {
  /** This deployment as configured out of the box (no JWKS_URL, issuer or audience set). */
  let home: TestServer;
  let other: TestServer;
  beforeAll(async () => {
    home = await startTestServer({ database: server.database });
    other = await startTestServer({ database: server.database, env: { APP_URL: OTHER_APP_URL } });
  });
  afterAll(async () => {
    await home?.app.close();
    await other?.app.close();
  });

  it('a JWT from this deployment is refused by one with another APP_URL, and by both once signed out', async () => {
    const account = await signedIn(home);
    await expectAccepted(home, account.jwt, account.userId);
    // Same keys, another issuer and audience: not a token for that deployment.
    await expectRejected(account.jwt, /iss/, other);
    await account.signOut();
    await expectRejected(account.jwt, /session/, home);
    await expectRejected(account.jwt, /iss|session/, other);
  });

  it('a JWT from the other deployment is refused here, and there once signed out', async () => {
    const account = await signedIn(other);
    await expectAccepted(other, account.jwt, account.userId);
    await expectRejected(account.jwt, /iss/, home);
    await account.signOut();
    await expectRejected(account.jwt, /session/, other);
    await expectRejected(account.jwt, /iss|session/, home);
  });

  it('refuses a token signed by our key with a foreign issuer or audience, even with a live session', async () => {
    const { userId, sessionId } = await signedIn(home);
    const origin = new URL(home.config.appUrl).origin;
    await expectAccepted(home, await signedByOurKey(home, { sub: userId, sid: sessionId }), userId);
    await expectRejected(
      await signedByOurKey(home, { sub: userId, sid: sessionId, iss: 'https://evil.example' }),
      /iss/,
      home,
    );
    await expectRejected(
      await signedByOurKey(home, { sub: userId, sid: sessionId, iss: origin, aud: 'https://evil.example' }),
      /aud/,
      home,
    );
  });

  it('refuses a token signed by our key that names no session, or a session of someone else', async () => {
    const alice = await signedIn(home);
    const bob = await signedIn(home);
    await expectRejected(await signedByOurKey(home, { sub: alice.userId }), /session/, home);
    await expectRejected(await signedByOurKey(home, { sub: alice.userId, sid: 42 }), /session/, home);
    await expectRejected(
      await signedByOurKey(home, { sub: alice.userId, sid: bob.sessionId }),
      /session/,
      home,
    );
  });

  it('an HS256 token carrying sid is honoured only while that session lives; without sid it is not bound', async () => {
    const account = await signedIn(home);
    const bound = await signHs256({ sub: account.userId, sid: account.sessionId }, { expiresIn: '1h' });
    const unbound = await signHs256({ sub: account.userId }, { expiresIn: '1h' });
    await expectAccepted(home, bound, account.userId);
    await account.signOut();
    await expectRejected(bound, /session/, home);
    // The seed's external frontends sign HS256 tokens without a session: they keep working.
    await expectAccepted(home, unbound, account.userId);
  });
});

// --- the verifier itself: subject rules and the cache --------------------------------------------

describe('subjectOf', () => {
  it('takes sub, else user_id, and stringifies safe integers', () => {
    expect(subjectOf({ sub: 'alice', user_id: 'bob' } as JWTPayload)).toBe('alice');
    expect(subjectOf({ user_id: 'bob' } as JWTPayload)).toBe('bob');
    expect(subjectOf({ user_id: 42 } as JWTPayload)).toBe('42');
    expect(() => subjectOf({ user_id: 2 ** 53 } as JWTPayload)).toThrow(AppError);
    expect(() => subjectOf({ sub: 'a/b' })).toThrow(/subject/);
    expect(() => subjectOf({ sub: 'x'.repeat(256) })).toThrow(/subject/);
  });
});

describe('TokenVerifier cache', () => {
  let pair: KeyPair;
  let clock: number;
  let keyLookups: number;
  // Counts signature checks: the key function is consulted once per real verification.
  const countingKeys: JWTVerifyGetKey = async () => {
    keyLookups++;
    return pair.publicKey;
  };

  beforeAll(async () => {
    pair = await generateKeyPair('EdDSA');
  });

  function verifier(cacheSize: number, clockSkewSeconds = 30) {
    clock = Date.now();
    keyLookups = 0;
    return new TokenVerifier({
      secret: TEST_SECRET,
      jwks: countingKeys,
      clockSkewSeconds,
      cacheSize,
      now: () => clock,
    });
  }

  /** An EdDSA token issued at the injected clock; `lifetimeSeconds` null means no exp claim. */
  const sign = (sub: string, lifetimeSeconds: number | null = 60) => {
    const jwt = new SignJWT({ sub })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuedAt(Math.floor(clock / 1000));
    if (lifetimeSeconds !== null) jwt.setExpirationTime(Math.floor(clock / 1000) + lifetimeSeconds);
    return jwt.sign(pair.privateKey);
  };

  it('caches a verified token and serves it again without re-verifying', async () => {
    const v = verifier(10);
    const token = await sign('alice');
    expect(v.cachedTokens).toBe(0);
    await expect(v.verify(token)).resolves.toEqual({ userId: 'alice' });
    expect(v.cachedTokens).toBe(1);
    expect(keyLookups).toBe(1);
    await expect(v.verify(token)).resolves.toEqual({ userId: 'alice' });
    expect(keyLookups).toBe(1);
    expect(v.cachedTokens).toBe(1);
  });

  it('never serves a cached token past its exp', async () => {
    const v = verifier(10, 0);
    const token = await sign('alice', 60);
    await v.verify(token);
    clock += 59_000;
    await expect(v.verify(token)).resolves.toEqual({ userId: 'alice' });
    expect(keyLookups).toBe(1);
    clock += 2_000; // one second past exp
    await expect(v.verify(token)).rejects.toThrow(/expired/);
    expect(v.cachedTokens).toBe(0);
  });

  it('refuses a cached token once past exp plus the clock skew', async () => {
    const v = verifier(10, 30);
    const token = await sign('alice', 60);
    await v.verify(token);
    clock += 91_000;
    await expect(v.verify(token)).rejects.toMatchObject({ code: 'AUTH_INVALID', message: /expired/ });
    expect(v.cachedTokens).toBe(0);
  });

  it('re-verifies a token without exp after at most five minutes', async () => {
    const v = verifier(10);
    const token = await sign('alice', null);
    await v.verify(token);
    clock += 4 * 60_000;
    await v.verify(token);
    expect(keyLookups).toBe(1);
    clock += 61_000;
    await expect(v.verify(token)).resolves.toEqual({ userId: 'alice' });
    expect(keyLookups).toBe(2);
  });

  it('never holds more than cacheSize tokens, evicting the oldest', async () => {
    const size = 5;
    const v = verifier(size);
    const tokens = await Promise.all(Array.from({ length: size + 5 }, (_, i) => sign(`user-${i}`)));
    for (const [i, token] of tokens.entries()) {
      await expect(v.verify(token)).resolves.toEqual({ userId: `user-${i}` });
      expect(v.cachedTokens).toBeLessThanOrEqual(size);
    }
    expect(v.cachedTokens).toBe(size);
    expect(keyLookups).toBe(size + 5);
    await v.verify(tokens.at(-1)!); // newest: still cached
    expect(keyLookups).toBe(size + 5);
    await v.verify(tokens[0]!); // oldest: evicted, verified again
    expect(keyLookups).toBe(size + 6);
    expect(v.cachedTokens).toBe(size);
  });

  it('does not cache at all when cacheSize is 0', async () => {
    const v = verifier(0);
    const token = await sign('alice');
    await v.verify(token);
    await v.verify(token);
    expect(v.cachedTokens).toBe(0);
    expect(keyLookups).toBe(2);
  });

  it('does not cache invalid tokens', async () => {
    const v = verifier(10);
    const stranger = await generateKeyPair('EdDSA');
    const badSignature = await new SignJWT({ sub: 'alice' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setExpirationTime(Math.floor(clock / 1000) + 60)
      .sign(stranger.privateKey);
    const expired = await sign('alice', -3600);
    const noSubject = await sign('', 60);
    const wrongSecret = await signHs256({ sub: 'alice' }, { secret: 'x'.repeat(40), expiresIn: '1h' });
    for (const token of [badSignature, expired, noSubject, wrongSecret, 'a.b.c']) {
      await expect(v.verify(token)).rejects.toMatchObject({ code: 'AUTH_INVALID' });
      await expect(v.verify(token)).rejects.toMatchObject({ code: 'AUTH_INVALID' });
    }
    expect(v.cachedTokens).toBe(0);
  });

  it('applies the injected clock to nbf as well', async () => {
    const v = verifier(10, 0);
    const token = await new SignJWT({ sub: 'alice' })
      .setProtectedHeader({ alg: 'HS256' })
      .setNotBefore(Math.floor(clock / 1000) + 60)
      .setExpirationTime(Math.floor(clock / 1000) + 120)
      .sign(new TextEncoder().encode(TEST_SECRET));
    await expect(v.verify(token)).rejects.toThrow(/not valid yet/);
    clock += 61_000;
    await expect(v.verify(token)).resolves.toEqual({ userId: 'alice' });
    expect(v.cachedTokens).toBe(1);
  });
});
