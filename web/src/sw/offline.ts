// The page a visit gets when there is no connection and the app shell is not on this device yet
// (shell.ts), in the person's language: the one the app last stored (offline/register.ts keeps it
// in LANGUAGE_CACHE), else the browser's (the request's Accept-Language), else English. Its
// messages are the catalogs' `offline` part (shared/i18n/catalogs/<code>/offline.json), bundled
// whole: a few sentences per language, and the worker imports nothing the app imports.
import type { WorkerScope } from './types';

const CATALOGS = import.meta.glob<Record<string, string>>('../../../shared/i18n/catalogs/*/offline.json', {
  eager: true,
  import: 'default',
});
const BY_LANGUAGE = new Map(
  Object.entries(CATALOGS).map(([path, messages]) => [path.split('/').at(-2)!, messages]),
);

/** Where the app keeps its language for the worker (a cache: the worker cannot read localStorage). */
export const LANGUAGE_CACHE = 'doable-language';
export const LANGUAGE_KEY = '/language';

/** Right-to-left scripts (shared/i18n/languages.ts holds the full list; the worker cannot import it). */
const RTL = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)\b/;

/** The first language of `wanted` that has an offline catalog, by its primary subtag; else English. */
export function offlineLanguage(wanted: readonly string[]): string {
  for (const tag of wanted) {
    const base = tag.trim().split(/[-;]/)[0]!.toLowerCase();
    if (base === 'en') return 'en';
    if (BY_LANGUAGE.has(base)) return base;
  }
  return 'en';
}

/** The offline page in `language`: no script, no remote content, a link that tries again. */
export function offlinePage(language: string, path = '/'): string {
  const messages = BY_LANGUAGE.get(language) ?? {};
  const t = (message: string) =>
    (messages[message] ?? message).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const dir = RTL.test(language) ? 'rtl' : 'ltr';
  const font =
    dir === 'rtl'
      ? "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', system-ui, sans-serif; line-height: 2.2"
      : 'system-ui, sans-serif; line-height: 1.5';
  return [
    '<!doctype html>',
    `<html lang="${language}" dir="${dir}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t('Doable: no connection')}</title></head>`,
    `<body style="font-family: ${font}; max-width: 32em; margin: 3em auto; padding: 0 1em; color: #1f2328">`,
    `<h1 style="font-size: 1.4em">${t('No connection')}</h1>`,
    `<p>${t('Doable needs a connection the first time it opens on this device. Once it has opened, it opens without one too.')}</p>`,
    `<p><a href="${path.replace(/[&<>"]/g, '')}">${t('Try again')}</a></p>`,
    '</body></html>',
  ].join('\n');
}

/** The language the app last stored for the worker, if any. */
export async function storedLanguage(scope: WorkerScope): Promise<string | undefined> {
  try {
    const cache = await scope.caches.open(LANGUAGE_CACHE);
    return (await (await cache.match(LANGUAGE_KEY))?.text())?.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** One of the worker's own messages (the catalogs' `offline` part) in `language`, else as written. */
export const workerMessage = (language: string, message: string): string =>
  BY_LANGUAGE.get(language)?.[message] ?? message;

/** The offline page for a navigation, in the language the app stored, else the request's. */
export async function offlineResponse(scope: WorkerScope, request: Request): Promise<Response> {
  const stored = await storedLanguage(scope);
  const accepted = (request.headers.get('accept-language') ?? '').split(',').filter(Boolean);
  const language = offlineLanguage(stored ? [stored, ...accepted] : accepted);
  const url = new URL(request.url);
  return new Response(offlinePage(language, url.pathname + url.search), {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-language': language },
  });
}
