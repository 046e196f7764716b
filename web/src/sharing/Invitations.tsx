// Invitations waiting for your answer, at the top of the sidebar: who invited you to which list and
// as what; Accept puts the list in the sidebar (and opens it), Decline drops the invitation.
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { navigate } from '../app/router';
import { useToast } from '../ui/toast';
import {
  answerInvitation,
  type ReceivedInvitation,
  ROLE_LABELS,
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
        Invitations <span className="badge">{rows.length}</span>
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
    'answer the invitation',
    (list, how) => {
      qc.setQueryData<{ invitations: ReceivedInvitation[] }>(sharingKeys.received, (data) =>
        data ? { invitations: data.invitations.filter((i) => i.id !== invitation.id) } : data,
      );
      if (how === 'decline') {
        toast({ message: `Declined the invitation to ${name}` });
        return;
      }
      toast({ message: `You joined ${name}` });
      navigate(`/lists/${list?.id ?? invitation.list.id}`);
      onNavigate();
    },
  );
  return (
    <li className="invitation">
      <p className="invitation-text">
        <strong>{invitation.invited_by.name}</strong> invited you to <strong>{name}</strong> as{' '}
        {ROLE_LABELS[invitation.role].toLowerCase()}.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-small button-primary"
          aria-label={`Accept the invitation to ${name}`}
          disabled={answer.isPending}
          onClick={() => answer.mutate('accept')}
        >
          Accept
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={`Decline the invitation to ${name}`}
          disabled={answer.isPending}
          onClick={() => answer.mutate('decline')}
        >
          Decline
        </button>
      </div>
    </li>
  );
}
