import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { task } from '../test/render';
import { type Draft, draftOf, patchOf, validate } from './fields';
import { ReminderControl } from './ReminderControl';
import {
  anchorOf,
  durationWords,
  fireTime,
  nextReminder,
  relativeWords,
  sameReminders,
  taskAnchor,
} from './reminders';
import { TaskItem } from './TaskItem';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;

/** A stand-in for the browser's Notification, whose permission the test decides. */
function stubNotifications(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const stub = {
    permission,
    requestPermission: vi.fn(async () => {
      stub.permission = answer;
      return answer;
    }),
  };
  vi.stubGlobal('Notification', stub);
  return stub.requestPermission;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('reminder moments', () => {
  it('count back from due_at, from 09:00 on an all-day date in the zone, and wait without a due moment', () => {
    const at = '2026-06-01T15:00:00.000Z';
    expect(fireTime({ minutes_before: 15 }, taskAnchor({ due_at: at, due_date: null }, PARIS))).toBe(
      Date.parse('2026-06-01T14:45:00Z'),
    );
    // 09:00 in Paris in summer is 07:00 UTC; one day before is the day before at 09:00.
    const allDay = taskAnchor({ due_at: null, due_date: '2026-06-01' }, PARIS);
    expect(fireTime({ minutes_before: 0 }, allDay)).toBe(Date.parse('2026-06-01T07:00:00Z'));
    expect(fireTime({ minutes_before: 1440 }, allDay)).toBe(Date.parse('2026-05-31T07:00:00Z'));
    expect(fireTime({ minutes_before: 5 }, taskAnchor({ due_at: null, due_date: null }, PARIS))).toBeNull();
    expect(fireTime({ at }, null)).toBe(Date.parse(at));
    // The editor's draft: a wall time in the zone.
    expect(anchorOf({ date: '2026-06-01', time: '17:30', at: null }, PARIS)).toBe(
      Date.parse('2026-06-01T15:30:00Z'),
    );
  });

  it('says durations in words', () => {
    expect(relativeWords(0)).toBe('At the due time');
    expect(relativeWords(5)).toBe('5 minutes before');
    expect(relativeWords(60)).toBe('1 hour before');
    expect(relativeWords(90)).toBe('1 hour 30 minutes before');
    expect(relativeWords(1440)).toBe('1 day before');
    expect(durationWords(2 * 1440 + 1)).toBe('2 days 1 minute');
  });

  it('compares lists whatever the order or the spelling of an instant', () => {
    expect(
      sameReminders(
        [{ at: '2026-06-01T17:00:00+02:00' }, { minutes_before: 5 }],
        [{ minutes_before: 5 }, { at: '2026-06-01T15:00:00.000Z' }],
      ),
    ).toBe(true);
    expect(sameReminders([{ minutes_before: 5 }], [{ minutes_before: 15 }])).toBe(false);
  });

  it('finds the next reminder still to come, none for a completed task', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const t = task(1, 'Call the bank', {
      due_at: '2026-06-01T15:00:00.000Z',
      reminders: [{ minutes_before: 300 }, { minutes_before: 60 }, { at: '2026-06-01T14:30:00.000Z' }],
    });
    // 10:00 has passed; 14:00 (an hour before) comes before 14:30.
    expect(nextReminder(t, 'UTC', now)?.iso).toBe('2026-06-01T14:00:00.000Z');
    expect(nextReminder({ ...t, completed: true }, 'UTC', now)).toBeNull();
    expect(nextReminder({ ...t, due_at: null }, 'UTC', now)?.iso).toBe('2026-06-01T14:30:00.000Z');
    expect(nextReminder({ ...t, reminders: [] }, 'UTC', now)).toBeNull();
  });
});

describe('reminders in the patch', () => {
  it('sends the list when it changed, and nothing when only the spelling differs', () => {
    const t = task(1, 'x', {
      due_at: '2026-06-01T15:00:00.000Z',
      reminders: [{ at: '2026-06-01T14:00:00.000Z' }],
    });
    const draft = draftOf(t, 'UTC');
    expect(patchOf(t, { ...draft, reminders: [{ at: '2026-06-01T16:00:00+02:00' }] }, 'UTC')).toEqual({});
    expect(patchOf(t, { ...draft, reminders: [] }, 'UTC')).toEqual({ reminders: [] });
    expect(patchOf(t, { ...draft, reminders: [...draft.reminders, { minutes_before: 5 }] }, 'UTC')).toEqual({
      reminders: [{ at: '2026-06-01T14:00:00.000Z' }, { minutes_before: 5 }],
    });
    expect(
      validate({ ...draft, reminders: Array.from({ length: 11 }, (_, i) => ({ minutes_before: i })) })
        .reminders,
    ).toMatch(/at most 10/);
  });
});

function Harness({ initial, timeZone = 'UTC' }: { initial: Draft; timeZone?: string }) {
  const [draft, setDraft] = useState(initial);
  return (
    <form onSubmit={(e) => e.preventDefault()} data-testid="form">
      <ReminderControl draft={draft} timeZone={timeZone} error={undefined} onChange={setDraft} />
      <output data-testid="sent">
        {JSON.stringify(patchOf(task(1, 'x'), draft, timeZone).reminders ?? [])}
      </output>
      <button type="button" onClick={() => setDraft({ ...draft, due_date: '', due_time: '' })}>
        Clear due
      </button>
    </form>
  );
}

const sent = () => JSON.parse(screen.getByTestId('sent').textContent ?? '[]');
const adder = () => screen.getByRole('combobox', { name: 'Add a reminder' }) as HTMLSelectElement;
const option = (name: string) => screen.getByRole('option', { name }) as HTMLOptionElement;

describe('the reminder control', () => {
  it('without a due moment: presets are disabled and explained; a date and time in the saved zone works', async () => {
    stubNotifications('granted');
    const later = new Date(Date.now() + 48 * HOUR);
    const day = later.toISOString().slice(0, 10);
    render(<Harness initial={draftOf(task(1, 'x'), PARIS)} timeZone={PARIS} />);
    expect(screen.getByText('No reminders.')).toBeDefined();
    expect(option('15 minutes before').disabled).toBe(true);
    expect(option('At the due time').disabled).toBe(true);
    expect(adder().value).toBe('at');
    expect(screen.getByText(/Reminders before the due time need a due date/)).toBeDefined();
    expect(screen.getByText(/Times are in Europe\/Paris/)).toBeDefined();
    // It starts at the next whole hour, not at a moment already gone.
    expect(screen.getByLabelText('Time')).toHaveProperty('value', expect.stringMatching(/^\d{2}:00$/));
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: day } });
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '08:30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add reminder' }));
    // 08:30 in Paris, whatever the zone this test runs in.
    const expected = new Date(`${day}T08:30:00+02:00`);
    const offset = new Intl.DateTimeFormat('en', { timeZone: PARIS, timeZoneName: 'longOffset' })
      .format(expected)
      .includes('GMT+01')
      ? '+01:00'
      : '+02:00';
    expect(sent()).toEqual([{ at: new Date(`${day}T08:30:00${offset}`).toISOString() }]);
    expect(screen.getByRole('list').textContent).toMatch(/8:30/);
    expect(screen.getByText(/^Reminder added: /).getAttribute('role')).toBe('status');
  });

  it('adds presets relative to the due time, each once, shows when they fire, and removes them by keyboard', async () => {
    stubNotifications('granted');
    const due = new Date(Date.now() + 72 * HOUR);
    const day = due.toISOString().slice(0, 10);
    render(<Harness initial={{ ...draftOf(task(1, 'x'), 'UTC'), due_date: day, due_time: '17:00' }} />);
    expect(adder().value).toBe('0');
    await userEvent.selectOptions(adder(), '15');
    await userEvent.click(screen.getByRole('button', { name: 'Add reminder' }));
    expect(sent()).toEqual([{ minutes_before: 15 }]);
    expect(option('15 minutes before').disabled).toBe(true); // no duplicates
    expect(screen.getByRole('list').textContent).toMatch(/15 minutes before · .*(16:45|4:45\sPM)/);
    await userEvent.selectOptions(adder(), '1440');
    await userEvent.click(screen.getByRole('button', { name: 'Add reminder' }));
    // Listed in the order they fire: the day before first.
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(rows[0]).toMatch(/^1 day before/);
    expect(rows[1]).toMatch(/^15 minutes before/);

    screen.getByRole('button', { name: 'Remove reminder: 1 day before' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(sent()).toEqual([{ minutes_before: 15 }]);
    // Focus moves to what took the removed row's place, not to the page.
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Remove reminder: 15 minutes before' }),
    );
    await userEvent.keyboard('{Enter}');
    expect(sent()).toEqual([]);
    expect(document.activeElement).toBe(adder());
  });

  it('says a relative reminder waits while there is no due date, and counts all-day tasks from 09:00', async () => {
    stubNotifications('granted');
    const day = new Date(Date.now() + 72 * HOUR).toISOString().slice(0, 10);
    render(<Harness initial={{ ...draftOf(task(1, 'x'), 'UTC'), due_date: day }} />);
    expect(option('At 09:00 on the due day')).toBeDefined();
    expect(screen.getByText(/reminders count back from 09:00 on the due day/)).toBeDefined();
    await userEvent.selectOptions(adder(), '60');
    await userEvent.click(screen.getByRole('button', { name: 'Add reminder' }));
    expect(screen.getByRole('list').textContent).toMatch(/1 hour before · .*(08:00|8:00\sAM)/);
    await userEvent.click(screen.getByRole('button', { name: 'Clear due' }));
    expect(screen.getByRole('list').textContent).toMatch(/1 hour before · waits for a due date/);
  });

  it('refuses a moment that has passed, and Enter in the time box adds instead of saving the task', async () => {
    stubNotifications('granted');
    const submitted = vi.fn((e: Event) => e.preventDefault());
    render(<Harness initial={draftOf(task(1, 'x'), 'UTC')} />);
    screen.getByTestId('form').addEventListener('submit', submitted);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2020-01-01' } });
    await userEvent.type(screen.getByLabelText('Time'), '{Enter}');
    expect(submitted).not.toHaveBeenCalled();
    expect(screen.getByText('That moment has already passed: pick a later one.')).toBeDefined();
    expect(screen.getByLabelText('Date').getAttribute('aria-invalid')).toBe('true');
    expect(sent()).toEqual([]);
  });

  it('asks for notification permission on the first reminder added (a click), and only once', async () => {
    const ask = stubNotifications('default', 'default');
    const due = new Date(Date.now() + 72 * HOUR).toISOString().slice(0, 10);
    render(<Harness initial={{ ...draftOf(task(1, 'x'), 'UTC'), due_date: due, due_time: '10:00' }} />);
    expect(ask).not.toHaveBeenCalled(); // never on load
    expect(screen.getByText(/Adding one asks whether Doable may show notifications/)).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Add reminder' }));
    expect(ask).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Add reminder' }));
    expect(ask).toHaveBeenCalledTimes(1); // dismissed: Settings asks from now on
    expect(sent()).toHaveLength(2);
  });

  it('explains blocked notifications, and stops at 10 reminders', () => {
    stubNotifications('denied');
    const at = (i: number) => ({ at: new Date(Date.now() + (i + 1) * HOUR).toISOString() });
    render(
      <Harness
        initial={{ ...draftOf(task(1, 'x'), 'UTC'), reminders: Array.from({ length: 10 }, (_, i) => at(i)) }}
      />,
    );
    expect(screen.getByText(/Notifications are blocked for Doable in this browser/)).toBeDefined();
    expect(screen.getByText(/A task has at most 10 reminders/)).toBeDefined();
    expect(adder().disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Add reminder' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('the bell in a task row', () => {
  const props = {
    editing: false,
    onEditTitle: () => {},
    onRename: () => {},
    onToggle: () => {},
    onOpen: () => {},
    onDelete: () => {},
    onSkip: () => {},
    onTag: () => {},
    timeZone: 'UTC',
  };
  const now = new Date('2026-06-01T12:00:00Z');

  it('shows the next reminder, and nothing once the task is done or the reminders have passed', () => {
    const t = task(1, 'Call the bank', {
      due_at: '2026-06-01T15:00:00.000Z',
      reminders: [{ minutes_before: 30 }],
    });
    const { rerender } = render(<ul>{<TaskItem {...props} task={t} now={now} />}</ul>);
    const bell = screen.getByTitle(/^Next reminder:/);
    expect(bell.textContent).toMatch(/Reminder Today 2:30\s?PM|Reminder Today 14:30/);
    expect(bell.querySelector('time')?.getAttribute('datetime')).toBe('2026-06-01T14:30:00.000Z');
    rerender(<ul>{<TaskItem {...props} task={{ ...t, completed: true }} now={now} />}</ul>);
    expect(screen.queryByTitle(/^Next reminder:/)).toBeNull();
    rerender(<ul>{<TaskItem {...props} task={t} now={new Date('2026-06-01T14:31:00Z')} />}</ul>);
    expect(screen.queryByTitle(/^Next reminder:/)).toBeNull();
  });
});
