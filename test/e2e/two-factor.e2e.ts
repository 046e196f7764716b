// Two-factor sign-in and passkeys in chromium, with a virtual authenticator (the DevTools
// protocol's WebAuthn domain: CTAP2, built in, discoverable credentials, verifying its user). In
// Settings a person adds a passkey and renames it, then sets up an authenticator app from the key
// shown (the code computed here, RFC 6238) and sees the backup codes once. Signed out, the password
// alone leads to the second step, where a code signs in; a passkey signs in with no password; and
// at the second step a passkey stands in for the code. axe-core finds nothing on either screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  allTasks,
  browserSuite,
  expectAccessible,
  PASSWORD,
  signUp,
  type TestPage,
  totp,
} from './support.js';

const EMAIL = `pat.${Date.now()}@example.com`;
const suite = browserSuite();

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await page.getByRole('heading', { name: 'Sign in to Doable' }).waitFor();
}

async function passwordStep(page: Page) {
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Two-factor sign-in' }).waitFor();
}

describe('two-factor sign-in and passkeys', () => {
  let tab: TestPage;
  let credentials: () => Promise<number>;

  it('adds a passkey in Settings with a virtual authenticator, and renames it', async () => {
    tab = await suite.open();
    const { page, context } = tab;
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    credentials = async () =>
      (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials.length;

    await signUp(page, suite.url, 'Pat Passkey', EMAIL);
    await page.goto(`${suite.url}/settings`);
    const passkeys = page.getByRole('region', { name: 'Passkeys' });
    await passkeys.getByText('No passkeys yet.').waitFor();
    await passkeys.getByLabel('Passkey name').fill('work laptop');
    await passkeys.getByRole('button', { name: 'Add a passkey' }).click();
    await passkeys.getByRole('button', { name: 'Rename work laptop' }).waitFor();
    expect(await credentials()).toBe(1);

    await passkeys.getByRole('button', { name: 'Rename work laptop' }).click();
    await passkeys.getByLabel('New name').fill('my laptop');
    await passkeys.getByRole('button', { name: 'Save' }).click();
    await passkeys.getByRole('button', { name: 'Rename my laptop' }).waitFor();
    await expectAccessible(page, 'Settings with a passkey');
  });

  it('sets up an authenticator app: the key as a QR code and text, a code, backup codes once', async () => {
    const { page } = tab;
    const section = page.getByRole('region', { name: 'Two-factor sign-in' });
    await section.getByText('API keys and CalDAV app passwords keep working without a code').waitFor();
    await section.getByLabel('Your password, to set it up').fill('not my password');
    await section.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await section
      .getByRole('alert')
      .filter({ hasText: /password/i })
      .waitFor();

    await section.getByLabel('Your password, to set it up').fill(PASSWORD);
    await section.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await section.getByRole('img', { name: /QR code/ }).waitFor();
    const key = (await section.locator('code').textContent())?.trim() ?? '';
    expect(key).toMatch(/^[A-Z2-7]+=*$/);
    await expectAccessible(page, 'Settings, setting up two-factor sign-in');
    await section.getByLabel('Code from the app').fill(totp(key));
    await section.getByRole('button', { name: 'Turn on' }).click();
    const codes = section.getByRole('list', { name: 'Backup codes' }).getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    await section.getByRole('button', { name: 'I have saved them' }).click();
    await section.getByText('On: signing in with your password also asks for a code').waitFor();
    await signOut(page);

    // The password alone leads to the second step; a wrong code is refused, the right one signs in.
    await passwordStep(page);
    await expectAccessible(page, 'Sign-in, second step');
    await page.getByLabel('Code from your authenticator app').fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /invalid/i })
      .waitFor();
    await page.getByLabel('Code from your authenticator app').fill(totp(key));
    await page.getByRole('button', { name: 'Verify' }).click();
    await allTasks(page);
  });

  it('signs in with a passkey and no password, and with a passkey at the second step', async () => {
    const { page } = tab;
    await signOut(page);
    await page.getByRole('button', { name: 'Use a passkey', exact: true }).click();
    await allTasks(page);

    await signOut(page);
    await passwordStep(page);
    await page.getByRole('button', { name: 'Use a passkey instead' }).click();
    await allTasks(page);

    // Refused on purpose above: the wrong password (400), and the wrong code (401).
    expect(tab.errors.filter((e) => !/status of 40[01]/.test(e))).toEqual([]);
  });
});
