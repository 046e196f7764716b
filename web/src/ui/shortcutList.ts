// What the help dialog lists (HelpDialog.tsx); the handlers live with the screens that own them
// (useShortcuts in shortcuts.ts).
import { msg } from './i18n';

export interface Shortcut {
  keys: string[];
  description: string;
  /** Which of the keys are Todoist's own for the same thing (the help dialog says so). */
  todoist?: string[];
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['n'], description: msg('Add a task') },
  { keys: ['q'], description: msg('Quick add: the add box'), todoist: ['q'] },
  { keys: ['/'], description: msg('Search tasks'), todoist: ['/'] },
  { keys: ['j', 'k'], description: msg('Move to the next / previous task'), todoist: ['j', 'k'] },
  { keys: ['x'], description: msg('Complete or reopen the selected task') },
  { keys: ['e'], description: msg('Rename the selected task in place') },
  { keys: ['o'], description: msg('Open the selected task in the editor') },
  { keys: ['Delete', '#'], description: msg('Delete the selected task') },
  { keys: ['u', 'z'], description: msg('Undo the last completion or delete'), todoist: ['z'] },
  { keys: ['s'], description: msg('Select the focused task (Shift+click a range, Ctrl+click one)') },
  { keys: ['Alt+↑', 'Alt+↓'], description: msg('Move the focused task up / down in your own order') },
  // Nesting follows the reading direction (moves.ts): HelpDialog shows these keys swapped right to left.
  {
    keys: ['Alt+→', 'Alt+←'],
    description: msg('Make the focused task a subtask of the one above / lift it out'),
  },
  { keys: ['1', '2', '3'], description: msg('Show all / pending / completed tasks') },
  {
    keys: ['Alt+←', 'Alt+→', 'Alt+↑', 'Alt+↓'],
    description: msg(
      'In the calendar: move the focused task a day earlier / later, a week earlier / later (month), or half an hour (week)',
    ),
  },
  {
    keys: ['Alt+←', 'Alt+→', 'Alt+↑', 'Alt+↓'],
    description: msg(
      'On a board: move the focused card to the previous / next column, or up / down in its column',
    ),
  },
  { keys: ['?'], description: msg('Show these shortcuts'), todoist: ['?'] },
  { keys: ['Esc'], description: msg('Close a dialog or cancel an edit') },
];
