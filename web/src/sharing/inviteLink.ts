// Once signed in, a kept invitation link (app/invitationLink.ts) is accepted, once, and its list
// opened.
import { useEffect } from 'react';
import { forgetInvitationLink, type InvitationLink, keptInvitationLink } from '../app/invitationLink';
import { navigate } from '../app/router';
import { answerInvitation, useSharingWrite } from './api';

export function useInvitationLink(signedIn: boolean): void {
  const accept = useSharingWrite(
    (link: InvitationLink) => answerInvitation(link.id, 'accept', link.token),
    'join the list: the invitation link was used already or withdrawn.',
    (list) => {
      if (list) navigate(`/lists/${list.id}`);
    },
  );
  const { mutate } = accept;
  useEffect(() => {
    if (!signedIn) return;
    const link = keptInvitationLink();
    if (!link) return;
    forgetInvitationLink();
    mutate(link);
  }, [signedIn, mutate]);
}
