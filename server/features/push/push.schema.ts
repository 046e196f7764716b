// The shapes of Web Push subscriptions (one schema per shape: request, answer, list).
import { z } from 'zod';
import { idParam } from '../../platform/http/params.js';

/** Devices (browsers) per user that receive reminders by push. */
export const MAX_PUSH_SUBSCRIPTIONS_PER_USER = 20;

const base64url = (length: number, what: string) =>
  z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${length}}={0,2}$`), `must be ${what}, base64url`);

/** What a browser's PushSubscription.toJSON() gives, plus a name for the device. */
export const PushSubscriptionInputSchema = z.strictObject({
  endpoint: z
    .url({ protocol: /^https?$/, error: 'must be the push service URL the browser gave (https)' })
    .max(2048)
    // No push service puts credentials in an endpoint; one that carries them is refused, as a
    // webhook's URL is, so a delivery never sends them anywhere.
    .refine((value) => {
      // Runs after a failed URL check too (zod goes on), so a value that is no URL passes here.
      if (!URL.canParse(value)) return true;
      const url = new URL(value);
      return url.username === '' && url.password === '';
    }, 'must not carry credentials (user:password@)')
    .describe("The push service's URL for this browser (PushSubscription.endpoint)"),
  expirationTime: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .optional()
    .describe('Milliseconds since 1970, or null'),
  keys: z.strictObject({
    p256dh: base64url(87, "the browser's uncompressed P-256 public key (65 bytes)"),
    auth: base64url(22, "the browser's auth secret (16 bytes)"),
  }),
  name: z.string().trim().min(1).max(100).optional().describe('What to call this device, e.g. "Work laptop"'),
});
export type PushSubscriptionInput = z.output<typeof PushSubscriptionInputSchema>;

export const PushSubscriptionSchema = z
  .object({
    id: z.number().int(),
    name: z.string().nullable(),
    user_agent: z.string().nullable(),
    endpoint_origin: z
      .string()
      .describe('Which push service (the endpoint itself is a credential and is not shown)'),
    expires_at: z.string().nullable(),
    failure_count: z.number().int(),
    last_status: z.number().int().nullable(),
    last_error: z.string().nullable(),
    last_success_at: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'PushSubscription' });

export const PushSubscriptionListSchema = z
  .object({
    vapid_public_key: z
      .string()
      .describe("The server's VAPID public key: pass it as applicationServerKey to pushManager.subscribe()"),
    subscriptions: z.array(PushSubscriptionSchema),
  })
  .meta({ id: 'PushSubscriptionList' });

export const PushSubscriptionParamsSchema = z.strictObject({
  user_id: z.string().min(1).max(255),
  id: idParam('Push subscription id'),
});
