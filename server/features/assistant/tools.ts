// The task tools, defined once over the task service: the MCP server (HTTP and stdio) serves
// them, and both chat agents (built-in and model) call them through an in-process MCP client.
// The first five keep the seed contract's names, parameters and result shapes exactly; the rest
// expose what the API has beyond them (search and filters, priority, tags, due dates).
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { ListNameSchema } from '../lists/lists.schema.js';
import { createList, findListByName, getList, listLists } from '../lists/lists.service.js';
import { listActivity, taskActivityOf } from '../sharing/activity.service.js';
import { addComment, listComments } from '../sharing/comments.service.js';
import { ActivitySchema, CommentBodySchema, CommentSchema, MemberSchema } from '../sharing/sharing.schema.js';
import { membersOf } from '../sharing/sharing.service.js';
import { listTags } from '../tags/tags.service.js';
import { listTasks } from '../tasks/tasks.list.js';
import { toTaskJson } from '../tasks/tasks.presenter.js';
import type { PresentedTask, Task } from '../tasks/tasks.rows.js';
import {
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

export interface ToolContext {
  db: Database;
  /** The authenticated caller: every tool acts for this user only. */
  userId: string;
}

export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  /** Plain JSON-Schema-friendly shapes (no transforms); values are re-validated by the service schemas. */
  input: z.ZodObject;
  output: z.ZodObject;
  annotations: ToolAnnotations;
  /**
   * Runs the tool. `result` is the contract's shape (an array for list_tasks); `structured` is
   * the same as an object, for MCP's structuredContent.
   */
  run(context: ToolContext, args: Record<string, unknown>): Promise<{ result: unknown; structured: object }>;
}

/** A tool refusal the caller (person or model) can act on; becomes an error result, never a crash. */
export class ToolError extends Error {
  override name = 'ToolError';
}

const userIdArg = z.string().min(1).max(255).describe('Your own user id (or "me"); any other id is refused');
const taskIdArg = z.number().int().positive().describe('The task id');
const titleArg = z.string().min(1).max(200);
const descriptionArg = z.string().max(1000);
const priorityArg = z.enum(PRIORITIES);
const tagsArg = z.array(z.string().min(1).max(32)).max(20);
const dueDateArg = z.string().describe('All-day due date, YYYY-MM-DD, in your time zone');
const dueAtArg = z.string().describe('Due instant, ISO 8601 with offset, e.g. 2026-11-21T17:00:00+05:00');
const recurrenceArg = z
  .string()
  .max(300)
  .describe('RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO or FREQ=MONTHLY;BYMONTHDAY=1 (needs a due moment)');
const recurrenceFromArg = z.enum(['due', 'completion']);
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

const READ = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
const CREATE = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false };
const CHANGE = { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false };
const DESTROY = { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false };

const ActionResult = z.object({
  task_id: z.number().int(),
  status: z.string(),
  title: z.string(),
});

/** A task as get_task and search_tasks answer it: the API's task without user_id. */
const FullTask = TaskJsonShape.omit({ user_id: true });
export type ToolTask = z.output<typeof FullTask>;

const statusArg = z.enum(STATUSES);

const listArg = z
  .string()
  .min(1)
  .max(100)
  .describe('A list of yours by name (case does not matter), or "inbox" for tasks in no list');

/**
 * The list a `list` argument names: null for the Inbox, else one of the caller's lists by name. A
 * name the caller has no list for is refused with the names they have (never anyone else's).
 */
async function listIdFor(db: Database, userId: string, name: string): Promise<number | null> {
  const wanted = name.trim().replace(/^#/, '');
  if (/^inbox$/i.test(wanted)) return null;
  const found = await findListByName(db, userId, wanted);
  if (found) return found.id;
  const names = (await listLists(db, userId, false)).map((l) => l.name);
  throw new ToolError(
    names.length === 0
      ? `You have no list called "${wanted}" (you have no lists yet; create_list makes one)`
      : `You have no list called "${wanted}". Your lists: ${names.join(', ')}`,
  );
}

/** Validates with a service schema; its first complaint becomes the tool's error message. */
function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const at = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new ToolError(`${at}${issue.message}`);
}

const action = (task: Task, status: string) => {
  const result = { task_id: task.id, status, title: task.title };
  return { result, structured: result };
};

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

const personArg = z
  .string()
  .min(1)
  .max(254)
  .describe('"me", or the name or email of the owner or a member of the task\'s list (list_members)');

type Person = z.output<typeof MemberSchema>;

/**
 * The one person of `people` that `said` names: "me", an email, a whole name, or a word of a name
 * ("Sara" for "Sara Khan"), ignoring case; a refusal naming the people otherwise.
 */
function personNamed(people: Person[], caller: string, said: string, where: string): Person {
  const wanted = said.trim().replace(/^@/, '').toLowerCase();
  if (/^(?:me|myself)$/.test(wanted)) {
    const me = people.find((p) => p.user_id === caller);
    if (me) return me;
  }
  const exact = people.filter((p) => p.email?.toLowerCase() === wanted || p.name.toLowerCase() === wanted);
  const byWord =
    exact.length > 0
      ? exact
      : people.filter((p) =>
          p.name
            .toLowerCase()
            .split(/\s+/)
            .some((w) => w === wanted || (wanted.length >= 3 && w.startsWith(wanted))),
        );
  if (byWord.length === 1) return byWord[0]!;
  const names = people.map((p) => `${p.name} (${p.role})`).join(', ');
  if (byWord.length > 1) {
    throw new ToolError(
      `Several people in ${where} match "${said}": ${byWord.map((p) => `${p.name} <${p.email ?? '-'}>`).join(', ')}; give an email`,
    );
  }
  throw new ToolError(`Nobody called "${said}" is in ${where}. Its people: ${names}`);
}

/** A list the caller can see, by name (their own first, then ones shared with them); the Inbox is no list here. */
async function sharedListIdFor(db: Database, userId: string, name: string): Promise<number> {
  const id = await listIdFor(db, userId, name);
  if (id === null) throw new ToolError('The Inbox is not a list: name one of your lists');
  return id;
}

const CommentOut = CommentSchema;
const ActivityOut = z.object({
  activity: z.array(ActivitySchema),
  next_before: z.number().int().nullable(),
});

export const TOOLS: ToolDefinition[] = [
  {
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
  },
  {
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
  },
  {
    name: 'complete_task',
    title: 'Complete a task',
    description: 'Mark a task as completed (completing a completed task changes nothing).',
    input: z.object({ user_id: userIdArg, task_id: taskIdArg }),
    output: ActionResult,
    annotations: CHANGE,
    async run({ db, userId }, args) {
      return action(await tasks.setCompletion(db, userId, args.task_id as number, true), 'completed');
    },
  },
  {
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
  },
  {
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
  },
  {
    name: 'search_tasks',
    title: 'Search and filter tasks',
    description:
      'Find tasks by words (each a prefix, all must match, ignoring case and accents) and filter by ' +
      'status, priority, tags (all must match), due (today, overdue, week, none), due_after and due_before ' +
      '(dates or instants), assigned (me). Returns full ' +
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
      const { query, status, priority, tags, due, sort, limit, view, list, parent_id, assigned } =
        args as z.output<typeof SearchInput>;
      const bounds = parse(DueBounds, { due_after: args.due_after, due_before: args.due_before });
      const listId = list === undefined ? undefined : await listIdFor(db, userId, list);
      const page = await listTasks(db, userId, {
        q: query,
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
  },
  {
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
  },
  {
    name: 'add_task_details',
    title: 'Add a task with details',
    description:
      'Create a task with priority, tags, a due date (all day) or due instant, a recurrence (RRULE) and ' +
      'reminders.',
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
      list: listArg.optional().describe('The list to add it to, by name (default: the Inbox)'),
    }),
    output: ActionResult,
    annotations: CREATE,
    async run({ db, userId }, { user_id: _, list, ...fields }) {
      const input = parse(TaskInputSchema, fields);
      const listId = typeof list === 'string' ? await listIdFor(db, userId, list) : null;
      return action(await tasks.createTask(db, userId, { ...input, list_id: listId }), 'created');
    },
  },
  {
    name: 'set_task_details',
    title: 'Set priority, tags or due moment',
    description:
      "Change a task's priority, tags (the whole list), due moment (due_date or due_at; null clears), " +
      'recurrence (changing it restarts the series from the due moment) or reminders (the whole list).',
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
    }),
    output: ActionResult,
    annotations: CHANGE,
    async run({ db, userId }, { user_id: _, task_id, ...fields }) {
      const patch = parse(TaskPatchSchema, fields);
      if (Object.keys(patch).length === 0) {
        throw new ToolError('Give priority, tags, due_date, due_at, recurrence or reminders');
      }
      return action(await tasks.updateTask(db, userId, task_id as number, patch), 'updated');
    },
  },
  {
    name: 'quick_add',
    title: 'Quick add from one line',
    description:
      'Create a task from natural text in your time zone: "Pay rent tomorrow 9am #bills !high" reads the ' +
      'due moment, #tags and priority; the rest is the title.',
    input: z.object({ user_id: userIdArg, text: z.string().min(1).max(500) }),
    output: ActionResult,
    annotations: CREATE,
    async run({ db, userId }, args) {
      return action(await tasks.quickAdd(db, userId, String(args.text)), 'created');
    },
  },
  {
    name: 'skip_occurrence',
    title: 'Skip an occurrence',
    description: 'Move a recurring task to its next occurrence without completing this one.',
    input: z.object({ user_id: userIdArg, task_id: taskIdArg }),
    output: ActionResult,
    annotations: CHANGE,
    async run({ db, userId }, args) {
      return action(await skipOccurrence(db, userId, args.task_id as number), 'skipped');
    },
  },
  {
    name: 'reopen_task',
    title: 'Reopen a task',
    description: 'Mark a completed task as not completed.',
    input: z.object({ user_id: userIdArg, task_id: taskIdArg }),
    output: ActionResult,
    annotations: CHANGE,
    async run({ db, userId }, args) {
      return action(await tasks.setCompletion(db, userId, args.task_id as number, false), 'reopened');
    },
  },
  {
    name: 'list_lists',
    title: 'List your lists',
    description:
      'Your lists (projects) and lists shared with you, in sidebar order, with open and total task counts, your ' +
      'role and how many people each is shared with. Tasks in no list are in the Inbox.',
    input: z.object({ user_id: userIdArg }),
    output: z.object({
      lists: z.array(
        z.object({
          id: z.number().int(),
          name: z.string(),
          open: z.number().int(),
          total: z.number().int(),
          archived: z.boolean(),
          role: z.enum(['owner', 'editor', 'viewer']).describe('Yours: a viewer reads, an editor writes too'),
          members: z.number().int().describe('People it is shared with, besides its owner'),
        }),
      ),
    }),
    annotations: READ,
    async run({ db, userId }) {
      const lists = (await listLists(db, userId)).map((l) => ({
        id: l.id,
        name: l.name,
        open: l.openCount,
        total: l.totalCount,
        archived: l.archived,
        role: l.role,
        members: l.memberCount,
      }));
      const structured = { lists };
      return { result: structured, structured };
    },
  },
  {
    name: 'create_list',
    title: 'Create a list',
    description: 'Create a list (a project) to put tasks in; an existing list of that name is used as it is.',
    input: z.object({ user_id: userIdArg, name: z.string().min(1).max(100) }),
    output: z.object({ list: z.object({ id: z.number().int(), name: z.string() }), status: z.string() }),
    annotations: CREATE,
    async run({ db, userId }, args) {
      const name = parse(ListNameSchema, args.name);
      const existing = await findListByName(db, userId, name);
      const list = existing ?? (await createList(db, userId, { name }));
      const structured = { list: { id: list.id, name: list.name }, status: existing ? 'exists' : 'created' };
      return { result: structured, structured };
    },
  },
  {
    name: 'move_task',
    title: 'Move a task to a list',
    description: 'Move a task (with its subtasks) to one of your lists by name, or to the Inbox ("inbox").',
    input: z.object({ user_id: userIdArg, task_id: taskIdArg, list: listArg }),
    output: ActionResult,
    annotations: CHANGE,
    async run({ db, userId }, args) {
      // The task first: someone else's task id is "not found" whatever the list says.
      await tasks.getTask(db, userId, args.task_id as number);
      const listId = await listIdFor(db, userId, String(args.list));
      return action(
        await tasks.moveTask(db, userId, args.task_id as number, { list_id: listId, parent_id: null }),
        'moved',
      );
    },
  },
  {
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
  },
  {
    name: 'assign_task',
    title: 'Assign a task',
    description:
      'Assign a task to someone in its list: "me", or the owner or a member by name or email (list_members); ' +
      'null unassigns. A task in the Inbox can only be assigned to its owner. Viewers cannot assign.',
    input: z.object({ user_id: userIdArg, task_id: taskIdArg, assignee: personArg.nullable() }),
    output: ActionResult.extend({
      assignee: z.object({ user_id: z.string(), name: z.string() }).nullable(),
    }),
    annotations: CHANGE,
    async run({ db, userId }, args) {
      // Write access first: a viewer hears "you cannot change it" whoever they name.
      const task = await tasks.taskFor(db, userId, args.task_id as number, 'write');
      let person: Person | null = null;
      if (args.assignee !== null) {
        const said = String(args.assignee);
        if (task.listId === null) {
          if (task.userId !== userId || !/^(?:me|myself)$/i.test(said.trim())) {
            throw new ToolError(
              'A task in the Inbox can only be assigned to its owner: move it to a shared list first',
            );
          }
          person = { user_id: userId, name: 'you', email: null, role: 'owner', joined_at: '' };
        } else {
          const { members } = await membersOf(db, userId, task.listId);
          const list = await getList(db, userId, task.listId);
          person = personNamed(members, userId, said, list.name);
        }
      }
      const patch = parse(TaskPatchSchema, { assignee_id: person?.user_id ?? null });
      const updated = await tasks.updateTask(db, userId, task.id, patch);
      const result = {
        task_id: updated.id,
        status: person ? 'assigned' : 'unassigned',
        title: updated.title,
        assignee: person ? { user_id: person.user_id, name: person.name } : null,
      };
      return { result, structured: result };
    },
  },
  {
    name: 'comment_on_task',
    title: 'Comment on a task',
    description:
      'Add a comment (1-2000 characters) to a task: your own, or one in a list shared with you as an editor.',
    input: z.object({
      user_id: userIdArg,
      task_id: taskIdArg,
      // As the API: up to 2000 characters (code points) once surrounding spaces are trimmed.
      body: z
        .string()
        .min(1)
        .max(8000)
        .describe('The comment: 1-2000 characters (surrounding spaces are trimmed)'),
    }),
    output: z.object({ comment: CommentOut, task_title: z.string() }),
    annotations: CREATE,
    async run({ db, userId }, args) {
      const { body } = parse(CommentBodySchema, { body: args.body });
      const comment = await addComment(db, userId, args.task_id as number, body);
      const task = await tasks.getTask(db, userId, comment.task_id);
      const structured = { comment, task_title: task.title };
      return { result: structured, structured };
    },
  },
  {
    name: 'list_comments',
    title: "List a task's comments",
    description: 'The comments on a task you can see, oldest first, with their authors.',
    input: z.object({ user_id: userIdArg, task_id: taskIdArg }),
    output: z.object({ comments: z.array(CommentOut) }),
    annotations: READ,
    async run({ db, userId }, args) {
      const structured = { comments: await listComments(db, userId, args.task_id as number) };
      return { result: structured, structured };
    },
  },
  {
    name: 'list_activity',
    title: 'History of a task or a shared list',
    description:
      'Who created, edited (which fields), completed, reopened, moved or deleted what, newest first: of one ' +
      'task (task_id) or of a list by name (list). Recorded while a list is shared. before pages on.',
    input: z.object({
      user_id: userIdArg,
      task_id: taskIdArg.optional(),
      list: listArg.optional(),
      limit: z.number().int().min(1).max(100).optional().describe('Default 50'),
      before: z.number().int().min(1).optional().describe('Entries before this one (next_before of a page)'),
    }),
    output: ActivityOut,
    annotations: READ,
    async run({ db, userId }, args) {
      const hasTask = args.task_id !== undefined;
      if (hasTask === (args.list !== undefined)) throw new ToolError('Give task_id or list (one of them)');
      const query = {
        limit: (args.limit as number | undefined) ?? 50,
        before: args.before as number | undefined,
      };
      const structured = hasTask
        ? await taskActivityOf(db, userId, args.task_id as number, query)
        : await listActivity(db, userId, await sharedListIdFor(db, userId, String(args.list)), query);
      return { result: structured, structured };
    },
  },
  {
    name: 'list_members',
    title: 'People in a list',
    description:
      'The owner and members of a list by name, with their roles (owner, editor, viewer) and emails, and your ' +
      'own role; the owner also sees pending invitations.',
    input: z.object({ user_id: userIdArg, list: listArg }),
    output: z.object({
      list: z.object({ id: z.number().int(), name: z.string() }),
      your_role: z.enum(['owner', 'editor', 'viewer']),
      members: z.array(MemberSchema),
      invitations: z.array(z.object({ email: z.string(), role: z.string() })),
    }),
    annotations: READ,
    async run({ db, userId }, args) {
      const id = await sharedListIdFor(db, userId, String(args.list));
      const { members, invitations } = await membersOf(db, userId, id);
      const list = await getList(db, userId, id);
      const structured = {
        list: { id, name: list.name },
        your_role: list.role,
        members,
        invitations: invitations.map((i) => ({ email: i.email, role: i.role })),
      };
      return { result: structured, structured };
    },
  },
  {
    name: 'list_tags',
    title: 'List tags',
    description: 'Your tags with open and total task counts.',
    input: z.object({ user_id: userIdArg }),
    output: z.object({
      tags: z.array(z.object({ name: z.string(), open: z.number().int(), total: z.number().int() })),
    }),
    annotations: READ,
    async run({ db, userId }) {
      const structured = { tags: await listTags(db, userId) };
      return { result: structured, structured };
    },
  },
];

export interface ToolOutcome {
  result: unknown;
  structured: object;
  isError: boolean;
}

/**
 * Runs a tool for the caller with arguments already checked against its input schema. The
 * `user_id` argument must name the caller: it exists for the contract, never to reach another
 * user. Refusals (wrong user, not found, invalid values) are error results with a message.
 */
export async function runTool(
  tool: ToolDefinition,
  context: ToolContext,
  args: Record<string, unknown>,
): Promise<ToolOutcome> {
  try {
    if (args.user_id !== context.userId && args.user_id !== 'me') {
      throw new ToolError(`user_id must be your own id (${context.userId})`);
    }
    const { result, structured } = await tool.run(context, args);
    return { result, structured, isError: false };
  } catch (err) {
    const refusal =
      err instanceof ToolError
        ? err.message
        : err instanceof AppError && err.status < 500
          ? err.message
          : null;
    if (refusal === null) throw err;
    // The REST API's stable code goes with the message (AUTH_FORBIDDEN: a viewer's write, say).
    const result = err instanceof AppError ? { error: refusal, code: err.code } : { error: refusal };
    return { result, structured: result, isError: true };
  }
}

export const toolByName = (name: string) => TOOLS.find((t) => t.name === name);
