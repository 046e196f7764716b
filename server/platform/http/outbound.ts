// Requests to addresses users give (webhooks, push endpoints, a user's own model endpoint), the
// SSRF defence: only public unicast addresses, checked on the literal URL when it is saved and on
// every resolved address when it is used, and the connection goes to the address that was
// checked, so a name that re-resolves to an internal address (DNS rebinding) is refused too. Each
// caller's `allowPrivate` (WEBHOOK_ALLOW_PRIVATE, PUSH_ALLOW_PRIVATE, MODEL_ALLOW_PRIVATE) lifts
// the check (tests, trusted networks).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
// IPv6 must be global unicast (2000::/3): that leaves out unspecified, loopback, IPv4-mapped and
// -compatible, NAT64, ULA (fc00::/7), link-local, site-local and multicast. Within it, these
// are not destinations either, or tunnel to IPv4 addresses we could not check.
const globalUnicast = new BlockList();
globalUnicast.addSubnet('2000::', 3, 'ipv6');
for (const [network, prefix] of [
  ['2001::', 23], // IETF special purpose, Teredo
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4
  ['3fff::', 20], // documentation
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** Whether `address` (an IP literal) is a public unicast address the server may reach. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family === 6) return globalUnicast.check(address, 'ipv6') && !blocked.check(address, 'ipv6');
  return false;
}

/** The host of a URL as an IP literal, without IPv6 brackets; undefined for a name. */
export function literalAddress(hostname: string): string | undefined {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : undefined;
}

/**
 * Whether a host name is loopback by definition: `localhost` and every name under it, in any
 * case, with or without the root's trailing dot (RFC 6761 §6.3). Such names are refused without
 * asking DNS, which may not know them (glibc answers `foo.localhost` with nothing) while a
 * resolver that follows the RFC answers 127.0.0.1.
 */
export function isLoopbackName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.+$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

export class RefusedTarget extends Error {
  override name = 'RefusedTarget';
}

const refusal = (host: string, address: string) =>
  new RefusedTarget(`${host} resolves to ${address}, which is not a public address`);

const LOOKUP_TIMEOUT_MS = 2000;

/** Every address `host` resolves to (the system resolver, as connections use). */
export function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${host} did not resolve in time`)), LOOKUP_TIMEOUT_MS);
    dnsLookup(host, { all: true }, (err, addresses) => {
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(addresses);
    });
  });
}

/**
 * Why a URL may not be used as a target, or undefined when it may. Literal addresses are checked
 * as they are; names are resolved once, best effort: a name that does not resolve now is
 * accepted (each request checks again, through publicOnlyLookup).
 */
export async function targetRefusal(url: URL): Promise<string | undefined> {
  const literal = literalAddress(url.hostname);
  if (literal !== undefined) {
    return isPublicAddress(literal) ? undefined : `must not target ${literal}, which is not a public address`;
  }
  if (isLoopbackName(url.hostname)) return `must not target ${url.hostname}, which is a loopback name`;
  let addresses: LookupAddress[];
  try {
    addresses = await resolveAll(url.hostname);
  } catch {
    return undefined;
  }
  const internal = addresses.find((a) => !isPublicAddress(a.address));
  return internal ? `must not target ${url.hostname}, which resolves to ${internal.address}` : undefined;
}

/**
 * A `lookup` for http.request that refuses unless every address the name resolves to is
 * public; the socket then connects to the addresses it checked. (Literal IPs never reach a
 * lookup: check them with isPublicAddress first.)
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  if (isLoopbackName(hostname)) {
    const error = new RefusedTarget(`${hostname} is a loopback name`) as NodeJS.ErrnoException;
    process.nextTick(() => callback(error, '', 0)); // asynchronously, as a resolver answers
    return;
  }
  resolveAll(hostname).then(
    (addresses) => {
      const internal = addresses.find((a) => !isPublicAddress(a.address));
      if (internal || addresses.length === 0) {
        const error = internal
          ? refusal(hostname, internal.address)
          : new RefusedTarget(`${hostname} has no address`);
        callback(error as NodeJS.ErrnoException, '', 0);
        return;
      }
      const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
      const usable = family ? addresses.filter((a) => a.family === family) : addresses;
      if (usable.length === 0) {
        callback(
          new RefusedTarget(`${hostname} has no IPv${family} address`) as NodeJS.ErrnoException,
          '',
          0,
        );
      } else if (options.all) {
        (callback as unknown as (err: null, addresses: LookupAddress[]) => void)(null, usable);
      } else {
        callback(null, usable[0]!.address, usable[0]!.family);
      }
    },
    (err: NodeJS.ErrnoException) => callback(err, '', 0),
  );
};

/**
 * A `fetch` for URLs users give whose answers are read as streams (a user's own model endpoint):
 * the same rule at connect time, on every request. Private, loopback and link-local targets are
 * refused (by literal address, and by every address a name resolves to, through
 * publicOnlyLookup) unless allowed; redirects are not followed. Built on node:http rather than
 * the global fetch, whose connections cannot be given a lookup without the undici package.
 */
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

export type AttemptResult =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string };

/** Enough of an answer to know it arrived; the rest is not read. */
const MAX_ANSWER_BYTES = 64 * 1024;

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

/**
 * POSTs `body` to a URL a user gave (a webhook, a push service), guarded: private, loopback and
 * link-local targets are refused (by literal address, and by every address a name resolves to, at
 * connect time) unless `allowPrivate`; redirects are not followed; the answer is read only so far.
 */
export function postGuarded(
  target: string,
  headers: Record<string, string>,
  body: string | Buffer,
  options: SendOptions,
): Promise<AttemptResult> {
  const url = new URL(target);
  const literal = literalAddress(url.hostname);
  if (!options.allowPrivate && literal !== undefined && !isPublicAddress(literal)) {
    return Promise.resolve({ ok: false, status: null, error: `refused: ${literal} is not a public address` });
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(
      {
        method: 'POST',
        hostname: literal ?? url.hostname,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        headers,
        agent: false,
        ...(options.allowPrivate || literal !== undefined ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const answered = () =>
          finish(
            status >= 200 && status < 300
              ? { ok: true, status }
              : {
                  ok: false,
                  status,
                  error:
                    status >= 300 && status < 400 ? `redirect (${status}) not followed` : `HTTP ${status}`,
                },
          );
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) {
            answered();
            response.destroy();
            request.destroy();
          }
        });
        response.on('end', answered);
        response.on('error', answered);
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, status: null, error: `timed out after ${options.timeoutMs} ms` });
      request.destroy();
    }, options.timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => {
      const reason =
        err instanceof RefusedTarget ? `refused: ${err.message}` : `${err.code ?? err.name}: ${err.message}`;
      finish({ ok: false, status: null, error: reason.slice(0, 500) });
    });
    request.end(body);
  });
}
