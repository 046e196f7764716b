// Passkeys over HTTP (made in Chromium: test/e2e/two-factor.e2e.ts): listed, renamed and deleted
// by their owner only, bad registrations and sign-ins refused, and a sign-in with a passkey whose
// device verified its user (assertions signed here with a P-256 key).
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../server/platform/db/client.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';
import { Browser, enable, signedUpOn, state, unique } from './support/two-factor.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const signedUp = (on: TestServer = server) => signedUpOn(on);

describe('passkeys over HTTP (made in chromium: test/e2e/two-factor.e2e.ts)', () => {
  /** A passkey row of `userId`, as a registration stores it (public key only). */
  async function storedPasskey(userId: string, name: string) {
    const id = `pk-${Date.now()}-${unique()}`;
    await queryRows(
      server.database.db,
      sql`insert into passkeys (id, name, public_key, user_id, credential_id, counter, device_type, backed_up, transports)
          values (${id}, ${name}, 'cHVibGlj', ${userId}, ${`cred-${id}`}, 0, 'singleDevice', false, 'internal')`,
    );
    return { id, credentialId: `cred-${id}` };
  }
  const passkeyRows = async (userId: string) =>
    queryRows<{ id: string; name: string; counter: number }>(
      server.database.db,
      sql`select id, name, counter from passkeys where user_id = ${userId} order by id`,
    );

  it('lists, renames and deletes only your own, within limits', async () => {
    const ann = await signedUp();
    const bob = await signedUp();
    const mine = await storedPasskey(ann.id, 'laptop');
    const list = await ann.browser.request('GET', '/api/auth/passkey/list-user-passkeys');
    expect(list.status).toBe(200);
    expect(list.body.map((p: { id: string }) => p.id)).toEqual([mine.id]);
    expect((await bob.browser.request('GET', '/api/auth/passkey/list-user-passkeys')).body).toEqual([]);
    const before = await passkeyRows(ann.id);

    // Another account's passkey, names too long or empty, unknown ids, no session: refused.
    const refused: [Browser, string, unknown][] = [
      [bob.browser, '/api/auth/passkey/update-passkey', { id: mine.id, name: 'taken' }],
      [bob.browser, '/api/auth/passkey/delete-passkey', { id: mine.id }],
      [ann.browser, '/api/auth/passkey/update-passkey', { id: mine.id, name: 'x'.repeat(101) }],
      [ann.browser, '/api/auth/passkey/update-passkey', { id: mine.id, name: '   ' }],
      [ann.browser, '/api/auth/passkey/update-passkey', { id: mine.id }],
      [ann.browser, '/api/auth/passkey/update-passkey', { id: 42, name: 'x' }],
      [ann.browser, '/api/auth/passkey/delete-passkey', { id: 'no-such-passkey' }],
      [ann.browser, '/api/auth/passkey/delete-passkey', {}],
      [new Browser(server), '/api/auth/passkey/delete-passkey', { id: mine.id }],
      [new Browser(server), '/api/auth/passkey/update-passkey', { id: mine.id, name: 'x' }],
    ];
    for (const [who, path, body] of refused) {
      const res = await who.request('POST', path, body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const long = await ann.browser.request('POST', '/api/auth/passkey/update-passkey', {
      id: mine.id,
      name: 'x'.repeat(101),
    });
    expect(long.status).toBe(422);
    expect(await passkeyRows(ann.id)).toEqual(before);
    // API keys cannot manage passkeys.
    const key = await ann.browser.request('POST', '/api/me/api-keys', { name: 'script' });
    const byKey = await server.request('GET', '/api/auth/passkey/list-user-passkeys', {
      headers: { 'x-api-key': key.body.key },
    });
    expect(byKey.status).toBe(401);

    const renamed = await ann.browser.request('POST', '/api/auth/passkey/update-passkey', {
      id: mine.id,
      name: 'work laptop',
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect((await passkeyRows(ann.id))[0]!.name).toBe('work laptop');
    expect(
      (await ann.browser.request('POST', '/api/auth/passkey/delete-passkey', { id: mine.id })).status,
    ).toBe(200);
    expect(await passkeyRows(ann.id)).toEqual([]);
  });

  it('refuses registrations without a session and bad passkey sign-ins, making no session', async () => {
    const ann = await signedUp();
    const mine = await storedPasskey(ann.id, 'laptop');
    const before = await state(server, ann.id);
    const stranger = new Browser(server);
    expect((await stranger.request('GET', '/api/auth/passkey/generate-register-options')).status).toBe(401);
    expect(
      (await stranger.request('POST', '/api/auth/passkey/verify-registration', { response: {} })).status,
    ).toBe(401);
    const longName = await ann.browser.request(
      'GET',
      `/api/auth/passkey/generate-register-options?name=${'x'.repeat(101)}`,
    );
    expect(longName.status).toBe(422);

    // No challenge, then a challenge with answers of every wrong kind.
    expect(
      (await stranger.request('POST', '/api/auth/passkey/verify-authentication', { response: {} })).status,
    ).toBe(400);
    for (const response of [
      { id: 'unknown-credential' },
      { id: mine.credentialId, rawId: mine.credentialId, type: 'public-key', response: {} },
      {
        id: mine.credentialId,
        response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA' },
      },
    ]) {
      const options = await stranger.request('GET', '/api/auth/passkey/generate-authenticate-options');
      expect(options.status).toBe(200);
      expect(options.body.challenge).toEqual(expect.any(String));
      const res = await stranger.request('POST', '/api/auth/passkey/verify-authentication', { response });
      expect(res.status, JSON.stringify(response)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(stranger.hasSession()).toBe(false);
    }
    for (const body of [undefined, {}, { response: 'x' }, []]) {
      const res = await stranger.request('POST', '/api/auth/passkey/verify-authentication', body);
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const after = await state(server, ann.id);
    expect(after.sessions).toBe(before.sessions);
    expect((await passkeyRows(ann.id))[0]!.counter).toBe(0);
  });

  it('signs in with a passkey whose device verified its user, and refuses one that did not', async () => {
    // An authenticator of our own: a P-256 key, its public half stored as a registration would
    // (COSE), assertions signed here as a device does (WebAuthn level 2, section 7.2).
    const ann = await signedUp();
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const x = Buffer.from(jwk.x!, 'base64url');
    const y = Buffer.from(jwk.y!, 'base64url');
    // CBOR map {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}
    const cose = Buffer.concat([
      Buffer.from([0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21, 0x58, 0x20]),
      x,
      Buffer.from([0x22, 0x58, 0x20]),
      y,
    ]);
    const credentialId = Buffer.from(`credential-${unique()}-${Date.now()}`).toString('base64url');
    await queryRows(
      server.database.db,
      sql`insert into passkeys (id, name, public_key, user_id, credential_id, counter, device_type, backed_up, transports)
          values (${`pk-${credentialId}`}, 'own', ${cose.toString('base64')}, ${ann.id}, ${credentialId}, 0, 'singleDevice', false, 'internal')`,
    );
    const assert = async (browser: Browser, flags: number, signCount: number) => {
      const options = await browser.request('GET', '/api/auth/passkey/generate-authenticate-options');
      expect(options.status).toBe(200);
      expect(options.body.rpId).toBe('localhost');
      const clientData = Buffer.from(
        JSON.stringify({ type: 'webauthn.get', challenge: options.body.challenge, origin: TEST_APP_URL }),
      );
      const count = Buffer.alloc(4);
      count.writeUInt32BE(signCount);
      const authData = Buffer.concat([
        createHash('sha256').update('localhost').digest(),
        Buffer.from([flags]),
        count,
      ]);
      const signature = sign(
        'sha256',
        Buffer.concat([authData, createHash('sha256').update(clientData).digest()]),
        privateKey,
      );
      return browser.request('POST', '/api/auth/passkey/verify-authentication', {
        response: {
          id: credentialId,
          rawId: credentialId,
          type: 'public-key',
          response: {
            clientDataJSON: clientData.toString('base64url'),
            authenticatorData: authData.toString('base64url'),
            signature: signature.toString('base64url'),
          },
          clientExtensionResults: {},
        },
      });
    };
    const before = (await state(server, ann.id)).sessions;
    // User present (0x01) but not verified: one factor, refused.
    const presentOnly = new Browser(server);
    const refused = await assert(presentOnly, 0x01, 1);
    expect(refused.status, refused.text).toBe(401);
    expect(refused.body.code).toBe('USER_VERIFICATION_REQUIRED');
    expect(presentOnly.hasSession()).toBe(false);
    expect((await state(server, ann.id)).sessions).toBe(before);
    // Present and verified (0x05): signed in, with no password and no code, 2FA on or not.
    await enable(ann.browser);
    const device = new Browser(server);
    const signedIn = await assert(device, 0x05, 2);
    expect(signedIn.status, signedIn.text).toBe(200);
    expect(device.hasSession()).toBe(true);
    expect((await device.request('GET', '/api/me')).body.id).toBe(ann.id);
    expect((await device.request('GET', '/api/auth/token')).status).toBe(200);
  });
});
