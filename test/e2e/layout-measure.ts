// What the layout checks measure, shared by test/e2e/layout.e2e.ts (which asserts them) and
// test/e2e/measure-layout.ts (which prints them as a table): the benchmark's 5,000-task account
// (bench/large.ts's seeded mix, as `npm run bench:web` makes it), the task rows wholly on screen in
// a view, how far a page reaches past the screen's right edge, and what the floating `+` covers.
// It imports nothing of Vitest, so the script runs outside it.
import type { Page } from 'playwright-core';
import { generateTasks } from '../../bench/large.js';

/** The seed and task count of `npm run bench:web`'s 5,000-task account. */
export const SEEDED_TASKS = 5_000;

export interface Seeded {
  email: string;
  /** The list with the most open tasks. */
  listId: number;
}

/**
 * Signs a new account up (the first on a fresh server: its administrator) and imports the
 * benchmark's 5,000 tasks into it, all open, as `npm run bench:web` does.
 */
export async function seedAccount(
  page: Page,
  origin: string,
  email: string,
  password: string,
): Promise<Seeded> {
  await page.goto(`${origin}/signup`);
  await page.getByLabel('Name').fill('Dense Reader');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  // Due dates around now, so Today and the calendar have tasks.
  const tasks = generateTasks(SEEDED_TASKS, 40 + SEEDED_TASKS, Date.now()).map((t) => ({
    ...t,
    completed: false,
    completed_at: null,
  }));
  const imported = await page.evaluate(async (tasks) => {
    const res = await fetch('/api/me/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'doable-export', version: 1, tasks }),
    });
    return { status: res.status, body: await res.text() };
  }, tasks);
  if (imported.status !== 201) throw new Error(`import: ${imported.status} ${imported.body}`);
  const answer = await page.evaluate(async () => (await fetch('/api/me/lists')).json());
  const lists = (Array.isArray(answer) ? answer : answer.lists) as { id: number; open_count: number }[];
  const biggest = [...lists].sort((a, b) => b.open_count - a.open_count)[0];
  if (!biggest) throw new Error('no list after the import');
  return { email, listId: biggest.id };
}

/** The task rows wholly inside the window (and not under the sticky header). */
export const rowsOnScreen = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      Array.from(document.querySelectorAll('[data-task-id]')).filter((row) => {
        const box = row.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );

/** Where the first task row starts, in px from the top of the window (null: no row). */
export const firstRowTop = (page: Page): Promise<number | null> =>
  page.evaluate(() => {
    const row = document.querySelector('[data-task-id]');
    return row ? Math.round(row.getBoundingClientRect().top) : null;
  });

/** How many px the page reaches past the window's right edge (0: it fits). */
export const overflowX = (page: Page): Promise<number> =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));

/** The controls the floating `+` overlaps at the top of the page and at the end of its list. */
export const underTheFab = (page: Page): Promise<{ top: string[]; end: string[] }> =>
  page.evaluate(async () => {
    const fab = document.querySelector<HTMLElement>('.add-fab');
    if (!fab || fab.getBoundingClientRect().width === 0) return { top: [], end: [] };
    const check = () => {
      const covered: string[] = [];
      const f = fab.getBoundingClientRect();
      for (const el of Array.from(
        document.querySelectorAll<HTMLElement>(
          'main button, main a[href], main input, main select, main textarea, main summary',
        ),
      )) {
        if (el === fab || fab.contains(el)) continue;
        const b = el.getBoundingClientRect();
        if (b.width === 0 || b.height === 0) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden') continue;
        if (b.right > f.left && b.left < f.right && b.bottom > f.top && b.top < f.bottom)
          covered.push(el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName);
      }
      return covered;
    };
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.scrollTo(0, 0);
    await frame();
    const top = check();
    // The end of the list, where the last row's controls sit lowest: scrolled there until the
    // pages loaded in the background stop making it longer.
    let height = -1;
    for (let tries = 0; tries < 60 && height !== document.documentElement.scrollHeight; tries++) {
      height = document.documentElement.scrollHeight;
      window.scrollTo(0, height);
      await new Promise((r) => setTimeout(r, 500));
      await frame();
    }
    const end = check();
    window.scrollTo(0, 0);
    return { top, end };
  });

/** Whether the header's bell, help and sign-out sit wholly inside the window, unscrolled. */
export const headerReachable = (page: Page): Promise<Record<string, boolean>> =>
  page.evaluate(() => {
    const inside = (el: Element | null) => {
      if (!el) return false;
      const b = el.getBoundingClientRect();
      return b.width > 0 && b.left >= 0 && b.right <= window.innerWidth && b.top >= 0;
    };
    const header = document.querySelector('.app-header');
    const byText = (text: string) =>
      Array.from(header?.querySelectorAll('button, a') ?? []).find((el) => el.textContent?.trim() === text) ??
      null;
    return {
      bell: inside(header?.querySelector('.bell') ?? null),
      help: inside(header?.querySelector('[aria-label="Keyboard shortcuts"]') ?? null),
      signOut: inside(byText('Sign out')),
    };
  });

/** The views the width check opens, by name: their paths for a seeded account. */
export const viewPaths = (seeded: Seeded): Record<string, string> => ({
  list: `/lists/${seeded.listId}`,
  today: '/',
  upcoming: '/upcoming',
  board: `/lists/${seeded.listId}/board`,
  'calendar month': '/calendar',
  'calendar week': '/calendar?mode=week',
  search: '/all?q=report',
  settings: '/settings',
  admin: '/admin',
});

/** Opens a view and waits until it has drawn its content (rows, a grid or its heading). */
export async function openView(page: Page, origin: string, path: string): Promise<void> {
  await page.goto(`${origin}${path}`);
  // tsx (the measuring script) names functions through a helper the page lacks.
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main [role="status"].state'));
  if (/^\/(lists\/\d+|all|upcoming)?($|\?)/.test(path))
    await page.locator('[data-task-id]').first().waitFor({ timeout: 30_000 });
  if (path.startsWith('/calendar')) await page.locator('.calendar-body .chip').first().waitFor();
  if (path.endsWith('/board')) await page.locator('.board-cards li').first().waitFor();
  await page.waitForTimeout(300);
}
