// What the filter language reads (docs/api.md, "Filters"), shown under the filter box when asked
// for; an example applies itself. Loaded only when opened (not in the first load).
import { setSearchParams } from '../app/router';
import { msg, t } from '../ui/i18n';

const TERMS: [string, string][] = [
  ['today, Jan 3, sunday, overdue', msg('due that day (your time zone); past due')],
  [
    '7 days, -3 days, no date, no time',
    msg('due within the week; overdue by 3 days at most; no date; no time'),
  ],
  [
    'due before: Dec 12, date after: next week, due: tomorrow',
    msg('any date quick add reads, or +4 hours, -2 days from now'),
  ],
  ['deadline before: Dec 12, no deadline', msg('by the task’s deadline')],
  ['completed: today, completed after: -7 days', msg('finished then, by the time it was finished')],
  ['p1 … p4', msg('priority high, medium, low, none')],
  ['@label, no labels', msg('has the tag (@work* for any tag starting work); has none')],
  ['#List, /Section', msg('in that list (#Inbox: no list); in that section')],
  ['assigned to: me, assigned to: others', msg('in shared lists; or a member’s name')],
  ['search: words', msg('in the title or description, typos tolerated')],
  ['recurring, subtask', msg('repeats; is a subtask')],
];

const EXAMPLES = ['(today | overdue) & #Work', '7 days & !@waiting & (p1 | p2)', 'completed: today'];

export default function FilterHelp() {
  return (
    <div className="filter-help-body">
      <dl>
        {TERMS.map(([term, meaning]) => (
          <div key={term}>
            <dt>
              <code>{term}</code>
            </dt>
            <dd>{t(meaning)}</dd>
          </div>
        ))}
      </dl>
      <p>
        {t('Combine with')} <code>&amp;</code> {t('(and),')} <code>|</code> {t('(or),')} <code>!</code>{' '}
        {t('(not) and parentheses. Try:')}
      </p>
      <ul className="filter-help-examples">
        {EXAMPLES.map((example) => (
          <li key={example}>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => setSearchParams({ filter: example })}
            >
              <code>{example}</code>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
