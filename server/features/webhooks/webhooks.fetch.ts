// A `fetch` for URLs users give whose answers are read as streams (a user's own model endpoint):
// the webhooks' rule, at connect time, on every request. Private, loopback and link-local targets
// are refused (by literal address, and by every address a name resolves to, through
// publicOnlyLookup) unless allowed; redirects are not followed. Built on node:http rather than the
// global fetch, whose connections cannot be given a lookup without the undici package.
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { isPublicAddress, literalAddress, publicOnlyLookup, RefusedTarget } from './webhooks.targets.js';

export function guardedFetch(options: { allowPrivate: boolean }): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('only http(s) URLs');
    const literal = literalAddress(url.hostname);
    if (!options.allowPrivate && literal !== undefined && !isPublicAddress(literal)) {
      throw new RefusedTarget(`${literal} is not a public address`);
    }
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === 'string' ? init.body : init.body == null ? undefined : null;
    if (body === null) throw new TypeError('only string bodies');
    const client = url.protocol === 'https:' ? https : http;
    const signal = init.signal ?? undefined;
    signal?.throwIfAborted();
    return new Promise<Response>((resolve, reject) => {
      const request = client.request(
        {
          method: init.method ?? 'GET',
          hostname: literal ?? url.hostname,
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          headers: {
            ...headers,
            ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
          },
          agent: false,
          ...(options.allowPrivate || literal !== undefined ? {} : { lookup: publicOnlyLookup }),
          ...(signal ? { signal } : {}),
        },
        (response) => {
          const status = response.statusCode ?? 0;
          if (status >= 300 && status < 400) {
            response.destroy();
            reject(new TypeError(`redirect (${status}) not followed`));
            return;
          }
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined)
              responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          const stream =
            status === 204 || status === 304
              ? null
              : (Readable.toWeb(response) as ReadableStream<Uint8Array>);
          resolve(new Response(stream, { status, headers: responseHeaders }));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }) as typeof fetch;
}
