// An inbox notification told outside the app (a push message, an email): one sentence in the words
// the inbox screen uses (web/src/notifications/NotificationsScreen.tsx), in the recipient's
// language, and where it leads.
import type { Messages } from '../../platform/i18n/messages.js';

/** A notification as the push and mail senders read it (the actor's name joined in). */
export interface DeliveredNotification {
  id: number | string;
  kind: string;
  /** Null when the account that acted is gone. */
  actor: string | null;
  subject: string;
  excerpt: string | null;
  task_id: number | string | null;
  list_id: number | string | null;
}

/** The SQL that reads one as a JSON object, given `n` the notification row. */
export const DELIVERED_NOTIFICATION_JSON = `json_build_object('id', n.id, 'kind', n.kind,
  'actor', (select u.name from users u where u.id = n.actor_id),
  'subject', n.subject, 'excerpt', n.excerpt, 'task_id', n.task_id, 'list_id', n.list_id)`;

/** The sentence, in the recipient's language (`messagesFor` of their settings). */
export function notificationText(
  { t }: Messages,
  n: Pick<DeliveredNotification, 'kind' | 'actor' | 'subject'>,
): string {
  const vars = { actor: n.actor ?? t('Someone'), subject: n.subject };
  switch (n.kind) {
    case 'assigned':
      return t('{actor} assigned you “{subject}”', vars);
    case 'comment':
      return t('{actor} commented on “{subject}”', vars);
    case 'mention':
      return t('{actor} mentioned you on “{subject}”', vars);
    case 'joined':
      return t('{actor} joined your list “{subject}”', vars);
    case 'left':
      return t('{actor} left your list “{subject}”', vars);
    default:
      return t('{actor} completed “{subject}”', vars);
  }
}

/** Where it leads in the web app: its task, else its list, else the inbox. */
export function notificationUrl(
  n: Pick<DeliveredNotification, 'task_id' | 'list_id'>,
  appUrl: string,
): string {
  if (n.task_id !== null) return `${appUrl}/?task=${Number(n.task_id)}`;
  if (n.list_id !== null) return `${appUrl}/lists/${Number(n.list_id)}`;
  return `${appUrl}/notifications`;
}
