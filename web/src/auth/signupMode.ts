// What the sign-in page may offer: whether this server lets people create accounts (GET
// /api/auth/options, the server's SIGNUP). Unknown (loading, or the server did not answer) counts
// as open: the server still decides, and says why when it refuses.
import { useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';
import { msg } from '../ui/i18n';

export type SignupMode = Schemas['AuthOptions']['signup'];
export const authOptionsKey = ['auth-options'] as const;

/** What this server offers: its sign-up mode and whether it sends email (undefined until known). */
export function useAuthOptions() {
  return useQuery({
    queryKey: authOptionsKey,
    queryFn: () => unwrap(api.GET('/api/auth/options')),
    staleTime: 5 * 60_000,
    retry: 1,
  }).data;
}

export function useSignupMode(): SignupMode {
  return useAuthOptions()?.signup ?? 'open';
}

/** What the screens say when accounts are made by the administrator, or need an invitation. */
export const SIGNUP_CLOSED_TEXT = msg('Accounts on this server are made by its administrator.');
export const SIGNUP_INVITE_TEXT = msg(
  'Sign-up on this server needs an invitation: use the email address a list was shared with.',
);
