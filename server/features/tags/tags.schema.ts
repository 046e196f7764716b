// The tags contract: a tag with its task counts, the list of them, renaming one.
import { z } from 'zod';
import { UserParamsSchema } from '../../platform/http/params.js';
import { TagSchema } from '../tasks/tasks.schema.js';

export const TagSummarySchema = z
  .object({
    name: z.string(),
    open: z.number().int().describe('Tasks with this tag not yet completed'),
    total: z.number().int().describe('All tasks with this tag'),
  })
  .meta({ id: 'Tag' });

export const TagListSchema = z.object({ tags: z.array(TagSummarySchema) }).meta({ id: 'TagList' });

export const TagParamsSchema = UserParamsSchema.extend({
  name: TagSchema.describe('The tag (URL-encoded); case does not matter'),
});

export const TagRenameSchema = z
  .strictObject({ name: TagSchema.describe('The new name; an existing tag of that name is merged into') })
  .meta({ id: 'TagRename' });
