// What the two-factor and passkey suites share: TOTP codes computed here (RFC 6238 with
// node:crypto), a browser with a cookie jar, accounts signed up and signed in, and their state.
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../../server/platform/db/client.js';
import { keepCookies } from './cookies.js';

export { base32 } from './totp.js';

import { TEST_APP_URL, type TestServer } from './server.js';
import { totpOfKey } from './totp.js';

export const PASSWORD = 'correct horse battery staple';
let counter = 0;
/** A number not handed out before in this run, for unique names. */
export const unique = () => counter++;

/** The TOTP code (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) of the URI's secret at `at`. */
export function totp(uri: string, at = Date.now()): string {
  return totpOfKey(new URL(uri).searchParams.get('secret')!, at);
}

/** A code that is not the current one (nor its neighbours). */
export function wrong(uri: string): string {
  const near = new Set([-1, 0, 1].map((n) => totp(uri, Date.now() + n * 30_000)));
  let code = 0;
  while (near.has(String(code).padStart(6, '0'))) code++;
  return String(code).padStart(6, '0');
}

/** A person in a browser: a cookie jar and the app's Origin on every request. */
export class Browser {
  cookies = new Map<string, string>();
  constructor(readonly on: TestServer) {}

  async request(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.on.request(method, path, {
      body,
      headers: { origin: TEST_APP_URL, ...(cookie ? { cookie } : {}), ...extra },
    });
    keepCookies(this.cookies, res.headers);
    return res;
  }

  hasSession() {
    return [...this.cookies.keys()].some((k) => k.endsWith('better-auth.session_token'));
  }
}

/** A new account, signed in on a browser of its own. */
export async function signedUpOn(on: TestServer) {
  const email = `two.${Date.now()}.${counter++}@example.com`;
  const up = await on.request('POST', '/api/auth/sign-up/email', {
    body: { name: 'Two', email, password: PASSWORD },
    headers: { origin: TEST_APP_URL },
  });
  expect(up.status, up.text).toBe(200);
  const browser = new Browser(on);
  expect(
    (await browser.request('POST', '/api/auth/sign-in/email', { email, password: PASSWORD })).status,
  ).toBe(200);
  return { browser, email, id: up.body.user.id as string };
}

export async function state(on: TestServer, userId: string) {
  const [user] = await queryRows<{ two_factor_enabled: boolean }>(
    on.database.db,
    sql`select two_factor_enabled from users where id = ${userId}`,
  );
  const rows = await queryRows<{ secret: string; backup_codes: string; verified: boolean }>(
    on.database.db,
    sql`select secret, backup_codes, verified from two_factors where user_id = ${userId}`,
  );
  const [sessions] = await queryRows<{ n: number }>(
    on.database.db,
    sql`select count(*)::int as n from sessions where user_id = ${userId}`,
  );
  return { enabled: user!.two_factor_enabled, rows, sessions: sessions!.n };
}

/** Turns two-factor sign-in on for a signed-in browser; answers the otpauth URI and backup codes. */
export async function enable(browser: Browser) {
  const res = await browser.request('POST', '/api/auth/two-factor/enable', { password: PASSWORD });
  expect(res.status, res.text).toBe(200);
  const uri = res.body.totpURI as string;
  const confirmed = await browser.request('POST', '/api/auth/two-factor/verify-totp', { code: totp(uri) });
  expect(confirmed.status, confirmed.text).toBe(200);
  return { uri, backupCodes: res.body.backupCodes as string[] };
}

/** A password sign-in on a fresh browser: answers it, waiting for its second step. */
export async function passwordStepOn(email: string, on: TestServer) {
  const browser = new Browser(on);
  const res = await browser.request('POST', '/api/auth/sign-in/email', { email, password: PASSWORD });
  return { browser, res };
}
