// The tools on tasks: add (plain, with details, quick), list, search, get, change, complete,
// reopen, skip an occurrence, move to a list, add a subtask, delete. Over the task service.
import { z } from 'zod';
import { FILTER_LIMITS } from '#shared/filter/filter.js';
import { listTasks } from '../tasks/tasks.list.js';
import { toTaskJson } from '../tasks/tasks.presenter.js';
import type { PresentedTask } from '../tasks/tasks.rows.js';
import {
  DESCRIPTION_MAX,
  DUE_FILTERS,
  DueBoundSchema,
  PRIORITIES,
  SORTS,
  STATUSES,
  TagSchema,
  TaskInputSchema,
  TaskJsonShape,
  TaskPatchSchema,
  VIEWS,
} from '../tasks/tasks.schema.js';
import { skipOccurrence } from '../tasks/tasks.series.js';
import * as tasks from '../tasks/tasks.service.js';
import {
  ActionResult,
  action,
  CHANGE,
  CREATE,
  DESTROY,
  listArg,
  listIdFor,
  parse,
  READ,
  type ToolDefinition,
  ToolError,
  taskIdArg,
  userIdArg,
} from './tools.contract.js';
import { sectionArg, sectionIdFor } from './tools.sections.js';

export const titleArg = z.string().min(1).max(200);

const descriptionArg = z.string().max(DESCRIPTION_MAX);

const priorityArg = z.enum(PRIORITIES);

const tagsArg = z.array(z.string().min(1).max(32)).max(20);

const dueDateArg = z.string().describe('All-day due date, YYYY-MM-DD, in your time zone');

const dueAtArg = z.string().describe('Due instant, ISO 8601 with offset, e.g. 2026-11-21T17:00:00+05:00');

const recurrenceArg = z
  .string()
  .max(300)
  .describe('RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;BYMONTHDAY=1 (needs a due moment)');

const recurrenceFromArg = z.enum(['due', 'completion']);

const durationArg = z.number().int().describe('Minutes it takes: a block from the due time');

const deadlineArg = z.string().describe('Day it must be done by, YYYY-MM-DD');

const remindersArg = z
  .array(
    z.object({
      at: z.string().optional().describe('An instant, ISO 8601 with offset'),
      minutes_before: z
        .number()
        .int()
        .min(0)
        .max(40_320)
        .optional()
        .describe('Minutes before the due moment'),
    }),
  )
  .max(10)
  .describe(
    'Reminders, each {"at": instant} or {"minutes_before": n} (from the due moment; all-day tasks: from 09:00)',
  );

/** A task as get_task and search_tasks answer it: the API's task without user_id. */
export const FullTask = TaskJsonShape.omit({ user_id: true });

export type ToolTask = z.output<typeof FullTask>;

const statusArg = z.enum(STATUSES);

const full = (task: PresentedTask): ToolTask => {
  const { user_id: _, ...rest } = toTaskJson(task);
  return rest;
};

/** Tags as the service compares them (TagSchema: '#' dropped, NFC); refusals name `tag.N`. */
const TagFilter = z.object({ tag: z.array(TagSchema).optional() });
/** Due bounds as the REST list reads them (a date or an instant in range). */

const DueBounds = z.object({ due_after: DueBoundSchema.optional(), due_before: DueBoundSchema.optional() });

const SearchInput = z.object({
  user_id: userIdArg,
  query: z.string().max(200).optional(),
  filter: z
    .string()
    .max(FILTER_LIMITS.length)
    .optional()
    .describe(
      'Todoist-style filter, e.g. "(today | overdue) & p1 & #Work", or "completed: today" (what was finished today)',
    ),
  status: statusArg.optional(),
  priority: z.array(priorityArg).max(4).optional(),
  tags: tagsArg.optional(),
  due: z.enum(DUE_FILTERS).optional(),
  due_after: z
    .string()
    .max(40)
    .optional()
    .describe('Due at or after this date (YYYY-MM-DD, start of day in your time zone) or ISO 8601 instant'),
  due_before: z
    .string()
    .max(40)
    .optional()
    .describe('Due before this date (YYYY-MM-DD, start of day in your time zone) or ISO 8601 instant'),
  sort: z.enum(SORTS).optional(),
  limit: z.number().int().min(1).max(200).optional().describe('Default 50'),
  view: z
    .enum(VIEWS)
    .optional()
    .describe(
      'today: open tasks due today or overdue; upcoming: open tasks due in the next 14 days; inbox: in no list',
    ),
  list: listArg.optional(),
  parent_id: taskIdArg.optional().describe('Only the subtasks directly under this task'),
  assigned: z.enum(['me']).optional().describe('me: only tasks assigned to you'),
});

export const addTaskTool: ToolDefinition = {
  name: 'add_task',
  title: 'Add a task',
  description: 'Create a task with a title and an optional description.',
  input: z.object({ user_id: userIdArg, title: titleArg, description: descriptionArg.optional() }),
  output: ActionResult,
  annotations: CREATE,
  async run({ db, userId }, args) {
    const input = parse(TaskInputSchema, { title: args.title, description: args.description });
    return action(await tasks.createTask(db, userId, input), 'created');
  },
};

export const listTasksTool: ToolDefinition = {
  name: 'list_tasks',
  title: 'List tasks',
  description:
    'List your tasks, newest first (up to 200), optionally only pending or completed ones. ' +
    'Returns an array of {id, title, completed}.',
  input: z.object({
    user_id: userIdArg,
    status: statusArg.optional().describe('Default all'),
  }),
  output: z.object({
    tasks: z.array(z.object({ id: z.number().int(), title: z.string(), completed: z.boolean() })),
  }),
  annotations: READ,
  async run({ db, userId }, args) {
    const status = args.status as z.output<typeof statusArg> | undefined;
    const page = await listTasks(db, userId, { status, limit: 200 });
    const list = page.tasks.map((t) => ({ id: t.id, title: t.title, completed: t.completed }));
    return { result: list, structured: { tasks: list } };
  },
};

export const completeTaskTool: ToolDefinition = {
  name: 'complete_task',
  title: 'Complete a task',
  description: 'Mark a task as completed (completing a completed task changes nothing).',
  input: z.object({ user_id: userIdArg, task_id: taskIdArg }),
  output: ActionResult,
  annotations: CHANGE,
  async run({ db, userId }, args) {
    return action(await tasks.setCompletion(db, userId, args.task_id as number, true), 'completed');
  },
};

export const deleteTaskTool: ToolDefinition = {
  name: 'delete_task',
  title: 'Delete a task',
  description: 'Delete a task for good.',
  input: z.object({ user_id: userIdArg, task_id: taskIdArg }),
  output: ActionResult,
  annotations: DESTROY,
  async run({ db, userId }, args) {
    const task = await tasks.getTask(db, userId, args.task_id as number);
    await tasks.deleteTask(db, userId, task.id, [task.version]);
    return action(task, 'deleted');
  },
};

export const updateTaskTool: ToolDefinition = {
  name: 'update_task',
  title: 'Update a task',
  description: "Change a task's title and/or description.",
  input: z.object({
    user_id: userIdArg,
    task_id: taskIdArg,
    title: titleArg.optional(),
    description: descriptionArg.optional(),
  }),
  output: ActionResult,
  annotations: CHANGE,
  async run({ db, userId }, args) {
    const patch = parse(TaskPatchSchema, { title: args.title, description: args.description });
    if (Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined).length === 0) {
      throw new ToolError('Give a new title or description');
    }
    return action(await tasks.updateTask(db, userId, args.task_id as number, patch), 'updated');
  },
};

export const searchTasksTool: ToolDefinition = {
  name: 'search_tasks',
  title: 'Search and filter tasks',
  description:
    'Find tasks by words (each a prefix, all must match, ignoring case and accents) and filter by ' +
    'status, priority, tags (all must match), due (today, overdue, week, none), due_after and due_before ' +
    '(dates or instants), assigned (me), or a filter. Tolerates typos. Returns full ' +
    'tasks (created_by and assignee_id are user ids: list_members names them).',
  input: SearchInput,
  output: z.object({
    tasks: z.array(FullTask),
    count: z.number().int(),
    count_exact: z
      .boolean()
      .optional()
      .describe('false when more than 1,000 tasks match (count is then 1000)'),
  }),
  annotations: READ,
  async run({ db, userId }, args) {
    const { query, filter, status, priority, tags, due, sort, limit, view, list, parent_id, assigned } =
      args as z.output<typeof SearchInput>;
    const bounds = parse(DueBounds, { due_after: args.due_after, due_before: args.due_before });
    const listId = list === undefined ? undefined : await listIdFor(db, userId, list);
    const page = await listTasks(db, userId, {
      q: query,
      filter,
      status,
      priority,
      tag: parse(TagFilter, { tag: tags }).tag,
      due,
      ...bounds,
      sort,
      limit,
      view,
      parent_id,
      assigned,
      ...(listId === undefined ? {} : { list_id: listId ?? 'inbox' }),
    });
    const structured = {
      tasks: page.tasks.map(full),
      count: page.count,
      ...(page.countExact ? {} : { count_exact: false }),
    };
    return { result: structured, structured };
  },
};

export const getTaskTool: ToolDefinition = {
  name: 'get_task',
  title: 'Get a task',
  description: 'One task with every field.',
  input: z.object({ user_id: userIdArg, task_id: taskIdArg }),
  output: FullTask,
  annotations: READ,
  async run({ db, userId }, args) {
    const task = full(await tasks.getTask(db, userId, args.task_id as number));
    return { result: task, structured: task };
  },
};

export const addTaskDetailsTool: ToolDefinition = {
  name: 'add_task_details',
  title: 'Add a task with details',
  description:
    'Create a task with priority, tags, a due date (all day) or due instant, a recurrence (RRULE), ' +
    'reminders, a duration (minutes) and a deadline.',
  input: z.object({
    user_id: userIdArg,
    title: titleArg,
    description: descriptionArg.optional(),
    priority: priorityArg.optional(),
    tags: tagsArg.optional(),
    due_date: dueDateArg.optional(),
    due_at: dueAtArg.optional(),
    recurrence: recurrenceArg.optional(),
    recurrence_from: recurrenceFromArg.optional(),
    reminders: remindersArg.optional(),
    duration: durationArg.optional(),
    deadline: deadlineArg.optional(),
    list: listArg.optional().describe('The list to add it to, by name (default: the Inbox)'),
    section: sectionArg.optional().describe('A section of that list to add it to, by name'),
  }),
  output: ActionResult,
  annotations: CREATE,
  async run({ db, userId }, { user_id: _, list, section, ...fields }) {
    const input = parse(TaskInputSchema, fields);
    const listId = typeof list === 'string' ? await listIdFor(db, userId, list) : null;
    if (typeof section === 'string' && listId === null)
      throw new ToolError('Name the list the section is in');
    const sectionId =
      typeof section === 'string' && listId !== null ? await sectionIdFor(db, userId, listId, section) : null;
    return action(
      await tasks.createTask(db, userId, { ...input, list_id: listId, section_id: sectionId }),
      'created',
    );
  },
};

export const setTaskDetailsTool: ToolDefinition = {
  name: 'set_task_details',
  title: 'Set priority, tags or due moment',
  description:
    "Change a task's priority, tags (the whole list), due moment (due_date or due_at; null clears), " +
    'recurrence (changing it restarts the series from the due moment), reminders (the whole list), ' +
    'duration or deadline (null clears).',
  input: z.object({
    user_id: userIdArg,
    task_id: taskIdArg,
    priority: priorityArg.optional(),
    tags: tagsArg.optional(),
    due_date: dueDateArg.nullable().optional(),
    due_at: dueAtArg.nullable().optional(),
    recurrence: recurrenceArg.nullable().optional().describe('null stops the task recurring'),
    recurrence_from: recurrenceFromArg.optional(),
    reminders: remindersArg.optional(),
    duration: durationArg.nullable().optional(),
    deadline: deadlineArg.nullable().optional(),
    section: sectionArg
      .nullable()
      .optional()
      .describe('A section of the task’s list to put it in, by name; null: no section'),
  }),
  output: ActionResult,
  annotations: CHANGE,
  async run({ db, userId }, { user_id: _, task_id, section, ...fields }) {
    const patch = parse(TaskPatchSchema, fields);
    if (section !== undefined) {
      // The task first: someone else's task id is "not found" whatever the section says.
      const task = await tasks.getTask(db, userId, task_id as number);
      if (section !== null && task.listId === null)
        throw new ToolError('A task in the Inbox has no sections');
      patch.section_id =
        section === null ? null : await sectionIdFor(db, userId, task.listId!, String(section));
    }
    if (Object.keys(patch).length === 0) {
      throw new ToolError(
        'Give priority, tags, due_date, due_at, recurrence, reminders, duration, deadline or section',
      );
    }
    return action(await tasks.updateTask(db, userId, task_id as number, patch), 'updated');
  },
};

export const quickAddTool: ToolDefinition = {
  name: 'quick_add',
  title: 'Quick add from one line',
  description:
    'Create a task from natural text in your time zone: "Pay rent tomorrow 9am #bills !high" reads the ' +
    'due moment, #tags and priority; the rest is the title.',
  input: z.object({ user_id: userIdArg, text: z.string().min(1).max(500) }),
  output: ActionResult,
  annotations: CREATE,
  async run({ db, userId, now }, args) {
    return action(await tasks.quickAdd(db, userId, String(args.text), now?.()), 'created');
  },
};

export const skipOccurrenceTool: ToolDefinition = {
  name: 'skip_occurrence',
  title: 'Skip an occurrence',
  description: 'Move a recurring task to its next occurrence without completing this one.',
  input: z.object({ user_id: userIdArg, task_id: taskIdArg }),
  output: ActionResult,
  annotations: CHANGE,
  async run({ db, userId }, args) {
    return action(await skipOccurrence(db, userId, args.task_id as number), 'skipped');
  },
};

export const reopenTaskTool: ToolDefinition = {
  name: 'reopen_task',
  title: 'Reopen a task',
  description: 'Mark a completed task as not completed.',
  input: z.object({ user_id: userIdArg, task_id: taskIdArg }),
  output: ActionResult,
  annotations: CHANGE,
  async run({ db, userId }, args) {
    return action(await tasks.setCompletion(db, userId, args.task_id as number, false), 'reopened');
  },
};

export const moveTaskTool: ToolDefinition = {
  name: 'move_task',
  title: 'Move a task to a list',
  description:
    'Move a task (with its subtasks) to one of your lists by name, or to the Inbox ("inbox"), and to a section ' +
    'of that list when given.',
  input: z.object({
    user_id: userIdArg,
    task_id: taskIdArg,
    list: listArg,
    section: sectionArg.optional().describe('A section of that list, by name (default: none)'),
  }),
  output: ActionResult,
  annotations: CHANGE,
  async run({ db, userId }, args) {
    // The task first: someone else's task id is "not found" whatever the list says.
    await tasks.getTask(db, userId, args.task_id as number);
    const listId = await listIdFor(db, userId, String(args.list));
    if (typeof args.section === 'string' && listId === null) throw new ToolError('The Inbox has no sections');
    const sectionId =
      typeof args.section === 'string' && listId !== null
        ? await sectionIdFor(db, userId, listId, args.section)
        : null;
    return action(
      await tasks.moveTask(db, userId, args.task_id as number, {
        list_id: listId,
        parent_id: null,
        section_id: sectionId,
      }),
      'moved',
    );
  },
};

export const addSubtaskTool: ToolDefinition = {
  name: 'add_subtask',
  title: 'Add a subtask',
  description: 'Add a subtask under a task (task_id is the parent); it goes in the parent’s list.',
  input: z.object({ user_id: userIdArg, task_id: taskIdArg, title: titleArg }),
  output: ActionResult,
  annotations: CREATE,
  async run({ db, userId }, args) {
    const parent = await tasks.getTask(db, userId, args.task_id as number);
    const input = parse(TaskInputSchema, { title: args.title });
    return action(await tasks.createTask(db, userId, { ...input, parent_id: parent.id }), 'created');
  },
};
