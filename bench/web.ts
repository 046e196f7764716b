// `npm run bench:web`: the web app with many tasks, in Debian's chromium at 1366x860 (goal 6 of
// docs/benchmarks.md). For each size in WEB_SIZES (1000,5000), a fresh account gets that many tasks (the
// benchmark's usual mix, bench/large.ts) and "All tasks" is opened WEB_ROUNDS (3) times:
// - first rows: from the end of the task list's response to the first row on screen (in the page's
//   own clock: the resource timing's responseEnd, then a MutationObserver and the next frame);
// - rows and DOM nodes on screen; what it takes to have every task in the view: where the list is
//   paged behind "Show more tasks", the clicks and the time until none is left (at
//   most WEB_MAX_MORE clicks); where it is virtualized, the time until its background loading holds
//   every task (the list's data-rows);
// - scrolling: the whole page scrolled top to bottom at 120 px a frame, each frame's duration
//   (requestAnimationFrame timestamps): median, p95 and worst;
// - ticking a task: from the click on its checkbox to its toast on screen, WEB_TICKS (5) times;
// - the first load's JavaScript, gzipped (scripts/web-size.ts, as the build's budget counts it).
// Prints medians over the rounds; results in bench/results/web-<timestamp>.json. A benchmark, not a
// test: it fails only when the app cannot be driven. It measures the checkout it runs in (its
// server and web/dist): copy it into another checkout to measure that one the same way.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { freePort, Instance, median, percentile, root, signToken } from '../scripts/harness.js';
import { firstLoadSize } from '../scripts/web-size.js';
import { generateTasks, importTasks } from './large.js';

const SIZES = (process.env.WEB_SIZES ?? '1000,5000').split(',').map(Number);
const ROUNDS = Number(process.env.WEB_ROUNDS ?? 3);
const TICKS = Number(process.env.WEB_TICKS ?? 5);
const MAX_MORE = Number(process.env.WEB_MAX_MORE ?? 60);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SECRET = 'doable-bench-secret-not-for-production-0123456789abcdef';
const PASSWORD = 'bench password 2026';

const round1 = (n: number) => Math.round(n * 10) / 10;

// What runs in the page, installed before the app loads (as a script: the app's CSP forbids
// evaluating strings, and tsx would wrap functions passed from here in helpers the page lacks).
// It records when the first task row appears, and offers the scroll and tick measurements.
const PAGE_SCRIPT = `
  window.__firstRow = null;
  new MutationObserver((_, observer) => {
    if (window.__firstRow === null && document.querySelector('[data-task-id]')) {
      requestAnimationFrame(() => { window.__firstRow = performance.now(); });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  window.__bench = {
    // From the end of the first task list response to the first row on screen.
    firstRows() {
      const ends = performance.getEntriesByType('resource')
        .filter((e) => /\\/api\\/me\\/tasks\\?/.test(e.name)).map((e) => e.responseEnd).sort((a, b) => a - b);
      return ends.length === 0 ? NaN : window.__firstRow - ends[0];
    },
    count() {
      return { rows: document.querySelectorAll('[data-task-id]').length, nodes: document.getElementsByTagName('*').length };
    },
    // Tasks in a virtualized view (loaded, rendered or not); null where the view is not virtualized.
    loaded() {
      const list = document.querySelector('[data-rows]');
      return list ? Number(list.getAttribute('data-rows')) : null;
    },
    // Scrolls the page top to bottom 120 px a frame; each frame's duration.
    scroll() {
      return new Promise((resolve) => {
        window.scrollTo(0, 0);
        const frames = [];
        let last;
        function step(now) {
          if (last !== undefined) frames.push(now - last);
          last = now;
          const end = document.documentElement.scrollHeight - window.innerHeight;
          if (window.scrollY >= end - 1 || frames.length > 3000) return resolve(frames);
          window.scrollBy(0, 120);
          requestAnimationFrame(step);
        }
        requestAnimationFrame(step);
      });
    },
    // Ticks the index-th open task; the milliseconds until a new toast is on screen.
    tick(index) {
      return new Promise((resolve, reject) => {
        const boxes = [...document.querySelectorAll('[data-task-id] input[type="checkbox"]')].filter((b) => !b.checked);
        const box = boxes[index];
        if (!box) return reject(new Error('no open task to tick'));
        box.scrollIntoView({ block: 'center' });
        // A new toast element (at most three show at once: the count alone stops growing).
        const before = new Set(document.querySelectorAll('.toast'));
        const at = performance.now();
        const observer = new MutationObserver(() => {
          if ([...document.querySelectorAll('.toast')].some((t) => !before.has(t))) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - at));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        box.click();
        setTimeout(() => reject(new Error('no toast within 30 s')), 30000);
      });
    },
  };
`;

/** The page's globals this benchmark reads (the server code's compilation has no DOM types). */
interface BenchWindow {
  __firstRow: number | null;
  __bench: {
    firstRows(): number;
    count(): { rows: number; nodes: number };
    loaded(): number | null;
    scroll(): Promise<number[]>;
    tick(index: number): Promise<number>;
  };
}
declare const window: BenchWindow;

interface Round {
  firstRowMs: number;
  rows: number;
  domNodes: number;
  showMoreClicks: number;
  seeAllMs: number;
  rowsAfterAll: number;
  domNodesAfterAll: number;
  frameMedianMs: number;
  frameP95Ms: number;
  frameWorstMs: number;
  tickMs: number[];
}

async function openAll(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/all`);
  await page.waitForFunction(() => window.__firstRow !== null, undefined, { timeout: 60_000 });
  return page.evaluate(() => window.__bench.firstRows());
}

async function measure(url: string, size: number, browserPath: string): Promise<Round[]> {
  const email = `web-bench-${size}-${Date.now()}@example.com`;
  const up = await fetch(`${url}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ name: 'Bench', email, password: PASSWORD }),
  });
  const userId = ((await up.json()) as { user: { id: string } }).user.id;
  const token = await signToken(SECRET, userId);
  // Open tasks only, so every row can be ticked and every view holds them all.
  const tasks = generateTasks(size, 40 + size, Date.now()).map((t) => ({
    ...t,
    completed: false,
    completed_at: null,
  }));
  await importTasks(url, { id: userId, token }, tasks);

  const browser = await chromium.launch({
    executablePath: browserPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const rounds: Round[] = [];
  try {
    for (let r = 0; r < ROUNDS; r++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
      const page = await context.newPage();
      await page.addInitScript(PAGE_SCRIPT);
      await page.goto(`${url}/signin`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForFunction(() => window.__firstRow !== null, undefined, { timeout: 60_000 });
      const firstRowMs = await openAll(page, url);
      await page.waitForTimeout(300);
      const count = () => page.evaluate(() => window.__bench.count());
      const first = await count();
      const more = page.getByRole('button', { name: /Show more/ });
      let clicks = 0;
      const seeAllAt = performance.now();
      while (clicks < MAX_MORE && (await more.count()) > 0) {
        const before = (await count()).rows;
        await more.first().click();
        clicks++;
        await page.waitForFunction((before) => window.__bench.count().rows > before, before, {
          timeout: 30_000,
        });
      }
      if (clicks === 0 && (await page.evaluate(() => window.__bench.loaded())) !== null) {
        // Virtualized: every open task is in the list once the background pages are in. How many
        // are open, the server says: earlier rounds' ticks moved some to the folded Completed part,
        // a parent's with its open subtasks.
        const open = await page.evaluate(async () => {
          const res = await fetch('/api/me/tasks?status=pending&limit=1');
          return ((await res.json()) as { count: number }).count;
        });
        await page.waitForFunction((open) => (window.__bench.loaded() ?? 0) >= open, open, {
          timeout: 120_000,
        });
      }
      const seeAllMs = performance.now() - seeAllAt;
      await page.waitForTimeout(300);
      const all = await count();
      const frames = await page.evaluate(() => window.__bench.scroll());
      const ticks: number[] = [];
      for (let i = 0; i < TICKS; i++) {
        ticks.push(await page.evaluate((index) => window.__bench.tick(index), i * 3));
        await page.waitForTimeout(200);
      }
      rounds.push({
        firstRowMs: round1(firstRowMs),
        rows: first.rows,
        domNodes: first.nodes,
        showMoreClicks: clicks,
        seeAllMs: Math.round(seeAllMs),
        rowsAfterAll: all.rows,
        domNodesAfterAll: all.nodes,
        frameMedianMs: round1(median(frames)),
        frameP95Ms: round1(percentile(frames, 95)),
        frameWorstMs: round1(Math.max(...frames)),
        tickMs: ticks.map(round1),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return rounds;
}

async function main() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'doable-bench-web-'));
  const port = await freePort();
  // The browser's origin must be APP_URL's (sign-in checks it): localhost, not 127.0.0.1.
  const url = `http://localhost:${port}`;
  const instance = new Instance('web', port, path.join(work, 'server.log'), {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    APP_URL: url,
    BETTER_AUTH_SECRET: SECRET,
    API_RATE_LIMIT: '0',
    AUTH_RATE_LIMIT: '0',
    DATA_DIR: path.join(work, 'data'),
  });
  await instance.start('/health/ready');
  const firstLoad = await firstLoadSize(path.join(root, 'web', 'dist'));
  const firstLoadKb = round1(firstLoad.gzipped / 1024);
  const results: Record<string, Round[]> = {};
  try {
    for (const size of SIZES) {
      results[size] = await measure(url, size, CHROMIUM);
      const rounds = results[size];
      const m = (pick: (r: Round) => number) => round1(median(rounds.map(pick)));
      console.log(
        `${size} tasks (median of ${rounds.length}): first rows ${m((r) => r.firstRowMs)} ms after the data; ` +
          `${m((r) => r.rows)} rows, ${m((r) => r.domNodes)} DOM nodes; every task after ${m((r) => r.showMoreClicks)} ` +
          `"Show more" clicks, ${m((r) => r.seeAllMs)} ms (${m((r) => r.rowsAfterAll)} rows, ${m((r) => r.domNodesAfterAll)} nodes); ` +
          `scroll frame median ${m((r) => r.frameMedianMs)} ms, p95 ${m((r) => r.frameP95Ms)}, worst ${m((r) => r.frameWorstMs)}; ` +
          `tick to toast median ${round1(median(rounds.flatMap((r) => r.tickMs)))} ms; ` +
          `first load ${firstLoadKb} KB gzipped`,
      );
    }
  } finally {
    await instance.stop('SIGTERM');
    await rm(work, { recursive: true, force: true });
  }
  const out = path.join(root, 'bench', 'results');
  await mkdir(out, { recursive: true });
  const file = path.join(out, `web-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(
    file,
    `${JSON.stringify({ sizes: SIZES, rounds: ROUNDS, firstLoadKb, results }, null, 2)}\n`,
  );
  console.log(`results: ${path.relative(root, file)}`);
}

await main();
