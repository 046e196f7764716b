// Two-factor sign-in over HTTP: enabling and disabling need the password (counted against the
// account), a password alone then makes no session and no JWT, codes computed here (RFC 6238 with
// node:crypto) finish the sign-in, wrong codes are refused and limited, a backup code works once,
// API keys are unaffected, and bad requests on the new routes change nothing. Passkeys over HTTP:
// two-factor-passkeys.test.ts; in Chromium: test/e2e/two-factor.e2e.ts.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetPasswordByEmail } from '../server/features/accounts/accounts.service.js';
import { passwordHasher } from '../server/features/accounts/auth.js';
import { queryRows } from '../server/platform/db/client.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';
import { linkIn, startSmtp } from './support/smtp.js';
import {
  Browser,
  base32,
  enable,
  PASSWORD,
  passwordStepOn,
  signedUpOn,
  state,
  totp,
  wrong,
} from './support/two-factor.js';

let server: TestServer;
let limited: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  limited = await startTestServer({ env: { AUTH_RATE_LIMIT: '3' } });
});
afterAll(async () => {
  await server?.close();
  await limited?.close();
});

const signedUp = (on: TestServer = server) => signedUpOn(on);
const passwordStep = (email: string, on: TestServer = server) => passwordStepOn(email, on);

describe('enabling two-factor sign-in', () => {
  it('needs the password: a wrong or missing one changes nothing', async () => {
    const { browser, id } = await signedUp();
    const before = await state(server, id);
    for (const body of [
      { password: 'not the password' },
      {},
      { password: 42 },
      { password: 'x'.repeat(200) },
    ]) {
      const res = await browser.request('POST', '/api/auth/two-factor/enable', body);
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    expect(await state(server, id)).toEqual(before);
    expect(before.enabled).toBe(false);
    expect(before.rows).toEqual([]);
  });

  it('answers the app key and backup codes once, stores them encrypted, and is on after a first code', async () => {
    const { browser, id, email } = await signedUp();
    const res = await browser.request('POST', '/api/auth/two-factor/enable', { password: PASSWORD });
    expect(res.status, res.text).toBe(200);
    const uri = res.body.totpURI as string;
    expect(uri).toMatch(/^otpauth:\/\/totp\/Doable:/);
    expect(decodeURIComponent(uri)).toContain(email);
    const backupCodes = res.body.backupCodes as string[];
    expect(backupCodes).toHaveLength(10);
    const secret = new URL(uri).searchParams.get('secret')!;
    const pending = await state(server, id);
    expect(pending.enabled).toBe(false);
    expect(pending.rows).toHaveLength(1);
    expect(pending.rows[0]!.verified).toBe(false);
    // Neither the secret nor a backup code is stored as it was shown.
    expect(pending.rows[0]!.secret).not.toContain(base32(secret).toString());
    for (const code of backupCodes) expect(pending.rows[0]!.backup_codes).not.toContain(code);

    // Until confirmed, a password sign-in still needs nothing more.
    expect((await passwordStep(email)).browser.hasSession()).toBe(true);

    const bad = await browser.request('POST', '/api/auth/two-factor/verify-totp', { code: wrong(uri) });
    expect(bad.status).toBe(401);
    expect((await state(server, id)).enabled).toBe(false);
    expect(
      (await browser.request('POST', '/api/auth/two-factor/verify-totp', { code: totp(uri) })).status,
    ).toBe(200);
    expect((await state(server, id)).enabled).toBe(true);
    // The session goes on (Better Auth renews it); the profile says so.
    const session = await browser.request('GET', '/api/auth/get-session');
    expect(session.body.user.twoFactorEnabled).toBe(true);
    // Enabling again is refused without changing the key.
    const again = await browser.request('POST', '/api/auth/two-factor/enable', { password: PASSWORD });
    expect(again.status).toBe(400);
    expect((await state(server, id)).rows[0]!.secret).toBe(pending.rows[0]!.secret);
  });

  it('is for a signed-in person: an API key or a JWT alone cannot turn it on or off', async () => {
    const { browser, id } = await signedUp();
    const key = await browser.request('POST', '/api/me/api-keys', { name: 'script' });
    expect(key.status, key.text).toBe(201);
    for (const path of ['/api/auth/two-factor/enable', '/api/auth/two-factor/disable']) {
      const res = await server.request('POST', path, {
        body: { password: PASSWORD },
        headers: { origin: TEST_APP_URL, 'x-api-key': key.body.key },
      });
      expect(res.status).toBe(401);
      const jwt = await server.request('POST', path, {
        body: { password: PASSWORD },
        token: await server.tokenFor(id),
      });
      expect(jwt.status).toBe(401);
    }
    expect((await state(server, id)).rows).toEqual([]);
  });
});

describe('signing in with a second factor', () => {
  it('a password alone makes no session and no JWT; the code does', async () => {
    const { browser, email, id } = await signedUp();
    const { uri } = await enable(browser);
    const before = (await state(server, id)).sessions;
    const { browser: other, res } = await passwordStep(email);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ twoFactorRedirect: true, twoFactorMethods: ['totp'] });
    expect(res.text).not.toMatch(/token/i);
    expect(other.hasSession()).toBe(false);
    expect((await state(server, id)).sessions).toBe(before);
    expect((await other.request('GET', '/api/me')).status).toBe(401);
    expect((await other.request('GET', '/api/auth/token')).status).toBe(401);
    expect((await other.request('GET', '/api/auth/get-session')).body).toBeNull();

    const bad = await other.request('POST', '/api/auth/two-factor/verify-totp', { code: wrong(uri) });
    expect(bad.status).toBe(401);
    expect(bad.body.code).toBe('INVALID_CODE');
    expect(other.hasSession()).toBe(false);

    const good = await other.request('POST', '/api/auth/two-factor/verify-totp', { code: totp(uri) });
    expect(good.status, good.text).toBe(200);
    expect(other.hasSession()).toBe(true);
    expect((await other.request('GET', '/api/me')).body.id).toBe(id);
    const token = await other.request('GET', '/api/auth/token');
    expect(token.status).toBe(200);
    expect((await server.request('GET', '/api/me', { token: token.body.token })).body.id).toBe(id);
    // The challenge is spent: the same cookie cannot make a second session.
    const replay = await new Browser(server).request('POST', '/api/auth/two-factor/verify-totp', {
      code: totp(uri),
    });
    expect(replay.status).toBe(401);
  });

  it('ends a challenge after 5 wrong codes, and locks the second step after 10 in a row', async () => {
    const { browser, email, id } = await signedUp();
    const { uri } = await enable(browser);
    const { browser: guesser } = await passwordStep(email);
    for (let i = 0; i < 5; i++) {
      const res = await guesser.request('POST', '/api/auth/two-factor/verify-totp', { code: wrong(uri) });
      expect(res.status).toBe(401);
    }
    const sixth = await guesser.request('POST', '/api/auth/two-factor/verify-totp', { code: totp(uri) });
    expect(sixth.status).toBe(400);
    expect(sixth.body.code).toBe('TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE');
    expect(guesser.hasSession()).toBe(false);

    const { browser: again } = await passwordStep(email);
    for (let i = 0; i < 5; i++) {
      expect(
        (await again.request('POST', '/api/auth/two-factor/verify-totp', { code: wrong(uri) })).status,
      ).toBe(401);
    }
    const { browser: owner } = await passwordStep(email);
    const locked = await owner.request('POST', '/api/auth/two-factor/verify-totp', { code: totp(uri) });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('ACCOUNT_TEMPORARILY_LOCKED');
    expect(owner.hasSession()).toBe(false);
    // An earlier session is not affected.
    expect((await browser.request('GET', '/api/me')).body.id).toBe(id);
  });

  it('takes a backup code once', async () => {
    const { browser, email, id } = await signedUp();
    const { backupCodes } = await enable(browser);
    const { browser: first } = await passwordStep(email);
    const used = await first.request('POST', '/api/auth/two-factor/verify-backup-code', {
      code: backupCodes[0],
    });
    expect(used.status, used.text).toBe(200);
    expect((await first.request('GET', '/api/me')).body.id).toBe(id);
    const { browser: second } = await passwordStep(email);
    const reused = await second.request('POST', '/api/auth/two-factor/verify-backup-code', {
      code: backupCodes[0],
    });
    expect(reused.status).toBe(401);
    expect(second.hasSession()).toBe(false);
    const next = await second.request('POST', '/api/auth/two-factor/verify-backup-code', {
      code: backupCodes[1],
    });
    expect(next.status).toBe(200);
    expect(second.hasSession()).toBe(true);
  });

  it('leaves API keys (and CalDAV app passwords) working without a code', async () => {
    const { browser, email, id } = await signedUp();
    const key = await browser.request('POST', '/api/me/api-keys', { name: 'script' });
    const app = await browser.request('POST', '/api/me/api-keys', { name: 'phone', scopes: ['caldav'] });
    expect(app.status, app.text).toBe(201);
    await enable(browser);
    const me = await server.request('GET', '/api/me', { headers: { 'x-api-key': key.body.key } });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(id);
    const dav = await server.request('PROPFIND', '/dav/', {
      headers: {
        authorization: `Basic ${Buffer.from(`${email}:${app.body.key}`).toString('base64')}`,
        depth: '0',
      },
    });
    expect(dav.status).toBe(207);
  });

  it('refuses bad second steps of every kind, changing nothing', async () => {
    const { browser, email, id } = await signedUp();
    const { uri } = await enable(browser);
    const { browser: other } = await passwordStep(email);
    const before = await state(server, id);
    const bodies: unknown[] = [
      undefined,
      {},
      { code: 123456 },
      { code: null },
      { code: 'x'.repeat(10_000) },
      [],
    ];
    for (const body of bodies) {
      const res = await other.request('POST', '/api/auth/two-factor/verify-totp', body);
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const text = await server.request('POST', '/api/auth/two-factor/verify-totp', {
      rawBody: 'code=123456',
      headers: { origin: TEST_APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(text.status).toBeGreaterThanOrEqual(400);
    expect(text.status).toBeLessThan(500);
    // No challenge cookie, or a forged one.
    const none = await new Browser(server).request('POST', '/api/auth/two-factor/verify-totp', {
      code: totp(uri),
    });
    expect(none.status).toBe(401);
    const forged = new Browser(server);
    forged.cookies.set('better-auth.two_factor', 'forged.value');
    expect(
      (await forged.request('POST', '/api/auth/two-factor/verify-totp', { code: totp(uri) })).status,
    ).toBe(401);
    // Codes by email or SMS are not offered.
    expect((await other.request('POST', '/api/auth/two-factor/send-otp', {})).status).toBe(404);
    expect((await other.request('POST', '/api/auth/two-factor/verify-otp', { code: '123456' })).status).toBe(
      404,
    );
    expect(
      (await browser.request('POST', '/api/auth/two-factor/enable', { password: PASSWORD, method: 'otp' }))
        .status,
    ).toBe(400);
    expect(other.hasSession()).toBe(false);
    const after = await state(server, id);
    expect(after.enabled).toBe(true);
    expect(after.rows).toEqual(before.rows);
    expect(after.sessions).toBe(before.sessions);
  });
});

describe('disabling two-factor sign-in', () => {
  it('needs the password; then a password signs in alone again', async () => {
    const { browser, email, id } = await signedUp();
    await enable(browser);
    for (const body of [{ password: 'not the password' }, {}, { password: ['x'] }]) {
      const res = await browser.request('POST', '/api/auth/two-factor/disable', body);
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await state(server, id)).enabled).toBe(true);
    expect((await passwordStep(email)).res.body.twoFactorRedirect).toBe(true);
    const off = await browser.request('POST', '/api/auth/two-factor/disable', { password: PASSWORD });
    expect(off.status, off.text).toBe(200);
    const after = await state(server, id);
    expect(after.enabled).toBe(false);
    expect(after.rows).toEqual([]);
    const { browser: plain } = await passwordStep(email);
    expect(plain.hasSession()).toBe(true);
    expect((await plain.request('GET', '/api/me')).body.id).toBe(id);
  });
});

describe('the verification link of an unverified address', () => {
  it('verifies it but signs nobody in around the second factor', async () => {
    const smtp = await startSmtp();
    const mailing = await startTestServer({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Doable <doable@example.com>' },
    });
    try {
      const { browser, email, id } = await signedUp(mailing);
      await enable(browser);
      const asked = await browser.request('POST', '/api/auth/send-verification-email', { email });
      expect(asked.status, asked.text).toBe(200);
      for (let i = 0; i < 100 && !smtp.received.some((m) => m.to.includes(email)); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const mail = smtp.received.find((m) => m.to.includes(email));
      const link = new URL(linkIn(mail!));
      const before = (await state(mailing, id)).sessions;
      const opened = await fetch(`${mailing.url}${link.pathname}${link.search}`, { redirect: 'manual' });
      expect(opened.status).toBe(403);
      expect(opened.headers.getSetCookie().some((c) => /session_token=[^;]/.test(c))).toBe(false);
      expect((await state(mailing, id)).sessions).toBe(before);
      const [user] = await queryRows<{ email_verified: boolean }>(
        mailing.database.db,
        sql`select email_verified from users where id = ${id}`,
      );
      expect(user!.email_verified).toBe(true);
    } finally {
      await mailing.close();
      await smtp.close();
    }
  });
});

describe("the operator's reset (npm run user:reset-password)", () => {
  it('turns two-factor sign-in off and deletes the passkeys, for someone who lost their phone', async () => {
    const { browser, email, id } = await signedUp();
    await enable(browser);
    await queryRows(
      server.database.db,
      sql`insert into passkeys (id, public_key, user_id, credential_id, counter, device_type, backed_up)
          values (${`pk-reset-${id}`}, 'cHVibGlj', ${id}, ${`cred-reset-${id}`}, 0, 'singleDevice', false)`,
    );
    const taken = await resetPasswordByEmail(server.database.db, passwordHasher, email, PASSWORD);
    expect(taken).toMatchObject({ twoFactorTurnedOff: true, passkeys: 1 });
    const after = await state(server, id);
    expect(after).toEqual({ enabled: false, rows: [], sessions: 0 });
    expect((await browser.request('GET', '/api/me')).status).toBe(401);
    const { browser: again } = await passwordStep(email);
    expect(again.hasSession()).toBe(true);
  });
});

describe('limits', () => {
  it('counts the password checks of enable and disable against the account, with /api/me/password', async () => {
    limited.newRateWindow();
    const { browser, id } = await signedUp(limited);
    for (let i = 0; i < 3; i++) {
      const res = await browser.request('POST', '/api/auth/two-factor/enable', { password: `wrong ${i}` });
      expect(res.status).toBe(400);
    }
    const right = await browser.request('POST', '/api/auth/two-factor/enable', { password: PASSWORD });
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toBeTruthy();
    const change = await browser.request('POST', '/api/me/password', {
      current_password: PASSWORD,
      new_password: 'another good password',
    });
    expect(change.status).toBe(429);
    expect((await state(limited, id)).rows).toEqual([]);
  });

  it('counts second steps per address', async () => {
    limited.newRateWindow();
    const guesser = new Browser(limited);
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      codes.push(
        (await guesser.request('POST', '/api/auth/two-factor/verify-totp', { code: '000000' })).status,
      );
    }
    expect(codes).toEqual([401, 401, 401, 429]);
    const backup: number[] = [];
    for (let i = 0; i < 2; i++) {
      backup.push(
        (await guesser.request('POST', '/api/auth/two-factor/verify-backup-code', { code: 'x' })).status,
      );
    }
    expect(backup).toEqual([429, 429]);
  });
});
