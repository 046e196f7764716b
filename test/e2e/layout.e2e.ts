// The layout with the benchmark's 5,000-task account (bench/large.ts's seeded mix) and the default
// settings: compact rows fill a 1440x900 desktop with at least 14 tasks and a 390x844 phone with at
// least 10, in a list and in Today, the phone's controls above the first row taking at most a
// quarter of the screen; Comfortable (Settings, Appearance) brings the taller rows back. No view is
// wider than the screen at 320, 390 and 768 px; the phone's header keeps the bell, help and sign-out
// on screen; the floating `+` covers nothing while the end of a list is on screen (a short list as it
// opens, the last screen of the 5,000 tasks, Today, Upcoming). Every view at both sizes, light
// and dark, passes axe (E2E_SCREENSHOTS=1 also writes each to docs/screenshots/view-*.png).
// Each size is one visit of every view, in a page of its own signed in with the seeded account's
// session cookie, that measures everything the tests below assert about each view as it opens (axe in
// light colours, then in dark on the same load: the colours are CSS alone); a visit runs when the
// first test needs it, and the tests assert what it found.
// test/e2e/measure-layout.ts prints the same figures as a table.
import type { Cookie, Page } from 'playwright-core';
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
import { type AxeViolation, axeViolations, browserSuite, PASSWORD, shot } from './support.js';

const suite = browserSuite();
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
let seeded: Seeded;
/** The seeded account's session cookie: every page below starts signed in with it. */
let session: Cookie[];

/** A page of a context of its own, signed in as the seeded account (nothing opened yet). */
async function signedIn(options: Parameters<typeof suite.open>[0]): Promise<Page> {
  const { page, context } = await suite.open(options);
  await context.addCookies(session);
  return page;
}

beforeAll(async () => {
  const { page, context } = await suite.open(DESKTOP);
  seeded = await seedAccount(page, suite.url, `layout.${Date.now()}@example.com`, PASSWORD);
  session = await context.cookies();
  await context.close();
}, 240_000);

/** What a view showed as it opened. */
interface ViewFigures {
  /** Task rows wholly on screen. */
  rows: number;
  /** Where the first task row starts, in px from the top (null: no row). */
  top: number | null;
  /** The height of a heading row at the top of the rows (Today's "Overdue"), 0 without one. */
  heading: number;
  /** How many px the page reaches past the screen's right edge. */
  over: number;
  /** axe's findings in each colour scheme (none in a visit that does not run it). */
  axe: Partial<Record<Scheme, AxeViolation[]>>;
  /** The page's background in each colour scheme axe ran in (they differ: the scheme switched). */
  background: Partial<Record<Scheme, string>>;
}

type Scheme = 'light' | 'dark';

/** One visit of every view at one size: what it found. */
interface Visit {
  views: Record<string, ViewFigures>;
  /** Whether the header's bell, help and sign-out were on screen on Today as it opened. */
  header: Record<string, boolean>;
  /** The Pages button's aria-expanded once its Settings link was followed, or why that failed. */
  pagesFold: string | null;
  /** Why the folded controls were not one button away on Today (undefined: they were). */
  folded?: string;
}

interface VisitOptions {
  /**
   * Runs axe on each view, light and then dark (and writes a screenshot of each when
   * E2E_SCREENSHOTS=1). The colours are CSS alone (light-dark() pairs under `color-scheme: light
   * dark`), so the dark check switches the emulated scheme on the view as it is, without loading it again.
   */
  axe?: boolean;
  /** Opens Today's folded controls (View options) after its checks. */
  fold?: boolean;
  /** Follows the Settings link of the folded pages (the Pages button) at the end. */
  pages?: boolean;
}

/** What went wrong in a step of a visit, or undefined: the test that owns the step asserts it. */
async function failure(step: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await step();
    return undefined;
  } catch (error) {
    return String(error).split('\n')[0];
  }
}

/** Opens every view of `viewPaths` in one page, in light colours, and measures each as it opens. */
async function visitEvery(
  size: string,
  viewport: { width: number; height: number },
  options: VisitOptions,
): Promise<Visit> {
  const page = await signedIn({ ...viewport, colorScheme: 'light' });
  const visit: Visit = { views: {}, header: {}, pagesFold: null };
  for (const [name, path] of Object.entries(viewPaths(seeded))) {
    await openView(page, suite.url, path);
    const rows = await rowsOnScreen(page);
    const top = await firstRowTop(page);
    const heading = await page.evaluate(
      () => document.querySelector('#task-rows .row-heading')?.getBoundingClientRect().height ?? 0,
    );
    const over = await overflowX(page);
    if (name === 'today') visit.header = await headerReachable(page);
    const axe: ViewFigures['axe'] = {};
    const background: ViewFigures['background'] = {};
    if (options.axe) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        background[colorScheme] = await page.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
        axe[colorScheme] = await axeViolations(page);
        await shot(page, `view-${name.replace(' ', '-')}-${size}-${colorScheme}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    visit.views[name] = { rows, top, heading, over, axe, background };
    if (name === 'today' && options.fold)
      visit.folded = await failure(async () => {
        await page.getByRole('button', { name: 'View options' }).click();
        await page.getByRole('searchbox', { name: 'Search tasks' }).waitFor();
        await page.getByRole('button', { name: 'Assistant' }).waitFor();
      });
  }
  // On a phone the pages fold behind one button, which folds again once a page is chosen.
  if (options.pages) {
    const failed = await failure(async () => {
      await page.getByRole('button', { name: 'Pages' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      visit.pagesFold = await page.getByRole('button', { name: 'Pages' }).getAttribute('aria-expanded');
    });
    if (failed) visit.pagesFold = failed;
  }
  await page.context().close();
  return visit;
}

/** Runs `make` once, when first asked, and gives every caller its result. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

const desktop = once(() => visitEvery('desktop', DESKTOP, { axe: true }));
const phone = once(() => visitEvery('phone', PHONE, { axe: true, fold: true, pages: true }));
const at320 = once(() => visitEvery('320', { width: 320, height: 844 }, { pages: true }));
const at768 = once(() => visitEvery('768', { width: 768, height: 844 }, {}));

describe('compact rows by default', () => {
  it('a 1440x900 desktop shows at least 14 tasks in a list and in Today', async () => {
    const { views } = await desktop();
    for (const [name, view] of [
      ['a list', views.list],
      ['Today', views.today],
    ] as const) {
      console.log(`desktop 1440x900, ${name}: ${view?.rows} tasks on screen`);
      expect(view?.rows, name).toBeGreaterThanOrEqual(14);
    }
  }, 300_000);

  it('a 390x844 phone shows at least 10, the controls above the first row taking at most a quarter of the screen', async () => {
    const { views, folded } = await phone();
    for (const [name, view] of [
      ['a list', views.list],
      ['Today', views.today],
    ] as const) {
      console.log(`phone 390x844, ${name}: ${view?.rows} tasks on screen, the first at ${view?.top} px`);
      expect(view?.rows, name).toBeGreaterThanOrEqual(10);
      // Today's first row may sit under its "Overdue" heading: the heading is the list's, not a control.
      expect((view?.top ?? 844) - (view?.heading ?? 0), name).toBeLessThanOrEqual(844 / 4);
    }
    // The folded controls are one button away.
    expect(folded).toBeUndefined();
  }, 300_000);

  it('Comfortable, chosen in Settings, shows the descriptions under the titles again', async () => {
    // Compact: the list as the desktop visit found it.
    const compact = (await desktop()).views.list?.rows ?? 0;
    const page = await signedIn(DESKTOP);
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
    await page.context().close();
  }, 300_000);
});

describe('every view fits the screen', () => {
  it('no view is wider than the screen at 320, 390 and 768 px', async () => {
    const wider: string[] = [];
    for (const [width, visit] of [
      [320, at320],
      [390, phone],
      [768, at768],
    ] as const) {
      for (const [name, view] of Object.entries((await visit()).views))
        if (view.over > 0) wider.push(`${name} at ${width} px: ${view.over} px too wide`);
    }
    expect(wider).toEqual([]);
  }, 300_000);

  it('on a phone the header keeps the bell, help and sign-out on screen; the pages fold behind one button', async () => {
    for (const [width, visit] of [
      [320, at320],
      [390, phone],
    ] as const) {
      const { header, pagesFold } = await visit();
      expect(header, `${width} px`).toEqual({ bell: true, help: true, signOut: true });
      expect(pagesFold, `${width} px`).toBe('false');
    }
  }, 300_000);

  it('while the end of a list is on screen the floating + covers no control', async () => {
    const page = await signedIn(PHONE);
    // A short list whose last row, as it opens, sits at the height of the + (13-14 compact rows).
    const post = async (path: string, data: unknown) => {
      const res = await page.request.post(`${suite.url}${path}`, { data, headers: { origin: suite.url } });
      if (!res.ok()) throw new Error(`${path}: ${res.status()} ${await res.text()}`);
      return res.json();
    };
    const short = (await post('/api/me/lists', { name: 'Short errands' })).id as number;
    for (let n = 1; n <= 14; n++) await post('/api/me/tasks', { title: `Errand ${n}`, list_id: short });
    for (const path of [`/lists/${short}`, `/lists/${seeded.listId}`, '/', '/upcoming']) {
      await openView(page, suite.url, path);
      const { covered, inBand } = await coveredNearTheEnd(page);
      expect(covered, path).toEqual([]);
      // Each view reaches the case: its last row wholly on screen at the height of the +.
      expect(inBand, path).toBeGreaterThan(0);
    }
    await page.context().close();
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
    const found: string[] = [];
    for (const [size, visit] of [
      ['desktop', desktop],
      ['phone', phone],
    ] as const) {
      for (const [name, view] of Object.entries((await visit()).views)) {
        if (view.background.light === view.background.dark)
          found.push(`${name}, ${size}: the same background light and dark (${view.background.light})`);
        for (const colorScheme of ['light', 'dark'] as const) {
          const violations = view.axe[colorScheme];
          if (violations?.length !== 0)
            found.push(
              `${name}, ${size}, ${colorScheme}: ${JSON.stringify(violations ?? 'not run', null, 2)}`,
            );
        }
      }
    }
    expect(found).toEqual([]);
  }, 600_000);
});
