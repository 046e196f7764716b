// Today in chromium, with tasks late since days and since this morning: "Overdue" on top with the
// tasks due before today began (the oldest first), then today's under its day, those with a time
// by their time (one whose time has passed shown as overdue) and the all-day ones after them;
// "Reschedule all to today" moves the Overdue group to today, each keeping its time of day, and
// Undo puts them back. axe-core finds nothing.
//
// The clock: the account's zone and the browser's are a fixed-offset zone (Etc/GMT±N) where it is
// 12:xx while the test runs, so 08:00 today is late, 18:00 is not, and no task is near midnight.
import { describe, expect, it } from 'vitest';
import {
  apiCall,
  browserSuite,
  expectAccessible,
  signUp,
  type TestPage,
  titles,
  titlesUnder,
} from './support.js';

const suite = browserSuite();

/** A fixed-offset zone where the wall clock reads 12:xx now, and its offset from UTC in hours. */
function noonZone(): { zone: string; offset: number } {
  const offset = 12 - new Date().getUTCHours();
  // IANA's Etc zones count the other way: Etc/GMT-5 is five hours ahead of UTC.
  const zone = offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  return { zone, offset };
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('Today in a browser', () => {
  let desktop: TestPage;

  it('shows Overdue first with its tasks, then today by time and the all-day tasks last; Reschedule all moves them to today, with Undo', async () => {
    const { zone, offset } = noonZone();
    desktop = await suite.open({ width: 1366, height: 860, timezoneId: zone });
    const { page } = desktop;
    await signUp(page, suite.url, 'Tod Ay', `today.${Date.now()}@example.com`);
    expect((await apiCall(page, 'PATCH', '/api/me/settings', { time_zone: zone })).time_zone).toBe(zone);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
    const at = (day: string, time: string) =>
      new Date(Date.parse(`${day}T${time}:00Z`) - offset * 3_600_000).toISOString();
    const ids: Record<string, number> = {};
    for (const [title, body] of [
      ['This evening', { due_at: at(today, '18:00') }],
      ['Three days ago', { due_date: addDays(today, -3) }],
      ['At eight', { due_at: at(today, '08:00') }],
      ['All day today', { due_date: today }],
      ['Yesterday at nine', { due_at: at(addDays(today, -1), '09:00') }],
      ['Tomorrow', { due_date: addDays(today, 1) }],
    ] as const) {
      ids[title] = (await apiCall(page, 'POST', '/api/me/tasks', { title, ...body })).id;
    }
    // The clock held while the tasks were made (the hour could have turned in between).
    expect(noonZone().zone).toBe(zone);

    await page.goto(`${suite.url}/`);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await expect
      .poll(() => titles(page))
      .toEqual(['Three days ago', 'Yesterday at nine', 'At eight', 'This evening', 'All day today']);
    await expect
      .poll(() => page.locator('.day-heading').allInnerTexts())
      .toEqual(['Overdue', expect.stringMatching(/^Today · /)]);
    expect(await titlesUnder(page, 'Overdue')).toEqual(['Three days ago', 'Yesterday at nine']);
    expect(await titlesUnder(page, /^Today · /)).toEqual(['At eight', 'This evening', 'All day today']);
    // Late since this morning: in today's group, shown as overdue (in words, not by colour alone).
    await page
      .locator(`[data-task-id="${ids['At eight']}"]`)
      .locator('.due-overdue', { hasText: 'Overdue' })
      .waitFor();
    expect(await page.locator(`[data-task-id="${ids['This evening']}"] .due-overdue`).count()).toBe(0);
    await expectAccessible(page, 'Today with overdue tasks');

    // Undo first, while its toast is surely open, then reschedule again and look at the result.
    await page.getByRole('button', { name: 'Reschedule all to today' }).click();
    await page.getByText('Rescheduled 2 tasks to today').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titlesUnder(page, 'Overdue')).toEqual(['Three days ago', 'Yesterday at nine']);
    // The server's copy too, once the undo's write has landed (the list above shows it as sent).
    await expect
      .poll(async () => (await apiCall(page, 'GET', `/api/me/tasks/${ids['Three days ago']}`)).due_date)
      .toBe(addDays(today, -3));

    await page.getByRole('button', { name: 'Reschedule all to today' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Overdue' }).count()).toBe(0);
    // Today's, in the agenda order: the one that was due yesterday at 09:00 is due today at 09:00.
    await expect
      .poll(() => titles(page))
      .toEqual(['At eight', 'Yesterday at nine', 'This evening', 'Three days ago', 'All day today']);
    expect(await apiCall(page, 'GET', `/api/me/tasks/${ids['Yesterday at nine']}`)).toMatchObject({
      due_at: at(today, '09:00'),
      due_date: null,
    });
    expect((await apiCall(page, 'GET', `/api/me/tasks/${ids['Three days ago']}`)).due_date).toBe(today);
  });
});
