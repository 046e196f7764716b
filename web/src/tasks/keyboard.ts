// The task list's single-key shortcuts (the help dialog lists them: ui/shortcuts.ts): move between
// rows, complete, edit, open, delete, undo, pick for a bulk action, switch the status shown.
import type { RefObject } from 'react';
import type { Task } from '../api/types';
import { setSearchParams } from '../app/router';
import { useShortcuts } from '../ui/shortcuts';
import { focusNextRow, selectedTask } from './rowFocus';

export function useTaskShortcuts({
  byId,
  addInput,
  searchInput,
  toggleDone,
  edit,
  open,
  remove,
  undo,
  select,
}: {
  byId: (id: number) => Task | undefined;
  addInput: RefObject<HTMLInputElement | null>;
  searchInput: RefObject<HTMLInputElement | null>;
  toggleDone: (task: Task) => void;
  /** Edits the title in place. */
  edit: (task: Task) => void;
  /** Opens the editor. */
  open: (task: Task) => void;
  remove: (task: Task) => void;
  undo: () => void;
  select: (task: Task) => void;
}) {
  const on = (act: (task: Task) => void) => () => {
    const task = selectedTask(byId);
    if (task) act(task);
  };
  const next = () => focusNextRow(1);
  const previous = () => focusNextRow(-1);
  useShortcuts({
    n: () => addInput.current?.focus(),
    // Todoist's quick add key.
    q: () => addInput.current?.focus(),
    '/': () => searchInput.current?.focus(),
    j: next,
    k: previous,
    ArrowDown: next,
    ArrowUp: previous,
    x: on(toggleDone),
    e: on(edit),
    o: on(open),
    Delete: on(remove),
    '#': on(remove),
    u: undo,
    z: undo,
    s: on(select),
    // Pending is the default: open tasks, the completed ones in the Completed part below.
    '1': () => setSearchParams({ status: 'all' }),
    '2': () => setSearchParams({ status: null }),
    '3': () => setSearchParams({ status: 'completed' }),
  });
}
