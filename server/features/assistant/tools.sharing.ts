// The tools on shared lists: assigning a task to someone in its list, comments, the history of a
// task or a list, the people in a list, and the notifications inbox (what others did there).
import { z } from 'zod';
import { OWN_ROLE, ROLES } from '../../platform/access/rules.js';
import { getList } from '../lists/lists.service.js';
import { NotificationSchema } from '../notifications/notifications.schema.js';
import { listNotifications } from '../notifications/notifications.service.js';
import { listActivity, taskActivityOf } from '../sharing/activity.service.js';
import { addComment, listComments } from '../sharing/comments.service.js';
import { ActivitySchema, CommentBodySchema, CommentSchema, MemberSchema } from '../sharing/sharing.schema.js';
import { membersOf } from '../sharing/sharing.service.js';
import { TaskPatchSchema } from '../tasks/tasks.schema.js';
import * as tasks from '../tasks/tasks.service.js';
import {
  ActionResult,
  CHANGE,
  CREATE,
  listArg,
  parse,
  READ,
  sharedListIdFor,
  type ToolDefinition,
  ToolError,
  taskIdArg,
  userIdArg,
} from './tools.contract.js';

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

const CommentOut = CommentSchema;

const ActivityOut = z.object({
  activity: z.array(ActivitySchema),
  next_before: z.number().int().nullable(),
});

export const assignTaskTool: ToolDefinition = {
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
    const task = await tasks.taskFor(db, userId, args.task_id as number, 'task.update');
    let person: Person | null = null;
    if (args.assignee !== null) {
      // Who may be assigned is the policy's (mayBeAssigned, through updateTask): the people of the
      // task's list; a task in the Inbox has one, its owner (the caller: no one else sees it).
      const people =
        task.listId === null
          ? [{ user_id: userId, name: 'you', email: null, role: OWN_ROLE, joined_at: '' }]
          : (await membersOf(db, userId, task.listId)).members;
      const where =
        task.listId === null
          ? 'the Inbox, whose tasks can only be assigned to their owner (move it to a shared list first)'
          : (await getList(db, userId, task.listId)).name;
      person = personNamed(people, userId, String(args.assignee), where);
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
};

export const commentOnTaskTool: ToolDefinition = {
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
};

export const listCommentsTool: ToolDefinition = {
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
};

export const listActivityTool: ToolDefinition = {
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
};

export const listMembersTool: ToolDefinition = {
  name: 'list_members',
  title: 'People in a list',
  description:
    'The owner and members of a list by name, with their roles (owner, editor, viewer) and emails, and your ' +
    'own role; the owner also sees pending invitations.',
  input: z.object({ user_id: userIdArg, list: listArg }),
  output: z.object({
    list: z.object({ id: z.number().int(), name: z.string() }),
    your_role: z.enum(ROLES),
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
};

export const listNotificationsTool: ToolDefinition = {
  name: 'list_notifications',
  title: 'Your notifications',
  description:
    'What others did that concerns you, unread first: tasks assigned to you, comments on tasks you follow, ' +
    '@mentions of you, people joining or leaving your lists, shared tasks completed; with the unread count. ' +
    'Reading them here does not mark them read.',
  input: z.object({
    user_id: userIdArg,
    unread_only: z.boolean().optional().describe('Only the unread ones'),
    limit: z.number().int().min(1).max(50).optional().describe('Default 20'),
  }),
  output: z.object({
    notifications: z.array(NotificationSchema),
    unread_count: z.number().int(),
    next_offset: z.number().int().nullable(),
  }),
  annotations: READ,
  async run({ db, userId }, args) {
    const structured = await listNotifications(db, userId, {
      order: 'unread_first',
      unread: args.unread_only === true ? true : undefined,
      limit: (args.limit as number | undefined) ?? 20,
      offset: 0,
    });
    return { result: structured, structured };
  },
};
