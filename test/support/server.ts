// Starts the real application on an ephemeral port against a private test database, and
// talks to it over HTTP the way a client would.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import { buildApp } from '../../server/app.js';
import type { TokenVerifier, TokenVerifierOptions } from '../../server/platform/auth/tokens.js';
import { type Config, loadConfig } from '../../server/platform/config.js';
import type { DatabaseHandle } from '../../server/platform/db/client.js';
import { createServices, type Services } from '../../server/services.js';
import { createTestDatabase } from './database.js';
import { rememberedPasswords } from './passwords.js';

export const TEST_SECRET = 'test-secret-that-is-long-enough-0123456789';
/** The app's public URL in tests: the origin browsers' requests carry (Better Auth checks it). */
export const TEST_APP_URL = 'http://localhost:3000';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as-is (no JSON encoding, no default content type). */
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  verifier: TokenVerifier;
  services: Services;
  /**
   * Moves the rate limiter's clock to the start of the next hour, so a test's requests all fall in
   * fresh windows (of a second, a minute, a quarter or an hour) with the whole window ahead, on a
   * slow machine too: no test waits for a window to turn. Counters of earlier windows stay behind.
   */
  newRateWindow(): void;
  /** An HS256 token for `userId`, signed with the test secret (valid for an hour). */
  tokenFor(userId: string): Promise<string>;
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>;
  /** Like request, authenticated as `userId`. */
  as(
    userId: string,
  ): <T = any>(
    method: string,
    path: string,
    options?: Omit<RequestOptions, 'token'>,
  ) => Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

export function signHs256(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresIn?: string | number } = {},
) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt();
  if (options.expiresIn !== undefined) jwt.setExpirationTime(options.expiresIn);
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_SECRET));
}

/** What newRateWindow() aligns the rate limiter's clock to: every window divides an hour. */
const RATE_WINDOW_ALIGN = 3_600_000;

export async function startTestServer(
  options: {
    env?: Record<string, string>;
    database?: DatabaseHandle;
    verifier?: Partial<TokenVerifierOptions>;
  } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'doable-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    BETTER_AUTH_SECRET: TEST_SECRET,
    DATA_DIR: dataDir,
    APP_URL: TEST_APP_URL,
    // Suites send hundreds of requests a second; the rate-limit suites turn these on.
    API_RATE_LIMIT: '0',
    AUTH_RATE_LIMIT: '0',
    ...options.env,
  });
  const database = options.database ?? (await createTestDatabase());
  // The rate limiter's clock runs with the real one, shifted forward by newRateWindow().
  let shift = 0;
  const rateLimitClock = () => Date.now() + shift;
  const services = await createServices(config, database, TEST_SECRET, {
    verifier: options.verifier,
    rateLimitClock,
    passwords: rememberedPasswords,
  });
  const verifier = services.verifier;
  const app = await buildApp({ config, database, services });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const tokens = new Map<string, string>();

  const tokenFor = async (userId: string) => {
    let token = tokens.get(userId);
    if (!token) {
      token = await signHs256({ sub: userId }, { expiresIn: '1h' });
      tokens.set(userId, token);
    }
    return token;
  };

  const request = async <T = any>(
    method: string,
    p: string,
    o: RequestOptions = {},
  ): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let body: string | Buffer | undefined = o.rawBody;
    if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(url + p, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    if (/json/.test(res.headers.get('content-type') ?? '') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T, text };
  };

  return {
    url,
    app,
    database,
    config,
    verifier,
    services,
    tokenFor,
    request,
    newRateWindow: () => {
      shift += RATE_WINDOW_ALIGN - (rateLimitClock() % RATE_WINDOW_ALIGN);
    },
    as:
      (userId) =>
      async (method, p, o = {}) =>
        request(method, p, { ...o, token: await tokenFor(userId) }),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
