// The saved filters contract: a name and a query in the filter language (docs/api.md, "Filters"),
// answered with the count of open tasks the query matches.
import { z } from 'zod';
import { FILTER_LIMITS, FilterError, parseFilter } from '#shared/filter/filter.js';
import { idParam, UserParamsSchema } from '../../platform/http/params.js';
import { ListColorSchema, visibleName } from '../lists/lists.schema.js';

/** Saved filters one user may have. */
export const MAX_SAVED_FILTERS = 50;

const FilterNameSchema = visibleName('The filter’s name, 1-100 characters (surrounding spaces are trimmed)');

/** A query that reads: its mistake is a validation error naming the position, as a list request's is. */
const FilterQuerySchema = z
  .string()
  .max(FILTER_LIMITS.length)
  .transform((s) => s.trim())
  .superRefine((query, ctx) => {
    try {
      parseFilter(query);
    } catch (error) {
      if (!(error instanceof FilterError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
    }
  })
  .meta({
    description: 'The filter, e.g. `(today | overdue) & #Work`, at most 500 characters',
    maxLength: FILTER_LIMITS.length,
  });

const PositionSchema = z.number().refine(Number.isFinite, 'position must be a finite number').meta({
  description: 'Order in the sidebar, ascending: send the midpoint of two filters to move between them',
});

export const SavedFilterInputSchema = z
  .strictObject({
    name: FilterNameSchema,
    query: FilterQuerySchema,
    color: ListColorSchema.optional(),
    position: PositionSchema.optional().describe('Default: after every other filter'),
  })
  .meta({ id: 'SavedFilterBody' });

export const SavedFilterPatchSchema = z
  .strictObject({
    name: FilterNameSchema.optional(),
    query: FilterQuerySchema.optional(),
    color: ListColorSchema.optional(),
    position: PositionSchema.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'send at least one field: name, query, color or position')
  .meta({ id: 'SavedFilterPatch' });

export const SavedFilterSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    query: z.string(),
    color: z.string().nullable(),
    position: z.number(),
    open_count: z.number().int().describe('Open (not completed) tasks the query matches now'),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'SavedFilter' });

export const SavedFilterListSchema = z.object({ filters: z.array(SavedFilterSchema) });

export const SavedFilterParamsSchema = UserParamsSchema.extend({ id: idParam('The saved filter') });

export type SavedFilterInput = z.output<typeof SavedFilterInputSchema>;
export type SavedFilterPatch = z.output<typeof SavedFilterPatchSchema>;
export type SavedFilterJson = z.output<typeof SavedFilterSchema>;
