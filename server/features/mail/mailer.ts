// Sends one email through the configured SMTP server (nodemailer). The SMTP URL may carry a
// password: it goes to nodemailer only; log lines name the server by `host:port` and an error by
// its message and SMTP code, never the URL.
import nodemailer from 'nodemailer';
import type { MailConfig } from '../../platform/config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to `text` (multipart/alternative); everything from users in it escaped. */
  html?: string;
  /** Extra headers, e.g. a Message-ID that makes a retried send recognisable as the same email. */
  headers?: Record<string, string>;
  messageId?: string;
}

export interface Mailer {
  /** `host:port` of the SMTP server (safe to log). */
  readonly host: string;
  /** Sends one message; rejects when the server did not accept it. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** A failed send, as text safe to store and log: the message and SMTP code, no credentials. */
export function mailError(error: unknown, config?: Pick<MailConfig, 'smtpUrl'>): string {
  const e = error as { message?: unknown; code?: unknown; responseCode?: unknown };
  let text = typeof e?.message === 'string' ? e.message : String(error);
  if (config) text = text.split(config.smtpUrl).join('[SMTP_URL]');
  text = text.replace(/\b(smtps?):\/\/[^\s/@]*@/gi, '$1://[credentials]@');
  const code = [e?.code, e?.responseCode].filter((c) => c !== undefined).join(' ');
  return (code ? `${code}: ${text}` : text).slice(0, 500);
}

export function createMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    host: config.smtpHost,
    async send(message) {
      await transport.sendMail({
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        headers: message.headers,
        messageId: message.messageId,
      });
    },
    close() {
      transport.close();
    },
  };
}
