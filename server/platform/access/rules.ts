// The rules of the policy (policy.ts): the roles, what each action needs, and the visibility of
// tasks as SQL. Pure data and functions, with no database, so contracts (zod schemas) and the
// import worker may import them; policy.ts resolves a caller's role and applies these rules.
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { AppError } from '../errors.js';

export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
/** The role a caller has on their own rows: their lists, their tasks, their Inbox. */
export const OWN_ROLE: Extract<Role, 'owner'> = 'owner';
/** The roles a member (not the owner) can have. */
export const MEMBER_ROLES = ['editor', 'viewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export interface Access {
  /** The resource's owner: the user whose rows the list and its tasks are. */
  ownerId: string;
  role: Role;
}

/** What besides the role a rule may look at. */
export interface Facts {
  /** The caller wrote the comment in question. */
  author?: boolean;
}

interface Rule {
  allows: (role: Role, facts: Facts) => boolean;
  /** Why a caller who can see the resource may not do this (the 403's detail). */
  denied: string;
}

const anyone = () => true;
const ownerOnly = (role: Role) => role === 'owner';
const writers = (role: Role) => role !== 'viewer';
const VIEWER = "You can see this shared list's tasks but not change them: its owner can make you an editor";

/** Every action on a list, its sections, a task or a comment, and who may do it. */
export const RULES = {
  'list.read': { allows: anyone, denied: '' },
  'list.update': { allows: ownerOnly, denied: "Only the list's owner can change it" },
  'list.delete': { allows: ownerOnly, denied: "Only the list's owner can delete it" },
  'list.share': {
    allows: ownerOnly,
    denied: "Only the list's owner can invite people, change roles or remove others; you can leave it",
  },
  'list.leave': { allows: (role) => role !== 'owner', denied: 'The owner cannot leave their own list' },
  /** Add tasks to the list, or move tasks into it. */
  'task.create': { allows: writers, denied: VIEWER },
  'task.read': { allows: anyone, denied: '' },
  /** Change, complete, reopen, move out of its list, or reorder. */
  'task.update': { allows: writers, denied: VIEWER },
  'task.delete': { allows: writers, denied: VIEWER },
  /** Add, rename, reorder or delete the list's sections (deleting with its tasks needs task.delete too). */
  'section.update': {
    allows: writers,
    denied: "You can see this shared list's sections but not change them: its owner can make you an editor",
  },
  'comment.create': { allows: writers, denied: VIEWER },
  'comment.update': {
    allows: (role, facts) => writers(role) && facts.author === true,
    denied: 'Only its author can change a comment, while they may change the task',
  },
  'comment.delete': {
    allows: (role, facts) => role === 'owner' || (writers(role) && facts.author === true),
    denied: "Only its author or the task's owner can delete a comment",
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;
export const ACTIONS = Object.keys(RULES) as Action[];

/** Whether a caller with `role` (null: cannot see the resource) may do `action`. */
export function can(role: Role | null, action: Action, facts: Facts = {}): boolean {
  return role !== null && RULES[action].allows(role, facts);
}

/** The 403 for a caller who can see the resource but may not do `action`. */
export const forbidden = (action: Action) => new AppError('AUTH_FORBIDDEN', RULES[action].denied);

// --- The server: what only its administrators may do (users.is_admin; policy.ts authorizeAdmin). ---

/**
 * Actions on the server rather than on a list or task: every route under /api/admin needs one.
 * Only an administrator (an enabled account with users.is_admin) may do them; no role on a list
 * grants them, and they never open anyone's tasks (counts only).
 */
export const SERVER_RULES = {
  'server.administer': {
    denied: "Only the server's administrators can see or change other people's accounts",
  },
} as const satisfies Record<string, { denied: string }>;

export type ServerAction = keyof typeof SERVER_RULES;

/** The 403 for a caller who is not an administrator. */
export const notAdministrator = (action: ServerAction = 'server.administer') =>
  new AppError('AUTH_FORBIDDEN', SERVER_RULES[action].denied);

/**
 * What the caller may do with a list and its tasks, as the API shows it (`permissions` on a list):
 * the web app and clients read this rather than comparing roles.
 */
export const LIST_PERMISSIONS = {
  update: 'list.update',
  delete: 'list.delete',
  share: 'list.share',
  leave: 'list.leave',
  create_tasks: 'task.create',
  update_tasks: 'task.update',
  delete_tasks: 'task.delete',
  update_sections: 'section.update',
  comment: 'comment.create',
} as const satisfies Record<string, Action>;
export type ListPermissions = Record<keyof typeof LIST_PERMISSIONS, boolean>;

const permissionsByRole = new Map<Role, ListPermissions>();

/** A role's permissions, worked out once per role (every request resolving an actor asks). */
export function listPermissions(role: Role): ListPermissions {
  let permissions = permissionsByRole.get(role);
  if (permissions === undefined) {
    permissions = Object.freeze(
      Object.fromEntries(Object.entries(LIST_PERMISSIONS).map(([name, action]) => [name, can(role, action)])),
    ) as ListPermissions;
    permissionsByRole.set(role, permissions);
  }
  return permissions;
}

// --- Visibility in SQL: a condition on `tasks` with the caller as `$1`. ---

/** The ids of the lists shared with the caller, as an array read once per statement (an init plan). */
export const SHARED_LIST_IDS = 'array(select list_id from list_members where user_id = $1)';
/** Whether any list is shared with the caller (most callers: none, one probe of list_members_user_idx). */
export const HAS_SHARED_LISTS = 'exists (select from list_members where user_id = $1)';
/** The caller's own tasks. */
export const OWN_TASKS = 'user_id = $1';
/** The tasks of lists shared with the caller that someone else owns (tasks_list_idx serves it). */
export const SHARED_TASKS = `list_id = any(${SHARED_LIST_IDS}) and user_id <> $1`;
/** Every task the caller sees: theirs and those of lists shared with them. */
export const VISIBLE_TASKS = `(${OWN_TASKS} or ${SHARED_TASKS})`;
/** The rows of `lists` or `sections` the caller sees (their own, and those of lists shared with them), `listId` the row's list. */
export const VISIBLE_LIST_ROWS = (listId: 'id' | 'list_id') =>
  `(user_id = $1 or ${listId} = any(${SHARED_LIST_IDS}))`;

/** Whether the list `listId` (a column or a value) is the caller's own or shared with them. */
export const listVisibleTo = (listId: SQLWrapper | number, caller: string): SQL =>
  sql`(exists (select 1 from lists l where l.id = ${listId} and l.user_id = ${caller})
       or exists (select 1 from list_members m where m.list_id = ${listId} and m.user_id = ${caller}))`;

/**
 * Since when a member sees a list's history: their joining (what happened before is not theirs
 * to read); a scalar subquery for `listId` and the member `reader`.
 */
export const memberSince = (listId: number, reader: string): SQL =>
  sql`(select m.created_at from list_members m where m.list_id = ${listId} and m.user_id = ${reader})`;

/**
 * A task (a row of `tasks`) assigned to someone who may not be: neither its owner nor a member of
 * the list it is in (so nobody but the owner in the Inbox).
 */
export const STRAY_ASSIGNEE = `(tasks.assignee_id is not null and tasks.assignee_id <> tasks.user_id
  and not exists (select 1 from list_members m where m.list_id = tasks.list_id and m.user_id = tasks.assignee_id))`;

// --- Membership in SQL, for the features' statements: who is in a list, and in which. ---

/** The ids of the lists shared with `caller` (a subquery, for `in`). */
export const sharedListsOf = (caller: string): SQL =>
  sql`(select list_id from list_members where user_id = ${caller})`;

/** The caller's role in the list `listId` (a column or a value) shared with them; null when it is not. */
export const memberRoleIn = (listId: SQLWrapper | number, caller: string): SQL<MemberRole | null> =>
  sql<MemberRole | null>`(select m.role from list_members m where m.list_id = ${listId} and m.user_id = ${caller})`;

/** How many members (besides its owner) the list `listId` (a column or a value) has. */
export const memberCountOf = (listId: SQLWrapper | number): SQL<number> =>
  sql<number>`(select count(*)::int from list_members m where m.list_id = ${listId})`;

/**
 * The members of the list `listId` (a column or a value), not its owner: rows of (user_id, role,
 * since), to select from with an alias.
 */
export const membersOf = (listId: SQLWrapper | number): SQL =>
  sql`(select user_id, role, created_at as since from list_members where list_id = ${listId})`;

/** The owners of the lists shared with the caller (`$1`): a select of `user_id`. */
export const SHARED_LIST_OWNERS =
  'select l.user_id from list_members m join lists l on l.id = m.list_id where m.user_id = $1';

/**
 * Who a list whose owner's account goes passes to: its longest-standing editor, else viewer (a
 * scalar subquery for the list `listId`, a column or a value; null when it has no members).
 */
export const heirOf = (listId: SQLWrapper | number): SQL<string | null> =>
  sql<string | null>`(select m.user_id from list_members m where m.list_id = ${listId}
    order by (m.role = 'editor') desc, m.created_at, m.user_id limit 1)`;
