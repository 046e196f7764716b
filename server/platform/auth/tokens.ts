// Verifies bearer JWTs: HS256 signed with the shared secret (the seed system's external
// frontends), asymmetric tokens against Better Auth's own keys (which must carry this
// deployment's issuer, audience and session) and then an external JWKS. Verified tokens are
// cached, bounded, and never past their expiry, so signature checks do not dominate requests.
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
} from 'jose';
import { AppError } from '../errors.js';

export const SHARED_SECRET_ALGORITHMS = ['HS256'];
export const ASYMMETRIC_ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256'];

/** Longest bearer token accepted; real JWTs are well under 2 KiB. */
const MAX_TOKEN_LENGTH = 8192;
/** How long a verified token without `exp` stays cached; it is re-verified after. */
const MAX_CACHE_TTL_MS = 5 * 60 * 1000;

export interface Principal {
  userId: string;
  /**
   * The Better Auth session the token belongs to (`sid`): the token is honoured only while that
   * session lives. Always set for tokens signed by our own keys.
   */
  sessionId?: string;
}

export interface TokenVerifierOptions {
  secret: string;
  /**
   * Better Auth's own signing keys (in-process). Tokens they verify must carry `ownIssuer` and
   * `ownAudience` (what its JWT plugin signs with) and a `sid`, whatever JWT_ISSUER says: another
   * deployment sharing the database and secret signs with the same keys but names itself.
   */
  ownKeys?: JWTVerifyGetKey;
  ownIssuer?: string;
  ownAudience?: string;
  /** Another key set for asymmetric tokens (JWKS_URL), asked when our own keys lack the token's key. */
  jwks?: string | JWTVerifyGetKey;
  /** JWT_ISSUER / JWT_AUDIENCE: required of HS256 and JWKS_URL tokens when set. */
  issuer?: string;
  audience?: string;
  clockSkewSeconds: number;
  cacheSize: number;
  now?: () => number;
}

interface CacheEntry {
  principal: Principal;
  expiresAtMs: number;
}

const invalid = (detail: string) => new AppError('AUTH_INVALID', detail);

/** Takes the user id from `sub`, else `user_id`; rejects anything that is not a sane identifier. */
export function subjectOf(payload: JWTPayload): string {
  const raw = payload.sub ?? (payload as { user_id?: unknown }).user_id;
  const id = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (typeof id !== 'string' || id.length === 0 || id.length > 255 || /[\u0000-\u001f\u007f/]/.test(id)) {
    throw invalid('The token names no valid subject (sub or user_id)');
  }
  return id;
}

/**
 * The session a token is bound to. Any token carrying `sid` names a Better Auth session and is
 * checked against it, whoever issued it; our own keys only sign session-bound tokens, so one of
 * theirs without a `sid` is refused rather than honoured forever.
 */
function sessionOf(payload: JWTPayload, ownKey: boolean): string | undefined {
  const sid = payload.sid;
  if (sid === undefined && !ownKey) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (typeof sid !== 'string' || sid.length === 0 || sid.length > 255 || /[\u0000-\u001f\u007f]/.test(sid)) {
    throw invalid('The token names no valid session (sid)');
  }
  return sid;
}

function describeFailure(error: unknown): unknown {
  if (error instanceof AppError) return error;
  // Not the token's fault (e.g. the database holding our keys is down): let it map to 503.
  if (!(error instanceof joseErrors.JOSEError)) return error;
  if (error instanceof joseErrors.JWTExpired) return invalid('The token has expired');
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return invalid('The token is not valid yet');
    return invalid(`The token's ${error.claim} claim is not accepted`);
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed)
    return invalid('The token signature is invalid');
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return invalid('The token algorithm is not accepted');
  if (error instanceof joseErrors.JWKSNoMatchingKey) return invalid('The token was signed by an unknown key');
  if (error instanceof joseErrors.JWKSTimeout || (error as { code?: string }).code === 'ERR_JOSE_GENERIC') {
    return new AppError('SERVICE_UNAVAILABLE', 'The token signing keys could not be fetched', {
      cause: error,
    });
  }
  return invalid('The token is malformed');
}

export class TokenVerifier {
  private readonly secretKey: Uint8Array;
  private readonly jwks: JWTVerifyGetKey | undefined;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly now: () => number;

  constructor(private readonly options: TokenVerifierOptions) {
    this.secretKey = new TextEncoder().encode(options.secret);
    this.jwks = typeof options.jwks === 'string' ? createRemoteJWKSet(new URL(options.jwks)) : options.jwks;
    this.now = options.now ?? Date.now;
  }

  /** Resolves the token to its user, or throws AUTH_INVALID (or SERVICE_UNAVAILABLE when keys are unreachable). */
  async verify(token: string): Promise<Principal> {
    const cached = this.cache.get(token);
    if (cached) {
      if (cached.expiresAtMs > this.now()) return cached.principal;
      this.cache.delete(token);
    }
    if (token.length > MAX_TOKEN_LENGTH) throw invalid('The token is too long');

    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw invalid('The token is malformed');
    }
    const { ownKeys, ownIssuer, ownAudience } = this.options;
    const common = {
      issuer: this.options.issuer,
      audience: this.options.audience,
      clockTolerance: this.options.clockSkewSeconds,
      currentDate: new Date(this.now()),
    };
    let payload: JWTPayload;
    let ownKey = false;
    try {
      if (alg !== undefined && SHARED_SECRET_ALGORITHMS.includes(alg)) {
        ({ payload } = await jwtVerify(token, this.secretKey, {
          ...common,
          algorithms: SHARED_SECRET_ALGORITHMS,
        }));
      } else if (alg !== undefined && ASYMMETRIC_ALGORITHMS.includes(alg) && (ownKeys || this.jwks)) {
        const asymmetric = { ...common, algorithms: ASYMMETRIC_ALGORITHMS };
        const verified = ownKeys
          ? await jwtVerify(token, ownKeys, {
              ...asymmetric,
              issuer: ownIssuer,
              audience: ownAudience,
            }).catch((error: unknown) => {
              // Only a token whose key we do not hold may be tried against JWKS_URL.
              if (this.jwks && error instanceof joseErrors.JWKSNoMatchingKey) return undefined;
              throw error;
            })
          : undefined;
        if (verified) {
          payload = verified.payload;
          ownKey = true;
        } else {
          ({ payload } = await jwtVerify(token, this.jwks as JWTVerifyGetKey, asymmetric));
        }
      } else {
        throw invalid(`The token algorithm ${JSON.stringify(alg ?? null).slice(0, 20)} is not accepted`);
      }
    } catch (error) {
      throw describeFailure(error);
    }
    const principal: Principal = { userId: subjectOf(payload) };
    const sessionId = sessionOf(payload, ownKey);
    if (sessionId !== undefined) principal.sessionId = sessionId;
    this.remember(token, principal, payload.exp);
    return principal;
  }

  private remember(token: string, principal: Principal, exp: number | undefined): void {
    if (this.options.cacheSize === 0) return;
    const ttlEnd = this.now() + MAX_CACHE_TTL_MS;
    const expiresAtMs = exp === undefined ? ttlEnd : Math.min(exp * 1000, ttlEnd);
    if (this.cache.size >= this.options.cacheSize) {
      // Evict the oldest entry (Map keeps insertion order): O(1), bounded memory.
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(token, { principal, expiresAtMs });
  }

  get cachedTokens(): number {
    return this.cache.size;
  }
}
