import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/** Chat conversations; the server keeps nothing between requests, so history lives here. */
export const conversations = pgTable(
  'conversations',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    title: text('title').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('conversations_user_updated_idx').on(t.userId, t.updatedAt, t.id)],
);

/** One message of a conversation; an assistant message keeps the tool calls it made. */
export const messages = pgTable(
  'messages',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id').notNull(),
    conversationId: bigint('conversation_id', { mode: 'number' })
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'assistant'] }).notNull(),
    content: text('content').notNull(),
    toolCalls: jsonb('tool_calls').$type<unknown[]>(),
    /** What the agent waits for after this reply (a question it put), handed back next turn (AgentState). */
    state: jsonb('state').$type<Record<string, unknown>>(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('messages_conversation_idx').on(t.conversationId, t.id),
    check('messages_role', sql`${t.role} in ('user', 'assistant')`),
  ],
);

/**
 * A user's own model for the assistant (Settings): an OpenAI-compatible endpoint, its model and
 * key, used instead of the server's (OPENAI_*). The key is stored sealed (SecretBox, purpose
 * "model keys") and never returned; the endpoint follows the webhooks' rule on private addresses.
 */
export const userModelSettings = pgTable(
  'user_model_settings',
  {
    userId: text('user_id').primaryKey(),
    baseUrl: text('base_url').notNull(),
    model: text('model').notNull(),
    apiKeySealed: text('api_key_sealed'),
    mode: text('mode', { enum: ['auto', 'agent', 'plan'] })
      .notNull()
      .default('auto'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [check('user_model_settings_mode', sql`${t.mode} in ('auto', 'agent', 'plan')`)],
);
