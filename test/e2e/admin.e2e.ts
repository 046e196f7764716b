// The Admin screen in chromium, on a fresh server: the first account to sign up is its
// administrator; a second signs up in another browser context. The administrator opens /admin
// (linked from the header), sees both accounts, disables the second after a confirmation (its
// requests answer 401 and it cannot sign in), enables it again (it signs in), and the log shows
// both actions; the second account's open page turns to sign-in once one of its requests is
// refused. Sign-up by invitation: the administrator sets it, makes a link, and a newcomer who opens
// the link makes an account with it; Back up now writes a backup. axe-core finds nothing on the
// Admin screen, on a desktop and on a phone; the second account has no Admin link and /admin
// tells it who may see the page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, PASSWORD, signUp, type TestPage } from './support.js';

const RUN = Date.now();
const ADMIN = `ada.${RUN}@example.com`;
const OTHER = `bo.${RUN}@example.com`;

const suite = browserSuite();

const accounts = (page: Page) => page.getByRole('table', { name: 'Accounts' });
const row = (page: Page, email: string) =>
  accounts(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: email }) });
const log = (page: Page) => page.getByRole('list', { name: 'Log' });

async function signIn(page: Page, email: string) {
  await page.goto(`${suite.url}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('administering accounts', () => {
  let admin: TestPage;
  let other: TestPage;

  it('the first account is the administrator and sees every account on /admin', async () => {
    admin = await suite.open();
    await signUp(admin.page, suite.url, 'Ada Admin', ADMIN);
    other = await suite.open();
    await signUp(other.page, suite.url, 'Bo Other', OTHER);

    const { page } = admin;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'Admin', level: 1 }).waitFor();
    await row(page, OTHER).waitFor();
    await expect
      .poll(() => accounts(page).getByRole('rowheader').allTextContents())
      .toEqual([`${ADMIN} (you)`, OTHER]);
    // One's own row cannot be disabled or deleted.
    expect(await page.getByRole('button', { name: `Disable ${ADMIN}` }).count()).toBe(0);
    expect(await page.getByRole('button', { name: `Delete ${ADMIN}` }).count()).toBe(0);
    await expectAccessible(page, 'Admin, desktop');

    // The search narrows the accounts by the beginning of the address.
    await page.getByRole('searchbox', { name: 'Search by email' }).fill('bo.');
    await expect.poll(() => accounts(page).getByRole('rowheader').allTextContents()).toEqual([OTHER]);
    await page.getByRole('searchbox', { name: 'Search by email' }).fill('');
    await expect.poll(() => accounts(page).getByRole('rowheader').count()).toBe(2);
  });

  it('a non-administrator has no Admin link, and /admin says who may see it', async () => {
    const { page } = other;
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).count(),
    ).toBe(0);
    await page.goto(`${suite.url}/admin`);
    await page.getByText("Only the server's administrators can see this page").waitFor();
    await expectAccessible(page, 'Admin, refused');
    // Its task list stays open: what a tab does when the account is disabled (below).
    await page.goto(`${suite.url}/`);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  });

  it('disables the second account: it is signed out and cannot sign in', async () => {
    const { page } = admin;
    await page.getByRole('button', { name: `Disable ${OTHER}` }).click();
    const dialog = page.getByRole('dialog', { name: `Disable ${OTHER}?` });
    await expectAccessible(page, 'Admin, the disable dialog');
    await dialog.getByRole('button', { name: `Disable ${OTHER}` }).click();
    await page.getByRole('button', { name: `Enable ${OTHER}` }).waitFor();
    await expect.poll(() => row(page, OTHER).getByRole('cell').nth(7).textContent()).toBe('Yes');

    // Its sessions are gone: its browser's requests are refused at once (what its open page then
    // shows is a race between its requests: docs/operations.md), and signing in is refused.
    const refused = await other.page.request.get(`${suite.url}/api/me`);
    expect(refused.status()).toBe(401);
    const again = (await suite.open()).page;
    await signIn(again, OTHER);
    await again
      .getByRole('alert')
      .filter({ hasText: /disabled/ })
      .waitFor();
    expect(new URL(again.url()).pathname).toBe('/signin');
    // Its open page asks for its lists again within 15 s; refused, it turns to sign-in.
    await other.page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 30_000 });
  });

  it('enables it again: it signs in; the log shows both actions, newest first', async () => {
    const { page } = admin;
    await page.getByRole('button', { name: `Enable ${OTHER}` }).click();
    await page.getByRole('button', { name: `Disable ${OTHER}` }).waitFor();
    await expect.poll(() => row(page, OTHER).getByRole('cell').nth(7).textContent()).toBe('No');

    const back = (await suite.open()).page;
    await signIn(back, OTHER);
    await back.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

    await expect
      .poll(() => log(page).getByRole('listitem').allTextContents())
      .toEqual([
        expect.stringContaining(`${ADMIN} enabled ${OTHER}`),
        expect.stringContaining(`${ADMIN} disabled ${OTHER}`),
      ]);
    await expectAccessible(page, 'Admin, with the log');
    expect(admin.errors).toEqual([]);
  });

  it('sign-up by invitation: a link from the Admin screen makes one account; Back up now writes a backup', async () => {
    const { page } = admin;
    const signup = page.getByRole('region', { name: 'Sign-up' });
    // The choice is the server's: the radio follows once it answered (a click, not a check).
    await signup.getByRole('radio', { name: /^By invitation/ }).click();
    await signup.getByText(/Set here; SIGNUP says open/).waitFor();
    await signup.getByRole('textbox', { name: /Invitation link for/ }).fill('Cy');
    await signup.getByRole('button', { name: 'Make an invitation link' }).click();
    const link = await signup.getByRole('textbox', { name: 'Invitation link', exact: true }).inputValue();
    expect(link).toMatch(/\?signup=\d+#[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page, 'Admin, an invitation link');

    const newcomer = (await suite.open()).page;
    await newcomer.goto(link);
    await newcomer.getByText('You were invited to this server: this link makes one account.').waitFor();
    expect(new URL(newcomer.url()).pathname).toBe('/signup');
    await newcomer.getByLabel('Name').fill('Cy');
    await newcomer.getByLabel('Email').fill(`cy.${RUN}@example.com`);
    await newcomer.getByLabel('Password').fill(PASSWORD);
    await newcomer.getByRole('button', { name: 'Create account' }).click();
    await newcomer.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    // The Admin screen, opened again, says who used it.
    await page.reload();
    await expect
      .poll(() => signup.getByRole('list', { name: 'Invitation links' }).textContent())
      .toContain(`used by cy.${RUN}@example.com`);

    const backups = page.getByRole('region', { name: 'Backups' });
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Backup written: doable-.*\.jsonl\.gz/).waitFor();
    await expect.poll(() => backups.getByRole('listitem').count()).toBe(1);
    await signup.getByRole('button', { name: 'Use SIGNUP' }).click();
    await signup.getByText(/Set by SIGNUP \(open\)/).waitFor();
    expect(admin.errors).toEqual([]);
  });

  it('the Admin screen on a phone: every account readable, axe-clean', async () => {
    const phone = await suite.open({ width: 390, height: 844 });
    await signIn(phone.page, ADMIN);
    await phone.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await phone.page.goto(`${suite.url}/admin`);
    await row(phone.page, OTHER).waitFor();
    // The table folds into one card per account: nothing runs off the side of the screen.
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.page.getByRole('button', { name: `Disable ${OTHER}` }).waitFor();
    await expectAccessible(phone.page, 'Admin, phone');
  });
});
