// The policy suites' tables (test/policy-*.test.ts): each route the app registers, "METHOD /pattern",
// and the policy action it needs on a shared list, its tasks or its comments (tried by the owner, an
// editor, a viewer, a removed member and a stranger, through a JWT, an API key and a session
// cookie), or `self` when it acts only on the caller's own account or data (the cross-user suites
// try those); each MCP tool likewise. The answer each person gets is computed from the policy's
// rules (`can`): allowed is the route's success, seen but not allowed 403, unseen 404 as for what
// does not exist. test/route-tables.test.ts checks the tables cover what the app registers.
import { type Action, can, type Facts, type Role } from '../../server/platform/access/policy.js';

export const PEOPLE = ['owner', 'editor', 'viewer', 'removed', 'stranger'] as const;
export type Who = (typeof PEOPLE)[number];
/** Each person's role in the shared list; null: they cannot see it. */
export const ROLE_OF: Record<Who, Role | null> = {
  owner: 'owner',
  editor: 'editor',
  viewer: 'viewer',
  removed: null,
  stranger: null,
};
export const DOORS = ['jwt', 'api key', 'cookie'] as const;
export type Door = (typeof DOORS)[number];

/** What one try names: the list, a fresh task in it, and what the try asked to have made. */
export interface Ids {
  list: number;
  task: number;
  comment: number;
  invitation: number;
  /** A section of the list (when the try needs one). */
  section: number;
  /** The caller's id, and the viewer's. */
  self: string;
  viewer: string;
}

export interface Try {
  name: string;
  /** The policy action the route needs; 'own-only': it acts on the caller's own rows alone. */
  action: Action | 'own-only';
  facts?: (who: Who) => Facts;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** The success status for those allowed. */
  ok: number;
  /** What those who cannot see the list get, when not 404 (their own pages; 422 for a list named in a body). */
  unseen?: number;
  /** Answers that are not "allowed, 403 or unseen", with why. */
  except?: Partial<Record<Who, number>>;
  /** The try changes the list's people or deletes it: it gets a list of its own. */
  freshList?: true;
  /** The try needs a comment by the editor on the task, a pending invitation to the list, or a section of it. */
  needs?: 'comment' | 'invitation' | 'section';
  /** An event stream: only its status is read. */
  stream?: true;
}

/**
 * A route of the server's administrators (/api/admin): the policy's `server.administer`
 * (authorizeAdmin). No role on a list grants it: everyone but the administrator (the owner here,
 * the first account) gets 403 through every door, whoever the route names; the administrator reads.
 */
export interface AdminTry {
  admin: (target: string) => string;
  body?: unknown;
}

export type Entry = { self: string } | { tries: Try[] } | { tools: true } | AdminTry;

export const TASK = (ids: Ids) => `/api/me/tasks/${ids.task}`;
export const SECTION = (ids: Ids) => `/api/me/sections/${ids.section}`;
export const LIST = (ids: Ids) => `/api/me/lists/${ids.list}`;
const byEditor = (who: Who): Facts => ({ author: who === 'editor' });
export const SELF = {
  account: { self: "the caller's own account" },
  data: { self: "the caller's own rows only (user_id in the path; the cross-user suite)" },
  public: { self: 'public: no user, no data' },
  caldav: { self: 'CalDAV (Basic auth, app passwords): roles tried over WebDAV in test/caldav.test.ts' },
} as const;

/** Every registered route, "METHOD /pattern", and the policy it is held to. */
export const POLICY_TABLE: Record<string, Entry> = {
  'GET /health': SELF.public,
  'GET /health/live': SELF.public,
  'GET /health/ready': SELF.public,
  'GET /metrics': { self: 'operators: a bearer token of its own, no user data' },
  'GET /openapi.json': SELF.public,
  'GET /docs': SELF.public,
  'GET /docs/json': SELF.public,
  'GET /docs/yaml': SELF.public,
  'GET /docs/static/*': SELF.public,
  'GET /docs/static/index.html': SELF.public,
  'GET /docs/static/swagger-initializer.js': SELF.public,
  'GET /*': { self: 'the web app: public files (registered when web/dist is built)' },
  'GET /api/auth/*': SELF.account,
  'GET /api/auth/options': SELF.public,
  'OPTIONS *': { self: 'CORS preflight: no user, no data' },
  'POST /api/auth/*': SELF.account,
  'GET /api/:user_id/tasks': {
    tries: [
      {
        name: 'all tasks (seed route)',
        action: 'task.read',
        path: () => '/api/me/tasks',
        ok: 200,
        unseen: 200,
      },
      {
        name: 'tasks of the list',
        action: 'task.read',
        path: (ids) => `/api/me/tasks?list_id=${ids.list}`,
        ok: 200,
        unseen: 200,
      },
    ],
  },
  'POST /api/:user_id/tasks': {
    tries: [
      {
        name: 'add a task to the list',
        action: 'task.create',
        path: () => '/api/me/tasks',
        body: (ids) => ({ title: 'Added', list_id: ids.list }),
        ok: 201,
        unseen: 422,
      },
      {
        name: 'add a subtask',
        action: 'task.create',
        path: () => '/api/me/tasks',
        body: (ids) => ({ title: 'Sub', parent_id: ids.task }),
        ok: 201,
        unseen: 422,
      },
    ],
  },
  'POST /api/:user_id/tasks/quick': {
    tries: [
      {
        name: 'quick add to the list',
        action: 'task.create',
        path: () => '/api/me/tasks/quick',
        body: (ids) => ({ text: 'Quick one tomorrow', list_id: ids.list }),
        ok: 201,
        unseen: 422,
      },
    ],
  },
  'GET /api/:user_id/tasks/:id': {
    tries: [{ name: 'get a task', action: 'task.read', path: TASK, ok: 200 }],
  },
  'PUT /api/:user_id/tasks/:id': {
    tries: [
      {
        name: 'replace a task',
        action: 'task.update',
        path: TASK,
        body: () => ({ title: 'Replaced' }),
        ok: 200,
      },
    ],
  },
  'PATCH /api/:user_id/tasks/:id': {
    tries: [
      {
        name: 'patch a task',
        action: 'task.update',
        path: TASK,
        body: () => ({ title: 'Patched', priority: 'high' }),
        ok: 200,
      },
    ],
  },
  'DELETE /api/:user_id/tasks/:id': {
    tries: [{ name: 'delete a task', action: 'task.delete', path: TASK, ok: 204 }],
  },
  'PATCH /api/:user_id/tasks/:id/complete': {
    tries: [
      { name: 'toggle completion', action: 'task.update', path: (ids) => `${TASK(ids)}/complete`, ok: 200 },
    ],
  },
  'POST /api/:user_id/tasks/:id/skip': {
    tries: [
      { name: 'skip an occurrence', action: 'task.update', path: (ids) => `${TASK(ids)}/skip`, ok: 200 },
    ],
  },
  'POST /api/:user_id/tasks/:id/move': {
    tries: [
      {
        name: 'move to the top of its list',
        action: 'task.update',
        path: (ids) => `${TASK(ids)}/move`,
        body: () => ({ parent_id: null }),
        ok: 200,
      },
    ],
  },
  'POST /api/:user_id/tasks/:id/snooze': {
    tries: [
      {
        name: 'snooze a reminder',
        action: 'task.update',
        path: (ids) => `${TASK(ids)}/snooze`,
        body: () => ({ minutes: 10 }),
        ok: 200,
      },
    ],
  },
  'POST /api/:user_id/tasks/bulk': {
    tries: [
      {
        name: 'bulk-complete',
        action: 'own-only',
        path: () => '/api/me/tasks/bulk',
        body: (ids) => ({ action: 'complete', ids: [ids.task] }),
        ok: 200,
      },
    ],
  },
  'GET /api/:user_id/tasks/:id/comments': {
    tries: [{ name: 'read comments', action: 'task.read', path: (ids) => `${TASK(ids)}/comments`, ok: 200 }],
  },
  'POST /api/:user_id/tasks/:id/comments': {
    tries: [
      {
        name: 'comment',
        action: 'comment.create',
        path: (ids) => `${TASK(ids)}/comments`,
        body: () => ({ body: 'A comment' }),
        ok: 201,
      },
    ],
  },
  'PATCH /api/:user_id/tasks/:id/comments/:comment_id': {
    tries: [
      {
        name: "edit the editor's comment",
        action: 'comment.update',
        facts: byEditor,
        needs: 'comment',
        path: (ids) => `${TASK(ids)}/comments/${ids.comment}`,
        body: () => ({ body: 'Edited' }),
        ok: 200,
      },
    ],
  },
  'DELETE /api/:user_id/tasks/:id/comments/:comment_id': {
    tries: [
      {
        name: "delete the editor's comment",
        action: 'comment.delete',
        facts: byEditor,
        needs: 'comment',
        path: (ids) => `${TASK(ids)}/comments/${ids.comment}`,
        ok: 204,
      },
    ],
  },
  'GET /api/:user_id/tasks/:id/activity': {
    tries: [
      { name: "a task's history", action: 'task.read', path: (ids) => `${TASK(ids)}/activity`, ok: 200 },
    ],
  },
  'GET /api/:user_id/lists': { self: "the caller's own lists and those shared with them (their pages)" },
  'POST /api/:user_id/lists': SELF.data,
  'GET /api/:user_id/lists/:id': { tries: [{ name: 'the list', action: 'list.read', path: LIST, ok: 200 }] },
  'PATCH /api/:user_id/lists/:id': {
    tries: [
      {
        name: 'recolour the list',
        action: 'list.update',
        path: LIST,
        body: () => ({ color: '#123456' }),
        ok: 200,
      },
    ],
  },
  'DELETE /api/:user_id/lists/:id': {
    tries: [{ name: 'delete the list', action: 'list.delete', path: LIST, ok: 204, freshList: true }],
  },
  'GET /api/:user_id/lists/:id/members': {
    tries: [{ name: 'its people', action: 'list.read', path: (ids) => `${LIST(ids)}/members`, ok: 200 }],
  },
  'POST /api/:user_id/lists/:id/members': {
    tries: [
      {
        name: 'invite',
        action: 'list.share',
        path: (ids) => `${LIST(ids)}/members`,
        body: () => ({ email: `guest.${Math.random().toString(36).slice(2)}@example.com` }),
        ok: 202,
      },
    ],
  },
  'PATCH /api/:user_id/lists/:id/members/:member_id': {
    tries: [
      {
        name: "change the viewer's role",
        action: 'list.share',
        path: (ids) => `${LIST(ids)}/members/${ids.viewer}`,
        body: () => ({ role: 'editor' }),
        ok: 200,
        freshList: true,
      },
    ],
  },
  'DELETE /api/:user_id/lists/:id/members/:member_id': {
    tries: [
      {
        name: 'remove the viewer',
        action: 'list.share',
        path: (ids) => `${LIST(ids)}/members/${ids.viewer}`,
        ok: 204,
        // The viewer removing themselves is leaving.
        except: { viewer: 204 },
        freshList: true,
      },
      {
        name: 'leave',
        action: 'list.leave',
        path: (ids) => `${LIST(ids)}/members/${ids.self}`,
        ok: 204,
        // The owner is not a member: their own list is deleted, not left.
        except: { owner: 409 },
        freshList: true,
      },
    ],
  },
  'DELETE /api/:user_id/lists/:id/invitations/:invitation_id': {
    tries: [
      {
        name: 'withdraw an invitation',
        action: 'list.share',
        needs: 'invitation',
        path: (ids) => `${LIST(ids)}/invitations/${ids.invitation}`,
        ok: 204,
      },
    ],
  },
  'GET /api/:user_id/lists/:id/activity': {
    tries: [
      { name: "the list's history", action: 'list.read', path: (ids) => `${LIST(ids)}/activity`, ok: 200 },
    ],
  },
  'GET /api/:user_id/lists/:id/events': {
    tries: [
      {
        name: "the list's live events",
        action: 'list.read',
        path: (ids) => `${LIST(ids)}/events`,
        ok: 200,
        stream: true,
      },
    ],
  },
  'GET /api/:user_id/sections': {
    tries: [
      {
        name: "the list's sections",
        action: 'list.read',
        path: (ids) => `/api/me/sections?list_id=${ids.list}`,
        ok: 200,
      },
    ],
  },
  'POST /api/:user_id/sections': {
    tries: [
      {
        name: 'add a section',
        action: 'section.update',
        path: () => '/api/me/sections',
        body: (ids) => ({ list_id: ids.list, name: `Added ${ids.task}` }),
        ok: 201,
        unseen: 422,
      },
    ],
  },
  'GET /api/:user_id/sections/:id': {
    tries: [{ name: 'a section', action: 'list.read', needs: 'section', path: SECTION, ok: 200 }],
  },
  'PATCH /api/:user_id/sections/:id': {
    tries: [
      {
        name: 'rename a section',
        action: 'section.update',
        needs: 'section',
        path: SECTION,
        body: () => ({ name: 'Renamed section' }),
        ok: 200,
      },
    ],
  },
  'DELETE /api/:user_id/sections/:id': {
    tries: [
      { name: 'delete a section', action: 'section.update', needs: 'section', path: SECTION, ok: 204 },
      {
        name: 'delete a section with its tasks',
        action: 'section.update',
        needs: 'section',
        path: (ids) => `${SECTION(ids)}?tasks=delete`,
        ok: 204,
      },
    ],
  },
  'GET /api/:user_id/invitations': { self: "invitations to the caller's own address" },
  'POST /api/:user_id/invitations/:id/accept': { self: "an invitation to the caller's own address" },
  'POST /api/:user_id/invitations/:id/decline': { self: "an invitation to the caller's own address" },
  'GET /api/:user_id/tags': SELF.data,
  'PATCH /api/:user_id/tags/:name': SELF.data,
  'DELETE /api/:user_id/tags/:name': SELF.data,
  'GET /api/:user_id/filters': SELF.data,
  'POST /api/:user_id/filters': SELF.data,
  'GET /api/:user_id/filters/:id': SELF.data,
  'PATCH /api/:user_id/filters/:id': SELF.data,
  'DELETE /api/:user_id/filters/:id': SELF.data,
  'GET /api/:user_id/notifications': SELF.data,
  'PATCH /api/:user_id/notifications/:id': SELF.data,
  'POST /api/:user_id/notifications/read': SELF.data,
  'GET /api/:user_id/settings': SELF.data,
  'PATCH /api/:user_id/settings': SELF.data,
  'GET /api/:user_id/export': {
    self: "the caller's own tasks and lists (a shared list is its owner's to export)",
  },
  'POST /api/:user_id/import': SELF.data,
  'POST /api/:user_id/import/:source': SELF.data,
  'GET /api/:user_id/events': { self: "the caller's own events (a shared list's: GET /lists/:id/events)" },
  'POST /api/:user_id/chat': { self: 'the assistant: its tools are held to the policy (TOOL_TABLE)' },
  'POST /api/:user_id/chat/stream': { self: 'the assistant: its tools are held to the policy (TOOL_TABLE)' },
  'GET /api/:user_id/chat/model': SELF.data,
  'PUT /api/:user_id/chat/model': SELF.data,
  'DELETE /api/:user_id/chat/model': SELF.data,
  'POST /api/:user_id/chat/model/test': SELF.data,
  'GET /api/:user_id/conversations': SELF.data,
  'GET /api/:user_id/conversations/:id': SELF.data,
  'PATCH /api/:user_id/conversations/:id': SELF.data,
  'DELETE /api/:user_id/conversations/:id': SELF.data,
  'POST /api/:user_id/api-keys': SELF.data,
  'GET /api/:user_id/api-keys': SELF.data,
  'DELETE /api/:user_id/api-keys/:id': SELF.data,
  'POST /api/:user_id/calendar-feeds': {
    tries: [
      {
        name: 'a calendar feed of the list',
        action: 'list.read',
        path: () => '/api/me/calendar-feeds',
        body: (ids) => ({ list_id: ids.list }),
        ok: 201,
        freshList: true,
      },
    ],
  },
  'GET /api/:user_id/calendar-feeds': SELF.data,
  'POST /api/:user_id/calendar-feeds/:id/regenerate': SELF.data,
  'DELETE /api/:user_id/calendar-feeds/:id': SELF.data,
  'GET /feeds/:id/:file': {
    self: "a calendar feed's secret URL: what it shows is re-checked at each fetch (test/feeds.test.ts)",
  },
  'POST /api/:user_id/webhooks': SELF.data,
  'GET /api/:user_id/webhooks': SELF.data,
  'GET /api/:user_id/webhooks/:id': SELF.data,
  'DELETE /api/:user_id/webhooks/:id': SELF.data,
  'GET /api/:user_id/webhooks/:id/deliveries': SELF.data,
  'POST /api/:user_id/webhooks/:id/enable': SELF.data,
  'GET /api/:user_id/reminders': {
    self: 'reminders due to the caller (their own, and tasks assigned to them)',
  },
  'GET /api/:user_id/push-subscriptions': SELF.data,
  'POST /api/:user_id/push-subscriptions': SELF.data,
  'DELETE /api/:user_id/push-subscriptions/:id': SELF.data,
  'DELETE /api/:user_id/push-subscriptions': SELF.data,
  'GET /api/admin/users': { admin: () => '/api/admin/users' },
  'GET /api/admin/actions': { admin: () => '/api/admin/actions' },
  'GET /api/admin/backups': { admin: () => '/api/admin/backups' },
  'POST /api/admin/backups': { admin: () => '/api/admin/backups' },
  'GET /api/admin/signup': { admin: () => '/api/admin/signup' },
  'PUT /api/admin/signup': { admin: () => '/api/admin/signup', body: { mode: 'closed' } },
  'GET /api/admin/model': { admin: () => '/api/admin/model' },
  'PUT /api/admin/model': {
    admin: () => '/api/admin/model',
    body: { base_url: 'http://127.0.0.1:9/v1', model: 'policy' },
  },
  'DELETE /api/admin/model': { admin: () => '/api/admin/model' },
  'POST /api/admin/invitations': { admin: () => '/api/admin/invitations', body: {} },
  'DELETE /api/admin/invitations/:id': { admin: () => '/api/admin/invitations/1' },
  'POST /api/admin/users/:id/disable': { admin: (id) => `/api/admin/users/${id}/disable` },
  'POST /api/admin/users/:id/enable': { admin: (id) => `/api/admin/users/${id}/enable` },
  'POST /api/admin/users/:id/password-reset': { admin: (id) => `/api/admin/users/${id}/password-reset` },
  'POST /api/admin/users/:id/verification': { admin: (id) => `/api/admin/users/${id}/verification` },
  'POST /api/admin/users/:id/admin': {
    admin: (id) => `/api/admin/users/${id}/admin`,
    body: { is_admin: true },
  },
  'DELETE /api/admin/users/:id': { admin: (id) => `/api/admin/users/${id}?shared_lists=delete` },
  'GET /api/me': SELF.account,
  'DELETE /api/me': SELF.account,
  'POST /api/me/password': SELF.account,
  'GET /api/me/sessions': SELF.account,
  'DELETE /api/me/sessions/:id': SELF.account,
  // CalDAV: the same policy through the task and list services; owner, editor, viewer and
  // stranger are tried over WebDAV in test/caldav.test.ts (shared lists and isolation).
  'GET /.well-known/caldav': SELF.public,
  'OPTIONS /.well-known/caldav': SELF.public,
  'PROPFIND /.well-known/caldav': SELF.public,
  'DELETE /dav': SELF.caldav,
  'DELETE /dav/*': SELF.caldav,
  'GET /dav': SELF.caldav,
  'GET /dav/*': SELF.caldav,
  'MKCALENDAR /dav': SELF.caldav,
  'MKCALENDAR /dav/*': SELF.caldav,
  'MKCOL /dav': SELF.caldav,
  'MKCOL /dav/*': SELF.caldav,
  'OPTIONS /dav': SELF.caldav,
  'OPTIONS /dav/*': SELF.caldav,
  'PROPFIND /dav': SELF.caldav,
  'PROPFIND /dav/*': SELF.caldav,
  'PROPPATCH /dav': SELF.caldav,
  'PROPPATCH /dav/*': SELF.caldav,
  'PUT /dav': SELF.caldav,
  'PUT /dav/*': SELF.caldav,
  'REPORT /dav': SELF.caldav,
  'REPORT /dav/*': SELF.caldav,
  'COPY /dav': SELF.caldav,
  'COPY /dav/*': SELF.caldav,
  'LOCK /dav': SELF.caldav,
  'LOCK /dav/*': SELF.caldav,
  'MOVE /dav': SELF.caldav,
  'MOVE /dav/*': SELF.caldav,
  'PATCH /dav': SELF.caldav,
  'PATCH /dav/*': SELF.caldav,
  'POST /dav': SELF.caldav,
  'POST /dav/*': SELF.caldav,
  'UNLOCK /dav': SELF.caldav,
  'UNLOCK /dav/*': SELF.caldav,
  'POST /mcp': { tools: true },
  'GET /mcp': SELF.account,
  'DELETE /mcp': SELF.account,
};

/** Every MCP tool: the policy action it needs on the shared list or a fresh task in it, or `self`. */
export interface ToolTry {
  action: Action | 'own-only';
  needs?: Try['needs'];
  args: (ids: Ids, listName: string) => Record<string, unknown>;
}
export const TOOL_TABLE: Record<string, ToolTry | { self: string }> = {
  add_task: { self: "adds to the caller's Inbox (no list argument)" },
  add_task_details: { action: 'task.create', args: (_, list) => ({ title: 'Added with details', list }) },
  quick_add: { self: "adds to the caller's Inbox (a list named in the text is looked up as add_task does)" },
  list_tasks: { self: 'lists what the caller sees (the seed route)' },
  search_tasks: { self: 'searches what the caller sees (the seed route)' },
  list_tags: SELF.data,
  list_lists: { self: "the caller's own lists and those shared with them" },
  create_list: SELF.data,
  move_task: { action: 'task.update', args: (ids, list) => ({ task_id: ids.task, list }) },
  add_subtask: { action: 'task.create', args: (ids) => ({ task_id: ids.task, title: 'Sub by a tool' }) },
  get_task: { action: 'task.read', args: (ids) => ({ task_id: ids.task }) },
  complete_task: { action: 'task.update', args: (ids) => ({ task_id: ids.task }) },
  reopen_task: { action: 'task.update', args: (ids) => ({ task_id: ids.task }) },
  delete_task: { action: 'task.delete', args: (ids) => ({ task_id: ids.task }) },
  skip_occurrence: { action: 'task.update', args: (ids) => ({ task_id: ids.task }) },
  update_task: { action: 'task.update', args: (ids) => ({ task_id: ids.task, title: 'Updated by a tool' }) },
  set_task_details: { action: 'task.update', args: (ids) => ({ task_id: ids.task, priority: 'low' }) },
  assign_task: { action: 'task.update', args: (ids) => ({ task_id: ids.task, assignee: null }) },
  comment_on_task: { action: 'comment.create', args: (ids) => ({ task_id: ids.task, body: 'By a tool' }) },
  list_comments: { action: 'task.read', args: (ids) => ({ task_id: ids.task }) },
  list_activity: { action: 'list.read', args: (_, list) => ({ list }) },
  list_members: { action: 'list.read', args: (_, list) => ({ list }) },
  list_notifications: { self: "the caller's own notifications" },
  list_sections: { action: 'list.read', args: (_, list) => ({ list }) },
  // A new name each time: an existing section of that name is answered as it is.
  create_section: {
    action: 'section.update',
    args: (ids, list) => ({ list, name: `By a tool ${ids.task}` }),
  },
  rename_section: {
    action: 'section.update',
    needs: 'section',
    args: (ids) => ({ section_id: ids.section, name: 'Renamed by a tool' }),
  },
  delete_section: {
    action: 'section.update',
    needs: 'section',
    args: (ids) => ({ section_id: ids.section }),
  },
};

export const ROUTE_TRIES = Object.entries(POLICY_TABLE).flatMap(([route, entry]) =>
  'tries' in entry ? entry.tries.map((attempt) => ({ route, attempt })) : [],
);

/** The status `who` must get: the route's success where the policy allows, else 403 seen, 404 unseen. */
export function expected(attempt: Try, who: Who): number {
  if (attempt.except?.[who] !== undefined) return attempt.except[who]!;
  const role = ROLE_OF[who];
  if (attempt.action === 'own-only') return who === 'owner' ? attempt.ok : 404;
  if (role === null) return attempt.unseen ?? 404;
  return can(role, attempt.action, attempt.facts?.(who)) ? attempt.ok : 403;
}
