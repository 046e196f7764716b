// The list contract: a user's lists (projects) with their task counts. Tasks without a list are in
// the Inbox, which is not a list of its own.
import { z } from 'zod';
import { type LIST_PERMISSIONS, ROLES } from '../../platform/access/rules.js';
import { idParam, UserParamsSchema } from '../../platform/http/params.js';

/** Lists one user may have. */
export const MAX_LISTS = 500;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * Bidirectional embeddings, overrides and isolates: a name shown to every member must not reorder
 * the text around it (a right-to-left override can make "Groceries" read as something else).
 * Right-to-left names need none of them: the letters carry their direction.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** Something a person can see: not only spaces and invisible format characters (U+200B...). */
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Cc}]/u;

/** A name people see (of a list, a section): 1-100 printable characters, trimmed, in NFC. */
export const visibleName = (description: string) =>
  z
    .string()
    .max(400)
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, 'name must not be empty')
        .refine((s) => s.isWellFormed() && !CONTROL.test(s), 'name must be printable text')
        .refine((s) => VISIBLE.test(s), 'name must have a visible character')
        .refine((s) => !BIDI_CONTROL.test(s), 'name must not hold bidirectional override characters')
        .refine((s) => [...s].length <= 100, 'name must be at most 100 characters'),
    )
    .meta({ description, maxLength: 100 });

export const ListNameSchema = visibleName(
  'The list’s name, 1-100 characters (surrounding spaces are trimmed)',
);

export const ListColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'color must be #rrggbb')
  .transform((s) => s.toLowerCase())
  .nullable()
  .meta({ description: 'A color as #rrggbb (answered in lower case); null: the default color' });

const PositionSchema = z.number().refine(Number.isFinite, 'position must be a finite number').meta({
  description: 'Order in the sidebar, ascending: send the midpoint of two lists to move between them',
});

export const ListInputSchema = z
  .strictObject({
    name: ListNameSchema,
    color: ListColorSchema.optional(),
    position: PositionSchema.optional().describe('Default: after every other list'),
  })
  .meta({ id: 'ListBody' });

export const ListPatchSchema = z
  .strictObject({
    name: ListNameSchema.optional(),
    color: ListColorSchema.optional(),
    position: PositionSchema.optional(),
    archived: z.boolean().optional().describe('Archived lists keep their tasks but leave the sidebar'),
  })
  .refine(
    (patch) => Object.keys(patch).length > 0,
    'send at least one field: name, color, position or archived',
  )
  .meta({ id: 'ListPatch' });

const PERMISSION_TEXT: Record<keyof typeof LIST_PERMISSIONS, string> = {
  update: 'rename, recolour, reorder or archive the list',
  delete: 'delete the list',
  share: 'invite people, change their roles, remove them',
  leave: 'leave the list (members)',
  create_tasks: 'add tasks to it, or move tasks into it',
  update_tasks: 'change, complete, reorder and move its tasks',
  delete_tasks: 'delete its tasks',
  update_sections: 'add, rename, reorder and delete its sections',
  comment: 'comment on its tasks',
};

export const ListPermissionsSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(PERMISSION_TEXT).map(([name, text]) => [name, z.boolean().describe(`May ${text}`)]),
    ) as Record<keyof typeof LIST_PERMISSIONS, z.ZodBoolean>,
  )
  .describe(
    'What you may do with this list and its tasks (from your role; the same rules the server enforces). ' +
      'A task in no list (the Inbox) is always yours to change.',
  )
  .meta({ id: 'ListPermissions' });

export const ListSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    color: z.string().nullable(),
    position: z.number(),
    archived: z.boolean(),
    open_count: z.number().int().describe('Tasks in the list not yet completed (subtasks included)'),
    total_count: z.number().int().describe('All tasks in the list (subtasks included)'),
    owner_id: z.string().describe("The list's owner: you, or whoever shared it with you"),
    role: z.enum(ROLES).describe('Yours: owner; editor (reads and writes its tasks); viewer (reads them)'),
    permissions: ListPermissionsSchema,
    member_count: z.number().int().describe('People it is shared with besides its owner; 0: not shared'),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'List' });

export const ListListSchema = z.object({ lists: z.array(ListSchema) }).meta({ id: 'ListList' });

export const ListsQuerySchema = z.strictObject({
  archived: z
    .enum(['true', 'false'])
    .transform((s) => s === 'true')
    .optional()
    .describe('true: archived lists only; false: active lists only; omitted: all'),
});

export const ListParamsSchema = UserParamsSchema.extend({
  id: idParam('List id'),
});

export const ListDeleteQuerySchema = z.strictObject({
  tasks: z
    .enum(['inbox', 'delete'])
    .default('inbox')
    .describe('inbox (default): its tasks move to the Inbox; delete: its tasks are deleted with it'),
});

export type ListInput = z.output<typeof ListInputSchema>;
export type ListPatch = z.output<typeof ListPatchSchema>;
export type ListJson = z.output<typeof ListSchema>;
