// Working offline in chromium (issue 16): the service worker keeps the app shell, the last-known
// tasks come back on a reload without a network, writes made offline (add, complete, rename,
// delete) show as pending and reach the server exactly once when the connection is back.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type RunningServer, startServer, type TestPage } from './support.js';

const PASSWORD = 'correct horse battery';

let server: RunningServer;
let browser: Browser;
let opened: TestPage | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await opened?.context.close();
  await browser?.close();
  await server?.stop();
});

async function addTask(page: Page, title: string) {
  await page.getByLabel('New task').fill(title);
  await page.getByLabel('New task').press('Enter');
  await page.getByRole('button', { name: `Rename ${title}`, exact: true }).waitFor();
}

interface ApiTask {
  id: number;
  title: string;
  completed: boolean;
}

async function serverTasks(page: Page): Promise<ApiTask[]> {
  const response = await page.request.get(`${server.url}/api/me/tasks?status=all&limit=100`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { tasks: ApiTask[] };
  return body.tasks.map(({ id, title, completed }) => ({ id, title, completed }));
}

describe('offline', () => {
  it('opens offline with the last tasks, queues writes, and sends them exactly once when back', async () => {
    opened = await openPage(browser);
    const { page, context, errors } = opened;
    await page.goto(`${server.url}/signup`);
    await page.getByLabel('Name').fill('Otto Offline');
    await page.getByLabel('Email').fill('otto@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

    for (const title of ['Water the plants', 'Rename me', 'Delete me']) await addTask(page, title);
    // The service worker has installed and controls the page (it caches the shell on install).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    await page.waitForTimeout(800); // the cache copy is written half a second after the last change
    const before = await serverTasks(page);
    expect(before).toHaveLength(3);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Rename Water the plants', exact: true }).waitFor();
    await page.getByText('You are offline.').waitFor();

    // Add two, complete an old one and a new one, rename one, delete one: all while offline.
    await addTask(page, 'Buy stamps');
    await addTask(page, 'Post the letter');
    await page.getByLabel('Complete: Water the plants').check();
    await page.getByLabel('Complete: Buy stamps').check();
    await page.getByRole('button', { name: 'Rename Rename me', exact: true }).click();
    await page.getByLabel('Task title').fill('Renamed offline');
    await page.getByLabel('Task title').press('Enter');
    await page.getByRole('button', { name: 'Rename Renamed offline', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Rename Delete me', exact: true }).hover();
    await page.getByRole('button', { name: 'Delete Delete me', exact: true }).click();
    // The delete waits out its Undo toast before it joins the queue.
    await page.getByText('6 changes wait').waitFor({ timeout: 15_000 });
    expect(await page.locator('.pending-mark').count()).toBeGreaterThanOrEqual(4);
    expect(await serverTasks(page)).toEqual(before);

    // A reload offline keeps the queue and what it shows.
    await page.reload();
    await page.getByRole('button', { name: 'Rename Post the letter', exact: true }).waitFor();
    await page.getByText('6 changes wait').waitFor();

    await context.setOffline(false);
    await page.waitForFunction(() => document.querySelectorAll('.pending-mark').length === 0, undefined, {
      timeout: 20_000,
    });
    await page.getByText(/changes? wait/).waitFor({ state: 'detached' });

    const after = await serverTasks(page);
    const byTitle = Object.fromEntries(after.map((t) => [t.title, t.completed]));
    expect(byTitle).toEqual({
      'Water the plants': true,
      'Renamed offline': false,
      'Buy stamps': true,
      'Post the letter': false,
    });
    // Exactly once: the same ids as before for the old ones, and nothing else.
    expect(after).toHaveLength(4);
    expect(after.find((t) => t.title === 'Water the plants')?.id).toBe(
      before.find((t) => t.title === 'Water the plants')?.id,
    );
    // Going offline logs failed requests in the console; nothing else may.
    expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|net::/.test(e))).toEqual(
      [],
    );
  });
});
