// Invitations waiting for your answer, at the top of the sidebar: who invited you to which list and
// as what; Accept puts the list in the sidebar (and opens it), Decline drops the invitation.
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { navigate } from '../app/router';
import { msg, t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import {
  answerInvitation,
  type ReceivedInvitation,
  sharingKeys,
  useReceivedInvitations,
  useSharingWrite,
} from './api';

export function ReceivedInvitations({ onNavigate }: { onNavigate: () => void }) {
  const invitations = useReceivedInvitations();
  const headingId = useId();
  const rows = invitations.data ?? [];
  if (rows.length === 0) return null;
  return (
    <section className="invitations" aria-labelledby={headingId}>
      <h2 id={headingId} className="invitations-head">
        {t('Invitations')} <span className="badge">{rows.length}</span>
      </h2>
      <ul>
        {rows.map((invitation) => (
          <InvitationRow key={invitation.id} invitation={invitation} onNavigate={onNavigate} />
        ))}
      </ul>
    </section>
  );
}

function InvitationRow({
  invitation,
  onNavigate,
}: {
  invitation: ReceivedInvitation;
  onNavigate: () => void;
}) {
  const qc = useQueryClient();
  const toast = useToast();
  const name = invitation.list.name;
  const answer = useSharingWrite(
    (how: 'accept' | 'decline') => answerInvitation(invitation.id, how),
    msg('Could not answer the invitation.'),
    (list, how) => {
      qc.setQueryData<{ invitations: ReceivedInvitation[] }>(sharingKeys.received, (data) =>
        data ? { invitations: data.invitations.filter((i) => i.id !== invitation.id) } : data,
      );
      if (how === 'decline') {
        toast({ message: t('Declined the invitation to {list}', { list: name }) });
        return;
      }
      toast({ message: t('You joined {list}', { list: name }) });
      navigate(`/lists/${list?.id ?? invitation.list.id}`);
      onNavigate();
    },
  );
  return (
    <li className="invitation">
      <p className="invitation-text">
        {t('{who} invited you to {list} as {role, select, editor {editor} viewer {viewer} other {owner}}.', {
          who: invitation.invited_by.name,
          list: name,
          role: invitation.role,
        })}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-small button-primary"
          aria-label={t('Accept the invitation to {list}', { list: name })}
          disabled={answer.isPending}
          onClick={() => answer.mutate('accept')}
        >
          {t('Accept')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={t('Decline the invitation to {list}', { list: name })}
          disabled={answer.isPending}
          onClick={() => answer.mutate('decline')}
        >
          {t('Decline')}
        </button>
      </div>
    </li>
  );
}
