// Sections in a list's view, and folding subtasks: headings, folding remembered per list, add,
// rename, move, delete, the editor's Section select; each change announced.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { list, section } from '../test/render';
import { TaskEditor } from './TaskEditor';
import { TasksScreen } from './TasksScreen';
import { fakeApi, renderWithApp, task } from './testing';

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/lists/7');
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const titles = () => screen.queryAllByRole('button', { name: /^Rename [^s]/ }).map((b) => b.textContent);
/** The task list's rows in order: a task's id, or a section's name. */
const rows = () =>
  [...document.querySelectorAll<HTMLElement>('#task-rows > li')].flatMap((li) => {
    const heading = li.querySelector('.section-title')?.textContent;
    return li.dataset.taskId ?? (heading ? [/^[▾▸]?([^,]*)/.exec(heading)?.[1]] : []);
  });
const announced = () =>
  document.querySelector('.visually-hidden[aria-live="polite"]:not(.counts)')?.textContent;

function home() {
  const api = fakeApi([
    task(1, 'Loose', { list_id: 7 }),
    task(2, 'Wash up', { list_id: 7, section_id: 70 }),
    task(3, 'Dry', { list_id: 7, section_id: 70, parent_id: 2, position: 10 }),
    task(4, 'Weed', { list_id: 7, section_id: 71 }),
  ]);
  api.tasks.find((t) => t.id === 2)!.subtasks = { open: 1, total: 1 };
  api.lists = [list(7, 'Home')];
  api.sections = [section(70, 7, 'Kitchen'), section(71, 7, 'Garden')];
  return api;
}

describe('a list with sections', () => {
  it('shows the tasks in no section first, then each section under its heading, in order', async () => {
    home();
    renderWithApp(<TasksScreen />);
    const kitchen = await screen.findByRole('button', { name: /^Kitchen/ });
    expect(kitchen.getAttribute('aria-expanded')).toBe('true');
    expect(titles()).toEqual(['Loose', 'Wash up', 'Dry', 'Weed']);
    // One list of rows (virtualized): each section's heading, then its tasks.
    expect(rows()).toEqual(['1', 'Kitchen', '2', '3', 'Garden', '4']);
    expect(kitchen.textContent).toContain('2');
  });

  it('folds a section, says so, and remembers it for the list on this device', async () => {
    home();
    const first = renderWithApp(<TasksScreen />);
    const kitchen = await screen.findByRole('button', { name: /^Kitchen/ });
    await userEvent.click(kitchen);
    expect(kitchen.getAttribute('aria-expanded')).toBe('false');
    expect(titles()).toEqual(['Loose', 'Weed']);
    expect(rows()).toEqual(['1', 'Kitchen', 'Garden', '4']);
    expect(document.getElementById(kitchen.getAttribute('aria-controls')!)?.id).toBe('task-rows');
    expect(announced()).toBe('Hiding the tasks of “Kitchen”');
    first.unmount();
    home();
    renderWithApp(<TasksScreen />);
    const again = await screen.findByRole('button', { name: /^Kitchen/ });
    expect(again.getAttribute('aria-expanded')).toBe('false');
    expect(titles()).toEqual(['Loose', 'Weed']);
    // By keyboard: Enter on the heading's button unfolds it.
    again.focus();
    await userEvent.keyboard('{Enter}');
    expect(again.getAttribute('aria-expanded')).toBe('true');
    expect(titles()).toEqual(['Loose', 'Wash up', 'Dry', 'Weed']);
  });

  it('adds, renames, moves and deletes sections', async () => {
    const api = home();
    renderWithApp(<TasksScreen />);
    await userEvent.click(await screen.findByRole('button', { name: '+ Add section' }));
    await userEvent.type(screen.getByLabelText('New section name'), 'Porch{Enter}');
    await screen.findByRole('button', { name: /^Porch/ });
    expect(api.sections.map((s) => s.name)).toEqual(['Kitchen', 'Garden', 'Porch']);
    expect(announced()).toBe('Added section “Porch”');

    await userEvent.click(screen.getByRole('button', { name: 'Rename section Garden' }));
    const input = screen.getByLabelText('Section name');
    await userEvent.clear(input);
    await userEvent.type(input, 'Yard{Enter}');
    await screen.findByRole('button', { name: /^Yard/ });
    expect(screen.getByRole('button', { name: /^Yard/ })).toBe(document.activeElement);

    expect(screen.getByRole('button', { name: 'Move section Kitchen up' })).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('button', { name: 'Move section Kitchen down' }));
    await waitFor(() => expect(rows()).toEqual(['1', 'Yard', '4', 'Kitchen', '2', '3', 'Porch']));
    expect(announced()).toBe('Moved section “Kitchen” below “Yard”');

    await userEvent.click(screen.getByRole('button', { name: 'Delete section Kitchen' }));
    await screen.findByText('Deleted section “Kitchen”; its tasks stay in the list');
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Kitchen/ })).toBeNull());
    expect(api.tasks.find((t) => t.id === 2)?.section_id).toBeNull();
    await waitFor(() => expect(titles()).toEqual(['Loose', 'Wash up', 'Dry', 'Weed']));
  });

  it('a viewer sees the headings but no way to change them', async () => {
    const api = home();
    api.lists = [list(7, 'Home', { role: 'viewer' })];
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: /^Kitchen/ });
    expect(screen.queryByRole('button', { name: /Rename section/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '+ Add section' })).toBeNull();
  });
});

describe('subtasks fold under their parent', () => {
  it('with a button that says whether they show (aria-expanded), by mouse or keyboard', async () => {
    home();
    renderWithApp(<TasksScreen />);
    const toggle = await screen.findByRole('button', { name: 'Hide the subtasks of Wash up' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryByRole('button', { name: /subtasks of (Loose|Dry|Weed)/ })).toBeNull();
    await userEvent.click(toggle);
    expect(titles()).toEqual(['Loose', 'Wash up', 'Weed']);
    const shown = screen.getByRole('button', { name: 'Show the subtasks of Wash up' });
    expect(shown.getAttribute('aria-expanded')).toBe('false');
    expect(announced()).toBe('Hiding the subtasks of “Wash up”');
    shown.focus();
    await userEvent.keyboard(' ');
    expect(titles()).toEqual(['Loose', 'Wash up', 'Dry', 'Weed']);
  });
});

describe('the task editor', () => {
  it('puts a task in a section of its list, or in none', async () => {
    const api = home();
    renderWithApp(<TaskEditor taskId={1} onClose={() => {}} />);
    const select = await screen.findByRole('combobox', { name: 'Section' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['No section', 'Kitchen', 'Garden']);
    await userEvent.selectOptions(select, 'Garden');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.tasks.find((t) => t.id === 1)?.section_id).toBe(71));
    const patch = api.calls.find((c) => c.method === 'PATCH' && c.path === '/api/me/tasks/1');
    expect(patch?.body).toEqual({ section_id: 71 });
  });

  it('shows no section choice for a subtask (it is in its parent’s)', async () => {
    home();
    renderWithApp(<TaskEditor taskId={3} onClose={() => {}} />);
    await screen.findByRole('combobox', { name: 'List' });
    expect(screen.queryByRole('combobox', { name: 'Section' })).toBeNull();
  });
});
