// The web app as a person uses it, in chromium against the real server: sign-up, the task list
// (add, edit, complete, delete and undo, filter, sort), the keyboard, reload, two users kept
// apart, settings, organising (quick add, priority, tags, due, server search, tags view, time
// zone, export and import), the assistant, no console errors, and axe-core with zero
// violations on every main screen.
// E2E_SCREENSHOTS=1 also refreshes docs/screenshots/.
import { readFile } from 'node:fs/promises';
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
  submitTask,
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
    await settled(page);
    expect(await titles(page)).toEqual(['Call mum', 'Write report', 'Buy milk']);
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

  it('organises: quick add with a live preview, priority, tags and due shown in words', async () => {
    const cara = await open();
    await signUp(cara.page, suite.url, 'Cara', 'cara@example.com');
    const { page } = cara;
    await page.getByText('No tasks yet.', { exact: false }).waitFor();
    await page.getByLabel('New task').fill('Call mom tomorrow 5pm #family !high');
    const preview = page.locator('#new-task-preview');
    // Every part read is a chip (no list is called family here, so #family is a label).
    await preview.getByText('Label family').waitFor();
    const read = await preview.textContent();
    expect(read).toMatch(/Call mom[\s\S]*High priority[\s\S]*Due Tomorrow/);
    await page.getByLabel('New task').press('Enter');
    await page.getByRole('button', { name: 'Rename Call mom', exact: true }).waitFor();
    await settled(page);
    const row = page.locator('[data-task-id]', { hasText: 'Call mom' });
    expect((await row.locator('.task-meta').textContent())?.replace(/\s+/g, ' ')).toMatch(
      /High priority[\s\S]*Due Tomorrow[\s\S]*#family/,
    );

    // The row shows the line as typed until the server's parse replaces it: wait for the parse.
    await submitTask(page, 'Pay rent #bills !medium');
    await page.getByRole('button', { name: 'Rename Pay rent', exact: true }).waitFor();
    await submitTask(page, 'Water plants #home !low');
    await page.getByRole('button', { name: 'Rename Water plants', exact: true }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Edit Pay rent' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    await dialog.getByLabel('Due date').fill('2020-01-06');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.due-overdue', { hasText: 'Overdue' }).waitFor();
    await settled(page);
    expect(await titles(page)).toEqual(['Water plants', 'Pay rent', 'Call mom']);
    await expectAccessible(page, 'organised list');
    await shot(page, 'organised-desktop');
  }, 90_000);

  it('filters by priority, tag and due, and searches on the server, all in the address', async () => {
    const { page } = suite.pages.at(-1) as TestPage;
    // The filters fold behind one button until used.
    await expect(page.getByRole('button', { name: 'High priority' }).isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('button', { name: 'High priority' }).click();
    await page.waitForURL(/priority=high/);
    await settled(page);
    expect(await titles(page)).toEqual(['Call mom']);
    await page.getByRole('button', { name: 'Low priority' }).click();
    await page.waitForURL(/priority=high%2Clow|priority=high,low/);
    await settled(page);
    expect(await titles(page)).toEqual(['Water plants', 'Call mom']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await settled(page);

    await page.getByRole('button', { name: '#home', exact: true }).click();
    await page.waitForURL(/tag=home/);
    await settled(page);
    expect(await titles(page)).toEqual(['Water plants']);
    await page.reload();
    await allTasks(page);
    await settled(page);
    expect(await titles(page)).toEqual(['Water plants']);
    await page.getByRole('button', { name: /#home.*remove tag filter/ }).click();
    await settled(page);

    // The reload folded the filters again (no filter is on now).
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByLabel('Due', { exact: true }).selectOption('overdue');
    await page.waitForURL(/due=overdue/);
    await settled(page);
    expect(await titles(page)).toEqual(['Pay rent']);
    await page.getByLabel('Due', { exact: true }).selectOption('none');
    await settled(page);
    expect(await titles(page)).toEqual(['Water plants']);
    await page.getByLabel('Due', { exact: true }).selectOption('');
    await settled(page);

    const searched = page.waitForRequest(
      (r) => r.url().includes('/api/me/tasks') && r.url().includes('q=plan'),
    );
    await page.getByLabel('Search tasks').fill('plan');
    await searched;
    await settled(page);
    expect(await titles(page)).toEqual(['Water plants']);
    expect(await page.getByLabel('Sort').inputValue()).toBe('relevance');
    await page.getByLabel('Search tasks').fill('nothing like this');
    await page.getByText('No tasks match “nothing like this”', { exact: false }).waitFor();
    await expectAccessible(page, 'filtered list');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await settled(page);
    expect(await titles(page)).toHaveLength(3);
  });

  it('filters by a query, saves it to the sidebar with its count, and finds a typo', async () => {
    const { page } = suite.pages.at(-1) as TestPage;
    await allTasks(page);
    await settled(page);
    const box = page.getByLabel('Filter query');
    if (!(await box.isVisible())) await page.getByRole('button', { name: 'Filters' }).click();
    await box.fill('p1 | overdue');
    await box.press('Enter');
    await page.waitForURL(/filter=p1/);
    await settled(page);
    expect(await titles(page)).toEqual(['Pay rent', 'Call mom']);
    await page.getByRole('button', { name: 'Save filter' }).click();
    await page.getByLabel('Filter name').fill('Urgent');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = page
      .getByRole('navigation', { name: 'Views and lists' })
      .getByRole('link', { name: /Urgent/ });
    await saved.waitFor();
    expect((await saved.textContent())?.replace(/\s+/g, ' ')).toMatch(/Urgent ?2 open/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await settled(page);
    expect(await titles(page)).toHaveLength(3);
    await saved.click();
    await page.waitForURL(/filter=p1/);
    await settled(page);
    expect(await titles(page)).toEqual(['Pay rent', 'Call mom']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Search tasks').fill('plnts');
    await page.waitForURL(/q=plnts/);
    await settled(page);
    expect(await titles(page)).toEqual(['Water plants']);
    await page.getByLabel('Search tasks').fill('');
    await settled(page);

    // The language's help, under the box; an example applies itself.
    await page.getByText('Filter help').click();
    await page.getByText('completed: today, completed after: -7 days').waitFor();
    await expectAccessible(page, 'filter help');
    await shot(page, 'filter-help-desktop');
    await page.getByRole('button', { name: '(today | overdue) & #Work' }).click();
    await page.waitForURL(/filter=%28today/);
    expect(await page.getByLabel('Filter query').inputValue()).toBe('(today | overdue) & #Work');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await settled(page);
  });

  it('renames a tag in the tags view (every task follows) and deletes one', async () => {
    const { page } = suite.pages.at(-1) as TestPage;
    await page.getByRole('link', { name: 'Tags' }).click();
    await page.getByRole('heading', { name: 'Tags', level: 1 }).waitFor();
    await page.getByRole('link', { name: '#family' }).waitFor();
    await expectAccessible(page, 'tags');
    await shot(page, 'tags-desktop');
    await page.getByRole('button', { name: 'Rename #family' }).click();
    await page.getByLabel('New name for #family').fill('relatives');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await page.getByRole('link', { name: '#relatives' }).waitFor();
    await page.getByRole('button', { name: 'Delete #bills' }).click();
    await page.getByRole('button', { name: 'Remove from 1 task' }).click();
    await page.getByRole('link', { name: '#bills' }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: '#relatives' }).click();
    await page.waitForURL(/tag=relatives/);
    await settled(page);
    expect(await titles(page)).toEqual(['Call mom']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await settled(page);
  });

  it('changes the time zone, and exports and imports tasks', async () => {
    const cara = suite.pages.at(-1) as TestPage;
    const { page } = cara;
    await page.getByRole('link', { name: 'Settings' }).click();
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    await zone.waitFor();
    await page.waitForFunction(() => !(document.querySelector('#time-zone') as HTMLSelectElement).disabled);
    await zone.selectOption('Pacific/Kiritimati');
    await page.getByRole('button', { name: 'Save time zone' }).click();
    await page.getByText('Time zone set to Pacific/Kiritimati').waitFor();
    await page.getByRole('button', { name: /^Use / }).waitFor(); // the browser is elsewhere
    const saved = await fetch(`${suite.url}/api/me/settings`, {
      headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
    });
    expect(((await saved.json()) as { time_zone: string }).time_zone).toBe('Pacific/Kiritimati');
    await expectAccessible(page, 'settings with time zone');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export JSON' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; tasks: unknown[] };
    expect(exported.format).toBe('doable-export');
    expect(exported.tasks).toHaveLength(3);
    const csv = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);

    const upload = page.getByLabel('Import tasks from a file');
    await upload.setInputFiles({
      name: 'doable.json',
      mimeType: 'application/json',
      buffer: await readFile(file),
    });
    // The account's own export: every task is already here, so nothing is copied (previewed first).
    await page.getByText('3 tasks: 3 already here, unchanged.').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 3 tasks: 3 already here, unchanged.').waitFor();
    const broken = { ...exported, tasks: [{ title: '' }] };
    await upload.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/tasks\.0\.title/);
    // The browser logs the refused upload's 422 itself; that one is expected.
    const refused = cara.errors.findIndex((e) => e.includes('status of 422'));
    expect(refused).toBeGreaterThanOrEqual(0);
    cara.errors.splice(refused, 1);
    await expectAccessible(page, 'settings after a refused import');
    await page.getByRole('link', { name: 'Tasks' }).click();
    await allTasks(page);
    await settled(page);
    // Re-importing the account's own export copied nothing: still the same three tasks.
    expect(await titles(page)).toHaveLength(3);
  });

  it('talks to the assistant: "add buy milk" adds it to the list, "complete buy milk" completes it', async () => {
    const { page } = suite.pages.at(-1) as TestPage;
    await page.getByRole('button', { name: 'Assistant' }).click();
    const panel = page.getByRole('complementary', { name: 'Assistant' });
    const box = panel.getByLabel('Message the assistant');
    await box.waitFor();
    await box.fill('add buy milk');
    await box.press('Enter');
    await panel.locator('.tool-card', { hasText: /Added:? buy milk/i }).waitFor();
    await page.getByRole('button', { name: /^Rename buy milk$/i }).waitFor();
    await panel.locator('.bubble-assistant .bubble-text').first().waitFor();
    await box.fill('complete buy milk');
    await box.press('Enter');
    await panel.locator('.tool-card', { hasText: /Completed:? buy milk/i }).waitFor();
    // Completed, it leaves the open tasks for the Completed part.
    await page.getByRole('button', { name: /^Rename buy milk$/i }).waitFor({ state: 'detached' });
    await page.waitForFunction(() => !document.querySelector('.assistant-panel [aria-busy]'));
    await settled(page);
    await expectAccessible(page, 'assistant panel');
    await shot(page, 'assistant-desktop');

    // The conversation is kept: start a new one, then pick the old one up again.
    await panel.getByRole('button', { name: 'New', exact: true }).click();
    await panel.getByText('Ask in English or Urdu', { exact: false }).waitFor();
    const picker = panel.getByLabel('Conversation', { exact: true });
    await page.waitForFunction(() => document.querySelectorAll('.assistant-picker option').length > 1);
    const past = await picker.locator('option').nth(1).getAttribute('value');
    await picker.selectOption(past ?? '');
    await panel.locator('.tool-card', { hasText: /Completed:? buy milk/i }).waitFor();
    await panel.getByRole('button', { name: 'Close the assistant' }).click();
    await panel.waitFor({ state: 'detached' });
  }, 90_000);

  it('opens the assistant as a sheet on a phone, still axe-clean', async () => {
    const phone = await open({ width: 390, height: 844 });
    await phone.page.goto(`${suite.url}/all`);
    await phone.page.getByLabel('Email').fill('cara@example.com');
    await phone.page.getByLabel('Password').fill(PASSWORD);
    await phone.page.getByRole('button', { name: 'Sign in' }).click();
    await allTasks(phone.page);
    await settled(phone.page);
    await shot(phone.page, 'organised-phone');
    await phone.page.getByRole('button', { name: 'Assistant' }).click();
    const box = phone.page.getByLabel('Message the assistant');
    await box.fill('show my tasks');
    // Send is not under the floating add button: it is what a tap at its own centre reaches.
    const send = phone.page.getByRole('button', { name: 'Send', exact: true });
    const sendBox = (await send.boundingBox())!;
    const centre = { x: sendBox.x + sendBox.width / 2, y: sendBox.y + sendBox.height / 2 };
    const reached = await phone.page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? null,
      centre,
    );
    expect(reached).toBe('Send');
    await phone.page.mouse.click(centre.x, centre.y);
    await phone.page.locator('.bubble-user', { hasText: 'show my tasks' }).waitFor();
    await phone.page.locator('.bubble-assistant .bubble-text').waitFor();
    await phone.page.waitForFunction(() => !document.querySelector('.assistant-panel [aria-busy]'));
    const overflow = await phone.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(phone.page, 'assistant sheet');
    await shot(phone.page, 'assistant-phone');
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
