// Second factors against Better Auth's two-factor and passkey plugins (/api/auth/two-factor/*,
// /api/auth/passkey/*). The WebAuthn helpers are loaded only when a passkey is used.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { t } from '../ui/i18n';

/** A failed call to /api/auth: the server's words (Better Auth's message, or our problem's detail). */
export class AuthCallError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/api/auth/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const data = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  if (!res.ok) {
    const message =
      res.status === 429 && data?.code !== 'ACCOUNT_TEMPORARILY_LOCKED'
        ? t('Too many attempts. Wait a minute and try again.')
        : String(data?.message ?? data?.detail ?? t('That did not work. Try again.'));
    throw new AuthCallError(message, res.status, typeof data?.code === 'string' ? data.code : undefined);
  }
  return data as T;
}

/** Whether the signed-in account asks for a second factor (Better Auth's session answer). */
export const twoFactorKey = ['two-factor'] as const;
export function useTwoFactorEnabled() {
  return useQuery({
    queryKey: twoFactorKey,
    queryFn: async () =>
      (await call<{ user?: { twoFactorEnabled?: boolean } } | null>('GET', 'get-session'))?.user
        ?.twoFactorEnabled === true,
  });
}

/** Step one of turning it on: the password, answered with the app's key (an otpauth URI) and backup codes. */
export const startTwoFactor = (password: string) =>
  call<{ totpURI: string; backupCodes: string[] }>('POST', 'two-factor/enable', { password });

/** Step two: a code from the app confirms it; signing in asks for codes from then on. */
export const confirmTwoFactor = (code: string) => call('POST', 'two-factor/verify-totp', { code });

export const disableTwoFactor = (password: string) => call('POST', 'two-factor/disable', { password });

/** The second step of a sign-in: a code from the app, or a backup code. */
export const verifySignInCode = (code: string, kind: 'totp' | 'backup') =>
  call('POST', kind === 'totp' ? 'two-factor/verify-totp' : 'two-factor/verify-backup-code', {
    code: kind === 'totp' ? code.replace(/\s/g, '') : code.trim(),
  });

export interface Passkey {
  id: string;
  name?: string | null;
  createdAt: string;
  deviceType: string;
  backedUp: boolean;
}

export const passkeysKey = ['passkeys'] as const;
export function usePasskeys() {
  return useQuery({
    queryKey: passkeysKey,
    queryFn: () => call<Passkey[]>('GET', 'passkey/list-user-passkeys'),
  });
}

function usePasskeyChange<V>(run: (v: V) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: run, onSettled: () => qc.invalidateQueries({ queryKey: passkeysKey }) });
}

/** Makes a passkey on this device (its PIN or biometrics are asked for) and stores its public key. */
export function useAddPasskey() {
  return usePasskeyChange(async (name: string) => {
    const { startRegistration } = await import('@simplewebauthn/browser');
    const options = await call<Parameters<typeof startRegistration>[0]['optionsJSON']>(
      'GET',
      'passkey/generate-register-options',
    );
    const response = await startRegistration({ optionsJSON: options });
    return call('POST', 'passkey/verify-registration', { response, ...(name ? { name } : {}) });
  });
}

export const useRenamePasskey = () =>
  usePasskeyChange((v: { id: string; name: string }) => call('POST', 'passkey/update-passkey', v));
export const useDeletePasskey = () =>
  usePasskeyChange((id: string) => call('POST', 'passkey/delete-passkey', { id }));

/** Signs in with a passkey: no email or password; the device verifies its owner. */
export async function signInWithPasskey(): Promise<void> {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  const options = await call<Parameters<typeof startAuthentication>[0]['optionsJSON']>(
    'GET',
    'passkey/generate-authenticate-options',
  );
  const response = await startAuthentication({ optionsJSON: options });
  await call('POST', 'passkey/verify-authentication', { response });
}

/** Words for a WebAuthn failure in the browser (cancelled, no authenticator, not allowed here). */
export function passkeyError(error: unknown): Error {
  if (error instanceof AuthCallError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'AbortError')
    return new Error(t('The passkey request was cancelled or timed out.'));
  if (name === 'InvalidStateError')
    return new Error(t('This device already has a passkey for your account.'));
  if (name === 'SecurityError' || name === 'NotSupportedError')
    return new Error(t('Passkeys do not work at this address (they need https, or localhost).'));
  return error instanceof Error ? error : new Error(t('The passkey did not work.'));
}
