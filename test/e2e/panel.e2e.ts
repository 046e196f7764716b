// The task view: on a 1366x860 desktop the editor is a full-height panel at the right
// with the list beside it, not under it; on a 390x844 phone a sheet from the bottom, the whole
// width, Save in view without scrolling, nothing wider than the screen and every control at least
// 44x44 px to tap. Both are still the dialog "Edit task": focus moves in, Escape closes and focus
// returns; axe-core finds nothing, in the light theme and the dark. E2E_SCREENSHOTS=1 also writes
// docs/screenshots/editor-desktop.png, editor-phone.png and editor-dark-phone.png.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, settled, shot, signUp } from './support.js';

const suite = browserSuite();

/** Eight plain tasks and one with a description, a due day, a priority and tags; its id. */
async function seed(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const post = async (body: Record<string, unknown>) => {
      const res = await fetch('/api/me/tasks', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`POST /api/me/tasks: ${res.status}`);
      return ((await res.json()) as { id: number }).id;
    };
    for (let i = 1; i <= 8; i++) await post({ title: `Other task ${i}` });
    return post({
      title: 'Plan the week',
      description: 'Look at the calendar and pick **three** things.',
      due_date: '2030-01-07',
      priority: 'high',
      tags: ['home', 'planning'],
    });
  });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const box = async (locator: Locator): Promise<Box> => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
};

/** The labelled controls of the open dialog wholly in sight (inside the part that scrolls, and the window). */
const controlsInView = (page: Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]');
    if (!dialog) return [];
    const scroller = dialog.querySelector('.task-view-body')?.getBoundingClientRect();
    return Array.from(dialog.querySelectorAll<HTMLInputElement>('input, select, textarea'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.height === 0) return false;
        const top = Math.max(0, scroller?.top ?? 0);
        const bottom = Math.min(window.innerHeight, scroller?.bottom ?? window.innerHeight);
        return r.top >= top - 1 && r.bottom <= bottom + 1;
      })
      .map((el) => el.labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label') ?? el.tagName);
  });

/** Whether the element is wholly in the window and the one a tap at its centre reaches. */
const reachable = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inWindow =
      r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return inWindow && (hit === el || el.contains(hit));
  });

describe('the task view', () => {
  it('desktop 1366x860: a full-height panel at the right, the list in sight beside it', async () => {
    const { page, errors } = await suite.open({ width: 1366, height: 860 });
    await signUp(page, suite.url, 'Pat Panel', `panel.desk.${Date.now()}@example.com`);
    await seed(page);
    await page.reload();
    const edit = page.getByRole('button', { name: 'Edit Plan the week' });
    await edit.click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    await dialog.getByLabel('Title').waitFor();
    await settled(page);

    const panel = await box(dialog);
    expect(panel.x + panel.width).toBeCloseTo(1366, 0);
    expect(panel.y).toBe(0);
    expect(panel.height).toBeCloseTo(860, 0);
    expect(panel.width).toBeGreaterThanOrEqual(420);
    expect(panel.width).toBeLessThanOrEqual(480);
    // The list moved over: its rows end before the panel begins, most of their width in sight.
    const row = await box(page.locator('[data-task-id]', { hasText: 'Plan the week' }));
    expect(row.x + row.width).toBeLessThanOrEqual(panel.x + 1);
    expect(row.width).toBeGreaterThan(500);
    const region = await box(page.locator('.task-region'));
    expect(region.x + region.width).toBeLessThanOrEqual(panel.x + 1);

    // Focus is in the dialog; the fields of a task show without scrolling, Save with them.
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    const inView = await controlsInView(page);
    console.log(`desktop 1366x860: panel ${panel.width}x${panel.height}; in view: ${inView.join(', ')}`);
    for (const name of ['Title', 'Description', 'Due date', 'Due time', 'Priority', 'Tags', 'Repeat', 'List'])
      expect(inView).toContain(name);
    expect(await reachable(dialog.getByRole('button', { name: 'Save' }))).toBe(true);
    await expectAccessible(page, 'the task view on a desktop');
    await shot(page, 'editor-desktop');

    // Enter in the title saves, and focus goes back to the button that opened it.
    await dialog.getByLabel('Title').fill('Plan the week ahead');
    await dialog.getByLabel('Title').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Edit Plan the week ahead' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Edit Plan the week ahead',
    );
    // The list has its width back once the panel is closed.
    expect((await box(page.locator('.task-region'))).width).toBeGreaterThan(region.width);

    // Escape closes it too.
    await page.getByRole('button', { name: 'Edit Plan the week ahead' }).click();
    await dialog.getByLabel('Title').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`phone 390x844 (${colorScheme}): a sheet the whole width, Save in view, nothing overflowing, 44 px targets`, async () => {
      const { page, errors } = await suite.open({ width: 390, height: 844, colorScheme });
      await signUp(page, suite.url, 'Pia Phone', `panel.${colorScheme}.${Date.now()}@example.com`);
      await seed(page);
      await page.reload();
      // On a phone a row's actions are behind its "⋯".
      await page.getByRole('button', { name: 'Actions for Plan the week' }).click();
      await page.getByRole('button', { name: 'Edit Plan the week' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit task' });
      await dialog.getByLabel('Title').waitFor();
      await settled(page);

      const sheet = await box(dialog);
      expect(sheet.x).toBe(0);
      expect(sheet.width).toBeCloseTo(390, 0);
      expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
      expect(sheet.height).toBeLessThanOrEqual(844 * 0.9 + 1);
      const save = dialog.getByRole('button', { name: 'Save' });
      expect(await reachable(save)).toBe(true);
      const inView = await controlsInView(page);
      console.log(`phone 390x844: sheet ${sheet.width}x${sheet.height}; in view: ${inView.join(', ')}`);
      for (const name of ['Title', 'Description', 'Due date']) expect(inView).toContain(name);

      // Nothing is wider than the screen, the page or the sheet.
      const overflow = await page.evaluate(() => {
        const body = document.querySelector('dialog[open] .task-view-body') as HTMLElement;
        return {
          page: document.documentElement.scrollWidth - window.innerWidth,
          sheet: body.scrollWidth - body.clientWidth,
        };
      });
      expect(overflow).toEqual({ page: 0, sheet: 0 });

      // Every control is at least 44x44 px to tap (a checkbox through its label's row).
      const small = await dialog.evaluate((el) =>
        Array.from(el.querySelectorAll<HTMLElement>('button, select, input, textarea, summary'))
          .map((control) => {
            const target =
              control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')
                ? (control.closest('label, .field-checkbox') as HTMLElement)
                : control;
            const r = target.getBoundingClientRect();
            return { name: control.getAttribute('aria-label') ?? control.textContent ?? control.id, r };
          })
          .filter(({ r }) => r.height > 0 && (r.height < 43.5 || r.width < 43.5))
          .map(({ name, r }) => `${name}: ${Math.round(r.width)}x${Math.round(r.height)}`),
      );
      expect(small).toEqual([]);

      await expectAccessible(page, `the task view on a phone (${colorScheme})`);
      await shot(page, colorScheme === 'light' ? 'editor-phone' : 'editor-dark-phone');

      // Scrolled to its end, the sheet still has Save in view, and the page behind has not moved.
      const pageScroll = await page.evaluate(() => window.scrollY);
      await dialog.getByLabel('New subtask').scrollIntoViewIfNeeded();
      expect(await reachable(save)).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);

      await dialog.getByLabel('Priority').selectOption('low');
      await save.click();
      await dialog.waitFor({ state: 'detached' });
      await page.locator('[data-task-id]', { hasText: 'Plan the week' }).getByText('Low').waitFor();
      expect(errors).toEqual([]);
    });
  }
});
