// The layout with the benchmark's 5,000-task account (bench/large.ts's seeded mix) and the default
// settings: compact rows fill a 1440x900 desktop with at least 14 tasks and a 390x844 phone with at
// least 10, in a list and in Today, the phone's controls above the first row taking at most a
// quarter of the screen; Comfortable (Settings, Appearance) brings the taller rows back. No view is
// wider than the screen at 320, 390 and 768 px; the phone's header keeps the bell, help and sign-out
// on screen; the floating `+` covers nothing while the end of a list is on screen (a short list as it
// opens, the last screen of the 5,000 tasks, Today, Upcoming). Every view at both sizes, light
// and dark, passes axe (E2E_SCREENSHOTS=1 also writes each to docs/screenshots/view-*.png).
// test/e2e/measure-layout.ts prints the same figures as a table.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  firstRowTop,
  headerReachable,
  openView,
  overflowX,
  rowsOnScreen,
  type Seeded,
  seedAccount,
  viewPaths,
} from './layout-measure.js';
import { browserSuite, expectAccessible, PASSWORD, shot } from './support.js';

const suite = browserSuite();
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
let seeded: Seeded;

async function signedIn(options: Parameters<typeof suite.open>[0]): Promise<Page> {
  const { page } = await suite.open(options);
  await page.goto(`${suite.url}/signin`);
  await page.getByLabel('Email').fill(seeded.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  return page;
}

beforeAll(async () => {
  const { page, context } = await suite.open(DESKTOP);
  seeded = await seedAccount(page, suite.url, `layout.${Date.now()}@example.com`, PASSWORD);
  await context.close();
}, 240_000);

describe('compact rows by default', () => {
  it('a 1440x900 desktop shows at least 14 tasks in a list and in Today', async () => {
    const page = await signedIn(DESKTOP);
    for (const [name, path] of [
      ['a list', `/lists/${seeded.listId}`],
      ['Today', '/'],
    ] as const) {
      await openView(page, suite.url, path);
      const rows = await rowsOnScreen(page);
      console.log(`desktop 1440x900, ${name}: ${rows} tasks on screen`);
      expect(rows, name).toBeGreaterThanOrEqual(14);
    }
  });

  it('a 390x844 phone shows at least 10, the controls above the first row taking at most a quarter of the screen', async () => {
    const page = await signedIn(PHONE);
    for (const [name, path] of [
      ['a list', `/lists/${seeded.listId}`],
      ['Today', '/'],
    ] as const) {
      await openView(page, suite.url, path);
      const rows = await rowsOnScreen(page);
      const top = await firstRowTop(page);
      console.log(`phone 390x844, ${name}: ${rows} tasks on screen, the first at ${top} px`);
      expect(rows, name).toBeGreaterThanOrEqual(10);
      // Today's first row may sit under its "Overdue" heading: the heading is the list's, not a control.
      const heading = await page.evaluate(
        () => document.querySelector('#task-rows .row-heading')?.getBoundingClientRect().height ?? 0,
      );
      expect((top ?? 844) - heading, name).toBeLessThanOrEqual(844 / 4);
    }
    // The folded controls are one button away.
    await page.getByRole('button', { name: 'View options' }).click();
    await page.getByRole('searchbox', { name: 'Search tasks' }).waitFor();
    await page.getByRole('button', { name: 'Assistant' }).waitFor();
  });

  it('Comfortable, chosen in Settings, shows the descriptions under the titles again', async () => {
    const page = await signedIn(DESKTOP);
    await openView(page, suite.url, `/lists/${seeded.listId}`);
    const compact = await rowsOnScreen(page);
    await openView(page, suite.url, '/settings');
    await page.getByRole('radio', { name: /^Comfortable/ }).check();
    await openView(page, suite.url, `/lists/${seeded.listId}`);
    const comfortable = await rowsOnScreen(page);
    const wraps = await page
      .locator('.task-description')
      .first()
      .evaluate((el) => getComputedStyle(el).whiteSpace);
    expect(wraps).toBe('pre-wrap');
    expect(comfortable).toBeLessThan(compact);
    // Kept in this browser: a reload keeps it.
    await page.reload();
    await page.locator('[data-task-id]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.density)).toBe('comfortable');
  });
});

describe('every view fits the screen', () => {
  it('no view is wider than the screen at 320, 390 and 768 px', async () => {
    const views = viewPaths(seeded);
    const wider: string[] = [];
    for (const width of [320, 390, 768]) {
      const page = await signedIn({ width, height: 844 });
      for (const [name, path] of Object.entries(views)) {
        await openView(page, suite.url, path);
        const over = await overflowX(page);
        if (over > 0) wider.push(`${name} at ${width} px: ${over} px too wide`);
      }
      await page.context().close();
    }
    expect(wider).toEqual([]);
  }, 300_000);

  it('on a phone the header keeps the bell, help and sign-out on screen; the pages fold behind one button', async () => {
    for (const width of [320, 390]) {
      const page = await signedIn({ width, height: 844 });
      expect(await headerReachable(page), `${width} px`).toEqual({ bell: true, help: true, signOut: true });
      await page.getByRole('button', { name: 'Pages' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      expect(await page.getByRole('button', { name: 'Pages' }).getAttribute('aria-expanded')).toBe('false');
      await page.context().close();
    }
  });

  it('while the end of a list is on screen the floating + covers no control', async () => {
    const page = await signedIn(PHONE);
    // A short list whose last row, as it opens, sits at the height of the + (13-14 compact rows).
    const short = await page.evaluate(async () => {
      const post = (path: string, body: unknown) =>
        fetch(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const list = await (await post('/api/me/lists', { name: 'Short errands' })).json();
      for (let n = 1; n <= 14; n++) await post('/api/me/tasks', { title: `Errand ${n}`, list_id: list.id });
      return list.id as number;
    });
    for (const path of [`/lists/${short}`, `/lists/${seeded.listId}`, '/', '/upcoming']) {
      await openView(page, suite.url, path);
      const { covered, inBand } = await coveredNearTheEnd(page);
      expect(covered, path).toEqual([]);
      // Each view reaches the case: its last row wholly on screen at the height of the +.
      expect(inBand, path).toBeGreaterThan(0);
    }
  }, 480_000);
});

/**
 * What the floating `+` covers at every scroll position (8 px apart) of a view's last screen at
 * which its last task row is wholly on screen, from the view as it opens for a list shorter than
 * that to the end, once every page of the list has loaded; and at
 * how many of them the last row sat in the + button's band (its top and bottom).
 */
const coveredNearTheEnd = (page: Page): Promise<{ covered: string[]; inBand: number }> =>
  page.evaluate(async () => {
    const fab = document.querySelector<HTMLElement>('.add-fab');
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Until the pages loading in the background (the list is aria-busy meanwhile) stop making it longer.
    let height = -1;
    const busy = () => document.querySelector('.task-region[aria-busy]') !== null;
    for (
      let tries = 0;
      tries < 240 && (busy() || height !== document.documentElement.scrollHeight);
      tries++
    ) {
      height = document.documentElement.scrollHeight;
      window.scrollTo(0, height);
      await new Promise((r) => setTimeout(r, 500));
      await frame();
    }
    const end = document.documentElement.scrollHeight - window.innerHeight;
    const covered: string[] = [];
    let inBand = 0;
    for (let y = Math.max(0, end - window.innerHeight); y <= end + 7; y += 8) {
      window.scrollTo(0, Math.min(y, end));
      await frame();
      const rows = document.querySelectorAll('[data-task-id]');
      const last = rows[rows.length - 1]?.getBoundingClientRect();
      if (!fab || !last || last.top < 0 || last.bottom > window.innerHeight) continue;
      const f = fab.getBoundingClientRect();
      if (f.width === 0) continue;
      if (last.bottom > f.top && last.top < f.bottom) inBand++;
      if (getComputedStyle(fab).visibility === 'hidden') continue;
      for (const el of Array.from(
        document.querySelectorAll<HTMLElement>(
          'main button, main a[href], main input, main select, main textarea, main summary',
        ),
      )) {
        if (el === fab) continue;
        const b = el.getBoundingClientRect();
        if (b.width === 0 || b.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        if (b.right > f.left && b.left < f.right && b.bottom > f.top && b.top < f.bottom)
          covered.push(
            `at ${Math.round(window.scrollY)} px: ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}`,
          );
      }
    }
    window.scrollTo(0, 0);
    return { covered, inBand };
  });

describe('every view, both sizes, light and dark', () => {
  it('axe finds nothing on any of them', async () => {
    const views = viewPaths(seeded);
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await signedIn({ ...viewport, colorScheme });
        for (const [name, path] of Object.entries(views)) {
          await openView(page, suite.url, path);
          await expectAccessible(page, `${name}, ${size}, ${colorScheme}`);
          await shot(page, `view-${name.replace(' ', '-')}-${size}-${colorScheme}`);
        }
        await page.context().close();
      }
    }
  }, 600_000);
});
