// The Admin screen's log of every administrator action, each in words.
import { useId } from 'react';
import { useTimeZone } from '../settings/api';
import { ErrorText } from '../settings/Section';
import { instantText } from '../ui/time';
import { type AdminAction, useAdminActions } from './api';

export function ActionLog() {
  const headingId = useId();
  const actions = useAdminActions();
  const timeZone = useTimeZone();
  const rows = actions.data?.pages.flatMap((page) => page.actions) ?? [];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Log</h2>
      <p className="hint">Every administrator action, newest first.</p>
      {actions.isPending && <p role="status">Loading the log…</p>}
      <ErrorText error={actions.error} />
      {actions.data && rows.length === 0 && <p className="hint">No administrator action yet.</p>}
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
          {actions.isFetchingNextPage ? 'Loading…' : 'Show more of the log'}
        </button>
      )}
    </section>
  );
}

/** One line of the log in words: "ann@example.com disabled bob@example.com". */
export function describeAction(entry: AdminAction): string {
  const actor = entry.actor_id === 'cli' ? 'The command line' : (entry.actor_email ?? entry.actor_id);
  const target = entry.target_email ?? entry.target_id;
  switch (entry.action) {
    case 'disable':
      return `${actor} disabled ${target}`;
    case 'enable':
      return `${actor} enabled ${target}`;
    case 'password-reset':
      return `${actor} sent a password reset link to ${target}`;
    case 'verification':
      return `${actor} sent a verification link to ${target}`;
    case 'make-admin':
      return `${actor} made ${target} an administrator`;
    case 'unmake-admin':
      return `${actor} removed ${target} as administrator`;
    case 'delete':
      return `${actor} deleted ${target}${listsOutcome(entry.detail)}`;
    case 'backup':
      return `${actor} wrote the backup ${target}`;
    case 'signup-mode':
      return `${actor} set sign-up to ${String(entry.detail.mode ?? 'SIGNUP')}`;
    case 'invite':
      return `${actor} made an invitation link${entry.detail.note ? ` for ${String(entry.detail.note)}` : ''}`;
    case 'revoke-invitation':
      return `${actor} revoked ${target.replace('invitation:', 'invitation ')}`;
    case 'server-model':
      return `${actor} set the assistant's model to ${String(entry.detail.model ?? 'the environment’s')}`;
  }
}

function listsOutcome(detail: Record<string, unknown>): string {
  // The deletion's log row: { shared_lists: 'transfer' | 'delete', lists: [{ list_id, outcome, to }] }.
  const lists = Array.isArray(detail.lists) ? (detail.lists as { outcome?: string }[]) : [];
  if (lists.length === 0) return '';
  const handed = lists.filter((l) => l.outcome === 'transferred').length;
  const deleted = lists.length - handed;
  const parts = [handed ? `${handed} handed on` : '', deleted ? `${deleted} deleted` : ''].filter(Boolean);
  return ` (shared ${lists.length === 1 ? 'list' : 'lists'}: ${parts.join(', ')})`;
}
