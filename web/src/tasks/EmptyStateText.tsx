// What an empty view or list says, and for a new person a few lines to try.
import { setSearchParams } from '../app/router';
import type { Scope } from '../app/scope';
import { msg, t, tx } from '../ui/i18n';
import { CLEAR_FILTERS, isNarrowed, type ListFilters } from './filters';

/** Lines a new person can try, each showing one thing quick add reads. */
const EXAMPLES = [
  msg('Call mom tomorrow 5pm #family !high'),
  msg('Pay rent every month on the 1st'),
  msg('Water the plants every 3 days'),
  msg('Read a book'),
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
    text = t('Nothing due today. Add a task with a date (“Call mom today 5pm”), or enjoy the quiet.');
  } else if (scope.kind === 'view' && scope.view === 'inbox' && !isNarrowed(filters)) {
    text = t('Your Inbox is empty: tasks you add without a list land here.');
  } else if (viewer && !isNarrowed(filters)) {
    return <p className="state empty">{t('No tasks in this list yet.')}</p>;
  } else if (scope.kind === 'assigned' && !isNarrowed(filters)) {
    return (
      <p className="state empty">
        {t('Nothing is assigned to you. In a shared list, open a task and pick who does it.')}
      </p>
    );
  } else if (scope.kind === 'list' && !isNarrowed(filters) && status === 'all') {
    text = t('No tasks in this list yet. Type one in the box above: it is added to this list.');
  } else if (isNarrowed(filters)) {
    text = (
      <>
        {filters.q
          ? t('No tasks match “{search}” with these filters.', { search: filters.q })
          : t('No tasks match these filters.')}{' '}
        <button type="button" className="link-button" onClick={() => setSearchParams({ ...CLEAR_FILTERS })}>
          {t('Clear the filters')}
        </button>
      </>
    );
  } else if (status === 'pending') text = t('Nothing pending. Add a task above, or enjoy the quiet.');
  else if (status === 'completed')
    text = t('No completed tasks yet. Tick a task’s checkbox (or press x) to complete it.');
  else text = t('No tasks yet. Type one in the box above and press Enter.');
  if (isNarrowed(filters) || status === 'completed') return <p className="state empty">{text}</p>;
  return (
    <div className="state empty">
      <p>{text}</p>
      <p className="try-heading">{t('Try one of these (it goes in the box, Enter adds it):')}</p>
      <ul className="try-lines">
        {EXAMPLES.map((line) => (
          <li key={line}>
            <button type="button" className="link-button" onClick={() => onTry(t(line))}>
              {t(line)}
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">
        {tx(
          'Dates (“tomorrow 5pm”, “next friday”, “in 3 days”), repeats (“every monday”), {tags} and {high} are read from the line. Press {n} to add, {help} for every shortcut.',
          { tags: <code>#tags</code>, high: <code>!high</code>, n: <kbd>n</kbd>, help: <kbd>?</kbd> },
        )}
      </p>
    </div>
  );
}
