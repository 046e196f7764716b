// What the help dialog lists (HelpDialog.tsx); the handlers live with the screens that own them
// (useShortcuts in shortcuts.ts).

export interface Shortcut {
  keys: string[];
  description: string;
  /** Which of the keys are Todoist's own for the same thing (the help dialog says so). */
  todoist?: string[];
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['n'], description: 'Add a task' },
  { keys: ['q'], description: 'Quick add: the add box', todoist: ['q'] },
  { keys: ['/'], description: 'Search tasks', todoist: ['/'] },
  { keys: ['j', 'k'], description: 'Move to the next / previous task', todoist: ['j', 'k'] },
  { keys: ['x'], description: 'Complete or reopen the selected task' },
  { keys: ['e'], description: 'Rename the selected task in place' },
  { keys: ['o'], description: 'Open the selected task in the editor' },
  { keys: ['Delete', '#'], description: 'Delete the selected task' },
  { keys: ['u', 'z'], description: 'Undo the last completion or delete', todoist: ['z'] },
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
  { keys: ['?'], description: 'Show these shortcuts', todoist: ['?'] },
  { keys: ['Esc'], description: 'Close a dialog or cancel an edit' },
];
