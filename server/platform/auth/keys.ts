// Key sets for asymmetric JWTs: Better Auth's own signing keys, read in-process (no HTTP round
// trip per request). Tokens they verify are told apart from JWKS_URL ones in tokens.ts.
import { createLocalJWKSet, type JSONWebKeySet, type JWTVerifyGetKey, errors as joseErrors } from 'jose';

/** A local key set that reloads (at most once a second) when a token names an unknown key id. */
export function reloadingKeySet(
  load: () => Promise<JSONWebKeySet>,
  now: () => number = Date.now,
): JWTVerifyGetKey {
  let current: JWTVerifyGetKey | undefined;
  let loadedAt = 0;
  const reload = async () => {
    current = createLocalJWKSet(await load());
    loadedAt = now();
    return current;
  };
  return async (header, token) => {
    const keys = current ?? (await reload());
    try {
      return await keys(header, token);
    } catch (error) {
      if (!(error instanceof joseErrors.JWKSNoMatchingKey) || now() - loadedAt < 1000) throw error;
      return (await reload())(header, token);
    }
  };
}
