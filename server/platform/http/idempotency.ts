// Idempotency-Key for POST: the first response to a key is stored in the same transaction as the
// write it describes, and replayed to every retry for 24 hours. A retry racing the first request
// waits on the key's row and then replays; the same key with another body is refused.
import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { idempotencyKeys } from '../db/schema.js';
import { AppError, invalid } from '../errors.js';

export interface StoredResponse {
  status: number;
  body: unknown;
  location?: string;
  etag?: string;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/** The key from the Idempotency-Key header, validated; undefined when absent. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !KEY.test(header)) {
    throw invalid('Idempotency-Key', 'must be 1-255 visible ASCII characters', 'headers');
  }
  return header;
}

/** A fingerprint of what was asked: the route and the body with keys in a stable order. */
export function requestHash(route: string, body: unknown): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
          )
        : value;
  return createHash('sha256')
    .update(`${route}\n${JSON.stringify(canonical(body))}`)
    .digest('base64url');
}

export async function idempotent(
  db: Database,
  userId: string,
  key: string,
  hash: string,
  perform: (tx: Database) => Promise<StoredResponse>,
): Promise<{ response: StoredResponse; replayed: boolean }> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const owned = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
    // Claim the key, or take over one that has expired. A concurrent claim waits here.
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ userId, key, requestHash: hash })
      .onConflictDoUpdate({
        target: [idempotencyKeys.userId, idempotencyKeys.key],
        set: {
          requestHash: hash,
          status: null,
          response: null,
          location: null,
          etag: null,
          createdAt: sql`now()`,
        },
        setWhere: lt(idempotencyKeys.createdAt, sql`now() - interval '24 hours'`),
      })
      .returning({ key: idempotencyKeys.key });
    if (claimed.length > 0) {
      const response = await perform(tx);
      await tx
        .update(idempotencyKeys)
        .set({
          status: response.status,
          response: JSON.stringify(response.body),
          location: response.location ?? null,
          etag: response.etag ?? null,
        })
        .where(owned);
      return { response, replayed: false };
    }
    const [row] = await tx.select().from(idempotencyKeys).where(owned);
    if (!row || row.requestHash !== hash) {
      throw new AppError('VALIDATION_ERROR', 'Idempotency-Key was already used with another request', {
        errors: [
          { path: 'Idempotency-Key', location: 'headers', message: 'was already used with another request' },
        ],
      });
    }
    if (row.status === null || row.response === null) {
      throw new AppError('BAD_REQUEST', 'A request with this Idempotency-Key is still in progress');
    }
    return {
      response: {
        status: row.status,
        body: JSON.parse(row.response),
        location: row.location ?? undefined,
        etag: row.etag ?? undefined,
      },
      replayed: true,
    };
  });
}

/** Forgets keys older than 24 hours. */
export async function sweepIdempotencyKeys(db: Database): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, sql`now() - interval '24 hours'`));
}
