// The long-lived services the app is built from: accounts (Better Auth), token verification,
// rate limiting, authentication and the webhook secret box, made once from configuration.

import { createRemoteJWKSet } from 'jose';
import type { Passwords } from './features/accounts/accounts.service.js';
import {
  type Auth,
  type AuthLogSink,
  createAuth,
  ownAudience,
  ownIssuer,
  type PasswordHashing,
  passwordsOf,
  sessionResolver,
} from './features/accounts/auth.js';
import { ssoStatus } from './features/accounts/sso.js';
import { looksLikeApiKey, resolveApiKey } from './features/apikeys/apikeys.service.js';
import { Backups } from './features/backup/backup.service.js';
import { LINK_PURPOSE, type MailSignal } from './features/mail/account.outbox.js';
import { createMailer, type Mailer } from './features/mail/mailer.js';
import { VapidKeys } from './features/push/push.keys.js';
import { Authenticator } from './platform/auth/authenticate.js';
import { reloadingKeySet } from './platform/auth/keys.js';
import { SecretBox } from './platform/auth/sealed.js';
import { TokenVerifier, type TokenVerifierOptions } from './platform/auth/tokens.js';
import type { Config } from './platform/config.js';
import type { DatabaseHandle } from './platform/db/client.js';
import {
  FallbackRateLimitStore,
  PostgresRateLimitStore,
  RateLimiter,
  RedisRateLimitStore,
} from './platform/ratelimit/ratelimit.js';

export interface Services {
  auth: Auth;
  authLog: AuthLogSink;
  verifier: TokenVerifier;
  limiter: RateLimiter;
  authenticator: Authenticator;
  passwords: Passwords;
  /** Single sign-on at start, for the log: off, the provider's issuer, or that its discovery failed. */
  sso: string;
  /** Sends email through SMTP_URL; undefined when email is off. */
  mailer: Mailer | undefined;
  /** Wakes this instance's mail sender when an account email is queued (workers.ts sets it). */
  mailSignal: MailSignal;
  /** Opens the sealed links of account emails (mail/account.outbox.ts). */
  mailLinks: SecretBox;
  /** Seals webhook signing secrets at rest (a key derived from the app secret). */
  webhookSecrets: SecretBox;
  /** Users' own model keys (chat.model.ts), sealed. */
  modelKeys: SecretBox;
  /** The server's VAPID key pair for Web Push (configured, or generated once into the database). */
  vapid: VapidKeys;
  /** The backups in BACKUP_DIR: written on demand and on schedule (workers.ts starts it). */
  backups: Backups;
  /** Closes connections the services opened (Redis); the database belongs to the caller. */
  close(): Promise<void>;
}

/** What the test suites replace in the services; a server never passes any of it. */
export interface ServiceSeams {
  /** Overrides options of the token verifier (clocks, key sets). */
  verifier?: Partial<TokenVerifierOptions>;
  /** The clock rate-limit windows are counted by (a fresh window instead of a wait). */
  rateLimitClock?: () => number;
  /** Password hashing in Better Auth's format, instead of its own (the suites remember results). */
  passwords?: PasswordHashing;
}

/**
 * Builds the long-lived services from configuration. Asymmetric tokens are checked against Better
 * Auth's own keys in-process first, then JWKS_URL when configured.
 */
export async function createServices(
  config: Config,
  database: DatabaseHandle,
  secret: string,
  { verifier = {}, rateLimitClock, passwords }: ServiceSeams = {},
): Promise<Services> {
  const authLog: AuthLogSink = {};
  const mailer = config.mail ? createMailer(config.mail) : undefined;
  const mailSignal: MailSignal = { wake: () => undefined };
  const auth = createAuth(
    config,
    database.db,
    secret,
    authLog,
    mailer ? { mailer, signal: mailSignal } : undefined,
    passwords,
  );
  const tokenVerifier = new TokenVerifier({
    secret,
    ownKeys: reloadingKeySet(async () => auth.api.getJwks()),
    ownIssuer: ownIssuer(config),
    ownAudience: ownAudience(config),
    jwks: config.auth.jwksUrl ? createRemoteJWKSet(new URL(config.auth.jwksUrl)) : undefined,
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    clockSkewSeconds: config.auth.clockSkewSeconds,
    cacheSize: config.auth.cacheSize,
    ...verifier,
  });
  // Redis must fail fast: a command waits at most 200 ms and nothing queues while it is away.
  // ioredis loads only when Redis is configured.
  const redis = config.rateLimits.redisUrl
    ? new (await import('ioredis')).Redis(config.rateLimits.redisUrl, {
        maxRetriesPerRequest: 0,
        enableOfflineQueue: false,
        commandTimeout: 200,
        connectTimeout: 2000,
      })
    : undefined;
  // Without this listener a lost connection would be an unhandled 'error' event; commands fail on their own.
  redis?.on('error', () => {});
  const postgresCounters = new PostgresRateLimitStore(database.db);
  const limiter = new RateLimiter(
    redis
      ? new FallbackRateLimitStore(new RedisRateLimitStore(redis), postgresCounters, (error) =>
          authLog.logger?.warn(
            { err: String(error) },
            'Redis unavailable: rate-limit counters fall back to Postgres',
          ),
        )
      : postgresCounters,
    rateLimitClock,
  );
  const authenticator = new Authenticator({
    db: database.db,
    apiKeys: { looksLikeApiKey, resolveApiKey },
    verifier: tokenVerifier,
    sessions: sessionResolver(auth),
    trustedOrigins: config.trustedOrigins,
    limiter,
    apiPerSecond: config.rateLimits.apiPerSecond,
  });
  return {
    auth,
    authLog,
    verifier: tokenVerifier,
    limiter,
    authenticator,
    passwords: await passwordsOf(auth),
    sso: await ssoStatus(auth, config),
    webhookSecrets: new SecretBox(secret, 'webhook secrets'),
    modelKeys: new SecretBox(secret, 'model keys'),
    vapid: new VapidKeys(database.db, config.push.vapid, new SecretBox(secret, 'vapid keys')),
    mailer,
    mailSignal,
    mailLinks: new SecretBox(secret, LINK_PURPOSE),
    backups: new Backups(database, config.backup, undefined, config.auth.secret),
    close: async () => {
      mailer?.close();
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
