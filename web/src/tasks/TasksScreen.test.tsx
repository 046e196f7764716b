import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_MS } from './deletes';
import { SORT_LABELS, TasksScreen } from './TasksScreen';
import { fakeApi, renderWithApp, task } from './testing';

// These are about every task (/all); Today, the landing view, has its own tests in the browser suite.
beforeEach(() => window.history.replaceState(null, '', '/all'));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const titles = () => screen.queryAllByRole('button', { name: /^Rename / }).map((b) => b.textContent);

describe('TasksScreen', () => {
  it('says what to do when there are no tasks, and adds one from the one-line form', async () => {
    const api = fakeApi();
    renderWithApp(<TasksScreen />);
    expect(screen.getByText('Loading your tasks…').getAttribute('role')).toBe('status');
    await screen.findByText(/No tasks yet\. Type one in the box above/);
    await userEvent.type(screen.getByLabelText('New task'), 'Buy milk{Enter}');
    expect(titles()).toEqual(['Buy milk']); // shown before the server answers
    await waitFor(() => expect(api.tasks.map((t) => t.title)).toEqual(['Buy milk']));
    expect(screen.getByLabelText('New task')).toHaveProperty('value', '');
  });

  it('shows the counts and completes a task optimistically', async () => {
    const api = fakeApi([task(2, 'Write report'), task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await screen.findByText('2 pending · 0 completed');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Complete: Buy milk' }));
    expect(screen.getByText('1 pending · 1 completed')).toBeDefined();
    await waitFor(() => expect(api.tasks.find((t) => t.id === 1)?.completed).toBe(true));
    expect(api.calls.some((c) => c.method === 'PATCH' && c.path === '/api/me/tasks/1/complete')).toBe(true);
  });

  it('completes from a tap beside the checkbox: the label around it is its larger target', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    const box = await screen.findByRole('checkbox', { name: 'Complete: Buy milk' });
    const target = box.closest('label');
    expect(target?.className).toBe('task-check-target');
    await userEvent.click(target!);
    await waitFor(() => expect(api.tasks.find((t) => t.id === 1)?.completed).toBe(true));
    // It moved to the Completed part below, folded.
    expect(screen.queryByRole('checkbox', { name: /Buy milk/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Completed (1)' })).toBeDefined();
  });

  it('deletes with Undo: undone, no DELETE is ever sent', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Buy milk' }));
    expect(titles()).toEqual([]);
    const toast = screen.getByText('Deleted “Buy milk”').parentElement!;
    await userEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    expect(titles()).toEqual(['Buy milk']);
    expect(api.calls.filter((c) => c.method === 'DELETE')).toEqual([]);
  });

  it('deletes for real once the undo time is over', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = fakeApi([task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Buy milk' }));
    await act(async () => {
      vi.advanceTimersByTime(UNDO_MS + 10);
    });
    await waitFor(() => expect(api.tasks).toEqual([]));
    expect(api.calls.some((c) => c.method === 'DELETE' && c.path === '/api/me/tasks/1')).toBe(true);
  });

  it('renames in place with Enter, and Escape cancels', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Rename Buy milk' }));
    await userEvent.clear(screen.getByLabelText('Task title'));
    await userEvent.type(screen.getByLabelText('Task title'), 'Buy oat milk{Enter}');
    expect(titles()).toEqual(['Buy oat milk']);
    await waitFor(() => expect(api.tasks[0]?.title).toBe('Buy oat milk'));
    await userEvent.click(screen.getByRole('button', { name: 'Rename Buy oat milk' }));
    await userEvent.type(screen.getByLabelText('Task title'), ' never{Escape}');
    expect(titles()).toEqual(['Buy oat milk']);
  });

  it('tells the person what went wrong and offers to try again', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    api.failLists = 500;
    renderWithApp(<TasksScreen />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load your tasks');
    api.failLists = null;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: 'Rename Buy milk' });
  });

  it('filters by status through the address, so a reload keeps it', async () => {
    const api = fakeApi([task(2, 'Write report'), task(1, 'Buy milk', { completed: true })]);
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Write report' });
    // The status filter's Completed (not the Completed part's "Completed (1)").
    await userEvent.click(screen.getByRole('button', { name: /^Completed ?\d*$/ }));
    await waitFor(() => expect(titles()).toEqual(['Buy milk']));
    expect(window.location.search).toBe('?status=completed');
    expect(api.calls.at(-1)?.path).toContain('status=completed');
  });

  it('moves with j/k and completes with x', async () => {
    const api = fakeApi([task(2, 'Write report'), task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    await userEvent.keyboard('jj');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Complete: Buy milk' }));
    await userEvent.keyboard('k');
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Complete: Write report' }));
    await userEvent.keyboard('x');
    await waitFor(() => expect(api.tasks.find((t) => t.id === 2)?.completed).toBe(true));
  });

  it('offers every sort the API has, in words', () => {
    expect(Object.keys(SORT_LABELS)).toEqual(
      expect.arrayContaining(['-created', '-title', '-updated', 'created', 'title', 'updated']),
    );
  });
});

describe('TasksScreen: organising', () => {
  it('previews what quick add recognised, then creates through quick add', async () => {
    const api = fakeApi();
    renderWithApp(<TasksScreen />);
    await screen.findByText(/No tasks yet/);
    await userEvent.type(screen.getByLabelText('New task'), 'Call mom #family !high');
    const preview = document.getElementById('new-task-preview')!;
    await waitFor(() => expect(preview.textContent).toContain('Label family'));
    expect(preview.textContent).toContain('High priority');
    expect(within(preview).getByText('Call mom')).toBeDefined();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(api.tasks.map((t) => t.title)).toEqual(['Call mom']));
    expect(api.calls.some((c) => c.method === 'POST' && c.path === '/api/me/tasks/quick')).toBe(true);
    await screen.findByRole('button', { name: 'Rename Call mom' });
    expect(screen.getByText(/High/, { selector: '.priority' }).textContent).toContain('High priority');
  });

  it('shows each part read as a chip; a removed chip (keyboard) puts its text back in the title', async () => {
    const api = fakeApi();
    renderWithApp(<TasksScreen />);
    await screen.findByText(/No tasks yet/);
    await userEvent.type(
      screen.getByLabelText('New task'),
      'Read Dune every monday until dec 31 {{1h} p2 @books',
    );
    const preview = document.getElementById('new-task-preview')!;
    await waitFor(() => expect(preview.textContent).toContain('Repeats every week on Monday'));
    for (const part of ['Label books', 'Medium priority', 'Reminder 1 hour before', 'until'])
      expect(preview.textContent).toContain(part);
    expect(within(preview).getByText('Read Dune')).toBeDefined();
    // The repeat chip's × by keyboard: its words go back into the title, the other chips stay.
    const remove = within(preview).getByRole('button', { name: /every monday/ });
    remove.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(preview).getByText('Read Dune every monday until dec 31')).toBeDefined(),
    );
    expect(preview.textContent).not.toContain('Repeats');
    expect(preview.textContent).toContain('Label books');
    screen.getByLabelText('New task').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(api.tasks.map((t) => t.title)).toEqual(['Read Dune every monday until dec 31']),
    );
  });

  it('searches on the server once typing pauses', async () => {
    const api = fakeApi([task(2, 'Write report'), task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    await userEvent.type(screen.getByLabelText('Search tasks'), 'milk');
    await waitFor(() => expect(titles()).toEqual(['Buy milk']));
    const searches = api.calls.filter((c) => c.path.includes('q='));
    expect(searches.every((c) => c.path.includes('q=milk'))).toBe(true); // one request, not one per key
    expect(window.location.search).toBe('?q=milk');
    expect(screen.getByLabelText('Sort')).toHaveProperty('value', 'relevance');
  });

  it('filters by priority and by a tag chip, in the address', async () => {
    const api = fakeApi([
      task(3, 'Pay rent', { priority: 'high', tags: ['bills'] }),
      task(2, 'Water plants', { tags: ['home'] }),
      task(1, 'Buy milk', { priority: 'low' }),
    ]);
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    // Folded away (and not loaded) until the Filters button opens it.
    expect(screen.queryByRole('button', { name: 'High priority' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    await userEvent.click(await screen.findByRole('button', { name: 'High priority' }));
    await waitFor(() => expect(titles()).toEqual(['Pay rent']));
    expect(window.location.search).toBe('?priority=high');
    expect(api.calls.at(-1)?.path).toContain('priority=high');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(titles()).toHaveLength(3));
    await userEvent.click(screen.getByRole('button', { name: '#home' }));
    await waitFor(() => expect(titles()).toEqual(['Water plants']));
    expect(window.location.search).toBe('?tag=home');
    expect(screen.getByRole('button', { name: /#home \(remove tag filter\)/ })).toBeDefined();
  });
});
