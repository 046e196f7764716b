// The notifications inbox in chromium, as two people: an editor joins a shared
// list and comments with an @mention and a Markdown link; the owner's bell counts it live, the inbox
// opens the task, marks read; the comment shows formatted, its link safe. axe-core with zero
// violations on the inbox, on a desktop and on a phone (390x844). E2E_SCREENSHOTS=1 also writes
// docs/screenshots/inbox-desktop.png and inbox-phone.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  browserSuite,
  newAccount,
  newListFromSidebar,
  PASSWORD,
  shot,
  type TestPage,
} from './support.js';

const RUN = Date.now();
const email = (who: string) => `${who}.${RUN}@example.com`;

const suite = browserSuite();

const signUp = (name: string, who: string, size?: { width: number; height: number }) =>
  newAccount(suite, name, email(who), size);

const bell = (page: Page) => page.getByRole('link', { name: /^Notifications/ });

describe('the notifications inbox', () => {
  let owner: TestPage;
  let editor: TestPage;

  it('an editor joins and comments; the owner’s bell counts it live and the inbox opens the task', async () => {
    [owner, editor] = [await signUp('Olivia Owner', 'olivia'), await signUp('Eddie Editor', 'eddie')];
    const { page } = owner;
    await newListFromSidebar(page, 'Trip');
    await page.getByLabel('New task').fill('Book hotel');
    await page.getByLabel('New task').press('Enter');
    await page.getByRole('button', { name: 'Rename Book hotel', exact: true }).waitFor();
    expect(await bell(page).getAttribute('aria-label')).toBe('Notifications');

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const share = page.getByRole('dialog', { name: 'Share “Trip”' });
    await share.getByLabel('Invite by email').fill(email('eddie'));
    await share.getByRole('button', { name: 'Invite' }).click();
    await share.getByText(`Invited ${email('eddie')} as editor.`).waitFor();
    const link = await share.getByLabel('Invitation link').inputValue();
    await share.getByRole('button', { name: 'Done' }).click();

    await editor.page.goto(link);
    await editor.page.getByRole('heading', { name: 'Trip', level: 1 }).waitFor();
    // Joining: the owner's bell says so without a reload.
    await expect
      .poll(() => bell(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toBe('Notifications, 1 unread');

    await editor.page.getByRole('button', { name: 'Edit Book hotel' }).click();
    const dialog = editor.page.getByRole('dialog', { name: 'Edit task' });
    await dialog
      .getByLabel('Add a comment')
      .fill('**Booked**, @Olivia Owner see [the hotel](https://example.com/hotel)');
    await dialog.getByRole('button', { name: 'Comment', exact: true }).click();
    await dialog.getByRole('link', { name: 'the hotel' }).waitFor();
    expect(await dialog.getByRole('link', { name: 'the hotel' }).getAttribute('rel')).toBe(
      'noopener nofollow noreferrer',
    );
    expect(await dialog.locator('.comment-text strong').textContent()).toBe('Booked');
    await expect
      .poll(() => bell(page).getAttribute('aria-label'), { timeout: 15_000 })
      .toBe('Notifications, 2 unread');

    await bell(page).click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const items = page.locator('.inbox-row .link-button');
    await expect
      .poll(() => items.allTextContents())
      .toEqual([
        'Unread: Eddie Editor mentioned you on “Book hotel”',
        'Unread: Eddie Editor joined your list “Trip”',
      ]);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await shot(page, 'inbox-desktop');

    await items.first().click();
    const opened = page.getByRole('dialog', { name: 'Edit task' });
    await opened.waitFor();
    expect(await opened.getByLabel('Title').inputValue()).toBe('Book hotel');
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Notifications, 1 unread');
    await page.getByRole('dialog', { name: 'Edit task' }).press('Escape');

    await bell(page).click();
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Notifications');
    await page.getByText('All read', { exact: true }).waitFor();
  });

  it('works on a phone: the bell and each row’s buttons are 44x44 at least, no axe violations', async () => {
    const phone = await suite.open({ width: 390, height: 844 });
    await phone.page.goto(`${suite.url}/signin`);
    await phone.page.getByLabel('Email').fill(email('olivia'));
    await phone.page.getByLabel('Password').fill(PASSWORD);
    await phone.page.getByRole('button', { name: 'Sign in' }).click();
    await phone.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await bell(phone.page).click();
    await phone.page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await phone.page.locator('.inbox-row').first().waitFor();
    for (const target of [bell(phone.page), phone.page.locator('.inbox-row .button').first()]) {
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    const violations = await axeViolations(phone.page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await shot(phone.page, 'inbox-phone');
  });
});
