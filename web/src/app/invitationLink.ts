// One-time links (the secret after "#" never reaches a server log), taken from the address when the
// app starts and kept in this tab's storage, so that they survive signing in or up: a list
// invitation's, `/?invitation=ID#SECRET` (sign-up by invitation sends it; once signed in, the
// sharing feature accepts it: sharing/inviteLink.ts), and an administrator's invitation to make an
// account, `/?signup=ID#SECRET`, which opens the sign-up form (that sends it).
const KEY = 'doable:invitation-link';
const SIGNUP_KEY = 'doable:signup-link';
const SECRET = /^[A-Za-z0-9_-]{43}$/;
const ID = /^\d{1,15}$/;

export interface InvitationLink {
  id: number;
  token: string;
}

/** Moves invitation links from the address into this tab's storage (call once, at start). */
export function takeInvitationLink(): void {
  const url = new URL(window.location.href);
  const id = url.searchParams.get('invitation');
  const signup = url.searchParams.get('signup');
  if (id === null && signup === null) return;
  const token = url.hash.slice(1);
  if (id !== null && ID.test(id) && SECRET.test(token)) {
    sessionStorage.setItem(KEY, JSON.stringify({ id: Number(id), token } satisfies InvitationLink));
  }
  if (signup !== null && ID.test(signup) && SECRET.test(token)) {
    sessionStorage.setItem(
      SIGNUP_KEY,
      JSON.stringify({ id: Number(signup), token } satisfies InvitationLink),
    );
  }
  url.searchParams.delete('invitation');
  url.searchParams.delete('signup');
  window.history.replaceState(null, '', (signup !== null ? '/signup' : url.pathname) + url.search);
}

function kept(key: string): InvitationLink | null {
  try {
    const link = JSON.parse(sessionStorage.getItem(key) ?? 'null') as InvitationLink | null;
    return link && Number.isSafeInteger(link.id) && typeof link.token === 'string' ? link : null;
  } catch {
    return null;
  }
}

/** The administrator's invitation to sign up kept in this tab, if any. */
export const keptSignupLink = () => kept(SIGNUP_KEY);

export function forgetSignupLink(): void {
  sessionStorage.removeItem(SIGNUP_KEY);
}

/** The list invitation's link kept in this tab, if any. */
export const keptInvitationLink = () => kept(KEY);

export function forgetInvitationLink(): void {
  sessionStorage.removeItem(KEY);
}
