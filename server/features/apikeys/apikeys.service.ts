// Personal API keys: created with a name and optional expiry, listed, revoked. Only a SHA-256
// hash is stored; a key is looked up by its hash through a unique index, so checking one costs
// one indexed read and a revoked key stops working on the next request.
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { DISABLED } from '../../platform/auth/authenticate.js';
import { cutAccess } from '../../platform/auth/cuts.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { apiKeys } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { API_KEY_PREFIX, type ApiKeyInput, type ApiKeyScope } from './apikeys.schema.js';

export type ApiKey = Omit<typeof apiKeys.$inferSelect, 'keyHash'>;

const hashKey = (key: string) => createHash('sha256').update(key).digest('base64url');

const publicColumns = {
  id: apiKeys.id,
  userId: apiKeys.userId,
  name: apiKeys.name,
  start: apiKeys.start,
  expiresAt: apiKeys.expiresAt,
  lastUsedAt: apiKeys.lastUsedAt,
  scopes: apiKeys.scopes,
  createdAt: apiKeys.createdAt,
};

export const looksLikeApiKey = (value: string) => value.startsWith(API_KEY_PREFIX);

export async function createApiKey(
  db: Database,
  userId: string,
  input: ApiKeyInput,
): Promise<{ apiKey: ApiKey; key: string }> {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const [apiKey] = await db
    .insert(apiKeys)
    .values({
      userId,
      name: input.name,
      start: key.slice(0, API_KEY_PREFIX.length + 6),
      keyHash: hashKey(key),
      scopes: input.scopes ?? ['api'],
      expiresAt: input.expires_in_days ? sql`now() + make_interval(days => ${input.expires_in_days})` : null,
    })
    .returning(publicColumns);
  return { apiKey: apiKey!, key };
}

export function listApiKeys(db: Database, userId: string): Promise<ApiKey[]> {
  return db.select(publicColumns).from(apiKeys).where(eq(apiKeys.userId, userId)).orderBy(desc(apiKeys.id));
}

/** Revokes the key: refused from the next request on, and what it holds open ends now. */
export async function revokeApiKey(db: Database, userId: string, id: number): Promise<void> {
  if (!Number.isSafeInteger(id)) throw notFound(`API key ${id}`);
  const deleted = await db
    .delete(apiKeys)
    .where(and(eq(apiKeys.userId, userId), eq(apiKeys.id, id)))
    .returning({ id: apiKeys.id });
  if (deleted.length === 0) throw notFound(`API key ${id}`);
  await cutAccess(db, { userId, key: id });
}

/** Drivers hand a text[] back as an array or as its literal ('{api,caldav}'). */
const scopesOf = (value: string[] | string): string[] =>
  Array.isArray(value) ? value : value.replace(/^\{|\}$/g, '').split(',');

const RESOLVE = `
  select k.id, k.user_id, k.scopes, (k.expires_at is not null and k.expires_at <= now()) as expired,
    (k.last_used_at is null or k.last_used_at < now() - interval '1 minute') as stale,
    exists (select 1 from users u where u.id = k.user_id and u.disabled_at is not null) as disabled
  from api_keys k where k.key_hash = $1`;

/**
 * The user a key belongs to (and the key's id), or undefined when it is unknown, revoked, expired or not made for
 * `scope` (`api`: REST and MCP; `caldav`: an app password); 401 while an administrator has
 * disabled its account (the key is kept: enabling the account restores it).
 */
export async function resolveApiKey(
  db: Database,
  key: string,
  scope: ApiKeyScope = 'api',
): Promise<{ userId: string; keyId: number } | undefined> {
  if (!looksLikeApiKey(key) || key.length > 200) return undefined;
  const [row] = await rawQuery<{
    id: number | string;
    user_id: string;
    scopes: string[] | string;
    expired: boolean;
    stale: boolean;
    disabled: boolean;
  }>(db, RESOLVE, [hashKey(key)]);
  if (!row || row.expired || !scopesOf(row.scopes).includes(scope)) return undefined;
  if (row.disabled) throw new AppError('AUTH_INVALID', DISABLED);
  // Record use at most once a minute per key, so keys do not cost a write on every request.
  if (row.stale) await rawQuery(db, 'update api_keys set last_used_at = now() where id = $1', [row.id]);
  return { userId: row.user_id, keyId: Number(row.id) };
}
