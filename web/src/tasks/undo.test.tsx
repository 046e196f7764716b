import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TasksScreen } from './TasksScreen';
import { fakeApi, renderWithApp, task } from './testing';

afterEach(() => {
  vi.unstubAllGlobals();
});

const titles = () => screen.queryAllByRole('button', { name: /^Rename / }).map((b) => b.textContent);
const toasts = () => screen.getByRole('complementary', { name: 'Notifications' });

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

  it('u takes back the latest of a completion and a delete, one at a time', async () => {
    const api = fakeApi([task(2, 'Write report'), task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    await userEvent.keyboard('jx');
    await waitFor(() => expect(api.tasks.find((t) => t.id === 2)?.completed).toBe(true));
    await userEvent.keyboard('j#');
    expect(titles()).toEqual(['Write report']);
    await userEvent.keyboard('u');
    expect(titles()).toEqual(['Write report', 'Buy milk']);
    expect(api.tasks.find((t) => t.id === 2)?.completed).toBe(true);
    await userEvent.keyboard('u');
    await waitFor(() => expect(api.tasks.find((t) => t.id === 2)?.completed).toBe(false));
    await userEvent.keyboard('u');
    expect(within(toasts()).getByText('Nothing to undo')).toBeDefined();
  });
});
