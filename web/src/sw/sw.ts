// The service worker, built to /sw.js (web/vite.config.ts): the app shell offline (shell.ts) and
// Web Push reminders with their actions (notifications.ts). Imports nothing the app imports, so
// the build keeps it one self-contained script.
import { handleNotificationClick, showPush } from './notifications';
import { activateShell, handleFetch, installShell } from './shell';
import type { ExtendableEvent, FetchEvent, NotificationEvent, PushEvent, WorkerScope } from './types';

const scope = self as unknown as WorkerScope & {
  addEventListener(type: string, listener: (event: never) => void): void;
};

scope.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(installShell(scope).then(() => scope.skipWaiting()));
});
scope.addEventListener('activate', (event: ExtendableEvent) => event.waitUntil(activateShell(scope)));
scope.addEventListener('fetch', (event: FetchEvent) => handleFetch(scope, event));
scope.addEventListener('push', (event: PushEvent) => {
  let payload: unknown = null;
  try {
    payload = event.data?.json() ?? null;
  } catch {
    payload = null;
  }
  event.waitUntil(showPush(scope, payload));
});
scope.addEventListener('notificationclick', (event: NotificationEvent) =>
  event.waitUntil(handleNotificationClick(scope, event)),
);
