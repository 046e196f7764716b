// The configuration every part of the server receives (loadConfig in config.ts makes it).
import type { OidcLinkMode, OidcSignupMode, SignupMode } from './config.schema.js';

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
  /** How an identity joins an existing account of its address: see OIDC_LINK_MODES. */
  link: OidcLinkMode;
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
