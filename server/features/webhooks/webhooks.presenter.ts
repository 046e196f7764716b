// Webhooks and their deliveries as the contract shows them: snake_case, ISO 8601 UTC times, never the secret.
import type { z } from 'zod';
import type { DeliverySchema, WebhookSchema } from './webhooks.schema.js';
import type { Delivery, Webhook } from './webhooks.service.js';

export function toWebhookJson(w: Webhook): z.output<typeof WebhookSchema> {
  return {
    id: w.id,
    url: w.url,
    events: w.events as z.output<typeof WebhookSchema>['events'],
    description: w.description,
    created_at: w.createdAt.toISOString(),
    last_status: w.lastStatus,
    last_error: w.lastError,
    last_delivery_at: w.lastDeliveryAt?.toISOString() ?? null,
    failure_count: w.failureCount,
    disabled_at: w.disabledAt?.toISOString() ?? null,
    disabled_reason: w.disabledReason,
  };
}

export function toDeliveryJson(d: Delivery): z.output<typeof DeliverySchema> {
  return {
    id: d.id,
    event_id: d.eventId,
    status: d.status,
    attempts: d.attempts,
    last_status: d.lastStatus,
    last_error: d.lastError,
    last_attempt_at: d.lastAttemptAt?.toISOString() ?? null,
    next_attempt_at: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    delivered_at: d.deliveredAt?.toISOString() ?? null,
    created_at: d.createdAt.toISOString(),
  };
}
