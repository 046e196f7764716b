// Drives single sign-on the way a browser does, with fetch: start at Doable, follow the redirects
// to the OpenID provider (test/support/oidc-provider.ts), post its login and consent forms, and
// come back to Doable's callback. Each origin keeps its own cookies, as a browser's jar would.
import { expect } from 'vitest';
import { TEST_APP_URL, type TestServer } from './server.js';

/** Cookies by host, as a browser keeps them (names and values only; tests run over plain http). */
export class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  header(url: string): string {
    const cookies = this.byHost.get(new URL(url).host);
    return cookies ? [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  store(url: string, response: Response): void {
    const host = new URL(url).host;
    const cookies = this.byHost.get(host) ?? new Map<string, string>();
    this.byHost.set(host, cookies);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) cookies.delete(name);
      else cookies.set(name, value);
    }
  }
}

/** One request with the jar's cookies for its host, redirects not followed. */
export async function go(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header(url);
  if (cookie) headers.set('cookie', cookie);
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(url, response);
  return response;
}

/** Doable's URL as the browser knows it (APP_URL) turned into the test server's address. */
export const onServer = (server: TestServer, url: string) =>
  url.startsWith(TEST_APP_URL) ? server.url + url.slice(TEST_APP_URL.length) : url;

/** POST /api/auth/sign-in/social for the OpenID provider: the provider's authorization URL. */
export async function startSso(server: TestServer, jar: CookieJar, body: Record<string, unknown> = {}) {
  const start = await go(jar, `${server.url}/api/auth/sign-in/social`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: TEST_APP_URL },
    body: JSON.stringify({ provider: 'oidc', callbackURL: '/', ...body }),
  });
  expect(start.status, await start.clone().text()).toBe(200);
  const { url } = (await start.json()) as { url: string };
  return url;
}

/**
 * From the provider's authorization URL, signs in there as `login` and consents (or cancels, with
 * `deny`): the URL of Doable's callback the provider sends the browser to (not yet followed).
 */
export async function throughProvider(
  jar: CookieJar,
  authorizationUrl: string,
  login: string,
  options: { deny?: boolean } = {},
): Promise<string> {
  let url = authorizationUrl;
  for (let hops = 0; hops < 20; hops++) {
    if (url.startsWith(TEST_APP_URL)) return url;
    const response = await go(jar, url);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    expect(response.status, html).toBe(200);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    expect(prompt && action, html).toBeTruthy();
    if (options.deny) {
      url = `${url.replace(/\/$/, '')}/abort`;
      continue;
    }
    const form =
      prompt === 'login'
        ? new URLSearchParams({ prompt: 'login', login, password: 'any password' })
        : new URLSearchParams({ prompt: 'consent' });
    const submitted = await go(jar, new URL(action as string, url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    const next = submitted.headers.get('location');
    expect(next, await submitted.text()).toBeTruthy();
    url = new URL(next as string, url).href;
  }
  throw new Error('the provider never sent the browser back');
}

export interface SsoOutcome {
  status: number;
  location: string | null;
  /** The body when it is a problem (a program's answer). */
  body: { code?: string; status?: number; detail?: string } | undefined;
  /** Doable's cookies after the callback (`cookie` header form), e.g. the session. */
  cookie: string;
}

/** Follows the provider's redirect into Doable's callback, as a browser (HTML) or a program. */
export async function callback(
  server: TestServer,
  jar: CookieJar,
  callbackUrl: string,
  as: 'browser' | 'program' = 'browser',
): Promise<SsoOutcome> {
  const accept = as === 'browser' ? 'text/html,application/xhtml+xml,*/*;q=0.8' : 'application/json';
  const response = await go(jar, onServer(server, callbackUrl), { headers: { accept } });
  const text = await response.text();
  const json = /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : undefined;
  return {
    status: response.status,
    location: response.headers.get('location'),
    body: json,
    cookie: jar.header(server.url),
  };
}

/** The whole sign-in: start, the provider as `login`, the callback. */
export async function ssoSignIn(
  server: TestServer,
  login: string,
  options: { as?: 'browser' | 'program'; deny?: boolean; jar?: CookieJar } = {},
): Promise<SsoOutcome> {
  const jar = options.jar ?? new CookieJar();
  const authorization = await startSso(server, jar);
  const back = await throughProvider(jar, authorization, login, options);
  return callback(server, jar, back, options.as);
}
