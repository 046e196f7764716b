// Single sign-on with an OpenID provider (OIDC_*, docs/accounts.md), through Better Auth's generic
// OAuth plugin: discovery from the issuer, the authorization code flow with PKCE and a nonce, the
// ID token checked against the provider's keys. Better Auth keeps the flow's state (a row of its
// verification table and a signed cookie). An identity joins an existing account of the same
// address when that account, signed in, links it in Settings (OIDC_LINK=confirm, the default), or
// also at its first sign-in when both sides say the address is verified (OIDC_LINK=verified-email).
// What is ours: who may get a new account this way (OIDC_SIGNUP, with the sign-up policy), how
// identities join accounts, an account with two-factor sign-in entered only when the provider says
// it asked for a second factor (`amr`), no sign-in by an ID token posted directly, and the
// callback's failures answered as a person (the sign-in screen, with the reason) or a program (a
// problem) would want them. Decision 0155.
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { sql } from 'drizzle-orm';
import type { Config, SsoConfig } from '../../platform/config.js';
import { type Database, queryRows } from '../../platform/db/client.js';
import { AppError, type ErrorCode } from '../../platform/errors.js';
import { type SignupRefusal, signupRefusal } from './signup.js';

/** Better Auth's id of the one OpenID provider: its callback is /api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = 'oidc';

/** The web app's sign-in screen, where a person lands when single sign-on fails (with `sso_error`). */
export const SIGN_IN_PATH = '/signin';

/** Sign-up by single sign-on is off (OIDC_SIGNUP=closed). */
export const SSO_SIGNUP_CLOSED: SignupRefusal = {
  code: 'SIGNUP_CLOSED',
  message:
    'Signing in with the identity provider does not create accounts on this server: ask its administrator for one',
};

/**
 * Better Auth's `account.accountLinking`, spelled out: an identity from the provider joins the
 * account of the same address only when the provider says the address is verified (no provider is
 * trusted without it) and this server has verified it too (else whoever made a password account
 * for someone else's address before SSO was set up would share their account); and, unless
 * OIDC_LINK=verified-email, only when that account, signed in (its password and second factor),
 * links it in Settings (`/link-social`), never at a first sign-in with the provider.
 */
export function ssoAccountLinking(config: Config) {
  return {
    enabled: true,
    disableImplicitLinking: config.sso?.link !== 'verified-email',
    trustedProviders: [],
    requireLocalEmailVerified: true,
    allowDifferentEmails: false,
    updateUserInfoOnLink: false,
  };
}

/**
 * The `amr` values (RFC 8176) that say the provider asked for more than a password: an account
 * with two-factor sign-in is entered through the provider only with one of them in the ID token.
 */
export const SECOND_FACTOR_AMR = ['mfa', 'otp', 'hwk'];

/** Whether the provider's profile (the ID token's claims) says it asked for a second factor. */
export function providerAskedSecondFactor(profile: unknown): boolean {
  const amr =
    typeof profile === 'object' && profile !== null ? (profile as { amr?: unknown }).amr : undefined;
  return Array.isArray(amr) && amr.some((value) => SECOND_FACTOR_AMR.includes(String(value).toLowerCase()));
}

/** The refusal of a provider sign-in to an account with two-factor sign-in, without the provider's second factor. */
export const SECOND_FACTOR_REQUIRED = {
  code: 'SECOND_FACTOR_REQUIRED',
  message:
    'This account has two-factor sign-in and the identity provider did not ask for a second factor: sign in with the password and code',
};

/** What Better Auth's `plugins` get: the provider, and our guard of its sign-in route. */
export function ssoPlugins(config: Config): BetterAuthPlugin[] {
  const sso = config.sso;
  if (!sso) return [];
  return [genericOAuth({ config: [providerConfig(sso, config)] }), noIdTokenSignIn];
}

function providerConfig(sso: SsoConfig, config: Config) {
  return {
    providerId: SSO_PROVIDER_ID,
    name: sso.name,
    discoveryUrl: `${sso.issuer}/.well-known/openid-configuration`,
    clientId: sso.clientId,
    clientSecret: sso.clientSecret,
    // Without a secret the client is a public one: PKCE alone proves the code is ours.
    ...(sso.clientSecret === undefined ? { tokenEndpointAuth: { method: 'none' as const } } : {}),
    scopes: sso.scopes,
    pkce: true,
    // Only ID tokens signed by the keys the discovery document names, for this client, this flow.
    requireIdTokenVerification: true,
    // With REQUIRE_EMAIL_VERIFICATION, an address the provider does not vouch for is verified by
    // our own link first, as a password account's is.
    requireEmailVerification: config.mail?.requireEmailVerification === true,
    // Signing out of Doable ends Doable's session only: leaving a task manager should not sign
    // anyone out of their organisation's (or Google's) account everywhere.
    disableProviderLogout: true,
  };
}

/**
 * Better Auth's POST /sign-in/social and /link-social also take an ID token the caller posts: a
 * token copied from elsewhere (a log, another app of the same client) would do, with no flow of
 * ours behind it. Refused; the browser's redirect flow is the one way in.
 */
const noIdTokenSignIn: BetterAuthPlugin = {
  id: 'doable-sso-guard',
  hooks: {
    before: [
      {
        matcher: (ctx) => ctx.path === '/sign-in/social' || ctx.path === '/link-social',
        handler: createAuthMiddleware(async (ctx) => {
          const body = ctx.body as { idToken?: unknown } | undefined;
          if (body?.idToken !== undefined) {
            throw new APIError('BAD_REQUEST', {
              code: 'ID_TOKEN_SIGN_IN_OFF',
              message: 'Sign in through the identity provider’s page; an ID token is not accepted here',
            });
          }
        }),
      },
    ],
  },
};

/**
 * Why the provider's person with `email` may not get a new account here, or undefined. Under
 * `policy` an invitation to the address counts only when the provider says the address is verified
 * (else anyone could claim one by typing the invited address at the provider).
 */
export async function ssoSignupRefusal(
  db: Database,
  config: Config,
  sso: SsoConfig,
  email: unknown,
  emailVerified: boolean,
): Promise<SignupRefusal | undefined> {
  if (sso.signup === 'open') return undefined;
  if (sso.signup === 'closed') return SSO_SIGNUP_CLOSED;
  return signupRefusal(db, config.signup, emailVerified ? email : undefined);
}

/**
 * Better Auth's `user.validateUserInfo`: a new account from the provider passes the sign-up policy
 * (OIDC_SIGNUP); a sign-in to an account with two-factor sign-in (and, with
 * OIDC_LINK=verified-email, a link to one) needs the provider's word that it asked for a second
 * factor (`amr`). Its refusal ends the callback before anything is written.
 */
export function ssoUserValidation(db: Database, config: Config) {
  const sso = config.sso;
  if (!sso) return undefined;
  return async ({
    user,
    source,
  }: {
    user: { id?: unknown; email?: unknown; emailVerified?: unknown };
    source: { action: string; method: string; oauth?: { providerId: string; profile?: unknown } };
  }) => {
    if (source.oauth?.providerId !== SSO_PROVIDER_ID) return;
    if (source.action === 'create-user') {
      const refusal = await ssoSignupRefusal(db, config, sso, user.email, user.emailVerified === true);
      return refusal ? { error: refusal.code, errorDescription: refusal.message } : undefined;
    }
    // A link with OIDC_LINK=confirm comes from Settings, where the account signed in with both factors.
    const opensSession =
      source.action === 'sign-in' || (source.action === 'link-account' && sso.link === 'verified-email');
    if (!opensSession || typeof user.id !== 'string') return;
    if (providerAskedSecondFactor(source.oauth.profile)) return;
    const [row] = await queryRows<{ on: boolean }>(
      db,
      sql`select coalesce(two_factor_enabled, false) as on from users where id = ${user.id}`,
    );
    return row?.on === true
      ? { error: SECOND_FACTOR_REQUIRED.code, errorDescription: SECOND_FACTOR_REQUIRED.message }
      : undefined;
  };
}

/** How each failure of the callback is answered to a program (a person gets the sign-in screen). */
const FAILURES: Record<string, { status: ErrorCode; message: string }> = {
  access_denied: { status: 'AUTH_FORBIDDEN', message: 'The identity provider did not sign you in' },
  state_not_found: { status: 'BAD_REQUEST', message: 'The sign-in has no state: start it again' },
  state_mismatch: { status: 'BAD_REQUEST', message: 'The sign-in was not started here: start it again' },
  state_invalid: { status: 'BAD_REQUEST', message: 'The sign-in has expired: start it again' },
  invalid_callback_request: { status: 'BAD_REQUEST', message: 'The callback request is malformed' },
  no_code: { status: 'BAD_REQUEST', message: 'The identity provider sent no authorization code' },
  invalid_code: {
    status: 'BAD_REQUEST',
    message: 'The identity provider did not accept the authorization code',
  },
  account_not_linked: {
    status: 'CONFLICT',
    message:
      'An account with this address exists and is not linked to this identity: sign in to it with its password (and code), then link the identity provider in Settings',
  },
  SECOND_FACTOR_REQUIRED: { status: 'AUTH_FORBIDDEN', message: SECOND_FACTOR_REQUIRED.message },
  email_does_not_match: {
    status: 'BAD_REQUEST',
    message: 'The identity provider’s address is not this account’s: it was not linked',
  },
  unable_to_link_account: {
    status: 'BAD_REQUEST',
    message: 'The identity could not be linked to this account',
  },
  account_already_linked_to_different_user: {
    status: 'CONFLICT',
    message: 'This identity is already linked to another account',
  },
  email_not_found: { status: 'BAD_REQUEST', message: 'The identity provider gave no email address' },
  email_not_verified: {
    status: 'AUTH_FORBIDDEN',
    message: 'Verify your email address: open the link we sent',
  },
  SIGNUP_CLOSED: { status: 'AUTH_FORBIDDEN', message: SSO_SIGNUP_CLOSED.message },
  SIGNUP_NEEDS_INVITATION: {
    status: 'AUTH_FORBIDDEN',
    message: 'Sign-up on this server needs an invitation to your verified email address',
  },
  ACCOUNT_DISABLED: { status: 'AUTH_FORBIDDEN', message: 'This account is disabled' },
  internal_server_error: { status: 'INTERNAL_ERROR', message: 'Sign-in failed on the server' },
};

export interface SsoFailure {
  /** A code the web app knows (sso_error), or `sso_failed`. */
  code: string;
  error: AppError;
}

/**
 * The failure a callback answer stands for: Better Auth sends the browser to its error page
 * (`<base>/error?error=<code>`) whatever went wrong, a forged state as much as a refused sign-up.
 * Undefined for any other answer (a success sends the browser on to the web app).
 */
export function ssoFailure(pathname: string, response: Response, appUrl: string): SsoFailure | undefined {
  if (!pathname.startsWith('/api/auth/callback/') || response.status < 300 || response.status >= 400) {
    return undefined;
  }
  const location = response.headers.get('location');
  if (location === null) return undefined;
  const target = new URL(location, appUrl);
  const errorPage = new URL('/api/auth/error', appUrl);
  if (target.origin !== errorPage.origin || target.pathname !== errorPage.pathname) return undefined;
  const raw = target.searchParams.get('error') ?? '';
  const known = Object.hasOwn(FAILURES, raw) ? FAILURES[raw] : undefined;
  const code = known ? raw : 'sso_failed';
  const { status, message } = known ?? { status: 'BAD_REQUEST' as const, message: 'Single sign-on failed' };
  return { code, error: new AppError(status, message) };
}

/** Where a person's browser goes after a failed callback: the sign-in screen, told why. */
export function ssoFailurePage(failure: SsoFailure, appUrl: string): string {
  const url = new URL(SIGN_IN_PATH, appUrl);
  url.searchParams.set('sso_error', failure.code);
  return url.href;
}

/** What GET /api/auth/options tells the sign-in page: the provider's name, or null when SSO is off. */
export const ssoOption = (config: Config) => (config.sso ? { name: config.sso.name } : null);

/**
 * For the start-up log line: `off`, the provider's issuer once its discovery document was read
 * (Better Auth reads it when it starts), or that it failed and is tried again at the next sign-in.
 */
export async function ssoStatus(
  auth: { $context: Promise<{ socialProviders: { id: string }[] }> },
  config: Config,
): Promise<string> {
  if (!config.sso) return 'off';
  const context = await auth.$context;
  return context.socialProviders.some((p) => p.id === SSO_PROVIDER_ID)
    ? config.sso.issuer
    : `${config.sso.issuer}: discovery failed, tried again at the next sign-in`;
}
