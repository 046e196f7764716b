// An inbox notification told outside the app (a push message, an email): one sentence in the words
// the inbox screen uses (web/src/notifications/NotificationsScreen.tsx), and where it leads.

/** A notification as the push and mail senders read it (the actor's name joined in). */
export interface DeliveredNotification {
  id: number | string;
  kind: string;
  actor: string;
  subject: string;
  excerpt: string | null;
  task_id: number | string | null;
  list_id: number | string | null;
}

/** The SQL that reads one as a JSON object, given `n` the notification row. */
export const DELIVERED_NOTIFICATION_JSON = `json_build_object('id', n.id, 'kind', n.kind,
  'actor', coalesce((select u.name from users u where u.id = n.actor_id), 'Someone'),
  'subject', n.subject, 'excerpt', n.excerpt, 'task_id', n.task_id, 'list_id', n.list_id)`;

export function notificationText(n: Pick<DeliveredNotification, 'kind' | 'actor' | 'subject'>): string {
  const subject = `“${n.subject}”`;
  switch (n.kind) {
    case 'assigned':
      return `${n.actor} assigned you ${subject}`;
    case 'comment':
      return `${n.actor} commented on ${subject}`;
    case 'mention':
      return `${n.actor} mentioned you on ${subject}`;
    case 'joined':
      return `${n.actor} joined your list ${subject}`;
    case 'left':
      return `${n.actor} left your list ${subject}`;
    default:
      return `${n.actor} completed ${subject}`;
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
