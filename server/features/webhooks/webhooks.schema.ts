// The webhook contract. The signing secret appears once, in the creation response.
import { z } from 'zod';
import { idParam } from '../../platform/http/params.js';
import { EVENT_TYPES } from '../events/events.service.js';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';
export const MAX_WEBHOOKS_PER_USER = 20;
export const MAX_URL_LENGTH = 2048;

const WebhookUrlSchema = z
  .string()
  .trim()
  .min(1, 'url must not be empty')
  .max(MAX_URL_LENGTH, `url must be at most ${MAX_URL_LENGTH} characters`)
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'url must be an absolute http(s) URL' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'url must use http or https' });
    } else if (url.username !== '' || url.password !== '') {
      ctx.addIssue({
        code: 'custom',
        message: 'url must not carry credentials; use the signature to authenticate',
      });
    } else if (url.hostname === '') {
      ctx.addIssue({ code: 'custom', message: 'url must name a host' });
    }
  })
  // Stored and shown as the URL parser spells it (lowercase host, IP literals normalised).
  .transform((value) => new URL(value).href)
  .describe('Where deliveries are POSTed: http(s), a public address, no credentials');

export const WebhookInputSchema = z
  .strictObject({
    url: WebhookUrlSchema,
    events: z
      .array(z.enum(EVENT_TYPES))
      .min(1, 'events must name at least one event type')
      .max(20)
      // Stored once each, in a fixed order.
      .transform((events) => EVENT_TYPES.filter((t) => events.includes(t)))
      .describe('The event types to receive'),
    description: z
      .string()
      .trim()
      .max(200, 'description must be at most 200 characters')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s) && s.isWellFormed(), 'description must be plain text')
      .optional(),
  })
  .meta({ id: 'WebhookBody' });

export const WebhookSchema = z
  .object({
    id: z.number().int(),
    url: z.string(),
    events: z.array(z.enum(EVENT_TYPES)),
    description: z.string().nullable(),
    created_at: z.iso.datetime(),
    last_status: z.number().int().nullable().describe('HTTP status of the latest attempt, if it got one'),
    last_error: z.string().nullable().describe('Why the latest attempt failed, if it did'),
    last_delivery_at: z.iso.datetime().nullable().describe('When the latest attempt was made'),
    failure_count: z.number().int().describe('Consecutive failed attempts'),
    disabled_at: z.iso.datetime().nullable(),
    disabled_reason: z.string().nullable(),
  })
  .meta({ id: 'Webhook' });

export const CreatedWebhookSchema = WebhookSchema.extend({
  secret: z.string().describe('Signs every delivery (Doable-Signature). Shown once: store it now.'),
}).meta({ id: 'CreatedWebhook' });

export const WebhookListSchema = z.object({ webhooks: z.array(WebhookSchema) }).meta({ id: 'WebhookList' });

export const DeliverySchema = z
  .object({
    id: z.number().int().describe('Sent as Doable-Delivery'),
    event_id: z.number().int(),
    status: z.enum(['pending', 'delivered', 'failed', 'cancelled']),
    attempts: z.number().int(),
    last_status: z.number().int().nullable(),
    last_error: z.string().nullable(),
    last_attempt_at: z.iso.datetime().nullable(),
    next_attempt_at: z.iso.datetime().nullable().describe('When a pending delivery is tried next'),
    delivered_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'WebhookDelivery' });

export const DeliveryListSchema = z
  .object({ deliveries: z.array(DeliverySchema) })
  .meta({ id: 'WebhookDeliveryList' });

export const WebhookParamsSchema = z.strictObject({
  user_id: z.string().min(1).max(255),
  id: idParam('Webhook id'),
});

export type WebhookInput = z.output<typeof WebhookInputSchema>;
