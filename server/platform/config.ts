// The one place that reads the environment. Everything else receives a Config.
import path from 'node:path';
import { type Env, EnvSchema, natsServer } from './config.schema.js';
import type { Config, EventBusConfig, MailConfig } from './config.types.js';

export {
  ENV_VARIABLES,
  OIDC_SIGNUP_MODES,
  type OidcSignupMode,
  SIGNUP_MODES,
  type SignupMode,
} from './config.schema.js';
export type { BackupConfig, Config, EventBusConfig, MailConfig, SsoConfig } from './config.types.js';

const DURATION_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30m`, `6h`, `1d` in milliseconds; `off` (or nothing) is undefined. */
function durationMs(value: string | undefined): number | undefined {
  if (value === undefined || value === 'off') return undefined;
  return Number(value.slice(0, -1)) * DURATION_MS[value.at(-1) as keyof typeof DURATION_MS] || undefined;
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
            link: e.OIDC_LINK,
          },
  };
}

function eventBus(e: Env): EventBusConfig {
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

function mail(e: Env, smtpUrl: string, from: string): MailConfig {
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
