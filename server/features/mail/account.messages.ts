// The account emails: a password reset link, an address verification link, and the notice of what a
// reset took back. Plain text, so
// every mail client shows them the same and nothing in them is remote content.
import type { MailMessage } from './mailer.js';

export function resetPasswordMessage(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Reset your Doable password',
    text: [
      'Someone (hopefully you) asked to reset the password of your Doable account.',
      '',
      'Choose a new password here (the link works once, for one hour):',
      link,
      '',
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}

export function verifyEmailMessage(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Verify your email address for Doable',
    text: [
      'Welcome to Doable. Confirm this is your address by opening this link:',
      link,
      '',
      'If you did not sign up, ignore this email.',
    ].join('\n'),
  };
}

/**
 * After a password reset by email: what it took back, so that the owner re-creates what was theirs
 * (and knows, if they did not reset it, that someone else could read their email).
 */
export function passwordResetMessage(to: string, settings: string): MailMessage {
  return {
    to,
    subject: 'Your Doable password was reset',
    text: [
      'The password of your Doable account was just reset, and every session was signed out.',
      '',
      'So that no one who had the account before keeps a way in, the reset also:',
      '- revoked every API key and app password (apps and scripts that used one must get a new one),',
      '- deleted every calendar feed (make new ones and subscribe your calendars to them again),',
      '- paused every webhook (enable those that are yours again),',
      '- forgot every device that received push notifications (turn them on again on each device),',
      '- deleted every passkey (add yours again),',
      '- forgot the assistant model you had set, if any (its address and key: set yours again).',
      '',
      'Settings, to put back what is yours:',
      settings,
      '',
      'If you did not reset your password, someone can read your email: secure your email account, then reset your Doable password again.',
    ].join('\n'),
  };
}
