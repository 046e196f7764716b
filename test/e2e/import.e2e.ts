// Importing another app's file, as a person does it in chromium: on a phone
// (390x844) a Todoist project's CSV is chosen in Settings, the preview says in words what it will
// bring in (nothing written yet: no list in the sidebar), Import brings it in, the summary says
// what it did, and the tasks are in their list, subtasks under their parents. A CSV that does not
// say which app it is from asks, and Cancel leaves everything as it was. axe-core finds nothing.
// E2E_SCREENSHOTS=1 also writes docs/screenshots/import-preview-phone.png.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, settled, shot, signUp } from './support.js';

const suite = browserSuite();

const TODOIST = new URL('../fixtures/foreign/todoist-home.csv', import.meta.url);

/** The account's lists, through the API with the page's session. */
const listsOf = (page: Page) =>
  page.evaluate(async () => {
    const res = await fetch('/api/me/lists');
    return ((await res.json()).lists as { id: number; name: string; total_count: number }[]).map((l) => ({
      id: l.id,
      name: l.name,
      total: l.total_count,
    }));
  });

describe('importing a Todoist CSV in a browser', () => {
  it('on a phone: previews it, imports on Import, and shows the tasks in their list', async () => {
    const { page, errors } = await suite.open({ width: 390, height: 844 });
    await signUp(page, suite.url, 'Tess Todoist', `tess.${Date.now()}@example.com`);
    await page.goto(`${suite.url}/settings`);
    const upload = page.getByLabel('Import tasks from a file');
    await upload.setInputFiles({
      name: 'Garden.csv',
      mimeType: 'text/csv',
      buffer: await readFile(TODOIST),
    });
    const preview = page.getByRole('status').filter({ hasText: 'Importing it will bring in:' });
    await preview.waitFor();
    const words = (await preview.textContent()) ?? '';
    expect(words).toContain('6 tasks: 6 new.');
    expect(words).toContain('1 list: 1 new.');
    expect(words).toContain('1 section: 1 new.');
    expect(words).toContain('3 labels: 3 new.');
    expect(await page.getByRole('radio', { name: /Todoist/ }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'List for its tasks' }).inputValue()).toBe('Garden');
    // Nothing written yet.
    expect(await listsOf(page)).toEqual([]);
    await expectAccessible(page, 'import preview');
    await shot(page, 'import-preview-phone');
    // On a phone the buttons are 44 px tall at least.
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    const box = await importButton.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    // The Import button has the focus: Enter imports.
    await expect.poll(() => importButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('status').filter({ hasText: 'Imported 6 tasks: 6 new.' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('1 list: 1 new.');
    await expectAccessible(page, 'import done');

    const [garden] = await listsOf(page);
    expect(garden).toMatchObject({ name: 'Garden', total: 6 });
    await page.goto(`${suite.url}/lists/${garden!.id}`);
    await page.getByRole('heading', { name: 'Garden', level: 1 }).waitFor();
    await settled(page);
    for (const title of ['Plan the garden', 'Water the plants', 'Fix the tap', 'Paint the fence'])
      await page.locator('.task-title', { hasText: title }).first().waitFor();
    // Its section row became a section of the list, its indented rows subtasks.
    await page.getByRole('button', { name: /^Repairs\b/ }).waitFor();
    const parents = await page.evaluate(async () => {
      const res = await fetch('/api/me/tasks?status=all&limit=50');
      const tasks = (await res.json()).tasks as { id: number; title: string; parent_id: number | null }[];
      const title = new Map(tasks.map((t) => [t.id, t.title]));
      return Object.fromEntries(
        tasks.map((t) => [t.title, t.parent_id === null ? null : title.get(t.parent_id)]),
      );
    });
    expect(parents).toMatchObject({ 'Plan the garden': null, 'Buy soil': 'Plan the garden' });
    expect(errors).toEqual([]);
  });

  it('a CSV that does not say its app: asks, and Cancel leaves everything as it was', async () => {
    const { page, errors } = await suite.open({ width: 1366, height: 860 });
    await signUp(page, suite.url, 'Uma Unknown', `uma.${Date.now()}@example.com`);
    await page.goto(`${suite.url}/settings`);
    await page.getByLabel('Import tasks from a file').setInputFiles({
      name: 'tasks.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Title,When\nMilk,today\n'),
    });
    await page.getByText('Its first line does not say: choose the app it was exported from.').waitFor();
    await expectAccessible(page, 'import asks for the app');
    await page.getByRole('radio', { name: /Todoist/ }).check();
    // Todoist's reader refuses it, in words.
    const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('not a Todoist CSV export');
    const refused = errors.findIndex((e) => e.includes('status of 422'));
    expect(refused).toBeGreaterThanOrEqual(0);
    errors.splice(refused, 1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('file');
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await listsOf(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
