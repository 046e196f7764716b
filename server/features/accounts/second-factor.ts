// Second factors, with Better Auth's plugins: an authenticator app (TOTP, RFC 6238) with backup
// codes, and passkeys (WebAuthn), which sign in without a password or stand in for the code. Once
// an account has two-factor sign-in on, a password alone makes no session: /sign-in/email answers
// `twoFactorRedirect` and a short-lived challenge cookie, and only a code (or a backup code, or a
// passkey sign-in) makes the session, hence any JWT. API keys are unaffected. Decision record 0156.
import { passkey } from '@better-auth/passkey';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { twoFactor } from 'better-auth/plugins';
import type { BetterAuthPlugin } from 'better-auth/types';
import type { Config } from '../../platform/config.js';
import { passkeys, twoFactors } from '../../platform/db/schema.js';

/** The tables the plugins use, added to Better Auth's Drizzle schema (by its model names). */
export const secondFactorTables = { twoFactor: twoFactors, passkey: passkeys };

/**
 * Better Auth endpoints that check the signed-in user's password: counted against the account,
 * like our own password checks (/api/me/password), by the mount (auth.routes.ts).
 */
export const PASSWORD_CHECK_PATHS = new Set([
  '/api/auth/two-factor/enable',
  '/api/auth/two-factor/disable',
  '/api/auth/two-factor/get-totp-uri',
  '/api/auth/two-factor/generate-backup-codes',
]);

/**
 * Steps of a sign-in that carry no email, counted per IP like sign-in (auth.routes.ts). Better
 * Auth adds its own limits on codes: 5 wrong ones end a sign-in's challenge, and 10 in a row lock
 * the account's second step for 15 minutes (kept in the two_factors row, so every instance sees it).
 */
export const SIGN_IN_STEP_PATHS = new Map([
  ['/api/auth/two-factor/verify-totp', 'two-factor'],
  ['/api/auth/two-factor/verify-backup-code', 'two-factor'],
  ['/api/auth/passkey/generate-authenticate-options', 'passkey'],
  ['/api/auth/passkey/verify-authentication', 'passkey'],
]);

/** Codes sent by email or SMS are not offered: the second factor is an app, a backup code or a passkey. */
export const SECOND_FACTOR_DISABLED_PATHS = ['/two-factor/send-otp', '/two-factor/verify-otp'];

/** The longest name a passkey may be given. */
export const PASSKEY_NAME_MAX = 100;

const NEEDS_USER_VERIFICATION =
  'This passkey did not verify you (no PIN, fingerprint or face): use one that does, or your password';

/** Paths that would make a session without a password or a second factor: refused for 2FA accounts. */
const NO_SESSION_PATHS = new Set(['/verify-email']);

const tooLong = (field: string) =>
  new APIError('UNPROCESSABLE_ENTITY', {
    code: 'VALIDATION_ERROR',
    message: `${field} must be at most ${PASSKEY_NAME_MAX} characters`,
    errors: [{ path: field, location: 'body', message: `must be at most ${PASSKEY_NAME_MAX} characters` }],
  });

/** Our limits on what the plugins accept, and the one path that could sign in around the second factor. */
const guard = {
  id: 'doable-second-factor',
  hooks: {
    before: [
      {
        matcher: (ctx) => ctx.path?.startsWith('/passkey/') === true,
        handler: createAuthMiddleware(async (ctx) => {
          const name = (ctx.body as { name?: unknown } | undefined)?.name ?? ctx.query?.name;
          if (typeof name === 'string' && name.length > PASSKEY_NAME_MAX) throw tooLong('name');
        }),
      },
    ],
  },
  init: () => ({
    options: {
      databaseHooks: {
        session: {
          create: {
            // A verification link signs an unverified address in (autoSignInAfterVerification);
            // with a second factor on, it verifies the address and the owner signs in as usual.
            before: async (session: { userId: string }, ctx) => {
              if (!ctx?.path || !NO_SESSION_PATHS.has(ctx.path)) return;
              const user = await ctx.context.internalAdapter.findUserById(session.userId);
              if ((user as { twoFactorEnabled?: boolean } | null)?.twoFactorEnabled) {
                throw new APIError('FORBIDDEN', {
                  code: 'SIGN_IN_WITH_SECOND_FACTOR',
                  message: 'Your address is verified: sign in with your password and your code',
                });
              }
            },
          },
        },
      },
    },
  }),
} satisfies BetterAuthPlugin;

/** The plugins, in order: two-factor (TOTP and backup codes), passkeys, our guard. */
export function secondFactorPlugins(config: Config) {
  const origin = new URL(config.appUrl).origin;
  return [
    twoFactor({
      issuer: 'Doable',
      // Enabling stores the secret unconfirmed; it counts once a first code is verified.
      skipVerificationOnEnable: false,
      // Encrypted with the auth secret (the default), never returned after enabling.
      backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: 'encrypted' },
    }),
    passkey({
      rpName: 'Doable',
      rpID: new URL(config.appUrl).hostname,
      origin,
      // A discoverable credential (sign-in without typing the email) that verifies its user (a PIN
      // or biometrics): the device and the PIN are two factors, so a passkey sign-in needs no code.
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      registration: {
        afterVerification: async ({ verification }) => {
          if (!verification.registrationInfo?.userVerified) {
            throw new APIError('BAD_REQUEST', {
              code: 'USER_VERIFICATION_REQUIRED',
              message: NEEDS_USER_VERIFICATION,
            });
          }
        },
      },
      authentication: {
        afterVerification: async ({ verification }) => {
          if (!verification.authenticationInfo.userVerified) {
            throw new APIError('UNAUTHORIZED', {
              code: 'USER_VERIFICATION_REQUIRED',
              message: NEEDS_USER_VERIFICATION,
            });
          }
        },
      },
    }),
    guard,
  ];
}
