// The task contract: one zod schema per shape drives request validation, response
// serialization and the OpenAPI document. The presenter turns service results into this shape.
import { z } from 'zod';
import type { Task } from './tasks.service.js';

const codePoints = (s: string) => [...s].length;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is refused
const hasNul = (s: string) => /\u0000/.test(s);

const text = (field: string, max: number) =>
  z
    .string()
    .refine((s) => !hasNul(s), `${field} must not contain NUL characters`)
    // A lone UTF-16 surrogate would be silently replaced by U+FFFD on storage: refuse it instead.
    .refine((s) => s.isWellFormed(), `${field} must be valid Unicode text`)
    .refine((s) => codePoints(s) <= max, `${field} must be at most ${max} characters`);

export const TitleSchema = z
  .string()
  .trim()
  .min(1, 'title must not be empty')
  .pipe(text('title', 200))
  .meta({ description: 'Task title, 1-200 characters (surrounding spaces are trimmed)', maxLength: 200 });

export const DescriptionSchema = text('description', 1000)
  .nullable()
  .meta({ description: 'Optional longer text, up to 1000 characters', maxLength: 1000 });

export const TaskInputSchema = z
  .strictObject({
    title: TitleSchema,
    description: DescriptionSchema.optional(),
    completed: z.boolean().optional(),
  })
  .meta({
    id: 'TaskBody',
    description: 'A whole task: POST creates it, PUT replaces it (omitted fields reset).',
  });

export const TaskPatchSchema = z
  .strictObject({
    title: TitleSchema.optional(),
    description: DescriptionSchema.optional(),
    completed: z.boolean().optional(),
  })
  .meta({ id: 'TaskPatch', description: 'Fields to change; at least one.' });

export const CompletionSchema = z
  .strictObject({ completed: z.boolean() })
  .nullish()
  .meta({ description: 'Omit the body to toggle; send {"completed": bool} to set (idempotent).' });

export const TaskSchema = z
  .object({
    id: z.number().int(),
    user_id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    completed: z.boolean(),
    completed_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'Task' });

export const SORTS = ['created', '-created', 'updated', '-updated', 'title', '-title'] as const;
export const STATUSES = ['all', 'pending', 'completed'] as const;

export const ListQuerySchema = z.strictObject({
  status: z.enum(STATUSES).default('all'),
  sort: z.enum(SORTS).default('-created').describe('Order; prefix "-" for descending. Ties break by id.'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1024).optional().describe('Opaque: the next_cursor of the previous page'),
});

export const TaskListSchema = z
  .object({
    tasks: z.array(TaskSchema),
    count: z.number().int().describe('How many tasks match the filter, over all pages'),
    next_cursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
  })
  .meta({ id: 'TaskList' });

export const UserParamsSchema = z.strictObject({
  user_id: z.string().min(1).max(255).describe('Your user id, or "me"'),
});

export const TaskParamsSchema = UserParamsSchema.extend({
  id: z
    .string()
    .regex(/^[0-9]+$/, 'must be a positive integer')
    .transform(Number)
    .describe('Task id'),
});

export type TaskInput = z.output<typeof TaskInputSchema>;
export type TaskPatch = z.output<typeof TaskPatchSchema>;
export type ListQuery = z.output<typeof ListQuerySchema>;
export type TaskJson = z.output<typeof TaskSchema>;

export function toTaskJson(task: Task): TaskJson {
  return {
    id: task.id,
    user_id: task.userId,
    title: task.title,
    description: task.description,
    completed: task.completed,
    completed_at: task.completedAt ? task.completedAt.toISOString() : null,
    created_at: task.createdAt.toISOString(),
    updated_at: task.updatedAt.toISOString(),
  };
}
