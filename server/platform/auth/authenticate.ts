// One way in, four doors: an API key (X-API-Key, or a Bearer value with the key prefix), a JWT
// (HS256 with the shared secret, Better Auth's own keys, or JWKS_URL), or Better Auth's session
// cookie. Every door resolves to one user id; then `{user_id}` is checked (`me` = the caller)
// and the per-user API rate limit applies.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import { namedQuery } from '../db/prepared.js';
import { AppError } from '../errors.js';
import { type RateLimiter, rateLimited, rateLimitHeaders } from '../ratelimit/ratelimit.js';
import type { TokenVerifier } from './tokens.js';

export type Credential = 'api-key' | 'jwt' | 'session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller; set by the authenticator before any handler of a protected route runs. */
    userId: string;
    /** Which door the caller came through. */
    credential: Credential | '';
    /** The Better Auth session id, when the caller came with the session cookie. */
    sessionId: string;
    /**
     * What an access cut names (cuts.ts): the API key's id, or the session's id (the cookie's, or
     * a JWT's `sid`); '' for a JWT bound to no session.
     */
    credentialId: string;
  }
}

/** Resolves a session cookie to its user and session (Better Auth), or undefined when there is no live session. */
export type SessionResolver = (
  headers: FastifyRequest['headers'],
) => Promise<{ userId: string; sessionId: string } | undefined>;

/** API keys, as the apikeys feature reads them: whether a bearer value is one, and its user. */
export interface ApiKeyResolver {
  looksLikeApiKey(value: string): boolean;
  /** `scope`: `api` (REST, MCP; the default) or `caldav` (app passwords). The key's user and id. */
  resolveApiKey(
    db: Database,
    key: string,
    scope?: 'api' | 'caldav',
  ): Promise<{ userId: string; keyId: number } | undefined>;
}

export interface AuthenticatorOptions {
  db: Database;
  apiKeys: ApiKeyResolver;
  verifier: TokenVerifier;
  sessions?: SessionResolver;
  /** Origins whose pages may send cookie-authenticated writes. */
  trustedOrigins: string[];
  limiter?: RateLimiter;
  /** Requests per second per user; 0 turns the limit off. */
  apiPerSecond: number;
}

const BASIC = /^Basic +([A-Za-z0-9+/]+={0,2}) *$/i;
const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i;
export const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The 401 of every door while an administrator has disabled the account. */
export const DISABLED = "This account is disabled: ask the server's administrator";

export class Authenticator {
  constructor(private readonly options: AuthenticatorOptions) {}

  /** An onRequest hook: authenticates, checks `{user_id}`, applies the API rate limit. */
  readonly hook = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const { userId, credential, sessionId, credentialId } = await this.identify(request);
    request.userId = userId;
    request.credential = credential;
    request.sessionId = sessionId ?? '';
    request.credentialId = credentialId;
    const pathUser = (request.params as { user_id?: string } | undefined)?.user_id;
    if (pathUser !== undefined && pathUser !== 'me' && pathUser !== userId) {
      throw new AppError('AUTH_FORBIDDEN', 'The user in the path is not the authenticated user');
    }
    const { limiter, apiPerSecond } = this.options;
    if (limiter && apiPerSecond > 0) {
      const decision = await limiter.hit(`api:${userId}`, apiPerSecond, 1);
      if (!decision.allowed) throw rateLimited(decision, 'requests');
      reply.headers(rateLimitHeaders(decision));
    }
  };

  /**
   * CalDAV's door (server/features/caldav): HTTP Basic with the account's email and an API key
   * made with the `caldav` scope (an app password). Refuses what the other doors refuse (unknown,
   * revoked or expired keys, disabled accounts) and a key of another account than the email's;
   * applies the same per-user rate limit. Answers the user id; throws AUTH_MISSING/AUTH_INVALID.
   */
  async basic(request: FastifyRequest, reply: FastifyReply): Promise<string> {
    const header = request.headers.authorization;
    const encoded = header === undefined ? undefined : BASIC.exec(header)?.[1];
    if (encoded === undefined)
      throw new AppError('AUTH_MISSING', 'Sign in with your email and an app password');
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const email = decoded.slice(0, colon).trim().toLowerCase();
    const password = decoded.slice(colon + 1);
    if (colon < 1 || email.length > 320)
      throw new AppError('AUTH_INVALID', 'The email or app password is wrong');
    const key = await this.options.apiKeys.resolveApiKey(this.options.db, password, 'caldav');
    if (!key) throw new AppError('AUTH_INVALID', 'The email or app password is wrong');
    const { userId } = key;
    const [row] = await namedQuery<{ id: string }>(
      this.options.db,
      'doable_user_email',
      'select id from users where id = $1 and lower(email) = $2',
      [userId, email],
    );
    if (!row) throw new AppError('AUTH_INVALID', 'The email or app password is wrong');
    request.userId = userId;
    request.credential = 'api-key';
    request.sessionId = '';
    request.credentialId = String(key.keyId);
    const { limiter, apiPerSecond } = this.options;
    if (limiter && apiPerSecond > 0) {
      const decision = await limiter.hit(`api:${userId}`, apiPerSecond, 1);
      if (!decision.allowed) throw rateLimited(decision, 'requests');
      reply.headers(rateLimitHeaders(decision));
    }
    return userId;
  }

  private async identify(
    request: FastifyRequest,
  ): Promise<{ userId: string; credential: Credential; sessionId?: string; credentialId: string }> {
    const header = request.headers.authorization;
    if (header !== undefined && header.trim() !== '') {
      const token = BEARER.exec(header)?.[1];
      if (!token) throw new AppError('AUTH_INVALID', 'The Authorization header must be "Bearer <token>"');
      if (this.options.apiKeys.looksLikeApiKey(token)) return this.apiKeyUser(token);
      const principal = await this.options.verifier.verify(token);
      // Whoever issued it: a session-bound token is only as good as its session (uncached), and
      // disabling an account deletes its sessions; a token bound to none (HS256, JWKS_URL) is
      // refused while its account is disabled. Both reads are uncached: the verifier caches the
      // signature check only, never this answer.
      if (principal.sessionId !== undefined) {
        if (!(await this.sessionLives(principal.sessionId, principal.userId))) {
          throw new AppError('AUTH_INVALID', 'The session this token belongs to has ended; sign in again');
        }
      } else if (await this.disabled(principal.userId)) {
        throw new AppError('AUTH_INVALID', DISABLED);
      }
      return { userId: principal.userId, credential: 'jwt', credentialId: principal.sessionId ?? '' };
    }
    const apiKey = request.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey !== '') {
      return this.apiKeyUser(apiKey);
    }
    const cookie = request.headers.cookie;
    if (this.options.sessions && cookie && SESSION_COOKIE.test(cookie)) {
      this.refuseCrossSite(request);
      const session = await this.options.sessions(request.headers);
      if (!session) throw new AppError('AUTH_INVALID', 'The session has ended; sign in again');
      return { ...session, credential: 'session', credentialId: session.sessionId };
    }
    throw new AppError(
      'AUTH_MISSING',
      'Send an Authorization: Bearer <token> header, an X-API-Key header, or sign in for a session cookie',
    );
  }

  /**
   * Whether a session still exists, of an account not disabled: one primary-key read, uncached, so
   * sign-out (or an administrator disabling the account) ends its JWTs at once.
   */
  private async sessionLives(sessionId: string, userId: string): Promise<boolean> {
    const [row] = await namedQuery<{ id: string }>(
      this.options.db,
      'doable_session_lives',
      `select s.id from sessions s join users u on u.id = s.user_id
        where s.id = $1 and s.user_id = $2 and s.expires_at > now() and u.disabled_at is null`,
      [sessionId, userId],
    );
    return row !== undefined;
  }

  /** Whether an administrator disabled the account (users known only from a token have no row: no). */
  private async disabled(userId: string): Promise<boolean> {
    const [row] = await namedQuery<{ id: string }>(
      this.options.db,
      'doable_user_disabled',
      'select id from users where id = $1 and disabled_at is not null',
      [userId],
    );
    return row !== undefined;
  }

  private async apiKeyUser(
    key: string,
  ): Promise<{ userId: string; credential: 'api-key'; credentialId: string }> {
    const found = await this.options.apiKeys.resolveApiKey(this.options.db, key);
    if (!found) throw new AppError('AUTH_INVALID', 'The API key is unknown, revoked or expired');
    return { userId: found.userId, credential: 'api-key', credentialId: String(found.keyId) };
  }

  /** Cookies ride along on cross-site requests; writes with a cookie must come from a trusted page. */
  private refuseCrossSite(request: FastifyRequest): void {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (this.options.trustedOrigins.includes(origin)) return;
      throw new AppError('AUTH_FORBIDDEN', 'Cross-site request refused: this origin may not use the session');
    }
    const site = request.headers['sec-fetch-site'];
    if (site === 'same-origin') return;
    throw new AppError(
      'AUTH_FORBIDDEN',
      'Cross-site request refused: a cookie-authenticated write needs an Origin',
    );
  }
}
