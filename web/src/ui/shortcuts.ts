// Single-key shortcuts for the whole page. They never fire while someone types in a field,
// holds a modifier, or has a dialog open, so they cannot get in the way.
import { useEffect, useRef } from 'react';

export interface Shortcut {
  keys: string[];
  description: string;
}

/** What the help dialog lists; the handlers live with the screens that own them. */
export const SHORTCUTS: Shortcut[] = [
  { keys: ['n'], description: 'Add a task' },
  { keys: ['/'], description: 'Search tasks' },
  { keys: ['j', 'k'], description: 'Move to the next / previous task' },
  { keys: ['x'], description: 'Complete or reopen the selected task' },
  { keys: ['e'], description: 'Rename the selected task in place' },
  { keys: ['o'], description: 'Open the selected task in the editor' },
  { keys: ['Delete', '#'], description: 'Delete the selected task' },
  { keys: ['u'], description: 'Undo the last completion or delete' },
  { keys: ['s'], description: 'Select the focused task (Shift+click a range, Ctrl+click one)' },
  { keys: ['Alt+↑', 'Alt+↓'], description: 'Move the focused task up / down in your own order' },
  { keys: ['Alt+→', 'Alt+←'], description: 'Make the focused task a subtask of the one above / lift it out' },
  { keys: ['1', '2', '3'], description: 'Show all / pending / completed tasks' },
  {
    keys: ['Alt+←', 'Alt+→', 'Alt+↑', 'Alt+↓'],
    description:
      'In the calendar: move the focused task a day earlier / later, a week earlier / later (month), or half an hour (week)',
  },
  {
    keys: ['Alt+←', 'Alt+→', 'Alt+↑', 'Alt+↓'],
    description:
      'On a board: move the focused card to the previous / next column, or up / down in its column',
  },
  { keys: ['?'], description: 'Show these shortcuts' },
  { keys: ['Esc'], description: 'Close a dialog or cancel an edit' },
];

const TEXT_INPUTS = new Set([
  'text',
  'email',
  'password',
  'search',
  'number',
  'date',
  'datetime-local',
  'url',
  'tel',
]);

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

export function useShortcuts(handlers: Record<string, (event: KeyboardEvent) => void>): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const handler = current.current[event.key];
      if (handler) {
        event.preventDefault();
        handler(event);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
