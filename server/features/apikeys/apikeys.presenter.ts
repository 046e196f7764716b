// An API key as the contract shows it: snake_case, ISO 8601 UTC times, never the key's hash.
import type { z } from 'zod';
import type { ApiKeySchema, ApiKeyScope } from './apikeys.schema.js';
import type { ApiKey } from './apikeys.service.js';

export function toApiKeyJson(key: ApiKey): z.output<typeof ApiKeySchema> {
  return {
    id: key.id,
    name: key.name,
    start: key.start,
    expires_at: key.expiresAt?.toISOString() ?? null,
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    scopes: key.scopes as ApiKeyScope[],
    created_at: key.createdAt.toISOString(),
  };
}
