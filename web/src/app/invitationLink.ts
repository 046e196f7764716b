// An invitation's one-time link, `/?invitation=ID#SECRET` (the secret after "#" never reaches a
// server log): taken from the address when the app starts and kept in this tab's storage, so that
// it survives signing in or up (sign-up by invitation sends it); once signed in, the sharing
// feature accepts it (sharing/inviteLink.ts).
const KEY = 'doable:invitation-link';

export interface InvitationLink {
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
    sessionStorage.setItem(KEY, JSON.stringify({ id: Number(id), token } satisfies InvitationLink));
  }
  url.searchParams.delete('invitation');
  window.history.replaceState(null, '', url.pathname + url.search);
}

/** The invitation link kept in this tab, if any. */
export function keptInvitationLink(): InvitationLink | null {
  try {
    const link = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as InvitationLink | null;
    return link && Number.isSafeInteger(link.id) && typeof link.token === 'string' ? link : null;
  } catch {
    return null;
  }
}

export function forgetInvitationLink(): void {
  sessionStorage.removeItem(KEY);
}
