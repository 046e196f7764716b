// The list views: open tasks first, the completed ones in a folded "Completed (N)" part below
// (remembered per view on this device; a recurring task's completions there once each, as
// history), and long views as one virtualized list that loads every page in the background and
// keeps the keyboard's paths.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TasksScreen } from './TasksScreen';
import { fakeApi, renderWithApp, task } from './testing';

const titles = () => screen.queryAllByRole('button', { name: /^Rename / }).map((b) => b.textContent);
/** The tasks in the Completed part, in order (rows after its heading). */
const completedTitles = () => {
  const rows = [...document.querySelectorAll<HTMLElement>('#task-rows > li')];
  const at = rows.findIndex((li) => li.classList.contains('completed-head'));
  return rows.slice(at + 1).map((li) => li.querySelector('.task-title')?.textContent);
};
const toasts = () => screen.getByRole('complementary', { name: 'Notifications' });

function inbox() {
  return fakeApi([
    task(5, 'Water plants', { due_date: '2026-01-12', recurrence: 'FREQ=WEEKLY' }),
    task(4, 'Buy milk'),
    task(3, 'Old one', { completed: true, completed_at: '2026-01-01T10:00:00.000Z' }),
    // The completed occurrence of the series: its history, not a copy among the open tasks.
    task(2, 'Water plants', {
      completed: true,
      completed_at: '2026-01-05T10:00:00.000Z',
      due_date: '2026-01-05',
      series_task_id: 5,
    }),
    task(1, 'Recent one', { completed: true, completed_at: '2026-01-06T10:00:00.000Z' }),
  ]);
}

describe('the Completed part', () => {
  beforeEach(() => window.history.replaceState(null, '', '/inbox'));

  it('shows open tasks only, then a folded "Completed (N)" that loads and shows the completed ones newest first', async () => {
    const api = inbox();
    const first = renderWithApp(<TasksScreen />);
    const toggle = await screen.findByRole('button', { name: 'Completed (3)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(titles()).toEqual(['Water plants', 'Buy milk']);
    // Folded: nothing completed is asked for.
    const completedGets = () =>
      api.calls.filter((c) => c.method === 'GET' && /status=completed.*sort=-updated/.test(c.path)).length;
    expect(completedGets()).toBe(0);

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(completedTitles()).toEqual(['Recent one', 'Water plants', 'Old one']));
    expect(completedGets()).toBe(1);
    // The series shows once among the open tasks; its completion once, in the part.
    expect(titles().filter((t) => t === 'Water plants')).toHaveLength(2);
    expect(screen.getAllByRole('checkbox', { name: 'Complete: Water plants' })).toHaveLength(1);

    // Remembered for this view on this device, not for another view.
    first.unmount();
    renderWithApp(<TasksScreen />);
    const again = await screen.findByRole('button', { name: 'Completed (3)' });
    expect(again.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(completedTitles()).toEqual(['Recent one', 'Water plants', 'Old one']));
  });

  it('ticking a task moves it there at once, with the toast and Undo (and u) as before', async () => {
    const api = inbox();
    renderWithApp(<TasksScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Completed (3)' }));
    await waitFor(() => expect(completedTitles()).toHaveLength(3));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Complete: Buy milk' }));
    expect(within(toasts()).getByText('Completed “Buy milk”')).toBeDefined();
    await waitFor(() => expect(completedTitles()[0]).toBe('Buy milk'));
    expect(titles().slice(0, 1)).toEqual(['Water plants']);
    expect(screen.getByRole('button', { name: 'Completed (4)' })).toBeDefined();
    await waitFor(() => expect(api.tasks.find((t) => t.id === 4)?.completed).toBe(true));

    await userEvent.keyboard('u');
    await waitFor(() => expect(api.tasks.find((t) => t.id === 4)?.completed).toBe(false));
    await waitFor(() => expect(completedTitles()).toEqual(['Recent one', 'Water plants', 'Old one']));
    expect(titles()).toContain('Buy milk');
  });

  it('keeps the status filter: All mixes them as before, Completed shows only them', async () => {
    inbox();
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Completed (3)' });
    await userEvent.click(screen.getByRole('button', { name: /^All ?\d*$/ }));
    await waitFor(() => expect(titles()).toHaveLength(5));
    expect(window.location.search).toBe('?status=all');
    expect(screen.queryByRole('button', { name: /^Completed \(/ })).toBeNull();
    await userEvent.keyboard('2');
    await screen.findByRole('button', { name: 'Completed (3)' });
    expect(window.location.search).toBe('');
  });
});

describe('a long view', () => {
  const ROW_PX = 40;
  let restore: () => void = () => {};
  beforeEach(() => {
    window.history.replaceState(null, '', '/all');
    // The test DOM lays nothing out: rows are 40 px tall, and scrolling moves the page and says so.
    const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.matches('#task-rows > li') ? ROW_PX : 0;
      },
    });
    const scrollTo = window.scrollTo;
    // The list starts at the top of the page: on screen, as far up as the page is scrolled.
    const rect = HTMLElement.prototype.getBoundingClientRect;
    HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
      return this.id === 'task-rows' ? new DOMRect(0, -window.scrollY, 1000, 0) : rect.call(this);
    };
    // The page is as tall as the rows.
    Object.defineProperty(document.documentElement, 'scrollHeight', {
      configurable: true,
      get: () => Number.parseFloat(document.getElementById('task-rows')?.style.height ?? '0'),
    });
    window.scrollTo = ((options: ScrollToOptions) => {
      Object.defineProperty(window, 'scrollY', { configurable: true, value: options.top ?? 0 });
      // As in a browser, the scroll event comes after (not inside) the call.
      setTimeout(() => window.dispatchEvent(new Event('scroll')), 0);
    }) as typeof window.scrollTo;
    restore = () => {
      if (height) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', height);
      window.scrollTo = scrollTo;
      HTMLElement.prototype.getBoundingClientRect = rect;
      Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
      Reflect.deleteProperty(document.documentElement, 'scrollHeight');
    };
  });
  afterEach(() => restore());

  const many = (n: number) => Array.from({ length: n }, (_, i) => task(n - i, `Task ${i + 1}`));
  const rendered = () => document.querySelectorAll('#task-rows > li[data-task-id]').length;
  const focusedTitle = () =>
    document.activeElement?.closest('[data-task-id]')?.querySelector('.task-title')?.textContent;

  it('loads every page in the background (no "Show more"), and renders only the rows near the screen', async () => {
    const api = fakeApi(many(650));
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Task 1' });
    await waitFor(() => expect(document.getElementById('task-rows')?.dataset.rows).toBe('650'), {
      timeout: 15_000,
    });
    const pages = api.calls.filter(
      (c) => c.method === 'GET' && /\/tasks\?.*status=pending.*limit=(100|200)/.test(c.path),
    );
    expect(pages.length).toBe(4); // 100, then 200 at a time
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
    expect(rendered()).toBeGreaterThan(10);
    expect(rendered()).toBeLessThan(60);
  }, 30_000);

  it('j/k reach rows not rendered yet, and the focused row stays when it scrolls out', async () => {
    fakeApi(many(300));
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Task 1' });
    await waitFor(() => expect(document.getElementById('task-rows')?.dataset.rows).toBe('300'));
    expect(screen.queryByRole('button', { name: 'Rename Task 40' })).toBeNull();
    await userEvent.keyboard('j'.repeat(40));
    await waitFor(() => expect(focusedTitle()).toBe('Task 40'), { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Rename Task 1' })).toBeNull();
    await userEvent.keyboard('k');
    await waitFor(() => expect(focusedTitle()).toBe('Task 39'));

    // Scrolled back to the top, far from it: the focused row is still there, still focused.
    window.scrollTo({ top: 0 });
    await screen.findByRole('button', { name: 'Rename Task 1' });
    expect(focusedTitle()).toBe('Task 39');
    expect(screen.getByRole('button', { name: 'Rename Task 39' })).toBeDefined();
    // x completes it: the toast as always, and the keyboard goes on from its place.
    await userEvent.keyboard('x');
    expect(within(toasts()).getByText('Completed “Task 39”')).toBeDefined();
    // The row leaves once the list is drawn again: seconds on a machine busy with other suites.
    await waitFor(() => expect(focusedTitle()).toBe('Task 40'), { timeout: 10_000 });
  }, 60_000);
});
