// The one place that reads the environment. Everything else receives a Config.
import path from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** One NATS server of EVENTS_NATS_URL: its address and the credentials in it, or undefined if it is not one. */
function natsServer(
  text: string,
): { server: string; tls: boolean; user?: string; pass?: string } | undefined {
  if (!/^(nats|tls):\/\/[^\s/?#]+\/?$/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.hostname === '') return undefined;
  return {
    server: `${url.hostname}:${url.port || '4222'}`,
    tls: url.protocol === 'tls:',
    ...(url.username ? { user: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { pass: decodeURIComponent(url.password) } : {}),
  };
}

/**
 * Who may create an account: anyone who reaches the server (`open`), only an address with a
 * pending list invitation (`invite`), or nobody (`closed`).
 */
export const SIGNUP_MODES = ['open', 'invite', 'closed'] as const;
export type SignupMode = (typeof SIGNUP_MODES)[number];
/**
 * Whether signing in with the OpenID provider may create an account (OIDC_SIGNUP): `policy` as a
 * sign-up with a password would (SIGNUP, or the administrator's mode), `open` always (the provider
 * decides who gets in), `closed` never (existing accounts only).
 */
export const OIDC_SIGNUP_MODES = ['policy', 'open', 'closed'] as const;
export type OidcSignupMode = (typeof OIDC_SIGNUP_MODES)[number];

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
        .optional(),
    ),
    DATABASE_DIRECT_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
        .optional(),
    ),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(1000).default(10),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    DATABASE_EMBEDDED_THREAD: z.enum(['worker', 'main']).default('worker'),
    BACKUP_DIR: optionalString,
    BACKUP_EVERY: optionalString.pipe(
      z
        .string()
        .regex(
          /^(off|\d{1,5}[mhd])$/,
          'must be off or a number of minutes, hours or days, like 30m, 6h or 1d',
        )
        .optional(),
    ),
    BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(7),
    BETTER_AUTH_SECRET: optionalString,
    JWKS_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    JWT_ISSUER: optionalString,
    JWT_AUDIENCE: optionalString,
    JWT_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    TOKEN_CACHE_SIZE: z.coerce.number().int().min(0).max(1_000_000).default(10_000),
    CORS_ORIGINS: csv,
    TRUST_PROXY: z
      .string()
      .trim()
      .regex(
        /^(true|false|\d{1,2}|[0-9a-fA-F:.,/ ]+)$/,
        'must be false, a number of proxy hops, or a list of proxy IPs/CIDRs',
      )
      .optional()
      .transform((v): boolean | number | string =>
        v === undefined || v === 'false' ? false : v === 'true' ? true : /^\d+$/.test(v) ? Number(v) : v,
      ),
    BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(10 * 1024 * 1024)
      .default(64 * 1024),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    TRUSTED_ORIGINS: csv.pipe(z.array(z.url({ protocol: /^https?$/ }))),
    API_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(100),
    AUTH_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(10),
    SIGNUP: z.enum(SIGNUP_MODES).default('open'),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    OPENAI_MODEL: optionalString,
    ASSISTANT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
    MODEL_MODE: z.enum(['auto', 'agent', 'plan']).default('auto'),
    MODEL_STREAM: z.enum(['auto', 'on', 'off']).default('auto'),
    MODEL_NUM_CTX: z.coerce.number().int().min(512).max(1_048_576).optional(),
    MODEL_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
    EVENTS_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
    WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
    WEBHOOK_POLL_SECONDS: z.coerce.number().min(0.05).max(3600).default(10),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    WEBHOOK_RETRY_SECONDS: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?){0,19}$/, 'must be 1-20 comma-separated numbers of seconds')
      .default('10,30,120,600,3600,10800,21600')
      .transform((v) => v.split(',').map((s) => Number(s.trim()))),
    REMINDER_POLL_SECONDS: z.coerce.number().min(0.05).max(3600).default(5),
    WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).max(1000).default(10),
    VAPID_PUBLIC_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{87}$/, 'must be an uncompressed P-256 public key, base64url (87 characters)')
        .optional(),
    ),
    VAPID_PRIVATE_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{43}$/, 'must be a P-256 private key, base64url (43 characters)')
        .optional(),
    ),
    VAPID_SUBJECT: optionalString.pipe(
      z
        .string()
        .max(320)
        .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'must be a mailto: address or an https: URL')
        .optional(),
    ),
    PUSH_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
    PUSH_POLL_SECONDS: z.coerce.number().min(0.05).max(3600).default(10),
    PUSH_RETRY_SECONDS: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?){0,19}$/, 'must be 1-20 comma-separated numbers of seconds')
      .default('10,60,300,1800,7200')
      .transform((v) => v.split(',').map((s) => Number(s.trim()))),
    OTEL_EXPORTER_OTLP_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    OTEL_SERVICE_NAME: z.string().trim().min(1).max(100).default('doable'),
    METRICS_TOKEN: optionalString.pipe(
      z
        .string()
        .min(16, 'must be at least 16 characters')
        .regex(/^\S+$/, 'must not contain spaces (it is sent as a bearer token)')
        .optional(),
    ),
    EVENTS_NATS_URL: optionalString.pipe(
      z
        .string()
        .refine(
          (v) => v.split(',').every((u) => natsServer(u.trim()) !== undefined),
          'must be one or more comma-separated nats:// or tls:// URLs',
        )
        .optional(),
    ),
    EVENTS_NATS_PREFIX: z
      .string()
      .trim()
      .max(100)
      .regex(
        /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/,
        'must be NATS subject tokens (letters, digits, _ and -) separated by dots',
      )
      .default('doable'),
    EVENTS_NATS_STREAM: optionalString.pipe(
      z
        .string()
        .max(64)
        .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, _ and - (a JetStream stream name)')
        .optional(),
    ),
    EVENTS_NATS_POLL_SECONDS: z.coerce.number().min(0.05).max(3600).default(5),
    SMTP_URL: optionalString.pipe(
      z
        .string()
        .refine(isSmtpUrl, 'must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.com')
        .optional(),
    ),
    MAIL_FROM: optionalString.pipe(
      z
        .string()
        .max(320)
        .regex(
          /^([^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/,
          'must be an address, or a name and an address: Doable <doable@example.com>',
        )
        .optional(),
    ),
    REQUIRE_EMAIL_VERIFICATION: z.enum(['true', 'false']).default('false'),
    OIDC_ISSUER: optionalString.pipe(
      z
        .url({ protocol: /^https?$/ })
        .max(500)
        .optional(),
    ),
    OIDC_CLIENT_ID: optionalString.pipe(z.string().max(500).optional()),
    OIDC_CLIENT_SECRET: optionalString.pipe(z.string().max(2000).optional()),
    OIDC_NAME: optionalString.pipe(
      z
        .string()
        .max(40)
        .regex(/^[^<>\r\n]+$/, 'must be a short name on one line, e.g. Keycloak')
        .optional(),
    ),
    OIDC_SCOPES: z
      .string()
      .trim()
      .regex(
        /^[\x21\x23-\x5b\x5d-\x7e]+( +[\x21\x23-\x5b\x5d-\x7e]+){0,19}$/,
        'must be 1-20 scopes separated by spaces',
      )
      .max(500)
      .default('openid email profile'),
    OIDC_SIGNUP: z.enum(OIDC_SIGNUP_MODES).default('policy'),
    MAIL_POLL_SECONDS: z.coerce.number().min(0.05).max(3600).default(10),
    MAIL_RETRY_SECONDS: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?){0,19}$/, 'must be 1-20 comma-separated numbers of seconds')
      .default('30,120,600,1800,3600,10800,21600')
      .transform((v) => v.split(',').map((s) => Number(s.trim()))),
  })
  .superRefine((env, ctx) => {
    if ((env.VAPID_PUBLIC_KEY === undefined) !== (env.VAPID_PRIVATE_KEY === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.VAPID_PUBLIC_KEY === undefined ? 'VAPID_PUBLIC_KEY' : 'VAPID_PRIVATE_KEY'],
        message:
          'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together (generate both: npx web-push generate-vapid-keys)',
      });
    }
    if (env.DATABASE_DIRECT_URL !== undefined && env.DATABASE_URL === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_DIRECT_URL'],
        message: 'needs DATABASE_URL: it is a direct route to the same Postgres server',
      });
    }
    if (env.NODE_ENV === 'production' && (env.BETTER_AUTH_SECRET?.length ?? 0) < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_SECRET'],
        message: 'is required in production and must be at least 32 characters',
      });
    }
    if (env.NODE_ENV === 'production' && env.APP_URL === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['APP_URL'],
        message:
          'is required in production: the public URL people use (cookies and sign-in are checked against it)',
      });
    }
    if ((env.SMTP_URL === undefined) !== (env.MAIL_FROM === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.SMTP_URL === undefined ? 'SMTP_URL' : 'MAIL_FROM'],
        message: 'is needed too: email is on when both SMTP_URL and MAIL_FROM are set',
      });
    }
    if (env.REQUIRE_EMAIL_VERIFICATION === 'true' && env.SMTP_URL === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['REQUIRE_EMAIL_VERIFICATION'],
        message: 'needs SMTP_URL and MAIL_FROM: the verification link is sent by email',
      });
    }
    if ((env.OIDC_ISSUER === undefined) !== (env.OIDC_CLIENT_ID === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.OIDC_ISSUER === undefined ? 'OIDC_ISSUER' : 'OIDC_CLIENT_ID'],
        message: 'is needed too: single sign-on is on when both OIDC_ISSUER and OIDC_CLIENT_ID are set',
      });
    }
    for (const key of ['OIDC_CLIENT_SECRET', 'OIDC_NAME'] as const) {
      if (env[key] !== undefined && env.OIDC_ISSUER === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'needs OIDC_ISSUER and OIDC_CLIENT_ID' });
      }
    }
    if (env.OIDC_ISSUER !== undefined && !env.OIDC_SCOPES.split(/ +/).includes('openid')) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_SCOPES'], message: 'must include openid' });
    }
    if (
      env.NODE_ENV === 'production' &&
      env.OIDC_ISSUER !== undefined &&
      !env.OIDC_ISSUER.startsWith('https://') &&
      !isLoopbackUrl(env.OIDC_ISSUER)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'must be an https: URL in production (http: only on this machine)',
      });
    }
    if (env.BETTER_AUTH_SECRET !== undefined && env.BETTER_AUTH_SECRET.length < 16) {
      ctx.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_SECRET'],
        message: 'must be at least 16 characters (32+ recommended)',
      });
    }
  });

/** Whether `text` is an smtp:// or smtps:// URL with a host. */
function isSmtpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Whether `text` is a URL of this machine (localhost, 127.0.0.0/8, ::1). */
function isLoopbackUrl(text: string): boolean {
  const host = new URL(text).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Every variable the server reads (docs are checked against this list). */
export const ENV_VARIABLES = Object.keys(EnvSchema.shape);

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Postgres server URL; when absent the embedded database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /**
   * The same database without a transaction-pooling proxy (PgBouncer) in between, for what needs a
   * session: LISTEN and the migration lock. Undefined: those use `databaseUrl` too.
   */
  databaseDirectUrl: string | undefined;
  databasePoolMax: number;
  /** Where the embedded database runs: its own worker thread (default) or the main thread. */
  databaseEmbeddedThread: 'worker' | 'main';
  dataDir: string;
  backup: BackupConfig;
  auth: {
    /** Shared HS256 secret; when absent (development only) one is generated and kept in dataDir. */
    secret: string | undefined;
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
    clockSkewSeconds: number;
    cacheSize: number;
  };
  corsOrigins: string[];
  /** Fastify's trustProxy: false, true (every hop), a hop count, or a list of proxy addresses. */
  trustProxy: boolean | number | string;
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  /** Public base URL of this server (Better Auth's baseURL); its origin may always use cookies. */
  appUrl: string;
  /** Who may create an account (SIGNUP): see SIGNUP_MODES. */
  signup: SignupMode;
  /** Origins whose pages may use the session cookie: the app's own plus TRUSTED_ORIGINS. */
  trustedOrigins: string[];
  rateLimits: {
    /** Requests per second per user on the API; 0 turns the limit off. */
    apiPerSecond: number;
    /** Sign-in and sign-up attempts per minute per IP, and sign-ins per minute per account; 0 = off. */
    authPerMinute: number;
    /** Redis for the counters; when absent they live in Postgres. */
    redisUrl: string | undefined;
  };
  /**
   * The chat assistant's model: any OpenAI-compatible Chat Completions endpoint. Undefined (no
   * key, no base URL) means the built-in assistant, which needs neither.
   */
  model:
    | {
        apiKey: string | undefined;
        baseUrl: string;
        name: string;
        timeoutMs: number;
        /** MODEL_MODE: the tool agent, the structured plan, or chosen by a probe of the server. */
        mode: 'auto' | 'agent' | 'plan';
        /** MODEL_STREAM: 'auto' streams unless the server is Ollama. */
        stream: 'auto' | 'on' | 'off';
        /** MODEL_NUM_CTX: the context length asked of Ollama (options.num_ctx). */
        numCtx: number | undefined;
      }
    | undefined;
  assistantTimeoutMs: number;
  /**
   * MODEL_ALLOW_PRIVATE: a user's own model endpoint may be a private or loopback address (as
   * WEBHOOK_ALLOW_PRIVATE for webhooks). The operator's endpoint (OPENAI_BASE_URL) may be anywhere.
   */
  modelAllowPrivate: boolean;
  /** Seconds between heartbeats on live-update streams (below proxies' idle timeouts). */
  eventsHeartbeatSeconds: number;
  /** How often the reminder scheduler looks for due reminders (at most; it sleeps until the next). */
  reminderPollMs: number;
  webhooks: {
    /** Let webhooks target private, loopback and other internal addresses (tests, trusted LANs). */
    allowPrivate: boolean;
    /** How often workers look for due deliveries when no NOTIFY woke them. */
    pollMs: number;
    /** How long one delivery may take: connect, send, and the answer's headers and body. */
    timeoutMs: number;
    /** The wait before each retry; a delivery is given up after the last. */
    retryDelaysMs: number[];
    /** Consecutive failed attempts that disable a webhook. */
    disableAfter: number;
  };
  push: {
    /** VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY; undefined: a pair generated once, kept in the database. */
    vapid: { publicKey: string; privateKey: string } | undefined;
    /** Who push services may contact about this server: a mailto: address or an https: URL. */
    subject: string;
    /** Let subscriptions name private and loopback push endpoints (tests). */
    allowPrivate: boolean;
    pollMs: number;
    timeoutMs: number;
    /** The wait before each retry; a delivery is given up after the last. */
    retryDelaysMs: number[];
  };
  /** OpenTelemetry traces over OTLP/HTTP (docs/operations.md); undefined: off. */
  tracing: { tracesUrl: string; serviceName: string } | undefined;
  /** The bearer token `/metrics` requires; undefined leaves it open (docs/operations.md). */
  metricsToken: string | undefined;
  /** The event bus: task events to NATS JetStream as CloudEvents (docs/events.md); undefined: off. */
  eventBus: EventBusConfig | undefined;
  /** Email (docs/email.md): on when SMTP_URL and MAIL_FROM are set; undefined: off. */
  mail: MailConfig | undefined;
  /** Single sign-on with an OpenID provider (docs/accounts.md): on when OIDC_ISSUER is set. */
  sso: SsoConfig | undefined;
};

export interface BackupConfig {
  /** Where backups are written and listed (BACKUP_DIR; DATA_DIR/backups by default). */
  dir: string;
  /** How often a backup is written on schedule (BACKUP_EVERY); undefined: only on demand. */
  everyMs: number | undefined;
  /** How many of the newest backups are kept (BACKUP_KEEP); older ones are removed. */
  keep: number;
}

const DURATION_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30m`, `6h`, `1d` in milliseconds; `off` (or nothing) is undefined. */
function durationMs(value: string | undefined): number | undefined {
  if (value === undefined || value === 'off') return undefined;
  return Number(value.slice(0, -1)) * DURATION_MS[value.at(-1) as keyof typeof DURATION_MS] || undefined;
}

export interface SsoConfig {
  /** The provider's issuer URL; its discovery document is at /.well-known/openid-configuration. */
  issuer: string;
  clientId: string;
  /** The client secret; it must never be logged. Undefined: a public client (PKCE alone). */
  clientSecret: string | undefined;
  /** The provider's name on the sign-in button ("Sign in with <name>"). */
  name: string;
  scopes: string[];
  /** Whether signing in with the provider may create an account: see OIDC_SIGNUP_MODES. */
  signup: OidcSignupMode;
}

export interface MailConfig {
  /** nodemailer's SMTP URL; it may hold a password: never log it (`smtpHost` is safe to log). */
  smtpUrl: string;
  /** `host:port` of the SMTP server, without credentials. */
  smtpHost: string;
  /** The From address of every email. */
  from: string;
  /** Sign-in waits for the email address to be verified through the emailed link. */
  requireEmailVerification: boolean;
  /** The longest wait between the email sender's looks for due emails. */
  pollMs: number;
  /** The wait before each retry of a failed send; an email is given up after the last. */
  retryDelaysMs: number[];
}

export interface EventBusConfig {
  /** `host:port` of each NATS server, without credentials (safe to log). */
  servers: string[];
  /** Credentials from the URL: a user and password, or a token (a user without a password). */
  user: string | undefined;
  pass: string | undefined;
  token: string | undefined;
  /** `tls://`: TLS is required (with `nats://` it is used when the server asks for it). */
  tls: boolean;
  /** Subjects are `<prefix>.<topic>.<user>`. */
  prefix: string;
  /** The JetStream stream (created when missing); its KV bucket of positions is `<stream>_POSITIONS`. */
  stream: string;
  /** A standby instance's wait between tries to take over the relay; the leader's idle check. */
  pollMs: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // A blank variable (e.g. `PORT=` from a compose file) means "not set", never 0 or "".
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const appUrl = (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    databaseDirectUrl: e.DATABASE_DIRECT_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    databaseEmbeddedThread: e.DATABASE_EMBEDDED_THREAD,
    dataDir: path.resolve(e.DATA_DIR),
    backup: {
      dir: path.resolve(e.BACKUP_DIR ?? path.join(e.DATA_DIR, 'backups')),
      everyMs: durationMs(e.BACKUP_EVERY),
      keep: e.BACKUP_KEEP,
    },
    auth: {
      secret: e.BETTER_AUTH_SECRET,
      jwksUrl: e.JWKS_URL,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      clockSkewSeconds: e.JWT_CLOCK_SKEW_SECONDS,
      cacheSize: e.TOKEN_CACHE_SIZE,
    },
    corsOrigins: e.CORS_ORIGINS,
    trustProxy: e.TRUST_PROXY,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    appUrl,
    signup: e.SIGNUP,
    trustedOrigins: [
      ...new Set([
        new URL(appUrl).origin,
        // Without APP_URL, the default http://localhost:PORT is also reached as 127.0.0.1.
        ...(e.APP_URL === undefined ? [`http://127.0.0.1:${e.PORT}`] : []),
        ...e.TRUSTED_ORIGINS.map((o) => new URL(o).origin),
      ]),
    ],
    rateLimits: { apiPerSecond: e.API_RATE_LIMIT, authPerMinute: e.AUTH_RATE_LIMIT, redisUrl: e.REDIS_URL },
    // A local server (Ollama, vLLM, LM Studio) needs a base URL but often no key.
    model:
      e.OPENAI_API_KEY !== undefined || e.OPENAI_BASE_URL !== undefined
        ? {
            apiKey: e.OPENAI_API_KEY,
            baseUrl: (e.OPENAI_BASE_URL ?? 'https://api.openai.com/v1').replace(/\/+$/, ''),
            name: e.OPENAI_MODEL ?? 'gpt-4o-mini',
            timeoutMs: e.ASSISTANT_TIMEOUT_MS,
            mode: e.MODEL_MODE,
            stream: e.MODEL_STREAM,
            numCtx: e.MODEL_NUM_CTX,
          }
        : undefined,
    assistantTimeoutMs: e.ASSISTANT_TIMEOUT_MS,
    modelAllowPrivate: e.MODEL_ALLOW_PRIVATE === 'true',
    eventsHeartbeatSeconds: e.EVENTS_HEARTBEAT_SECONDS,
    reminderPollMs: Math.round(e.REMINDER_POLL_SECONDS * 1000),
    webhooks: {
      allowPrivate: e.WEBHOOK_ALLOW_PRIVATE === 'true',
      pollMs: Math.round(e.WEBHOOK_POLL_SECONDS * 1000),
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      retryDelaysMs: e.WEBHOOK_RETRY_SECONDS.map((s) => Math.round(s * 1000)),
      disableAfter: e.WEBHOOK_DISABLE_AFTER,
    },
    push: {
      vapid:
        e.VAPID_PUBLIC_KEY !== undefined && e.VAPID_PRIVATE_KEY !== undefined
          ? { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY }
          : undefined,
      subject: e.VAPID_SUBJECT ?? (appUrl.startsWith('https://') ? appUrl : 'mailto:doable@localhost'),
      allowPrivate: e.PUSH_ALLOW_PRIVATE === 'true',
      pollMs: Math.round(e.PUSH_POLL_SECONDS * 1000),
      timeoutMs: 10_000,
      retryDelaysMs: e.PUSH_RETRY_SECONDS.map((s) => Math.round(s * 1000)),
    },
    tracing:
      e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT !== undefined || e.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined
        ? {
            tracesUrl:
              e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
              `${(e.OTEL_EXPORTER_OTLP_ENDPOINT ?? '').replace(/\/+$/, '')}/v1/traces`,
            serviceName: e.OTEL_SERVICE_NAME,
          }
        : undefined,
    metricsToken: e.METRICS_TOKEN,
    eventBus: e.EVENTS_NATS_URL === undefined ? undefined : eventBus(e),
    mail:
      e.SMTP_URL === undefined || e.MAIL_FROM === undefined ? undefined : mail(e, e.SMTP_URL, e.MAIL_FROM),
    sso:
      e.OIDC_ISSUER === undefined || e.OIDC_CLIENT_ID === undefined
        ? undefined
        : {
            issuer: e.OIDC_ISSUER.replace(/\/+$/, ''),
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            name: e.OIDC_NAME ?? 'single sign-on',
            scopes: e.OIDC_SCOPES.split(/ +/),
            signup: e.OIDC_SIGNUP,
          },
  };
}

function eventBus(e: z.infer<typeof EnvSchema>): EventBusConfig {
  const servers = (e.EVENTS_NATS_URL ?? '').split(',').flatMap((u) => natsServer(u.trim()) ?? []);
  const credentials = servers.find((s) => s.user !== undefined);
  return {
    servers: servers.map((s) => s.server),
    user: credentials?.pass === undefined ? undefined : credentials.user,
    pass: credentials?.pass,
    token: credentials?.pass === undefined ? credentials?.user : undefined,
    tls: servers.some((s) => s.tls),
    prefix: e.EVENTS_NATS_PREFIX,
    stream: e.EVENTS_NATS_STREAM ?? `${e.EVENTS_NATS_PREFIX.toUpperCase().replace(/[.]/g, '_')}_EVENTS`,
    pollMs: Math.round(e.EVENTS_NATS_POLL_SECONDS * 1000),
  };
}

function mail(e: z.infer<typeof EnvSchema>, smtpUrl: string, from: string): MailConfig {
  const url = new URL(smtpUrl);
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
  return {
    smtpUrl,
    smtpHost: `${url.hostname}:${port}`,
    from,
    requireEmailVerification: e.REQUIRE_EMAIL_VERIFICATION === 'true',
    pollMs: Math.round(e.MAIL_POLL_SECONDS * 1000),
    retryDelaysMs: e.MAIL_RETRY_SECONDS.map((s) => Math.round(s * 1000)),
  };
}
