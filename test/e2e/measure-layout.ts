// `npx tsx test/e2e/measure-layout.ts`: the layout figures of the built app (web/dist) with the
// benchmark's 5,000-task account, as tables: task rows wholly on screen and where the first starts
// in a list, Today, All tasks and Upcoming at 1440x900 and 390x844, and what the floating `+`
// covers; whether the phone header's bell, help and sign-out are on screen; how far each view
// reaches past the screen at 320, 390 and 768 px. test/e2e/layout.e2e.ts asserts the same figures.
// Outside Vitest (so it measures any checkout the same way): the server from source, as
// `npm run bench:web` starts it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, Instance } from '../../scripts/harness.js';
import {
  firstRowTop,
  headerReachable,
  openView,
  overflowX,
  rowsOnScreen,
  seedAccount,
  underTheFab,
  viewPaths,
} from './layout-measure.js';

const work = await mkdtemp(path.join(os.tmpdir(), 'doable-measure-'));
const port = await freePort();
const url = `http://localhost:${port}`;
const instance = new Instance('web', port, path.join(work, 'server.log'), {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  APP_URL: url,
  BETTER_AUTH_SECRET: 'doable-measure-secret-not-for-production-0123456789',
  API_RATE_LIMIT: '0',
  AUTH_RATE_LIMIT: '0',
  DATA_DIR: path.join(work, 'data'),
});
await instance.start('/health/ready', 300_000);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const seedContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const seeded = await seedAccount(
    await seedContext.newPage(),
    url,
    `measure.${Date.now()}@example.com`,
    'measure password 2026',
  );
  const storageState = await seedContext.storageState();
  await seedContext.close();
  const views = viewPaths(seeded);

  console.log('| view | size | rows wholly on screen | first row at (px) | `+` covers (top; end of list) |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height }, storageState });
    const page = await context.newPage();
    for (const [name, where] of [
      ['list', views.list],
      ['Today', '/'],
      ['All tasks', '/all'],
      ['Upcoming', '/upcoming'],
    ] as const) {
      await openView(page, url, where!);
      // Counted before the `+` check scrolls the page.
      const rows = await rowsOnScreen(page);
      const top = await firstRowTop(page);
      const covered = await underTheFab(page);
      console.log(
        `| ${name} | ${width}x${height} | ${rows} | ${top} | ${covered.top.join(', ') || 'nothing'}; ${covered.end.join(', ') || 'nothing'} |`,
      );
    }
    if (width === 390)
      console.log(`\nphone header on screen: ${JSON.stringify(await headerReachable(page))}\n`);
    await context.close();
  }

  // LAYOUT_WIDTHS=0 skips the widths (the slower part).
  const widths = process.env.LAYOUT_WIDTHS === '0' ? [] : [320, 390, 768];
  const over: Record<string, number[]> = {};
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 844 }, storageState });
    const page = await context.newPage();
    for (const [name, where] of Object.entries(views)) {
      await openView(page, url, where);
      over[name] = [...(over[name] ?? []), await overflowX(page)];
    }
    await context.close();
  }
  console.log('| view | 320 | 390 | 768 |  (px past the right edge)');
  console.log('| --- | --- | --- | --- |');
  for (const [name, px] of Object.entries(over)) console.log(`| ${name} | ${px.join(' | ')} |`);
} finally {
  await browser.close();
  await instance.stop('SIGTERM');
  await rm(work, { recursive: true, force: true });
}
