// The calendar as a person uses it in chromium: open it from the sidebar, see a
// month of tasks (a series on its next occurrences), drag a task to another day with the mouse and
// one from the tray of undated tasks, switch to the week (a task with a duration a block that long)
// and drop a timed task on another time;
// each move reaches the server and offers Undo. On a phone (390x844) the month fits the screen and
// the week is a list of days. axe-core finds nothing on either.
// E2E_SCREENSHOTS=1 also writes docs/screenshots/calendar-month-desktop.png, calendar-week-desktop.png,
// calendar-month-phone.png and calendar-week-phone.png.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, browserSuite, expectAccessible, settled, shot, signUp, type TestPage } from './support.js';

const suite = browserSuite();

/**
 * Drags with the mouse in small steps, as a hand does (dnd-kit starts a drag after 6 px), once the
 * calendar has its data (a refetch mid-drag would re-render what is dragged).
 */
async function drag(page: Page, from: Locator, to: Locator) {
  await settled(page);
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 4 });
  // The target where it is once the drag has begun, and again before the drop: the view may have
  // scrolled under the pointer meanwhile (dnd-kit's auto-scroll; slower on a busy machine).
  const b = (await to.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 20), { steps: 12 });
  const c = (await to.boundingBox())!;
  await page.mouse.move(c.x + c.width / 2, c.y + Math.min(c.height / 2, 20), { steps: 2 });
  await page.mouse.up();
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('the calendar in a browser', () => {
  let desktop: TestPage;
  let today: string;
  const ids: Record<string, number> = {};

  it('opens from the sidebar on this month, with a series on its next occurrences and the undated tasks in the tray', async () => {
    desktop = await suite.open({ width: 1366, height: 860, timezoneId: 'Asia/Karachi' });
    const { page } = desktop;
    await signUp(page, suite.url, 'Cal Endar', `cal.${Date.now()}@example.com`);
    today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi' }).format(new Date());
    for (const [title, body] of [
      ['Pay rent', { due_date: today }],
      ['Call the bank', { due_at: `${today}T09:30:00+05:00` }],
      ['Water plants', { due_date: today, recurrence: 'FREQ=DAILY' }],
      ['Read a book', {}],
    ] as const) {
      ids[title] = (await apiCall(page, 'POST', '/api/me/tasks', { title, ...body })).id;
    }
    await page
      .getByRole('navigation', { name: 'Views and lists' })
      .getByRole('link', { name: 'Calendar' })
      .click();
    await page.getByRole('heading', { level: 1, name: /\d{4}/ }).waitFor();
    const cell = page.locator(`.month-day[data-day="${today}"]`);
    await cell.getByRole('button', { name: 'Pay rent', exact: true }).waitFor();
    await cell.getByRole('button', { name: '09:30 Call the bank' }).waitFor();
    await cell.getByRole('button', { name: 'Water plants (recurring)' }).waitFor();
    // Tomorrow, when the month shows it, holds the next occurrence.
    const tomorrow = page.locator(`.month-day[data-day="${addDays(today, 1)}"]`);
    if ((await tomorrow.count()) > 0)
      await tomorrow.getByRole('button', { name: 'Water plants (repeats)' }).waitFor();
    const tray = page.getByRole('complementary', { name: /No date/ });
    await tray.getByRole('button', { name: 'Read a book' }).waitFor();
    await expectAccessible(page, 'the calendar, month');
    await shot(page, 'calendar-month-desktop');
  });

  it('a task dragged to another day moves there on the server, keeping its time; Undo puts it back', async () => {
    const { page } = desktop;
    // Another day in today's row of the month, which is always shown.
    const other = await page
      .locator('.month-day.today')
      .evaluate((el) => (el.nextElementSibling ?? el.previousElementSibling)?.getAttribute('data-day'));
    const target = page.locator(`.month-day[data-day="${other}"]`);
    await drag(
      page,
      page.locator(`.month-day.today`).getByRole('button', { name: '09:30 Call the bank' }),
      target,
    );
    await target.getByRole('button', { name: '09:30 Call the bank' }).waitFor();
    await expect
      .poll(async () => (await apiCall(page, 'GET', `/api/me/tasks/${ids['Call the bank']}`)).due_at)
      .toBe(new Date(`${other}T09:30:00+05:00`).toISOString());
    await page
      .getByText(/Moved “Call the bank” to/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => (await apiCall(page, 'GET', `/api/me/tasks/${ids['Call the bank']}`)).due_at)
      .toBe(new Date(`${today}T09:30:00+05:00`).toISOString());

    // From the tray onto today: the task gets that date, all day.
    await drag(
      page,
      page.getByRole('complementary', { name: /No date/ }).getByRole('button', { name: 'Read a book' }),
      page.locator('.month-day.today'),
    );
    await page.locator('.month-day.today').getByRole('button', { name: 'Read a book' }).waitFor();
    await expect
      .poll(async () => (await apiCall(page, 'GET', `/api/me/tasks/${ids['Read a book']}`)).due_date)
      .toBe(today);
  });

  it('the week shows times; a task dropped on 14:00 is due then, in the account’s zone', async () => {
    const { page } = desktop;
    const deep = await apiCall(page, 'POST', '/api/me/tasks', {
      title: 'Deep work',
      due_at: new Date(`${today}T11:00:00+05:00`).toISOString(),
      duration: 90,
    });
    await page.locator('.segmented label', { hasText: 'Week' }).click();
    await page.getByRole('heading', { level: 1, name: /^Week of/ }).waitFor();
    // A task with a duration is a block that long: 90 minutes are three half-hour slots.
    const block = page
      .locator(`.slot[data-day="${today}"][data-slot="11:00"]`)
      .getByRole('button', { name: /11:00 Deep work for 1 hour 30 minutes/ });
    await block.waitFor();
    const slotBox = (await page.locator(`.slot[data-day="${today}"][data-slot="11:00"]`).boundingBox())!;
    const blockBox = (await block.boundingBox())!;
    expect(Math.abs(blockBox.height - 3 * slotBox.height)).toBeLessThan(4);
    expect(Math.abs(blockBox.y - slotBox.y)).toBeLessThan(3);
    await apiCall(page, 'DELETE', `/api/me/tasks/${deep.id}`);
    const chip = page
      .locator(`.slot[data-day="${today}"][data-slot="09:30"]`)
      .getByRole('button', { name: /09:30 Call the bank/ });
    await chip.waitFor();
    const slot = page.locator(`.slot[data-day="${today}"][data-slot="14:00"]`);
    // 09:00 at the top of the hours: both slots well inside, away from the edges that scroll while
    // dragging (dnd-kit's auto-scroll).
    await page.evaluate(() => {
      const hours = document.querySelector<HTMLElement>('.week-slots')!;
      hours.scrollTop = hours.querySelector<HTMLElement>('[data-slot="09:00"]')!.offsetTop - 30;
      window.scrollTo(0, 0);
    });
    await drag(page, chip, slot);
    await expect
      .poll(async () => (await apiCall(page, 'GET', `/api/me/tasks/${ids['Call the bank']}`)).due_at)
      .toBe(new Date(`${today}T14:00:00+05:00`).toISOString());
    await slot.getByRole('button', { name: /14:00 Call the bank/ }).waitFor();
    await page
      .locator(`.week-allday [data-day="${today}"]`)
      .getByRole('button', { name: /Pay rent/ })
      .waitFor();
    await expectAccessible(page, 'the calendar, week');
    await shot(page, 'calendar-week-desktop');
    expect(desktop.errors).toEqual([]);
  });

  it('on a phone the month fits the screen and the week is a list of days', async () => {
    const phone = await suite.open({ width: 390, height: 844, timezoneId: 'Asia/Karachi' });
    const { page } = phone;
    await signUp(page, suite.url, 'Phone Cal', `phone.cal.${Date.now()}@example.com`);
    await apiCall(page, 'POST', '/api/me/tasks', { title: 'Dentist', due_at: `${today}T10:00:00+05:00` });
    await apiCall(page, 'POST', '/api/me/tasks', { title: 'Groceries', due_date: today });
    await page.goto(`${suite.url}/calendar`);
    await page.locator('.month-day.today').getByRole('button', { name: 'Groceries' }).waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the calendar on a phone, month');
    await shot(page, 'calendar-month-phone');
    await page.locator('.segmented label', { hasText: 'Week' }).click();
    const day = page.locator(`.week-list-day[data-day="${today}"]`);
    await day.getByRole('button', { name: /10:00 Dentist/ }).waitFor();
    const box = (await day.getByRole('button', { name: /10:00 Dentist/ }).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'the calendar on a phone, week');
    await shot(page, 'calendar-week-phone');
    expect(phone.errors).toEqual([]);
  });
});
