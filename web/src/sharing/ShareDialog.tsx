// The Share dialog of a list: its owner invites by email as editor or viewer, changes roles,
// removes people and withdraws pending invitations; a member sees who is in it and can leave.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { tasksRoot } from '../api/keys';
import { navigate } from '../app/router';
import { useMe } from '../auth/session';
import type { List } from '../lists/api';
import { Dialog } from '../ui/Dialog';
import { Field, Input, Select } from '../ui/Form';
import { msg, t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { Avatar } from './Avatar';
import {
  changeRole,
  invite,
  type Member,
  type MemberRole,
  ROLE_LABELS,
  removeMember,
  sharingErrorText,
  sharingKeys,
  useMembers,
  useSharingWrite,
  withdrawInvitation,
} from './api';

export function ShareDialog({ list, onClose }: { list: List; onClose: () => void }) {
  const me = useMe();
  const members = useMembers(list.id);
  const mayShare = list.permissions.share;
  const people = members.data?.members ?? [];
  const pending = members.data?.invitations ?? [];
  const headingId = useId();
  const pendingId = useId();

  return (
    <Dialog
      title={
        mayShare ? t('Share “{list}”', { list: list.name }) : t('People in “{list}”', { list: list.name })
      }
      onClose={onClose}
    >
      <div className="stack share">
        {mayShare ? (
          <InviteForm listId={list.id} />
        ) : (
          <p className="hint">
            {list.role === 'viewer'
              ? t('You are a viewer: you can see its tasks and comments. Only its owner can invite people.')
              : t('You are an editor. Only its owner can invite people.')}
          </p>
        )}
        <section aria-labelledby={headingId}>
          <h3 id={headingId} className="share-heading">
            {t('People')}
          </h3>
          {members.isPending && <p role="status">{t('Loading the people…')}</p>}
          {members.isError && (
            <p role="alert" className="notice notice-error">
              {t('Could not load the people of this list.')} {sharingErrorText(members.error)}
            </p>
          )}
          <ul className="people">
            {people.map((person) => (
              <PersonRow
                key={person.user_id}
                list={list}
                person={person}
                you={person.user_id === me.data?.id}
                canManage={mayShare && person.role !== 'owner'}
              />
            ))}
          </ul>
        </section>
        {mayShare && pending.length > 0 && (
          <section aria-labelledby={pendingId}>
            <h3 id={pendingId} className="share-heading">
              {t('Invited, waiting for an answer')}
            </h3>
            <ul className="people">
              {pending.map((invitation) => (
                <PendingRow
                  key={invitation.id}
                  listId={list.id}
                  email={invitation.email}
                  role={invitation.role}
                  invitationId={invitation.id}
                />
              ))}
            </ul>
          </section>
        )}
        {list.permissions.leave && me.data && <LeaveList list={list} myId={me.data.id} onLeft={onClose} />}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('Done')}
        </button>
      </div>
    </Dialog>
  );
}

function InviteForm({ listId }: { listId: number }) {
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('editor');
  const [sent, setSent] = useState<{ text: string; link: string } | null>(null);
  const errorId = useId();
  const send = useMutation({
    mutationFn: (to: { email: string; role: MemberRole }) => invite(listId, to.email, to.role),
    onSuccess: (invitation) => {
      setSent({
        text: t('Invited {email} as {role, select, editor {editor} viewer {viewer} other {owner}}.', {
          email: invitation.email,
          role: invitation.role,
        }),
        link: invitation.link,
      });
      setEmail('');
      return qc.invalidateQueries({ queryKey: sharingKeys.members(listId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (!address) return;
    setSent(null);
    send.mutate({ email: address, role });
  };
  return (
    <form className="share-invite" onSubmit={submit} noValidate>
      {/* The error shows under the whole form (beside the button on a wide screen), so it is named here. */}
      <Field label={t('Invite by email')} className="share-email">
        <Input
          type="email"
          autoComplete="off"
          placeholder={t('name@example.com')}
          maxLength={254}
          value={email}
          aria-invalid={send.isError || undefined}
          aria-describedby={send.isError ? errorId : undefined}
          onChange={(e) => setEmail(e.target.value)}
        />
      </Field>
      <Field label={t('Role')}>
        <Select value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
          <option value="editor">{t('Editor: adds and edits tasks')}</option>
          <option value="viewer">{t('Viewer: only sees them')}</option>
        </Select>
      </Field>
      <button type="submit" className="button button-primary" disabled={send.isPending || !email.trim()}>
        {send.isPending ? t('Inviting…') : t('Invite')}
      </button>
      {send.isError && (
        <p id={errorId} role="alert" className="field-error share-message">
          {sharingErrorText(send.error)}
        </p>
      )}
      {sent && (
        <div className="share-message stack">
          <p role="status" className="hint">
            {sent.text}{' '}
            {t(
              t(
                'They see it once signed in with that address, verified; or send them this link, which works once for whoever opens it:',
              ),
            )}
          </p>
          <Field label={t('Invitation link')}>
            <Input readOnly value={sent.link} onFocus={(e) => e.target.select()} />
          </Field>
        </div>
      )}
    </form>
  );
}

function PersonRow({
  list,
  person,
  you,
  canManage,
}: {
  list: List;
  person: Member;
  you: boolean;
  canManage: boolean;
}) {
  const toast = useToast();
  const roleId = useId();
  const setRole = useSharingWrite(
    (role: MemberRole) => changeRole(list.id, person.user_id, role),
    msg('Could not change the role.'),
  );
  const remove = useSharingWrite(
    () => removeMember(list.id, person.user_id),
    msg('Could not remove them.'),
    () => {
      toast({ message: t('Removed {name} from {list}', { name: person.name, list: list.name }) });
    },
  );
  return (
    <li className="person">
      <Avatar name={person.name} />
      <span className="person-name">
        {person.name}
        {you && <span className="hint"> {t('(you)')}</span>}
        {person.email && <span className="person-email">{person.email}</span>}
      </span>
      {canManage && person.role !== 'owner' ? (
        <>
          <label htmlFor={roleId} className="visually-hidden">
            {t('Role of {name}', { name: person.name })}
          </label>
          <select
            id={roleId}
            value={person.role}
            disabled={setRole.isPending}
            onChange={(e) => setRole.mutate(e.target.value as MemberRole)}
          >
            <option value="editor">{t('Editor')}</option>
            <option value="viewer">{t('Viewer')}</option>
          </select>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={t('Remove {name}', { name: person.name })}
            disabled={remove.isPending}
            onClick={() => remove.mutate(undefined)}
          >
            {t('Remove')}
          </button>
        </>
      ) : (
        <span className="person-role">{t(ROLE_LABELS[person.role])}</span>
      )}
    </li>
  );
}

function PendingRow({
  listId,
  email,
  role,
  invitationId,
}: {
  listId: number;
  email: string;
  role: MemberRole;
  invitationId: number;
}) {
  const withdraw = useSharingWrite(
    () => withdrawInvitation(listId, invitationId),
    msg('Could not withdraw the invitation.'),
  );
  return (
    <li className="person">
      <Avatar name={email} />
      <span className="person-name">
        {email}
        <span className="person-email">
          {t('Invited as {role, select, editor {editor} viewer {viewer} other {owner}}', { role })}
        </span>
      </span>
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label={t('Withdraw the invitation to {email}', { email })}
        disabled={withdraw.isPending}
        onClick={() => withdraw.mutate(undefined)}
      >
        {t('Withdraw')}
      </button>
    </li>
  );
}

function LeaveList({ list, myId, onLeft }: { list: List; myId: string; onLeft: () => void }) {
  const qc = useQueryClient();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const leave = useMutation({
    mutationFn: () => removeMember(list.id, myId),
    onSuccess: async () => {
      toast({ message: t('You left {list}', { list: list.name }) });
      onLeft();
      if (window.location.pathname === `/lists/${list.id}`) navigate('/', { replace: true });
      await qc.invalidateQueries({ queryKey: tasksRoot });
      await qc.invalidateQueries({ queryKey: sharingKeys.all });
    },
  });
  if (!confirming)
    return (
      <button type="button" className="button button-danger align-start" onClick={() => setConfirming(true)}>
        {t('Leave list')}
      </button>
    );
  return (
    <fieldset className="share-leave">
      <legend className="share-leave-legend">
        {t('You lose access to “{list}” and its tasks until its owner invites you again.', {
          list: list.name,
        })}
      </legend>
      {leave.isError && (
        <p role="alert" className="field-error">
          {sharingErrorText(leave.error)}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          disabled={leave.isPending}
          onClick={() => leave.mutate()}
        >
          {t('Leave “{list}”', { list: list.name })}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          {t('Stay')}
        </button>
      </div>
    </fieldset>
  );
}
