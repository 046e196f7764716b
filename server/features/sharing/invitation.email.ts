// The email an invitation to a list sends to the invited address, when the server sends email: a row
// of the email outbox (kind `invitation`) written in the transaction that creates the invitation,
// its link (it carries the invitation's one-time secret) sealed as account emails' links are and
// cleared once sent. The mail sender writes it (mail/invitation.message.ts) in the language of the
// account with that address, else the inviter's, as it is when the email goes.

import { sql } from 'drizzle-orm';
import type { SecretBox } from '../../platform/auth/sealed.js';
import { type Database, queryRows } from '../../platform/db/client.js';

/** Email on: how invitation emails are queued and the sender woken. */
export interface InvitationMail {
  links: SecretBox;
  /** Wakes this instance's mail sender (the mail feature's MailSignal), so the invitation leaves at once. */
  signal: { wake(): void };
}

/** The web app's address that opens an invitation: `APP_URL/?invitation=ID#SECRET` (app/invitationLink.ts). */
export function invitationLink(appUrl: string, invitationId: number, token: string): string {
  const link = new URL(appUrl);
  link.search = `?invitation=${invitationId}`;
  link.hash = token;
  return link.href;
}

/**
 * Queues the email of an invitation, sent by `inviter`; an email of the same invitation not sent
 * yet is cancelled (inviting again makes a new link, and the old one no longer works).
 */
export async function queueInvitationEmail(
  tx: Database,
  links: SecretBox,
  email: { invitationId: number; inviter: string; link: string },
): Promise<void> {
  await queryRows(
    tx,
    sql`update email_outbox set status = 'cancelled', sealed_link = null
        where invitation_id = ${email.invitationId} and status = 'pending'`,
  );
  await queryRows(
    tx,
    sql`insert into email_outbox (user_id, kind, invitation_id, sealed_link)
        values (${email.inviter}, 'invitation', ${email.invitationId}, ${links.seal(email.link)})`,
  );
}
