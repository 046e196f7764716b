import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeApi, renderWithApp, task } from '../tasks/testing';
import { CalendarScreen } from './CalendarScreen';

const dayCell = (day: string) => document.querySelector<HTMLElement>(`.month-day[data-day="${day}"]`)!;
const patches = (api: ReturnType<typeof fakeApi>) =>
  api.calls.filter((c) => c.method === 'PATCH').map((c) => [c.path, c.body]);

beforeEach(() => {
  window.history.pushState(null, '', '/calendar?date=2026-11-26');
});
afterEach(() => {
  window.history.pushState(null, '', '/');
});

describe('the calendar', () => {
  it('shows a month of open tasks on their days, a series on its next occurrences, and the undated ones in the tray', async () => {
    fakeApi([
      task(1, 'Pay rent', { due_date: '2026-11-26' }),
      task(2, 'Call the bank', { due_at: '2026-11-27T09:30:00.000Z' }),
      task(3, 'Bins out', { due_date: '2026-11-02', recurrence: 'FREQ=WEEKLY' }),
      task(4, 'Read a book'),
      task(5, 'Done already', { due_date: '2026-11-26', completed: true }),
    ]);
    renderWithApp(<CalendarScreen />);
    expect(await screen.findByRole('heading', { name: 'November 2026' })).toBeTruthy();
    await within(dayCell('2026-11-26')).findByRole('button', { name: 'Pay rent' });
    expect(within(dayCell('2026-11-26')).queryByRole('button', { name: /Done already/ })).toBeNull();
    expect(within(dayCell('2026-11-27')).getByRole('button', { name: '09:30 Call the bank' })).toBeTruthy();
    // A weekly series due on Monday the 2nd: there, and projected on the following Mondays.
    expect(within(dayCell('2026-11-02')).getByRole('button', { name: 'Bins out (recurring)' })).toBeTruthy();
    for (const day of ['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']) {
      expect(within(dayCell(day)).getByRole('button', { name: 'Bins out (repeats)' })).toBeTruthy();
    }
    const tray = screen.getByRole('complementary', { name: /No date/ });
    expect(within(tray).getByRole('button', { name: 'Read a book' })).toBeTruthy();
    expect(within(tray).queryByRole('button', { name: 'Pay rent' })).toBeNull();
  });

  it('right to left, Alt+← is the day after (the way the arrow points on the page)', async () => {
    const api = fakeApi([task(2, 'Call the bank', { due_at: '2026-11-27T09:30:00.000Z' })]);
    document.documentElement.dir = 'rtl';
    try {
      renderWithApp(<CalendarScreen />);
      const chip = await within(dayCell('2026-11-27')).findByRole('button', { name: '09:30 Call the bank' });
      chip.focus();
      await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
      await waitFor(() =>
        expect(patches(api)).toEqual([
          ['/api/me/tasks/2', { due_at: '2026-11-28T09:30:00.000Z', due_date: null }],
        ]),
      );
    } finally {
      document.documentElement.dir = '';
    }
  });

  it('Alt+→ moves a task a day later (keeping its time), says so, and Undo (or u) puts it back', async () => {
    const api = fakeApi([task(2, 'Call the bank', { due_at: '2026-11-27T09:30:00.000Z' })]);
    renderWithApp(<CalendarScreen />);
    const chip = await within(dayCell('2026-11-27')).findByRole('button', { name: '09:30 Call the bank' });
    chip.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() =>
      expect(patches(api)).toEqual([
        ['/api/me/tasks/2', { due_at: '2026-11-28T09:30:00.000Z', due_date: null }],
      ]),
    );
    expect(document.querySelector('.calendar [role="status"]')?.textContent).toMatch(
      /Moved “Call the bank” to Saturday.*(28 November|November 28)/,
    );
    await within(dayCell('2026-11-28')).findByRole('button', { name: '09:30 Call the bank' });
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(patches(api).at(-1)).toEqual([
        '/api/me/tasks/2',
        { due_date: null, due_at: '2026-11-27T09:30:00.000Z' },
      ]),
    );
    await within(dayCell('2026-11-27')).findByRole('button', { name: '09:30 Call the bank' });

    // A week earlier, then u.
    within(dayCell('2026-11-27')).getByRole('button', { name: '09:30 Call the bank' }).focus();
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() =>
      expect(patches(api).at(-1)).toEqual([
        '/api/me/tasks/2',
        { due_at: '2026-11-20T09:30:00.000Z', due_date: null },
      ]),
    );
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('u');
    await waitFor(() =>
      expect(patches(api).at(-1)).toEqual([
        '/api/me/tasks/2',
        { due_date: null, due_at: '2026-11-27T09:30:00.000Z' },
      ]),
    );
  });

  it('the week shows all-day tasks on top and timed ones in their half-hour; Alt+↓ moves one half an hour', async () => {
    window.history.pushState(null, '', '/calendar?mode=week&date=2026-11-26');
    const api = fakeApi([
      task(1, 'Pay rent', { due_date: '2026-11-26' }),
      task(2, 'Call the bank', { due_at: '2026-11-27T09:40:00.000Z' }),
      task(3, 'Next month', { due_date: '2026-12-26' }),
    ]);
    renderWithApp(<CalendarScreen />);
    expect(await screen.findByRole('heading', { name: /^Week of/ })).toBeTruthy();
    const slot = document.querySelector<HTMLElement>('.slot[data-day="2026-11-27"][data-slot="09:30"]')!;
    const chip = await within(slot).findByRole('button', { name: /^Friday.*27.*, 09:40 Call the bank$/ });
    const allDay = document.querySelector<HTMLElement>('.week-allday [data-day="2026-11-26"]')!;
    expect(within(allDay).getByRole('button', { name: /Pay rent/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Next month/ })).toBeNull();
    chip.focus();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() =>
      expect(patches(api)).toEqual([
        ['/api/me/tasks/2', { due_at: '2026-11-27T10:00:00.000Z', due_date: null }],
      ]),
    );
  });

  it('a week caps a day’s all-day tasks at three with "+N more", as the month does, and shows them all when asked', async () => {
    window.history.pushState(null, '', '/calendar?mode=week&date=2026-11-26');
    fakeApi([
      ...Array.from({ length: 140 }, (_, i) => task(i + 1, `All day ${i + 1}`, { due_date: '2026-11-26' })),
      task(200, 'Call the bank', { due_at: '2026-11-26T09:40:00.000Z' }),
    ]);
    renderWithApp(<CalendarScreen />);
    const allDay = () => document.querySelector<HTMLElement>('.week-allday [data-day="2026-11-26"]')!;
    const more = await within(allDay()).findByRole('button', { name: /^\+137 more on Thursday/ });
    expect(within(allDay()).getAllByRole('button', { name: /, All day \d+$/ })).toHaveLength(3);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(more);
    expect(within(allDay()).getAllByRole('button', { name: /, All day \d+$/ })).toHaveLength(140);
    await userEvent.click(within(allDay()).getByRole('button', { name: /^Fewer on Thursday/ }));
    expect(within(allDay()).getAllByRole('button', { name: /, All day \d+$/ })).toHaveLength(3);
  });

  it('an undated task gets today with Alt+→ from the tray; the arrows step months and Today comes back', async () => {
    const api = fakeApi([task(4, 'Read a book')]);
    renderWithApp(<CalendarScreen />);
    const tray = await screen.findByRole('complementary', { name: /No date/ });
    const chip = await within(tray).findByRole('button', { name: 'Read a book' });
    chip.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(new Date());
    await waitFor(() =>
      expect(patches(api)).toEqual([['/api/me/tasks/4', { due_date: today, due_at: null }]]),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(await screen.findByRole('heading', { name: 'December 2026' })).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Week' }));
    expect(await screen.findByRole('heading', { name: /^Week of/ })).toBeTruthy();
    expect(window.location.search).toContain('mode=week');
    await userEvent.click(screen.getByRole('button', { name: 'Today' }));
    expect(window.location.search).not.toContain('date=');
  });

  it('the week draws a timed task with a duration as a block of that length; the month keeps a line', async () => {
    window.history.pushState(null, '', '/calendar?mode=week&date=2026-11-26');
    fakeApi([
      task(1, 'Deep work', { due_at: '2026-11-26T09:00:00.000Z', duration: 90 }),
      task(2, 'Quick call', { due_at: '2026-11-26T09:30:00.000Z' }),
      task(3, 'Pay rent', { due_date: '2026-11-26', duration: 30 }),
    ]);
    renderWithApp(<CalendarScreen />);
    const slot = (time: string) =>
      document.querySelector<HTMLElement>(`.slot[data-day="2026-11-26"][data-slot="${time}"]`)!;
    const block = await within(slot('09:00')).findByRole('button', {
      name: /09:00 Deep work for 1 hour 30 minutes$/,
    });
    expect(block.classList.contains('chip-block')).toBe(true);
    expect(block.dataset.span).toBe('3');
    expect(block.style.getPropertyValue('--span')).toBe('3');
    // The call it overlaps sits beside it, one slot long.
    const call = within(slot('09:30')).getByRole('button', { name: /09:30 Quick call$/ });
    expect(call.dataset.span).toBe('1');
    expect([block.style.getPropertyValue('--lane'), call.style.getPropertyValue('--lane')]).toEqual([
      '0',
      '1',
    ]);
    expect(call.style.getPropertyValue('--lanes')).toBe('2');
    // An all-day task stays in the all-day row, not a block.
    const allDay = document.querySelector<HTMLElement>('.week-allday [data-day="2026-11-26"]')!;
    expect(
      within(allDay)
        .getByRole('button', { name: /Pay rent/ })
        .classList.contains('chip-block'),
    ).toBe(false);

    await userEvent.click(screen.getByRole('radio', { name: 'Month' }));
    expect(await screen.findByRole('heading', { name: 'November 2026' })).toBeTruthy();
    const line = await within(dayCell('2026-11-26')).findByRole('button', { name: /Deep work/ });
    expect(line.classList.contains('chip-block')).toBe(false);
  });
});
