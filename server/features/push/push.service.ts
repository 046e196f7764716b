// Push subscriptions of one user: saved (one per browser endpoint), listed, deleted. Always scoped
// by the owner; someone else's subscription is "not found".
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.js';
import { pushSubscriptions } from '../../platform/db/schema.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { targetRefusal } from '../../platform/http/outbound.js';
import { MAX_PUSH_SUBSCRIPTIONS_PER_USER, type PushSubscriptionInput } from './push.schema.js';

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

export interface PushPolicy {
  /** PUSH_ALLOW_PRIVATE: plain http and internal addresses are acceptable endpoints (tests). */
  allowPrivate: boolean;
}

export function listSubscriptions(db: Database, userId: string): Promise<PushSubscriptionRow[]> {
  return db
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId))
    .orderBy(asc(pushSubscriptions.id));
}

/**
 * Saves the browser's subscription: a new endpoint is added (up to the limit), a known one gets its
 * new keys, name and user agent (a browser re-subscribing after its keys rotated). 201 or 200.
 */
export async function saveSubscription(
  db: Database,
  userId: string,
  input: PushSubscriptionInput,
  userAgent: string | undefined,
  policy: PushPolicy,
): Promise<{ subscription: PushSubscriptionRow; created: boolean }> {
  const url = new URL(input.endpoint);
  if (!policy.allowPrivate) {
    if (url.protocol !== 'https:') throw invalid('endpoint', 'must be an https: URL', 'body');
    const refusal = await targetRefusal(url);
    if (refusal) throw invalid('endpoint', refusal, 'body');
  }
  const values = {
    p256dh: input.keys.p256dh.replace(/=+$/, ''),
    auth: input.keys.auth.replace(/=+$/, ''),
    name: input.name ?? null,
    userAgent: userAgent?.slice(0, 500) ?? null,
    expiresAt: input.expirationTime == null ? null : new Date(input.expirationTime),
  };
  return db.transaction(async (tx) => {
    // Serialises one user's saves, so two at once cannot both pass the limit.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`push:${userId}`}, 0))`);
    const [known] = await tx
      .update(pushSubscriptions)
      .set({ ...values, failureCount: 0, lastError: null, updatedAt: sql`now()` })
      .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, input.endpoint)))
      .returning();
    if (known) return { subscription: known, created: false };
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, userId));
    if ((row?.n ?? 0) >= MAX_PUSH_SUBSCRIPTIONS_PER_USER) {
      const message = `you already receive push on ${MAX_PUSH_SUBSCRIPTIONS_PER_USER} devices, the most allowed; remove one first`;
      throw new AppError('VALIDATION_ERROR', message, { errors: [{ path: '', location: 'body', message }] });
    }
    const [created] = await tx
      .insert(pushSubscriptions)
      .values({ userId, endpoint: input.endpoint, ...values })
      .returning();
    return { subscription: created!, created: true };
  });
}

export async function deleteSubscription(db: Database, userId: string, id: number): Promise<void> {
  const gone = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.userId, userId)))
    .returning({ id: pushSubscriptions.id });
  if (gone.length === 0) throw notFound(`Push subscription ${id}`);
}

/** Forgets a browser by its endpoint (what a page can do after PushSubscription.unsubscribe()). */
export async function deleteByEndpoint(db: Database, userId: string, endpoint: string): Promise<number> {
  const gone = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  return gone.length;
}

export const noSuchEndpoint = () => notFound('A push subscription with that endpoint');
