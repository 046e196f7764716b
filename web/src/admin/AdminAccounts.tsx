// The Admin screen's accounts: searched by email prefix, with the actions on each (disable or
// enable, administrator or not, a password reset or verification email, delete).
import { useEffect, useId, useState } from 'react';
import { describeError } from '../api/client';
import { useTimeZone } from '../settings/api';
import { ErrorText } from '../settings/Section';
import { Dialog } from '../ui/Dialog';
import { Field, Input } from '../ui/Form';
import { dateText, instantText } from '../ui/time';
import { useToast } from '../ui/toast';
import { type AccountAction, type AdminUser, type SharedLists, useAccountAction, useAdminUsers } from './api';

export function Accounts({ myId }: { myId: string }) {
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
