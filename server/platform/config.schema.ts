// The environment's variables as config.ts validates them: each one's type, default and limits,
// and the rules between them. config.ts alone reads the environment, through this schema.
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
export function natsServer(
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
/**
 * How a provider identity joins an existing account of the same address (OIDC_LINK): `confirm`
 * only when that account, signed in (its password and its second factor), links it in Settings;
 * `verified-email` also at the first sign-in with the provider, when both sides say the address is
 * verified (the provider then holds the account's door).
 */
export const OIDC_LINK_MODES = ['confirm', 'verified-email'] as const;
export type OidcLinkMode = (typeof OIDC_LINK_MODES)[number];

export const EnvSchema = z
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
    OIDC_LINK: z.enum(OIDC_LINK_MODES).default('confirm'),
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

/** The environment once validated. */
export type Env = z.infer<typeof EnvSchema>;
