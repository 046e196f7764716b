// The one shape of an assistant model's endpoint as people set it: a person's own (chat) and the
// server's (admin). Where the base URL may point differs, so each says it in its description.
import { z } from 'zod';

/** agent: the model calls the tools; plan: it answers a JSON plan (small models); auto: probed. */
export const MODEL_MODES = ['auto', 'agent', 'plan'] as const;

export const ModelModeSchema = z.enum(MODEL_MODES);

/** The body that sets a model: endpoint, model name, mode, and a key that is never returned. */
export const modelEndpointBody = (baseUrlDescription: string) =>
  z.strictObject({
    base_url: z
      .url({ protocol: /^https?$/, error: 'base_url must be an http(s) URL' })
      .max(500)
      .describe(baseUrlDescription),
    model: z.string().trim().min(1, 'model must not be empty').max(200),
    mode: ModelModeSchema.default('auto').describe(
      'agent: the model calls the tools; plan: it answers a JSON plan (small models); auto: probed',
    ),
    api_key: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .nullable()
      .optional()
      .describe('The key, stored sealed and never returned; omit to keep the stored one, null to remove it'),
  });
