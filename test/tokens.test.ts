// The bearer-token contract, as a client sees it: which JWTs are accepted, and that every
// rejection is a 401 problem that explains itself without echoing the token. Asymmetric keys
// are served by a real JWKS endpoint on localhost, so the app fetches them over HTTP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  base64url,
  type CryptoKey,
  exportJWK,
  exportSPKI,
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

const nowSeconds = () => Math.floor(Date.now() / 1000);
const encodeJson = (value: unknown) => base64url.encode(JSON.stringify(value));
/** A fixed request id keeps the problem body free of random text, so "never echoes" checks are exact. */
const REQUEST_ID = 'tokens-test';

const keys = {} as Record<Alg, KeyPair>;
const kids: Record<Alg, string> = { EdDSA: 'ed-key-1', ES256: 'ec-key-1', RS256: 'rsa-key-1' };
let ed25519Only: KeyPair;

async function publicJwk(pair: KeyPair, kid: string, alg: string): Promise<JWK> {
  return { ...(await exportJWK(pair.publicKey)), kid, alg, use: 'sig' };
}

function signWith(
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

const signAsym = (alg: Alg, claims: JWTPayload) =>
  signWith(alg, keys[alg].privateKey, claims, { kid: kids[alg] });

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

// --- accepted tokens ----------------------------------------------------------------------------

describe('accepted tokens', () => {
  it('accepts HS256 signed with the shared secret, the user taken from sub', async () => {
    await expectAccepted(server, await signHs256({ sub: 'alice' }, { expiresIn: '1h' }), 'alice');
  });

  it('falls back to the user_id claim when there is no sub', async () => {
    await expectAccepted(server, await signHs256({ user_id: 'carol' }, { expiresIn: '1h' }), 'carol');
  });

  it('prefers sub over user_id', async () => {
    const token = await signHs256({ sub: 'dave', user_id: 'mallory' }, { expiresIn: '1h' });
    await expectAccepted(server, token, 'dave');
  });

  it('turns a numeric user_id claim into its decimal string', async () => {
    await expectAccepted(server, await signHs256({ user_id: 42 }, { expiresIn: '1h' }), '42');
  });

  it('accepts a 255-character subject (the limit)', async () => {
    const long = 'u'.repeat(255);
    await expectAccepted(server, await signHs256({ sub: long }, { expiresIn: '1h' }), long);
  });

  it.each(['EdDSA', 'ES256', 'RS256'] as const)(
    'accepts %s tokens verified against the JWKS URL',
    async (alg) => {
      await expectAccepted(server, await signAsym(alg, { sub: `user-${alg}` }), `user-${alg}`);
      // The keys really came over HTTP from the JWKS endpoint.
      expect(jwksFetches.get('/all/jwks.json') ?? 0).toBeGreaterThan(0);
    },
  );

  it('accepts a token expired 10 s ago, within the default 30 s clock skew', async () => {
    const token = await signHs256({ sub: 'alice', exp: nowSeconds() - 10 });
    await expectAccepted(server, token, 'alice');
  });

  it('accepts a token whose nbf is 10 s ahead, within the clock skew', async () => {
    const token = await signHs256({ sub: 'alice', nbf: nowSeconds() + 10 }, { expiresIn: '1h' });
    await expectAccepted(server, token, 'alice');
  });

  it('accepts matching issuer and audience when JWT_ISSUER and JWT_AUDIENCE are set', async () => {
    const token = await signHs256({ sub: 'erin', iss: ISSUER, aud: AUDIENCE }, { expiresIn: '1h' });
    await expectAccepted(strictServer, token, 'erin');
    const multi = await signHs256(
      { sub: 'erin', iss: ISSUER, aud: ['other', AUDIENCE] },
      { expiresIn: '1h' },
    );
    await expectAccepted(strictServer, multi, 'erin');
  });
});

// --- missing, forbidden, malformed ---------------------------------------------------------------

describe('missing and forbidden', () => {
  it('answers 401 AUTH_MISSING with a Bearer challenge when there is no Authorization header', async () => {
    const res = await call(server, null);
    expectProblem(res, 401, 'AUTH_MISSING', /Authorization: Bearer/);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
  });

  it('answers 403 AUTH_FORBIDDEN when a valid token for alice is used on /api/bob/tasks', async () => {
    const token = await signHs256({ sub: 'alice' }, { expiresIn: '1h' });
    const res = await server.request('GET', '/api/bob/tasks', { token });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.error_code).toBe('AUTH_FORBIDDEN');
    expect(res.text).not.toContain(token);
    expect((await server.request('GET', '/api/alice/tasks', { token })).status).toBe(200);
  });

  it.each(['Basic YWxpY2U6c2VjcmV0', 'Token abcdefghijklmnop', 'Bearer', 'Bearer two words'])(
    'rejects the Authorization header %j as not a Bearer token',
    async (header) => {
      const res = await call(server, null, '/api/me/tasks', { authorization: header });
      expectProblem(res, 401, 'AUTH_INVALID', /Bearer <token>/);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer\b/);
      const credentials = header.split(' ')[1];
      if (credentials) expect(res.text).not.toContain(credentials);
    },
  );

  it('rejects a valid token sent under a non-Bearer scheme', async () => {
    const token = await signHs256({ sub: 'alice' }, { expiresIn: '1h' });
    const res = await call(server, null, '/api/me/tasks', { authorization: `Token ${token}` });
    expectProblem(res, 401, 'AUTH_INVALID', /Bearer/);
    expect(res.text).not.toContain(token);
  });

  it.each([
    ['abc', 'abc'],
    ['a.b.c', 'a.b.c'],
    ['header only', encodeJson({ alg: 'HS256', typ: 'JWT' })],
    ['header and payload, no signature', `${encodeJson({ alg: 'HS256' })}.${encodeJson({ sub: 'alice' })}`],
    ['a non-JSON header', `${base64url.encode('not json')}.${encodeJson({ sub: 'alice' })}.c2ln`],
  ])('rejects a garbage token (%s) as malformed', async (_name, token) => {
    await expectRejected(token, /malformed/);
  });

  it('rejects an over-long token', async () => {
    const token = await signHs256({ sub: 'alice', pad: 'x'.repeat(9000) }, { expiresIn: '1h' });
    await expectRejected(token, /too long/);
  });
});

// --- signatures and algorithms -------------------------------------------------------------------

describe('signatures and algorithms', () => {
  it('rejects an unsigned token (alg none), with or without a trailing dot', async () => {
    const unsigned = `${encodeJson({ alg: 'none', typ: 'JWT' })}.${encodeJson({ sub: 'alice', exp: nowSeconds() + 3600 })}`;
    await expectRejected(`${unsigned}.`, /algorithm "none" is not accepted/);
    await expectRejected(unsigned, /malformed|algorithm/);
    const shouty = `${encodeJson({ alg: 'NONE' })}.${encodeJson({ sub: 'alice' })}.`;
    await expectRejected(shouty, /algorithm/);
  });

  it('rejects a token without an alg header', async () => {
    const token = `${encodeJson({ typ: 'JWT' })}.${encodeJson({ sub: 'alice' })}.c2lnbmF0dXJl`;
    await expectRejected(token, /algorithm null is not accepted/);
  });

  it('rejects HS256 signed with the RSA public key (PEM or JWK) as the HMAC secret: algorithm confusion', async () => {
    const pem = await exportSPKI(keys.RS256.publicKey);
    const jwk = JSON.stringify(await publicJwk(keys.RS256, kids.RS256, 'RS256'));
    for (const secret of [pem, pem.trim(), jwk]) {
      const token = await new SignJWT({ sub: 'alice' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: kids.RS256 })
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(secret));
      await expectRejected(token, /signature is invalid/);
    }
  });

  it('rejects an RS256-labelled token when the JWKS holds only an Ed25519 key', async () => {
    const rsa = await generateKeyPair('RS256');
    // Claims the Ed25519 key's kid: the key type must still fit the algorithm.
    const token = await signWith('RS256', rsa.privateKey, { sub: 'alice' }, { kid: 'ed-only-1' });
    await expectRejected(token, /unknown key/, edOnlyServer);
    // ...while a genuine EdDSA token is fine on that server.
    const good = await signWith('EdDSA', ed25519Only.privateKey, { sub: 'frank' }, { kid: 'ed-only-1' });
    await expectAccepted(edOnlyServer, good, 'frank');
  });

  it('rejects an ES256 token whose header claims the RS256 key', async () => {
    const token = await signWith('ES256', keys.ES256.privateKey, { sub: 'alice' }, { kid: kids.RS256 });
    await expectRejected(token, /unknown key|signature/);
  });

  it('rejects a token signed by a key whose kid is not in the JWKS', async () => {
    const stranger = await generateKeyPair('EdDSA');
    const token = await signWith('EdDSA', stranger.privateKey, { sub: 'alice' }, { kid: 'unknown-kid' });
    await expectRejected(token, /unknown key/);
  });

  it('rejects a token signed by a stranger key that reuses a known kid', async () => {
    const stranger = await generateKeyPair('EdDSA');
    const token = await signWith('EdDSA', stranger.privateKey, { sub: 'alice' }, { kid: kids.EdDSA });
    await expectRejected(token, /signature is invalid/);
  });

  it('rejects asymmetric tokens signed by a key neither Better Auth nor a JWKS_URL holds', async () => {
    const token = await signAsym('EdDSA', { sub: 'alice' });
    await expectRejected(token, /signed by an unknown key/, strictServer);
  });

  it('rejects a token signed with the wrong secret', async () => {
    const token = await signHs256(
      { sub: 'alice' },
      { secret: 'another-secret-that-is-long-enough-xyz', expiresIn: '1h' },
    );
    await expectRejected(token, /signature is invalid/);
  });

  it('rejects a tampered payload (HS256 and ES256)', async () => {
    const forged = encodeJson({ sub: 'bob', exp: nowSeconds() + 3600 });
    for (const token of [
      await signHs256({ sub: 'alice' }, { expiresIn: '1h' }),
      await signAsym('ES256', { sub: 'alice' }),
    ]) {
      const [header, , signature] = token.split('.');
      await expectRejected(`${header}.${forged}.${signature}`, /signature is invalid/);
    }
  });

  it('rejects a signature copied from another valid token', async () => {
    const a = (await signHs256({ sub: 'alice' }, { expiresIn: '1h' })).split('.');
    const b = (await signHs256({ sub: 'bob' }, { expiresIn: '2h' })).split('.');
    await expectRejected(`${a[0]}.${b[1]}.${a[2]}`, /signature is invalid/);
  });
});

// --- claims --------------------------------------------------------------------------------------

describe('claims', () => {
  it('rejects a token expired beyond the clock skew', async () => {
    await expectRejected(await signHs256({ sub: 'alice', exp: nowSeconds() - 60 }), /expired/);
    await expectRejected(await signAsym('EdDSA', { sub: 'alice', exp: nowSeconds() - 3600 }), /expired/);
  });

  it('rejects a token that is not valid yet (nbf beyond the skew)', async () => {
    const token = await signHs256({ sub: 'alice', nbf: nowSeconds() + 120 }, { expiresIn: '1h' });
    await expectRejected(token, /not valid yet/);
  });

  it.each([
    ['neither sub nor user_id', {}],
    ['an empty sub', { sub: '' }],
    ['an empty user_id', { user_id: '' }],
    ['a sub with a control character', { sub: 'ali\u0000ce' }],
    ['a sub with a newline', { sub: 'alice\nadmin' }],
    ['a sub with DEL', { sub: 'alice\u007f' }],
    ['a sub with a slash', { sub: 'alice/../bob' }],
    ['a 256-character sub', { sub: 'u'.repeat(256) }],
    ['a fractional user_id', { user_id: 4.2 }],
    ['an object user_id', { user_id: { id: 'alice' } }],
  ])('rejects a token with %s', async (_name, claims) => {
    await expectRejected(await signHs256(claims, { expiresIn: '1h' }), /subject/);
  });

  it('rejects a token from the wrong issuer when JWT_ISSUER is set', async () => {
    await expectRejected(
      await signHs256({ sub: 'alice', iss: 'https://evil.example', aud: AUDIENCE }, { expiresIn: '1h' }),
      /iss/,
      strictServer,
    );
    await expectRejected(
      await signHs256({ sub: 'alice', aud: AUDIENCE }, { expiresIn: '1h' }),
      /iss/,
      strictServer,
    );
  });

  it('rejects a token for the wrong audience when JWT_AUDIENCE is set', async () => {
    await expectRejected(
      await signHs256({ sub: 'alice', iss: ISSUER, aud: 'someone-else' }, { expiresIn: '1h' }),
      /aud/,
      strictServer,
    );
    await expectRejected(
      await signHs256({ sub: 'alice', iss: ISSUER }, { expiresIn: '1h' }),
      /aud/,
      strictServer,
    );
  });
});

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
