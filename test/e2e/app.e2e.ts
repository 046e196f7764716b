// The web app as a person uses it, in chromium against the real server: sign-up, the task list
// (add, edit, complete, delete and undo, filter, sort), the keyboard, reload, two users kept
// apart, settings, the served app's routes, live updates across tabs, no console errors, and
// axe-core with zero violations on every main screen. Organising (quick add, filters, tags, time
// zone, export and import, the assistant): organise.e2e.ts.
// E2E_SCREENSHOTS=1 also refreshes docs/screenshots/.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addTask,
  allTasks,
  browserSuite,
  expectAccessible,
  PASSWORD,
  settled,
  shot,
  signUp,
  type TestPage,
  titles,
} from './support.js';

let ann: TestPage;
const suite = browserSuite();

const open = suite.open;

beforeAll(async () => {
  ann = await open();
});

describe('Doable in a browser', () => {
  it('signs up (then in) and shows an empty list that says what to do; sign-in, sign-up and the list pass axe', async () => {
    const { page } = ann;
    await page.goto(`${suite.url}/all`);
    await page.getByRole('heading', { name: 'Sign in to Doable' }).waitFor();
    await expectAccessible(page, 'sign-in');
    await shot(page, 'signin-desktop');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your Doable account' }).waitFor();
    await expectAccessible(page, 'sign-up');
    await signUp(page, suite.url, 'Ann', 'ann@example.com');
    await expect(page.getByText('No tasks yet.')).toBeDefined();
    await page.getByText('No tasks yet. Type one in the box above and press Enter.').waitFor();
    await expectAccessible(page, 'empty list');
  });

  it('adds tasks in one line, by button, Enter and the n shortcut', async () => {
    const { page } = ann;
    await addTask(page, 'Buy milk');
    await page.getByLabel('New task').fill('Write report');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Rename Write report' }).waitFor();
    // Saved before the next one is typed: two adds still on their way may reach the server in
    // either order, and the list is newest first.
    await settled(page);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('n');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-task');
    await page.keyboard.type('Call mum');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Rename Call mum' }).waitFor();
    await expect.poll(() => titles(page)).toEqual(['Call mum', 'Write report', 'Buy milk']);
    await page.getByText('3 pending · 0 completed').waitFor();
  });

  it('renames in place, and edits every field in the editor', async () => {
    const { page } = ann;
    await page.getByRole('button', { name: 'Rename Buy milk' }).click();
    const input = page.getByLabel('Task title');
    await input.fill('Buy oat milk');
    await input.press('Enter');
    await page.getByRole('button', { name: 'Rename Buy oat milk' }).waitFor();
    await settled(page);

    await page.getByRole('button', { name: 'Edit Write report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    await dialog.getByLabel('Description').waitFor();
    await expectAccessible(page, 'task editor');
    await dialog.getByLabel('Title').fill('Write the quarterly report');
    await dialog.getByLabel('Description').fill('Figures from finance first');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Figures from finance first').waitFor();
    await page.getByRole('button', { name: 'Rename Write the quarterly report' }).waitFor();
  });

  it('completes a task, and filters by status with the counts kept right', async () => {
    const { page } = ann;
    await page.getByRole('checkbox', { name: 'Complete: Call mum' }).click();
    await page.getByText('2 pending · 1 completed').waitFor();
    await settled(page);
    // The status filter's Completed (the Completed part below the list is "Completed (1)").
    await page.getByRole('button', { name: /^Completed( \d+)?$/ }).click();
    await page.waitForURL(/status=completed/);
    await settled(page);
    expect(await titles(page)).toEqual(['Call mum']);
    // Pending is the default: open tasks, the completed ones in the Completed part.
    await page.getByRole('button', { name: /^Pending/ }).click();
    await page.waitForURL((url) => !url.search.includes('status='));
    await page.getByRole('button', { name: 'Completed (1)' }).waitFor();
    await settled(page);
    expect(await titles(page)).toEqual(['Write the quarterly report', 'Buy oat milk']);
    await page.getByRole('button', { name: /^All/ }).click();
    await settled(page);
    expect(await titles(page)).toHaveLength(3);
    await expect(page.getByRole('button', { name: 'All 3' }).count()).resolves.toBe(1);
  });

  it('sorts by every sort the API offers', async () => {
    const { page } = ann;
    const sort = page.getByLabel('Sort');
    await sort.selectOption('title');
    await settled(page);
    expect(await titles(page)).toEqual(['Buy oat milk', 'Call mum', 'Write the quarterly report']);
    await sort.selectOption('-title');
    await settled(page);
    expect(await titles(page)).toEqual(['Write the quarterly report', 'Call mum', 'Buy oat milk']);
    await sort.selectOption('created');
    await settled(page);
    expect(await titles(page)).toEqual(['Buy oat milk', 'Write the quarterly report', 'Call mum']);
    await sort.selectOption('-updated');
    await settled(page);
    expect((await titles(page))[0]).toBe('Call mum');
    await sort.selectOption('-created');
    await settled(page);
  });

  it('deletes with an Undo toast; undone it stays, otherwise it is gone after the toast', async () => {
    const { page } = ann;
    await page.getByRole('button', { name: 'Delete Buy oat milk' }).click();
    await page.getByText('Deleted “Buy oat milk”').waitFor();
    expect(await titles(page)).not.toContain('Buy oat milk');
    // Completions offer Undo too: take the delete's own.
    await page
      .locator('.toast', { hasText: 'Deleted “Buy oat milk”' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await page.getByRole('button', { name: 'Rename Buy oat milk' }).waitFor();
    await page.waitForTimeout(5500);
    await page.reload();
    await page.getByRole('button', { name: 'Rename Buy oat milk' }).waitFor();

    await addTask(page, 'Temporary');
    await settled(page);
    // The delete is sent when its toast ends: wait for the server's answer before the reload.
    const sent = page.waitForResponse(
      (r) => r.request().method() === 'DELETE' && /\/tasks\/\d+/.test(r.url()),
      { timeout: 15_000 },
    );
    await page.getByRole('button', { name: 'Delete Temporary' }).click();
    await page.getByText('Deleted “Temporary”').waitFor();
    await page.getByText('Deleted “Temporary”').waitFor({ state: 'detached', timeout: 10_000 });
    expect((await sent).status()).toBe(204);
    await settled(page);
    await page.reload();
    await page.getByRole('button', { name: 'Rename Buy oat milk' }).waitFor();
    expect(await titles(page)).not.toContain('Temporary');
  });

  it('works from the keyboard: j/k, x, e, o, Delete, u, ? and Escape', async () => {
    const { page } = ann;
    await settled(page);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('j');
    const focusedTask = () =>
      page.evaluate(
        () => document.activeElement?.closest('[data-task-id]')?.querySelector('.task-title')?.textContent,
      );
    expect(await focusedTask()).toBe('Call mum');
    await page.keyboard.press('j');
    expect(await focusedTask()).toBe('Write the quarterly report');
    await page.keyboard.press('k');
    expect(await focusedTask()).toBe('Call mum');
    await page.keyboard.press('x'); // reopen Call mum
    await page.getByText('3 pending · 0 completed').waitFor();
    await settled(page);

    await page.keyboard.press('Delete');
    await page.getByText('Deleted “Call mum”').waitFor();
    expect(await focusedTask()).toBe('Write the quarterly report');
    await page.keyboard.press('u');
    await page.getByRole('button', { name: 'Rename Call mum' }).waitFor();

    // The reopen, delete and undo are events whose live refresh may land between keys and take
    // focus from the row (in CI it did, before 'e' and before 'o'): focus a row, press, and again
    // if nothing opened.
    const input = page.getByLabel('Task title');
    await vi.waitFor(
      async () => {
        await page.getByRole('button', { name: 'Rename Call mum' }).focus();
        await page.keyboard.press('e');
        await input.waitFor({ timeout: 2000 });
      },
      { timeout: 20_000, interval: 200 },
    );
    await page.keyboard.press('Escape');
    await input.waitFor({ state: 'detached' });
    await vi.waitFor(
      async () => {
        await page.getByRole('button', { name: 'Rename Call mum' }).focus();
        await page.keyboard.press('o');
        await page.getByRole('dialog', { name: 'Edit task' }).waitFor({ timeout: 2000 });
      },
      { timeout: 20_000, interval: 200 },
    );
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Edit task' }).waitFor({ state: 'detached' });

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await expectAccessible(page, 'help dialog');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('report');
    await settled(page);
    expect(await titles(page)).toEqual(['Write the quarterly report']);
    await page.keyboard.press('Escape');
    await settled(page);
    expect(await titles(page)).toHaveLength(3);

    // Tab moves through the page and out of it again: nothing holds the focus.
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      seen.add(await page.evaluate(() => document.activeElement?.tagName ?? ''));
    }
    expect(seen.has('BODY') || seen.has('A')).toBe(true);
  });

  it('keeps everything across a reload, including the filter and sort in the address', async () => {
    const { page } = ann;
    await page.getByRole('checkbox', { name: 'Complete: Buy oat milk' }).click();
    await settled(page);
    await page.getByRole('button', { name: /^Pending/ }).click();
    await page.getByLabel('Sort').selectOption('title');
    await settled(page);
    const before = await titles(page);
    await page.reload();
    await allTasks(page);
    await settled(page);
    expect(await titles(page)).toEqual(before);
    expect(await page.getByLabel('Sort').inputValue()).toBe('title');
    expect(await page.getByRole('button', { name: /^Pending/ }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${suite.url}/all`);
    await settled(page);
    // Every task's view shows the open ones; the completed ones wait, folded, in the Completed part.
    // (Call mum was reopened by the keyboard test's x; Buy oat milk completed above.)
    expect((await titles(page)).sort()).toEqual(['Call mum', 'Write the quarterly report']);
    await page.getByRole('button', { name: 'Completed (1)' }).waitFor();
    await shot(page, 'tasks-desktop');
    // Unfolded, newest completed first; remembered for this view across a reload; folded again.
    const part = page.getByRole('button', { name: 'Completed (1)' });
    await part.click();
    expect(await part.getAttribute('aria-expanded')).toBe('true');
    const open = ['Call mum', 'Write the quarterly report'];
    await expect.poll(async () => (await titles(page)).slice(0, 2).sort()).toEqual(open);
    await expect.poll(async () => (await titles(page))[2]).toBe('Buy oat milk');
    await page.reload();
    await settled(page);
    expect(await part.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(async () => (await titles(page))[2]).toBe('Buy oat milk');
    await part.click();
    await expect.poll(async () => (await titles(page)).sort()).toEqual(open);
  });

  it("keeps two users apart: neither ever sees the other's tasks", async () => {
    const bob = await open();
    await signUp(bob.page, suite.url, 'Bob', 'bob@example.com');
    await bob.page.getByText('No tasks yet.', { exact: false }).waitFor();
    await addTask(bob.page, 'Bob’s secret plan');
    await settled(bob.page);
    expect(await titles(bob.page)).toEqual(['Bob’s secret plan']);
    await ann.page.reload();
    await settled(ann.page);
    expect(await titles(ann.page)).not.toContain('Bob’s secret plan');
    expect(await titles(ann.page)).toHaveLength(2); // her open ones; the third is completed
    await bob.page.reload();
    await settled(bob.page);
    expect(await titles(bob.page)).toEqual(['Bob’s secret plan']);
  });

  it('settings: profile, sessions, an API key shown once then revoked; passes axe', async () => {
    const { page } = ann;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByText('This device', { exact: true }).waitFor();
    await expectAccessible(page, 'settings');
    await page.getByLabel('Key name', { exact: true }).fill('laptop script');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await page.getByLabel('New API key').inputValue();
    expect(key).toMatch(/^dbl_/);
    const viaKey = await fetch(`${suite.url}/api/me/tasks`, { headers: { 'x-api-key': key } });
    expect(((await viaKey.json()) as { count: number }).count).toBe(3);
    await shot(page, 'settings-desktop');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Revoke laptop script' }).click();
    await page.getByText('No API keys yet.').waitFor();
    expect((await fetch(`${suite.url}/api/me/tasks`, { headers: { 'x-api-key': key } })).status).toBe(401);
    await expectAccessible(page, 'settings after revoke');
  });

  it('signs out and back in', async () => {
    const { page } = ann;
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in to Doable' }).waitFor();
    await page.goto(`${suite.url}/settings`);
    await page.getByRole('heading', { name: 'Sign in to Doable' }).waitFor();
    await page.getByLabel('Email').fill('ann@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await allTasks(page);
    await settled(page);
    expect(await titles(page)).toHaveLength(2);
  });

  it('fits a phone and follows a dark system theme, still with zero axe violations', async () => {
    const phone = await open({ width: 390, height: 844 });
    await phone.page.goto(`${suite.url}/all`);
    await phone.page.getByRole('heading', { name: 'Sign in to Doable' }).waitFor();
    await shot(phone.page, 'signin-phone');
    await phone.page.getByLabel('Email').fill('ann@example.com');
    await phone.page.getByLabel('Password').fill(PASSWORD);
    await phone.page.getByRole('button', { name: 'Sign in' }).click();
    await allTasks(phone.page);
    await settled(phone.page);
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(phone.page, 'phone list');
    await shot(phone.page, 'tasks-phone');
    // Upcoming, Tags and Settings fit the phone too: no sideways scrolling, axe-clean.
    for (const [path, heading, name] of [
      ['/upcoming', 'Upcoming', 'upcoming-phone'],
      ['/tags', 'Tags', 'tags-phone'],
      ['/settings', 'Settings', 'settings-phone'],
    ] as const) {
      await phone.page.goto(`${suite.url}${path}`);
      await phone.page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await settled(phone.page);
      expect(
        await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        `${path} scrolls sideways`,
      ).toBeLessThanOrEqual(0);
      await expectAccessible(phone.page, `phone ${heading}`);
      await shot(phone.page, name);
    }

    const dark = await open({ colorScheme: 'dark' });
    await dark.page.goto(`${suite.url}/all`);
    await dark.page.getByLabel('Email').fill('ann@example.com');
    await dark.page.getByLabel('Password').fill(PASSWORD);
    await dark.page.getByRole('button', { name: 'Sign in' }).click();
    await allTasks(dark.page);
    await settled(dark.page);
    const background = await dark.page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background).toBe('rgb(18, 20, 23)');
    await expectAccessible(dark.page, 'dark list');
    await shot(dark.page, 'tasks-dark-desktop');
  });

  it('serves the app for client routes while unknown API paths stay problem+json 404', async () => {
    const page404 = await fetch(`${suite.url}/api/nope`, { headers: { accept: 'text/html' } });
    expect(page404.status).toBe(404);
    expect(page404.headers.get('content-type')).toContain('application/problem+json');
    const client = await fetch(`${suite.url}/settings`, { headers: { accept: 'text/html' } });
    expect(client.status).toBe(200);
    expect(client.headers.get('content-security-policy')).toContain("script-src 'self'");
    const docs = await ann.page.goto(`${suite.url}/docs/`);
    expect(docs?.status()).toBe(200);
    await ann.page.getByText('Doable API').first().waitFor();
  });

  it('stays current across tabs: a task added in one tab appears in the other without a reload', async () => {
    await ann.page.goto(`${suite.url}/all`);
    await allTasks(ann.page);
    await settled(ann.page);
    const second = await ann.context.newPage();
    second.on('console', (m) => {
      if (m.type() === 'error') ann.errors.push(`console (second tab): ${m.text()}`);
    });
    second.on('pageerror', (e) => ann.errors.push(`page (second tab): ${e.message}`));
    await second.goto(`${suite.url}/all`);
    await allTasks(second);
    await settled(second);
    await addTask(second, 'Added in the other tab');
    // No reload: the first tab hears about it over /api/me/events.
    await ann.page
      .getByRole('button', { name: 'Rename Added in the other tab', exact: true })
      .waitFor({ timeout: 10_000 });
    await second.close();
  });

  it('logged no console error and no uncaught exception on any page', () => {
    expect(suite.pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
