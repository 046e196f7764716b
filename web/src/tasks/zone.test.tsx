import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TasksScreen } from './TasksScreen';
import { fakeApi, renderWithApp, task } from './testing';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('one time zone everywhere: the account’s', () => {
  it('shows the editor’s Created, Updated and Completed times in the account’s zone, not the browser’s', async () => {
    const api = fakeApi([
      task(1, 'Buy milk', {
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-02T10:30:00Z',
        completed: true,
        completed_at: '2026-01-02T10:30:00Z',
      }),
    ]);
    api.timeZone = 'Asia/Karachi';
    renderWithApp(<TasksScreen />);
    // Completed: it waits in the folded Completed part.
    await userEvent.click(await screen.findByRole('button', { name: 'Completed (1)' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Buy milk' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit task' });
    const times = await within(dialog).findByText('Created');
    const list = times.closest('dl')!;
    const values = [...list.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(values).toEqual(['Jan 1, 2026, 5:00 AM', 'Jan 2, 2026, 3:30 PM', 'Jan 2, 2026, 3:30 PM']);
  });
});
