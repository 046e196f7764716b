// The account emails: a password reset link, an address verification link, and the notice of what a
// reset took back, in the recipient's language (server/platform/i18n). Plain text, so every mail
// client shows them the same and nothing in them is remote content.
import type { Messages } from '../../platform/i18n/messages.js';
import type { MailMessage } from './mailer.js';

export function resetPasswordMessage({ t }: Messages, to: string, link: string): MailMessage {
  return {
    to,
    subject: t('Reset your Doable password'),
    text: [
      t('Someone (hopefully you) asked to reset the password of your Doable account.'),
      '',
      t('Choose a new password here (the link works once, for one hour):'),
      link,
      '',
      t('If you did not ask for this, ignore this email: your password stays as it is.'),
    ].join('\n'),
  };
}

export function verifyEmailMessage({ t }: Messages, to: string, link: string): MailMessage {
  return {
    to,
    subject: t('Verify your email address for Doable'),
    text: [
      t('Welcome to Doable. Confirm this is your address by opening this link:'),
      link,
      '',
      t('If you did not sign up, ignore this email.'),
    ].join('\n'),
  };
}

/**
 * After a password reset by email: what it took back, so that the owner re-creates what was theirs
 * (and knows, if they did not reset it, that someone else could read their email).
 */
export function passwordResetMessage({ t }: Messages, to: string, settings: string): MailMessage {
  return {
    to,
    subject: t('Your Doable password was reset'),
    text: [
      t('The password of your Doable account was just reset, and every session was signed out.'),
      '',
      t('So that no one who had the account before keeps a way in, the reset also:'),
      t('- revoked every API key and app password (apps and scripts that used one must get a new one),'),
      t('- deleted every calendar feed (make new ones and subscribe your calendars to them again),'),
      t('- paused every webhook (enable those that are yours again),'),
      t('- forgot every device that received push notifications (turn them on again on each device),'),
      t('- deleted every passkey (add yours again),'),
      t('- forgot the assistant model you had set, if any (its address and key: set yours again).'),
      '',
      t('Settings, to put back what is yours:'),
      settings,
      '',
      t(
        'If you did not reset your password, someone can read your email: secure your email account, then reset your Doable password again.',
      ),
    ].join('\n'),
  };
}
