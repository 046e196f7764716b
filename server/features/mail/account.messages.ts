// The account emails: a password reset link and an address verification link. Plain text, so
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
