// Mounts Better Auth at /api/auth/* in its own encapsulated scope: bodies pass through untouched,
// emails are normalised, failed sign-ins and sign-ups are rate limited per IP (sign-ins per account
// too), new accounts and single sign-on starts per IP on a larger budget, emailing attempts per IP
// and per address emailed, with our shared limiter; the client IP reaches Better Auth only through a
// header we set, and Better Auth's errors leave as problem+json (keeping its `code` and `message`).
// Beside them, GET /api/auth/options tells the sign-in page whether accounts can be made (SIGNUP)
// and whether it offers single sign-on (sso.ts), whose callback's failures are answered here.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { cutAccess } from '../../platform/auth/cuts.js';
import type { SignupMode } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { AppError, codeForStatus, type FieldError } from '../../platform/errors.js';
import { problemResponses, sendProblem, toProblem } from '../../platform/http/problem.js';
import type { RateLimiter } from '../../platform/ratelimit/ratelimit.js';
import { rateLimited } from '../../platform/ratelimit/ratelimit.js';
import { AuthOptionsSchema } from './accounts.schema.js';
import { type Auth, CLIENT_IP_HEADER } from './auth.js';
import { PASSWORD_CHECK_PATHS, SIGN_IN_STEP_PATHS } from './second-factor.js';
import { effectiveSignupMode } from './signup.js';
import { ssoFailure, ssoFailurePage } from './sso.js';

export interface AuthRoutesOptions {
  auth: Auth;
  /** The public base URL: requests are forwarded to Better Auth under it, whatever Host said. */
  appUrl: string;
  limiter: RateLimiter;
  /** Failed sign-ins per minute per IP and per account, other attempts per IP (OFFICE_FACTOR times it for new accounts and SSO starts); 0 turns the limits off. */
  attemptsPerMinute: number;
  bodyLimit: number;
  /** Who may create an account (SIGNUP), told to the sign-in page by GET /api/auth/options. */
  signup: SignupMode;
  /** Whether the server sends email (SMTP_URL and MAIL_FROM), told by GET /api/auth/options. */
  sendsEmail: boolean;
  /** Single sign-on's provider name (OIDC_NAME), or null when it is off. */
  sso: { name: string } | null;
  db: Database;
}

/**
 * The endpoints someone not yet signed in calls with an email (a password, or a request that sends
 * an email), by the label of their counter.
 */
const ATTEMPT_PATHS = new Map([
  ['/api/auth/sign-in/email', 'sign-in'],
  ['/api/auth/sign-up/email', 'sign-up'],
  ['/api/auth/request-password-reset', 'password-reset'],
  ['/api/auth/send-verification-email', 'verification'],
]);

/** Single sign-on's start: each writes a state row (and a signed cookie) before anyone is known. */
const SSO_START_PATH = '/api/auth/sign-in/social';

/** Single sign-on's callback: each may ask the provider for tokens, and one that works signs in. */
const isSsoCallback = (pathname: string) => pathname.startsWith('/api/auth/callback/');

/**
 * How many times AUTH_RATE_LIMIT a minute one address may start single sign-on, and make new
 * accounts by sign-up: what succeeds there writes rows without a credential, so it stays limited,
 * but a whole office behind one address (200 people at the default of 10) does it at once.
 */
export const OFFICE_FACTOR = 30;

/** The counters per address of email: sign-ins (password guesses) and the emails sent to it. */
const PER_ACCOUNT = new Map([
  ['sign-in', 'auth:account:'],
  ['password-reset', 'auth:mail:'],
  ['verification', 'auth:mail:'],
]);

/** Takes back the hits an attempt counted, once it has succeeded. */
type GiveBack = () => Promise<void>;
const NOTHING_TO_GIVE_BACK: GiveBack = async () => {};

/**
 * The counters of failures: sign-in and its second steps (a code, a passkey), sign-up, and single
 * sign-on's callback.
 */
const FAILURES_COUNTED = new Set(['sign-in', 'sign-up', 'sso', 'two-factor', 'passkey']);

/**
 * Emails (resets and verifications together) one address may be sent, whoever asks and from
 * wherever: a stranger must not be able to flood someone's inbox at the sign-in limit's pace.
 */
export const MAIL_PER_ADDRESS = { limit: 3, windowSeconds: 15 * 60 } as const;

/**
 * Reads a sign-in/sign-up body as the JSON object Better Auth will see, with its email trimmed and
 * lower-cased, and re-encodes it. Anything else (another content type, a form, no email) is refused
 * here, so no attempt can reach Better Auth without being counted against its account.
 */
function normalisedAttempt(request: FastifyRequest): { body: Buffer; email: string } {
  const refuse = () =>
    new AppError('BAD_REQUEST', 'Send a JSON object with an email: Content-Type must be application/json');
  if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) throw refuse();
  const raw = request.body as Buffer | undefined;
  let parsed: { email?: unknown } | null;
  try {
    // Better Auth's reader skips a byte-order mark; so must we, or the email would go uncounted.
    parsed = JSON.parse((raw ?? Buffer.alloc(0)).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw refuse();
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.email !== 'string') throw refuse();
  if (parsed.email.length > 254)
    throw new AppError('BAD_REQUEST', 'The email is longer than an email can be');
  parsed.email = parsed.email.trim().toLowerCase();
  return { body: Buffer.from(JSON.stringify(parsed)), email: parsed.email as string };
}

export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (app, options) => {
  const { auth, limiter, attemptsPerMinute } = options;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.bodyLimit }, (_request, body, done) =>
    done(null, body),
  );

  // Counters are keyed by a fixed label, never by the request's own spelling of the path. Sign-in,
  // its second steps, sign-up and single sign-on's callback count failures: each attempt is counted
  // while it runs, and one that succeeds gives its hits back (`forward`), so a whole office behind
  // one address can sign in at once while wrong passwords, for one account from anywhere or from
  // one address, meet the limit.
  const limitAttempts = async (
    request: FastifyRequest,
    label: string,
    email: string | undefined,
  ): Promise<GiveBack> => {
    if (attemptsPerMinute === 0) return NOTHING_TO_GIVE_BACK;
    const byIp = await limiter.take(`auth:ip:${request.ip}:${label}`, attemptsPerMinute, 60);
    if (!byIp.decision.allowed) throw rateLimited(byIp.decision, 'attempts from this address');
    const taken = [byIp.giveBack];
    const perAccount = PER_ACCOUNT.get(label);
    if (email !== undefined && perAccount !== undefined) {
      const { limit, windowSeconds } =
        label === 'sign-in' ? { limit: attemptsPerMinute, windowSeconds: 60 } : MAIL_PER_ADDRESS;
      const byAccount = await limiter.take(`${perAccount}${email}`, limit, windowSeconds);
      if (!byAccount.decision.allowed) {
        throw rateLimited(
          byAccount.decision,
          label === 'sign-in' ? 'sign-in attempts for this account' : 'emails to this address',
        );
      }
      taken.push(byAccount.giveBack);
    }
    if (!FAILURES_COUNTED.has(label)) return NOTHING_TO_GIVE_BACK;
    return async () => {
      await Promise.all(taken.map((giveBack) => giveBack()));
    };
  };

  // What succeeds and writes rows (a single sign-on start, a new account) has its own, larger
  // budget per address, OFFICE_FACTOR times the failures'; the hit it takes is given back only by a
  // sign-up that fails (it made no account).
  const limitOfficeBudget = async (
    request: FastifyRequest,
    label: string,
    what: string,
  ): Promise<GiveBack> => {
    if (attemptsPerMinute === 0) return NOTHING_TO_GIVE_BACK;
    const taken = await limiter.take(`auth:ip:${request.ip}:${label}`, attemptsPerMinute * OFFICE_FACTOR, 60);
    if (!taken.decision.allowed) throw rateLimited(taken.decision, what);
    return taken.giveBack;
  };

  // Second-factor and passkey sign-in steps count failures per IP; Better Auth's endpoints that check a
  // signed-in user's password count against the account, with /api/me's password checks.
  const sessionOf = async (request: FastifyRequest) => {
    const cookie = request.headers.cookie;
    return cookie ? auth.api.getSession({ headers: new Headers({ cookie }) }) : null;
  };

  const limitSecondFactor = async (request: FastifyRequest, pathname: string): Promise<GiveBack> => {
    if (attemptsPerMinute === 0) return NOTHING_TO_GIVE_BACK;
    const step = SIGN_IN_STEP_PATHS.get(pathname);
    if (step) return limitAttempts(request, step, undefined);
    if (!PASSWORD_CHECK_PATHS.has(pathname)) return NOTHING_TO_GIVE_BACK;
    const session = await sessionOf(request);
    if (!session) return NOTHING_TO_GIVE_BACK; // Better Auth answers 401
    const decision = await limiter.hit(`auth:password:${session.user.id}`, attemptsPerMinute, 60);
    if (!decision.allowed) throw rateLimited(decision, 'password attempts for this account');
    return NOTHING_TO_GIVE_BACK;
  };

  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    // Resolve the path as Better Auth will (dot segments, absolute-form targets), and forward it
    // under our own base URL, so what is counted is exactly what is served.
    let url: URL;
    try {
      url = new URL(request.url, options.appUrl);
    } catch {
      throw new AppError('BAD_REQUEST', 'The request target is not a valid URL');
    }
    url = new URL(`${url.pathname}${url.search}`, options.appUrl);
    let body = request.body as Buffer | undefined;
    const label = ATTEMPT_PATHS.get(url.pathname);
    // Given back when the attempt succeeds (a failure counted while it ran) or when it fails (a
    // new account counted while it ran).
    let giveBack = NOTHING_TO_GIVE_BACK;
    let giveBackOnFailure = NOTHING_TO_GIVE_BACK;
    if (label) {
      let attempt: { body: Buffer; email: string };
      try {
        attempt = normalisedAttempt(request);
      } catch (error) {
        await limitAttempts(request, label, undefined); // a refused attempt still counts against the address
        throw error;
      }
      body = attempt.body;
      giveBack = await limitAttempts(request, label, attempt.email);
      if (label === 'sign-up') {
        giveBackOnFailure = await limitOfficeBudget(request, 'new-account', 'new accounts from this address');
      }
    } else if (url.pathname === SSO_START_PATH) {
      await limitOfficeBudget(request, 'sso-start', 'single sign-on starts from this address');
    } else if (isSsoCallback(url.pathname)) {
      giveBack = await limitAttempts(request, 'sso', undefined);
    } else {
      giveBack = await limitSecondFactor(request, url.pathname);
    }
    // Signing out ends what the session holds open: its session is read before Better Auth ends it.
    const signingOut = url.pathname === '/api/auth/sign-out' ? await sessionOf(request) : null;
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
    const failure = ssoFailure(url.pathname, response, options.appUrl);
    await (response.status < 400 && !failure ? giveBack() : giveBackOnFailure());
    if (signingOut && response.status < 400) {
      await cutAccess(options.db, { userId: signingOut.user.id, session: signingOut.session.id });
    }

    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) reply.header('set-cookie', cookies);
    response.headers.forEach((value, key) => {
      if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
    });
    if (response.status >= 400) return sendAuthProblem(request, reply, response);
    if (failure) {
      // A person's browser goes back to the sign-in screen, which says why; a program gets the problem.
      if (acceptsHtml(request)) return reply.redirect(ssoFailurePage(failure, options.appUrl), 303);
      reply.removeHeader('location');
      reply.removeHeader('content-type');
      return reply
        .code(failure.error.status)
        .type('application/problem+json')
        .send({ code: failure.code, message: failure.error.message, ...toProblem(failure.error, request) });
    }
    reply.status(response.status);
    return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
  };

  app.route({ method: ['GET', 'POST'], url: '/*', schema: { hide: true }, handler: forward });

  // Ours, beside Better Auth's routes (a named path wins over the wildcard): what the sign-in page
  // may offer, asked before anyone is signed in.
  app.get(
    '/options',
    {
      schema: {
        tags: ['Account'],
        operationId: 'getAuthOptions',
        summary: 'What the sign-in page may offer: whether accounts can be made here (no auth)',
        description:
          'The sign-up mode in effect (SIGNUP): `open` while the server has no account yet, whatever the ' +
          'setting, since its first account is its administrator.',
        security: [],
        response: { 200: AuthOptionsSchema, ...problemResponses(503) },
      },
    },
    async () => ({
      signup: await effectiveSignupMode(options.db, options.signup),
      email: options.sendsEmail,
      sso: options.sso,
    }),
  );
};

/** Whether the request is a browser's navigation (it takes an HTML page). */
const acceptsHtml = (request: FastifyRequest) => /\btext\/html\b/i.test(request.headers.accept ?? '');

async function sendAuthProblem(request: FastifyRequest, reply: FastifyReply, response: Response) {
  let upstream: { code?: string; message?: string; errors?: FieldError[] } = {};
  try {
    upstream = (await response.json()) as typeof upstream;
  } catch {
    // no JSON body
  }
  const code = codeForStatus(response.status);
  // Field errors come only from our own checks inside Better Auth (the sign-up time zone).
  const errors = code === 'VALIDATION_ERROR' && Array.isArray(upstream.errors) ? upstream.errors : undefined;
  const error = new AppError(code, upstream.message ?? response.statusText ?? 'Request failed', { errors });
  if (code === 'INTERNAL_ERROR') return sendProblem(reply, error);
  // Better Auth's own client reads `code` and `message`; keep them beside the problem fields.
  reply.removeHeader('content-type');
  return reply
    .code(error.status)
    .type('application/problem+json')
    .send({ code: upstream.code, message: upstream.message, ...toProblem(error, request) });
}
