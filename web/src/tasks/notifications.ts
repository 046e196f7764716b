// Reminder alerts: a system notification when the browser allows it, else an in-app toast. Every
// open tab hears each `reminder` event, so the tabs agree on one to show it (a Web Lock, or a
// localStorage token where locks are missing); the tab in view gets the first try. The permission itself
// is settings/notificationPermission.ts.

import type { Task } from '../api/types';
import { navigate, setSearchParams } from '../app/router';
import { notificationPermission } from '../settings/notificationPermission';
import { t } from '../ui/i18n';
import type { ToastInput } from '../ui/toast';
import { dueText } from './due';
import { TASK_PARAM } from './route';

const CLAIM_PREFIX = 'doable:reminded:';
const CLAIM_KEEP_MS = 2 * 86_400_000;
const TAB = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
let pruned = false;

function pruneClaims() {
  if (pruned) return;
  pruned = true;
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (!key?.startsWith(CLAIM_PREFIX)) continue;
      const at = Number(localStorage.getItem(key)?.split(' ')[1]);
      if (!(at > Date.now() - CLAIM_KEEP_MS)) localStorage.removeItem(key);
    }
  } catch {
    // No storage: nothing to prune.
  }
}

/**
 * True in exactly one tab of this browser for a given key (an event id). The claim is kept in
 * localStorage, so a reconnect that replays the event does not show it again either.
 */
/** How long the tab that claimed an event keeps its lock (other tabs hear the event within it). */
const LOCK_HOLD_MS = 60_000;

export async function claimOnce(key: string): Promise<boolean> {
  pruneClaims();
  const name = CLAIM_PREFIX + key;
  const mine = `${TAB} ${Date.now()}`;
  const take = (): boolean => {
    try {
      if (localStorage.getItem(name) !== null) return false;
      localStorage.setItem(name, mine);
      return true;
    } catch {
      return true; // no storage (private mode): this tab decides alone
    }
  };
  // With Web Locks the claim is the lock itself: the tab that gets it keeps holding it a while, and
  // every other tab asking meanwhile is refused at once. (localStorage alone cannot decide: Chromium
  // hands a write to other tabs' processes asynchronously, so two tabs can both see no claim.) The
  // localStorage record then covers replays after the lock is let go.
  if (typeof navigator !== 'undefined' && typeof navigator.locks?.request === 'function') {
    const locks = navigator.locks;
    return new Promise<boolean>((resolve) => {
      locks
        .request(name, { ifAvailable: true }, async (lock) => {
          const won = lock !== null && take();
          resolve(won);
          if (won) await new Promise((held) => setTimeout(held, LOCK_HOLD_MS));
        })
        .catch(() => resolve(take()));
    });
  }
  if (!take()) return false;
  // Without locks two tabs may both have written; after a pause the last write is the one kept.
  await new Promise((resolve) => setTimeout(resolve, 120));
  try {
    return localStorage.getItem(name) === mine;
  } catch {
    return true;
  }
}

/** Opens a task in the editor, from anywhere in the app. */
export function openTask(id: number): void {
  if (window.location.pathname === '/') setSearchParams({ [TASK_PARAM]: String(id) });
  else navigate(`/?${TASK_PARAM}=${id}`);
}

/**
 * A reminder "at the due time" reaches the browser a moment after that time; within this the task
 * is due now, not overdue.
 */
export const DUE_NOW_MS = 10 * 60_000;

/** What a reminder says: the task's title, and its due moment in words. */
export function reminderText(
  task: Pick<Task, 'title' | 'due_at' | 'due_date' | 'completed' | 'description'>,
  timeZone: string,
  now: Date = new Date(),
): { title: string; body: string; short: string } {
  const due = dueText(task, timeZone, now);
  const late = task.due_at ? now.getTime() - Date.parse(task.due_at) : Number.NaN;
  const dueNow = due?.overdue === true && late >= 0 && late < DUE_NOW_MS;
  const lines = [
    !due
      ? t('No due date')
      : t(dueNow ? 'Due now: {when}' : due.overdue ? 'Overdue: {when}' : 'Due: {when}', { when: due.full }),
  ];
  const description = task.description?.trim().split('\n')[0];
  if (description) lines.push(description.length > 120 ? `${description.slice(0, 119)}…` : description);
  const short = !due
    ? t('No due date')
    : t(dueNow ? 'Due now, {when}' : due.overdue ? 'Overdue {when}' : 'Due {when}', { when: due.label });
  return { title: task.title, body: lines.join('\n'), short };
}

async function workerRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  try {
    return await navigator.serviceWorker?.getRegistration();
  } catch {
    return undefined;
  }
}

/**
 * True when this device's service worker already shows the reminder (a Web Push reached it before
 * the tab heard the event): the tab leaves it as it is.
 */
export async function shownByPush(key: string): Promise<boolean> {
  const registration = await workerRegistration();
  if (!registration) return false;
  try {
    return (await registration.getNotifications({ tag: `doable-reminder-${key}` })).length > 0;
  } catch {
    return false;
  }
}

/**
 * A system notification; false when the browser will not show one (then the caller toasts). With
 * a service worker it is the worker's kind, as a Web Push of the reminder shows it (sw/
 * notifications.ts): same tag, so either replaces the other (a page's notification and a worker's
 * are two even with one tag), and Complete and Snooze 10 min, which the worker handles.
 */
export async function showSystemNotification(task: Task, key: string, timeZone: string): Promise<boolean> {
  if (notificationPermission() !== 'granted') return false;
  const { title, body } = reminderText(task, timeZone);
  const tag = `doable-reminder-${key}`;
  const registration = await workerRegistration();
  if (registration) {
    try {
      await registration.showNotification(title, {
        body,
        tag,
        icon: '/icons/icon-192.png',
        badge: '/icons/icon-192.png',
        data: { taskId: task.id, title, url: `${window.location.origin}/?${TASK_PARAM}=${task.id}` },
        actions: [
          { action: 'complete', title: t('Complete') },
          { action: 'snooze', title: t('Snooze 10 min') },
        ],
      } as NotificationOptions);
      return true;
    } catch {
      // Shown by the page below.
    }
  }
  try {
    const notification = new window.Notification(title, { body, tag, icon: '/favicon.svg' });
    notification.onclick = (event) => {
      event.preventDefault();
      window.focus();
      notification.close();
      openTask(task.id);
    };
    return true;
  } catch {
    // Android Chrome only shows notifications from a service worker.
    return false;
  }
}

function whenVisible(): Promise<void> {
  if (document.visibilityState === 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    const onChange = () => {
      if (document.visibilityState !== 'visible') return;
      document.removeEventListener('visibilitychange', onChange);
      resolve();
    };
    document.addEventListener('visibilitychange', onChange);
  });
}

/** How long a tab waits before claiming: the one in view (and focused) goes first. */
function claimDelay(): number {
  if (document.visibilityState !== 'visible') return 400;
  return document.hasFocus() ? 0 : 120;
}

/** Shows one reminder once across tabs: a system notification, or else a toast in this tab. */
export async function announceReminder(
  task: Task,
  key: string,
  timeZone: string,
  toast: (input: ToastInput) => number,
): Promise<void> {
  const delay = claimDelay();
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  if (!(await claimOnce(key))) return;
  if (notificationPermission() === 'granted' && (await shownByPush(key))) return;
  if (await showSystemNotification(task, key, timeZone)) return;
  // A toast in a tab nobody looks at would go unseen: it waits until the tab is in view.
  await whenVisible();
  const { title, short } = reminderText(task, timeZone);
  toast({
    message: t('Reminder: {title} ({when})', { title, when: short }),
    action: { label: t('Open'), onClick: () => openTask(task.id) },
    timeout: 30_000,
  });
}
