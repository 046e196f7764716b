// How many tasks a screen shows (the density goal, measured against Todoist's web app: at
// least 12 on a 1366x860 desktop and 8 on a 390x844 phone), with the filters folded until used and
// the list using the width beside the sidebar. Rows counted are those wholly on screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, signUp } from './support.js';

const suite = browserSuite();

async function addTasks(page: Page, count: number) {
  await page.evaluate(async (count) => {
    for (let i = 1; i <= count; i++) {
      const res = await fetch('/api/me/tasks', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          title: `Task number ${i}`,
          ...(i % 3 === 0 ? { due_date: '2030-01-01' } : {}),
        }),
      });
      if (res.status !== 201) throw new Error(`POST /api/me/tasks: ${res.status}`);
    }
  }, count);
}

/** The task rows wholly inside the window. */
const rowsOnScreen = (page: Page) =>
  page.evaluate(
    () =>
      Array.from(document.querySelectorAll('[data-task-id]')).filter((row) => {
        const box = row.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );

describe('density', () => {
  it('a 1366x860 desktop shows at least 12 tasks, the list using the width beside the sidebar', async () => {
    const { page } = await suite.open({ width: 1366, height: 860 });
    await signUp(page, suite.url, 'Dense Desk', `dense.${Date.now()}@example.com`);
    await addTasks(page, 30);
    await page.reload();
    await page.getByRole('button', { name: 'Rename Task number 30', exact: true }).waitFor();
    const shown = await rowsOnScreen(page);
    console.log(`desktop 1366x860: ${shown} tasks on screen`);
    expect(shown).toBeGreaterThanOrEqual(12);
    const width = await page.locator('.task-region').evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(900);
  });

  it('a long list is one virtualized list: every task loaded, a few rows in the page, j and x reach any of them', async () => {
    const { page } = await suite.open({ width: 1366, height: 860 });
    await signUp(page, suite.url, 'Long List', `long.${Date.now()}@example.com`);
    await addTasks(page, 150);
    await page.goto(`${suite.url}/all`);
    // Every page comes in the background: no "Show more tasks".
    await page.waitForFunction(
      () => document.querySelector('#task-rows')?.getAttribute('data-rows') === '150',
    );
    expect(await page.getByRole('button', { name: /Show more/ }).count()).toBe(0);
    const inPage = await page.locator('[data-task-id]').count();
    expect(inPage).toBeLessThan(80);
    // j past the rendered rows: each next row is scrolled into view, then focused.
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    for (let i = 0; i < 80; i++) await page.keyboard.press('j');
    const focusedIndex = () =>
      page.evaluate(() =>
        Number(document.activeElement?.closest<HTMLElement>('[data-index]')?.dataset.index),
      );
    await expect.poll(focusedIndex).toBe(79);
    const focusedTitle = await page.evaluate(
      () => document.activeElement?.closest('[data-task-id]')?.querySelector('.task-title')?.textContent,
    );
    // Scrolled back to the top: the focused row stays (and keeps focus), far below.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Rename Task number 150', exact: true }).waitFor();
    expect(await focusedIndex()).toBe(79);
    await page.keyboard.press('x');
    await page.locator('.toast', { hasText: `Completed “${focusedTitle}”` }).waitFor();
    // It left the open rows for the Completed part (at the end of the list, not rendered from here).
    await page
      .getByRole('button', { name: `Rename ${focusedTitle}`, exact: true })
      .waitFor({ state: 'detached' });
  }, 90_000);

  it('a 390x844 phone shows at least 8 tasks', async () => {
    const { page } = await suite.open({ width: 390, height: 844 });
    await signUp(page, suite.url, 'Dense Phone', `dense.phone.${Date.now()}@example.com`);
    await addTasks(page, 30);
    await page.reload();
    await page.getByRole('button', { name: 'Rename Task number 30', exact: true }).waitFor();
    const shown = await rowsOnScreen(page);
    console.log(`phone 390x844: ${shown} tasks on screen`);
    expect(shown).toBeGreaterThanOrEqual(8);
  });
});
