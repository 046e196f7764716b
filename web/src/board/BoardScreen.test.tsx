import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderWithApp, task } from '../tasks/testing';
import { list, section } from '../test/render';
import { BoardScreen } from './BoardScreen';

const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name},`) });
const moves = (api: ReturnType<typeof fakeApi>) =>
  api.calls.filter((c) => c.path.endsWith('/move')).map((c) => [c.path, c.body]);

function board(role: 'owner' | 'viewer' = 'owner') {
  const api = fakeApi([
    task(1, 'Sketch', { list_id: 7 }),
    task(2, 'Plan', { list_id: 7, section_id: 20, priority: 'high', tags: ['work'] }),
    task(3, 'Build', { list_id: 7, section_id: 20, subtasks: { open: 1, total: 3 } }),
    task(4, 'Shipped', { list_id: 7, section_id: 21, completed: true }),
    task(5, 'A step', { list_id: 7, section_id: 20, parent_id: 3 }),
  ]);
  api.lists = [list(7, 'Launch', { role, open_count: 4 })];
  api.sections = [section(20, 7, 'Doing', { position: 1 }), section(21, 7, 'Done', { position: 2 })];
  renderWithApp(<BoardScreen listId={7} />);
  return api;
}

describe('the board', () => {
  it('shows No section first, then a column per section, with open top-level cards in order', async () => {
    board();
    await screen.findByRole('button', { name: 'Plan' });
    const names = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(names).toEqual([null, 'No section, 1 task', 'Doing, 2 tasks', 'Done, 0 tasks']);
    expect(within(column('No section')).getByRole('button', { name: 'Sketch' })).toBeTruthy();
    const cards = column('Doing').querySelectorAll('.card-title');
    expect([...cards].map((b) => b.textContent)).toEqual(['Plan', 'Build']);
    expect(column('Doing').textContent).toMatch(/High priority.*#work.*Subtasks done: 2\/3/);
    expect(screen.queryByText('Shipped')).toBeNull();
    expect(screen.queryByText('A step')).toBeNull();
    expect(screen.getByRole('link', { name: 'Board' }).getAttribute('aria-current')).toBe('page');
  });

  it('counts open tasks as the sidebar and the list do, subtasks included, and says so', async () => {
    board();
    await screen.findByRole('button', { name: 'Plan' });
    // Three open top-level cards and one open subtask: the list's count, not the cards'.
    expect(screen.getByText(/^4 open/).textContent).toBe('4 open (subtasks included)');
  });

  it('Alt+arrows move a card between and within columns through POST move, announced', async () => {
    const api = board();
    const sketch = await screen.findByRole('button', { name: 'Sketch' });
    sketch.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await waitFor(() =>
      expect(moves(api)).toEqual([['/api/me/tasks/1/move', { section_id: 20, after_id: 3 }]]),
    );
    await within(column('Doing')).findByRole('button', { name: 'Sketch' });
    await waitFor(() => expect(screen.getByText('Moved “Sketch” to “Doing”')).toBeTruthy());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Sketch'));
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() =>
      expect(moves(api).at(-1)).toEqual(['/api/me/tasks/1/move', { section_id: 20, before_id: 3 }]),
    );
    await waitFor(() => expect(screen.getByText('Moved “Sketch” above “Build”')).toBeTruthy());
  });

  it('a column’s quick add adds into its section; completing a card offers Undo', async () => {
    const api = board();
    await screen.findByRole('button', { name: 'Plan' });
    await userEvent.type(screen.getByLabelText('New task in Done'), 'Write notes{Enter}');
    await waitFor(() =>
      expect(api.calls.find((c) => c.path === '/api/me/tasks/quick' && c.method === 'POST')?.body).toEqual({
        text: 'Write notes',
        list_id: 7,
        section_id: 21,
      }),
    );
    await within(column('Done')).findByRole('button', { name: 'Write notes' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Complete: Plan' }));
    await screen.findByText('Completed “Plan”');
    await waitFor(() => expect(within(column('Doing')).queryByRole('button', { name: 'Plan' })).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await within(column('Doing')).findByRole('button', { name: 'Plan' });
  });

  it('a viewer sees the cards without grips, add boxes or moves', async () => {
    const api = board('viewer');
    const plan = await screen.findByRole('button', { name: 'Plan' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.querySelector('.drag-grip')).toBeNull();
    expect((screen.getByRole('checkbox', { name: 'Complete: Plan' }) as HTMLInputElement).disabled).toBe(
      true,
    );
    expect(screen.queryByRole('button', { name: '+ Add section' })).toBeNull();
    plan.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(moves(api)).toEqual([]);
  });
});
