// The Admin screen (administrators only): the server's accounts, searched by email prefix, with
// the actions on each (disable or enable, administrator or not, a password reset or verification
// email, delete), who may make an account (the sign-up mode, invitation links), the assistant's model, the backups (their schedule, the latest, "Back up now"), and the log of every
// administrator action. The server decides who is one (403
// to anyone else); this screen only does not ask for what it would refuse.
import { useEffect, useId, useState } from 'react';
import { describeError } from '../api/client';
import { useTimeZone } from '../settings/api';
import { ErrorText } from '../settings/Section';
import { Dialog } from '../ui/Dialog';
import { Field, Input } from '../ui/Form';
import { dateText, instantText } from '../ui/time';
import { useToast } from '../ui/toast';
import { AdminModelSection } from './AdminModelSection';
import {
  type AccountAction,
  type AdminAction,
  type AdminInvitation,
  type AdminUser,
  type SharedLists,
  type SignupMode,
  useAccountAction,
  useAdminActions,
  useAdminUsers,
  useBackUpNow,
  useBackups,
  useCreateInvitation,
  useRevokeInvitation,
  useSetSignupMode,
  useSignupSettings,
} from './api';

export const REFUSAL = "Only the server's administrators can see this page.";

export function AdminScreen({ isAdmin, myId }: { isAdmin: boolean; myId: string }) {
  return (
    <>
      <div className="screen-head">
        <h1>Admin</h1>
      </div>
      {isAdmin ? (
        <>
          <Accounts myId={myId} />
          <SignupSection />
          <AdminModelSection />
          <Backups />
          <ActionLog />
        </>
      ) : (
        <p role="alert" className="state notice notice-error">
          {REFUSAL}
        </p>
      )}
    </>
  );
}

function Accounts({ myId }: { myId: string }) {
  const headingId = useId();
  const [text, setText] = useState('');
  const [email, setEmail] = useState('');
  // The list follows the box a moment after typing stops.
  useEffect(() => {
    const timer = window.setTimeout(() => setEmail(text.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const users = useAdminUsers(email);
  const timeZone = useTimeZone();
  const rows = users.data?.pages.flatMap((page) => page.users) ?? [];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Accounts</h2>
      <form
        className="inline-form admin-search"
        onSubmit={(event) => {
          event.preventDefault();
          setEmail(text.trim());
        }}
      >
        <Field label="Search by email" hint="The beginning of an address: ann, or ann@example.com.">
          <Input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
      </form>
      {users.isPending && <p role="status">Loading accounts…</p>}
      {users.isError && (
        <div role="alert" className="notice notice-error">
          <p>Could not load the accounts. {describeError(users.error)}</p>
          <button type="button" className="button button-small" onClick={() => users.refetch()}>
            Try again
          </button>
        </div>
      )}
      {users.data && rows.length === 0 && (
        <p className="hint">{email ? `No account’s email starts with “${email}”.` : 'No accounts.'}</p>
      )}
      {rows.length > 0 && (
        <table className="admin-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Created</th>
              <th scope="col">Last active</th>
              <th scope="col">Tasks</th>
              <th scope="col">Lists</th>
              <th scope="col">Verified</th>
              <th scope="col">Administrator</th>
              <th scope="col">Disabled</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((user) => (
              <AccountRow key={user.id} user={user} self={user.id === myId} timeZone={timeZone} />
            ))}
          </tbody>
        </table>
      )}
      {users.hasNextPage && (
        <button
          type="button"
          className="button load-more"
          disabled={users.isFetchingNextPage}
          onClick={() => users.fetchNextPage()}
        >
          {users.isFetchingNextPage ? 'Loading…' : 'Show more accounts'}
        </button>
      )}
    </section>
  );
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

type Confirming = 'disable' | 'make-admin' | 'unmake-admin' | 'delete' | null;

function AccountRow({ user, self, timeZone }: { user: AdminUser; self: boolean; timeZone: string }) {
  const toast = useToast();
  const action = useAccountAction(user, self);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const who = user.email;
  const run = (what: AccountAction, done: string) => {
    action.reset();
    action.mutate(what, {
      onSuccess: () => {
        setConfirming(null);
        toast({ message: done });
      },
    });
  };
  const open = (what: Confirming) => {
    action.reset();
    setConfirming(what);
  };
  const close = () => {
    action.reset();
    setConfirming(null);
  };
  return (
    <tr className={user.disabled ? 'admin-disabled' : undefined}>
      <th scope="row" className="admin-email">
        {who}
        {self && <span className="hint"> (you)</span>}
      </th>
      <td data-label="Name">{user.name}</td>
      <td data-label="Created">{dateText(user.created_at, timeZone)}</td>
      <td data-label="Last active">
        {user.last_active_at ? instantText(user.last_active_at, timeZone) : 'Never'}
      </td>
      <td data-label="Tasks" className="admin-number">
        {user.tasks}
      </td>
      <td data-label="Lists" className="admin-number">
        {user.lists}
      </td>
      <td data-label="Verified">{yesNo(user.email_verified)}</td>
      <td data-label="Administrator">{yesNo(user.is_admin)}</td>
      <td data-label="Disabled">{yesNo(user.disabled)}</td>
      <td className="admin-actions">
        <div className="button-row">
          {!self &&
            (user.disabled ? (
              <ActionButton
                verb="Enable"
                who={who}
                busy={action.isPending}
                onClick={() => run({ kind: 'enable' }, `Enabled ${who}`)}
              />
            ) : (
              <ActionButton
                verb="Disable"
                who={who}
                busy={action.isPending}
                onClick={() => open('disable')}
              />
            ))}
          <ActionButton
            verb={user.is_admin ? 'Remove administrator' : 'Make administrator'}
            who={who}
            busy={action.isPending}
            onClick={() => open(user.is_admin ? 'unmake-admin' : 'make-admin')}
          />
          <ActionButton
            verb="Send password reset"
            who={who}
            busy={action.isPending}
            onClick={() => run({ kind: 'password-reset' }, `Sent a password reset link to ${who}`)}
          />
          {!user.email_verified && (
            <ActionButton
              verb="Send verification"
              who={who}
              busy={action.isPending}
              onClick={() => run({ kind: 'verification' }, `Sent a verification link to ${who}`)}
            />
          )}
          {!self && (
            <ActionButton
              verb="Delete"
              who={who}
              danger
              busy={action.isPending}
              onClick={() => open('delete')}
            />
          )}
        </div>
        {self && (
          <p className="hint">
            This is you: you cannot disable or delete your own account here (Settings deletes it).
          </p>
        )}
        {!confirming && <ErrorText error={action.error} />}
        {confirming === 'disable' && (
          <Confirm
            title={`Disable ${who}?`}
            confirm={`Disable ${who}`}
            danger
            busy={action.isPending}
            error={action.error}
            onClose={close}
            onConfirm={() => run({ kind: 'disable' }, `Disabled ${who}`)}
          >
            <p>
              {who} is signed out everywhere at once and cannot sign in; its API keys stop working until it is
              enabled again. Its tasks, lists and keys are kept.
            </p>
          </Confirm>
        )}
        {confirming === 'make-admin' && (
          <Confirm
            title={`Make ${who} an administrator?`}
            confirm={`Make ${who} an administrator`}
            busy={action.isPending}
            error={action.error}
            onClose={close}
            onConfirm={() => run({ kind: 'admin', isAdmin: true }, `${who} is now an administrator`)}
          >
            <p>{who} will see every account, and may disable, delete and administer them, you included.</p>
          </Confirm>
        )}
        {confirming === 'unmake-admin' && (
          <Confirm
            title={`Remove ${who} as administrator?`}
            confirm={`Remove administrator ${who}`}
            danger
            busy={action.isPending}
            error={action.error}
            onClose={close}
            onConfirm={() => run({ kind: 'admin', isAdmin: false }, `${who} is no longer an administrator`)}
          >
            <p>
              {self
                ? 'You will no longer see this page or administer accounts.'
                : `${who} will no longer see this page or administer accounts.`}
            </p>
          </Confirm>
        )}
        {confirming === 'delete' && (
          <DeleteDialog
            user={user}
            busy={action.isPending}
            error={action.error}
            onClose={close}
            onConfirm={(sharedLists) =>
              run({ kind: 'delete', sharedLists }, `Deleted ${who} and all its data`)
            }
          />
        )}
      </td>
    </tr>
  );
}

/** A small button named with the account it acts on: it shows "Disable", it is "Disable ann@example.com". */
function ActionButton({
  verb,
  who,
  danger,
  busy,
  onClick,
}: {
  verb: string;
  who: string;
  danger?: boolean;
  busy: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={danger ? 'button button-small button-danger' : 'button button-small'}
      aria-label={`${verb} ${who}`}
      disabled={busy}
      onClick={onClick}
    >
      {verb}
    </button>
  );
}

function Confirm({
  title,
  confirm,
  danger,
  busy,
  error,
  onClose,
  onConfirm,
  children,
}: {
  title: string;
  confirm: string;
  danger?: boolean;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: () => void;
  children: React.ReactNode;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="stack">
        {children}
        <ErrorText error={error} />
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button button-primary'}
            disabled={busy}
            onClick={onConfirm}
          >
            {confirm}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function DeleteDialog({
  user,
  busy,
  error,
  onClose,
  onConfirm,
}: {
  user: AdminUser;
  busy: boolean;
  error: unknown;
  onClose: () => void;
  onConfirm: (sharedLists: SharedLists) => void;
}) {
  const [sharedLists, setSharedLists] = useState<SharedLists>('transfer');
  const name = useId();
  return (
    <Dialog title={`Delete ${user.email}?`} onClose={onClose}>
      <div className="stack">
        <p>
          The account and all its data go: {user.tasks} {user.tasks === 1 ? 'task' : 'tasks'}, {user.lists}{' '}
          {user.lists === 1 ? 'list' : 'lists'}, its sessions, API keys and settings. It cannot be undone.
        </p>
        <fieldset className="radio-group admin-choice">
          <legend>Its lists shared with others</legend>
          <label>
            <input
              type="radio"
              name={name}
              value="transfer"
              checked={sharedLists === 'transfer'}
              onChange={() => setSharedLists('transfer')}
            />{' '}
            Hand each to its longest-standing editor (else viewer), with its tasks
          </label>
          <label>
            <input
              type="radio"
              name={name}
              value="delete"
              checked={sharedLists === 'delete'}
              onChange={() => setSharedLists('delete')}
            />{' '}
            Delete them: their members lose them
          </label>
        </fieldset>
        <ErrorText error={error} />
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => onConfirm(sharedLists)}
          >
            Delete {user.email}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

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
function SignupSection() {
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

/** "every 6 hours", "every day": BACKUP_EVERY in words. */
function scheduleText(minutes: number | null): string {
  if (minutes === null) return 'Backups are written only on demand (BACKUP_EVERY is not set).';
  const [n, unit] =
    minutes % 1440 === 0
      ? [minutes / 1440, 'day']
      : minutes % 60 === 0
        ? [minutes / 60, 'hour']
        : [minutes, 'minute'];
  return `A backup is written every ${n === 1 ? unit : `${n} ${unit}s`}.`;
}

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The backups: files on the server, read by `npm run restore`. They hold everyone's tasks, so
 * this screen lists them and writes one, but never offers one for download (the operator takes
 * them from BACKUP_DIR).
 */
function Backups() {
  const headingId = useId();
  const backups = useBackups();
  const backUp = useBackUpNow();
  const toast = useToast();
  const timeZone = useTimeZone();
  const list = backups.data?.backups ?? [];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Backups</h2>
      {backups.isPending && <p role="status">Loading the backups…</p>}
      <ErrorText error={backups.error} />
      {backups.data && (
        <p className="hint">
          {scheduleText(backups.data.every_minutes)} The newest {backups.data.keep} are kept on the server;
          restore one with <code>npm run restore -- FILE</code>.
        </p>
      )}
      {backups.data && list.length === 0 && <p className="hint">No backup yet.</p>}
      {list.length > 0 && (
        <ol className="rows admin-backups" aria-labelledby={headingId}>
          {list.map((backup) => (
            <li key={backup.name} className="row">
              <span>{backup.name}</span>
              <span className="hint">
                {sizeText(backup.bytes)} ·{' '}
                <time dateTime={backup.created_at}>{instantText(backup.created_at, timeZone)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
      <ErrorText error={backUp.error} />
      <button
        type="button"
        className="button"
        disabled={backUp.isPending}
        onClick={() =>
          backUp.mutate(undefined, {
            onSuccess: (made) => toast({ message: `Backup written: ${made.name} (${sizeText(made.bytes)})` }),
          })
        }
      >
        {backUp.isPending ? 'Writing a backup…' : 'Back up now'}
      </button>
    </section>
  );
}

function ActionLog() {
  const headingId = useId();
  const actions = useAdminActions();
  const timeZone = useTimeZone();
  const rows = actions.data?.pages.flatMap((page) => page.actions) ?? [];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Log</h2>
      <p className="hint">Every administrator action, newest first.</p>
      {actions.isPending && <p role="status">Loading the log…</p>}
      <ErrorText error={actions.error} />
      {actions.data && rows.length === 0 && <p className="hint">No administrator action yet.</p>}
      {rows.length > 0 && (
        <ol className="rows admin-log" aria-labelledby={headingId}>
          {rows.map((entry) => (
            <li key={entry.id} className="row">
              <span>{describeAction(entry)}</span>
              <time className="hint" dateTime={entry.at}>
                {instantText(entry.at, timeZone)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {actions.hasNextPage && (
        <button
          type="button"
          className="button load-more"
          disabled={actions.isFetchingNextPage}
          onClick={() => actions.fetchNextPage()}
        >
          {actions.isFetchingNextPage ? 'Loading…' : 'Show more of the log'}
        </button>
      )}
    </section>
  );
}

/** One line of the log in words: "ann@example.com disabled bob@example.com". */
export function describeAction(entry: AdminAction): string {
  const actor = entry.actor_id === 'cli' ? 'The command line' : (entry.actor_email ?? entry.actor_id);
  const target = entry.target_email ?? entry.target_id;
  switch (entry.action) {
    case 'disable':
      return `${actor} disabled ${target}`;
    case 'enable':
      return `${actor} enabled ${target}`;
    case 'password-reset':
      return `${actor} sent a password reset link to ${target}`;
    case 'verification':
      return `${actor} sent a verification link to ${target}`;
    case 'make-admin':
      return `${actor} made ${target} an administrator`;
    case 'unmake-admin':
      return `${actor} removed ${target} as administrator`;
    case 'delete':
      return `${actor} deleted ${target}${listsOutcome(entry.detail)}`;
    case 'backup':
      return `${actor} wrote the backup ${target}`;
    case 'signup-mode':
      return `${actor} set sign-up to ${String(entry.detail.mode ?? 'SIGNUP')}`;
    case 'invite':
      return `${actor} made an invitation link${entry.detail.note ? ` for ${String(entry.detail.note)}` : ''}`;
    case 'revoke-invitation':
      return `${actor} revoked ${target.replace('invitation:', 'invitation ')}`;
    case 'server-model':
      return `${actor} set the assistant's model to ${String(entry.detail.model ?? 'the environment’s')}`;
  }
}

function listsOutcome(detail: Record<string, unknown>): string {
  // The deletion's log row: { shared_lists: 'transfer' | 'delete', lists: [{ list_id, outcome, to }] }.
  const lists = Array.isArray(detail.lists) ? (detail.lists as { outcome?: string }[]) : [];
  if (lists.length === 0) return '';
  const handed = lists.filter((l) => l.outcome === 'transferred').length;
  const deleted = lists.length - handed;
  const parts = [handed ? `${handed} handed on` : '', deleted ? `${deleted} deleted` : ''].filter(Boolean);
  return ` (shared ${lists.length === 1 ? 'list' : 'lists'}: ${parts.join(', ')})`;
}
