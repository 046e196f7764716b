// Account settings: profile, time zone, notifications, password, two-factor sign-in, passkeys,
// sessions, API keys, calendar feeds, export and import, and deleting the account.
import { useState } from 'react';
import { useMe } from '../auth/session';
import { useAuthOptions } from '../auth/signupMode';
import { Field, Form, FormError, Input, Select } from '../ui/Form';
import { t } from '../ui/i18n';
import { dateText, instantText } from '../ui/time';
import { useToast } from '../ui/toast';
import { AppearanceSection } from './AppearanceSection';
import { AssistantModelSection } from './AssistantModelSection';
import {
  useApiKeys,
  useChangePassword,
  useCreateApiKey,
  useDeleteAccount,
  useRenameProfile,
  useRevokeApiKey,
  useRevokeSession,
  useSendVerificationLink,
  useSessions,
} from './account';
import { useTimeZone } from './api';
import { CalendarFeedsSection } from './CalendarFeedsSection';
import { DataSection } from './DataSection';
import { DateOrderSection } from './DateOrderSection';
import { LanguageSection } from './LanguageSection';
import { NotificationsSection } from './NotificationsSection';
import { PushSection } from './PushSection';
import { PasskeysSection, TwoFactorSection } from './SecondFactorSections';
import { ErrorText, Section } from './Section';
import { SsoSection } from './SsoSection';
import { TimeZoneSection } from './TimeZoneSection';

export function SettingsScreen() {
  return (
    <>
      <div className="screen-head">
        <h1>{t('Settings')}</h1>
      </div>
      <Profile />
      <LanguageSection />
      <TimeZoneSection />
      <DateOrderSection />
      <AppearanceSection />
      <NotificationsSection />
      <PushSection />
      <Password />
      <SsoSection />
      <TwoFactorSection />
      <PasskeysSection />
      <Sessions />
      <ApiKeys />
      <CalendarFeedsSection />
      <AssistantModelSection />
      <DataSection />
      <DeleteAccount />
    </>
  );
}

function Profile() {
  const me = useMe();
  const toast = useToast();
  const [name, setName] = useState<string | null>(null);
  const save = useRenameProfile();
  const current = name ?? me.data?.name ?? '';
  return (
    <Section id="profile-title" title={t('Profile')}>
      <Form
        onSubmit={() => {
          if (current.trim())
            save.mutate(current.trim(), {
              onSuccess: () => {
                setName(null);
                toast({ message: t('Name saved') });
              },
            });
        }}
      >
        <Field label={t('Name')}>
          <Input type="text" autoComplete="name" value={current} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('Email')} hint={t('Your sign-in email cannot be changed here.')}>
          <Input type="email" value={me.data?.email ?? ''} readOnly />
        </Field>
        {me.data?.email && !me.data.email_verified && <VerifyEmail email={me.data.email} />}
        <ErrorText error={save.error} />
        <div>
          <button type="submit" className="button" disabled={save.isPending || name === null}>
            {t('Save name')}
          </button>
        </div>
      </Form>
    </Section>
  );
}

/**
 * An address not verified yet: invitations sent to it wait until it is. Where the server sends
 * email, a button sends the link (Better Auth's); elsewhere an invitation's link is the way in.
 */
export function VerifyEmail({ email }: { email: string }) {
  const options = useAuthOptions();
  const send = useSendVerificationLink();
  return (
    <div className="notice stack" role="note">
      <p>
        {options?.email
          ? t('Your email address is not verified yet: lists shared with it by email reach you once it is.')
          : t(
              "Your email address is not verified yet: lists shared with it by email reach you once it is. This server sends no email: ask a list's owner for the invitation's link.",
            )}
      </p>
      {options?.email && (
        <div>
          <button
            type="button"
            className="button"
            disabled={send.isPending}
            onClick={() => send.mutate(email)}
          >
            {t('Send a verification link')}
          </button>
          {send.isSuccess && (
            <p role="status">{t('Sent: open the link in the email to {email}.', { email })}</p>
          )}
          <ErrorText error={send.error} />
        </div>
      )}
    </div>
  );
}

function Password() {
  const toast = useToast();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = useChangePassword();
  const submit = () => {
    setProblem(next.length < 8 ? t('Use a new password of at least 8 characters.') : null);
    if (next.length >= 8)
      change.mutate(
        { current_password: current, new_password: next },
        {
          onSuccess: () => {
            setCurrent('');
            setNext('');
            toast({ message: t('Password changed. Your other sessions were signed out.') });
          },
        },
      );
  };
  return (
    <Section id="password-title" title={t('Password')}>
      <Form onSubmit={submit}>
        <Field label={t('Current password')}>
          <Input
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </Field>
        <Field
          label={t('New password')}
          hint={t('At least 8 characters. Changing it signs out your other sessions.')}
        >
          <Input
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </Field>
        <FormError>{problem}</FormError>
        <ErrorText error={change.error} />
        <div>
          <button type="submit" className="button" disabled={change.isPending}>
            {t('Change password')}
          </button>
        </div>
      </Form>
    </Section>
  );
}

function Sessions() {
  const timeZone = useTimeZone();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  return (
    <Section id="sessions-title" title={t('Sessions')}>
      <p className="hint">{t('Where you are signed in. Sign out any device you do not recognise.')}</p>
      {sessions.isPending && <p role="status">{t('Loading sessions…')}</p>}
      <ErrorText error={sessions.error ?? revoke.error} />
      {sessions.data && (
        <ul className="rows">
          {sessions.data.sessions.map((s) => (
            <li key={s.id} className="row">
              <div>
                <strong>{s.current ? t('This device') : describeAgent(s.user_agent)}</strong>
                <p className="hint">
                  {t('{address} · signed in {when}', {
                    address: s.ip_address ?? t('unknown address'),
                    when: instantText(s.created_at, timeZone),
                  })}
                </p>
              </div>
              <button
                type="button"
                className="button button-small"
                onClick={() => revoke.mutate({ id: s.id, current: s.current })}
                disabled={revoke.isPending}
              >
                {t('Sign out')}
                <span className="visually-hidden"> {t(s.current ? 'this device' : 'this session')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function describeAgent(agent: string | null): string {
  if (!agent) return t('Unknown device');
  const browser = /Firefox|Edg|Chrome|Safari/.exec(agent)?.[0]?.replace('Edg', 'Edge') ?? 'Browser';
  const os =
    /Windows|Mac OS X|Android|iPhone|iPad|Linux/.exec(agent)?.[0]?.replace('Mac OS X', 'macOS') ?? '';
  return os ? t('{browser} on {system}', { browser, system: os }) : browser;
}

export function ApiKeys() {
  const timeZone = useTimeZone();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [use, setUse] = useState<'api' | 'caldav'>('api');
  const [created, setCreated] = useState<{ name: string; key: string; caldav: boolean } | null>(null);
  const [copied, setCopied] = useState(false);
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
    } catch {
      document.querySelector<HTMLInputElement>('#new-api-key')?.select();
    }
  };
  return (
    <Section id="keys-title" title={t('API keys')}>
      <p className="hint">
        {t('For scripts and other programs: send a key as')} <code>X-API-Key</code>
        {t(
          ". Keys can read and write your tasks. A key for CalDAV apps (Apple Reminders, Tasks.org with DAVx⁵, Thunderbird) is an app password: sign in there with your email and the key, at this server's address.",
        )}
      </p>
      <Form
        className="inline-form"
        onSubmit={() => {
          if (name.trim())
            create.mutate(
              { name: name.trim(), scopes: [use], ...(days ? { expires_in_days: Number(days) } : {}) },
              {
                onSuccess: (key) => {
                  setCreated({ name: key.name, key: key.key, caldav: key.scopes.includes('caldav') });
                  setCopied(false);
                  setName('');
                },
              },
            );
        }}
      >
        <Field label={t('Key name')}>
          <Input
            type="text"
            required
            maxLength={100}
            placeholder={t('laptop script')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Field label={t('For')}>
          <Select value={use} onChange={(e) => setUse(e.target.value === 'caldav' ? 'caldav' : 'api')}>
            <option value="api">{t('scripts and the API')}</option>
            <option value="caldav">{t('CalDAV apps')}</option>
          </Select>
        </Field>
        <Field label={t('Expires')}>
          <Select value={days} onChange={(e) => setDays(e.target.value)}>
            <option value="30">{t('in 30 days')}</option>
            <option value="90">{t('in 90 days')}</option>
            <option value="365">{t('in a year')}</option>
            <option value="">{t('never')}</option>
          </Select>
        </Field>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('Create key')}
        </button>
      </Form>
      <ErrorText error={create.error ?? keys.error ?? revoke.error} />
      {created && (
        <div className="notice" role="status">
          <p>{t('Your new key “{name}”. Copy it now: it is shown only once.', { name: created.name })}</p>
          {created.caldav && (
            <p className="hint">
              {t('In your CalDAV app: server')}{' '}
              <code>
                {window.location.origin}
                /dav/
              </code>
              {t(', user name your email, password this key.')}
            </p>
          )}
          <div className="inline-form">
            <label htmlFor="new-api-key" className="visually-hidden">
              {t('New API key')}
            </label>
            <input
              id="new-api-key"
              className="mono"
              type="text"
              readOnly
              value={created.key}
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="button" onClick={copy}>
              {copied ? t('Copied') : t('Copy')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setCreated(null)}>
              {t('Done')}
            </button>
          </div>
        </div>
      )}
      {keys.data && keys.data.api_keys.length === 0 && <p className="hint">{t('No API keys yet.')}</p>}
      {keys.data && keys.data.api_keys.length > 0 && (
        <ul className="rows">
          {keys.data.api_keys.map((k) => (
            <li key={k.id} className="row">
              <div>
                <strong>{k.name}</strong> <code>{k.start}…</code>
                {k.scopes.includes('caldav') && <span className="hint"> {t('· CalDAV')}</span>}
                <p className="hint">
                  {k.expires_at
                    ? t('expires {when}', { when: dateText(k.expires_at, timeZone) })
                    : t('never expires')}{' '}
                  ·{' '}
                  {k.last_used_at
                    ? t('last used {when}', { when: instantText(k.last_used_at, timeZone) })
                    : t('never used')}
                </p>
              </div>
              <button
                type="button"
                className="button button-small"
                onClick={() => revoke.mutate(k.id)}
                disabled={revoke.isPending}
              >
                {t('Revoke')}
                <span className="visually-hidden"> {k.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function DeleteAccount() {
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteAccount();
  return (
    <Section id="delete-title" title={t('Delete account')}>
      <p className="hint">
        {t('This deletes your account, every task, session and API key. It cannot be undone.')}
      </p>
      {!confirming ? (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('Delete my account…')}
        </button>
      ) : (
        <Form
          onSubmit={() => {
            remove.mutate(password);
          }}
        >
          <Field label={t('Your password, to confirm')}>
            <Input
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <ErrorText error={remove.error} />
          <div className="button-row">
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
              {t('Cancel')}
            </button>
            <button type="submit" className="button button-danger" disabled={remove.isPending}>
              {t('Delete everything')}
            </button>
          </div>
        </Form>
      )}
    </Section>
  );
}
