// A browser's cookie jar for suites that sign in over HTTP: what a response sets, kept; what it
// clears (empty, or Max-Age=0), dropped.

/** Applies a response's Set-Cookie lines to `jar`. */
export function keepCookies(jar: Map<string, string>, headers: Headers): void {
  for (const line of headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, ...rest] = pair!.split('=');
    const value = rest.join('=');
    if (value === '' || /max-age=0/i.test(line)) jar.delete(name!.trim());
    else jar.set(name!.trim(), value);
  }
}
