// What waits in the outbox: a count while changes are not yet on the server, and each one the
// server would not take (changed or deleted elsewhere, refused), with the choice to send it anyway
// or drop it. Nothing made offline disappears without the person seeing it.
import { useQueryClient } from '@tanstack/react-query';
import { msg, t } from '../ui/i18n';
import { discard, type OutboxEntry, overwrite, useOutbox } from './outbox';
import { sendSoon } from './sync';

const WHAT: Record<OutboxEntry['write']['kind'], string> = {
  create: msg('Adding “{title}”'),
  quick: msg('Adding “{title}”'),
  complete: msg('Completing “{title}”'),
  update: msg('Changing “{title}”'),
  move: msg('Moving “{title}”'),
  delete: msg('Deleting “{title}”'),
};

function describe(entry: OutboxEntry): string {
  const what =
    entry.write.kind === 'complete' && !entry.write.completed
      ? msg('Reopening “{title}”')
      : WHAT[entry.write.kind];
  return t(what, { title: entry.title });
}

export function PendingChanges() {
  const entries = useOutbox();
  const qc = useQueryClient();
  const waiting = entries.filter((e) => !e.problem).length;
  const problems = entries.filter((e) => e.problem);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['tasks'] });
  return (
    <div className="pending-changes">
      <div role="status">
        {waiting > 0 && (
          <p className="notice">
            {t(
              '{count, plural, one {# change waits} other {# changes wait}} to be sent; they go to the server when it answers again.',
              { count: waiting },
            )}
          </p>
        )}
      </div>
      {problems.length > 0 && (
        <section className="notice notice-error" aria-label={t('Changes not saved')}>
          <p>
            {problems.length === 1
              ? t('A change made offline was not saved:')
              : t('Changes made offline were not saved:')}
          </p>
          <ul>
            {problems.map((entry) => (
              <li key={entry.id}>
                {describe(entry)}: {entry.problem?.message}.{' '}
                {entry.problem?.kind === 'conflict' && entry.write.kind !== 'create' && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      overwrite(entry.id);
                      sendSoon();
                    }}
                  >
                    {t('Save mine anyway')}
                  </button>
                )}{' '}
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => {
                    discard(entry.id);
                    refresh();
                  }}
                >
                  {t('Discard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
