// The contract of moving a task (POST .../move) and of bulk actions (POST .../tasks/bulk).
import { z } from 'zod';
import {
  DueAtSchema,
  DueDateSchema,
  ListIdSchema,
  MAX_ID,
  ParentIdSchema,
  PrioritySchema,
  SectionIdSchema,
  TagsSchema,
  TaskSchema,
} from './tasks.schema.js';

/** Where POST .../move takes a task. */
export const MoveSchema = z
  .strictObject({
    list_id: ListIdSchema.optional().describe(
      'Another list of yours, or null for the Inbox; a task moved without a parent becomes top-level there',
    ),
    section_id: SectionIdSchema.optional().describe(
      'A section of the list it ends up in, or null for none; omitted: it keeps its section within its list, ' +
        'takes its new sibling’s with before_id or after_id, and has none in another list',
    ),
    parent_id: ParentIdSchema.optional().describe('Another parent (a task of yours), or null for top level'),
    before_id: z.number().int().min(1).max(MAX_ID).optional().describe('Place it just before this sibling'),
    after_id: z.number().int().min(1).max(MAX_ID).optional().describe('Place it just after this sibling'),
  })
  .superRefine((move, ctx) => {
    if (move.before_id !== undefined && move.after_id !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['after_id'], message: 'give before_id or after_id, not both' });
    }
    if (Object.keys(move).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give list_id, section_id, parent_id, before_id or after_id',
      });
    }
  })
  .meta({
    id: 'TaskMove',
    description:
      'Omitted fields keep what the task has. With before_id or after_id the task joins that sibling’s list and ' +
      'parent. Subtasks move with their parent.',
  });

/** Tasks one bulk action may name. */
export const MAX_BULK = 500;

const BulkIdsSchema = z
  .array(z.number().int().min(1).max(MAX_ID))
  .min(1, 'name at least one task')
  .max(MAX_BULK, `at most ${MAX_BULK} tasks per bulk action`)
  .describe(`The tasks, up to ${MAX_BULK} of yours; one that is not yours fails the whole action (404)`);

const bulk = <A extends string, F extends z.ZodRawShape>(action: A, fields: F, description: string) =>
  z.strictObject({ action: z.literal(action), ids: BulkIdsSchema, ...fields }).meta({ description });

export const BulkSchema = z
  .discriminatedUnion('action', [
    bulk(
      'complete',
      {},
      'Complete them (and their open subtasks); recurring ones move to their next occurrence',
    ),
    bulk('reopen', {}, 'Reopen them, and the subtasks completed with them'),
    bulk('delete', {}, 'Delete them and their subtasks'),
    bulk(
      'move',
      { list_id: ListIdSchema },
      'Move them with their subtasks to a list (null: the Inbox); one whose parent stays behind becomes top-level',
    ),
    bulk('set_priority', { priority: PrioritySchema }, 'Set their priority'),
    bulk(
      'add_tags',
      { tags: TagsSchema.pipe(z.array(z.string()).min(1, 'give at least one tag')) },
      'Add tags',
    ),
    bulk(
      'remove_tags',
      { tags: TagsSchema.pipe(z.array(z.string()).min(1, 'give at least one tag')) },
      'Remove tags',
    ),
    bulk(
      'set_due',
      { due_date: DueDateSchema.optional(), due_at: DueAtSchema.optional() },
      'Set their due moment (due_date or due_at); neither: clear it (refused for recurring tasks)',
    ),
    bulk(
      'shift_due',
      {
        days: z
          .number()
          .int()
          .min(-3650)
          .max(3650)
          .refine((n) => n !== 0, 'days must not be 0'),
      },
      'Move their due moments by whole days in your time zone (timed ones keep their time); undated ones stay',
    ),
  ])
  .meta({ id: 'BulkAction' });

export const BulkResultSchema = z
  .object({
    action: z.string(),
    changed: z.number().int().describe('Tasks written: those named that changed, and subtasks that followed'),
    tasks: z
      .array(TaskSchema)
      .describe('The tasks named, as they are now, in the order given (empty after delete)'),
  })
  .meta({ id: 'BulkResult' });

export type MoveInput = z.output<typeof MoveSchema>;
export type BulkInput = z.output<typeof BulkSchema>;
