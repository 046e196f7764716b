// Webhooks of one user: created (the secret shown once), listed, read, deleted, re-enabled, and
// their recent deliveries. Always scoped by the owner; someone else's webhook is "not found".

import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { SecretBox } from '../../platform/auth/sealed.js';
import type { Database } from '../../platform/db/client.js';
import { webhookDeliveries, webhooks } from '../../platform/db/schema.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { targetRefusal } from '../../platform/http/outbound.js';
import { MAX_WEBHOOKS_PER_USER, WEBHOOK_SECRET_PREFIX, type WebhookInput } from './webhooks.schema.js';

export type Webhook = Omit<typeof webhooks.$inferSelect, 'secret'>;
export type Delivery = typeof webhookDeliveries.$inferSelect;

const publicColumns = {
  id: webhooks.id,
  userId: webhooks.userId,
  url: webhooks.url,
  description: webhooks.description,
  events: webhooks.events,
  failureCount: webhooks.failureCount,
  lastStatus: webhooks.lastStatus,
  lastError: webhooks.lastError,
  lastDeliveryAt: webhooks.lastDeliveryAt,
  disabledAt: webhooks.disabledAt,
  disabledReason: webhooks.disabledReason,
  createdAt: webhooks.createdAt,
};

export interface WebhookPolicy {
  /** WEBHOOK_ALLOW_PRIVATE: internal addresses are acceptable targets. */
  allowPrivate: boolean;
}

export async function createWebhook(
  db: Database,
  userId: string,
  input: WebhookInput,
  policy: WebhookPolicy,
  secrets: SecretBox,
): Promise<{ webhook: Webhook; secret: string }> {
  if (!policy.allowPrivate) {
    const refusal = await targetRefusal(new URL(input.url));
    if (refusal) throw invalid('url', refusal, 'body');
  }
  const secret = `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
  const webhook = await db.transaction(async (tx) => {
    // Serialises creations of one user, so two at once cannot both pass the limit.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`webhooks:${userId}`}, 0))`);
    const [row] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(webhooks)
      .where(eq(webhooks.userId, userId));
    if ((row?.n ?? 0) >= MAX_WEBHOOKS_PER_USER) {
      const message = `you already have ${MAX_WEBHOOKS_PER_USER} webhooks, the most allowed; delete one first`;
      throw new AppError('VALIDATION_ERROR', message, { errors: [{ path: '', location: 'body', message }] });
    }
    const [created] = await tx
      .insert(webhooks)
      .values({
        userId,
        url: input.url,
        events: input.events,
        description: input.description || null,
        secret: secrets.seal(secret),
      })
      .returning(publicColumns);
    return created!;
  });
  return { webhook, secret };
}

export function listWebhooks(db: Database, userId: string): Promise<Webhook[]> {
  return db
    .select(publicColumns)
    .from(webhooks)
    .where(eq(webhooks.userId, userId))
    .orderBy(desc(webhooks.id));
}

export async function getWebhook(db: Database, userId: string, id: number): Promise<Webhook> {
  if (!Number.isSafeInteger(id)) throw notFound(`Webhook ${id}`);
  const [row] = await db
    .select(publicColumns)
    .from(webhooks)
    .where(and(eq(webhooks.userId, userId), eq(webhooks.id, id)));
  if (!row) throw notFound(`Webhook ${id}`);
  return row;
}

/** Deletes the webhook and its deliveries (pending ones are not sent). */
export async function deleteWebhook(db: Database, userId: string, id: number): Promise<void> {
  if (!Number.isSafeInteger(id)) throw notFound(`Webhook ${id}`);
  const deleted = await db
    .delete(webhooks)
    .where(and(eq(webhooks.userId, userId), eq(webhooks.id, id)))
    .returning({ id: webhooks.id });
  if (deleted.length === 0) throw notFound(`Webhook ${id}`);
}

/** Clears a disable and the failure count; events from now on are delivered again. */
export async function enableWebhook(db: Database, userId: string, id: number): Promise<Webhook> {
  if (!Number.isSafeInteger(id)) throw notFound(`Webhook ${id}`);
  const [row] = await db
    .update(webhooks)
    .set({ disabledAt: null, disabledReason: null, failureCount: 0 })
    .where(and(eq(webhooks.userId, userId), eq(webhooks.id, id)))
    .returning(publicColumns);
  if (!row) throw notFound(`Webhook ${id}`);
  return row;
}

/** The webhook's latest deliveries, newest first. */
export async function listDeliveries(
  db: Database,
  userId: string,
  id: number,
  limit = 50,
): Promise<Delivery[]> {
  await getWebhook(db, userId, id);
  return db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.webhookId, id))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit);
}

/**
 * Pauses every enabled webhook of the user, saying why (after a password reset: someone else may
 * have added them); the owner enables each again. Answers how many.
 */
export async function pauseAllWebhooks(db: Database, userId: string, reason: string): Promise<number> {
  const paused = await db
    .update(webhooks)
    .set({ disabledAt: sql`now()`, disabledReason: reason })
    .where(and(eq(webhooks.userId, userId), isNull(webhooks.disabledAt)))
    .returning({ id: webhooks.id });
  return paused.length;
}

/** Account deletion: the user's webhooks and every delivery of them. */
export async function deleteUserWebhooks(db: Database, userId: string): Promise<void> {
  await db
    .delete(webhookDeliveries)
    .where(
      sql`${webhookDeliveries.webhookId} in (select ${webhooks.id} from ${webhooks} where ${webhooks.userId} = ${userId})`,
    );
  await db.delete(webhooks).where(eq(webhooks.userId, userId));
}
