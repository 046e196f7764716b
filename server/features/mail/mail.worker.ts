// Sends the email outbox on the outbox sender every instance runs
// (server/platform/outbox/outbox.worker.ts: claimed with FOR UPDATE SKIP LOCKED and a lease, so no
// two instances send one email and an email whose sender died is sent again once the lease ends).
// Reminder emails are written by a trigger on `task_events` (migration 0017); a round first queues
// the daily agendas whose local time has come (one per user and day: a unique index), moving each
// user's next agenda a day on. Account emails (password reset, verification) are queued by Better
// Auth's hooks (account.outbox.ts) with their link sealed; the link is cleared once the email is
// done with. A failed send waits for its retry and never holds up other emails, live updates or
// webhooks.

import type { FastifyBaseLogger } from 'fastify';
import type { SecretBox } from '../../platform/auth/sealed.js';
import type { MailConfig } from '../../platform/config.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { messagesFor } from '../../platform/i18n/messages.js';
import { OutboxWorker, type Outcome } from '../../platform/outbox/outbox.worker.js';
import {
  DELIVERED_NOTIFICATION_JSON,
  type DeliveredNotification,
  notificationText,
  notificationUrl,
} from '../notifications/notifications.text.js';
import { passwordResetMessage, resetPasswordMessage, verifyEmailMessage } from './account.messages.js';
import type { AccountEmailKind } from './account.outbox.js';
import { invitationMessage, type MailedInvitation } from './invitation.message.js';
import { type Mailer, type MailMessage, mailError } from './mailer.js';
import { agendaMessage, type MailedTask, notificationMessage, reminderMessage } from './task.messages.js';

/** Agendas queued per statement. */
const AGENDAS = 100;
/** An agenda more than this late (every instance was down) is skipped: the next one is due soon. */
const AGENDA_STALE = "interval '12 hours'";

const QUEUE_AGENDAS = `
  with due as (
    select user_id from user_settings
    where email_agenda and agenda_next_at <= now()
    order by agenda_next_at
    limit ${AGENDAS}
    for update skip locked
  ), queued as (
    insert into email_outbox (user_id, kind, agenda_day)
    select s.user_id, 'agenda', (s.agenda_next_at at time zone s.time_zone)::date
    from user_settings s join due on due.user_id = s.user_id
    where s.agenda_next_at > now() - ${AGENDA_STALE}
    on conflict (user_id, agenda_day) where agenda_day is not null do nothing
    returning id
  )
  update user_settings s
  set agenda_next_at = doable_next_agenda(s.time_zone, s.agenda_time, greatest(now(), s.agenda_next_at))
  from due where s.user_id = due.user_id
  returning (select count(*) from queued)::int as queued`;

const RECIPIENT = `
  select u.email, coalesce(s.time_zone, 'UTC') as time_zone, s.language,
    coalesce(s.email_reminders, false) as reminders, coalesce(s.email_agenda, false) as agenda
  from users u left join user_settings s on s.user_id = u.id
  where u.id = $1`;

const REMINDER = 'select data, detail from task_events where id = $1';

const NOTIFICATION = `select ${DELIVERED_NOTIFICATION_JSON} as n from notifications n where n.id = $1`;

/**
 * An invitation's email: the invitation while it waits for an answer, its link, and the language
 * it is written in: the account's with the invited address, else the inviter's.
 */
const INVITATION = `
  select i.email, i.role, l.name as list, coalesce(u.name, u.email) as inviter_name, u.email as inviter_email,
    o.sealed_link, r.id is not null as has_account, coalesce(rs.language, us.language) as language
  from email_outbox o
  join list_invitations i on i.id = o.invitation_id and i.status = 'pending'
  join lists l on l.id = i.list_id
  join users u on u.id = i.invited_by
  left join user_settings us on us.user_id = u.id
  left join lateral (select id from users where lower(email) = i.email order by created_at limit 1) r on true
  left join user_settings rs on rs.user_id = r.id
  where o.id = $1`;

/** An account email's sealed link, and whether it has stopped working. */
const ACCOUNT_LINK = `
  select sealed_link, coalesce(expires_at <= now(), false) as expired from email_outbox where id = $1`;

/** The recipient's open tasks due on the day (in their zone) or before it: theirs, or assigned to them. */
const AGENDA_TASKS = `
  select doable_task_json(t) as task,
    (t.due_date < $2::date or t.due_at < ($2::date::timestamp at time zone $3)) as overdue
  from tasks t
  where coalesce(t.assignee_id, t.user_id) = $1 and not t.completed
    and (t.due_date <= $2::date or t.due_at < (($2::date + 1)::timestamp at time zone $3))
  order by t.due_sort nulls last, t.id
  limit 200`;

const NEXT_DUE = `
  select extract(epoch from least(
    (select min(next_attempt_at) from email_outbox where status = 'pending'),
    (select min(agenda_next_at) from user_settings where email_agenda)) - now()) * 1000 as ms`;

const SWEEP = `
  delete from email_outbox
  where status <> 'pending' and created_at < now() - interval '30 days'`;

interface Claimed {
  id: number;
  attempts: number;
  kind: 'reminder' | 'agenda' | 'notification' | 'invitation' | AccountEmailKind;
  userId: string;
  eventId: number | null;
  notificationId: number | null;
  agendaDay: string | null;
}

const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export interface MailWorkerOptions {
  db: Database;
  mailer: Mailer;
  /** Opens the sealed links of account emails. */
  links: SecretBox;
  config: MailConfig;
  appUrl: string;
  log: FastifyBaseLogger;
  /** Subscribes to task-event wake-ups on every instance; resolves to an unsubscribe. */
  subscribe?: (wake: () => void) => Promise<() => void>;
}

export class MailWorker extends OutboxWorker<Claimed> {
  private lastSweep = 0;

  constructor(private readonly options: MailWorkerOptions) {
    super({
      db: options.db,
      log: options.log,
      name: 'mail',
      table: {
        name: 'email_outbox',
        sent: { status: 'sent', at: 'sent_at' },
        lastStatus: false,
        settled: 'sealed_link = null',
      },
      claim: {
        returning: 'd.kind, d.user_id, d.event_id, d.notification_id, d.agenda_day::text as agenda_day',
      },
      item: (r) => ({
        id: Number(r.id),
        attempts: Number(r.attempts),
        kind: r.kind as Claimed['kind'],
        userId: String(r.user_id),
        eventId: r.event_id === null ? null : Number(r.event_id),
        notificationId: r.notification_id == null ? null : Number(r.notification_id),
        agendaDay: (r.agenda_day as string | null) ?? null,
      }),
      batch: 10,
      // The lease covers the SMTP timeouts of one send (connect, greeting, socket) with room to spare.
      leaseSeconds: 120,
      retryDelaysMs: options.config.retryDelaysMs,
      pollMs: options.config.pollMs,
      nextDue: NEXT_DUE,
      subscribe: options.subscribe,
      unrecorded: { field: 'email', what: 'a send' },
    });
  }

  protected override async round(): Promise<void> {
    const { db } = this.options;
    for (;;) {
      if (this.rounds.stopped) return;
      const queued = await rawQuery<{ queued: number }>(db, QUEUE_AGENDAS, []);
      if (queued.length < AGENDAS) break;
    }
    if (!(await this.sendDue())) return;
    if (Date.now() - this.lastSweep > 3_600_000) {
      this.lastSweep = Date.now();
      await rawQuery(db, SWEEP, []);
    }
  }

  protected async send(claimed: Claimed): Promise<Outcome> {
    const { log, mailer, config } = this.options;
    try {
      const message = await this.compose(claimed);
      if (message === undefined) return { cancelled: true };
      await mailer.send({
        ...message,
        messageId: `<doable-${claimed.kind}-${claimed.id}@${new URL(this.options.appUrl).hostname}>`,
      });
      return { ok: true };
    } catch (error) {
      const outcome = { ok: false as const, error: mailError(error, config) };
      log.warn(
        {
          email: claimed.id,
          kind: claimed.kind,
          smtp: mailer.host,
          attempt: claimed.attempts,
          err: outcome.error,
        },
        'mail: send failed; it is retried',
      );
      return outcome;
    }
  }

  /** The message of a claimed email, or undefined when it is no longer wanted (opted out, gone). */
  private async compose(claimed: Claimed): Promise<MailMessage | undefined> {
    const { db, appUrl } = this.options;
    if (claimed.kind === 'invitation') return this.invitation(claimed.id);
    const [to] = await rawQuery<{
      email: string;
      time_zone: string;
      language: string | null;
      reminders: boolean;
      agenda: boolean;
    }>(db, RECIPIENT, [claimed.userId]);
    if (!to) return undefined;
    // In the recipient's language as it is when the email goes.
    const m = messagesFor(to.language);
    if (claimed.kind === 'reset' || claimed.kind === 'verify' || claimed.kind === 'password-reset') {
      const [row] = await rawQuery<{ sealed_link: string | null; expired: boolean }>(db, ACCOUNT_LINK, [
        claimed.id,
      ]);
      const link = row?.sealed_link && !row.expired ? this.options.links.open(row.sealed_link) : null;
      if (!link) return undefined;
      if (claimed.kind === 'password-reset') return passwordResetMessage(m, to.email, link);
      return claimed.kind === 'reset'
        ? resetPasswordMessage(m, to.email, link)
        : verifyEmailMessage(m, to.email, link);
    }
    if (claimed.kind === 'reminder') {
      if (!to.reminders || claimed.eventId === null) return undefined;
      const [event] = await rawQuery<{ data: unknown; detail: unknown }>(db, REMINDER, [claimed.eventId]);
      if (!event) return undefined;
      const detail = json<{ fire_at?: string } | null>(event.detail);
      return reminderMessage(
        m,
        to.email,
        json<MailedTask>(event.data),
        detail?.fire_at,
        to.time_zone,
        appUrl,
      );
    }
    if (claimed.kind === 'notification') {
      // Reminder emails turned off since it was queued: not sent.
      if (!to.reminders || claimed.notificationId === null) return undefined;
      const [row] = await rawQuery<{ n: unknown }>(db, NOTIFICATION, [claimed.notificationId]);
      if (!row) return undefined;
      const n = json<DeliveredNotification>(row.n);
      return notificationMessage(m, to.email, notificationText(m, n), n.excerpt, notificationUrl(n, appUrl));
    }
    if (!to.agenda || claimed.agendaDay === null) return undefined;
    const rows = await rawQuery<{ task: unknown; overdue: boolean }>(db, AGENDA_TASKS, [
      claimed.userId,
      claimed.agendaDay,
      to.time_zone,
    ]);
    const tasks = rows.map((r) => ({ task: json<MailedTask>(r.task), overdue: r.overdue === true }));
    return agendaMessage(
      m,
      to.email,
      claimed.agendaDay,
      tasks.filter((t) => t.overdue).map((t) => t.task),
      tasks.filter((t) => !t.overdue).map((t) => t.task),
      to.time_zone,
      appUrl,
    );
  }

  /** An invitation's email, or undefined once it was answered, withdrawn or its link replaced. */
  private async invitation(id: number): Promise<MailMessage | undefined> {
    const [row] = await rawQuery<{
      email: string;
      role: MailedInvitation['role'];
      list: string;
      inviter_name: string;
      inviter_email: string | null;
      sealed_link: string | null;
      has_account: boolean;
      language: string | null;
    }>(this.options.db, INVITATION, [id]);
    const link = row?.sealed_link ? this.options.links.open(row.sealed_link) : null;
    if (!row || !link) return undefined;
    return invitationMessage(
      messagesFor(row.language),
      {
        email: row.email,
        list: row.list,
        role: row.role,
        inviter: { name: row.inviter_name, email: row.inviter_email },
        hasAccount: row.has_account === true,
      },
      link,
    );
  }
}
