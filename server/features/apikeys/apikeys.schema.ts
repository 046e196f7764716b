// The API key contract. The key itself appears once, in the creation response.
import { z } from 'zod';
import { idParam } from '../../platform/http/params.js';

export const API_KEY_PREFIX = 'dbl_';

/** Where a key works: `api` the REST API and MCP, `caldav` CalDAV apps (docs/caldav.md). */
export const API_KEY_SCOPES = ['api', 'caldav'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

const ScopesSchema = z
  .array(z.enum(API_KEY_SCOPES))
  .min(1, 'scopes must name at least one of api, caldav')
  .max(2)
  .refine((s) => new Set(s).size === s.length, 'scopes must not repeat')
  .transform((s) => API_KEY_SCOPES.filter((scope) => s.includes(scope)));

export const ApiKeyInputSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, 'name must not be empty')
      .max(100, 'name must be at most 100 characters')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s) && s.isWellFormed(), 'name must be plain text'),
    expires_in_days: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .optional()
      .describe('Days until the key stops working; omit for a key that does not expire'),
    scopes: ScopesSchema.optional().describe(
      'Where the key works: api (REST and MCP; the default), caldav (an app password for CalDAV apps), or both',
    ),
  })
  .meta({ id: 'ApiKeyBody' });

export const ApiKeySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    start: z.string().describe('The beginning of the key, to recognise it'),
    expires_at: z.iso.datetime().nullable(),
    last_used_at: z.iso.datetime().nullable(),
    scopes: z
      .array(z.enum(API_KEY_SCOPES))
      .describe('Where the key works: api (REST, MCP), caldav (CalDAV apps)'),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'ApiKey' });

export const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z.string().describe('The key. Shown once: store it now.'),
}).meta({ id: 'CreatedApiKey' });

export const ApiKeyListSchema = z.object({ api_keys: z.array(ApiKeySchema) }).meta({ id: 'ApiKeyList' });

export const ApiKeyParamsSchema = z.strictObject({
  user_id: z.string().min(1).max(255),
  id: idParam('API key id'),
});

export type ApiKeyInput = z.output<typeof ApiKeyInputSchema>;
