// The policy suite: who may do what (server/platform/access/policy.ts), checked on every route and
// every MCP tool the app registers. Each registered route has an entry in POLICY_TABLE: the policy
// action it needs on a shared list, its tasks or its comments (tried by the owner, an editor, a
// viewer, a removed member and a stranger, through a JWT, an API key and a session cookie), or
// `self` when it acts only on the caller's own account or data (the cross-user suite tries those).
// The answer each person gets is computed from the policy's rules (`can`): allowed is the route's
// success, seen but not allowed 403, unseen 404 as for what does not exist; nothing a refused
// request names changes. A route or tool without an entry, or an entry for one that is gone, fails.
// The rules themselves are pinned by a literal table, and moves between lists of every role by a
// matrix of their own.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ACTIONS,
  type Action,
  can,
  type Facts,
  listPermissions,
  ROLES,
  type Role,
} from '../server/platform/access/policy.js';
import { queryRows } from '../server/platform/db/client.js';
import { PROBLEM } from './support/expect.js';
import { linkSecret } from './support/people.js';
import { registeredRoutes } from './support/routes.js';
import { type ApiResponse, startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

// Every Fastify instance records the routes registered on it (test/support/routes.ts).
vi.mock('fastify', async (importOriginal) => {
  const real = await importOriginal<typeof import('fastify')>();
  const { recordingFastify } = await import('./support/routes.js');
  return { ...real, default: recordingFastify(real.default) };
});

let server: TestServer;

const PEOPLE = ['owner', 'editor', 'viewer', 'removed', 'stranger'] as const;
type Who = (typeof PEOPLE)[number];
/** Each person's role in the shared list; null: they cannot see it. */
const ROLE_OF: Record<Who, Role | null> = {
  owner: 'owner',
  editor: 'editor',
  viewer: 'viewer',
  removed: null,
  stranger: null,
};
const DOORS = ['jwt', 'api key', 'cookie'] as const;
type Door = (typeof DOORS)[number];

interface Person {
  id: string;
  email: string;
  headers: Record<Door, Record<string, string>>;
}
const people = {} as Record<Who, Person>;

const call = (who: Who, door: Door, method: string, path: string, body?: unknown) =>
  server.request(method, path, { token: null, headers: people[who].headers[door], body });
const owner = (method: string, path: string, body?: unknown) => call('owner', 'jwt', method, path, body);

async function ok(res: Promise<ApiResponse>, status = 200) {
  const r = await res;
  expect(r.status, r.text).toBe(status);
  return r.body;
}

/** A real account reached by a JWT for its id, by an API key of its own and by its session cookie. */
async function person(name: string): Promise<Person> {
  const email = `${name}.${Date.now()}@example.com`;
  const headers = { origin: TEST_APP_URL };
  const up = await ok(
    server.request('POST', '/api/auth/sign-up/email', {
      body: { name, email, password: 'correct horse battery staple' },
      headers,
    }),
  );
  const id = up.user.id as string;
  const jwt = { authorization: `Bearer ${await server.tokenFor(id)}` };
  const key = await ok(
    server.request('POST', '/api/me/api-keys', { token: null, headers: jwt, body: { name: 'policy' } }),
    201,
  );
  const signIn = await server.request('POST', '/api/auth/sign-in/email', {
    body: { email, password: 'correct horse battery staple' },
    headers,
  });
  expect(signIn.status, signIn.text).toBe(200);
  const cookie = signIn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .join('; ');
  return {
    id,
    email,
    // A browser's session: the app's origin on every request, as the web app sends it.
    headers: { jwt, 'api key': { 'x-api-key': key.key }, cookie: { cookie, origin: TEST_APP_URL } },
  };
}

/**
 * A list of the owner's shared with the editor and the viewer, and once with the removed member:
 * through invitations (the first), or written straight into the database (the many fresh lists
 * the tries that change a list's people need, beyond the invitations one owner may send an hour).
 */
async function sharedList(name: string, through: 'invitations' | 'database' = 'database'): Promise<number> {
  const list = await ok(owner('POST', '/api/me/lists', { name }), 201);
  if (through === 'database') {
    for (const [who, role] of [
      ['editor', 'editor'],
      ['viewer', 'viewer'],
    ] as const) {
      await queryRows(
        server.database.db,
        sql`insert into list_members (list_id, user_id, role) values (${list.id}, ${people[who].id}, ${role})`,
      );
    }
    return list.id;
  }
  for (const [who, role] of [
    ['editor', 'editor'],
    ['viewer', 'viewer'],
    ['removed', 'editor'],
  ] as const) {
    const invitation = await ok(
      owner('POST', `/api/me/lists/${list.id}/members`, { email: people[who].email, role }),
      202,
    );
    await ok(
      call(who, 'jwt', 'POST', `/api/me/invitations/${invitation.id}/accept`, {
        token: linkSecret(invitation),
      }),
    );
  }
  await ok(owner('DELETE', `/api/me/lists/${list.id}/members/${people.removed.id}`), 204);
  return list.id;
}

/** What one try names: the list, a fresh task in it, and what the try asked to have made. */
interface Ids {
  list: number;
  task: number;
  comment: number;
  invitation: number;
  /** A section of the list (when the try needs one). */
  section: number;
  self: string;
}

interface Try {
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
interface AdminTry {
  admin: (target: string) => string;
  body?: unknown;
}

type Entry = { self: string } | { tries: Try[] } | { tools: true } | AdminTry;

const TASK = (ids: Ids) => `/api/me/tasks/${ids.task}`;
const SECTION = (ids: Ids) => `/api/me/sections/${ids.section}`;
const LIST = (ids: Ids) => `/api/me/lists/${ids.list}`;
const byEditor = (who: Who): Facts => ({ author: who === 'editor' });
const SELF = {
  account: { self: "the caller's own account" },
  data: { self: "the caller's own rows only (user_id in the path; the cross-user suite)" },
  public: { self: 'public: no user, no data' },
  caldav: { self: 'CalDAV (Basic auth, app passwords): roles tried over WebDAV in test/caldav.test.ts' },
} as const;

/** Every registered route, "METHOD /pattern", and the policy it is held to. */
const POLICY_TABLE: Record<string, Entry> = {
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
        path: (ids) => `${LIST(ids)}/members/${people.viewer.id}`,
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
        path: (ids) => `${LIST(ids)}/members/${people.viewer.id}`,
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
interface ToolTry {
  action: Action | 'own-only';
  needs?: Try['needs'];
  args: (ids: Ids, listName: string) => Record<string, unknown>;
}
const TOOL_TABLE: Record<string, ToolTry | { self: string }> = {
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

let listId: number;
const LIST_NAME = 'Shared by roles';
const mcp = {} as Record<Who, Client>;

beforeAll(async () => {
  server = await startTestServer();
  for (const who of PEOPLE) people[who] = await person(who);
  listId = await sharedList(LIST_NAME, 'invitations');
  for (const who of PEOPLE) {
    mcp[who] = new Client({ name: 'policy-suite', version: '1.0.0' });
    await mcp[who].connect(
      new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
        requestInit: { headers: people[who].headers.jwt },
      }),
    );
  }
});
afterAll(async () => {
  for (const client of Object.values(mcp)) await client.close();
  await server?.close();
});

/** A fresh task of the owner's in the list: recurring, so skip applies; under a parent, so move does. */
async function freshIds(list: number, who: Who, needs?: Try['needs']): Promise<Ids> {
  const parent = await ok(owner('POST', '/api/me/tasks', { title: 'Parent', list_id: list }), 201);
  const task = await ok(
    owner('POST', '/api/me/tasks', {
      title: 'Probe',
      parent_id: parent.id,
      due_date: '2030-01-01',
      recurrence: 'FREQ=WEEKLY',
      reminders: [{ at: '2030-01-01T08:00:00Z' }],
    }),
    201,
  );
  const ids: Ids = { list, task: task.id, comment: 0, invitation: 0, section: 0, self: people[who].id };
  if (needs === 'section') {
    ids.section = (
      await ok(owner('POST', '/api/me/sections', { list_id: list, name: `Section ${task.id}` }), 201)
    ).id;
  }
  if (needs === 'comment') {
    const comment = await ok(
      call('editor', 'jwt', 'POST', `/api/me/tasks/${task.id}/comments`, { body: "The editor's" }),
      201,
    );
    ids.comment = comment.id;
  }
  if (needs === 'invitation') {
    const [invitation] = await queryRows<{ id: string }>(
      server.database.db,
      sql`insert into list_invitations (list_id, email, role, invited_by)
          values (${list}, ${`pending.${task.id}@example.com`}, 'viewer', ${people.owner.id}) returning id`,
    );
    ids.invitation = Number(invitation!.id);
  }
  return ids;
}

/** The status `who` must get: the route's success where the policy allows, else 403 seen, 404 unseen. */
function expected(attempt: Try, who: Who): number {
  if (attempt.except?.[who] !== undefined) return attempt.except[who]!;
  const role = ROLE_OF[who];
  if (attempt.action === 'own-only') return who === 'owner' ? attempt.ok : 404;
  if (role === null) return attempt.unseen ?? 404;
  return can(role, attempt.action, attempt.facts?.(who)) ? attempt.ok : 403;
}

/** What the owner sees of the list and the task, to compare before and after a refused request. */
async function snapshot(ids: Ids): Promise<string[]> {
  return Promise.all(
    [
      TASK(ids),
      `${TASK(ids)}/comments`,
      `${LIST(ids)}`,
      `${LIST(ids)}/members`,
      `/api/me/sections?list_id=${ids.list}`,
    ].map(async (path) => (await owner('GET', path)).text),
  );
}

async function streamStatus(who: Who, door: Door, path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(server.url + path, { headers: people[who].headers[door] });
  if (res.status !== 200) return { status: res.status, text: await res.text() };
  await res.body?.cancel();
  return { status: res.status, text: '' };
}

const ROUTE_TRIES = Object.entries(POLICY_TABLE).flatMap(([route, entry]) =>
  'tries' in entry ? entry.tries.map((attempt) => ({ route, attempt })) : [],
);

describe('the policy covers what the app registers', () => {
  it('every registered route has an entry in POLICY_TABLE, and every entry is a registered route', () => {
    const routes = registeredRoutes(server.app);
    const missing = routes.filter((r) => !(r in POLICY_TABLE));
    const gone = Object.keys(POLICY_TABLE).filter((r) => !routes.includes(r) && r !== 'GET /*');
    expect(
      { 'routes with no policy': missing, 'entries for routes that no longer exist': gone },
      `POLICY_TABLE: add an entry for ${missing.join(', ') || '-'}; remove ${gone.join(', ') || '-'}`,
    ).toEqual({ 'routes with no policy': [], 'entries for routes that no longer exist': [] });
  });

  it('every MCP tool has an entry in TOOL_TABLE, and every entry is a tool', async () => {
    const names = (await mcp.owner.listTools()).tools.map((t) => t.name);
    expect(Object.keys(TOOL_TABLE).sort()).toEqual([...names].sort());
  });

  it('every action of the policy is tried by some route', () => {
    const tried = new Set(ROUTE_TRIES.map((t) => t.attempt.action));
    expect(ACTIONS.filter((a) => !tried.has(a) && a !== 'task.read')).toEqual([]);
  });
});

describe('the rules', () => {
  it('are this table of roles and actions (a change of policy changes this test)', () => {
    const table = Object.fromEntries(
      ACTIONS.map((action) => [
        action,
        ROLES.filter((role) => can(role, action, { author: true }))
          .map((role) => (can(role, action, { author: false }) ? role : `${role} (author)`))
          .join(', '),
      ]),
    );
    expect(table).toEqual({
      'list.read': 'owner, editor, viewer',
      'list.update': 'owner',
      'list.delete': 'owner',
      'list.share': 'owner',
      'list.leave': 'editor, viewer',
      'task.create': 'owner, editor',
      'task.read': 'owner, editor, viewer',
      'task.update': 'owner, editor',
      'task.delete': 'owner, editor',
      'section.update': 'owner, editor',
      'comment.create': 'owner, editor',
      'comment.update': 'owner (author), editor (author)',
      'comment.delete': 'owner, editor (author)',
    });
    expect(ACTIONS.some((action) => can(null, action))).toBe(false);
  });

  it("a list's permissions are the rules for its caller's role", async () => {
    for (const who of ['owner', 'editor', 'viewer'] as const) {
      const list = await ok(call(who, 'jwt', 'GET', `/api/me/lists/${listId}`));
      expect(list.permissions, who).toEqual(listPermissions(ROLE_OF[who]!));
    }
    expect((await ok(call('viewer', 'jwt', 'GET', `/api/me/lists/${listId}`))).permissions).toEqual({
      update: false,
      delete: false,
      share: false,
      leave: true,
      create_tasks: false,
      update_tasks: false,
      delete_tasks: false,
      update_sections: false,
      comment: false,
    });
  });
});

// Each person tries each route through each door. A refused try changes nothing, so the three doors
// share one task (and one check that nothing changed, after all three); an allowed change gets a
// task of its own for each door, and an allowed read reads the same one three times. A third of
// the requests of one test per door, for the same answers checked.
describe('every route through every door', () => {
  it.each(
    ROUTE_TRIES.flatMap(({ route, attempt }) =>
      PEOPLE.map((who) => [`${route}: ${attempt.name}, as the ${who}`, route, attempt, who] as const),
    ),
  )('%s', async (_, route, attempt, who) => {
    const want = expected(attempt, who);
    const method = route.split(' ')[0]!;
    const shared = want >= 400 || method === 'GET';
    const fresh = async () => {
      const list = attempt.freshList
        ? await sharedList(`Fresh ${Math.random().toString(36).slice(2)}`)
        : listId;
      const ids = await freshIds(list, who, attempt.needs);
      return { ids, before: want >= 400 ? await snapshot(ids) : [] };
    };
    let fixture = await fresh();
    for (const door of DOORS) {
      if (!shared && door !== DOORS[0]) fixture = await fresh();
      const path = attempt.path(fixture.ids);
      const res = attempt.stream
        ? await streamStatus(who, door, path)
        : await call(who, door, method, path, attempt.body?.(fixture.ids));
      expect(res.status, `${door}: ${res.text}`).toBe(want);
      if (want >= 400 && !attempt.stream)
        expect((res as ApiResponse).headers.get('content-type')).toMatch(PROBLEM);
      if (ROLE_OF[who] === null) {
        expect(res.text).not.toContain('Probe');
        expect(res.text).not.toContain(LIST_NAME);
      }
    }
    // Refused through every door: what it named is exactly as it was.
    if (want >= 400) expect(await snapshot(fixture.ids)).toEqual(fixture.before);
  });
});

describe.each(DOORS)("the administrators' routes through a %s", (door) => {
  const ADMIN = Object.entries(POLICY_TABLE).filter((e): e is [string, AdminTry] => 'admin' in e[1]);
  it.each(
    ADMIN.flatMap(([route, entry]) =>
      PEOPLE.map((who) => [`${route}, as the ${who}`, route, entry, who] as const),
    ),
  )('%s', async (_, route, entry, who) => {
    const method = route.split(' ')[0]!;
    // Each names the editor's account (the owner's, when the owner tries: not their own).
    const target = people[who === 'editor' ? 'owner' : 'editor'].id;
    if (who === 'owner') {
      // The administrator: reads answer; changes are test/admin.test.ts's.
      if (method === 'GET') await ok(call(who, door, method, entry.admin(target)));
      return;
    }
    const res = await call(who, door, method, entry.admin(target), entry.body);
    expect(res.status, res.text).toBe(403);
    expect(res.headers.get('content-type')).toMatch(PROBLEM);
    expect(res.body.detail).toMatch(/^Only the server's administrators can /);
  });
});

describe('every MCP tool', () => {
  const tries = Object.entries(TOOL_TABLE).flatMap(([name, entry]) =>
    'action' in entry ? PEOPLE.map((who) => [`${name}, as the ${who}`, name, entry, who] as const) : [],
  );
  it.each(tries)('%s', async (_, name, entry, who) => {
    const ids = await freshIds(listId, who, entry.needs);
    const before = await snapshot(ids);
    const result = (await mcp[who].callTool({
      name,
      arguments: { user_id: 'me', ...entry.args(ids, LIST_NAME) },
    })) as CallToolResult;
    const role = ROLE_OF[who];
    const allowed = entry.action === 'own-only' ? who === 'owner' : can(role, entry.action);
    const text = JSON.stringify(result.content);
    expect(Boolean(result.isError), text).toBe(!allowed);
    if (!allowed) expect(await snapshot(ids)).toEqual(before);
    if (role === null) expect(text).not.toContain('Probe');
  });
});

describe('moves between lists of every role', () => {
  // The editor of the shared list moves a task out of a list of the owner's where they have
  // `from` into one where they have `to`. The move needs task.update where the task is and
  // task.create where it goes; a list they cannot see (private, the owner's Inbox, their own
  // list, which holds only their own tasks) answers as one that does not exist (422).
  const PLACES = ['editor', 'viewer', 'private', "owner's inbox", 'own list'] as const;
  type Place = (typeof PLACES)[number];
  const lists = {} as Record<Place, number | null>;
  const roleIn: Record<Place, Role | null> = {
    editor: 'editor',
    viewer: 'viewer',
    private: null,
    "owner's inbox": null,
    'own list': null,
  };

  beforeAll(async () => {
    lists.editor = await sharedList('Editor list two');
    const viewerList = await ok(owner('POST', '/api/me/lists', { name: 'Viewer list' }), 201);
    const invitation = await ok(
      owner('POST', `/api/me/lists/${viewerList.id}/members`, { email: people.editor.email, role: 'viewer' }),
      202,
    );
    await ok(
      call('editor', 'jwt', 'POST', `/api/me/invitations/${invitation.id}/accept`, {
        token: linkSecret(invitation),
      }),
    );
    lists.viewer = viewerList.id;
    lists.private = (await ok(owner('POST', '/api/me/lists', { name: 'Private' }), 201)).id;
    lists["owner's inbox"] = null;
    lists['own list'] = (await ok(call('editor', 'jwt', 'POST', '/api/me/lists', { name: 'Mine' }), 201)).id;
  });

  const WAYS = [
    'move list_id',
    'patch list_id',
    'move under a task there',
    'move after a task there',
  ] as const;
  const cases = (['editor', 'viewer'] as const).flatMap((from) =>
    PLACES.filter((to) => to !== from).flatMap((to) => WAYS.map((way) => [from, to, way] as const)),
  );

  it.each(cases)('from a list where they are %s to %s, by %s', async (from, to, way) => {
    const source = from === 'editor' ? listId : lists.viewer;
    const task = await ok(owner('POST', '/api/me/tasks', { title: 'Mover', list_id: source }), 201);
    const destination = lists[to];
    const anchorOwner = to === 'own list' ? 'editor' : 'owner';
    const anchor =
      way.startsWith('move under') || way.startsWith('move after')
        ? await ok(
            call(anchorOwner, 'jwt', 'POST', '/api/me/tasks', { title: 'Anchor', list_id: destination }),
            201,
          )
        : null;
    const before = (await owner('GET', `/api/me/tasks/${task.id}`)).text;
    const path = `/api/me/tasks/${task.id}`;
    const res =
      way === 'move list_id'
        ? await call('editor', 'jwt', 'POST', `${path}/move`, { list_id: destination })
        : way === 'patch list_id'
          ? await call('editor', 'jwt', 'PATCH', path, { list_id: destination })
          : way === 'move under a task there'
            ? await call('editor', 'jwt', 'POST', `${path}/move`, { parent_id: anchor.id })
            : await call('editor', 'jwt', 'POST', `${path}/move`, { after_id: anchor.id });
    const want = !can(roleIn[from], 'task.update')
      ? 403
      : roleIn[to] === null
        ? 422
        : can(roleIn[to], 'task.create')
          ? 200
          : 403;
    expect(res.status, res.text).toBe(want);
    if (want !== 200) {
      expect(res.headers.get('content-type')).toMatch(PROBLEM);
      expect((await owner('GET', `/api/me/tasks/${task.id}`)).text).toBe(before);
    }
  });
});
