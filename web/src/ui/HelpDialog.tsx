import { Dialog } from './Dialog';
import { SHORTCUTS } from './shortcutList';

/** Quick add's marks, as docs/quick-add.md has them. */
const QUICK_ADD: [string, string][] = [
  ['#Home  #"Side Project"', 'that list (yours or shared), else a label'],
  ['@errands', 'a label'],
  ['/Meetings', "a section of the task's list"],
  ['+sara', 'assign to a member of the shared list'],
  ['p1 … p4  ! !! !!!', 'priority high … none; low, medium, high'],
  ['tomorrow at 5  12/10  next friday', 'due (5 without am/pm: 17:00; 7-11: morning)'],
  ['every weekday until dec 31  for 10 times', 'a repeat and its end'],
  ['remind me 1 hour before  {30m}  {8:00}', 'reminders'],
];

export function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <p className="hint">
        Coming from Todoist? Its keys q (quick add), / (search), j and k (move), z (undo) and ? work here too.
      </p>
      <table className="shortcuts">
        <caption className="visually-hidden">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.description}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>
                {s.description}
                {s.todoist && <span className="hint"> (Todoist's key: {s.todoist.join(' ')})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Quick add</h3>
      <p className="hint">
        One line says it all (more in docs/quick-add.md). Each part read shows as a chip under the box; its ×
        keeps the words in the title instead.
      </p>
      <table className="shortcuts">
        <caption className="visually-hidden">Quick add</caption>
        <tbody>
          {QUICK_ADD.map(([typed, means]) => (
            <tr key={typed}>
              <td>
                <code>{typed}</code>
              </td>
              <td>{means}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
