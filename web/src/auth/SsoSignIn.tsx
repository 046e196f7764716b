// "Sign in with <name>": single sign-on with the server's OpenID provider (OIDC_*, docs/accounts.md).
// The server answers the start with the provider's page, where the browser goes; the provider sends
// it back to the server, which signs it in and opens the app, or opens this screen again with
// `sso_error` saying what went wrong (server/features/accounts/sso.ts).
import { useState } from 'react';
import { t } from '../ui/i18n';

/** What the sign-in screen says for each `sso_error` the server sends the browser back with. */
export function ssoErrorText(code: string, name: string): string {
  switch (code) {
    case 'access_denied':
      return t('Signing in with {name} was cancelled.', { name });
    case 'account_not_linked':
      return t(
        'An account with your email address already exists here, and it is not joined to your {name} sign-in. Sign in with your password (and your code), then link {name} in Settings.',
        { name },
      );
    case 'SECOND_FACTOR_REQUIRED':
      return t(
        'This account asks for a code from your authenticator app, and {name} did not ask you for a second factor. Sign in with your password and code.',
        { name },
      );
    case 'SIGNUP_CLOSED':
      return t(
        'There is no account here for you, and signing in with {name} does not make one on this server. Ask its administrator.',
        { name },
      );
    case 'SIGNUP_NEEDS_INVITATION':
      return t(
        'There is no account here for you: making one needs an invitation to the email address {name} has verified for you.',
        { name },
      );
    case 'ACCOUNT_DISABLED':
      return t('This account is disabled. Ask the administrator of this server.');
    case 'email_not_found':
      return t('{name} did not tell us your email address, which an account here needs.', { name });
    case 'email_not_verified':
      return t('Check your email: open the link we sent to verify your address, then sign in again.');
    case 'state_not_found':
    case 'state_mismatch':
    case 'state_invalid':
    case 'no_code':
    case 'invalid_code':
      return t(
        'Signing in with {name} did not finish: it took too long, or was started in another window. Try again.',
        { name },
      );
    default:
      return t('Signing in with {name} did not work. Try again, or ask the administrator.', { name });
  }
}

/** The `sso_error` of the address the server sent the browser back to, if any. */
export const ssoErrorOf = (search: string) => new URLSearchParams(search).get('sso_error');

export function SsoSignIn({ name }: { name: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/auth/sign-in/social', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ provider: 'oidc', callbackURL: '/', disableRedirect: true }),
      });
      const body = (await response.json().catch(() => ({}))) as { url?: string };
      if (response.status === 429) throw new Error(t('Too many attempts. Wait a minute and try again.'));
      if (!response.ok || typeof body.url !== 'string') throw new Error(ssoErrorText('', name));
      window.location.assign(body.url);
    } catch (e) {
      setError(
        e instanceof TypeError
          ? t('Cannot reach the server. Check your connection and try again.')
          : (e as Error).message,
      );
      setBusy(false);
    }
  };
  return (
    <div className="sso-sign-in">
      <button type="button" className="button" disabled={busy} onClick={start}>
        {t(busy ? 'Opening {name}…' : 'Sign in with {name}', { name })}
      </button>
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
