// The Admin screen's sign-up section: who may make an account (the sign-up mode) and invitation links.
import { useId, useState } from 'react';
import { useTimeZone } from '../settings/api';
import { ErrorText } from '../settings/Section';
import { Field, Input } from '../ui/Form';
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
  { mode: 'open', label: 'Open: anyone may make an account' },
  { mode: 'invite', label: 'By invitation: a list invitation or an invitation link' },
  { mode: 'closed', label: 'Closed: nobody (you make accounts with npm run admin)' },
];

const invitationStatus = (invitation: AdminInvitation, timeZone: string) =>
  invitation.status === 'used'
    ? `used by ${invitation.used_by_email ?? 'a deleted account'}`
    : invitation.status === 'expired'
      ? 'expired'
      : `open until ${instantText(invitation.expires_at, timeZone)}`;

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
      <h2 id={headingId}>Sign-up</h2>
      {settings.isPending && <p role="status">Loading…</p>}
      <ErrorText error={settings.error} />
      {data && (
        <>
          <fieldset className="radio-group admin-choice" disabled={setMode.isPending}>
            <legend>Who may make an account</legend>
            {MODES.map(({ mode, label }) => (
              <label key={mode}>
                <input
                  type="radio"
                  name={modeName}
                  value={mode}
                  checked={data.mode === mode}
                  onChange={() =>
                    setMode.mutate(mode, { onSuccess: () => toast({ message: `Sign-up is now ${mode}` }) })
                  }
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <p className="hint">
            {data.set_by_administrator ? (
              <>
                Set here; SIGNUP says {data.environment_mode}.{' '}
                <button type="button" className="link-button" onClick={() => setMode.mutate(null)}>
                  Use SIGNUP
                </button>
              </>
            ) : (
              `Set by SIGNUP (${data.environment_mode}); a choice here overrides it.`
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
            <Field label="Invitation link for (optional)">
              <Input
                value={note}
                maxLength={200}
                onChange={(e) => setNote(e.target.value)}
                placeholder="Dana"
              />
            </Field>
            <button type="submit" className="button" disabled={create.isPending}>
              Make an invitation link
            </button>
          </form>
          <ErrorText error={create.error} />
          {made && (
            <div role="status" className="notice">
              <p>
                Send this link{made.note ? ` to ${made.note}` : ''}: it makes one account within 7 days, and
                is shown only now.
              </p>
              <Field label="Invitation link">
                <Input readOnly value={made.link} onFocus={(e) => e.target.select()} />
              </Field>
            </div>
          )}
          {data.invitations.length > 0 && (
            <ol className="rows admin-invitations" aria-label="Invitation links">
              {data.invitations.map((invitation) => (
                <li key={invitation.id} className="row">
                  <span>{invitation.note ?? `Invitation ${invitation.id}`}</span>
                  <span className="hint">{invitationStatus(invitation, timeZone)}</span>
                  {invitation.status === 'pending' && (
                    <button
                      type="button"
                      className="button button-quiet"
                      disabled={revoke.isPending}
                      aria-label={`Revoke ${invitation.note ?? `invitation ${invitation.id}`}`}
                      onClick={() => revoke.mutate(invitation.id)}
                    >
                      Revoke
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
