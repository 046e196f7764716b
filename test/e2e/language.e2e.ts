// The interface's language (docs/translating.md): Urdu chosen on the sign-in page, and the
// account's Urdu on the task list, right to left at desktop and phone size with no view wider than
// the screen; and the pseudo-locale (en-XA: every catalog message accented), where a visible word
// in plain English letters on the sign-in page or the task list did not come from a catalog.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, browserSuite, newAccount, shot } from './support.js';

const suite = browserSuite();

/** The document's language and direction, and whether anything is wider than the window. */
const layout = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    wider: document.documentElement.scrollWidth > window.innerWidth,
  }));

/**
 * Visible text inside `roots` with a word of plain English letters, less `allowed` (names and
 * content the test made): what did not come through a catalog in the pseudo-locale.
 */
const plainWords = (page: Page, roots: string[], allowed: string[]) =>
  page.evaluate(
    ([selectors, known]) => {
      const found: string[] = [];
      for (const root of Array.from(document.querySelectorAll(selectors.join(',')))) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('kbd, code, .visually-hidden, [aria-hidden="true"]')) continue;
          if (!parent.checkVisibility()) continue;
          let text = node.textContent ?? '';
          for (const k of known) text = text.replaceAll(k, '');
          if (/[A-Za-z]{2,}/.test(text)) found.push(text.trim());
        }
      }
      return found;
    },
    [roots, allowed] as const,
  );

describe('the interface in Urdu', () => {
  it('switches the sign-in page to Urdu, right to left', async () => {
    const { page } = await suite.open({ width: 390, height: 844 });
    await page.goto(`${suite.url}/signin`);
    await page.getByLabel('Language').selectOption('ur');
    await page.getByRole('heading', { name: 'Doable میں سائن ان کریں' }).waitFor();
    expect(await layout(page)).toEqual({ lang: 'ur', dir: 'rtl', wider: false });
    await expect(page.getByRole('button', { name: 'سائن ان' }).isVisible()).resolves.toBe(true);
    await shot(page, 'signin-urdu-phone');
    // The choice stays with this browser.
    await page.reload();
    await page.getByRole('heading', { name: 'Doable میں سائن ان کریں' }).waitFor();
  }, 60_000);

  it('shows the task list in the account’s Urdu, at desktop and phone size', async () => {
    const { page } = await newAccount(suite, 'Urdu Reader', `urdu.${Date.now()}@example.com`);
    await apiCall(page, 'POST', '/api/me/tasks/quick', { text: 'Pay the bills today' });
    await apiCall(page, 'POST', '/api/me/tasks/quick', { text: 'امی کو فون کرنا آج شام 5 بجے #گھر !high' });
    await apiCall(page, 'PATCH', '/api/me/settings', { language: 'ur' });
    for (const size of [
      { width: 1366, height: 860 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${suite.url}/today`);
      await page.getByRole('heading', { name: 'آج', level: 1 }).waitFor();
      await page.getByText('Pay the bills').waitFor();
      expect(await layout(page)).toEqual({ lang: 'ur', dir: 'rtl', wider: false });
      await expect(page.getByPlaceholder(/کام شامل کریں/).isVisible()).resolves.toBe(true);
      await shot(page, size.width > 600 ? 'tasks-urdu-desktop' : 'tasks-urdu-phone');
    }
  }, 90_000);
});

describe('the pseudo-locale', () => {
  it('leaves no plain English word on the sign-in page or the task list', async () => {
    const email = `pseudo.${Date.now()}@example.com`;
    const { page, context } = await newAccount(suite, 'Pseudo Person', email);
    await apiCall(page, 'POST', '/api/me/tasks/quick', { text: 'Water the plants today #garden' });
    await context.addInitScript(() => localStorage.setItem('doable:language', 'en-XA'));
    await page.goto(`${suite.url}/today`);
    await page.getByText('Water the plants').waitFor();
    expect(await layout(page)).toMatchObject({ lang: 'en-XA', dir: 'rtl', wider: false });
    const known = ['Water the plants', 'garden', email, 'Doable'];
    expect(
      await plainWords(page, ['.screen-head', '.add-task', '.task-region', '.app-header nav'], known),
    ).toEqual([]);

    const signedOut = await suite.open();
    await signedOut.context.addInitScript(() => localStorage.setItem('doable:language', 'en-XA'));
    await signedOut.page.goto(`${suite.url}/signin`);
    await signedOut.page.locator('.auth-card h1').waitFor();
    expect(await plainWords(signedOut.page, ['.auth-card', '.language-switch'], ['Doable'])).toEqual([]);
  }, 90_000);
});
