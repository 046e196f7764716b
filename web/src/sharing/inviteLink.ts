// An invitation's one-time link, `/?invitation=ID#SECRET` (the secret after "#" never reaches a
// server log): taken from the address when the app starts and kept in this tab's storage, so that
// it survives signing in or up; once signed in, the app accepts it and opens the list.
import { useEffect } from 'react';
import { navigate } from '../app/router';
import { answerInvitation, useSharingWrite } from './api';

const KEY = 'doable:invitation-link';

interface Link {
  id: number;
  token: string;
}

/** Moves an invitation link from the address into this tab's storage (call once, at start). */
export function takeInvitationLink(): void {
  const url = new URL(window.location.href);
  const id = url.searchParams.get('invitation');
  if (id === null) return;
  const token = url.hash.slice(1);
  if (/^\d{1,15}$/.test(id) && /^[A-Za-z0-9_-]{43}$/.test(token)) {
    sessionStorage.setItem(KEY, JSON.stringify({ id: Number(id), token } satisfies Link));
  }
  url.searchParams.delete('invitation');
  window.history.replaceState(null, '', url.pathname + url.search);
}

function savedLink(): Link | null {
  try {
    const link = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Link | null;
    return link && Number.isSafeInteger(link.id) && typeof link.token === 'string' ? link : null;
  } catch {
    return null;
  }
}

/** Once signed in, accepts a kept invitation link (once) and opens its list. */
export function useInvitationLink(signedIn: boolean): void {
  const accept = useSharingWrite(
    (link: Link) => answerInvitation(link.id, 'accept', link.token),
    'join the list: the invitation link was used already or withdrawn.',
    (list) => {
      if (list) navigate(`/lists/${list.id}`);
    },
  );
  const { mutate } = accept;
  useEffect(() => {
    if (!signedIn) return;
    const link = savedLink();
    if (!link) return;
    sessionStorage.removeItem(KEY);
    mutate(link);
  }, [signedIn, mutate]);
}
