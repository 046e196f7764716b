// The Admin screen's sign-up section: who may make an account (the sign-up mode) and invitation links.
import { useId, useState } from 'react';
import { useTimeZone } from '../settings/api';
import { ErrorText } from '../settings/Section';
import { Field, Input } from '../ui/Form';
import { msg, t } from '../ui/i18n';
import { instantText } from '../ui/time';
import { useToast } from '../ui/toast';
import {
  type AdminInvitation,
  type SignupMode,
  useCreateInvitation,
  useRevokeInvitation,
  useSetSignupMode,
  useSignupSettings,
} from './api';

const MODES: { mode: SignupMode; label: string }[] = [
  { mode: 'open', label: msg('Open: anyone may make an account') },
  { mode: 'invite', label: msg('By invitation: a list invitation or an invitation link') },
  { mode: 'closed', label: msg('Closed: nobody (you make accounts with npm run admin)') },
];

const invitationStatus = (invitation: AdminInvitation, timeZone: string) =>
  invitation.status === 'used'
    ? t('used by {who}', { who: invitation.used_by_email ?? t('a deleted account') })
    : invitation.status === 'expired'
      ? 'expired'
      : t('open until {when}', { when: instantText(invitation.expires_at, timeZone) });

/**
 * Who may make an account: the mode (an administrator's choice wins over SIGNUP until cleared)
 * and one-time invitation links, each shown once when made.
 */
export function SignupSection() {
  const headingId = useId();
  const modeName = useId();
  const settings = useSignupSettings();
  const setMode = useSetSignupMode();
  const create = useCreateInvitation();
  const revoke = useRevokeInvitation();
  const toast = useToast();
  const timeZone = useTimeZone();
  const [note, setNote] = useState('');
  const [made, setMade] = useState<{ link: string; note: string | null } | null>(null);
  const data = settings.data;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('Sign-up')}</h2>
      {settings.isPending && <p role="status">{t('Loading…')}</p>}
      <ErrorText error={settings.error} />
      {data && (
        <>
          <fieldset className="radio-group admin-choice" disabled={setMode.isPending}>
            <legend>{t('Who may make an account')}</legend>
            {MODES.map(({ mode, label }) => (
              <label key={mode}>
                <input
                  type="radio"
                  name={modeName}
                  value={mode}
                  checked={data.mode === mode}
                  onChange={() =>
                    setMode.mutate(mode, {
                      onSuccess: () =>
                        toast({
                          message: t(
                            'Sign-up is now {mode, select, open {open} invite {invite} other {closed}}',
                            { mode },
                          ),
                        }),
                    })
                  }
                />{' '}
                {t(label)}
              </label>
            ))}
          </fieldset>
          <p className="hint">
            {data.set_by_administrator ? (
              <>
                {t('Set here; SIGNUP says {mode, select, open {open} invite {invite} other {closed}}.', {
                  mode: data.environment_mode,
                })}{' '}
                <button type="button" className="link-button" onClick={() => setMode.mutate(null)}>
                  {t('Use SIGNUP')}
                </button>
              </>
            ) : (
              t(
                'Set by SIGNUP ({mode, select, open {open} invite {invite} other {closed}}); a choice here overrides it.',
                { mode: data.environment_mode },
              )
            )}
          </p>
          <ErrorText error={setMode.error} />
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              create.mutate(
                { ...(note.trim() ? { note: note.trim() } : {}), days: 7 },
                {
                  onSuccess: (link) => {
                    setMade({ link: link.link, note: link.note });
                    setNote('');
                  },
                },
              );
            }}
          >
            <Field label={t('Invitation link for (optional)')}>
              <Input
                value={note}
                maxLength={200}
                onChange={(e) => setNote(e.target.value)}
                placeholder={t('Dana')}
              />
            </Field>
            <button type="submit" className="button" disabled={create.isPending}>
              {t('Make an invitation link')}
            </button>
          </form>
          <ErrorText error={create.error} />
          {made && (
            <div role="status" className="notice">
              <p>
                {made.note
                  ? t(
                      'Send this link to {note}: it makes one account within 7 days, and is shown only now.',
                      {
                        note: made.note,
                      },
                    )
                  : t('Send this link: it makes one account within 7 days, and is shown only now.')}
              </p>
              <Field label={t('Invitation link')}>
                <Input readOnly value={made.link} onFocus={(e) => e.target.select()} />
              </Field>
            </div>
          )}
          {data.invitations.length > 0 && (
            <ol className="rows admin-invitations" aria-label={t('Invitation links')}>
              {data.invitations.map((invitation) => (
                <li key={invitation.id} className="row">
                  <span>{invitation.note ?? t('Invitation {id}', { id: invitation.id })}</span>
                  <span className="hint">{invitationStatus(invitation, timeZone)}</span>
                  {invitation.status === 'pending' && (
                    <button
                      type="button"
                      className="button button-quiet"
                      disabled={revoke.isPending}
                      aria-label={t('Revoke {what}', {
                        what: invitation.note ?? t('invitation {id}', { id: invitation.id }),
                      })}
                      onClick={() => revoke.mutate(invitation.id)}
                    >
                      {t('Revoke')}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
          <ErrorText error={revoke.error} />
        </>
      )}
    </section>
  );
}
