import { describe, expect, it } from 'vitest';
import { LANGUAGE_CACHE, LANGUAGE_KEY, offlineLanguage } from './offline';
import { handleFetch } from './shell';
import type { FetchEvent, WorkerScope } from './types';

/** A worker scope with no connection, an empty shell cache and, if given, the app's stored language. */
function offlineScope(stored?: string): WorkerScope {
  const caches = {
    open: async (name: string) => ({
      match: async (key: string) =>
        name === LANGUAGE_CACHE && key === LANGUAGE_KEY && stored !== undefined
          ? new Response(stored)
          : undefined,
      put: async () => undefined,
    }),
  } as unknown as CacheStorage;
  return {
    location: { origin: 'https://tasks.example.com' },
    caches,
    fetch: async () => {
      throw new TypeError('Failed to fetch');
    },
  } as unknown as WorkerScope;
}

/** What a navigation to `path` is answered with while offline. */
async function visit(scope: WorkerScope, path: string, acceptLanguage?: string): Promise<Response> {
  let answer: Promise<Response> | undefined;
  const request = new Request(`https://tasks.example.com${path}`, {
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  });
  Object.defineProperty(request, 'mode', { value: 'navigate' });
  handleFetch(scope, {
    request,
    respondWith: (response: Response | Promise<Response>) => {
      answer = Promise.resolve(response);
    },
  } as unknown as FetchEvent);
  expect(answer, 'the worker answers the navigation').toBeDefined();
  return answer!;
}

describe('the offline page (no connection, no shell on the device yet)', () => {
  it('is in the language the app stored, right to left for Urdu', async () => {
    const page = await visit(offlineScope('ur'), '/lists/3?x=1', 'en-GB,en;q=0.9');
    expect(page.status).toBe(503);
    expect(page.headers.get('content-language')).toBe('ur');
    const html = await page.text();
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(html).toContain('<h1 style="font-size: 1.4em">کنکشن نہیں ہے</h1>');
    expect(html).toContain('<a href="/lists/3?x=1">دوبارہ کوشش کریں</a>');
    expect(html).not.toMatch(/connection|Try again/);
  });

  it('else in the browser’s language, else English', async () => {
    const urdu = await (await visit(offlineScope(), '/', 'ur-PK,ur;q=0.9,en;q=0.5')).text();
    expect(urdu).toContain('lang="ur" dir="rtl"');
    const english = await (await visit(offlineScope(), '/', 'de-DE,de;q=0.9')).text();
    expect(english).toContain('<html lang="en" dir="ltr">');
    expect(english).toContain('<h1 style="font-size: 1.4em">No connection</h1>');
    expect(english).toContain('>Try again</a>');
    // English chosen before Urdu stays English.
    expect(offlineLanguage(['en-US', 'ur'])).toBe('en');
    expect(offlineLanguage(['en-XA'])).toBe('en');
  });
});
