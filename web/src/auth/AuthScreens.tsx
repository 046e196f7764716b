// Sign up and sign in. Sign-up does not sign in by itself (the server's choice), so we do it next.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { navigate, onLinkClick } from '../app/router';
import { browserTimeZone } from '../settings/api';
import { authCall, authClient } from './authClient';
import { meKey } from './session';

function useSubmit(run: () => Promise<void>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(
        e instanceof TypeError
          ? 'Cannot reach the server. Check your connection and try again.'
          : (e as Error).message,
      );
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

export function SignIn() {
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    await authCall(authClient.signIn.email({ email, password }));
    await qc.resetQueries({ queryKey: meKey });
    navigate('/', { replace: true });
  });
  return (
    <div className="auth-card">
      <h1>Sign in to Doable</h1>
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="signin-email">Email</label>
          <input
            id="signin-email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="signin-password">Password</label>
          <input
            id="signin-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error && (
          <p role="alert" className="notice notice-error">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        New here?{' '}
        <a href="/signup" onClick={onLinkClick}>
          Create an account
        </a>
      </p>
    </div>
  );
}

export function SignUp() {
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    if (password.length < 8) throw new Error('Use a password of at least 8 characters.');
    // The account starts in this device's zone, so "tomorrow 5pm" and reminders mean local time.
    // `time_zone` is ours (read by the server's sign-up hook), not in Better Auth's client types.
    const account = { name: name.trim() || email, email, password, time_zone: browserTimeZone() };
    await authCall(authClient.signUp.email(account));
    try {
      await authCall(authClient.signIn.email({ email, password }));
    } catch {
      // The answer to sign-up is the same for a taken email; a failed sign-in is how we learn it.
      throw new Error(
        'Could not sign you in with that email and password. If you already have an account, sign in instead.',
      );
    }
    await qc.resetQueries({ queryKey: meKey });
    navigate('/', { replace: true });
  });
  return (
    <div className="auth-card">
      <h1>Create your Doable account</h1>
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="signup-name">Name</label>
          <input
            id="signup-name"
            type="text"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="signup-email">Email</label>
          <input
            id="signup-email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="signup-password">Password</label>
          <input
            id="signup-password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={128}
            aria-describedby="signup-password-hint"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <p id="signup-password-hint" className="hint">
            At least 8 characters.
          </p>
        </div>
        {error && (
          <p role="alert" className="notice notice-error">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Have an account?{' '}
        <a href="/signin" onClick={onLinkClick}>
          Sign in
        </a>
      </p>
    </div>
  );
}
