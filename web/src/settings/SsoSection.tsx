// Single sign-on in Settings (docs/accounts.md): whether this account signs in with the server's
// OpenID provider, and a button to link it while signed in, which works even where the address is
// not verified here (being signed in proves the account is yours; the provider's address must
// still be this account's and verified there). Shown only when the server has a provider.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ssoErrorText } from '../auth/SsoSignIn';
import { useAuthOptions } from '../auth/signupMode';
import { t } from '../ui/i18n';
import { Section } from './Section';

/** Better Auth's GET /api/auth/list-accounts: the ways this account signs in. */
function useLinkedProviders() {
  return useQuery({
    queryKey: ['auth-accounts'],
    queryFn: async () => {
      const response = await fetch('/api/auth/list-accounts', { credentials: 'same-origin' });
      if (!response.ok) throw new Error(t('Could not load how this account signs in.'));
      const accounts = (await response.json()) as { providerId: string }[];
      return accounts.map((a) => a.providerId);
    },
  });
}

/** What the provider's refusal to link says, from the `error` the server sent the browser back with. */
function linkErrorText(code: string, name: string): string {
  switch (code) {
    case 'email_does_not_match':
      return t('Your {name} account has another email address than this account, so it was not linked.', {
        name,
      });
    case 'account_already_linked_to_different_user':
      return t('That {name} account is already linked to another account here.', { name });
    case 'unable_to_link_account':
      return t('{name} did not say your email address is verified, so it was not linked.', { name });
    default:
      return ssoErrorText(code, name);
  }
}

export function SsoSection() {
  const sso = useAuthOptions()?.sso;
  if (!sso) return null;
  return <SsoLink name={sso.name} />;
}

function SsoLink({ name }: { name: string }) {
  const linked = useLinkedProviders();
  // Back from a refused link: Better Auth adds `error` to our errorCallbackURL.
  const [returned] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    return params.has('sso_link_error') ? (params.get('error') ?? '') : null;
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(returned === null ? null : linkErrorText(returned, name));
  const link = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/auth/link-social', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({
          provider: 'oidc',
          callbackURL: '/settings',
          errorCallbackURL: '/settings?sso_link_error=1',
          disableRedirect: true,
        }),
      });
      const body = (await response.json().catch(() => ({}))) as { url?: string };
      if (!response.ok || typeof body.url !== 'string') throw new Error(linkErrorText('', name));
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
    <Section id="sso-title" title={t('Single sign-on')}>
      {linked.data?.includes('oidc') ? (
        <p>{t('You can sign in with {name}.', { name })}</p>
      ) : (
        <>
          <p className="hint">{t('Sign in with {name} as well as with your password.', { name })}</p>
          <button type="button" className="button" disabled={busy || linked.isPending} onClick={link}>
            {busy ? t('Opening {name}…', { name }) : t('Link {name}', { name })}
          </button>
        </>
      )}
      {error ? (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      ) : null}
    </Section>
  );
}
