// The second step of a sign-in with two-factor sign-in on: a code from the authenticator app, or a
// backup code; and the passkey button, which signs in without a password (or stands in for the code).

import { useState } from 'react';
import { Field, Form, FormError, Input } from '../ui/Form';
import { t } from '../ui/i18n';
import { useAttempt } from './attempt';
import { passkeyError, signInWithPasskey, verifySignInCode } from './secondFactor';

export function SecondStep({ onDone, onCancel }: { onDone: () => Promise<void>; onCancel: () => void }) {
  const [kind, setKind] = useState<'totp' | 'backup'>('totp');
  const [code, setCode] = useState('');
  const { error, busy, run } = useAttempt(async () => {
    await verifySignInCode(code, kind);
    await onDone();
  });
  return (
    <div className="auth-card">
      <h1>{t('Two-factor sign-in')}</h1>
      <Form onSubmit={run}>
        {kind === 'totp' ? (
          <Field
            label={t('Code from your authenticator app')}
            hint={t('Six digits; a new one every 30 seconds.')}
          >
            <Input
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              maxLength={7}
              required
              autoFocus
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </Field>
        ) : (
          <Field label={t('Backup code')} hint={t('Each backup code works once.')}>
            <Input
              type="text"
              autoComplete="off"
              maxLength={32}
              required
              autoFocus
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </Field>
        )}
        <FormError>{error}</FormError>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(busy ? 'Checking…' : 'Verify')}
        </button>
      </Form>
      <p>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setKind(kind === 'totp' ? 'backup' : 'totp');
            setCode('');
          }}
        >
          {t(kind === 'totp' ? 'Use a backup code instead' : 'Use a code from the app instead')}
        </button>
      </p>
      <PasskeyButton onDone={onDone} label={t('Use a passkey instead')} />
      <p>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('Back to sign in')}
        </button>
      </p>
    </div>
  );
}

/** Sign in with a passkey: the device asks for its PIN or biometrics. */
export function PasskeyButton({ onDone, label }: { onDone: () => Promise<void>; label: string }) {
  const { error, busy, run } = useAttempt(async () => {
    try {
      await signInWithPasskey();
    } catch (e) {
      throw passkeyError(e);
    }
    await onDone();
  });
  return (
    <div className="stack">
      <button type="button" className="button" disabled={busy} onClick={run}>
        {busy ? t('Waiting for your passkey…') : label}
      </button>
      <FormError>{error}</FormError>
    </div>
  );
}
