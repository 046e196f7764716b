// The browser's permission to show Doable's notifications: read, kept current, and asked for only
// from a click (adding a first reminder, or Settings), never on load.
import { useSyncExternalStore } from 'react';

export type PermissionState = NotificationPermission | 'unsupported';

export function notificationPermission(): PermissionState {
  if (typeof window === 'undefined' || typeof window.Notification === 'undefined') return 'unsupported';
  // Browsers refuse notifications to plain-http pages other than localhost.
  if (window.isSecureContext === false) return 'unsupported';
  return window.Notification.permission;
}

const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};
let watching = false;

/** Re-reads the permission when it may have changed behind our back (site settings, another tab). */
function watch() {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener('visibilitychange', changed);
  navigator.permissions
    ?.query({ name: 'notifications' })
    .then((status) => status.addEventListener('change', changed))
    .catch(() => undefined);
}

/** The notification permission, kept current. */
export function useNotificationPermission(): PermissionState {
  return useSyncExternalStore(
    (listener) => {
      watch();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notificationPermission,
    () => 'unsupported' as const,
  );
}

/** Asks the browser; call it from a click or key press, or the browser ignores it. */
export async function requestNotificationPermission(): Promise<PermissionState> {
  if (notificationPermission() !== 'default') return notificationPermission();
  try {
    await window.Notification.requestPermission();
  } catch {
    // Old Safari only has the callback form, and some browsers throw outside a gesture.
  }
  changed();
  return notificationPermission();
}

const ASKED_KEY = 'doable:notifications-asked';

/** Whether Doable has asked before (the person may have closed the prompt without answering). */
export function askedForNotifications(): boolean {
  try {
    return localStorage.getItem(ASKED_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Asks once, the first time a reminder is added; after that only the Settings button asks (a
 * browser that is asked again and again blocks the site).
 */
export function askOnceForNotifications(): void {
  if (notificationPermission() !== 'default') return;
  try {
    if (localStorage.getItem(ASKED_KEY)) return;
    localStorage.setItem(ASKED_KEY, new Date().toISOString());
  } catch {
    // No storage: ask anyway.
  }
  void requestNotificationPermission();
}
