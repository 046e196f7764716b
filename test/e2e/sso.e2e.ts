// Single sign-on in Chromium: "Sign in with <name>" on the sign-in screen, the
// real OpenID provider's own login and consent pages (`oidc-provider` on loopback,
// test/support/oidc-provider.ts), and back in the app signed in; a cancelled sign-in lands on the
// sign-in screen saying so.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider.js';
import {
  allTasks,
  expectAccessible,
  freePort,
  launchBrowser,
  openPage,
  type RunningServer,
  signUp,
  startServer,
} from './support.js';

let idp: TestOidcProvider;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // The provider knows Doable's callback before Doable starts, so Doable's port is chosen first.
  const port = await freePort();
  const url = `http://localhost:${port}`;
  idp = await startOidcProvider(`${url}/api/auth/callback/oidc`);
  idp.people.set('alice', { email: 'alice@example.com', email_verified: true, name: 'Alice Example' });
  idp.people.set('bob', { email: 'bob@example.com', email_verified: true, name: 'Bob Example' });
  server = await startServer({ ...idp.env, PORT: String(port) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await idp?.close();
});

describe('single sign-on', () => {
  it('"Sign in with Test IdP": the provider’s login and consent, then the app, signed in', async () => {
    const { page } = await openPage(browser);
    // Doable's own errors only: the provider's development pages load fonts from the internet.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.location().url.startsWith(server.url))
        errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/signin`);
    await page.getByRole('button', { name: 'Sign in with Test IdP' }).waitFor();
    await expectAccessible(page, 'sign-in with single sign-on');
    await page.getByRole('button', { name: 'Sign in with Test IdP' }).click();
    // The provider's own pages.
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').fill('alice');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    // Back in Doable.
    await allTasks(page);
    expect(new URL(page.url()).origin).toBe(server.url);
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me).toMatchObject({ email: 'alice@example.com', name: 'Alice Example', email_verified: true });
    expect(errors).toEqual([]);
  });

  it('cancelled at the provider: back on the sign-in screen, which says so', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${server.url}/signin`);
    await page.getByRole('button', { name: 'Sign in with Test IdP' }).click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.getByRole('link', { name: '[ Cancel ]' }).click();
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/signin');
    expect(new URL(page.url()).searchParams.get('sso_error')).toBe('access_denied');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe('Signing in with Test IdP was cancelled.');
    await expectAccessible(page, 'sign-in after a cancelled single sign-on');
    // Not signed in.
    expect(await page.evaluate(async () => (await fetch('/api/me')).status)).toBe(401);
  });

  it('a password account links the provider in Settings, then signs in with it', async () => {
    const { page } = await openPage(browser);
    await signUp(page, server.url, 'Bob', 'bob@example.com');
    await page.goto(`${server.url}/settings`);
    await page.getByRole('button', { name: 'Link Test IdP' }).click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').fill('bob');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/settings');
    await page.getByText('You can sign in with Test IdP.').waitFor();

    // Signed out, the provider (its session still open) signs Bob straight back in.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/signin');
    await page.getByRole('button', { name: 'Sign in with Test IdP' }).click();
    await allTasks(page);
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me).toMatchObject({ email: 'bob@example.com', name: 'Bob' });
  });
});
