// Better Auth, in-process, on our database and migrations: email and password accounts,
// sessions in httpOnly cookies, and its JWT plugin (keys at /api/auth/jwks, tokens from
// GET /api/auth/token). Rate limiting is ours (server/platform/ratelimit), shared across instances.
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { hashPassword } from 'better-auth/crypto';
import { jwt } from 'better-auth/plugins';
import type { DateOrder } from '#shared/quickadd/quickadd.js';
import { DISABLED } from '../../platform/auth/authenticate.js';
import { SecretBox } from '../../platform/auth/sealed.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { authSchema } from '../../platform/db/schema.js';
import { redactParams, serializeError } from '../../platform/http/log.js';
import { isLanguage, languageFromAcceptLanguage } from '../../platform/i18n/messages.js';
import {
  type AccountEmailKind,
  LINK_PURPOSE,
  type MailSignal,
  queueAccountEmail,
} from '../mail/account.outbox.js';
import type { Mailer } from '../mail/mailer.js';
import {
  DATE_ORDERS,
  isKnownTimeZone,
  LANGUAGE_RULE,
  TIME_ZONE_RULE,
  updateSettings,
} from '../settings/settings.service.js';
import { accountDisabled, afterPasswordReset, deleteAccountRows } from './accounts.service.js';
import { SECOND_FACTOR_DISABLED_PATHS, secondFactorPlugins, secondFactorTables } from './second-factor.js';
import { admitNewAccount, signupRefusal } from './signup.js';
import { ssoAccountLinking, ssoPlugins, ssoUserValidation } from './sso.js';

/** The header carrying the client's IP to Better Auth; set by our mount from Fastify's request.ip only. */
export const CLIENT_IP_HEADER = 'x-doable-client-ip';

/** Better Auth's session cookie, plain and with the __Secure- prefix it uses over https. */
export const SESSION_COOKIE_NAMES = ['better-auth.session_token', '__Secure-better-auth.session_token'];

/** Where Better Auth's log lines go: our request logger once the app exists (see buildApp). */
export interface AuthLogSink {
  logger?: {
    warn(obj: object, msg: string): void;
    error(obj: object, msg: string): void;
    debug(obj: object, msg: string): void;
  };
}

/** The time zone a sign-up body may carry (the browser's), so a new account starts in it, not in UTC. */
const signUpTimeZone = (body: unknown): unknown =>
  typeof body === 'object' && body !== null ? (body as { time_zone?: unknown }).time_zone : undefined;

/** A field of ours in a sign-up body (Better Auth passes the body through to its hooks). */
const signUpField = (body: unknown, field: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;

/** A sign-up refused for one bad field of ours: a 422 problem naming it, before anything is created. */
const signUpInvalid = (path: string, rule: string) =>
  new APIError('UNPROCESSABLE_ENTITY', {
    code: 'VALIDATION_ERROR',
    message: `${path} ${rule}`,
    errors: [{ path, location: 'body', message: rule }],
  });

/** The email a sign-up body carries (lower-cased by our mount, auth.routes.ts). */
const signUpEmail = (body: unknown): unknown =>
  typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : undefined;

/** The `iss` of the JWTs this server's Better Auth signs. */
export const ownIssuer = (config: Config) => config.auth.issuer ?? new URL(config.appUrl).origin;
/** The `aud` of the JWTs this server's Better Auth signs. */
export const ownAudience = (config: Config) => config.auth.audience ?? new URL(config.appUrl).origin;

/** The web app's screen a password reset link opens (web/src/auth/AuthScreens.tsx). */
export const RESET_PASSWORD_PATH = '/reset-password';

/** How long a password reset link and an address verification link work. */
const RESET_LINK_SECONDS = 3600;
const VERIFY_LINK_SECONDS = 3600;
/** How long the notice of a password reset may wait to be sent (its link, Settings, is no secret). */
const NOTICE_SECONDS = 86_400;

/** The Better Auth endpoints that send email: served only when email is on. */
const EMAIL_PATHS = ['/request-password-reset', '/reset-password', '/send-verification-email'];

export function createAuth(
  config: Config,
  db: Database,
  secret: string,
  sink: AuthLogSink = {},
  /** Email on (SMTP): the account emails are queued for the mail sender, which `signal` wakes. */
  mail?: { mailer: Mailer; signal: MailSignal },
  /** Password hashing in Better Auth's own format; its default (scrypt) when not given. */
  passwords?: PasswordHashing,
) {
  // Account emails are queued in the email outbox (mail/account.outbox.ts) in the background: the
  // answer must not wait for the database write or the SMTP server, or its timing would tell which
  // addresses have accounts. The mail sender sends, retries and records them.
  const links = mail ? new SecretBox(secret, LINK_PURPOSE) : undefined;
  const queue = (userId: string, kind: AccountEmailKind, link: string, expiresInSeconds: number) => {
    if (!mail || !links) return;
    queueAccountEmail(db, links, { userId, kind, link, expiresInSeconds }).then(
      () => mail.signal.wake(),
      (error: unknown) =>
        sink.logger?.warn(
          { component: 'mail', kind, err: error instanceof Error ? error.message : String(error) },
          'email not queued',
        ),
    );
  };
  const mailer = mail?.mailer;
  const requireVerification = mailer !== undefined && config.mail?.requireEmailVerification === true;
  return betterAuth({
    appName: 'Doable',
    secret,
    baseURL: config.appUrl,
    basePath: '/api/auth',
    trustedOrigins: config.trustedOrigins,
    database: drizzleAdapter(db, { provider: 'pg', schema: { ...authSchema, ...secondFactorTables } }),
    emailAndPassword: {
      enabled: true,
      ...(passwords ? { password: passwords } : {}),
      minPasswordLength: 8,
      maxPasswordLength: 128,
      // Sign-up answers the same whether or not the email is registered; the client signs in next.
      autoSignIn: false,
      requireEmailVerification: requireVerification,
      // The link opens the web app's reset screen, which posts the token and the new password to
      // /api/auth/reset-password; every session of the account ends with the reset.
      ...(mailer
        ? {
            sendResetPassword: async ({ user, token }: { user: { id: string }; token: string }) => {
              const link = `${config.appUrl}${RESET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`;
              queue(user.id, 'reset', link, RESET_LINK_SECONDS);
            },
            resetPasswordTokenExpiresIn: RESET_LINK_SECONDS,
            revokeSessionsOnPasswordReset: true,
            onPasswordReset: async ({ user }: { user: { id: string } }) => {
              await afterPasswordReset(db, user.id);
              queue(user.id, 'password-reset', new URL('/settings', config.appUrl).href, NOTICE_SECONDS);
            },
          }
        : {}),
    },
    // The link is Better Auth's GET /api/auth/verify-email, which marks the address verified and
    // sends the browser on to the web app (signed in).
    emailVerification: mailer
      ? {
          sendOnSignUp: requireVerification,
          sendOnSignIn: requireVerification,
          autoSignInAfterVerification: true,
          expiresIn: VERIFY_LINK_SECONDS,
          sendVerificationEmail: async ({ user, url }: { user: { id: string }; url: string }) => {
            queue(user.id, 'verify', url, VERIFY_LINK_SECONDS);
          },
        }
      : undefined,
    // DELETE /api/me deletes everything in one transaction. Single sign-on: sso.ts.
    user: { deleteUser: { enabled: false }, validateUserInfo: ssoUserValidation(db, config) },
    account: { accountLinking: ssoAccountLinking(config) },
    hooks: {
      // Sign-up under the operator's control (SIGNUP), then a bad zone or language, refuse the sign-up before
      // anything is looked up or created, whether or not the email is registered (the answer must
      // not tell which). The refusal is a 403 problem (auth.routes.ts) keeping its `code`.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-up/email') return;
        const refusal = await signupRefusal(
          db,
          config.signup,
          signUpEmail(ctx.body),
          signUpField(ctx.body, 'invitation_token'),
        );
        if (refusal) throw new APIError('FORBIDDEN', refusal);
        const zone = signUpTimeZone(ctx.body);
        if (zone !== undefined && !(await isKnownTimeZone(db, zone)))
          throw signUpInvalid('time_zone', TIME_ZONE_RULE);
        const language = signUpField(ctx.body, 'language');
        if (language !== undefined && !isLanguage(language)) throw signUpInvalid('language', LANGUAGE_RULE);
      }),
    },
    databaseHooks: {
      // A disabled account (an administrator's doing, server/features/admin/) gets no session,
      // whichever path would make one: sign-in, a verification link's sign-in. Checked after the
      // password, so the answer tells nothing to someone who does not know it.
      session: {
        create: {
          before: async (session) => {
            if (await accountDisabled(db, session.userId)) {
              throw new APIError('FORBIDDEN', { code: 'ACCOUNT_DISABLED', message: DISABLED });
            }
          },
        },
      },
      user: {
        create: {
          after: async (user, ctx) => {
            // What let a password sign-up in is taken now, atomically; an account that lost a
            // race for it (a link another sign-up spent, the first-account rule) goes again.
            if (ctx?.path === '/sign-up/email') {
              const refusal = await admitNewAccount(
                db,
                config.signup,
                user,
                signUpField(ctx.body, 'invitation_token'),
              );
              if (refusal) {
                await db.transaction((tx) =>
                  deleteAccountRows(tx as unknown as Database, user.id, user.email),
                );
                throw new APIError('FORBIDDEN', refusal);
              }
            }
            const zone = signUpTimeZone(ctx?.body);
            if (typeof zone === 'string') await updateSettings(db, user.id, { timeZone: zone });
            // The browser's date order (from its locale); anything else keeps the default.
            const order = signUpField(ctx?.body, 'date_order');
            if (DATE_ORDERS.includes(order as DateOrder))
              await updateSettings(db, user.id, { dateOrder: order as DateOrder });
            // The language the sign-up chose, else the first of the browser's the app has.
            const chosen = signUpField(ctx?.body, 'language');
            const language = isLanguage(chosen)
              ? chosen
              : languageFromAcceptLanguage(ctx?.headers?.get('accept-language'));
            if (language) await updateSettings(db, user.id, { language });
          },
        },
      },
    },
    // Password checks happen in our account routes, counted against the account; Better Auth's
    // own copies would be unlimited password oracles. Email flows are served when email is on.
    disabledPaths: [
      '/change-password',
      '/verify-password',
      '/set-password',
      '/change-email',
      '/delete-user',
      '/list-sessions',
      '/revoke-session',
      '/revoke-sessions',
      '/revoke-other-sessions',
      ...(mailer ? [] : EMAIL_PATHS),
      ...SECOND_FACTOR_DISABLED_PATHS,
    ],
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // Errors other than its own API errors (a database outage, a failed query) leave its handler
    // as exceptions, so our error handler answers them like any route's (503 with Retry-After for
    // an outage) and logs them through pino, redacted. Without `throw`, its router answers a bare
    // 500 and prints the error to stderr with the failed query's values (an email, a hash).
    onAPIError: { throw: true },
    logger: {
      // Not 'warn'/'error': at those levels Better Auth also prints every 4xx to the console.
      level: 'info',
      log: (level, message, ...args) => {
        const target = sink.logger;
        if (!target) return;
        const fields = { component: 'better-auth', err: args.length ? serializeError(args[0]) : undefined };
        message = redactParams(message) ?? '';
        if (level === 'error') target.error(fields, message);
        else if (level === 'warn') target.warn(fields, message);
        else target.debug(fields, message);
      },
    },
    advanced: {
      useSecureCookies: config.env === 'production' || config.appUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // Better Auth turns these off under test runners; we want the same behaviour everywhere.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    plugins: [
      jwt({
        jwks: { keyPairConfig: { alg: 'EdDSA', crv: 'Ed25519' } },
        jwt: {
          issuer: ownIssuer(config),
          audience: ownAudience(config),
          expirationTime: '15m',
          // `sid` ties the token to its session: signing out or deleting the account ends it too.
          definePayload: ({ user, session }) => ({ email: user.email, name: user.name, sid: session.id }),
        },
      }),
      ...ssoPlugins(config),
      ...secondFactorPlugins(config),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** Resolves the request's session cookie through Better Auth (which checks its signature and expiry). */
export function sessionResolver(auth: Auth) {
  return async (headers: Record<string, string | string[] | undefined>) => {
    const h = new Headers();
    for (const [key, value] of Object.entries(headers)) {
      if (key === 'cookie' && typeof value === 'string') h.set(key, value);
    }
    const found = await auth.api.getSession({ headers: h });
    return found ? { userId: found.user.id, sessionId: found.session.id } : undefined;
  };
}

/** Password hashing as Better Auth's options take it. */
export interface PasswordHashing {
  hash(password: string): Promise<string>;
  verify(data: { hash: string; password: string }): Promise<boolean>;
}

/** Better Auth's default password hashing (scrypt), for work done without an Auth (the operator's reset). */
export const passwordHasher = { hash: hashPassword };

export async function passwordsOf(auth: Auth) {
  return (await auth.$context).password;
}
