// Quick add's contract: the request and parse shapes, and a parse turned into a task input. The
// parser itself (quickadd.ts) is pure; the service (readQuickAdd, quickAdd) runs it for an owner.
import { z } from 'zod';
import type { QuickAddParse } from '#shared/quickadd/quickadd.js';
import { invalid } from '../../platform/errors.js';
import {
  ListIdSchema,
  ParentIdSchema,
  PRIORITIES,
  SectionIdSchema,
  type TaskInput,
  TaskInputSchema,
} from './tasks.schema.js';

export const QuickAddBodySchema = z
  .strictObject({
    text: z
      .string()
      .trim()
      .min(1, 'text must not be empty')
      .max(500, 'text must be at most 500 characters')
      .describe('One line, e.g. "Pay rent on the 1st at 9am #bills !high"'),
    list_id: ListIdSchema.optional().describe('Create it in this list of yours (default: the Inbox)'),
    section_id: SectionIdSchema.optional().describe('Create it in this section of the list'),
    parent_id: ParentIdSchema.optional().describe('Create it as a subtask of this task of yours'),
    keep: z
      .array(z.string().max(500, 'each kept piece must be at most 500 characters'))
      .max(20, 'keep at most 20 pieces')
      .optional()
      .describe(
        'Pieces of text (as in `matches`) to keep in the title instead of reading them, e.g. a preview chip the person removed',
      ),
  })
  .meta({ id: 'QuickAdd' });

export const QuickAddQuerySchema = z.strictObject({
  dry_run: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: answer the parse without creating the task'),
});

const QUICK_ADD_KINDS = [
  'priority',
  'tag',
  'list',
  'section',
  'assignee',
  'reminder',
  'date',
  'time',
  'recurrence',
  'duration',
  'deadline',
] as const;

export const QuickAddParseSchema = z
  .object({
    title: z.string(),
    priority: z.enum(PRIORITIES).nullable().describe('null when the text names none'),
    tags: z.array(z.string()).describe('From #tag (a # that names no list of yours) and @label'),
    due_date: z.string().nullable(),
    due_at: z.string().nullable(),
    recurrence: z
      .string()
      .nullable()
      .describe(
        'RRULE read from phrases like "every monday", with COUNT or UNTIL from "for 10 times", "until dec 31"',
      ),
    recurrence_from: z
      .enum(['due', 'completion'])
      .describe('What the repeat counts from: "completion" for "every!" and "after 3 days"'),
    duration: z.number().int().nullable().describe('Minutes, from "for 45 min" or "for 2h"'),
    deadline: z.string().nullable().describe('YYYY-MM-DD, from a date in braces: "{march 30}"'),
    list: z.string().nullable().describe('The list "#Name" named (one of yours or shared with you), or null'),
    list_id: z.number().int().nullable(),
    section: z.string().nullable().describe('The section "/Name" named, in the list the task goes to'),
    section_id: z.number().int().nullable(),
    assignee: z.string().nullable().describe('The person "+name" named, a member of the shared list'),
    assignee_id: z.string().nullable(),
    reminders: z
      .array(z.union([z.object({ minutes_before: z.number().int() }), z.object({ at: z.string() })]))
      .describe('From "remind me 1 hour before", "remind me at 8am", {30m}, {8:00}'),
    matches: z
      .array(z.object({ text: z.string(), kind: z.enum(QUICK_ADD_KINDS) }))
      .describe('The pieces of text that were read, in order'),
    unread: z
      .array(z.object({ text: z.string(), kind: z.enum(['section', 'assignee']), reason: z.string() }))
      .describe('Pieces that looked like a section or person but were kept in the title, and why'),
  })
  .meta({ id: 'QuickAddParse' });

/** The task a parse describes, validated like any POST body (so limits hold). */
export function quickAddInput(parse: QuickAddParse): TaskInput {
  const result = TaskInputSchema.safeParse({
    title: parse.title,
    priority: parse.priority ?? 'none',
    tags: parse.tags,
    due_date: parse.due_date,
    due_at: parse.due_at,
    recurrence: parse.recurrence,
    ...(parse.recurrence && parse.recurrence_from === 'completion' ? { recurrence_from: 'completion' } : {}),
    ...(parse.duration !== null ? { duration: parse.duration } : {}),
    ...(parse.deadline !== null ? { deadline: parse.deadline } : {}),
    ...(parse.reminders.length > 0 ? { reminders: parse.reminders } : {}),
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalid(
      'text',
      `gives a task that is not valid: ${issue?.path.join('.')} ${issue?.message}`,
      'body',
    );
  }
  return result.data;
}
