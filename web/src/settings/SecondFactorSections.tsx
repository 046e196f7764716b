// Settings: two-factor sign-in (an authenticator app, with backup codes shown once) and passkeys.
// The QR code library loads only when a key is shown.

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useAttempt } from '../auth/attempt';
import {
  confirmTwoFactor,
  disableTwoFactor,
  passkeyError,
  startTwoFactor,
  twoFactorKey,
  useAddPasskey,
  useDeletePasskey,
  usePasskeys,
  useRenamePasskey,
  useTwoFactorEnabled,
} from '../auth/secondFactor';
import { Field, Form, FormError, Input } from '../ui/Form';
import { msg, t } from '../ui/i18n';
import { instantText } from '../ui/time';
import { useToast } from '../ui/toast';
import { useTimeZone } from './api';
import { Section } from './Section';

const UNAFFECTED = msg(
  'API keys and CalDAV app passwords keep working without a code: revoke any you no longer use.',
);

export function TwoFactorSection() {
  const enabled = useTwoFactorEnabled();
  const qc = useQueryClient();
  const toast = useToast();
  const [password, setPassword] = useState('');
  const [setup, setSetup] = useState<{ uri: string; backupCodes: string[] } | null>(null);
  const [code, setCode] = useState('');
  const [confirmed, setConfirmed] = useState<string[] | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: twoFactorKey });

  const start = useAttempt(async () => {
    const answer = await startTwoFactor(password);
    setPassword('');
    setSetup({ uri: answer.totpURI, backupCodes: answer.backupCodes });
  });
  const confirm = useAttempt(async () => {
    await confirmTwoFactor(code.replace(/\s/g, ''));
    setConfirmed(setup?.backupCodes ?? []);
    setSetup(null);
    setCode('');
    await refresh();
  });
  const disable = useAttempt(async () => {
    await disableTwoFactor(password);
    setPassword('');
    await refresh();
    toast({ message: t('Two-factor sign-in is off') });
  });

  let body: React.ReactNode;
  if (confirmed)
    body = (
      <div className="notice stack" role="status">
        <p>
          {t(
            t(
              'Two-factor sign-in is on. Keep these backup codes somewhere safe: each signs you in once if you lose your phone. They are shown only now.',
            ),
          )}
        </p>
        <ul className="backup-codes" aria-label={t('Backup codes')}>
          {confirmed.map((c) => (
            <li key={c}>
              <code className="mono">{c}</code>
            </li>
          ))}
        </ul>
        <div>
          <button type="button" className="button" onClick={() => setConfirmed(null)}>
            {t('I have saved them')}
          </button>
        </div>
      </div>
    );
  else if (setup)
    body = (
      <div className="stack">
        <p>
          {t('Scan this with your authenticator app, or type the key into it. Then enter the code it shows.')}
        </p>
        <QrCode text={setup.uri} />
        <p>
          {t('Key:')} <code className="mono secret-key">{new URL(setup.uri).searchParams.get('secret')}</code>
        </p>
        <Form onSubmit={() => confirm.run()}>
          <Field label={t('Code from the app')}>
            <Input
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              maxLength={7}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </Field>
          <FormError>{confirm.error}</FormError>
          <div className="button-row">
            <button type="button" className="button button-quiet" onClick={() => setSetup(null)}>
              {t('Cancel')}
            </button>
            <button type="submit" className="button" disabled={confirm.busy}>
              {t('Turn on')}
            </button>
          </div>
        </Form>
      </div>
    );
  else
    body = (
      <Form onSubmit={() => (enabled.data ? disable.run() : start.run())}>
        <p role="status">
          {enabled.data
            ? t('On: signing in with your password also asks for a code from your authenticator app.')
            : t('Off: your password alone signs you in.')}
        </p>
        <Field label={enabled.data ? t('Your password, to turn it off') : t('Your password, to set it up')}>
          <Input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <FormError>{start.error ?? disable.error}</FormError>
        <div>
          <button type="submit" className="button" disabled={start.busy || disable.busy || enabled.isPending}>
            {enabled.data ? t('Turn off two-factor sign-in') : t('Set up two-factor sign-in')}
          </button>
        </div>
      </Form>
    );
  return (
    <Section id="two-factor-title" title={t('Two-factor sign-in')}>
      <p className="hint">
        {t('A code from an authenticator app (on your phone) after your password.')} {t(UNAFFECTED)}
      </p>
      {body}
    </Section>
  );
}

/** The otpauth URI as a QR code: an SVG path of its dark modules. */
function QrCode({ text }: { text: string }) {
  const [modules, setModules] = useState<{ size: number; path: string } | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode-generator').then(({ default: qrcode }) => {
      const qr = qrcode(0, 'M');
      qr.addData(text);
      qr.make();
      const size = qr.getModuleCount();
      let path = '';
      for (let r = 0; r < size; r++)
        for (let c = 0; c < size; c++) if (qr.isDark(r, c)) path += `M${c + 4} ${r + 4}h1v1h-1z`;
      if (live) setModules({ size: size + 8, path });
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!modules) return <p className="hint">{t('Drawing the QR code…')}</p>;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${modules.size} ${modules.size}`}
      width={200}
      height={200}
      role="img"
      aria-label={t('QR code of the key for your authenticator app')}
    >
      <rect width={modules.size} height={modules.size} fill="#fff" />
      <path d={modules.path} fill="#000" />
    </svg>
  );
}

export function PasskeysSection() {
  const timeZone = useTimeZone();
  const passkeys = usePasskeys();
  const add = useAddPasskey();
  const rename = useRenamePasskey();
  const remove = useDeletePasskey();
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const error = add.error ? passkeyError(add.error) : (rename.error ?? remove.error ?? passkeys.error);
  return (
    <Section id="passkeys-title" title={t('Passkeys')}>
      <p className="hint">
        {t(
          "A passkey signs you in with this device's screen lock (PIN, fingerprint or face), without a password or a code.",
        )}{' '}
        {t(UNAFFECTED)}
      </p>
      <Form
        className="inline-form"
        onSubmit={() => add.mutate(name.trim(), { onSuccess: () => setName('') })}
      >
        <Field label={t('Passkey name')}>
          <Input
            type="text"
            maxLength={100}
            placeholder={t('laptop')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? t('Waiting for your device…') : t('Add a passkey')}
        </button>
      </Form>
      <FormError>{error ? (error as Error).message : null}</FormError>
      {passkeys.data && passkeys.data.length === 0 && <p className="hint">{t('No passkeys yet.')}</p>}
      {passkeys.data && passkeys.data.length > 0 && (
        <ul className="rows">
          {passkeys.data.map((p) => (
            <li key={p.id} className="row">
              {editing?.id === p.id ? (
                <Form
                  className="inline-form"
                  onSubmit={() => {
                    if (editing.name.trim())
                      rename.mutate(
                        { id: p.id, name: editing.name.trim() },
                        { onSuccess: () => setEditing(null) },
                      );
                  }}
                >
                  <Field label={t('New name')}>
                    <Input
                      type="text"
                      required
                      maxLength={100}
                      value={editing.name}
                      onChange={(e) => setEditing({ id: p.id, name: e.target.value })}
                    />
                  </Field>
                  <button type="submit" className="button button-small" disabled={rename.isPending}>
                    {t('Save')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    onClick={() => setEditing(null)}
                  >
                    {t('Cancel')}
                  </button>
                </Form>
              ) : (
                <>
                  <div>
                    <strong>{p.name || t('Passkey')}</strong>
                    <p className="hint">
                      {t('added {when}', { when: instantText(p.createdAt, timeZone) })}
                      {p.backedUp ? ' · synced' : ''}
                    </p>
                  </div>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setEditing({ id: p.id, name: p.name ?? '' })}
                    >
                      {t('Rename')}
                      <span className="visually-hidden"> {p.name || 'passkey'}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(p.id)}
                    >
                      {t('Delete')}
                      <span className="visually-hidden"> {p.name || 'passkey'}</span>
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
