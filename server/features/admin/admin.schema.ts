// The administration contract (/api/admin): the server's accounts as an administrator sees them
// (counts, never tasks), what an administrator may do to one, and the log of what they did.
import { z } from 'zod';
import { ADMIN_ACTIONS } from '../../platform/db/schema.js';
import { SignupModeSchema } from '../accounts/accounts.schema.js';
import { ModelModeSchema, modelEndpointBody } from '../assistant/endpoint.schema.js';

const userId = z.string().min(1).max(255).describe("The account's user id");

export const AdminUserParamsSchema = z.strictObject({ id: userId });

const limit = z.coerce.number().int().min(1).max(200).default(50).describe('Rows per page (1-200)');
const cursor = z.string().max(1024).optional().describe('Opaque: the next_cursor of the previous page');
const nextCursor = z.string().nullable().describe('Pass as cursor for the next page; null on the last page');

export const AdminUserQuerySchema = z.strictObject({
  limit,
  cursor,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(254)
    .optional()
    .describe('Only accounts whose email starts with this (case-insensitive)'),
});

export const AdminUserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    created_at: z.iso.datetime(),
    last_active_at: z.iso
      .datetime()
      .nullable()
      .describe(
        'The latest recorded use: a session signed in or refreshed, or an API key used (recorded at most once a minute); JWT requests are not recorded. Null when none is recorded',
      ),
    tasks: z.number().int().describe('How many tasks the account owns (counts only: never their titles)'),
    lists: z.number().int().describe('How many lists the account owns'),
    email_verified: z.boolean(),
    is_admin: z.boolean(),
    disabled: z.boolean(),
    disabled_at: z.iso.datetime().nullable(),
  })
  .meta({ id: 'AdminUser' });

export const AdminUserPageSchema = z
  .object({ users: z.array(AdminUserSchema), next_cursor: nextCursor })
  .meta({ id: 'AdminUserPage' });

export const AdminRoleBodySchema = z
  .strictObject({
    is_admin: z.boolean().describe('true: make the account an administrator; false: unmake it'),
  })
  .meta({ id: 'AdminRoleBody' });

export const AdminDeleteQuerySchema = z.strictObject({
  shared_lists: z
    .enum(['transfer', 'delete'])
    .describe(
      "What happens to the account's lists shared with others: `transfer` hands each to its longest-standing editor (else viewer) with its tasks; `delete` deletes them",
    ),
});

export const AdminActionSchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    actor_id: z.string().describe("The administrator's user id, or `cli` for `npm run admin`"),
    actor_email: z.string().nullable(),
    action: z.enum(ADMIN_ACTIONS),
    target_id: z.string(),
    target_email: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).describe('What else the action took (a deletion: its lists)'),
  })
  .meta({ id: 'AdminAction' });

export const AdminActionPageSchema = z
  .object({ actions: z.array(AdminActionSchema), next_cursor: nextCursor })
  .meta({ id: 'AdminActionPage' });

export const AdminActionQuerySchema = z.strictObject({ limit, cursor });

/** What a deletion did with each of the account's shared lists. */
export const AdminDeletionSchema = z
  .object({
    shared_lists: z.array(
      z.object({
        list_id: z.number().int(),
        outcome: z.enum(['transferred', 'deleted']),
        to: z.string().nullable().describe('The member who now owns it (transferred)'),
      }),
    ),
  })
  .meta({ id: 'AdminDeletion' });

export const AdminBackupSchema = z
  .object({
    name: z.string().describe('The file name in BACKUP_DIR'),
    bytes: z.number().int(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'AdminBackup' });

export const AdminBackupListSchema = z
  .object({
    backups: z.array(AdminBackupSchema),
    every_minutes: z
      .number()
      .nullable()
      .describe('BACKUP_EVERY in minutes; null when backups are made only on demand'),
    keep: z.number().int().describe('BACKUP_KEEP: how many of the newest are kept'),
  })
  .meta({ id: 'AdminBackupList' });

export const AdminInvitationSchema = z
  .object({
    id: z.number().int(),
    note: z.string().nullable().describe('Whom it is for, as the administrator noted it'),
    created_at: z.iso.datetime(),
    expires_at: z.iso.datetime(),
    used_at: z.iso.datetime().nullable(),
    used_by_email: z
      .string()
      .nullable()
      .describe('The account made with it (null once that account is gone)'),
    status: z.enum(['pending', 'used', 'expired']),
  })
  .meta({ id: 'AdminInvitation' });

export const AdminSignupSchema = z
  .object({
    mode: SignupModeSchema,
    set_by_administrator: z.boolean().describe('Whether an administrator set the mode; else SIGNUP decides'),
    environment_mode: SignupModeSchema.describe("SIGNUP: the mode when the administrators' is cleared"),
    invitations: z
      .array(AdminInvitationSchema)
      .describe('The newest 50 invitation links, used or not (never their secrets)'),
  })
  .meta({ id: 'AdminSignup' });

export const AdminSignupBodySchema = z
  .strictObject({
    mode: SignupModeSchema.nullable().describe('The mode to use; null gives the decision back to SIGNUP'),
  })
  .meta({ id: 'AdminSignupBody' });

export const AdminInvitationBodySchema = z
  .strictObject({
    note: z.string().trim().min(1).max(200).optional().describe('Whom it is for (shown in the list only)'),
    days: z.number().int().min(1).max(90).default(7).describe('Days until the link expires (1-90)'),
  })
  .meta({ id: 'AdminInvitationBody' });

export const AdminInvitationLinkSchema = z
  .object({
    id: z.number().int(),
    link: z
      .string()
      .describe('APP_URL/?signup=ID#SECRET: shown this once; anyone who opens it may make one account'),
    note: z.string().nullable(),
    expires_at: z.iso.datetime(),
  })
  .meta({ id: 'AdminInvitationLink' });

export const AdminInvitationParamsSchema = z.strictObject({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 53 - 1),
});

export type AdminUserQuery = z.output<typeof AdminUserQuerySchema>;
export type AdminActionName = (typeof ADMIN_ACTIONS)[number];

export const AdminModelSchema = z
  .object({
    source: z
      .enum(['administrator', 'environment', 'none'])
      .describe('administrator: set here; environment: OPENAI_*; none: the built-in assistant answers'),
    base_url: z.string().nullable(),
    model: z.string().nullable(),
    mode: ModelModeSchema.nullable(),
    has_key: z.boolean().describe('Whether a key is set (it is never returned)'),
    environment_model: z.string().nullable().describe('OPENAI_MODEL: what answers once this is cleared'),
  })
  .meta({ id: 'AdminModel' });

export const AdminModelBodySchema = modelEndpointBody(
  'An OpenAI-compatible endpoint; any address (Ollama on localhost too)',
).meta({ id: 'AdminModelBody' });
