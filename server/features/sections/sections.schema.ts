// The section contract: named groups of a list's tasks, in an order of their own (a board shows a
// column per section). A task's section is its `section_id` (tasks.schema.ts).
import { z } from 'zod';
import { idParam, UserParamsSchema } from '../../platform/http/params.js';
import { visibleName } from '../lists/lists.schema.js';

/** Sections one list may have. */
export const MAX_SECTIONS = 200;

const MAX_ID = Number.MAX_SAFE_INTEGER;
const IdSchema = z.number().int().min(1).max(MAX_ID);

export const SectionNameSchema = visibleName(
  'The section’s name, 1-100 characters (surrounding spaces are trimmed)',
);

const PositionSchema = z.number().refine(Number.isFinite, 'position must be a finite number').meta({
  description: 'Order in its list, ascending: send the midpoint of two sections to move between them',
});

/** Where a section goes among its list's sections: a position, or beside another section. */
const placeFields = {
  position: PositionSchema.optional(),
  before_id: IdSchema.optional().describe('Place it just before this section of the same list'),
  after_id: IdSchema.optional().describe('Place it just after this section of the same list'),
};

const onePlace = (
  place: { position?: number; before_id?: number; after_id?: number },
  ctx: z.RefinementCtx,
) => {
  const given = (['position', 'before_id', 'after_id'] as const).filter((k) => place[k] !== undefined);
  if (given.length > 1) {
    ctx.addIssue({
      code: 'custom',
      path: [given[1]!],
      message: 'give one of position, before_id or after_id',
    });
  }
};

export const SectionInputSchema = z
  .strictObject({
    list_id: IdSchema.describe('The list (yours, or shared with you as an editor)'),
    name: SectionNameSchema,
    ...placeFields,
  })
  .superRefine(onePlace)
  .meta({
    id: 'SectionBody',
    description: `A new section of a list (up to ${MAX_SECTIONS} a list): last unless placed.`,
  });

export const SectionPatchSchema = z
  .strictObject({ name: SectionNameSchema.optional(), ...placeFields })
  .superRefine((patch, ctx) => {
    if (Object.keys(patch).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'send at least one field: name, position, before_id or after_id',
      });
    }
    onePlace(patch, ctx);
  })
  .meta({ id: 'SectionPatch', description: 'Rename it, or move it among its list’s sections' });

export const SectionSchema = z
  .object({
    id: z.number().int(),
    list_id: z.number().int().describe('The list it is a section of'),
    name: z.string(),
    position: z.number().describe('Order among its list’s sections, ascending'),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'Section' });

export const SectionListSchema = z
  .object({ sections: z.array(SectionSchema).describe('In order: position, then id') })
  .meta({ id: 'SectionList' });

export const SectionsQuerySchema = z.strictObject({
  list_id: idParam('The list whose sections to answer (yours or shared with you)'),
});

export const SectionParamsSchema = UserParamsSchema.extend({
  id: idParam('Section id'),
});

export const SectionDeleteQuerySchema = z.strictObject({
  tasks: z
    .enum(['keep', 'delete'])
    .default('keep')
    .describe(
      'keep (default): its tasks stay in the list, in no section; delete: its tasks are deleted with it, ' +
        'subtasks included',
    ),
});

export type SectionInput = z.output<typeof SectionInputSchema>;
export type SectionPatch = z.output<typeof SectionPatchSchema>;
export type SectionJson = z.output<typeof SectionSchema>;
