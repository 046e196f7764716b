// Mounts Better Auth at /api/auth/* in its own encapsulated scope: bodies pass through untouched,
// emails are normalised, sign-in and sign-up are rate limited (per IP, and per account for
// sign-in) with our shared limiter, the client IP reaches Better Auth only through a header we
// set, and Better Auth's errors leave as problem+json (keeping its `code` and `message`).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../errors.js';
import { sendProblem, toProblem } from '../http/problem.js';
import type { RateLimiter } from '../ratelimit/ratelimit.js';
import { rateLimited } from '../ratelimit/ratelimit.js';
import { type Auth, CLIENT_IP_HEADER } from './auth.js';

export interface AuthRoutesOptions {
  auth: Auth;
  limiter: RateLimiter;
  /** Attempts per minute per IP (and sign-ins per account); 0 turns the limit off. */
  attemptsPerMinute: number;
  bodyLimit: number;
}

const ATTEMPT_PATHS = new Set(['/api/auth/sign-in/email', '/api/auth/sign-up/email']);

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'AUTH_INVALID',
  403: 'AUTH_FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'BAD_REQUEST',
  422: 'VALIDATION_ERROR',
  429: 'RATE_LIMITED',
};

/** Lower-cases and trims the email of a JSON sign-in/sign-up body; returns the body to forward. */
function normaliseEmail(body: Buffer | undefined): { body: Buffer | undefined; email: string | undefined } {
  if (!body || body.length === 0) return { body, email: undefined };
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { email?: unknown };
    if (typeof parsed?.email !== 'string') return { body, email: undefined };
    parsed.email = parsed.email.trim().toLowerCase();
    return { body: Buffer.from(JSON.stringify(parsed)), email: parsed.email as string };
  } catch {
    return { body, email: undefined }; // Better Auth answers malformed bodies itself
  }
}

export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (app, options) => {
  const { auth, limiter, attemptsPerMinute } = options;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.bodyLimit }, (_request, body, done) =>
    done(null, body),
  );

  const limitAttempts = async (request: FastifyRequest, email: string | undefined) => {
    if (attemptsPerMinute === 0) return;
    const path = request.url.split('?')[0]!;
    const byIp = await limiter.hit(`auth:ip:${request.ip}:${path}`, attemptsPerMinute, 60);
    if (!byIp.allowed) throw rateLimited(byIp, 'attempts from this address');
    if (email && path.endsWith('/sign-in/email')) {
      const byAccount = await limiter.hit(`auth:account:${email}`, attemptsPerMinute, 60);
      if (!byAccount.allowed) throw rateLimited(byAccount, 'sign-in attempts for this account');
    }
  };

  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    const url = new URL(request.url, `${request.protocol}://${request.host}`);
    let body = request.body as Buffer | undefined;
    if (ATTEMPT_PATHS.has(url.pathname)) {
      const normalised = normaliseEmail(body);
      body = normalised.body;
      await limitAttempts(request, normalised.email);
    }
    const headers = new Headers();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value === undefined || key === CLIENT_IP_HEADER || key === 'content-length') continue;
      if (Array.isArray(value)) for (const v of value) headers.append(key, v);
      else headers.set(key, value);
    }
    headers.set(CLIENT_IP_HEADER, request.ip);
    const init: RequestInit = { method: request.method, headers };
    if (request.method !== 'GET' && request.method !== 'HEAD' && body && body.length > 0) init.body = body;
    const response = await auth.handler(new Request(url, init));

    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) reply.header('set-cookie', cookies);
    response.headers.forEach((value, key) => {
      if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
    });
    if (response.status >= 400) return sendAuthProblem(request, reply, response);
    reply.status(response.status);
    return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
  };

  app.route({ method: ['GET', 'POST'], url: '/*', schema: { hide: true }, handler: forward });
};

async function sendAuthProblem(request: FastifyRequest, reply: FastifyReply, response: Response) {
  let upstream: { code?: string; message?: string } = {};
  try {
    upstream = (await response.json()) as typeof upstream;
  } catch {
    // no JSON body
  }
  const code = STATUS_CODES[response.status] ?? (response.status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
  const error = new AppError(code, upstream.message ?? response.statusText ?? 'Request failed');
  if (code === 'INTERNAL_ERROR') return sendProblem(reply, error);
  // Better Auth's own client reads `code` and `message`; keep them beside the problem fields.
  reply.removeHeader('content-type');
  return reply
    .code(error.status)
    .type('application/problem+json')
    .send({ code: upstream.code, message: upstream.message, ...toProblem(error, request) });
}
