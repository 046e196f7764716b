// The secret of a one-time link (a list invitation's, an administrator's invitation to sign up):
// 32 random bytes, base64url, put after "#" in the link so it never reaches a server log. Only its
// SHA-256 is kept; a link is found by the hash of the secret it brings.
import { createHash, randomBytes } from 'node:crypto';

/** What a link's secret looks like (anything else is no secret of ours, and is never looked up). */
export const LINK_SECRET = /^[A-Za-z0-9_-]{43}$/;

export const linkSecretHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * The hash a link is kept under once one account has used it (a list invitation's link that let
 * that account sign up): it then works for that account alone, and the link's plain hash no longer
 * finds it.
 */
export const linkSecretHashFor = (token: string, userId: string): string =>
  createHash('sha256').update(`${token}:${userId}`).digest('hex');

/** A new secret and the hash to keep. */
export function newLinkSecret(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: linkSecretHash(token) };
}

/** `token` when it looks like a link's secret, else undefined. */
export const asLinkSecret = (token: unknown): string | undefined =>
  typeof token === 'string' && LINK_SECRET.test(token) ? token : undefined;
