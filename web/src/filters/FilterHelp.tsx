// What the filter language reads (docs/api.md, "Filters"), shown under the filter box when asked
// for; an example applies itself. Loaded only when opened (not in the first load).
import { setSearchParams } from '../app/router';

const TERMS: [string, string][] = [
  ['today, Jan 3, sunday, overdue', 'due that day (your time zone); past due'],
  ['7 days, -3 days, no date, no time', 'due within the week; overdue by 3 days at most; no date; no time'],
  [
    'due before: Dec 12, date after: next week, due: tomorrow',
    'any date quick add reads, or +4 hours, -2 days from now',
  ],
  ['deadline before: Dec 12, no deadline', 'by the task’s deadline'],
  ['completed: today, completed after: -7 days', 'finished then, by the time it was finished'],
  ['p1 … p4', 'priority high, medium, low, none'],
  ['@label, no labels', 'has the tag (@work* for any tag starting work); has none'],
  ['#List, /Section', 'in that list (#Inbox: no list); in that section'],
  ['assigned to: me, assigned to: others', 'in shared lists; or a member’s name'],
  ['search: words', 'in the title or description, typos tolerated'],
  ['recurring, subtask', 'repeats; is a subtask'],
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
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p>
        Combine with <code>&amp;</code> (and), <code>|</code> (or), <code>!</code> (not) and parentheses. Try:
      </p>
      <ul className="filter-help-examples">
        {EXAMPLES.map((example) => (
          <li key={example}>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => setSearchParams({ filter: example })}
            >
              {example}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
