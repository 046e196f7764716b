// The Admin screen's accounts: searched by email prefix, with the actions on each (disable or
// enable, administrator or not, a password reset or verification email, delete).
import { useEffect, useId, useState } from 'react';
import { describeError } from '../api/client';
import { useTimeZone } from '../settings/api';
import { ErrorText } from '../settings/Section';
import { Dialog } from '../ui/Dialog';
import { Field, Input } from '../ui/Form';
import { t } from '../ui/i18n';
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
      <h2 id={headingId}>{t('Accounts')}</h2>
      <form
        className="inline-form admin-search"
        onSubmit={(event) => {
          event.preventDefault();
          setEmail(text.trim());
        }}
      >
        <Field label={t('Search by email')} hint={t('The beginning of an address: ann, or ann@example.com.')}>
          <Input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
      </form>
      {users.isPending && <p role="status">{t('Loading accounts…')}</p>}
      {users.isError && (
        <div role="alert" className="notice notice-error">
          <p>
            {t('Could not load the accounts.')} {describeError(users.error)}
          </p>
          <button type="button" className="button button-small" onClick={() => users.refetch()}>
            {t('Try again')}
          </button>
        </div>
      )}
      {users.data && rows.length === 0 && (
        <p className="hint">
          {email ? t('No account’s email starts with “{email}”.', { email }) : t('No accounts.')}
        </p>
      )}
      {rows.length > 0 && (
        <table className="admin-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('Email')}</th>
              <th scope="col">{t('Name')}</th>
              <th scope="col">{t('Created')}</th>
              <th scope="col">{t('Last active')}</th>
              <th scope="col">{t('Tasks')}</th>
              <th scope="col">{t('Lists')}</th>
              <th scope="col">{t('Verified')}</th>
              <th scope="col">{t('Administrator')}</th>
              <th scope="col">{t('Disabled')}</th>
              <th scope="col">{t('Actions')}</th>
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
          {users.isFetchingNextPage ? t('Loading…') : t('Show more accounts')}
        </button>
      )}
    </section>
  );
}

const yesNo = (value: boolean) => (value ? t('Yes') : t('No'));

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
        {self && <span className="hint"> {t('(you)')}</span>}
      </th>
      <td data-label={t('Name')}>{user.name}</td>
      <td data-label={t('Created')}>{dateText(user.created_at, timeZone)}</td>
      <td data-label={t('Last active')}>
        {user.last_active_at ? instantText(user.last_active_at, timeZone) : t('Never')}
      </td>
      <td data-label={t('Tasks')} className="admin-number">
        {user.tasks}
      </td>
      <td data-label={t('Lists')} className="admin-number">
        {user.lists}
      </td>
      <td data-label={t('Verified')}>{yesNo(user.email_verified)}</td>
      <td data-label={t('Administrator')}>{yesNo(user.is_admin)}</td>
      <td data-label={t('Disabled')}>{yesNo(user.disabled)}</td>
      <td className="admin-actions">
        <div className="button-row">
          {!self &&
            (user.disabled ? (
              <ActionButton
                verb={t('Enable')}
                who={who}
                busy={action.isPending}
                onClick={() => run({ kind: 'enable' }, t('Enabled {who}', { who }))}
              />
            ) : (
              <ActionButton
                verb={t('Disable')}
                who={who}
                busy={action.isPending}
                onClick={() => open('disable')}
              />
            ))}
          <ActionButton
            verb={user.is_admin ? t('Remove administrator') : t('Make administrator')}
            who={who}
            busy={action.isPending}
            onClick={() => open(user.is_admin ? 'unmake-admin' : 'make-admin')}
          />
          <ActionButton
            verb={t('Send password reset')}
            who={who}
            busy={action.isPending}
            onClick={() => run({ kind: 'password-reset' }, t('Sent a password reset link to {who}', { who }))}
          />
          {!user.email_verified && (
            <ActionButton
              verb={t('Send verification')}
              who={who}
              busy={action.isPending}
              onClick={() => run({ kind: 'verification' }, t('Sent a verification link to {who}', { who }))}
            />
          )}
          {!self && (
            <ActionButton
              verb={t('Delete')}
              who={who}
              danger
              busy={action.isPending}
              onClick={() => open('delete')}
            />
          )}
        </div>
        {self && (
          <p className="hint">
            {t('This is you: you cannot disable or delete your own account here (Settings deletes it).')}
          </p>
        )}
        {!confirming && <ErrorText error={action.error} />}
        {confirming === 'disable' && (
          <Confirm
            title={t('Disable {who}?', { who })}
            confirm={t('Disable {who}', { who })}
            danger
            busy={action.isPending}
            error={action.error}
            onClose={close}
            onConfirm={() => run({ kind: 'disable' }, t('Disabled {who}', { who }))}
          >
            <p>
              {t(
                '{who} is signed out everywhere at once and cannot sign in; its API keys stop working until it is enabled again. Its tasks, lists and keys are kept.',
                { who },
              )}
            </p>
          </Confirm>
        )}
        {confirming === 'make-admin' && (
          <Confirm
            title={t('Make {who} an administrator?', { who })}
            confirm={t('Make {who} an administrator', { who })}
            busy={action.isPending}
            error={action.error}
            onClose={close}
            onConfirm={() =>
              run({ kind: 'admin', isAdmin: true }, t('{who} is now an administrator', { who }))
            }
          >
            <p>
              {t('{who} will see every account, and may disable, delete and administer them, you included.', {
                who,
              })}
            </p>
          </Confirm>
        )}
        {confirming === 'unmake-admin' && (
          <Confirm
            title={t('Remove {who} as administrator?', { who })}
            confirm={t('Remove administrator {who}', { who })}
            danger
            busy={action.isPending}
            error={action.error}
            onClose={close}
            onConfirm={() =>
              run({ kind: 'admin', isAdmin: false }, t('{who} is no longer an administrator', { who }))
            }
          >
            <p>
              {self
                ? t('You will no longer see this page or administer accounts.')
                : t('{who} will no longer see this page or administer accounts.', { who })}
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
              run({ kind: 'delete', sharedLists }, t('Deleted {who} and all its data', { who }))
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
      aria-label={t('{verb} {who}', { verb, who })}
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
            {t('Cancel')}
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
    <Dialog title={t('Delete {email}?', { email: user.email })} onClose={onClose}>
      <div className="stack">
        <p>
          {t(
            'The account and all its data go: {tasks, plural, one {# task} other {# tasks}}, {lists, plural, one {# list} other {# lists}}, its sessions, API keys and settings. It cannot be undone.',
            { tasks: user.tasks, lists: user.lists },
          )}
        </p>
        <fieldset className="radio-group admin-choice">
          <legend>{t('Its lists shared with others')}</legend>
          <label>
            <input
              type="radio"
              name={name}
              value="transfer"
              checked={sharedLists === 'transfer'}
              onChange={() => setSharedLists('transfer')}
            />{' '}
            {t('Hand each to its longest-standing editor (else viewer), with its tasks')}
          </label>
          <label>
            <input
              type="radio"
              name={name}
              value="delete"
              checked={sharedLists === 'delete'}
              onChange={() => setSharedLists('delete')}
            />{' '}
            {t('Delete them: their members lose them')}
          </label>
        </fieldset>
        <ErrorText error={error} />
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('Cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => onConfirm(sharedLists)}
          >
            {t('Delete {email}', { email: user.email })}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
