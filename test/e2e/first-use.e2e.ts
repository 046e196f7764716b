// What a new user meets first: an account in the device's time zone from sign-up, the
// offer to switch when a device is elsewhere, one zone for every time shown, Undo for completion
// and deletion from the keyboard, and a visible offline state that never loses a typed line.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allTasks, browserSuite, expectAccessible, PASSWORD, settled } from './support.js';

const suite = browserSuite();

const open = (timezoneId: string) => suite.open({ timezoneId });

async function signUp(page: Page, email: string) {
  await page.goto(`${suite.url}/signup`);
  await page.getByLabel('Name').fill('New user');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await allTasks(page);
}

async function signIn(page: Page, email: string) {
  await page.goto(`${suite.url}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await allTasks(page);
}

/** Tomorrow's date (YYYY-MM-DD) on a zone's calendar. */
function tomorrowIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + 86_400_000));
}

describe('first use', () => {
  it('a new account in Karachi is on Karachi time: "Call mom tomorrow 5pm" is due at 17:00 there', async () => {
    const { page } = await open('Asia/Karachi');
    await signUp(page, 'karachi@example.com');
    await page.getByLabel('New task').fill('Call mom tomorrow 5pm');
    await page.getByLabel('New task').press('Enter');
    await page.getByRole('button', { name: 'Rename Call mom', exact: true }).waitFor();
    await settled(page);
    const due = await page.locator('.task time').first().getAttribute('datetime');
    expect(new Date(due ?? '').toISOString()).toBe(`${tomorrowIn('Asia/Karachi')}T12:00:00.000Z`);
    expect(await page.locator('.task .due').first().textContent()).toMatch(/Tomorrow 5:00\sPM/);
    // Same zone on account and device: nothing to offer.
    expect(await page.getByText(/this device is in/).count()).toBe(0);
    const settings = await page.evaluate(async () => (await fetch('/api/me/settings')).json());
    expect(settings).toMatchObject({ time_zone: 'Asia/Karachi' });
  });

  it('an account on UTC signing in from Karachi is offered the switch once, and it sticks', async () => {
    const utc = await open('UTC');
    await signUp(utc.page, 'traveller@example.com');
    const { page } = await open('Asia/Karachi');
    await signIn(page, 'traveller@example.com');
    const offer = page.getByText('Your account uses UTC; this device is in Asia/Karachi. Use Asia/Karachi?');
    await offer.waitFor();
    await expectAccessible(page, 'time zone offer');
    await page.getByRole('button', { name: 'Use Asia/Karachi' }).click();
    await offer.waitFor({ state: 'detached' });
    const settings = await page.evaluate(async () => (await fetch('/api/me/settings')).json());
    expect(settings).toMatchObject({ time_zone: 'Asia/Karachi' });

    // Back on UTC from elsewhere: this device already had its say about Karachi.
    await page.evaluate(() =>
      fetch('/api/me/settings', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ time_zone: 'UTC' }),
      }),
    );
    await page.reload();
    await allTasks(page);
    await settled(page);
    expect(await offer.count()).toBe(0);
  });

  it('completes and deletes with Undo from the keyboard, focus staying in a filtered list', async () => {
    const { page } = suite.pages[0]!;
    await page.goto(`${suite.url}/all`);
    await page.getByRole('button', { name: 'Rename Call mom', exact: true }).waitFor();
    await settled(page);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    const completed = page.locator('.toast', { hasText: 'Completed “Call mom”' });
    await completed.waitFor();
    // Completed, it leaves the open tasks for the folded Completed part below them.
    await page.getByRole('button', { name: 'Rename Call mom', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Completed (1)' }).waitFor();
    await settled(page);
    await page.keyboard.press('u');
    await completed.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Complete: Call mom' }).waitFor();
    await settled(page);

    await page.getByLabel('New task').fill('Buy bread');
    await page.getByLabel('New task').press('Enter');
    await page.getByRole('button', { name: 'Rename Buy bread', exact: true }).waitFor();
    await settled(page);
    await page.goto(`${suite.url}/all?q=bread`);
    await page.getByRole('button', { name: 'Rename Buy bread', exact: true }).waitFor();
    await settled(page);
    expect(await page.locator('.task-title').allInnerTexts()).toEqual(['Buy bread']);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('j');
    await page.keyboard.press('#');
    const deleted = page.locator('.toast', { hasText: 'Deleted “Buy bread”' });
    await deleted.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('new-task');
    await page.keyboard.press('u');
    await page.getByRole('button', { name: 'Rename Buy bread', exact: true }).waitFor();
    await deleted.waitFor({ state: 'detached' });
    expect(await page.getByLabel('New task').inputValue()).toBe('');
    await page.waitForTimeout(5500); // past the undo time: nothing is deleted after all
    await page.reload();
    await page.getByRole('button', { name: 'Rename Buy bread', exact: true }).waitFor();
  });

  it('says when it is offline, queues a task added meanwhile as pending, and sends it once back online', async () => {
    const { page, context } = suite.pages[0]!;
    await page.goto(`${suite.url}/all`);
    await page.getByRole('button', { name: 'Rename Call mom', exact: true }).waitFor();
    await settled(page);
    await context.setOffline(true);
    const status = page.getByText(
      'You are offline. Changes to tasks are kept on this device and sent when the connection is back.',
    );
    await status.waitFor();
    await expectAccessible(page, 'offline');
    await page.getByLabel('New task').fill('Water plants');
    await page.getByLabel('New task').press('Enter');
    // Queued, not lost: the row shows at once, marked pending, and the line is free again.
    await page.getByRole('button', { name: 'Rename Water plants', exact: true }).waitFor();
    await page.getByText('Pending', { exact: true }).waitFor();
    expect(await page.getByLabel('New task').inputValue()).toBe('');

    await context.setOffline(false);
    await status.waitFor({ state: 'detached' });
    await page.getByText('Pending', { exact: true }).waitFor({ state: 'detached', timeout: 15_000 });
    await page.reload();
    await page.getByRole('button', { name: 'Rename Water plants', exact: true }).waitFor();
    // Sent once: one task of that name after a reload from the server.
    expect(await page.getByRole('button', { name: 'Rename Water plants', exact: true }).count()).toBe(1);
  });

  it('logged no console error and no uncaught exception', () => {
    // Going offline makes the browser log failed requests (the live stream); those are expected.
    const unexpected = suite.pages
      .flatMap((p) => p.errors)
      .filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e));
    expect(unexpected).toEqual([]);
  });
});
