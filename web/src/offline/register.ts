// Registers the service worker (web/src/sw/, built to /sw.js): the app shell offline, and Web Push.
// Only in the built app: the dev server has no /sw.js, and tests have no service workers.

/** Where the worker reads the app's language for its offline page (sw/offline.ts: the same names). */
const LANGUAGE_CACHE = 'doable-language';

/** Keeps the page's language (`<html lang>`, set by ui/i18n.ts) where the service worker reads it. */
export async function keepLanguageForWorker(): Promise<void> {
  const language = document.documentElement.lang;
  if (!language || typeof caches === 'undefined') return;
  const cache = await caches.open(LANGUAGE_CACHE);
  await cache.put('/language', new Response(language, { headers: { 'content-type': 'text/plain' } }));
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
    void keepLanguageForWorker().catch(() => undefined);
  });
  // The language may change while the app is open: kept again whenever the page is left.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void keepLanguageForWorker().catch(() => undefined);
  });
}
