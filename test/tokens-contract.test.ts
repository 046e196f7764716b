// The bearer-token contract over HTTP: which JWTs are accepted, and that every rejection (missing,
// forbidden, malformed, bad signatures and algorithms, bad claims) is a 401 problem that explains itself.
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
  SignJWT,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiResponse, signHs256, startTestServer, type TestServer } from './support/server.js';

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
