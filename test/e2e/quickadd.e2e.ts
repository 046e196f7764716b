// Quick add as a person coming from Todoist types it, in chromium: the preview
// under the box shows each part it read as a chip (the list, the priority, the repeat, a reminder),
// a chip's × keeps its words in the title instead, and Enter adds exactly what the chips said (the
// API's copy of the task is checked). axe-core finds nothing on the box with its chips.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, signUp } from './support.js';

const suite = browserSuite();

/** The API's answer to a GET made in the page (the session's cookie goes with it). */
const get = (page: Page, path: string) => page.evaluate(async (path) => (await fetch(path)).json(), path);

describe('quick add in a browser', () => {
  it('shows what it read as chips; a chip taken out stays in the title; Enter adds what the chips said', async () => {
    const { page } = await suite.open({ width: 1366, height: 860 });
    await signUp(page, suite.url, 'Quick Adder', `quickadd.${Date.now()}@example.com`);
    await page.evaluate(async () => {
      const res = await fetch('/api/me/lists', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Home' }),
      });
      if (res.status !== 201) throw new Error(String(res.status));
    });
    await page.reload();
    const box = page.getByLabel('New task');
    const preview = page.locator('.quick-preview');
    const chips = () => preview.locator('.preview-chip').allTextContents();

    await box.fill('Pay rent every month on the 1st #Home p1');
    await expect
      .poll(async () => (await chips()).map((c) => c.replace('×', '').trim()))
      .toEqual(expect.arrayContaining(['List Home', 'High priority', expect.stringMatching(/^Repeats /)]));
    expect(await preview.locator('strong').textContent()).toBe('Pay rent');
    await expectAccessible(page, 'quick add with its chips');

    // The priority taken out: "p1" stays in the title, and no priority is set.
    await preview.getByRole('button', { name: /Keep “p1” in the title instead/ }).click();
    await expect.poll(() => preview.locator('strong').textContent()).toBe('Pay rent p1');
    expect((await chips()).some((c) => c.includes('priority'))).toBe(false);
    await box.press('Enter');
    await page.getByRole('button', { name: 'Rename Pay rent p1', exact: true }).waitFor();
    // The row is shown as the task is sent; the server's copy is read once it has landed.
    const serverTask = async (title: string) => {
      let task: any;
      await expect
        .poll(async () => {
          task = (await get(page, '/api/me/tasks?limit=50')).tasks.find(
            (t: { title: string }) => t.title === title,
          );
          return task !== undefined;
        })
        .toBe(true);
      return task;
    };
    const rent = await serverTask('Pay rent p1');
    const { lists } = await get(page, '/api/me/lists');
    expect(rent.list_id).toBe(lists.find((l: { name: string }) => l.name === 'Home').id);
    expect(rent.priority).toBe('none');
    expect(rent.recurrence).toMatch(/FREQ=MONTHLY/);
    expect(rent.due_date).toMatch(/-01$/);

    // A reminder before the due moment, read from the words and shown before saving.
    await box.fill('Dentist next friday 10:30 remind me 1 hour before');
    await expect
      .poll(async () => (await chips()).map((c) => c.replace('×', '').trim()))
      .toEqual(expect.arrayContaining(['Reminder 1 hour before', expect.stringMatching(/^Due .*10:30/)]));
    await box.press('Enter');
    await page.getByRole('button', { name: 'Rename Dentist', exact: true }).waitFor();
    const dentist = await serverTask('Dentist');
    expect(dentist.reminders).toEqual([expect.objectContaining({ minutes_before: 60 })]);
    expect(dentist.due_at).toBeTruthy();
  });
});
