import { Dialog } from './Dialog';
import { msg, t } from './i18n';
import { SHORTCUTS } from './shortcutList';

/** Quick add's marks, as docs/quick-add.md has them. */
const QUICK_ADD: [string, string][] = [
  ['#Home  #"Side Project"', msg('that list (yours or shared), else a label')],
  ['@errands', msg('a label')],
  ['/Meetings', msg("a section of the task's list")],
  ['+sara', msg('assign to a member of the shared list')],
  ['p1 … p4  ! !! !!!', msg('priority high … none; low, medium, high')],
  ['tomorrow at 5  12/10  next friday', msg('due (5 without am/pm: 17:00; 7-11: morning)')],
  ['every weekday until dec 31  for 10 times', msg('a repeat and its end')],
  ['remind me 1 hour before  {30m}  {8:00}', msg('reminders')],
];

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const rtl = document.documentElement.dir === 'rtl';
  return (
    <Dialog title={t('Keyboard shortcuts')} onClose={onClose}>
      <p className="hint">
        {t(
          'Coming from Todoist? Its keys q (quick add), / (search), j and k (move), z (undo) and ? work here too.',
        )}
      </p>
      <table className="shortcuts">
        <caption className="visually-hidden">{t('Keyboard shortcuts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Key')}</th>
            <th scope="col">{t('Does')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.description}>
              <td>
                {(rtl && s.keys[0] === 'Alt+→' && s.keys.length === 2 ? [...s.keys].reverse() : s.keys).map(
                  (k, i) => (
                    <span key={k}>
                      {i > 0 && ' '}
                      <kbd>{k}</kbd>
                    </span>
                  ),
                )}
              </td>
              <td>
                {t(s.description)}
                {s.todoist && (
                  <span className="hint"> {t("(Todoist's key: {keys})", { keys: s.todoist.join(' ') })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('Quick add')}</h3>
      <p className="hint">
        {t(
          'One line says it all (more in docs/quick-add.md). Each part read shows as a chip under the box; its × keeps the words in the title instead.',
        )}
      </p>
      <table className="shortcuts">
        <caption className="visually-hidden">{t('Quick add')}</caption>
        <tbody>
          {QUICK_ADD.map(([typed, means]) => (
            <tr key={typed}>
              <td>
                <code>{typed}</code>
              </td>
              <td>{t(means)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('Close')}
        </button>
      </div>
    </Dialog>
  );
}
