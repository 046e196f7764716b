// Repeating tasks and reminders in chromium against the real server: a task added as "every
// Monday" moves on when completed and keeps a completed copy; a reminder set in the editor fires
// once across two tabs as one system notification that opens the task. Apart from app.e2e.ts so
// the reminder's wait for its minute overlaps the other browser suites.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addTask,
  browserSuite,
  clickAction,
  expectAccessible,
  type Shown,
  serviceWorker,
  settled,
  shot,
  shown,
  signUp,
  titles,
} from './support.js';

const suite = browserSuite();

const open = () => suite.open();

describe('repeats and reminders in a browser', () => {
  it('repeats a task added as "Water plants every monday": completing it moves it to the next Monday and keeps a completed copy', async () => {
    const rae = await open();
    await signUp(rae.page, suite.url, 'Rae', 'rae@example.com');
    const { page } = rae;
    await page.getByLabel('New task').fill('Water plants every monday');
    await page.getByLabel('New task').press('Enter');
    await page.getByRole('button', { name: 'Rename Water plants', exact: true }).waitFor();
    await settled(page);
    const row = page.locator('[data-task-id]', { hasText: 'Water plants' });
    await row.getByText('Repeats: every Monday').waitFor();
    const firstDue = await row.locator('time').getAttribute('datetime');
    expect(new Date(`${firstDue}T12:00:00Z`).getUTCDay()).toBe(1);
    const nextMonday = new Date(Date.parse(`${firstDue}T12:00:00Z`) + 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await expectAccessible(page, 'a recurring task');

    await page.getByRole('checkbox', { name: 'Complete: Water plants' }).click();
    await row.locator(`time[datetime="${nextMonday}"]`).waitFor();
    await page.getByText('1 pending · 1 completed').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Complete: Water plants' }).isChecked()).toBe(false);
    // The status filter's Completed (the Completed part below the list is "Completed (1)").
    await page.getByRole('button', { name: /^Completed( \d+)?$/ }).click();
    await page.waitForURL(/status=completed/);
    await settled(page);
    expect(await titles(page)).toEqual(['Water plants']);
    await page.getByRole('checkbox', { name: 'Completed: Water plants' }).waitFor();
    expect(await page.locator('.task time').getAttribute('datetime')).toBe(firstDue);
    await expectAccessible(page, 'a completed occurrence');
    expect(rae.errors).toEqual([]);
  });

  it('reminds once across two tabs: a reminder set in the editor becomes one system notification, whose click opens the task', async () => {
    const dee = await open();
    const { context, page } = dee;
    await context.grantPermissions(['notifications'], { origin: suite.url });
    // The app shows a reminder through its service worker (as a Web Push of it would), so both tabs
    // and the worker see one list of notifications.
    const shownIn = async (p: Page) => (await shown(p)).filter((n) => n.tag.startsWith('doable-reminder-'));

    await signUp(page, suite.url, 'Dee', 'dee@example.com');
    await addTask(page, 'Send the invoice');
    await settled(page);
    const second = await context.newPage();
    second.on('console', (m) => {
      if (m.type() === 'error') dee.errors.push(`console (second tab): ${m.text()}`);
    });
    second.on('pageerror', (e) => dee.errors.push(`page (second tab): ${e.message}`));
    await second.goto(`${suite.url}/all`);
    await second.getByRole('button', { name: 'Rename Send the invoice', exact: true }).waitFor();

    // The editor takes minutes; the reminder should fire 20-30 s after it is set. So start when the
    // next whole minute is about half a minute away. A new account's zone is UTC.
    const seconds = new Date().getUTCSeconds();
    if (seconds < 22 || seconds > 34) await page.waitForTimeout(((28 - seconds + 60) % 60) * 1000);
    const fireAt = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    const dueAt = new Date(fireAt.getTime() + 2 * 60_000);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const clock = (d: Date) => d.toISOString().slice(11, 16);

    await page.getByRole('button', { name: 'Edit Send the invoice' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    await dialog.getByLabel('Due date').fill(day(dueAt));
    await dialog.getByLabel('Due time').fill(clock(dueAt));
    const reminders = dialog.getByRole('group', { name: 'Reminders' });
    await reminders.getByLabel('Add a reminder').selectOption('at');
    await reminders.getByLabel('Date', { exact: true }).fill(day(fireAt));
    await reminders.getByLabel('Time', { exact: true }).fill(clock(fireAt));
    await reminders.getByRole('button', { name: 'Add reminder' }).click();
    // Five minutes before is already past: listed as such, and never delivered.
    await reminders.getByLabel('Add a reminder').selectOption('5');
    await reminders.getByRole('button', { name: 'Add reminder' }).click();
    await reminders.getByText(/5 minutes before · .*passed/).waitFor();
    expect(await reminders.getByRole('listitem').count()).toBe(2);
    await reminders.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'task editor with reminders');
    await shot(page, 'reminders-desktop');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator('[data-task-id]', { hasText: 'Send the invoice' });
    expect(await row.locator('.reminder-next time').getAttribute('datetime')).toBe(fireAt.toISOString());
    expect(Date.now(), 'the reminder was saved before its moment').toBeLessThan(fireAt.getTime());

    // Both tabs hear the reminder; one notification shows it, with the worker's actions.
    const deadline = fireAt.getTime() + 45_000;
    let notes: Shown[] = [];
    while (Date.now() < deadline) {
      notes = await shownIn(page);
      if (notes.length > 0) break;
      await page.waitForTimeout(500);
    }
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      title: 'Send the invoice',
      body: expect.stringMatching(/^Due: /),
      actions: [
        { action: 'complete', title: 'Complete' },
        { action: 'snooze', title: 'Snooze 10 min' },
      ],
    });
    await page.waitForTimeout(5000); // a second one would have come by now
    expect(await shownIn(second)).toHaveLength(1);

    // Clicking it (the worker's own click handler) brings a tab forward with the task open.
    const taskId = notes[0]?.data.taskId as number;
    await clickAction(await serviceWorker(context), taskId, '');
    const showing = await Promise.race(
      [page, second].map((p) =>
        p
          .getByRole('dialog', { name: 'Edit task' })
          .waitFor()
          .then(() => p),
      ),
    );
    const opened = showing.getByRole('dialog', { name: 'Edit task' });
    await opened.waitFor();
    expect(await opened.getByLabel('Title').inputValue()).toBe('Send the invoice');
    await showing.keyboard.press('Escape');
    await opened.waitFor({ state: 'detached' });

    // The editor with reminders fits a phone.
    await showing.setViewportSize({ width: 390, height: 844 });
    // On a phone a row's actions are in its menu.
    await showing.getByRole('button', { name: 'Actions for Send the invoice' }).click();
    await showing.getByRole('button', { name: 'Edit Send the invoice' }).click();
    await showing.getByRole('group', { name: 'Reminders' }).scrollIntoViewIfNeeded();
    const overflow = await showing.evaluate(() => {
      const d = document.querySelector('dialog[open]') as HTMLElement;
      return d.scrollWidth - d.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(showing, 'task editor with reminders on a phone');
    await showing.keyboard.press('Escape');
    await second.close();
    expect(dee.errors).toEqual([]);
  }, 180_000);

  it('logged no console error and no uncaught exception on any page', () => {
    expect(suite.pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
