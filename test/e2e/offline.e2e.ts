// Working offline in chromium: the service worker keeps the app shell, the last-known
// tasks come back on a reload without a network, writes made offline (add, complete, rename,
// delete; the editor's fields, a move to a list, a bulk action) show as pending and reach the
// server exactly once when the connection is back; a change made elsewhere meanwhile is shown as
// a conflict, never overwritten unasked.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  type RunningServer,
  settled,
  startServer,
  type TestPage,
} from './support.js';

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
    // New tasks are sent one after another (in the order typed): the last may still be on its way.
    await expect.poll(async () => (await serverTasks(page)).length).toBe(3);
    await settled(page);
    await page.waitForTimeout(800); // the cache copy is written half a second after the last change
    const before = await serverTasks(page);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Rename Water the plants', exact: true }).waitFor();
    await page.getByText('You are offline.').waitFor();

    // Add two, complete an old one and a new one, rename one, delete one: all while offline.
    await addTask(page, 'Buy stamps');
    await addTask(page, 'Post the letter');
    await page.getByLabel('Complete: Water the plants').click();
    await page.getByLabel('Complete: Buy stamps').click();
    await page.getByRole('button', { name: 'Rename Rename me', exact: true }).click();
    await page.getByLabel('Task title').fill('Renamed offline');
    await page.getByLabel('Task title').press('Enter');
    await page.getByRole('button', { name: 'Rename Renamed offline', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Rename Delete me', exact: true }).hover();
    await page.getByRole('button', { name: 'Delete Delete me', exact: true }).click();
    // The delete waits out its Undo toast before it joins the queue.
    await page.getByText('6 changes wait').waitFor({ timeout: 30_000 });
    // The two completed ones left the open rows for the Completed part: unfolded, they show there.
    expect(await page.locator('.pending-mark').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: /^Completed \(\d+\)$/ }).click();
    await page.getByRole('button', { name: 'Rename Buy stamps', exact: true }).waitFor();
    expect(await page.locator('.pending-mark').count()).toBeGreaterThanOrEqual(4);
    expect(await serverTasks(page)).toEqual(before);

    // A reload offline keeps the queue and what it shows.
    await page.reload();
    await page.getByRole('button', { name: 'Rename Post the letter', exact: true }).waitFor();
    await page.getByText('6 changes wait').waitFor();

    await context.setOffline(false);
    await page.waitForFunction(() => document.querySelectorAll('.pending-mark').length === 0, undefined, {
      timeout: 40_000,
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
  }, 120_000);

  it('queues the editor, a move and a bulk action offline; sends exactly those; shows a conflict', async () => {
    const { page, context, errors } = await openPage(browser);
    try {
      await page.goto(`${server.url}/signup`);
      await page.getByLabel('Name').fill('Eve Editor');
      await page.getByLabel('Email').fill('eve@example.com');
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

      const headers = { origin: server.url };
      const post = async (path: string, data: object) => {
        const response = await page.request.post(`${server.url}${path}`, { data, headers });
        expect(response.status(), await response.text()).toBe(201);
        return (await response.json()) as { id: number };
      };
      // The list made in the sidebar (the app's own lists cache then has it, offline too).
      const nav = page.getByRole('navigation', { name: 'Views and lists' });
      await nav.getByRole('button', { name: 'New list' }).click();
      await page.getByLabel('New list name').fill('Errands');
      await page.getByLabel('New list name').press('Enter');
      const errandsLink = nav.getByRole('link', { name: /Errands/ });
      await errandsLink.waitFor();
      const lists = (await (await page.request.get(`${server.url}/api/me/lists`)).json()) as {
        lists: { id: number; name: string }[];
      };
      const errands = lists.lists.find((l) => l.name === 'Errands')!;
      const ids: Record<string, number> = {};
      for (const title of ['Edit me', 'Move me', 'Bulk one', 'Bulk two', 'Conflict me']) {
        ids[title] = (await post('/api/me/tasks', { title })).id;
      }
      const full = async () => {
        const response = await page.request.get(`${server.url}/api/me/tasks?status=all&limit=100`);
        expect(response.status()).toBe(200);
        const { tasks } = (await response.json()) as { tasks: Record<string, unknown>[] };
        return Object.fromEntries(tasks.map((t) => [t.title as string, t]));
      };

      await page.goto(`${server.url}/all`);
      await page.getByRole('button', { name: 'Rename Conflict me', exact: true }).waitFor();
      await errandsLink.waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) =>
            navigator.serviceWorker.addEventListener('controllerchange', resolve),
          );
        }
      });
      await page.waitForTimeout(800); // the cache copy is written half a second after the last change
      const before = await full();

      await context.setOffline(true);
      await page.reload();
      await page.getByRole('button', { name: 'Rename Edit me', exact: true }).waitFor();
      await page.getByText('You are offline.').waitFor();
      await errandsLink.waitFor();

      // The editor, on the copy this device has: every kind of field.
      await page.getByRole('button', { name: 'Edit Edit me', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit task' });
      await dialog.getByText('Offline: this is the copy on this device.').waitFor();
      await dialog.getByLabel('Description').fill('Written offline');
      await dialog.getByLabel('Priority').selectOption('high');
      await dialog.getByLabel('Due date').fill('2030-01-02');
      await dialog.getByLabel('Tags').fill('home, offline');
      await dialog.getByLabel('List').selectOption({ label: 'Errands' });
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('Saved on this device').waitFor();

      // A move: dragged onto a list in the sidebar.
      const row = (title: string) => page.locator('[data-task-id]', { hasText: title });
      await row('Move me').dragTo(errandsLink);
      await page.getByText('Moved to Errands').waitFor();

      // A bulk action on two tasks.
      await row('Bulk one')
        .locator('.task-body')
        .click({ modifiers: ['Control'] });
      await row('Bulk two')
        .locator('.task-body')
        .click({ modifiers: ['Control'] });
      const bar = page.getByRole('region', { name: 'Selected tasks' });
      await bar.getByText('2 selected').waitFor();
      await bar.getByLabel('Priority').selectOption('medium');
      await page.getByText('Set 2 tasks to medium priority').waitFor();

      // Offline, a change to a task someone else changes meanwhile.
      await page.getByRole('button', { name: 'Edit Conflict me', exact: true }).click();
      await dialog.getByLabel('Priority').selectOption('low');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'detached' });
      const elsewhere = await page.request.patch(`${server.url}/api/me/tasks/${ids['Conflict me']}`, {
        data: { title: 'Conflict me', description: 'Changed elsewhere' },
        headers,
      });
      expect(elsewhere.status()).toBe(200);

      await page.getByText('5 changes wait').waitFor();
      expect(await page.locator('.pending-mark').count()).toBeGreaterThanOrEqual(4);
      // Nothing reached the server but the other change.
      const offline = await full();
      for (const title of ['Edit me', 'Move me', 'Bulk one', 'Bulk two']) {
        expect(offline[title]).toEqual(before[title]);
      }

      await context.setOffline(false);
      const problems = page.getByRole('region', { name: 'Changes not saved' });
      await problems
        .getByText('Changing “Conflict me”: it changed elsewhere while you were offline.')
        .waitFor({
          timeout: 20_000,
        });
      await page.waitForFunction(() => document.querySelectorAll('.pending-mark').length === 0, undefined, {
        timeout: 20_000,
      });

      const after = await full();
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      expect(after['Edit me']).toMatchObject({
        description: 'Written offline',
        priority: 'high',
        due_date: '2030-01-02',
        tags: ['home', 'offline'],
        list_id: errands.id,
      });
      expect(after['Move me']).toMatchObject({ list_id: errands.id, priority: 'none', description: null });
      expect(after['Bulk one']).toMatchObject({ priority: 'medium', list_id: null });
      expect(after['Bulk two']).toMatchObject({ priority: 'medium', list_id: null });
      // The conflict is not overwritten until the person says so.
      expect(after['Conflict me']).toMatchObject({ priority: 'none', description: 'Changed elsewhere' });
      await problems.getByRole('button', { name: 'Save mine anyway' }).click();
      await problems.waitFor({ state: 'detached', timeout: 20_000 });
      await expect
        .poll(async () => (await full())['Conflict me'])
        .toMatchObject({ priority: 'low', description: 'Changed elsewhere' });
      // Exactly once: the same tasks, nothing made twice.
      const last = await full();
      for (const title of ['Edit me', 'Move me', 'Bulk one', 'Bulk two']) {
        expect(last[title]?.id).toBe(ids[title]);
      }
      expect(
        errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|net::/.test(e)),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
