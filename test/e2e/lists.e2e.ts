// Lists, views and moving tasks between them, as a person does it in chromium: the
// sidebar (a drawer on a phone), a new list, quick add into it, a task dragged from the Inbox onto
// a list, Today, Upcoming with its Overdue group and "Reschedule all" (and Undo), a list deleted
// with its tasks moved to the Inbox; axe-core with zero violations on each screen.
// E2E_SCREENSHOTS=1 also writes docs/screenshots/sidebar-desktop.png, upcoming-desktop.png and
// lists-phone.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  expectAccessible,
  PASSWORD,
  settled,
  shot,
  sidebar,
  type TestPage,
  titles,
  titlesUnder,
} from './support.js';

const suite = browserSuite();

const open = suite.open;

async function signUp(page: Page, email: string) {
  await page.goto(`${suite.url}/signup`);
  await page.getByLabel('Name').fill('Lena Lists');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  // A new account lands on Today.
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
}

async function addTask(page: Page, text: string, title: string) {
  await page.getByLabel('New task').fill(text);
  await page.getByLabel('New task').press('Enter');
  await page.getByRole('button', { name: `Rename ${title}`, exact: true }).waitFor();
  await settled(page);
}

describe('lists and views in a browser', () => {
  let desktop: TestPage;

  it('creates a list in the sidebar, adds to it with quick add, and counts its open tasks', async () => {
    desktop = await open();
    const { page } = desktop;
    await signUp(page, `lena.${Date.now()}@example.com`);
    await sidebar(page).getByRole('button', { name: 'New list' }).click();
    await page.getByLabel('New list name').fill('Groceries');
    await page.getByRole('button', { name: 'Add list' }).click();
    const groceries = sidebar(page).getByRole('link', { name: /Groceries/ });
    await groceries.click();
    await page.getByRole('heading', { name: 'Groceries', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/lists\/\d+$/);
    await addTask(page, 'Milk !high', 'Milk');
    await addTask(page, 'Bread', 'Bread');
    expect(await titles(page)).toEqual(['Milk', 'Bread']);
    await expect.poll(() => groceries.textContent()).toMatch(/Groceries\s*2/);
    await expectAccessible(page, 'a list');
  });

  it('moves a task from the Inbox to a list by dragging it onto the sidebar', async () => {
    const { page } = desktop;
    await sidebar(page).getByRole('link', { name: /Inbox/ }).click();
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    await addTask(page, 'Eggs', 'Eggs');
    const row = page.locator('[data-task-id]', { hasText: 'Eggs' });
    const target = sidebar(page).getByRole('link', { name: /Groceries/ });
    await row.dragTo(target);
    await page.getByText('Moved to Groceries').waitFor();
    await expect.poll(() => titles(page)).toEqual([]);
    await target.click();
    await page.getByRole('heading', { name: 'Groceries', level: 1 }).waitFor();
    await expect.poll(() => titles(page)).toEqual(['Milk', 'Bread', 'Eggs']);
    await shot(page, 'sidebar-desktop');
  });

  it('reorders with Alt+Down, selects with Ctrl+click and Shift+click, bulk-completes and undoes', async () => {
    const { page } = desktop;
    // In Groceries (manual order): Milk, Bread, Eggs.
    await page.locator('[data-task-id]', { hasText: 'Milk' }).locator('.task-check').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => titles(page)).toEqual(['Bread', 'Milk', 'Eggs']);
    await page.getByText('Moved “Milk” below “Bread”').waitFor({ state: 'attached' });

    await page
      .locator('[data-task-id]', { hasText: 'Bread' })
      .locator('.task-meta, .task-body')
      .first()
      .click({
        modifiers: ['Control'],
      });
    await page
      .locator('[data-task-id]', { hasText: 'Eggs' })
      .locator('.task-body')
      .click({ modifiers: ['Shift'] });
    const bar = page.getByRole('region', { name: 'Selected tasks' });
    await bar.getByText('3 selected').waitFor();
    await expectAccessible(page, 'the bulk bar');
    await shot(page, 'bulk-desktop');
    await bar.getByRole('button', { name: 'Complete' }).click();
    await page.getByText('Completed 3 tasks').waitFor();
    // Completed, they leave the open tasks for the folded Completed part; Undo brings them back.
    await expect.poll(() => titles(page)).toEqual([]);
    await page.getByRole('button', { name: 'Completed (3)' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles(page)).toEqual(['Bread', 'Milk', 'Eggs']);
  });

  it('reorders and nests by dragging rows, and nests with Alt+Right / Alt+Left', async () => {
    const { page } = desktop;
    const row = (title: string) =>
      page.locator('[data-task-id]', { hasText: new RegExp(`^${title}`) }).first();
    const drop = async (title: string, onto: string, where: 'top' | 'bottom' | 'right') => {
      // A refetch after the last move (its live event) re-renders the rows: a drag started during
      // it can be lost on a busy machine, so start once nothing has been loading for 300 ms.
      await page.evaluate(() => {
        (window as unknown as { idleSince?: number }).idleSince = undefined;
      });
      await page.waitForFunction(
        () => {
          const w = window as unknown as { idleSince?: number };
          if (document.querySelector('[aria-busy="true"]')) w.idleSince = undefined;
          else w.idleSince ??= Date.now();
          return w.idleSince !== undefined && Date.now() - w.idleSince >= 300;
        },
        undefined,
        { polling: 50 },
      );
      const box = (await row(onto).boundingBox())!;
      const position =
        where === 'right'
          ? { x: box.width - 30, y: box.height / 2 }
          : { x: 40, y: where === 'top' ? 4 : box.height - 4 };
      await row(title).dragTo(row(onto), { targetPosition: position });
    };
    expect(await titles(page)).toEqual(['Bread', 'Milk', 'Eggs']);
    await drop('Eggs', 'Bread', 'top');
    await expect.poll(() => titles(page)).toEqual(['Eggs', 'Bread', 'Milk']);
    await drop('Eggs', 'Milk', 'bottom');
    await expect.poll(() => titles(page)).toEqual(['Bread', 'Milk', 'Eggs']);
    await drop('Bread', 'Milk', 'right');
    await page.locator('.task-sub', { hasText: 'Bread' }).waitFor();
    await expect.poll(() => titles(page)).toEqual(['Milk', 'Bread', 'Eggs']);
    await page.getByText('“Bread” is now a subtask of “Milk”').waitFor({ state: 'attached' });
    await drop('Bread', 'Milk', 'bottom');
    await page.locator('.task-sub').waitFor({ state: 'detached' });
    await expect.poll(() => titles(page)).toEqual(['Milk', 'Bread', 'Eggs']);

    // The same with the keyboard: Alt+Right nests under the task above, Alt+Left lifts it out.
    await row('Eggs').locator('.task-check').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await page.locator('.task-sub', { hasText: 'Eggs' }).waitFor();
    await page.getByText('“Eggs” is now a subtask of “Bread”').waitFor({ state: 'attached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-task-id]')?.textContent))
      .toMatch(/^Eggs/);
    await page.keyboard.press('Alt+ArrowLeft');
    await page.locator('.task-sub').waitFor({ state: 'detached' });
    await page.getByText('“Eggs” is no longer a subtask of “Bread”').waitFor({ state: 'attached' });
    await expect.poll(() => titles(page)).toEqual(['Milk', 'Bread', 'Eggs']);
  });

  it('adds subtasks and moves a task to another list in the editor', async () => {
    const { page } = desktop;
    await page.getByRole('button', { name: 'Edit Milk' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New subtask').fill('Oat milk');
    await dialog.getByLabel('New subtask').press('Enter');
    await dialog.getByText('Subtasks (0/1 done)').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const milk = page.locator('[data-task-id]', { hasText: /^Milk/ }).first();
    await expect
      .poll(() => page.locator('.subtask-progress').allInnerTexts())
      .toEqual([expect.stringContaining('0/1')]);
    // The subtask shows nested under its parent in the list.
    await page.locator('.task-sub', { hasText: 'Oat milk' }).waitFor();
    await page.getByRole('button', { name: 'Edit Bread' }).click();
    await page.getByRole('dialog').getByLabel('List').selectOption({ label: 'Inbox' });
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => titles(page)).toEqual(['Milk', 'Oat milk', 'Eggs']);
    await milk.waitFor();
    // Back where it was, for the steps below.
    await sidebar(page).getByRole('link', { name: /Inbox/ }).click();
    await page
      .locator('[data-task-id]', { hasText: 'Bread' })
      .dragTo(sidebar(page).getByRole('link', { name: /Groceries/ }));
    await page.getByText('Moved to Groceries').waitFor();
    await sidebar(page)
      .getByRole('link', { name: /Groceries/ })
      .click();
    await page.getByRole('heading', { name: 'Groceries', level: 1 }).waitFor();
  });

  it('Today shows what is due today; Upcoming groups by day and reschedules the overdue ones, with Undo', async () => {
    const { page } = desktop;
    await sidebar(page).getByRole('link', { name: /Today/ }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await addTask(page, 'Pay rent today', 'Pay rent');
    await addTask(page, 'Water plants yesterday', 'Water plants');
    await expect.poll(() => titles(page)).toEqual(['Water plants', 'Pay rent']);
    await addTask(page, 'Dentist in 3 days', 'Dentist');
    // Not due today: it stays out of Today.
    await expect.poll(() => titles(page)).toEqual(['Water plants', 'Pay rent']);
    // A line without a date, added in Today, is due today (as in Todoist).
    await addTask(page, 'Buy stamps', 'Buy stamps');
    await expect.poll(() => titles(page)).toEqual(['Water plants', 'Pay rent', 'Buy stamps']);
    await page.locator('[data-task-id]', { hasText: 'Buy stamps' }).getByText('Due Today').waitFor();
    await expectAccessible(page, 'Today');
    // A custom repeat is built in words, not typed as an RRULE.
    await page.getByRole('button', { name: 'Edit Pay rent' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Repeat', { exact: true }).selectOption('custom');
    await dialog.getByRole('checkbox', { name: 'Thursday' }).check();
    await dialog.getByText(/^Repeats every week on .*Thursday/).waitFor();
    await expectAccessible(page, 'the repeat builder');
    await shot(page, 'repeat-builder-desktop');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await sidebar(page)
      .getByRole('link', { name: /Upcoming/ })
      .click();
    await page.getByRole('heading', { name: 'Upcoming', level: 1 }).waitFor();
    // The days are headings in the one list of rows (0160): Overdue's tasks are those under it.
    await expect.poll(() => titlesUnder(page, 'Overdue')).toEqual(['Water plants']);
    await expect
      .poll(() => page.locator('.day-heading').allInnerTexts())
      .toEqual(['Overdue', expect.stringMatching(/^Today · /), expect.stringMatching(/^\w+day, /)]);
    await expectAccessible(page, 'Upcoming');
    await shot(page, 'upcoming-desktop');
    // Undo first, while its toast is surely open (5 s; a loaded machine can take longer than that
    // to settle the views below), then reschedule again and look at the result.
    await page.getByRole('button', { name: 'Reschedule all to today' }).click();
    await page.getByText('Rescheduled 1 task to today').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titlesUnder(page, 'Overdue')).toEqual(['Water plants']);
    await page.getByRole('button', { name: 'Reschedule all to today' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Overdue' }).count()).toBe(0);
    await expect
      .poll(() => titlesUnder(page, /^Today · /))
      .toEqual(['Pay rent', 'Water plants', 'Buy stamps']);
  });

  it('deletes a list, moving its tasks to the Inbox', async () => {
    const { page } = desktop;
    await sidebar(page).getByRole('button', { name: 'More for Groceries' }).click();
    await sidebar(page).getByRole('button', { name: 'Delete…' }).click();
    await sidebar(page).getByRole('button', { name: 'Move to Inbox' }).click();
    await expect
      .poll(() =>
        sidebar(page)
          .getByRole('link', { name: /Groceries/ })
          .count(),
      )
      .toBe(0);
    await sidebar(page).getByRole('link', { name: /Inbox/ }).click();
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    // Those of Today and Upcoming were added without a list: they were in the Inbox already.
    await expect
      .poll(async () => (await titles(page)).sort())
      .toEqual(['Bread', 'Buy stamps', 'Dentist', 'Eggs', 'Milk', 'Oat milk', 'Pay rent', 'Water plants']);
    expect(desktop.errors).toEqual([]);
  });

  it('on a phone the sidebar is a drawer, the add button is in thumb reach and row actions sit in a menu', async () => {
    const phone = await open({ width: 390, height: 844 });
    const { page } = phone;
    await signUp(page, `lena.phone.${Date.now()}@example.com`);
    // An empty Today teaches: example lines go into the add box; the add button is in thumb reach.
    await page.getByRole('button', { name: 'Call mom tomorrow 5pm #family !high' }).click();
    await expect
      .poll(() => page.getByLabel('New task').inputValue())
      .toBe('Call mom tomorrow 5pm #family !high');
    await page.getByLabel('New task').fill('');
    const fab = page.getByRole('button', { name: 'Add a task' });
    const fabBox = await fab.boundingBox();
    expect(fabBox!.width).toBeGreaterThanOrEqual(44);
    expect(fabBox!.y + fabBox!.height).toBeGreaterThan(844 - 120);
    // The header's Pages menu closes on a press elsewhere and on Escape (focus back on its button).
    const pages = page.getByRole('button', { name: 'Pages' });
    await pages.click();
    await page.getByRole('link', { name: 'Reminders' }).waitFor();
    await page.locator('body').click({ position: { x: 120, y: 5 } });
    await expect.poll(() => pages.getAttribute('aria-expanded')).toBe('false');
    await pages.click();
    await page.getByRole('link', { name: 'Reminders' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => pages.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Pages');
    await fab.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-task');
    const menu = page.getByRole('button', { name: 'Views and lists' });
    const box = await menu.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await expect.poll(() => sidebar(page).isVisible()).toBe(false);
    await menu.click();
    await sidebar(page).getByRole('link', { name: /Today/ }).waitFor();
    // Escape closes the drawer and puts focus back on the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar(page).isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Views and lists',
    );
    await menu.click();
    await sidebar(page).getByRole('link', { name: /Today/ }).waitFor();
    await expectAccessible(page, 'the drawer');
    await shot(page, 'lists-phone');
    await sidebar(page).getByRole('link', { name: /Today/ }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await expect.poll(() => sidebar(page).isVisible()).toBe(false);

    // Rows on a phone: no stacked buttons, one 44 px "More" button whose menu holds the actions.
    const day = [
      'Call the plumber',
      'Buy stamps',
      'Book flights',
      'Renew passport',
      'Email Sara',
      'Pay rent',
    ];
    for (const title of day) await addTask(page, `${title} today`, title);
    const fit = await page.locator('[data-task-id]').evaluateAll((rows) => ({
      firstTop: Math.round(rows[0]!.getBoundingClientRect().top),
      whole: rows.filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length,
    }));
    console.log(`phone 390x844: first row at y=${fit.firstTop}, ${fit.whole} whole rows on the first screen`);
    expect(fit.whole).toBeGreaterThanOrEqual(6);
    // The filters fold away on a phone: behind "View options", then behind their own button.
    const high = page.getByRole('button', { name: 'High priority' });
    await expect.poll(() => high.isVisible()).toBe(false);
    const options = page.getByRole('button', { name: 'View options' });
    await options.click();
    const filters = page.getByRole('button', { name: 'Filters' });
    await filters.click();
    await high.waitFor();
    await filters.click();
    await expect.poll(() => high.isVisible()).toBe(false);
    await options.click();
    await expect.poll(() => page.getByRole('button', { name: 'Edit Pay rent' }).isVisible()).toBe(false);
    const more = page.getByRole('button', { name: 'Actions for Pay rent' });
    const moreBox = await more.boundingBox();
    expect(moreBox!.width).toBeGreaterThanOrEqual(44);
    expect(moreBox!.height).toBeGreaterThanOrEqual(44);
    await more.click();
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page, 'a row menu on a phone');
    await page.keyboard.press('Escape');
    await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    await page.getByRole('button', { name: 'Edit Pay rent' }).click();
    await page.getByRole('dialog', { name: 'Edit task' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Edit task' }).waitFor({ state: 'hidden' });

    // A checkbox is at least 24x24 (WCAG 2.2 target size), and its tap target 44 px tall.
    const target = await page
      .locator('[data-task-id]', { hasText: 'Pay rent' })
      .locator('.task-check')
      .evaluate((check) => {
        const box = check.getBoundingClientRect();
        const area = (check.closest('label') ?? check).getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, area.top + 2);
        const bottom = document.elementFromPoint(box.left + box.width / 2, area.bottom - 2);
        const hits = (el: Element | null) => el === check || (el?.contains(check) && el.tagName === 'LABEL');
        return {
          width: box.width,
          height: box.height,
          tall: area.height,
          top: hits(top),
          bottom: hits(bottom),
        };
      });
    expect(target.width).toBeGreaterThanOrEqual(24);
    expect(target.height).toBeGreaterThanOrEqual(24);
    expect(target.tall).toBeGreaterThanOrEqual(44);
    expect(target).toMatchObject({ top: true, bottom: true });

    // A long list scrolled down: the header stays on top, and the drawer's background fills the screen.
    const headers = { origin: suite.url };
    for (let i = 1; i <= 14; i++) {
      const made = await page.request.post(`${suite.url}/api/me/tasks`, {
        data: { title: `Later ${i}` },
        headers,
      });
      expect(made.status()).toBe(201);
    }
    await page.goto(`${suite.url}/all`);
    await page.getByRole('button', { name: 'Rename Later 14', exact: true }).waitFor();
    await settled(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const header = await page.evaluate(() => {
      const head = document.querySelector('.app-header')!;
      const box = head.getBoundingClientRect();
      return {
        top: box.top,
        onTop: head.contains(document.elementFromPoint(box.left + 5, box.top + box.height / 2)),
      };
    });
    expect(header).toEqual({ top: 0, onTop: true });
    // A tap where the button shows (Playwright's click scrolls a sticky header's button to its place
    // in the page first, which a finger does not).
    const at = (await menu.boundingBox())!;
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    await sidebar(page).getByRole('link', { name: /Today/ }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const covers = () =>
      page.evaluate(() => {
        const nav = document.getElementById('sidebar')!;
        const box = nav.getBoundingClientRect();
        const bottom = document.elementFromPoint(box.left + 10, window.innerHeight - 3);
        // Below the header or from the top of the screen, down to its bottom (to the pixel).
        const under = document.querySelector('.app-header')!.getBoundingClientRect().bottom;
        return {
          top: box.top <= 0 || Math.abs(box.top - under) < 1,
          bottom: box.bottom > window.innerHeight - 1,
          hit: nav.contains(bottom),
        };
      });
    await expect.poll(covers).toEqual({ top: true, bottom: true, hit: true });
    await page.keyboard.press('Escape');
    // The same on a desktop: the sidebar column's background reaches the bottom of the screen.
    await page.setViewportSize({ width: 1280, height: 700 });
    await sidebar(page).getByRole('link', { name: /Today/ }).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await expect.poll(covers).toEqual({ top: true, bottom: true, hit: true });
    expect(phone.errors).toEqual([]);
  });
});
