// The app shell offline: index.html and the files it loads are cached when the worker installs,
// hashed assets (immutable) from the cache first, pages from the network first with the cached
// shell as the fallback, and without that a small page in the person's language (offline.ts). The
// API is never cached here: the app keeps its own data (offline/).
import { offlineResponse } from './offline';
import type { FetchEvent, WorkerScope } from './types';

/** Bumped when the caching changes; older caches are deleted on activate. */
export const CACHE = 'doable-shell-v2';
const SHELL = ['/', '/manifest.webmanifest', '/favicon.svg', '/icons/icon-192.png'];
/** Paths the server answers itself, never from the cache. */
const SERVER_PATHS = /^\/(api|docs|openapi\.json|health|metrics|mcp)(\/|$)/;

/** The scripts and styles a page loads, read from its HTML (Vite writes them as /assets/...). */
export function assetsOf(html: string): string[] {
  return [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!))];
}

/**
 * The chunks a script loads later (screens opened on demand: the editor, the calendar, Settings…)
 * and their styles, as Vite names them in it: `"./TaskEditor-abc.js"`, `"assets/Calendar-def.css"`.
 */
export function chunksOf(script: string): string[] {
  const names = [...script.matchAll(/["'](?:\.\/|\/?assets\/)([\w.-]+\.(?:js|css))["']/g)].map(
    (m) => `/assets/${m[1]!}`,
  );
  return [...new Set(names)];
}

/**
 * Caches the shell: index.html, the files it loads, and every chunk those load on demand (found in
 * the scripts themselves, recursively), so that a screen never opened before opens offline too.
 */
export async function installShell(scope: WorkerScope): Promise<void> {
  const cache = await scope.caches.open(CACHE);
  const page = await scope.fetch('/', { cache: 'no-cache' });
  if (!page.ok) return;
  const html = await page.clone().text();
  await cache.put('/', page);
  const seen = new Set<string>();
  const fetchAll = async (paths: string[]): Promise<void> => {
    const fresh = paths.filter((path) => !seen.has(path));
    for (const path of fresh) seen.add(path);
    const found = await Promise.all(
      fresh.map(async (path) => {
        const response = await scope.fetch(path).catch(() => undefined);
        if (!response?.ok) return [];
        const text = path.endsWith('.js') ? await response.clone().text() : '';
        await cache.put(path, response);
        return text ? chunksOf(text) : [];
      }),
    );
    const next = found.flat();
    if (next.length > 0) await fetchAll(next);
  };
  await fetchAll([...SHELL.slice(1), ...assetsOf(html)]);
}

export async function activateShell(scope: WorkerScope): Promise<void> {
  const names = await scope.caches.keys();
  await Promise.all(
    names.filter((n) => n.startsWith('doable-shell-') && n !== CACHE).map((n) => scope.caches.delete(n)),
  );
  await scope.clients.claim();
}

async function networkFirst(scope: WorkerScope, request: Request, cacheAs: string): Promise<Response> {
  const cache = await scope.caches.open(CACHE);
  try {
    const response = await scope.fetch(request);
    if (response.ok) await cache.put(cacheAs, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheAs);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(scope: WorkerScope, request: Request): Promise<Response> {
  const cache = await scope.caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await scope.fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Answers the requests the shell owns; the rest go to the network untouched. */
export function handleFetch(scope: WorkerScope, event: FetchEvent): void {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin || SERVER_PATHS.test(url.pathname)) return;
  // Every page of the app is the same index.html (client routes): cached as '/'.
  if (request.mode === 'navigate')
    event.respondWith(networkFirst(scope, request, '/').catch(() => offlineResponse(scope, request)));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(scope, request));
  else if (SHELL.includes(url.pathname) || url.pathname.startsWith('/icons/'))
    event.respondWith(networkFirst(scope, request, url.pathname));
}
