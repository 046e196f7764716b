// Account emails (password reset, address verification) go through the email outbox as reminder
// emails do: each is a row (kind, attempts, status, last error: auditable), sent by the mail sender
// of any instance, retried while the SMTP server refuses, never sent twice. The link carries a
// one-time token: it is stored sealed with the server secret (a copy of the database alone does not
// reveal it) and cleared once the email is sent, failed or cancelled; an email whose link expired
// before it could be sent is cancelled, not sent.
import type { SecretBox } from '../../platform/auth/sealed.js';
import { type Database, rawQuery } from '../../platform/db/client.js';

/** The purpose the links are sealed for (a key of their own). */
export const LINK_PURPOSE = 'email links';

/** Wakes this instance's mail sender (set once it runs), so an account email leaves at once. */
export interface MailSignal {
  wake(): void;
}

/** A reset link, a verification link, or the notice that a reset took back keys and devices (its link: Settings). */
export type AccountEmailKind = 'reset' | 'verify' | 'password-reset';

export async function queueAccountEmail(
  db: Database,
  links: SecretBox,
  email: { userId: string; kind: AccountEmailKind; link: string; expiresInSeconds: number },
): Promise<void> {
  await rawQuery(
    db,
    `insert into email_outbox (user_id, kind, sealed_link, expires_at)
     values ($1, $2, $3, now() + make_interval(secs => $4::double precision))`,
    [email.userId, email.kind, links.seal(email.link), email.expiresInSeconds],
  );
}
