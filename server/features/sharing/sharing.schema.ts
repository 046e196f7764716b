// The sharing contract: a list's members and invitations, and comments on tasks.
import { z } from 'zod';
import { MEMBER_ROLES, ROLES } from '../../platform/access/rules.js';
import { idParam, UserParamsSchema } from '../../platform/http/params.js';
import { ListParamsSchema } from '../lists/lists.schema.js';
import { TaskParamsSchema } from '../tasks/tasks.schema.js';

/** People one list may be shared with (members and pending invitations together). */
export const MAX_MEMBERS = 100;
/** Invitations one account may send per hour. */
export const INVITATIONS_PER_HOUR = 30;

const MemberRoleSchema = z
  .enum(MEMBER_ROLES)
  .describe('editor: reads and writes the list’s tasks; viewer: reads them');

export const InviteSchema = z
  .strictObject({
    email: z
      .string()
      .max(254)
      .transform((s) => s.trim().toLowerCase())
      .pipe(z.email('email must be an email address')),
    role: MemberRoleSchema.default('editor'),
  })
  .meta({ id: 'InvitationBody' });

/** The secret of an invitation link: 32 random bytes, base64url. */
export const InvitationTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'must be the secret of an invitation link')
  .describe('The secret after "#" in the invitation link');

export const AcceptBodySchema = z.strictObject({ token: InvitationTokenSchema.optional() }).nullish().meta({
  description: 'Omit the body to answer an invitation to your verified address; send {"token"} for a link',
});

export const MemberPatchSchema = z.strictObject({ role: MemberRoleSchema }).meta({ id: 'MemberPatch' });

export const MemberSchema = z
  .object({
    user_id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    role: z.enum(ROLES),
    joined_at: z.iso.datetime().describe('When they joined (for the owner: when the list was made)'),
  })
  .meta({ id: 'Member' });

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;

export const InvitationSchema = z
  .object({
    id: z.number().int(),
    list_id: z.number().int(),
    email: z.string(),
    role: MemberRoleSchema,
    status: z.enum(INVITATION_STATUSES),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'Invitation', description: 'An invitation as its list’s owner sees it' });

export const CreatedInvitationSchema = InvitationSchema.extend({
  link: z
    .url()
    .describe(
      'A one-time link to the invitation, shown only now: whoever opens it signed in joins the list (for ' +
        'someone whose address is not verified, or a server without email). Inviting the address again ' +
        'makes a new link and ends this one.',
    ),
}).meta({ id: 'CreatedInvitation' });

export const MembersSchema = z
  .object({
    members: z.array(MemberSchema).describe('The owner first, then members in the order they joined'),
    invitations: z.array(InvitationSchema).describe('Pending invitations (only the owner sees them)'),
  })
  .meta({ id: 'MemberList' });

export const ReceivedInvitationSchema = z
  .object({
    id: z.number().int(),
    list: z.object({ id: z.number().int(), name: z.string() }),
    role: MemberRoleSchema,
    invited_by: z.object({ name: z.string(), email: z.string().nullable() }),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'ReceivedInvitation', description: 'An invitation to you, pending your answer' });

export const ReceivedInvitationsSchema = z
  .object({ invitations: z.array(ReceivedInvitationSchema) })
  .meta({ id: 'ReceivedInvitationList' });

export const MemberParamsSchema = ListParamsSchema.extend({
  member_id: z.string().min(1).max(255).describe('The member’s user id'),
});
export const ListInvitationParamsSchema = ListParamsSchema.extend({
  invitation_id: idParam('Invitation id'),
});
export const InvitationParamsSchema = UserParamsSchema.extend({ id: idParam('Invitation id') });

// Comments

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters other than newlines are refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const CommentBodySchema = z
  .strictObject({
    body: z
      .string()
      .max(8000)
      .transform((s) => s.normalize('NFC').trim())
      .pipe(
        z
          .string()
          .min(1, 'body must not be empty')
          .refine((s) => s.isWellFormed() && !CONTROL.test(s), 'body must be printable text')
          .refine((s) => [...s].length <= 2000, 'body must be at most 2000 characters'),
      )
      .meta({
        description: 'The comment, 1-2000 characters (surrounding spaces are trimmed)',
        maxLength: 2000,
      }),
  })
  .meta({ id: 'CommentBody' });

export const CommentSchema = z
  .object({
    id: z.number().int(),
    task_id: z.number().int(),
    author: z.object({ id: z.string(), name: z.string() }),
    body: z.string(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'Comment' });

export const CommentListSchema = z
  .object({ comments: z.array(CommentSchema).describe('Oldest first') })
  .meta({ id: 'CommentList' });

export const CommentParamsSchema = TaskParamsSchema.extend({ comment_id: idParam('Comment id') });

// Activity

export const ACTIVITY_ACTIONS = ['created', 'updated', 'completed', 'reopened', 'moved', 'deleted'] as const;

export const ActivitySchema = z
  .object({
    id: z.number().int(),
    task_id: z.number().int(),
    task_title: z.string().describe('The title after the change (before it, for a deletion)'),
    action: z.enum(ACTIVITY_ACTIONS),
    changes: z
      .array(z.string())
      .describe(
        'For updated and moved: the fields that changed (title, description, priority, tags, due, recurrence, ' +
          'reminders, list, parent, position, assignee)',
      ),
    actor: z.object({ id: z.string(), name: z.string() }).describe('Who did it'),
    at: z.iso.datetime(),
  })
  .meta({ id: 'Activity' });

export const ActivityPageSchema = z
  .object({
    activity: z.array(ActivitySchema).describe('Newest first'),
    next_before: z.number().int().nullable().describe('Pass as before for the next page; null on the last'),
  })
  .meta({ id: 'ActivityPage' });

export const ActivityQuerySchema = z.strictObject({
  before: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('Entries before this id'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export type ActivityJson = z.output<typeof ActivitySchema>;
export type ActivityQuery = z.output<typeof ActivityQuerySchema>;
export type Invite = z.output<typeof InviteSchema>;
export type MemberJson = z.output<typeof MemberSchema>;
export type InvitationJson = z.output<typeof InvitationSchema>;
export type ReceivedInvitationJson = z.output<typeof ReceivedInvitationSchema>;
export type CommentJson = z.output<typeof CommentSchema>;
