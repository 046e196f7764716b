// The email of an invitation to a list (sharing/invitation.email.ts queues it): who invited, to
// which list and as what, and the link that opens the invitation, in plain text and a simple HTML
// alternative that says its language and direction. Names come from people: escaped in HTML, one line.
import type { Messages } from '../../platform/i18n/messages.js';
import type { MailMessage } from './mailer.js';
import { escapeHtml, htmlPage, oneLine } from './task.messages.js';

export interface MailedInvitation {
  /** The invited address. */
  email: string;
  list: string;
  role: 'editor' | 'viewer';
  inviter: { name: string; email: string | null };
  /** Whether an account has the invited address (it signs in; else it signs up). */
  hasAccount: boolean;
}

export function invitationMessage(m: Messages, invitation: MailedInvitation, link: string): MailMessage {
  const { t } = m;
  const inviter = oneLine(invitation.inviter.name, 100);
  const list = oneLine(invitation.list, 200);
  const subject = t('{inviter} invited you to the list {list} on Doable', { inviter, list });
  const invited = t(
    '{inviter} ({email}) invited you to the list “{list}” on Doable as {role, select, editor {an editor: you can see, add and change its tasks} other {a viewer: you can see its tasks}}.',
    { inviter, email: invitation.inviter.email ?? '', list, role: invitation.role },
  );
  const how = t(
    '{account, select, yes {Open the invitation, signed in with this address, to accept or decline it:} other {Open the invitation to make your Doable account with this address, then accept or decline it:}}',
    { account: invitation.hasAccount ? 'yes' : 'no' },
  );
  const open = t('Open the invitation');
  const ignore = t(
    'The link works once. If you do not know {inviter}, ignore this email: nothing is shared until you accept.',
    { inviter },
  );
  const html = htmlPage(
    m,
    subject,
    [
      `<p>${escapeHtml(invited)}</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>`,
      `<p style="color: #59636e; font-size: 0.875em">${escapeHtml(ignore)}</p>`,
    ].join('\n'),
  );
  return { to: invitation.email, subject, text: [invited, '', how, link, '', ignore].join('\n'), html };
}
