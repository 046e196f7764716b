// A local Web Push service for tests: browsers' subscriptions (a P-256 key pair and an auth secret
// each) and an HTTP endpoint that, like a real push service, checks the VAPID JWT (RFC 8292) and
// whose messages the test decrypts as the browser would (aes128gcm, RFC 8291).
import { createECDH, createPublicKey, type ECDH, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// web-push's own dependency, the reference implementation of RFC 8188 by its authors.
import ece from 'http_ece';

export interface PushMessage {
  device: string;
  headers: IncomingHttpHeaders;
  /** The decrypted payload, parsed. */
  json: any;
  /** The VAPID JWT's claims, after its signature was checked with the k= key. */
  claims: { aud: string; exp: number; sub: string };
  vapidKey: string;
}

interface Device {
  ecdh: ECDH;
  auth: Buffer;
}

const b64u = (b: Buffer) => b.toString('base64url');

/** Checks `vapid t=<jwt>, k=<key>`; answers the claims, or throws. */
function checkVapid(authorization: string | undefined): { claims: PushMessage['claims']; key: string } {
  const m = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!m) throw new Error(`no VAPID authorization: ${authorization}`);
  const [head, body, sig] = m[1]!.split('.');
  const raw = Buffer.from(m[2]!, 'base64url');
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64u(raw.subarray(1, 33)), y: b64u(raw.subarray(33, 65)) },
    format: 'jwk',
  });
  const ok = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(sig!, 'base64url'),
  );
  if (!ok) throw new Error('VAPID signature does not verify');
  const header = JSON.parse(Buffer.from(head!, 'base64url').toString());
  if (header.alg !== 'ES256') throw new Error(`alg ${header.alg}`);
  return { claims: JSON.parse(Buffer.from(body!, 'base64url').toString()), key: m[2]! };
}

export async function pushService() {
  const devices = new Map<string, Device>();
  const messages: PushMessage[] = [];
  const refused: string[] = [];
  const statuses = new Map<string, number[]>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const name = decodeURIComponent((req.url ?? '').replace(/^\/push\//, ''));
      const queued = statuses.get(name)?.shift();
      if (queued !== undefined) {
        res.statusCode = queued;
        res.end();
        return;
      }
      const device = devices.get(name);
      if (!device) {
        res.statusCode = 410;
        res.end();
        return;
      }
      try {
        const { claims, key } = checkVapid(req.headers.authorization);
        if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
        const plain = ece.decrypt(Buffer.concat(chunks), {
          version: 'aes128gcm',
          privateKey: device.ecdh,
          authSecret: b64u(device.auth),
        });
        messages.push({
          device: name,
          headers: req.headers,
          json: JSON.parse(plain.toString()),
          claims,
          vapidKey: key,
        });
        res.statusCode = 201;
      } catch (err) {
        refused.push(`${name}: ${(err as Error).message}`);
        res.statusCode = 400;
      }
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    messages,
    refused,
    /** A new browser: what its PushSubscription.toJSON() would give. */
    device(name: string) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      devices.set(name, { ecdh, auth });
      return {
        endpoint: `${origin}/push/${encodeURIComponent(name)}`,
        keys: { p256dh: b64u(ecdh.getPublicKey()), auth: b64u(auth) },
      };
    },
    /** The browser unsubscribed: its endpoint answers 410 from now on. */
    forget: (name: string) => devices.delete(name),
    /** The next answers to this device's endpoint, before it accepts again. */
    answer: (name: string, ...codes: number[]) =>
      statuses.set(name, [...(statuses.get(name) ?? []), ...codes]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
