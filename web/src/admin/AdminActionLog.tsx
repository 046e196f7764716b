// The Admin screen's log of every administrator action, each in words.
import { useId } from 'react';
import { useTimeZone } from '../settings/api';
import { ErrorText } from '../settings/Section';
import { t } from '../ui/i18n';
import { instantText } from '../ui/time';
import { type AdminAction, useAdminActions } from './api';

export function ActionLog() {
  const headingId = useId();
  const actions = useAdminActions();
  const timeZone = useTimeZone();
  const rows = actions.data?.pages.flatMap((page) => page.actions) ?? [];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('Log')}</h2>
      <p className="hint">{t('Every administrator action, newest first.')}</p>
      {actions.isPending && <p role="status">{t('Loading the log…')}</p>}
      <ErrorText error={actions.error} />
      {actions.data && rows.length === 0 && <p className="hint">{t('No administrator action yet.')}</p>}
      {rows.length > 0 && (
        <ol className="rows admin-log" aria-labelledby={headingId}>
          {rows.map((entry) => (
            <li key={entry.id} className="row">
              <span>{describeAction(entry)}</span>
              <time className="hint" dateTime={entry.at}>
                {instantText(entry.at, timeZone)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {actions.hasNextPage && (
        <button
          type="button"
          className="button load-more"
          disabled={actions.isFetchingNextPage}
          onClick={() => actions.fetchNextPage()}
        >
          {actions.isFetchingNextPage ? t('Loading…') : t('Show more of the log')}
        </button>
      )}
    </section>
  );
}

/** One line of the log in words: "ann@example.com disabled bob@example.com". */
export function describeAction(entry: AdminAction): string {
  const actor = entry.actor_id === 'cli' ? t('The command line') : (entry.actor_email ?? entry.actor_id);
  const target = entry.target_email ?? entry.target_id;
  switch (entry.action) {
    case 'disable':
      return t('{actor} disabled {target}', { actor, target });
    case 'enable':
      return t('{actor} enabled {target}', { actor, target });
    case 'password-reset':
      return t('{actor} sent a password reset link to {target}', { actor, target });
    case 'verification':
      return t('{actor} sent a verification link to {target}', { actor, target });
    case 'make-admin':
      return t('{actor} made {target} an administrator', { actor, target });
    case 'unmake-admin':
      return t('{actor} removed {target} as administrator', { actor, target });
    case 'delete':
      return `${t('{actor} deleted {target}', { actor, target })}${listsOutcome(entry.detail)}`;
    case 'backup':
      return t('{actor} wrote the backup {target}', { actor, target });
    case 'signup-mode':
      return t('{actor} set sign-up to {mode}', { actor, mode: String(entry.detail.mode ?? 'SIGNUP') });
    case 'invite':
      return entry.detail.note
        ? t('{actor} made an invitation link for {note}', { actor, note: String(entry.detail.note) })
        : t('{actor} made an invitation link', { actor });
    case 'revoke-invitation':
      return t('{actor} revoked {target}', {
        actor,
        target: target.replace('invitation:', `${t('invitation')} `),
      });
    case 'server-model':
      return t("{actor} set the assistant's model to {model}", {
        actor,
        model: String(entry.detail.model ?? t('the environment’s')),
      });
  }
}

function listsOutcome(detail: Record<string, unknown>): string {
  // The deletion's log row: { shared_lists: 'transfer' | 'delete', lists: [{ list_id, outcome, to }] }.
  const lists = Array.isArray(detail.lists) ? (detail.lists as { outcome?: string }[]) : [];
  if (lists.length === 0) return '';
  const handed = lists.filter((l) => l.outcome === 'transferred').length;
  const deleted = lists.length - handed;
  const parts = [
    handed ? t('{count} handed on', { count: handed }) : '',
    deleted ? t('{count} deleted', { count: deleted }) : '',
  ].filter(Boolean);
  return ` (${t('{count, plural, one {shared list} other {shared lists}}: {parts}', { count: lists.length, parts: parts.join(t(', ')) })})`;
}
