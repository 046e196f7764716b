// The header's way into the inbox: a link with the unread count, which a screen reader hears in the
// link's name and, when new ones arrive, in a polite announcement.
import { useEffect, useRef, useState } from 'react';
import { onLinkClick } from '../app/router';
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
      setSaid(`${known} unread ${known === 1 ? 'notification' : 'notifications'}`);
    last.current = known;
  }, [known]);
  const label = count === 0 ? 'Notifications' : `Notifications, ${count} unread`;
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
        <span aria-hidden="true">🔔</span>
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
