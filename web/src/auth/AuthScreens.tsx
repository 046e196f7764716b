// Sign up and sign in. Sign-up does not sign in by itself (the server's choice), so we do it next.
// Each offers only what the server allows (SIGNUP: open, invite or closed).
// A forgotten password: the reset link by email (when the server sends email), then a new one.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { forgetSignupLink, keptInvitationLink, keptSignupLink } from '../app/invitationLink';
import { navigate, onLinkClick } from '../app/router';
import { Field, Form, FormError, Input } from '../ui/Form';
import { language, msg, t, tx } from '../ui/i18n';
import { browserDateOrder, browserTimeZone } from '../ui/time';
import { useAttempt } from './attempt';
import { authCall, authClient, EmailNotVerified } from './authClient';
import { PasskeyButton, SecondStep } from './SecondStep';
import { SsoSignIn, ssoErrorOf, ssoErrorText } from './SsoSignIn';
import { meKey } from './session';
import { SIGNUP_CLOSED_TEXT, SIGNUP_INVITE_TEXT, useAuthOptions, useSignupMode } from './signupMode';

export function SignIn() {
  const qc = useQueryClient();
  const signup = useSignupMode();
  const sso = useAuthOptions()?.sso;
  const [ssoError] = useState(() => ssoErrorOf(window.location.search));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Two-factor sign-in on: the password was right, and a code (or a passkey) is asked for next.
  const [secondStep, setSecondStep] = useState(false);
  const signedIn = async () => {
    await qc.resetQueries({ queryKey: meKey });
    navigate('/', { replace: true });
  };
  const {
    error,
    busy,
    run: submit,
  } = useAttempt(async () => {
    const answer = await authCall(authClient.signIn.email({ email, password }));
    if ((answer as { twoFactorRedirect?: boolean }).twoFactorRedirect) {
      setPassword('');
      return setSecondStep(true);
    }
    await signedIn();
  });
  if (secondStep) return <SecondStep onDone={signedIn} onCancel={() => setSecondStep(false)} />;
  return (
    <div className="auth-card">
      <h1>{t('Sign in to Doable')}</h1>
      {ssoError ? (
        <p role="alert" className="notice notice-error">
          {ssoErrorText(ssoError, sso?.name ?? 'single sign-on')}
        </p>
      ) : null}
      {sso ? <SsoSignIn name={sso.name} /> : null}
      <Form onSubmit={submit}>
        <Field label={t('Email')}>
          <Input
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Field label={t('Password')}>
          <Input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <FormError>{error}</FormError>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(busy ? 'Signing in…' : 'Sign in')}
        </button>
      </Form>
      <PasskeyButton onDone={signedIn} label={t('Use a passkey')} />
      <p>
        <a href="/forgot-password" onClick={onLinkClick}>
          {t('Forgot password?')}
        </a>
      </p>
      {signup === 'closed' ? (
        <p className="hint">
          {t('New here?')} {t(SIGNUP_CLOSED_TEXT)}
        </p>
      ) : (
        <p>
          {t('New here?')}{' '}
          <a href="/signup" onClick={onLinkClick}>
            {t('Create an account')}
          </a>
          {signup === 'invite' ? ` ${t('(with an invitation)')}` : null}
        </p>
      )}
    </div>
  );
}

export function SignUp() {
  const qc = useQueryClient();
  const signup = useSignupMode();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const {
    error,
    busy,
    run: submit,
  } = useAttempt(async () => {
    if (password.length < 8) throw new Error(t('Use a password of at least 8 characters.'));
    // The account starts in this device's zone, so "tomorrow 5pm" and reminders mean local time.
    // `time_zone` is ours (read by the server's sign-up hook), not in Better Auth's client types.
    // So is `invitation_token`: the secret of an invitation link opened in this tab (a list's, or
    // an administrator's invitation to sign up), which lets a server where sign-up is by
    // invitation take this account.
    const invitation = keptInvitationLink() ?? keptSignupLink();
    const account = {
      name: name.trim() || email,
      email,
      password,
      time_zone: browserTimeZone(),
      // Also ours: how this browser's locale writes numeric dates, for quick add ("12/10").
      date_order: browserDateOrder(),
      // And the language this page is in, which the account keeps (Settings changes it).
      language: language(),
      ...(invitation ? { invitation_token: invitation.token } : {}),
    };
    await authCall(authClient.signUp.email(account));
    forgetSignupLink();
    try {
      await authCall(authClient.signIn.email({ email, password }));
    } catch (e) {
      if (e instanceof EmailNotVerified) throw e;
      // The answer to sign-up is the same for a taken email; a failed sign-in is how we learn it.
      throw new Error(
        t(
          'Could not sign you in with that email and password. If you already have an account, sign in instead.',
        ),
      );
    }
    await qc.resetQueries({ queryKey: meKey });
    navigate('/', { replace: true });
  });
  if (signup === 'closed')
    return (
      <div className="auth-card">
        <h1>{t('Create your Doable account')}</h1>
        <p role="status" className="notice">
          {t('Sign-up is closed on this server.')} {t(SIGNUP_CLOSED_TEXT)}
        </p>
        <p>
          {t('Have an account?')}{' '}
          <a href="/signin" onClick={onLinkClick}>
            {t('Sign in')}
          </a>
        </p>
      </div>
    );
  return (
    <div className="auth-card">
      <h1>{t('Create your Doable account')}</h1>
      {keptSignupLink() ? (
        <p className="hint">{t('You were invited to this server: this link makes one account.')}</p>
      ) : signup === 'invite' ? (
        <p className="hint">{t(SIGNUP_INVITE_TEXT)}</p>
      ) : null}
      <Form onSubmit={submit}>
        <Field label={t('Name')}>
          <Input type="text" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('Email')}>
          <Input
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Field label={t('Password')} hint={t('At least 8 characters.')}>
          <Input
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={128}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <FormError>{error}</FormError>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(busy ? 'Creating your account…' : 'Create account')}
        </button>
      </Form>
      <p>
        {t('Have an account?')}{' '}
        <a href="/signin" onClick={onLinkClick}>
          {t('Sign in')}
        </a>
      </p>
    </div>
  );
}

/** A POST to Better Auth's email endpoints; resolves to the status. */
async function postAuth(path: string, body: unknown): Promise<number> {
  const res = await fetch(`/api/auth/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status === 429) throw new Error(t('Too many attempts. Wait a minute and try again.'));
  return res.status;
}

const NO_EMAIL = msg(
  'This Doable server does not send email, so it cannot send you a reset link. Ask the person who runs it to reset your password (they run: npm run user:reset-password).',
);

export function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [noEmail, setNoEmail] = useState(false);
  const {
    error,
    busy,
    run: submit,
  } = useAttempt(async () => {
    const status = await postAuth('request-password-reset', { email });
    // The endpoint exists only when the server sends email.
    if (status === 404) return setNoEmail(true);
    if (status >= 400) throw new Error(t('That did not work. Check the address and try again.'));
    setSent(email);
  });
  return (
    <div className="auth-card">
      <h1>{t('Forgot your password?')}</h1>
      {noEmail ? (
        <p role="alert" className="notice notice-error">
          {t(NO_EMAIL)}
        </p>
      ) : sent ? (
        <p role="status" className="notice">
          {t(
            'If {email} has a Doable account, a link to choose a new password is on its way. It works once, for one hour.',
            { email: sent },
          )}
        </p>
      ) : (
        <Form onSubmit={submit}>
          <p className="hint">{t('We email you a link to choose a new one.')}</p>
          <Field label={t('Email')}>
            <Input
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <FormError>{error}</FormError>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t(busy ? 'Sending…' : 'Email me a link')}
          </button>
        </Form>
      )}
      <p>
        <a href="/signin" onClick={onLinkClick}>
          {t('Back to sign in')}
        </a>
      </p>
    </div>
  );
}

export function ResetPassword({ token }: { token: string | null }) {
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [done, setDone] = useState(false);
  const [expired, setExpired] = useState(!token);
  const {
    error,
    busy,
    run: submit,
  } = useAttempt(async () => {
    if (password.length < 8) throw new Error(t('Use a password of at least 8 characters.'));
    if (password !== again) throw new Error(t('The two passwords differ. Type the same one twice.'));
    const status = await postAuth('reset-password', { newPassword: password, token });
    if (status === 400 || status === 404) return setExpired(true);
    if (status >= 400) throw new Error(t('That did not work. Try again.'));
    setDone(true);
  });
  let content: React.ReactNode;
  if (done)
    content = (
      <p role="status" className="notice">
        {tx('Your password is changed, and every device was signed out. {signin} with the new one.', {
          signin: (
            <a href="/signin" onClick={onLinkClick}>
              {t('Sign in')}
            </a>
          ),
        })}
      </p>
    );
  else if (expired)
    content = (
      <p role="alert" className="notice notice-error">
        {tx('This link has expired or was already used. {again}.', {
          again: (
            <a href="/forgot-password" onClick={onLinkClick}>
              {t('Ask for a new one')}
            </a>
          ),
        })}
      </p>
    );
  else
    content = (
      <Form onSubmit={submit}>
        <Field label={t('New password')} hint={t('At least 8 characters.')}>
          <Input
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={128}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <Field label={t('New password, again')}>
          <Input
            type="password"
            autoComplete="new-password"
            required
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        </Field>
        <FormError>{error}</FormError>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(busy ? 'Saving…' : 'Set new password')}
        </button>
      </Form>
    );
  return (
    <div className="auth-card">
      <h1>{t('Choose a new password')}</h1>
      {content}
    </div>
  );
}
