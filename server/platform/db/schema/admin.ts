import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from './columns.js';

/** What an administrator (or `npm run admin`) can do, as the log names it; the contract reuses it. */
export const ADMIN_ACTIONS = [
  'disable',
  'enable',
  'password-reset',
  'verification',
  'make-admin',
  'unmake-admin',
  'delete',
  'backup',
  'signup-mode',
  'invite',
  'revoke-invitation',
  'server-model',
] as const;

/**
 * The log of administrator actions (server/features/admin/): who did what to whom, when. Written in
 * the transaction of the change it records. Ids and emails are copied, not referenced: the log
 * outlives the accounts it names (a deleted account, a deleted administrator).
 */
export const adminActions = pgTable(
  'admin_actions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: instant('at').notNull().defaultNow(),
    /** The administrator's user id, or 'cli' for `npm run admin`. A backup's target is its file name. */
    actorId: text('actor_id').notNull(),
    actorEmail: text('actor_email'),
    action: text('action', {
      enum: ADMIN_ACTIONS,
    }).notNull(),
    targetId: text('target_id').notNull(),
    targetEmail: text('target_email'),
    /** What else the action took (a deletion's shared-lists mode and what happened to each list). */
    detail: jsonb('detail').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    index('admin_actions_target_idx').on(t.targetId, t.id),
    check(
      'admin_actions_action',
      sql`${t.action} in (${sql.raw(ADMIN_ACTIONS.map((a) => `'${a}'`).join(', '))})`,
    ),
  ],
);

/**
 * The server's settings an administrator changes at run time (one row): the sign-up mode, which
 * overrides SIGNUP while it is set (null: SIGNUP decides); the assistant's model, which overrides
 * OPENAI_* while its base URL is set (its key sealed, never returned).
 */
export const serverSettings = pgTable(
  'server_settings',
  {
    one: boolean('one').primaryKey().default(true),
    signup: text('signup', { enum: ['open', 'invite', 'closed'] }),
    modelBaseUrl: text('model_base_url'),
    modelName: text('model_name'),
    modelKeySealed: text('model_key_sealed'),
    modelMode: text('model_mode', { enum: ['auto', 'agent', 'plan'] }),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    updatedBy: text('updated_by'),
  },
  (t) => [
    check('server_settings_one', sql`${t.one}`),
    check('server_settings_signup', sql`${t.signup} in ('open', 'invite', 'closed')`),
  ],
);

/**
 * Invitations to make an account (an administrator's one-time links, for sign-up by invitation):
 * only the SHA-256 of the link's secret is kept. Used once, before it expires; revoked by deleting.
 */
export const serverInvitations = pgTable(
  'server_invitations',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: text('token_hash').notNull().unique(),
    /** Whom it is for, as the administrator noted it (any address may use the link). */
    note: text('note'),
    createdBy: text('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    usedBy: text('used_by'),
  },
  (t) => [index('server_invitations_created_idx').on(t.createdAt)],
);
