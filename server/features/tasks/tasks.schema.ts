// The task contract: one zod schema per shape drives request validation, response
// serialization and the OpenAPI document. The presenter (tasks.presenter.ts) turns service
// results into TaskSchema. Framework-free and database-free: the import worker validates with it.
import { z } from 'zod';
import { FILTER_LIMITS } from '#shared/filter/filter.js';
import { parseRule } from '#shared/recurrence/index.js';
import { idParam, UserParamsSchema } from '../../platform/http/params.js';
import { plainInputShape, plainOutputShape } from './tasks.fields.js';

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

/** The longest description, in characters (the column's check, migration 0047). */
export const DESCRIPTION_MAX = 16_000;

export const DescriptionSchema = text('description', DESCRIPTION_MAX).nullable().meta({
  description: 'Optional longer text in Markdown, up to 16,000 characters',
  maxLength: DESCRIPTION_MAX,
});

export const PRIORITIES = ['none', 'low', 'medium', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PrioritySchema = z
  .enum(PRIORITIES)
  .meta({ description: 'none (default), low, medium or high; sorts in that order' });

/** A tag's case-insensitive identity: tags match when their keys are equal. */
export const tagKey = (name: string) => name.toLowerCase();

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** One tag: surrounding spaces and a leading '#' are dropped; Unicode is normalised (NFC). */
export const TagSchema = z
  .string()
  .max(200)
  .transform((s) => s.normalize('NFC').trim().replace(/^#+/, '').trim())
  .pipe(
    z
      .string()
      .min(1, 'tag must not be empty')
      .refine((s) => s.isWellFormed() && !CONTROL.test(s), 'tag must be printable text')
      .refine((s) => codePoints(s) <= 32, 'tag must be at most 32 characters'),
  )
  .meta({
    description: 'A tag, 1-32 characters; matched case-insensitively, kept as spelled',
    maxLength: 32,
  });

/** Up to 20 tags; duplicates (ignoring case) collapse into the first spelling. */
export const TagsSchema = z
  .array(TagSchema)
  .max(20, 'a task has at most 20 tags')
  .transform((names) => {
    const seen = new Set<string>();
    return names.filter((name) => {
      const key = tagKey(name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .meta({ description: 'Up to 20 tags; duplicates that differ only in case are merged' });

/** Years 1900-9999: ISO text of those years compares correctly as strings. */
const inRange = (iso: string) => /^\d{4}-/.test(iso) && iso.slice(0, 4) >= '1900';

export const DueDateSchema = z.iso
  .date('due_date must be a calendar date YYYY-MM-DD')
  .refine(inRange, 'due_date must be between 1900 and 9999')
  .nullable()
  .meta({ description: 'All-day due date (YYYY-MM-DD) in your time zone; excludes due_at' });

export const DueAtSchema = z.iso
  .datetime({ offset: true, message: 'due_at must be an ISO 8601 instant with an offset or Z' })
  .transform((s) => new Date(s).toISOString())
  .refine(inRange, 'due_at must be between 1900 and 9999')
  .nullable()
  .meta({ description: 'Due instant (ISO 8601 with offset); excludes due_date. Answered in UTC.' });

/** An RFC 5545 RRULE body, checked and normalised ("RRULE:" accepted). */
export const RecurrenceSchema = z
  .string()
  .max(300)
  .transform((text, ctx) => {
    const parsed = parseRule(text);
    if (parsed.ok) return parsed.normalized;
    ctx.addIssue({ code: 'custom', message: `recurrence ${parsed.error}` });
    return z.NEVER;
  })
  .nullable()
  .meta({
    description:
      'RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12. Needs a due moment ' +
      '(the first occurrence). null: not recurring.',
    type: 'string',
  });

const RECURRENCE_FROM = ['due', 'completion'] as const;
export const RecurrenceFromSchema = z.enum(RECURRENCE_FROM).meta({
  description: 'due (default): a fixed schedule; completion: the next one counts from when it was done',
});

/** Relative reminders reach back at most four weeks. */
export const MAX_MINUTES_BEFORE = 40_320;

/** One reminder: at an instant, or some minutes before the due moment (following it when it moves). */
export const ReminderSchema = z
  .strictObject({
    at: z.iso
      .datetime({ offset: true, message: 'at must be an ISO 8601 instant with an offset or Z' })
      .transform((s) => new Date(s).toISOString())
      .refine(inRange, 'at must be between 1900 and 9999')
      .optional(),
    minutes_before: z
      .number()
      .int('minutes_before must be a whole number of minutes')
      .min(0, 'minutes_before must not be negative')
      .max(MAX_MINUTES_BEFORE, `minutes_before must be at most ${MAX_MINUTES_BEFORE} (4 weeks)`)
      .optional(),
  })
  .superRefine((r, ctx) => {
    if ((r.at === undefined) === (r.minutes_before === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'a reminder has either at or minutes_before (exactly one)' });
    }
  })
  .transform((r) => (r.at !== undefined ? { at: r.at } : { minutes_before: r.minutes_before ?? 0 }))
  .meta({
    description:
      '{"at": instant} or {"minutes_before": 0-40320}, counted back from due_at, or from 09:00 on an all-day ' +
      'due_date in your time zone; without a due moment a relative reminder waits for one.',
  });

/** Up to 10 reminders; repeats collapse. */
export const RemindersSchema = z
  .array(ReminderSchema)
  .max(10, 'a task has at most 10 reminders')
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((r) => {
      const key = JSON.stringify(r);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .meta({
    description:
      'Up to 10 reminders. Each fires once, as a `reminder` live event and webhook; relative ones re-arm for ' +
      'each occurrence of a recurring task. A reminder whose moment has already passed when set is not delivered.',
  });

/** A task has one due moment: an all-day date or an instant. */
function oneDueMoment(value: { due_date?: string | null; due_at?: string | null }, ctx: z.RefinementCtx) {
  if (value.due_date != null && value.due_at != null) {
    ctx.addIssue({
      code: 'custom',
      path: ['due_at'],
      message: 'give due_date (all day) or due_at (a time), not both',
    });
  }
}

/** A whole task that recurs must say when its first occurrence is due (an hourly one, at what time). */
function recurrenceHasDue(
  value: { recurrence?: string | null; due_date?: string | null; due_at?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.recurrence != null && value.due_date == null && value.due_at == null) {
    ctx.addIssue({
      code: 'custom',
      path: ['recurrence'],
      message: 'needs a due_date or due_at: the first occurrence',
    });
  } // "every 12 hours" steps from a time of day: an all-day task has none.
  if (
    value.recurrence != null &&
    /^(RRULE:)?FREQ=HOURLY/iu.test(value.recurrence.trim()) &&
    value.due_date != null
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['recurrence'],
      message: 'FREQ=HOURLY needs due_at (a time of day to count the hours from), not an all-day due_date',
    });
  }
}

export const MAX_ID = Number.MAX_SAFE_INTEGER;

export const ListIdSchema = z.number().int().min(1).max(MAX_ID).nullable().meta({
  description: 'The list the task is in (one of yours); null: the Inbox. A subtask is in its parent’s list.',
});

export const ParentIdSchema = z.number().int().min(1).max(MAX_ID).nullable().meta({
  description:
    'Makes the task a subtask of this task of yours (nesting up to 4 levels); null: a top-level task',
});

export const SectionIdSchema = z
  .number()
  .int()
  .min(1)
  .max(MAX_ID)
  .nullable()
  .meta({
    description:
      'The section of the task’s list it is in (GET .../sections?list_id=); null: no section. A subtask is in its ' +
      'parent’s section; moving a task to another list clears its section unless one of that list is given.',
  });

export const AssigneeIdSchema = z
  .string()
  .min(1)
  .max(255)
  .nullable()
  .meta({
    description:
      "Who the task is assigned to: the user id of its list's owner or a member (GET .../lists/{id}/members); " +
      'null: nobody. A task in the Inbox can only be assigned to its owner.',
  });

const taskFields = {
  title: TitleSchema,
  description: DescriptionSchema.optional(),
  completed: z.boolean().optional(),
  priority: PrioritySchema.optional(),
  tags: TagsSchema.optional(),
  due_date: DueDateSchema.optional(),
  due_at: DueAtSchema.optional(),
  recurrence: RecurrenceSchema.optional(),
  recurrence_from: RecurrenceFromSchema.optional(),
  reminders: RemindersSchema.optional(),
  list_id: ListIdSchema.optional(),
  section_id: SectionIdSchema.optional(),
  parent_id: ParentIdSchema.optional(),
  assignee_id: AssigneeIdSchema.optional(),
  ...plainInputShape,
};

export const TaskInputSchema = z
  .strictObject(taskFields)
  .superRefine(oneDueMoment)
  .superRefine(recurrenceHasDue)
  .meta({
    id: 'TaskBody',
    description:
      'A whole task: POST creates it, PUT replaces it (omitted fields reset to their defaults, except list_id, ' +
      'section_id, parent_id and assignee_id, which stay as they are when omitted).',
  });

export const TaskPatchSchema = z
  .strictObject({ ...taskFields, title: TitleSchema.optional() })
  .superRefine(oneDueMoment)
  .meta({
    id: 'TaskPatch',
    description: 'Fields to change; at least one. Setting due_date clears due_at and the other way round.',
  });

/** The occurrence a client saw (its due_date or due_at), so a retried completion advances once. */
export const OccurrenceSchema = z
  .string()
  .max(40)
  .describe(
    'For recurring tasks: the due_date or due_at of the occurrence you complete or skip. If the task has ' +
      'already moved past it (a retry, another tab), nothing happens again.',
  );

export const CompletionSchema = z
  .strictObject({ completed: z.boolean(), occurrence: OccurrenceSchema.optional() })
  .nullish()
  .meta({
    description:
      'Omit the body to toggle; send {"completed": bool} to set (idempotent). Completing a recurring task ' +
      'records the occurrence as a completed task and moves the series to its next occurrence; ' +
      '{"completed": false, "occurrence": ...} takes that back (Undo): the record goes and the series returns ' +
      'to that occurrence (nothing more on a retry).',
  });

/** Snooze: for some minutes (5, 10, 30, 60 in the apps; up to a week) or until an instant (tomorrow 09:00, say). */
export const SnoozeSchema = z
  .strictObject({
    minutes: z
      .number()
      .int('minutes must be a whole number')
      .min(1, 'minutes must be at least 1')
      .max(10_080, 'minutes must be at most 10080 (a week)')
      .optional(),
    until: z.iso
      .datetime({ offset: true, message: 'until must be an ISO 8601 instant with an offset or Z' })
      .optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.minutes === undefined) === (b.until === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'send either minutes or until (exactly one)' });
      return;
    }
    if (b.until !== undefined) {
      const ms = Date.parse(b.until) - Date.now();
      if (ms <= 0) ctx.addIssue({ code: 'custom', path: ['until'], message: 'until must be in the future' });
      if (ms > 366 * 86_400_000)
        ctx.addIssue({ code: 'custom', path: ['until'], message: 'until must be within a year' });
    }
  })
  .transform((b) => ({
    until: b.until !== undefined ? new Date(b.until) : new Date(Date.now() + (b.minutes ?? 10) * 60_000),
  }))
  .meta({ description: '{"minutes": 1-10080} or {"until": instant within a year}' });

export const SkipSchema = z.strictObject({ occurrence: OccurrenceSchema.optional() }).nullish();

const TaskReminderSchema = z.object({
  at: z.iso.datetime().optional(),
  minutes_before: z.number().int().optional(),
});

/** The task as the API answers it, without component ids: tools embed it in their own shapes. */
export const TaskJsonShape = z.object({
  id: z.number().int(),
  user_id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  completed: z.boolean(),
  completed_at: z.iso.datetime().nullable(),
  priority: z.enum(PRIORITIES),
  tags: z.array(z.string()),
  due_date: z.string().nullable().meta({ format: 'date' }),
  due_at: z.iso.datetime().nullable(),
  recurrence: z.string().nullable(),
  recurrence_from: z.enum(RECURRENCE_FROM).nullable(),
  series_task_id: z.number().int().nullable().describe('On a completed occurrence: the recurring task'),
  reminders: z.array(TaskReminderSchema),
  list_id: z.number().int().nullable().describe('The list the task is in; null: the Inbox'),
  section_id: z
    .number()
    .int()
    .nullable()
    .describe('The section of its list the task is in; null: none (a subtask: its parent’s)'),
  parent_id: z.number().int().nullable().describe('The task this one is a subtask of; null: top level'),
  position: z.number().describe('Manual order among its siblings (same list and parent), ascending'),
  created_by: z.string().describe('Who made the task: its owner, or a member of its shared list'),
  assignee_id: z.string().nullable().describe('Who the task is assigned to; null: nobody'),
  ...plainOutputShape,
  subtasks: z
    .object({ open: z.number().int(), total: z.number().int() })
    .describe('Its direct subtasks: how many, and how many are open'),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});

/** The task in the API: the one shape every other task shape (tools, export, events) derives from. */
export const TaskSchema = TaskJsonShape.extend({
  reminders: z.array(
    TaskReminderSchema.meta({
      id: 'Reminder',
      description: 'Either at (an instant) or minutes_before (from the due moment)',
    }),
  ),
}).meta({ id: 'Task' });

export const SORTS = [
  'created',
  '-created',
  'updated',
  '-updated',
  'title',
  '-title',
  'due',
  '-due',
  'priority',
  '-priority',
  'relevance',
  'manual',
  'agenda',
] as const;
export type Sort = (typeof SORTS)[number];
export const STATUSES = ['all', 'pending', 'completed'] as const;
export const DUE_FILTERS = ['today', 'overdue', 'week', 'none'] as const;
export const VIEWS = ['today', 'upcoming', 'inbox'] as const;
/** How many days Upcoming covers, today included. */
export const UPCOMING_DAYS = 14;

/** An id in a query, or a word that stands for "none" (`inbox`, `none`). */
const idOr = <W extends string>(word: W) =>
  z
    .string()
    .max(20)
    .refine((s) => s === word || /^[0-9]{1,15}$/.test(s), `must be a positive integer or ${word}`)
    .transform((s) => (s === word ? word : Number(s)));

/** A query parameter that may repeat (`?tag=a&tag=b`); always an array after parsing. */
const repeated = <T extends z.ZodType<unknown, string>>(item: T, max: number, name: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(item).max(max, `at most ${max} ${name} values`));

/** A date (the start of that day in your time zone) or an instant. */
export const DueBoundSchema = z
  .string()
  .max(40)
  .transform((s, ctx) => {
    if (z.iso.date().safeParse(s).success && inRange(s)) return { date: s };
    if (z.iso.datetime({ offset: true }).safeParse(s).success) {
      const iso = new Date(s).toISOString();
      if (inRange(iso)) return { instant: iso };
    }
    ctx.addIssue({ code: 'custom', message: 'must be a date (YYYY-MM-DD) or an ISO 8601 instant' });
    return z.NEVER;
  });

/** What a list query means when it leaves these out: the querystring's defaults and the service's. */
export const LIST_DEFAULTS = { status: 'all', limit: 50, count: 'exact' } as const;

export const ListQuerySchema = z.strictObject({
  status: z.enum(STATUSES).default(LIST_DEFAULTS.status),
  sort: z
    .enum(SORTS)
    .optional()
    .describe(
      'Order; prefix "-" for descending; ties break by id. Default -created, or relevance when q is given, ' +
        'agenda for view=today, view=upcoming and due=today, manual for view=inbox. due puts tasks without a due ' +
        'moment last either way; priority ascends none, low, medium, high; manual is your own order (position). ' +
        'agenda orders by when each task falls due in your time zone: a timed task at its time, an all-day task ' +
        "at the end of its day. So overdue tasks come first (oldest first), then each day's timed tasks by time " +
        "(those already past too), then that day's all-day tasks; tasks without a due moment last.",
    ),
  view: z
    .enum(VIEWS)
    .optional()
    .describe(
      `today: open tasks due today or overdue, in your time zone, by default in the agenda order: overdue ` +
        `first (due before today began, oldest first), then today's timed tasks by time (those already past ` +
        `too), then today's all-day tasks; upcoming: open tasks due today and in the ${UPCOMING_DAYS - 1} days ` +
        `after, by default in the agenda order (each day's timed tasks by time, then its all-day tasks); inbox: ` +
        `tasks in no list.`,
    ),
  list_id: idOr('inbox')
    .optional()
    .describe('Tasks in this list (yours or shared with you), or inbox: your tasks in no list'),
  parent_id: idOr('none')
    .optional()
    .describe('Subtasks of this task, or none: top-level tasks only (default: both)'),
  assigned: z.enum(['me']).optional().describe('me: only tasks assigned to you'),
  recurring: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only recurring tasks (those with a recurrence); false: only tasks that do not repeat'),
  q: z
    .string()
    .max(200)
    .transform((s) => s.trim())
    .optional()
    .describe('Search title and description: every word must match (as a prefix), ignoring case and accents'),
  filter: z
    .string()
    .max(FILTER_LIMITS.length)
    .optional()
    .describe(
      'A filter in the query language (docs/api.md, "Filters"), e.g. `(today | overdue) & #Work & !@waiting`; ' +
        'combined with the other parameters. A mistake is a 400 naming its position.',
    ),
  priority: repeated(
    z.string().transform((s) => s.split(',')),
    4,
    'priority',
  )
    .transform((lists) => lists.flat())
    .pipe(z.array(z.enum(PRIORITIES)))
    .optional()
    .describe('One or several priorities (repeat the parameter or separate with commas)'),
  tag: repeated(TagSchema, 20, 'tag')
    .optional()
    .describe('Tasks having every one of these tags (repeat the parameter); case-insensitive'),
  due: z
    .enum(DUE_FILTERS)
    .optional()
    .describe(
      'today; overdue (not completed, due before now, or all-day before today); week (today and the 6 days after); ' +
        'none (no due moment). In your time zone. due=today without a sort is in the agenda order: the timed ' +
        'tasks by time, those already late first, then the all-day tasks.',
    ),
  due_before: DueBoundSchema.optional().describe(
    'Due before this date (start of day, your time zone) or instant',
  ),
  due_after: DueBoundSchema.optional().describe(
    'Due at or after this date (start of day, your time zone) or instant',
  ),
  limit: z.coerce.number().int().min(1).max(200).default(LIST_DEFAULTS.limit),
  cursor: z.string().max(1024).optional().describe('Opaque: the next_cursor of the previous page'),
  count: z
    .enum(['exact', 'none'])
    .default(LIST_DEFAULTS.count)
    .describe(
      'exact (default): count carries how many tasks match, over all pages. none: skip counting ' +
        '(count is null), e.g. for later pages when the first page gave the count: cheaper for large lists',
    ),
});

export const TaskListSchema = z
  .object({
    tasks: z.array(TaskSchema),
    count: z
      .number()
      .int()
      .nullable()
      .describe(
        'How many tasks match the filter, over all pages; null when asked not to count (count=none). ' +
          'A search (q) counts at most 1,000 matches: with more, count is 1000 and count_exact is false',
      ),
    count_exact: z
      .boolean()
      .optional()
      .describe(
        'Present, and false, only when a search (q) matches more than 1,000 tasks: count is then 1000, ' +
          'and relevance ranks the 1,000 newest matches (another sort still pages through every match)',
      ),
    next_cursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
  })
  .meta({ id: 'TaskList' });

export const TaskParamsSchema = UserParamsSchema.extend({
  id: idParam('Task id'),
});

export type TaskInput = z.output<typeof TaskInputSchema>;
export type TaskPatch = z.output<typeof TaskPatchSchema>;
export type TaskJson = z.output<typeof TaskSchema>;
export type DueFilter = (typeof DUE_FILTERS)[number];
export type Status = (typeof STATUSES)[number];
/** A date bound of a list: a calendar day in the owner's zone, or an instant. */
export type DueBound = z.output<typeof DueBoundSchema>;

type ListQueryParsed = z.output<typeof ListQuerySchema>;
/**
 * A list query as the service takes it (the querystring parsed: numbers, enums, arrays); what it
 * leaves out means LIST_DEFAULTS. Tags are as TagSchema normalises them.
 */
export type ListQuery = Omit<ListQueryParsed, keyof typeof LIST_DEFAULTS> &
  Partial<Pick<ListQueryParsed, keyof typeof LIST_DEFAULTS>>;
