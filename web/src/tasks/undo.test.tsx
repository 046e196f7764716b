import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TasksScreen } from './TasksScreen';
import { type FakeApi, fakeApi, renderWithApp, task } from './testing';

afterEach(() => {
  vi.unstubAllGlobals();
});

const titles = () => screen.queryAllByRole('button', { name: /^Rename / }).map((b) => b.textContent);
const toasts = () => screen.getByRole('complementary', { name: 'Notifications' });
/** The day a row says its task is due on. */
const dueOf = (title: string) =>
  screen
    .getByRole('button', { name: `Rename ${title}` })
    .closest('[data-task-id]')
    ?.querySelector('time')
    ?.getAttribute('datetime');

/**
 * The fake server's recurring tasks as the real one keeps them: completing the occurrence a task
 * is at moves it on a week; reopening with an occurrence it has left brings it back there.
 */
function weeklySeries(api: FakeApi) {
  const server = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const answer = await server(input, init);
    const call = api.calls.at(-1);
    const id = /^\/api\/me\/tasks\/(\d+)\/complete$/.exec(call?.path ?? '')?.[1];
    const series = api.tasks.find((t) => t.id === Number(id) && t.recurrence);
    if (!call || !series?.due_date) return answer;
    const { completed, occurrence } = call.body as { completed: boolean; occurrence: string };
    series.completed = false;
    if (completed && occurrence === series.due_date) {
      series.due_date = new Date(Date.parse(`${occurrence}T00:00:00Z`) + 7 * 86_400_000)
        .toISOString()
        .slice(0, 10);
    } else if (!completed) {
      series.due_date = occurrence;
    }
    series.updated_at = new Date().toISOString();
    return new Response(JSON.stringify(series), { headers: { 'content-type': 'application/json' } });
  });
}

describe('Undo in the task list', () => {
  it('offers Undo after completing; the toast’s button reopens the task', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Complete: Buy milk' }));
    const toast = within(toasts()).getByText('Completed “Buy milk”').parentElement!;
    await waitFor(() => expect(api.tasks[0]?.completed).toBe(true));
    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.tasks[0]?.completed).toBe(false));
    expect(screen.getByRole('checkbox', { name: 'Complete: Buy milk' })).toHaveProperty('checked', false);
  });

  it('u undoes a completion made with x, and closes its toast', async () => {
    const api = fakeApi([task(2, 'Write report'), task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    await userEvent.keyboard('jx');
    await waitFor(() => expect(api.tasks.find((t) => t.id === 2)?.completed).toBe(true));
    expect(within(toasts()).getByText('Completed “Write report”')).toBeDefined();
    await userEvent.keyboard('u');
    await waitFor(() => expect(api.tasks.find((t) => t.id === 2)?.completed).toBe(false));
    expect(within(toasts()).queryByText('Completed “Write report”')).toBeNull();
    expect(within(toasts()).queryByText('Nothing to undo')).toBeNull();
  });

  it('offers Undo after reopening a completed task too', async () => {
    const api = fakeApi([task(1, 'Buy milk', { completed: true })]);
    renderWithApp(<TasksScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Completed (1)' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Completed: Buy milk' }));
    await waitFor(() => expect(api.tasks[0]?.completed).toBe(false));
    const toast = within(toasts()).getByText('Reopened “Buy milk”').parentElement!;
    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(api.tasks[0]?.completed).toBe(true));
  });

  it('after # on the only row of a filtered list, focus stays in the list and u brings the task back, closing the toast', async () => {
    window.history.replaceState(null, '', '/?q=milk');
    const api = fakeApi([task(2, 'Write report'), task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await waitFor(() => expect(titles()).toEqual(['Buy milk']));
    await userEvent.keyboard('j');
    await userEvent.keyboard('#');
    expect(titles()).toEqual([]);
    expect(document.activeElement).not.toBe(screen.getByLabelText('New task'));
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Task list' }));
    expect(within(toasts()).getByText('Deleted “Buy milk”')).toBeDefined();
    await userEvent.keyboard('u');
    expect(titles()).toEqual(['Buy milk']);
    expect(screen.getByLabelText('New task')).toHaveProperty('value', '');
    expect(within(toasts()).queryByText('Deleted “Buy milk”')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Complete: Buy milk' })),
    );
    expect(api.calls.filter((c) => c.method === 'DELETE')).toEqual([]);
  });

  it('completing a recurring task offers its own Undo, which brings back that occurrence (not the task completed before)', async () => {
    const api = fakeApi([
      task(2, 'Water plants', { due_date: '2026-01-05', recurrence: 'FREQ=WEEKLY' }),
      task(1, 'Buy milk'),
    ]);
    weeklySeries(api);
    renderWithApp(<TasksScreen />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Complete: Buy milk' }));
    await waitFor(() => expect(api.tasks.find((t) => t.id === 1)?.completed).toBe(true));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Complete: Water plants' }));
    const toast = within(toasts()).getByText('Completed this occurrence of “Water plants”').parentElement!;
    await waitFor(() => expect(dueOf('Water plants')).toBe('2026-01-12'));
    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(dueOf('Water plants')).toBe('2026-01-05'));
    expect(api.calls).toContainEqual({
      method: 'PATCH',
      path: '/api/me/tasks/2/complete',
      body: { completed: false, occurrence: '2026-01-05' },
    });
    expect(api.tasks.find((t) => t.id === 1)?.completed).toBe(true);
    // Buy milk waits in the Completed part, the series stays among the open tasks.
    expect(titles()).toEqual(['Water plants']);
    await userEvent.click(screen.getByRole('button', { name: /^Completed \(/ }));
    expect(await screen.findByRole('checkbox', { name: 'Completed: Buy milk' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('u takes back the completion of a recurring task made with x, and closes its toast', async () => {
    const api = fakeApi([task(1, 'Water plants', { due_date: '2026-01-05', recurrence: 'FREQ=WEEKLY' })]);
    weeklySeries(api);
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Water plants' });
    await userEvent.keyboard('jx');
    await waitFor(() => expect(dueOf('Water plants')).toBe('2026-01-12'));
    expect(within(toasts()).getByText('Completed this occurrence of “Water plants”')).toBeDefined();
    await userEvent.keyboard('u');
    await waitFor(() => expect(dueOf('Water plants')).toBe('2026-01-05'));
    expect(within(toasts()).queryByText('Completed this occurrence of “Water plants”')).toBeNull();
    expect(within(toasts()).queryByText('Nothing to undo')).toBeNull();
  });

  it('u takes back the latest of a completion and a delete, one at a time', async () => {
    const api = fakeApi([task(2, 'Write report'), task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    await userEvent.keyboard('jx');
    await waitFor(() => expect(api.tasks.find((t) => t.id === 2)?.completed).toBe(true));
    // Write report left for the Completed part; the keyboard is on Buy milk, now in its place.
    await userEvent.keyboard('j#');
    expect(titles()).toEqual([]);
    await userEvent.keyboard('u');
    expect(titles()).toEqual(['Buy milk']);
    expect(api.tasks.find((t) => t.id === 2)?.completed).toBe(true);
    await userEvent.keyboard('u');
    await waitFor(() => expect(api.tasks.find((t) => t.id === 2)?.completed).toBe(false));
    await waitFor(() => expect(titles()).toEqual(['Write report', 'Buy milk']));
    await userEvent.keyboard('u');
    expect(within(toasts()).getByText('Nothing to undo')).toBeDefined();
  });
});
