// The import contract: what POST /import accepts (a JSON export of Doable) and answers. Framework-
// free and database-free, so the import worker (transfer.worker.ts) validates with it too.
import { z } from 'zod';
import { ListColorSchema, ListNameSchema, MAX_LISTS } from '../lists/lists.schema.js';
import { MAX_SECTIONS, SectionNameSchema } from '../sections/sections.schema.js';
import { plainInputShape } from '../tasks/tasks.fields.js';
import {
  DescriptionSchema,
  DueAtSchema,
  DueDateSchema,
  PrioritySchema,
  RecurrenceFromSchema,
  RecurrenceSchema,
  RemindersSchema,
  TagsSchema,
  TitleSchema,
} from '../tasks/tasks.schema.js';
import { MAX_DEPTH } from '../tasks/tasks.tree.constants.js';

export const IMPORT_MAX_TASKS = 100_000;

/**
 * The largest import body, whatever BODY_LIMIT_BYTES says (that limit is for every other request).
 * An export of 100,000 tasks with short descriptions is about 45 MB; a larger file can be split
 * (re-importing tasks already there skips them, by uid).
 */
export const IMPORT_BODY_LIMIT = 48 * 1024 * 1024;

const Instant = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s).toISOString())
  .refine((s) => /^\d{4}-/.test(s) && s >= '1900', 'must be between 1900 and 9999');

/** One task of an export. id and user_id are accepted and ignored (the importer owns the copy). */
const ImportTaskSchema = z
  .strictObject({
    id: z.number().int().optional(),
    uid: z
      .uuid()
      .transform((s) => s.toLowerCase())
      .optional()
      .describe(
        'The task’s identity: a task you already have with this uid is updated (or skipped when identical) ' +
          'instead of copied. Without one the task is created.',
      ),
    user_id: z.string().max(255).optional(),
    title: TitleSchema,
    description: DescriptionSchema.optional(),
    completed: z.boolean().default(false),
    completed_at: Instant.nullable().optional(),
    priority: PrioritySchema.default('none'),
    tags: TagsSchema.default([]),
    due_date: DueDateSchema.optional(),
    due_at: DueAtSchema.optional(),
    recurrence: RecurrenceSchema.optional(),
    recurrence_from: RecurrenceFromSchema.nullable().optional(),
    reminders: RemindersSchema.default([]),
    ...plainInputShape,
    series_task_id: z
      .number()
      .int()
      .nullable()
      .optional()
      .describe('Linked to the imported copy of that task'),
    created_at: Instant.optional(),
    updated_at: Instant.optional(),
    list: ListNameSchema.nullable()
      .optional()
      .describe(
        'The name of the list the task is in (one of yours by that name, or a new one); null: the Inbox',
      ),
    list_id: z.number().int().nullable().optional().describe('Ignored: lists are matched by name'),
    section: SectionNameSchema.nullable()
      .optional()
      .describe(
        'The name of its section in its list (one by that name, or a new one); null: none. A subtask is ' +
          'in its top task’s section.',
      ),
    section_id: z.number().int().nullable().optional().describe('Ignored: sections are matched by name'),
    parent_uid: z
      .uuid()
      .transform((s) => s.toLowerCase())
      .nullable()
      .optional()
      .describe('The uid of its parent task (in this file): a subtask'),
    parent_id: z
      .number()
      .int()
      .nullable()
      .optional()
      .describe('Its parent’s id in this file, when the parent has no uid'),
    position: z.number().refine(Number.isFinite, 'must be a finite number').optional(),
    subtasks: z.object({ open: z.number(), total: z.number() }).optional().describe('Ignored: counted here'),
  })
  .superRefine((task, ctx) => {
    if (task.recurrence != null && task.due_date == null && task.due_at == null) {
      ctx.addIssue({ code: 'custom', path: ['recurrence'], message: 'needs a due_date or due_at' });
    }
    if (task.due_date != null && task.due_at != null) {
      ctx.addIssue({ code: 'custom', path: ['due_at'], message: 'give due_date or due_at, not both' });
    }
    if (task.section != null && task.list == null) {
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'a task in a section needs its list' });
    }
    if (!task.completed && task.completed_at != null) {
      ctx.addIssue({
        code: 'custom',
        path: ['completed_at'],
        message: 'must be null when completed is false',
      });
    }
  });

const ImportListSchema = z.strictObject({
  id: z.number().int().optional().describe('Ignored'),
  name: ListNameSchema,
  color: ListColorSchema.optional(),
  archived: z.boolean().default(false),
  position: z.number().refine(Number.isFinite, 'must be a finite number').optional(),
  open_count: z.number().optional(),
  total_count: z.number().optional(),
  owner_id: z.string().max(200).optional().describe('Ignored (the importer owns the list)'),
  role: z.string().max(20).optional().describe('Ignored'),
  permissions: z
    .record(z.string().max(40), z.boolean())
    .optional()
    .describe('Ignored (the importer may do everything with it)'),
  member_count: z.number().optional().describe('Ignored (an import shares nothing)'),
  sections: z
    .array(
      z.strictObject({
        id: z.number().int().optional().describe('Ignored'),
        list_id: z.number().int().optional().describe('Ignored'),
        name: SectionNameSchema,
        position: z.number().refine(Number.isFinite, 'must be a finite number').optional(),
        created_at: z.string().max(64).optional(),
        updated_at: z.string().max(64).optional(),
      }),
    )
    .max(MAX_SECTIONS)
    .default([])
    .describe('Its sections in order (matched by name, case-insensitively; missing ones are created)'),
  created_at: z.string().max(64).optional(),
  updated_at: z.string().max(64).optional(),
});

/** Subtasks name parents in the same file (by uid or id): no cycles, at most MAX_DEPTH levels. */
function treeChecked(
  tasks: { uid?: string; id?: number; parent_uid?: string | null; parent_id?: number | null }[],
  ctx: z.RefinementCtx,
) {
  const byUid = new Map<string, number>();
  const byId = new Map<number, number>();
  tasks.forEach((t, i) => {
    if (t.uid !== undefined) byUid.set(t.uid, i);
    if (t.id !== undefined) byId.set(t.id, i);
  });
  const parentOf = (i: number): number | undefined => {
    const t = tasks[i]!;
    if (t.parent_uid != null) return byUid.get(t.parent_uid);
    if (t.parent_id != null) return byId.get(t.parent_id);
    return undefined;
  };
  tasks.forEach((t, i) => {
    if (t.parent_uid == null && t.parent_id == null) return;
    let depth = 1;
    let at: number | undefined = i;
    const seen = new Set<number>();
    while (at !== undefined) {
      if (seen.has(at)) {
        ctx.addIssue({ code: 'custom', path: [i, 'parent_uid'], message: 'subtasks form a cycle' });
        return;
      }
      seen.add(at);
      at = parentOf(at);
      if (at !== undefined) depth++;
    }
    if (depth > MAX_DEPTH) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'parent_uid'],
        message: `subtasks nest at most ${MAX_DEPTH} levels deep`,
      });
    }
  });
}

export const ImportSchema = z
  .strictObject({
    format: z.literal('doable-export').describe('As written by GET /export?format=json'),
    version: z.literal(1),
    exported_at: z.string().max(64).optional(),
    time_zone: z.string().max(64).optional().describe('Informational; import does not change your settings'),
    lists: z
      .array(ImportListSchema)
      .max(MAX_LISTS)
      .default([])
      .describe('Lists to have (matched by name, case-insensitively; missing ones are created)'),
    tasks: z
      .array(ImportTaskSchema)
      .max(IMPORT_MAX_TASKS, `at most ${IMPORT_MAX_TASKS} tasks per import`)
      .superRefine((tasks, ctx) => {
        const seen = new Set<string>();
        tasks.forEach((task, i) => {
          if (task.uid === undefined) return;
          if (seen.has(task.uid)) {
            ctx.addIssue({ code: 'custom', path: [i, 'uid'], message: 'appears more than once in the file' });
          }
          seen.add(task.uid);
        });
        treeChecked(tasks, ctx);
      }),
  })
  .meta({ id: 'Import', description: 'A JSON export of Doable (GET /export?format=json).' });

export type ImportInput = z.output<typeof ImportSchema>;
export type ImportTask = ImportInput['tasks'][number];
export type ImportList = ImportInput['lists'][number];

const MadeSchema = z.strictObject({
  created: z.number().int().describe('Made by the import'),
  existing: z.number().int().describe('Already there before it'),
});

export const ImportResultSchema = z
  .object({
    imported: z
      .number()
      .int()
      .describe(
        'Tasks the import wrote: created + updated (skipped ones are left alone). ' +
          'imported + skipped is the number of tasks in the file',
      ),
    created: z.number().int().describe('Tasks that were not in your account: created'),
    updated: z
      .number()
      .int()
      .describe('Tasks you already had (same uid) that differed from the file: updated, same id'),
    skipped: z.number().int().describe('Tasks you already had (same uid), identical to the file: left alone'),
    lists: MadeSchema.describe(
      'The lists the file names (its own and its tasks’): created, or already yours',
    ),
    sections: MadeSchema.describe('The sections the file names, in their lists: created, or already there'),
    tags: MadeSchema.describe(
      'The tags (labels) the file’s tasks carry, case-insensitively: new to you, or already on some task of yours',
    ),
    left_out: z
      .strictObject({
        count: z.number().int().describe('How many rows of the file make no task'),
        rows: z
          .array(
            z.strictObject({
              line: z.number().int().describe('The line of the file the row starts on'),
              reason: z.string().describe('Why it makes no task'),
              file: z.string().optional().describe('In a Todoist backup (ZIP): the CSV file the row is in'),
            }),
          )
          .describe('The first 100 of them'),
      })
      .describe(
        'Rows of a Todoist or TickTick file that make no task (a task with no title, a note before any ' +
          'task, a row of a type the app does not write), each with its line and why; blank rows are not ' +
          'counted. Our JSON is taken whole or refused whole: none.',
      ),
    dates_as_text: z
      .strictObject({
        count: z.number().int().describe('How many dates of the file are kept as text'),
        rows: z
          .array(
            z.strictObject({
              line: z.number().int().describe('The line of the file the task’s row starts on'),
              text: z.string().describe('The date as the file writes it (at most 200 characters shown)'),
              file: z.string().optional().describe('In a Todoist backup (ZIP): the CSV file the row is in'),
              language: z
                .string()
                .optional()
                .describe(
                  'The language the file says the date is in (Todoist’s DATE_LANG), when not English',
                ),
            }),
          )
          .describe('The first 100 of them'),
      })
      .describe(
        'Dates of a Todoist or TickTick file that the time reader does not understand whole (a Todoist DATE ' +
          'such as "every other full moon", a DEADLINE, a TickTick date or repeat written as words it cannot ' +
          'read): the task is imported without that due date, repeat or deadline, and keeps the text in its ' +
          'description ("Due: ...", "Deadline: ...", "Repeat: ..."). Listed in the preview, so nothing moves ' +
          'silently; every other date is read whole. Our JSON: none.',
      ),
  })
  .meta({
    id: 'ImportResult',
    description:
      'What an import did; with ?dry_run=true, what it would do (the same decisions, nothing written).',
  });

export type ImportResult = z.output<typeof ImportResultSchema>;
