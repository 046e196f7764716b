// Account email over a real SMTP conversation: password reset end to end, email verification, the
// operator's reset command, secrets kept out of errors, account emails in the outbox, the email configuration.
import { execFile } from 'node:child_process';
import { createECDH, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runResetPassword } from '../server/features/accounts/reset-password.command.js';
import { mailError } from '../server/features/mail/mailer.js';
import { ConfigError, loadConfig } from '../server/platform/config.js';
import { type DatabaseHandle, rawQuery } from '../server/platform/db/client.js';
import { captured } from './support/cli.js';
import { lastingDatabase } from './support/database.js';
import { expectProblem } from './support/expect.js';
import { until } from './support/live.js';
import { startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';
import { linkIn, SMTP_PASSWORD, startSmtp, type TestSmtp } from './support/smtp.js';

const ORIGIN = { origin: TEST_APP_URL };
const FROM = 'Doable <doable@example.com>';
let counter = 0;
const uniqueEmail = (name: string) => `${name}.${Date.now()}.${counter++}@example.com`;

let smtp: TestSmtp;
let server: TestServer;
beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: FROM } });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const post = (on: TestServer, p: string, body: unknown, headers: Record<string, string> = {}) =>
  on.request('POST', p, { body, headers: { ...ORIGIN, ...headers } });

async function signUp(on: TestServer, name: string, password = 'correct horse battery') {
  const email = uniqueEmail(name);
  const up = await post(on, '/api/auth/sign-up/email', { email, password, name });
  expect(up.status).toBe(200);
  return { email, password };
}

const signIn = (on: TestServer, email: string, password: string) =>
  post(on, '/api/auth/sign-in/email', { email, password });

/** The next email to `to` (waiting for it). */
async function mailTo(to: string, ms = 10_000) {
  await until(() => smtp.received.some((m) => m.to.includes(to)), `an email to ${to}`, ms);
  return smtp.received.filter((m) => m.to.includes(to));
}

describe('password reset', () => {
  it('emails a link to the web app; its token sets a new password once; sign-in works with it', async () => {
    const { email, password } = await signUp(server, 'reset');
    const asked = await post(server, '/api/auth/request-password-reset', { email });
    expect(asked.status).toBe(200);
    const [mail] = await mailTo(email);
    expect(mail!.subject).toBe('Reset your Doable password');
    expect(mail!.headers.get('from')).toBe('Doable <doable@example.com>');
    const link = new URL(linkIn(mail!));
    expect(`${link.origin}${link.pathname}`).toBe(`${TEST_APP_URL}/reset-password`);
    const token = link.searchParams.get('token')!;
    expect(token).toMatch(/^\w{16,}$/);

    const before = await signIn(server, email, password);
    expect(before.status).toBe(200);
    const cookie = before.headers.getSetCookie()[0]!.split(';')[0]!;
    // What someone holding the account before its owner recovered it could have left behind.
    const asSession = (method: string, path: string, body?: unknown) =>
      server.request(method, path, { token: null, headers: { cookie, origin: TEST_APP_URL }, body });
    const key = await asSession('POST', '/api/me/api-keys', { name: 'back door' });
    expect(key.status, key.text).toBe(201);
    const hook = await asSession('POST', '/api/me/webhooks', {
      url: 'https://93.184.216.34/hook',
      events: ['created'],
    });
    expect(hook.status, hook.text).toBe(201);
    const browserKey = createECDH('prime256v1');
    browserKey.generateKeys();
    const device = await asSession('POST', '/api/me/push-subscriptions', {
      endpoint: 'https://93.184.216.34/push/back-door',
      keys: {
        p256dh: browserKey.getPublicKey().toString('base64url'),
        auth: randomBytes(16).toString('base64url'),
      },
    });
    expect(device.status, device.text).toBe(201);

    const reset = await post(server, '/api/auth/reset-password', {
      newPassword: 'a brand new password',
      token,
    });
    expect(reset.status).toBe(200);
    expect((await signIn(server, email, password)).status).toBe(401);
    expect((await signIn(server, email, 'a brand new password')).status).toBe(200);
    // The sessions of the old password ended with the reset, and so did everything else that let
    // someone in: the API key is revoked, the webhook paused (saying why), the device forgotten.
    expect((await server.request('GET', '/api/me', { headers: { cookie } })).status).toBe(401);
    const byKey = await server.request('GET', '/api/me/tasks', {
      token: null,
      headers: { 'x-api-key': key.body.key },
    });
    expect(byKey.status).toBe(401);
    const signedIn = await signIn(server, email, 'a brand new password');
    const owner = signedIn.headers.getSetCookie()[0]!.split(';')[0]!;
    const asOwner = (path: string) =>
      server.request('GET', path, { token: null, headers: { cookie: owner, origin: TEST_APP_URL } });
    expect((await asOwner('/api/me/api-keys')).body.api_keys).toEqual([]);
    const [paused] = (await asOwner('/api/me/webhooks')).body.webhooks;
    expect(paused).toMatchObject({
      id: hook.body.id,
      disabled_reason: expect.stringMatching(/password reset/),
    });
    expect(paused.disabled_at).not.toBeNull();
    expect((await asOwner('/api/me/push-subscriptions')).body.subscriptions).toEqual([]);
    // And the owner is told what was taken back, with the way to Settings to put back what is theirs.
    await until(
      async () => (await mailTo(email)).some((m) => m.subject === 'Your Doable password was reset'),
      'the notice of the reset',
    );
    const notice = (await mailTo(email)).find((m) => m.subject === 'Your Doable password was reset')!;
    expect(notice.text).toContain('revoked every API key');
    expect(notice.text).toContain(`${TEST_APP_URL}/settings`);
    // The token works once.
    const again = await post(server, '/api/auth/reset-password', {
      newPassword: 'yet another password',
      token,
    });
    expectProblem(again, 400, 'BAD_REQUEST');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const email = uniqueEmail('nobody');
    const asked = await post(server, '/api/auth/request-password-reset', { email });
    expect(asked.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.some((m) => m.to.includes(email))).toBe(false);
  });

  it('refuses a short password and an unknown token', async () => {
    const short = await post(server, '/api/auth/reset-password', {
      newPassword: 'short',
      token: 'x'.repeat(24),
    });
    expect(short.status).toBe(400);
    const unknown = await post(server, '/api/auth/reset-password', {
      newPassword: 'long enough password',
      token: 'x'.repeat(24),
    });
    expect(unknown.status).toBe(400);
  });

  it('without SMTP the reset endpoints are off (the web app says email is not set up)', async () => {
    const plain = await startTestServer();
    try {
      const asked = await post(plain, '/api/auth/request-password-reset', { email: uniqueEmail('off') });
      expect(asked.status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('email verification (REQUIRE_EMAIL_VERIFICATION)', () => {
  it('sign-up emails a link; sign-in waits for it; the link verifies and signs in', async () => {
    const strict = await startTestServer({
      env: { SMTP_URL: smtp.url, MAIL_FROM: FROM, REQUIRE_EMAIL_VERIFICATION: 'true' },
    });
    try {
      const { email, password } = await signUp(strict, 'verify');
      const [mail] = await mailTo(email);
      expect(mail!.subject).toBe('Verify your email address for Doable');
      const refused = await signIn(strict, email, password);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');

      const link = new URL(linkIn(mail!));
      expect(`${link.origin}${link.pathname}`).toBe(`${TEST_APP_URL}/api/auth/verify-email`);
      const opened = await fetch(`${strict.url}${link.pathname}${link.search}`, { redirect: 'manual' });
      expect(opened.status).toBe(302);
      expect(opened.headers.get('location')).toBe('/');
      const cookie = opened.headers.getSetCookie()[0]!.split(';')[0]!;
      expect((await strict.request('GET', '/api/me', { headers: { cookie } })).status).toBe(200);
      expect((await signIn(strict, email, password)).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('the operator resets a password (npm run user:reset-password)', () => {
  const run = (env: Record<string, string>, args: string[], input?: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['server/launch/cli.mjs', 'reset-password', ...args],
        { env: { PATH: process.env.PATH, ...env }, timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin!.end(input ?? '');
    });
  /**
   * The same command in this process, with nothing on standard input, on `database` open already (a
   * process of its own opening the embedded database from disk took about 3 s of CPU each).
   */
  const inProcess = (env: Record<string, string>, args: string[], database: DatabaseHandle) =>
    captured((out) => runResetPassword(args, env, async () => undefined, out, database));

  it('sets a given or generated password on the configured database', async () => {
    const { env, open, cleanup } = await lastingDatabase();
    try {
      let app = await startTestServer({ database: await open() });
      const { email, password } = await signUp(app, 'operator');
      const session = (await signIn(app, email, password)).headers.getSetCookie()[0]!.split(';')[0]!;
      const key = await app.request('POST', '/api/me/api-keys', {
        token: null,
        headers: { cookie: session, origin: TEST_APP_URL },
        body: { name: 'left behind' },
      });
      expect(key.status, key.text).toBe(201);
      await app.close(); // the embedded database has one user at a time

      const given = await run(env, [email.toUpperCase()], 'typed by the operator\n');
      expect(given.stderr).toBe('');
      expect(given.code).toBe(0);
      expect(given.stdout).toContain(`The password of ${email} is changed`);
      // As a reset by email does: the API key is revoked.
      expect(given.stdout).toContain('1 API key(s) were revoked');
      const usage = await run(env, []);
      expect(usage.code).toBe(1);
      expect(usage.stderr).toContain('Usage: npm run user:reset-password');

      const database = await open();
      const generated = await inProcess(env, [email], database);
      expect(generated.code).toBe(0);
      const newPassword = /is: (\S+)/.exec(generated.stdout)![1]!;
      expect(newPassword.length).toBeGreaterThanOrEqual(16);
      const unknown = await inProcess(env, ['nobody@example.com'], database);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('No account has the email nobody@example.com');

      app = await startTestServer({ database });
      expect((await signIn(app, email, password)).status).toBe(401);
      expect((await signIn(app, email, 'typed by the operator')).status).toBe(401);
      expect((await signIn(app, email, newPassword)).status).toBe(200);
      const byKey = await app.request('GET', '/api/me/tasks', {
        token: null,
        headers: { 'x-api-key': key.body.key },
      });
      expect(byKey.status).toBe(401);
      await app.close();
    } finally {
      await cleanup();
    }
  }, 120_000);
});

describe('secrets', () => {
  it('a send error never carries the SMTP URL or its password', () => {
    const url = `smtp://doable:${SMTP_PASSWORD}@mail.example.com:587`;
    const text = mailError(Object.assign(new Error(`connect failed to ${url}`), { code: 'ECONNECTION' }), {
      smtpUrl: url,
    });
    expect(text).not.toContain(SMTP_PASSWORD);
    expect(text).toContain('ECONNECTION');
    expect(mailError(new Error(`smtps://u:${SMTP_PASSWORD}@h`))).not.toContain(SMTP_PASSWORD);
  });
});

/** Fast workers: reminders, webhooks and mail every 0.2 s; failed sends retried after 0.3 s. */
const FAST = {
  REMINDER_POLL_SECONDS: '0.2',
  WEBHOOK_POLL_SECONDS: '0.2',
  WEBHOOK_ALLOW_PRIVATE: 'true',
  MAIL_POLL_SECONDS: '0.2',
  MAIL_RETRY_SECONDS: '0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3,0.3',
};

describe('account emails in the outbox', () => {
  it('are recorded and retried like reminders, with the link sealed until sent, then cleared', async () => {
    const local = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: FROM, ...FAST } });
    try {
      const { email } = await signUp(local, 'outbox-reset');
      smtp.failing = true;
      const refusedBefore = smtp.refused;
      expect((await post(local, '/api/auth/request-password-reset', { email })).status).toBe(200);
      await until(() => smtp.refused >= refusedBefore + 2, 'two refused sends');
      const rows = () =>
        rawQuery<{
          kind: string;
          status: string;
          attempts: number;
          sealed_link: string | null;
          last_error: string;
        }>(
          local.database.db,
          `select o.kind, o.status, o.attempts, o.sealed_link, o.last_error
           from email_outbox o join users u on u.id = o.user_id where u.email = $1`,
          [email],
        );
      const [waiting] = await rows();
      expect(waiting).toMatchObject({ kind: 'reset', status: 'pending' });
      expect(waiting!.last_error).toContain('451');
      expect(waiting!.sealed_link).toMatch(/^v1\./);

      smtp.failing = false;
      const [mail] = await mailTo(email);
      const token = new URL(linkIn(mail!)).searchParams.get('token')!;
      // Stored sealed: the row never showed the token.
      expect(waiting!.sealed_link).not.toContain(token);
      await new Promise((r) => setTimeout(r, 700));
      expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
      const [sent] = await rows();
      expect(sent).toMatchObject({ kind: 'reset', status: 'sent', sealed_link: null });
      expect(Number(sent!.attempts)).toBeGreaterThanOrEqual(3);
      // The emailed link works.
      expect(
        (await post(local, '/api/auth/reset-password', { newPassword: 'a brand new password', token }))
          .status,
      ).toBe(200);
    } finally {
      smtp.failing = false;
      await local.close();
    }
  }, 60_000);

  it('a link that expired before the SMTP server took it is not sent', async () => {
    const local = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: FROM, ...FAST } });
    try {
      const { email } = await signUp(local, 'outbox-expired');
      smtp.failing = true;
      const refusedBefore = smtp.refused;
      expect((await post(local, '/api/auth/request-password-reset', { email })).status).toBe(200);
      await until(() => smtp.refused > refusedBefore, 'a refused send');
      await rawQuery(
        local.database.db,
        `update email_outbox set expires_at = now() - interval '1 second'`,
        [],
      );
      smtp.failing = false;
      await until(async () => {
        const [row] = await rawQuery<{ status: string }>(
          local.database.db,
          'select status from email_outbox',
          [],
        );
        return row?.status === 'cancelled';
      }, 'the expired email cancelled');
      const [row] = await rawQuery<{ sealed_link: string | null }>(
        local.database.db,
        'select sealed_link from email_outbox',
        [],
      );
      expect(row!.sealed_link).toBeNull();
      expect(smtp.received.some((m) => m.to.includes(email))).toBe(false);
    } finally {
      smtp.failing = false;
      await local.close();
    }
  }, 60_000);
});

describe('the email configuration', () => {
  const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: '/tmp/doable-mail-config', ...env });

  it('is off without SMTP_URL and MAIL_FROM, on with both; the host is named without credentials', () => {
    expect(load({}).mail).toBeUndefined();
    const mail = load({ SMTP_URL: `smtps://doable:${SMTP_PASSWORD}@mail.example.com`, MAIL_FROM: FROM })
      .mail!;
    expect(mail).toMatchObject({
      smtpHost: 'mail.example.com:465',
      from: FROM,
      requireEmailVerification: false,
    });
    expect(load({ SMTP_URL: 'smtp://mail.example.com', MAIL_FROM: 'a@example.com' }).mail!.smtpHost).toBe(
      'mail.example.com:587',
    );
  });

  it.each([
    [{ SMTP_URL: 'smtp://mail.example.com' }, 'MAIL_FROM: is needed too'],
    [{ MAIL_FROM: 'a@example.com' }, 'SMTP_URL: is needed too'],
    [{ SMTP_URL: 'https://mail.example.com', MAIL_FROM: 'a@example.com' }, 'SMTP_URL: must be an smtp://'],
    [{ SMTP_URL: 'smtp://mail.example.com', MAIL_FROM: 'not an address' }, 'MAIL_FROM: must be an address'],
    [{ REQUIRE_EMAIL_VERIFICATION: 'true' }, 'REQUIRE_EMAIL_VERIFICATION: needs SMTP_URL and MAIL_FROM'],
    [{ MAIL_RETRY_SECONDS: 'soon' }, 'MAIL_RETRY_SECONDS: must be 1-20'],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => load(env as Record<string, string>)).toThrow(ConfigError);
    expect(() => load(env as Record<string, string>)).toThrow(message);
  });

  it('npm start refuses a half-set email configuration without printing the password', async () => {
    const url = `smtps://doable:${SMTP_PASSWORD}@mail.example.com`;
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ['server/launch/start.mjs'],
        {
          env: { PATH: process.env.PATH, SMTP_URL: url, DATA_DIR: '/tmp/doable-mail-start' },
          timeout: 60_000,
        },
        (error, stdout, stderr) =>
          resolve({
            code: error ? Number((error as { code?: number }).code ?? 1) : 0,
            output: stdout + stderr,
          }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('MAIL_FROM: is needed too');
    expect(result.output).not.toContain(SMTP_PASSWORD);
  });

  it('never puts the SMTP password in the error of a bad URL', () => {
    try {
      load({ SMTP_URL: `ftp://doable:${SMTP_PASSWORD}@mail.example.com`, MAIL_FROM: FROM });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain(SMTP_PASSWORD);
    }
  });
});
