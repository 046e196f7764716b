// Organising in a browser, in chromium against the real server: quick add with a live preview,
// priority, tags and due shown in words, filters and server search in the address, a saved
// filter, the tags view, the time zone, export and import, the assistant (a panel, and a sheet on
// a phone), no console errors, and axe-core with zero violations on each screen.
// E2E_SCREENSHOTS=1 also refreshes docs/screenshots/.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
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

const suite = browserSuite();

const open = suite.open;

beforeAll(async () => {
  // The server's first account is its administrator: Ann signs up first, so Cara is an ordinary account.
  const ann = await open();
  await signUp(ann.page, suite.url, 'Ann', 'ann@example.com');
});

describe('organising in a browser', () => {
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
    // On a phone the assistant sits with the view's other controls behind "View options".
    await phone.page.getByRole('button', { name: 'View options' }).click();
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

  it('logged no console error and no uncaught exception on any page', () => {
    expect(suite.pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
