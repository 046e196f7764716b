// A list's header, in shared lists: the people in it as initials, the Share (or People) button,
// and for a viewer a short line saying why nothing can be changed.
import { lazy, Suspense, useState } from 'react';
import type { List } from '../lists/api';
import { t } from '../ui/i18n';
import { Avatar } from './Avatar';
import { isShared, useMembers } from './api';

const ShareDialogLoaded = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

/** The Share dialog, loaded when first opened (it is not in the first load). */
export function ShareDialogOnDemand(props: { list: List; onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <ShareDialogLoaded {...props} />
    </Suspense>
  );
}

const SHOWN_PEOPLE = 4;

export function ListSharing({ list }: { list: List }) {
  const [open, setOpen] = useState(false);
  const shared = isShared(list);
  const members = useMembers(list.id, shared);
  const people = members.data?.members ?? [];
  return (
    <div className="list-sharing">
      {shared && people.length > 0 && (
        <span
          className="avatars"
          role="img"
          aria-label={t('In this list: {people}', { people: people.map((p) => p.name).join(t(', ')) })}
        >
          {people.slice(0, SHOWN_PEOPLE).map((p) => (
            <Avatar key={p.user_id} name={p.name} />
          ))}
          {people.length > SHOWN_PEOPLE && (
            <span className="avatar avatar-more">+{people.length - SHOWN_PEOPLE}</span>
          )}
        </span>
      )}
      <button
        type="button"
        className="button button-small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {list.role === 'owner' ? t('Share') : t('People')}
      </button>
      {open && <ShareDialogOnDemand list={list} onClose={() => setOpen(false)} />}
    </div>
  );
}

export function ViewerHint() {
  return (
    <p className="notice viewer-hint" role="note">
      {t(
        t(
          'You can view this list: its owner shared it with you as a viewer. Only its owner and editors can add or change tasks.',
        ),
      )}
    </p>
  );
}
