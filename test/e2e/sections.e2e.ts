// Sections of a list and folding subtasks, as a person does it in chromium: on a desktop
// (1366x860) a list gets sections, a task goes into one from the editor and another by dragging it
// onto a heading, a section is renamed, moved and folded (still folded after a reload), a parent's
// subtasks fold; on a phone (390x844) the same headings, with 44 px targets. axe-core finds nothing
// on either. E2E_SCREENSHOTS=1 also writes docs/screenshots/sections-desktop.png and sections-phone.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  expectAccessible,
  PASSWORD,
  settled,
  shot,
  type TestPage,
  titles,
  titlesUnder,
} from './support.js';

const suite = browserSuite();

async function signUp(page: Page, email: string) {
  await page.goto(`${suite.url}/signup`);
  await page.getByLabel('Name').fill('Sam Sections');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
}

/** A new list made through the API with the page's session, opened. */
async function openNewList(page: Page, name: string): Promise<number> {
  const id = await page.evaluate(async (listName) => {
    const res = await fetch('/api/me/lists', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: listName }),
    });
    return (await res.json()).id as number;
  }, name);
  await page.goto(`${suite.url}/lists/${id}`);
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  return id;
}

async function addTask(page: Page, title: string) {
  await page.getByLabel('New task').fill(title);
  await page.getByLabel('New task').press('Enter');
  await page.getByRole('button', { name: `Rename ${title}`, exact: true }).waitFor();
  await settled(page);
}

async function addSection(page: Page, name: string) {
  // The button, or the name field it opens, once the list has rendered (on a busy machine the
  // button may not be there yet when this starts: a look at that moment would skip it).
  const open = page.getByRole('button', { name: '+ Add section' });
  const field = page.getByLabel('New section name');
  await open.or(field).first().waitFor();
  if (await open.isVisible()) await open.click();
  await field.fill(name);
  await page.getByLabel('New section name').press('Enter');
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).waitFor();
}

const heading = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${name}\\b`) });
// A section's heading is a row of the list's one list of rows (0160): its tasks are the rows under it.
const groupTitles = (page: Page, name: string) => titlesUnder(page, name);
/** The sections' names, top to bottom. */
const sectionNames = (page: Page) =>
  page.locator('.section-group .section-toggle').evaluateAll((els) =>
    els
      .map((e) => e.cloneNode(true) as HTMLElement)
      .map((e) => {
        e.querySelectorAll('[aria-hidden="true"], .section-count').forEach((extra) => {
          extra.remove();
        });
        return (e.textContent ?? '').trim();
      }),
  );

describe('sections in a browser', () => {
  let desktop: TestPage;

  it('on a desktop: adds sections, puts tasks in them from the editor and by dragging', async () => {
    desktop = await suite.open({ width: 1366, height: 860 });
    const { page } = desktop;
    await signUp(page, `sam.${Date.now()}@example.com`);
    await openNewList(page, 'House');
    await addTask(page, 'Wash up');
    await addTask(page, 'Weed');
    await addTask(page, 'Call plumber');
    await addSection(page, 'Kitchen');
    await addSection(page, 'Garden');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await heading(page, 'Kitchen').getAttribute('aria-expanded')).toBe('true');

    // From the editor's Section select.
    await page.getByRole('button', { name: 'Edit Wash up' }).click();
    await page.getByRole('combobox', { name: 'Section' }).selectOption({ label: 'Kitchen' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => groupTitles(page, 'Kitchen')).toEqual(['Wash up']);

    // Dragged onto a section's heading.
    await page.locator('[data-task-id]', { hasText: 'Weed' }).dragTo(heading(page, 'Garden'));
    await page.getByText('Moved “Weed” to the section “Garden”').waitFor({ state: 'attached' });
    await expect.poll(() => groupTitles(page, 'Garden')).toEqual(['Weed']);
    expect(await titles(page)).toEqual(['Call plumber', 'Wash up', 'Weed']);
    await expectAccessible(page, 'a list with sections');
    await shot(page, 'sections-desktop');
  });

  it('renames, moves and folds a section; the fold holds after a reload', async () => {
    const { page } = desktop;
    await page.getByRole('button', { name: 'Rename section Garden' }).click();
    await page.getByLabel('Section name').fill('Yard');
    await page.getByLabel('Section name').press('Enter');
    await heading(page, 'Yard').waitFor();
    await page.getByRole('button', { name: 'Move section Yard up' }).click();
    await page.getByText('Moved section “Yard” above “Kitchen”').waitFor({ state: 'attached' });
    await expect.poll(() => sectionNames(page)).toEqual(['Yard', 'Kitchen']);

    // Folded from the keyboard: its tasks leave the list (and j/k skip them).
    await heading(page, 'Kitchen').focus();
    await page.keyboard.press('Enter');
    expect(await heading(page, 'Kitchen').getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => titles(page)).toEqual(['Call plumber', 'Weed']);
    await page.reload();
    await heading(page, 'Kitchen').waitFor();
    expect(await heading(page, 'Kitchen').getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => titles(page)).toEqual(['Call plumber', 'Weed']);
    await heading(page, 'Kitchen').click();
    await expect.poll(() => titles(page)).toEqual(['Call plumber', 'Weed', 'Wash up']);
  });

  it("folds a parent's subtasks with its button (aria-expanded)", async () => {
    const { page } = desktop;
    await page.getByRole('button', { name: 'Edit Wash up' }).click();
    await page.getByLabel('New subtask').fill('Dry the glasses');
    await page.getByLabel('New subtask').press('Enter');
    await page.getByRole('dialog').getByText('Dry the glasses').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => groupTitles(page, 'Kitchen')).toEqual(['Wash up', 'Dry the glasses']);
    const fold = page.getByRole('button', { name: 'Hide the subtasks of Wash up' });
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    await fold.click();
    await expect.poll(() => groupTitles(page, 'Kitchen')).toEqual(['Wash up']);
    const unfold = page.getByRole('button', { name: 'Show the subtasks of Wash up' });
    expect(await unfold.getAttribute('aria-expanded')).toBe('false');
    await unfold.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => groupTitles(page, 'Kitchen')).toEqual(['Wash up', 'Dry the glasses']);
    await expectAccessible(page, 'folded and unfolded subtasks');
    expect(desktop.errors).toEqual([]);
  });

  it('on a phone: the headings fold and their buttons are 44 px targets', async () => {
    const phone = await suite.open({ width: 390, height: 844 });
    const { page } = phone;
    await signUp(page, `sam.phone.${Date.now()}@example.com`);
    await openNewList(page, 'Errands');
    await addTask(page, 'Post office');
    await addSection(page, 'Town');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page
      .locator('[data-task-id]', { hasText: 'Post office' })
      .getByRole('button', { name: /Actions for/ })
      .click();
    await page.getByRole('button', { name: 'Edit Post office' }).click();
    await page.getByRole('combobox', { name: 'Section' }).selectOption({ label: 'Town' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => groupTitles(page, 'Town')).toEqual(['Post office']);
    for (const target of [
      heading(page, 'Town'),
      page.getByRole('button', { name: 'Rename section Town' }),
      page.getByRole('button', { name: 'Delete section Town' }),
    ]) {
      const box = (await target.boundingBox())!;
      expect(Math.round(box.height), (await target.textContent()) ?? '').toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await heading(page, 'Town').click();
    await expect.poll(() => titles(page)).toEqual([]);
    await expectAccessible(page, 'sections on a phone');
    await shot(page, 'sections-phone');
    expect(phone.errors).toEqual([]);
  });
});
