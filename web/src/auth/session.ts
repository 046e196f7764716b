// Who is signed in: Better Auth's get-session (200 with null when nobody, so a signed-out visit
// logs no failed request), then the profile from GET /api/me. A 401 there also means nobody.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { ApiError, api, type Schemas, unwrap } from '../api/client';

export type Profile = Schemas['Profile'];
export const meKey = ['me'] as const;

/**
 * Better Auth's GET /api/auth/get-session, read directly: its client library (and its weight) loads
 * only with the screens that sign in, up and out.
 */
async function hasSession(): Promise<boolean> {
  const res = await fetch('/api/auth/get-session', {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (res.status >= 500) throw new Error('The server could not check your session.');
  if (!res.ok) return false;
  const body: unknown = await res.json().catch(() => null);
  return typeof body === 'object' && body !== null && 'session' in body && body.session !== null;
}

export async function fetchMe(): Promise<Profile | null> {
  if (!(await hasSession())) return null;
  try {
    return await unwrap(api.GET('/api/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: 1 });
}

/**
 * A request answered 401 means the session ended (signed out elsewhere, expired, or the account
 * disabled by an administrator): who is signed in is asked again at once, so the app shows sign-in
 * (and offline/persist.ts keeps nothing of the account) rather than an error on every screen.
 * Answers a function that stops watching.
 */
export function watchSession(qc: QueryClient): () => void {
  const ended = (error: unknown) => error instanceof ApiError && error.status === 401;
  const again = () => void qc.invalidateQueries({ queryKey: meKey });
  const queries = qc.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error' && event.query.queryKey !== meKey) {
      if (ended(event.action.error)) again();
    }
  });
  const mutations = qc.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error' && ended(event.action.error)) again();
  });
  return () => {
    queries();
    mutations();
  };
}
