// The inbox: what others did that concerns you, unread first; each opens its task (or its list) and
// is marked read, and each can be marked read or unread; "Mark all read" empties the count.
import { useQueryClient } from '@tanstack/react-query';
import { describeError } from '../api/client';
import { navigate } from '../app/router';
import { settingsKey } from '../settings/api';
import { openTask } from '../tasks/notifications';
import { intlLocale, t } from '../ui/i18n';
import { browserTimeZone } from '../ui/time';
import { type Notification, useInbox, useMarkAllRead, useMarkRead } from './api';

/** What happened, in a sentence that starts with who did it. */
export function describe(n: Notification): string {
  const vars = { actor: n.actor.name, subject: n.subject };
  switch (n.kind) {
    case 'assigned':
      return t('{actor} assigned you “{subject}”', vars);
    case 'comment':
      return t('{actor} commented on “{subject}”', vars);
    case 'mention':
      return t('{actor} mentioned you on “{subject}”', vars);
    case 'joined':
      return t('{actor} joined your list “{subject}”', vars);
    case 'left':
      return t('{actor} left your list “{subject}”', vars);
    case 'completed':
      return t('{actor} completed “{subject}”', vars);
  }
}

function whenText(iso: string, zone: string): string {
  return new Intl.DateTimeFormat(intlLocale(), {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** Opens what a notification is about: its task in the editor, or its list. */
function open(n: Notification): void {
  if (n.task_id !== null) openTask(n.task_id);
  else if (n.list_id !== null) navigate(`/lists/${n.list_id}`);
}

export function NotificationsScreen() {
  const inbox = useInbox();
  const markAll = useMarkAllRead();
  const qc = useQueryClient();
  const zone = qc.getQueryData<{ time_zone: string }>(settingsKey)?.time_zone ?? browserTimeZone();
  const unread = inbox.data?.unread_count ?? 0;
  return (
    <>
      <div className="screen-head">
        <h1>{t('Notifications')}</h1>
        <button
          type="button"
          className="button button-small"
          disabled={unread === 0 || markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('Mark all read')}
        </button>
      </div>
      {markAll.isError && (
        <p role="alert" className="notice notice-error">
          {t('Could not mark them read.')} {describeError(markAll.error)}
        </p>
      )}
      {inbox.isPending ? (
        <p role="status" className="state">
          {t('Loading notifications…')}
        </p>
      ) : inbox.isError ? (
        <div role="alert" className="state notice notice-error">
          <p>
            {t('Could not load notifications.')} {describeError(inbox.error)}
          </p>
          <button type="button" className="button" onClick={() => inbox.refetch()}>
            {t('Try again')}
          </button>
        </div>
      ) : inbox.data.notifications.length === 0 ? (
        <p className="state empty">
          {t(
            'Nothing yet. When someone assigns you a task, comments on one you follow, mentions you with @your name, joins or leaves your list or completes a shared task, it shows here.',
          )}
        </p>
      ) : (
        <>
          <p className="meta" aria-live="polite">
            {unread === 0 ? t('All read') : t('{count} unread', { count: unread })}
          </p>
          <ul className="card rows inbox-rows">
            {inbox.data.notifications.map((n) => (
              <Entry key={n.id} n={n} zone={zone} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Entry({ n, zone }: { n: Notification; zone: string }) {
  const mark = useMarkRead();
  const text = describe(n);
  return (
    <li className={n.read ? 'row inbox-row' : 'row inbox-row unread'}>
      <div className="inbox-text">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            if (!n.read) mark.mutate({ id: n.id, read: true });
            open(n);
          }}
        >
          {!n.read && <span className="visually-hidden">{t('Unread:')} </span>}
          {text}
        </button>
        {n.excerpt && <q className="inbox-excerpt">{n.excerpt}</q>}
        <span className="meta">{whenText(n.created_at, zone)}</span>
      </div>
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label={n.read ? t('Mark unread: {text}', { text }) : t('Mark read: {text}', { text })}
        disabled={mark.isPending}
        onClick={() => mark.mutate({ id: n.id, read: !n.read })}
      >
        {n.read ? t('Mark unread') : t('Mark read')}
      </button>
    </li>
  );
}
