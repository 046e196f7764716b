// Edits that stick, in chromium: a delete followed at once by a reload (its Undo toast still up)
// stays deleted on the server; Escape in the task view with a typed description asks before
// throwing it away; two quick adds typed fast reach the server in the order typed, even when the
// network answers the first one slowly.
import { describe, expect, it } from 'vitest';
import { addTask, apiCall, browserSuite, expectAccessible, signUp, titles } from './support.js';

const suite = browserSuite();

const serverTitles = async (page: Parameters<typeof apiCall>[0]): Promise<string[]> =>
  (await apiCall(page, 'GET', '/api/me/tasks?limit=100&sort=created')).tasks.map(
    (t: { title: string }) => t.title,
  );

describe('edits that stick', () => {
  it('a delete followed by a reload within the undo window keeps the task deleted', async () => {
    const { page } = await suite.open({ width: 1366, height: 860 });
    await signUp(page, suite.url, 'Sticky Deleter', `sticky.delete.${Date.now()}@example.com`);
    await addTask(page, 'Keep me');
    await addTask(page, 'Gone for good');
    await expect.poll(() => serverTitles(page)).toEqual(['Keep me', 'Gone for good']);

    await page.getByRole('button', { name: 'Rename Gone for good', exact: true }).hover();
    await page.getByRole('button', { name: 'Delete Gone for good', exact: true }).click();
    await page.getByText('Deleted “Gone for good”').waitFor();
    // The toast is still up (5 s): the page is left now.
    await page.reload();
    await page.getByRole('button', { name: 'Rename Keep me', exact: true }).waitFor();
    await expect.poll(() => serverTitles(page)).toEqual(['Keep me']);
    // The delete leaves with the old page; on a busy machine the new page may read the list just
    // before it lands, and the live update then takes the task away.
    await expect.poll(() => titles(page)).toEqual(['Keep me']);
  });

  it('Escape in the task view with a typed description asks before discarding it', async () => {
    const { page } = await suite.open({ width: 1366, height: 860 });
    await signUp(page, suite.url, 'Sticky Editor', `sticky.editor.${Date.now()}@example.com`);
    await addTask(page, 'Write the plan');
    await page.getByRole('button', { name: 'Rename Write the plan', exact: true }).hover();
    await page.getByRole('button', { name: 'Edit Write the plan', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    await dialog.waitFor();
    await dialog.getByLabel('Description').fill('Three steps, then review');
    await page.keyboard.press('Escape');

    // Asked, not closed: the typed text is still there.
    const ask = page.getByRole('alertdialog', { name: 'Discard your changes?' });
    await ask.waitFor();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectAccessible(page, 'the question before discarding');
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await dialog.getByLabel('Description').inputValue()).toBe('Three steps, then review');

    // Asked again; this time discarded on purpose: nothing was saved.
    await page.keyboard.press('Escape');
    await ask.getByRole('button', { name: 'Discard changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    const { tasks } = await apiCall(page, 'GET', '/api/me/tasks?limit=10');
    expect(tasks[0].description ?? '').toBe('');

    // Without changes, Escape closes at once.
    await page.getByRole('button', { name: 'Rename Write the plan', exact: true }).hover();
    await page.getByRole('button', { name: 'Edit Write the plan', exact: true }).click();
    await dialog.waitFor();
    await dialog.getByLabel('Description').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('two quick adds typed fast reach the server in the order typed', async () => {
    const { page } = await suite.open({ width: 1366, height: 860 });
    await signUp(page, suite.url, 'Sticky Adder', `sticky.adder.${Date.now()}@example.com`);
    // The network is slow for the first add only: sent side by side, the second would arrive first.
    let first = true;
    await page.route('**/api/*/tasks/quick*', async (route) => {
      if (route.request().method() === 'POST' && first) {
        first = false;
        await new Promise((r) => setTimeout(r, 1500));
      }
      await route.continue();
    });
    const box = page.getByLabel('New task');
    await box.fill('First typed');
    await box.press('Enter');
    await box.fill('Second typed');
    await box.press('Enter');
    await expect.poll(() => serverTitles(page), { timeout: 15_000 }).toEqual(['First typed', 'Second typed']);
    const created = (await apiCall(page, 'GET', '/api/me/tasks?limit=10&sort=created')).tasks.map(
      (t: { id: number }) => t.id,
    );
    expect(created[0]).toBeLessThan(created[1]);
  });
});
