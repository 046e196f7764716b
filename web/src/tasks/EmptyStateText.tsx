// What an empty view or list says, and for a new person a few lines to try.
import { setSearchParams } from '../app/router';
import type { Scope } from '../app/scope';
import { CLEAR_FILTERS, isNarrowed, type ListFilters } from './filters';

/** Lines a new person can try, each showing one thing quick add reads. */
const EXAMPLES = [
  'Call mom tomorrow 5pm #family !high',
  'Pay rent every month on the 1st',
  'Water the plants every 3 days',
  'Read a book',
];

/** What an empty view or list says; where nothing narrows it, a few lines to try and the syntax. */
export interface EmptyStateProps {
  filters: ListFilters;
  scope: Scope;
  viewer: boolean;
  onTry: (line: string) => void;
}

export function EmptyStateText({ filters, scope, viewer, onTry }: EmptyStateProps) {
  let text: React.ReactNode;
  const { status } = filters;
  if (scope.kind === 'view' && scope.view === 'today' && !isNarrowed(filters)) {
    text = 'Nothing due today. Add a task with a date (“Call mom today 5pm”), or enjoy the quiet.';
  } else if (scope.kind === 'view' && scope.view === 'inbox' && !isNarrowed(filters)) {
    text = 'Your Inbox is empty: tasks you add without a list land here.';
  } else if (viewer && !isNarrowed(filters)) {
    return <p className="state empty">No tasks in this list yet.</p>;
  } else if (scope.kind === 'assigned' && !isNarrowed(filters)) {
    return (
      <p className="state empty">
        Nothing is assigned to you. In a shared list, open a task and pick who does it.
      </p>
    );
  } else if (scope.kind === 'list' && !isNarrowed(filters) && status === 'all') {
    text = 'No tasks in this list yet. Type one in the box above: it is added to this list.';
  } else if (isNarrowed(filters)) {
    text = (
      <>
        {filters.q ? `No tasks match “${filters.q}” with these filters.` : 'No tasks match these filters.'}{' '}
        <button type="button" className="link-button" onClick={() => setSearchParams({ ...CLEAR_FILTERS })}>
          Clear the filters
        </button>
      </>
    );
  } else if (status === 'pending') text = 'Nothing pending. Add a task above, or enjoy the quiet.';
  else if (status === 'completed')
    text = 'No completed tasks yet. Tick a task’s checkbox (or press x) to complete it.';
  else text = 'No tasks yet. Type one in the box above and press Enter.';
  if (isNarrowed(filters) || status === 'completed') return <p className="state empty">{text}</p>;
  return (
    <div className="state empty">
      <p>{text}</p>
      <p className="try-heading">Try one of these (it goes in the box, Enter adds it):</p>
      <ul className="try-lines">
        {EXAMPLES.map((line) => (
          <li key={line}>
            <button type="button" className="link-button" onClick={() => onTry(line)}>
              {line}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">
        Dates (“tomorrow 5pm”, “next friday”, “in 3 days”), repeats (“every monday”), <code>#tags</code> and{' '}
        <code>!high</code> are read from the line. Press <kbd>n</kbd> to add, <kbd>?</kbd> for every shortcut.
      </p>
    </div>
  );
}
