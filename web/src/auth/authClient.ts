// Better Auth's own client, for sign-up, sign-in, sign-out and the profile name, against /api/auth.
import { createAuthClient } from 'better-auth/client';
import { t } from '../ui/i18n';

export const authClient = createAuthClient({
  baseURL: globalThis.location?.origin,
  basePath: '/api/auth',
  // The app reads the session through GET /api/me (TanStack Query); no background polling here.
  sessionOptions: { refetchOnWindowFocus: false },
});

/** Sign-in waits for the address to be verified (REQUIRE_EMAIL_VERIFICATION); the email is on its way. */
export class EmailNotVerified extends Error {
  constructor() {
    super(t('Check your email: open the link we sent to verify your address, then sign in.'));
  }
}

/** Better Auth answers errors as { error: { message, status } }; turn them into thrown errors. */
export async function authCall<T>(
  call: Promise<{ data: T | null; error: { message?: string; status: number } | null }>,
): Promise<T> {
  const { data, error } = await call;
  if (error) {
    if (error.status === 429) throw new Error(t('Too many attempts. Wait a minute and try again.'));
    if ((error as { code?: string }).code === 'EMAIL_NOT_VERIFIED') throw new EmailNotVerified();
    throw new Error(error.message || t('That did not work. Check what you typed and try again.'));
  }
  return data as T;
}
