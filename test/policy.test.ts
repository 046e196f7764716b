// Every route that reaches a shared list or its tasks, tried by each role: the owner, an editor, a
// viewer, a removed member and a stranger, through a JWT, an API key and a session cookie. Reads answer
// the owner and members alike; writes answer 403 to a viewer; the list's settings and people
// answer 403 to every member; a removed member and a stranger get 404, as for what does not exist.
// Nothing a refused request names changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM } from './support/expect.js';
import { type ApiResponse, startTestServer, TEST_APP_URL, type TestServer } from './support/server.js';

let server: TestServer;

const ROLES = ['owner', 'editor', 'viewer', 'removed', 'stranger'] as const;
type Role = (typeof ROLES)[number];
type Door = 'jwt' | 'api key' | 'cookie';
type Call = (method: string, path: string, body?: unknown) => Promise<ApiResponse>;

interface Person {
  id: string;
  email: string;
  call: Record<Door, Call>;
}

let listId: number;
const people = {} as Record<Role, Person>;

/** A real account reached by a JWT for its id, by an API key of its own and by its session cookie. */
async function person(name: string): Promise<Person> {
  const email = `${name}.${Date.now()}@example.com`;
  const up = await server.request('POST', '/api/auth/sign-up/email', {
    body: { name, email, password: 'correct horse battery staple' },
    headers: { origin: TEST_APP_URL },
  });
  expect(up.status, up.text).toBe(200);
  const id = up.body.user.id as string;
  const jwt = server.as(id);
  const key = await jwt('POST', '/api/me/api-keys', { body: { name: 'roles' } });
  expect(key.status, key.text).toBe(201);
  const signIn = await server.request('POST', '/api/auth/sign-in/email', {
    body: { email, password: 'correct horse battery staple' },
    headers: { origin: TEST_APP_URL },
  });
  expect(signIn.status, signIn.text).toBe(200);
  const cookie = signIn.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .join('; ');
  return {
    id,
    email,
    call: {
      jwt: (method, path, body) => jwt(method, path, { body }),
      'api key': (method, path, body) =>
        server.request(method, path, { token: null, headers: { 'x-api-key': key.body.key }, body }),
      // A browser's session: the app's origin on every request, as the web app sends it.
      cookie: (method, path, body) =>
        server.request(method, path, { token: null, headers: { cookie, origin: TEST_APP_URL }, body }),
    },
  };
}

/** What a route does to the list or task it names, which decides each role's answer. */
type Kind = 'read' | 'write' | 'owner-only' | 'own-tasks-only';

interface Route {
  name: string;
  method: string;
  kind: Kind;
  /** The path (and body) given a fresh task of the list. */
  path: (task: number) => string;
  body?: (task: number) => unknown;
  /** The success status for those allowed. */
  ok: number;
  /** What a removed member and a stranger get, when not 404: their own pages, or 422 for a list or parent they cannot name. */
  outsider?: number;
}

const ROUTES: Route[] = [
  {
    name: 'list tasks (seed route)',
    method: 'GET',
    kind: 'read',
    path: () => '/api/me/tasks',
    ok: 200,
    outsider: 200,
  },
  {
    name: 'tasks of the list',
    method: 'GET',
    kind: 'read',
    path: () => `/api/me/tasks?list_id=${listId}`,
    ok: 200,
    outsider: 200,
  },
  { name: 'get a task', method: 'GET', kind: 'read', path: (t) => `/api/me/tasks/${t}`, ok: 200 },
  { name: 'comments', method: 'GET', kind: 'read', path: (t) => `/api/me/tasks/${t}/comments`, ok: 200 },
  { name: 'the list', method: 'GET', kind: 'read', path: () => `/api/me/lists/${listId}`, ok: 200 },
  {
    name: 'its members',
    method: 'GET',
    kind: 'read',
    path: () => `/api/me/lists/${listId}/members`,
    ok: 200,
  },
  {
    name: 'replace a task',
    method: 'PUT',
    kind: 'write',
    path: (t) => `/api/me/tasks/${t}`,
    body: () => ({ title: 'Replaced' }),
    ok: 200,
  },
  {
    name: 'patch a task',
    method: 'PATCH',
    kind: 'write',
    path: (t) => `/api/me/tasks/${t}`,
    body: () => ({ title: 'Patched', priority: 'high' }),
    ok: 200,
  },
  {
    name: 'toggle completion',
    method: 'PATCH',
    kind: 'write',
    path: (t) => `/api/me/tasks/${t}/complete`,
    ok: 200,
  },
  {
    name: 'skip an occurrence',
    method: 'POST',
    kind: 'write',
    path: (t) => `/api/me/tasks/${t}/skip`,
    ok: 200,
  },
  {
    name: 'move to the top',
    method: 'POST',
    kind: 'write',
    path: (t) => `/api/me/tasks/${t}/move`,
    body: () => ({ parent_id: null }),
    ok: 200,
  },
  { name: 'delete a task', method: 'DELETE', kind: 'write', path: (t) => `/api/me/tasks/${t}`, ok: 204 },
  {
    name: 'comment',
    method: 'POST',
    kind: 'write',
    path: (t) => `/api/me/tasks/${t}/comments`,
    body: () => ({ body: 'A comment' }),
    ok: 201,
  },
  {
    name: 'add a task to the list',
    method: 'POST',
    kind: 'write',
    path: () => '/api/me/tasks',
    body: () => ({ title: 'Added', list_id: listId }),
    ok: 201,
    outsider: 422,
  },
  {
    name: 'quick add to the list',
    method: 'POST',
    kind: 'write',
    path: () => '/api/me/tasks/quick',
    body: () => ({ text: 'Quick one tomorrow', list_id: listId }),
    ok: 201,
    outsider: 422,
  },
  {
    name: 'add a subtask',
    method: 'POST',
    kind: 'write',
    path: () => '/api/me/tasks',
    body: (t) => ({ title: 'Sub', parent_id: t }),
    ok: 201,
    outsider: 422,
  },
  {
    name: 'rename the list',
    method: 'PATCH',
    kind: 'owner-only',
    path: () => `/api/me/lists/${listId}`,
    body: () => ({ color: '#123456' }),
    ok: 200,
  },
  {
    name: 'invite',
    method: 'POST',
    kind: 'owner-only',
    path: () => `/api/me/lists/${listId}/members`,
    body: () => ({ email: `guest.${Math.random().toString(36).slice(2)}@example.com` }),
    ok: 202,
  },
  {
    name: 'bulk-complete',
    method: 'POST',
    kind: 'own-tasks-only',
    path: () => '/api/me/tasks/bulk',
    body: (t) => ({ action: 'complete', ids: [t] }),
    ok: 200,
  },
];

/** The status a role gets from a route. */
function expected(route: Route, role: Role): number {
  if (role === 'removed' || role === 'stranger') return route.outsider ?? 404;
  if (role === 'owner') return route.ok;
  switch (route.kind) {
    case 'read':
      return route.ok;
    case 'write':
      return role === 'editor' ? route.ok : 403;
    case 'owner-only':
      return 403;
    case 'own-tasks-only':
      return 404;
  }
}

beforeAll(async () => {
  server = await startTestServer();
  for (const role of ROLES) people[role] = await person(role);
  const owner = people.owner.call.jwt;
  const list = await owner('POST', '/api/me/lists', { name: 'Shared by roles' });
  expect(list.status, list.text).toBe(201);
  listId = list.body.id;
  for (const [role, as] of [
    ['editor', 'editor'],
    ['viewer', 'viewer'],
    ['removed', 'editor'],
  ] as const) {
    const invitation = await owner('POST', `/api/me/lists/${listId}/members`, {
      email: people[role].email,
      role: as,
    });
    expect(invitation.status, invitation.text).toBe(202);
    const accepted = await people[role].call.jwt('POST', `/api/me/invitations/${invitation.body.id}/accept`);
    expect(accepted.status, accepted.text).toBe(200);
  }
  const removed = await owner('DELETE', `/api/me/lists/${listId}/members/${people.removed.id}`);
  expect(removed.status, removed.text).toBe(204);
});
afterAll(() => server.close());

/** A fresh task of the owner's in the list: recurring, so skip applies; under a parent, so move does. */
async function freshTask(): Promise<{ id: number; text: string }> {
  const owner = people.owner.call.jwt;
  const parent = await owner('POST', '/api/me/tasks', { title: 'Parent', list_id: listId });
  const task = await owner('POST', '/api/me/tasks', {
    title: 'Probe',
    parent_id: parent.body.id,
    due_date: '2030-01-01',
    recurrence: 'FREQ=WEEKLY',
  });
  expect(task.status, task.text).toBe(201);
  return { id: task.body.id, text: (await owner('GET', `/api/me/tasks/${task.body.id}`)).text };
}

describe.each(['jwt', 'api key', 'cookie'] as const)('through a %s', (door) => {
  it.each(
    ROUTES.flatMap((route) => ROLES.map((role) => [`${route.name} as the ${role}`, route, role] as const)),
  )('%s', async (_, route, role) => {
    const task = await freshTask();
    const res = await people[role].call[door](route.method, route.path(task.id), route.body?.(task.id));
    const want = expected(route, role);
    expect(res.status, res.text).toBe(want);
    if (want >= 400) {
      expect(res.headers.get('content-type')).toMatch(PROBLEM);
      // Refused: the task is exactly as it was.
      expect((await people.owner.call.jwt('GET', `/api/me/tasks/${task.id}`)).text).toBe(task.text);
    }
    if (role === 'removed' || role === 'stranger') {
      expect(res.text).not.toContain('Probe');
      expect(res.text).not.toContain('Shared by roles');
    }
  });
});
