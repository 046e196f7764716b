import { sql } from 'drizzle-orm';
import { bigint, check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/**
 * Personal API keys: only a SHA-256 hash of the key is kept; `start` is its visible beginning.
 * `scopes` says where a key works: `api` (REST and MCP), `caldav` (an app password for CalDAV).
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    name: text('name').notNull(),
    start: text('start').notNull(),
    keyHash: text('key_hash').notNull(),
    expiresAt: instant('expires_at'),
    lastUsedAt: instant('last_used_at'),
    scopes: text('scopes').array().notNull().default(sql`'{api}'::text[]`),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('api_keys_hash_idx').on(t.keyHash),
    index('api_keys_user_idx').on(t.userId, t.id),
    check(
      'api_keys_scopes',
      sql`cardinality(${t.scopes}) between 1 and 2 and ${t.scopes} <@ array['api', 'caldav']::text[]`,
    ),
  ],
);
