// Registers the service worker (web/src/sw/, built to /sw.js): the app shell offline, and Web Push.
// Only in the built app: the dev server has no /sw.js, and tests have no service workers.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}
