// The first-load budget counts what a cold start really needs: in chromium, with an empty cache
// and every file of the app outside the build's count (scripts/web-size.ts) held back, the task
// list (Today, where the app opens) still shows its first rows, virtualized and styled; and what
// the build counts is at most 120 KB gzipped.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstLoadSize } from '../../scripts/web-size.js';
import { apiCall, browserSuite, signUp } from './support.js';

const DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));
const suite = browserSuite();

describe('the first load', () => {
  it('shows the first rows of a cold start with only the files the build counts, at most 120 KB', async () => {
    const counted = await firstLoadSize(DIST);
    const files = new Set(counted.each.map((f) => f.file));

    const warm = await suite.open({ width: 1366, height: 860 });
    await signUp(warm.page, suite.url, 'Cold Starter', `cold.${Date.now()}@example.com`);
    for (const text of ['Call the bank today', 'Water the plants today', 'Pay rent today'])
      await apiCall(warm.page, 'POST', '/api/me/tasks/quick', { text });

    // A new context: nothing cached, no service worker yet; the same session.
    const cold = await suite.open({ width: 1366, height: 860 });
    await cold.context.addCookies(await warm.context.cookies());
    const held: string[] = [];
    let release = () => {};
    const shown = new Promise<void>((resolve) => {
      release = resolve;
    });
    await cold.page.route('**/assets/**', async (route) => {
      const file = new URL(route.request().url()).pathname;
      if (!files.has(file)) {
        held.push(file);
        await shown;
      }
      await route.continue();
    });
    await cold.page.goto(`${suite.url}/`);
    const firstRow = cold.page.waitForFunction(
      () =>
        document.querySelector('.virtual-rows .task-title') !== null &&
        Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).every(
          (l) => l.sheet,
        ),
      undefined,
      { timeout: 30_000 },
    );
    await firstRow.catch((error: unknown) => {
      throw new Error(
        `no styled, virtualized row with only ${[...files].join(', ')} (held back: ${held.join(', ')}): ${error}`,
      );
    });
    release();
    expect(await cold.page.locator('.task-title').allInnerTexts()).toEqual(
      expect.arrayContaining(['Call the bank', 'Water the plants', 'Pay rent']),
    );
    expect(counted.gzipped).toBeLessThanOrEqual(120 * 1024);
  }, 120_000);
});
