// The header's way into the inbox: a link with the unread count, which a screen reader hears in the
// link's name and, when new ones arrive, in a polite announcement.
import { useEffect, useRef, useState } from 'react';
import { onLinkClick } from '../app/router';
import { t } from '../ui/i18n';
import { useUnreadCount } from './api';

export function Bell({ current }: { current: boolean }) {
  const known = useUnreadCount(true).data;
  const count = known ?? 0;
  const [said, setSaid] = useState('');
  // The count first loaded is not news; a rise after it is.
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (known === undefined) return;
    if (last.current !== null && known > last.current)
      setSaid(
        t('{count, plural, one {# unread notification} other {# unread notifications}}', { count: known }),
      );
    last.current = known;
  }, [known]);
  const label = count === 0 ? t('Notifications') : t('Notifications, {count} unread', { count });
  return (
    <>
      <a
        href="/notifications"
        className="bell"
        onClick={onLinkClick}
        aria-label={label}
        title={label}
        aria-current={current ? 'page' : undefined}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="currentColor">
          <path d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2Zm6-6v-5a6 6 0 0 0-5-5.92V4a1 1 0 0 0-2 0v1.08A6 6 0 0 0 6 11v5l-2 2v1h16v-1l-2-2Z" />
        </svg>
        {count > 0 && (
          <span className="badge" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </a>
      <span className="visually-hidden" role="status">
        {said}
      </span>
    </>
  );
}
