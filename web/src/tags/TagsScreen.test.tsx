import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithApp, task } from '../test/render';
import { TagsScreen } from './TagsScreen';

afterEach(() => vi.unstubAllGlobals());

describe('TagsScreen', () => {
  it('lists tags with counts, renames (saying when it merges) and deletes', async () => {
    const api = fakeApi([
      task(1, 'Buy milk', { tags: ['errands'] }),
      task(2, 'Post letter', { tags: ['errands', 'town'], completed: true }),
    ]);
    renderWithApp(<TagsScreen />);
    await screen.findByText('1 open · 2 in all');
    await userEvent.click(screen.getByRole('button', { name: 'Rename #errands' }));
    const input = screen.getByLabelText('New name for #errands');
    await userEvent.clear(input);
    await userEvent.type(input, 'town');
    expect(screen.getByText(/#town exists/)).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(api.tasks.map((t) => t.tags)).toEqual([['town'], ['town']]));
    expect(api.calls.some((c) => c.method === 'PATCH' && c.path === '/api/me/tags/errands')).toBe(true);

    await screen.findByText('1 open · 2 in all');
    await userEvent.click(screen.getByRole('button', { name: 'Delete #town' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove from 2 tasks' }));
    await screen.findByText(/No tags yet/);
    expect(api.tasks.every((t) => t.tags.length === 0)).toBe(true);
  });
});
