// What the service worker does with a push (docs/push.md): one notification per reminder, with
// Complete and Snooze 10 min that work from the notification itself (same-origin requests carry
// the session cookie), and a click that opens Doable on the task.

import { offlineLanguage, storedLanguage, workerMessage } from './offline';
import type { NotificationEvent, WindowClient, WorkerScope } from './types';

export interface ReminderPush {
  type: 'reminder';
  event_id?: number;
  user_id?: string;
  task: { id: number; title: string; due_date: string | null; due_at: string | null };
  reminder?: { minutes_before?: number | null; fire_at?: string | null };
  url?: string;
  /** The recipient's language, and what to show in it (the due moment in their zone); English without. */
  lang?: string;
  texts?: Partial<ReminderTexts>;
}

/** A reminder's words besides the task's title, as the server writes them in the recipient's language. */
export interface ReminderTexts {
  body: string;
  complete: string;
  snooze: string;
  complete_failed: string;
  snooze_failed: string;
}

export interface NotificationData {
  taskId: number;
  title: string;
  url: string;
  /** What to say when Complete or Snooze fails, in the recipient's language. */
  failed?: { complete?: string; snooze?: string };
}

/** The notification's language, when the push names it (the system then lays its text out by it). */
const langOf = (lang: unknown) =>
  typeof lang === 'string' && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)
    ? { lang, dir: 'auto' as const }
    : {};

/** A text the push carries, else the English one. */
const text = (value: unknown, english: string) =>
  typeof value === 'string' && value !== '' ? value : english;

/** "Due 24 Nov, 09:00" in the device's zone, for a push without the server's texts (which are in the account's zone and language). */
export function dueLine(task: ReminderPush['task'], locale?: string): string {
  if (task.due_at) {
    const at = new Date(task.due_at);
    const words = at.toLocaleString(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    return at.getTime() <= Date.now() ? `Due now (${words})` : `Due ${words}`;
  }
  if (task.due_date) {
    const day = new Date(`${task.due_date}T00:00:00`);
    return `Due ${day.toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short' })}`;
  }
  return 'Reminder';
}

/** The app's address of a task, on this origin (a push's url is only trusted when it is ours). */
export function taskUrl(scope: WorkerScope, push: Pick<ReminderPush, 'task' | 'url'>): string {
  if (push.url) {
    try {
      const url = new URL(push.url, scope.location.origin);
      if (url.origin === scope.location.origin) return url.href;
    } catch {
      // not a URL: use ours
    }
  }
  return `${scope.location.origin}/?task=${push.task.id}`;
}

function isReminder(value: unknown): value is ReminderPush {
  const push = value as ReminderPush | null;
  return (
    typeof push === 'object' &&
    push !== null &&
    push.type === 'reminder' &&
    typeof push.task?.id === 'number' &&
    typeof push.task?.title === 'string'
  );
}

/** `doable-reminder-<user>:<task>@<fire_at>`, as the tab's; per task when the push lacks them. */
export function reminderTag(payload: ReminderPush): string {
  const fireAt = payload.reminder?.fire_at;
  return payload.user_id && fireAt
    ? `doable-reminder-${payload.user_id}:${payload.task.id}@${fireAt}`
    : `doable-push-${payload.task.id}`;
}

/** An inbox notification's push (docs/push.md): the sentence the inbox shows, and where it leads. */
export interface InboxPush {
  type: 'notification';
  user_id?: string;
  lang?: string;
  notification: { id: number; kind: string; text: string; excerpt: string | null };
  url?: string;
}

function isInboxPush(value: unknown): value is InboxPush {
  const push = value as InboxPush | null;
  return (
    typeof push === 'object' &&
    push !== null &&
    push.type === 'notification' &&
    typeof push.notification?.id === 'number' &&
    typeof push.notification?.text === 'string'
  );
}

/** A push's url when it is on this origin, else the inbox. */
function ourUrl(scope: WorkerScope, url: unknown): string {
  try {
    const parsed = new URL(String(url), scope.location.origin);
    if (typeof url === 'string' && parsed.origin === scope.location.origin) return parsed.href;
  } catch {
    // not a URL
  }
  return `${scope.location.origin}/notifications`;
}

/** Shows the notification a push carries; anything else shows a plain "Doable" one (browsers require one). */
export async function showPush(scope: WorkerScope, payload: unknown): Promise<void> {
  if (isInboxPush(payload)) {
    await scope.registration.showNotification(payload.notification.text, {
      body: payload.notification.excerpt ?? '',
      tag: `doable-notification-${payload.user_id ?? ''}:${payload.notification.id}`,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      data: { url: ourUrl(scope, payload.url) },
      ...langOf(payload.lang),
    });
    return;
  }
  if (!isReminder(payload)) {
    // In the language the app last stored on this device (the payload, unreadable, names none).
    const stored = await storedLanguage(scope);
    const language = offlineLanguage(stored ? [stored] : []);
    const msg = (message: string) => workerMessage(language, message);
    await scope.registration.showNotification('Doable', {
      body: msg('You have a reminder.'),
      tag: 'doable-push',
      ...(language === 'en' ? {} : langOf(language)),
    });
    return;
  }
  const texts = payload.texts ?? {};
  const data: NotificationData = {
    taskId: payload.task.id,
    title: payload.task.title,
    url: taskUrl(scope, payload),
    ...(payload.texts ? { failed: { complete: texts.complete_failed, snooze: texts.snooze_failed } } : {}),
  };
  await scope.registration.showNotification(payload.task.title, {
    body: text(texts.body, dueLine(payload.task)),
    // The tag an open tab gives the same reminder (tasks/live.ts), so the system shows it once.
    tag: reminderTag(payload),
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
    data,
    actions: [
      { action: 'complete', title: text(texts.complete, 'Complete') },
      { action: 'snooze', title: text(texts.snooze, 'Snooze 10 min') },
    ],
    ...langOf(payload.lang),
  });
}

async function call(scope: WorkerScope, path: string, method: string, body: unknown): Promise<boolean> {
  try {
    const response = await scope.fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function openTask(scope: WorkerScope, url: string): Promise<void> {
  const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const mine = windows.find((w: WindowClient) => w.url.startsWith(scope.location.origin));
  if (mine) {
    // Focus is refused without the click's user activation; the tab still goes to the task.
    await mine.focus().catch(() => null);
    await mine.navigate(url).catch(() => null);
    return;
  }
  await scope.clients.openWindow(url);
}

/** A click on the notification or one of its actions. */
export async function handleNotificationClick(
  scope: WorkerScope,
  event: Pick<NotificationEvent, 'action' | 'notification'>,
): Promise<void> {
  const data = event.notification.data as NotificationData | null;
  event.notification.close();
  if (!data || typeof data.taskId !== 'number')
    return openTask(scope, data?.url ? ourUrl(scope, data.url) : `${scope.location.origin}/`);
  const path = `/api/me/tasks/${data.taskId}`;
  if (event.action === 'complete' || event.action === 'snooze') {
    const done =
      event.action === 'complete'
        ? await call(scope, `${path}/complete`, 'PATCH', { completed: true })
        : await call(scope, `${path}/snooze`, 'POST', { minutes: 10 });
    if (done) return;
    // Signed out, offline or refused: say so, and a click on that one opens the task.
    await scope.registration.showNotification(data.title, {
      body:
        event.action === 'complete'
          ? text(data.failed?.complete, 'Could not complete it from here. Open Doable.')
          : text(data.failed?.snooze, 'Could not snooze it from here. Open Doable.'),
      tag: `doable-push-${data.taskId}`,
      data,
    });
    return;
  }
  await openTask(scope, data.url);
}
