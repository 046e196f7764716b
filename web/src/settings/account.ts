// The account on the server, for the settings screen: the name, the password, the sessions signed
// in, the API keys, and deleting it all. Each hook keeps the cache in step; what the screen shows
// after (a toast, a cleared field) is the caller's, passed to `mutate`.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { navigate } from '../app/router';
import { authCall, authClient } from '../auth/authClient';
import { meKey } from '../auth/session';
import { t } from '../ui/i18n';

const ME = { user_id: 'me' };
const sessionsKey = ['sessions'] as const;
const apiKeysKey = ['api-keys'] as const;

export function useRenameProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => authCall(authClient.updateUser({ name })),
    onSuccess: () => qc.invalidateQueries({ queryKey: meKey }),
  });
}

/** Changing the password signs out the other sessions: their list is asked again. */
export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { current_password: string; new_password: string }) =>
      unwrap(api.POST('/api/me/password', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** Asks for a link that verifies the address (Better Auth's endpoint; it answers the same for any address). */
export function useSendVerificationLink() {
  return useMutation({
    mutationFn: async (email: string) => {
      const res = await fetch('/api/auth/send-verification-email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, callbackURL: '/settings' }),
      });
      if (res.status === 429) throw new Error(t('Too many emails to this address: wait a few minutes.'));
      if (!res.ok) throw new Error(t('The link could not be sent: try again later.'));
    },
  });
}

export function useSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: () => unwrap(api.GET('/api/me/sessions')) });
}

/** Signs a session out; this device's own goes to the sign-in screen with nothing cached. */
export function useRevokeSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id }: { id: string; current: boolean }) =>
      unwrap(api.DELETE('/api/me/sessions/{id}', { params: { path: { id } } })),
    onSuccess: (_data, { current }) => {
      if (current) {
        qc.clear();
        navigate('/signin', { replace: true });
      } else void qc.invalidateQueries({ queryKey: sessionsKey });
    },
  });
}

export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: () => unwrap(api.GET('/api/{user_id}/api-keys', { params: { path: ME } })),
  });
}

/** Answers the new key, whose secret the server shows only this once. */
export function useCreateApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; expires_in_days?: number; scopes?: Array<'api' | 'caldav'> }) =>
      unwrap(api.POST('/api/{user_id}/api-keys', { params: { path: ME }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function useRevokeApiKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.DELETE('/api/{user_id}/api-keys/{id}', { params: { path: { ...ME, id: String(id) } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

/** Deletes the account (the password confirms it) and lands on sign-up with nothing cached. */
export function useDeleteAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => unwrap(api.DELETE('/api/me', { body: { password } })),
    onSuccess: () => {
      qc.clear();
      navigate('/signup', { replace: true });
    },
  });
}
