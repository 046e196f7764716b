// Isolation between users, generated from what the app registers: mallory tries every route and
// every MCP tool against alice's data, with alice's id in the path (403) and with her own (404,
// indistinguishable from an id that does not exist). Afterwards alice's data is byte-for-byte what
// it was, and nothing of hers appeared in any answer. ROUTE_TABLE and TOOL_TABLE say how to try
// each one; a registered route or tool without an entry (or an entry for one that is gone) fails.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectProblem, PROBLEM } from './support/expect.js';
import { registeredRoutes } from './support/routes.js';
import {
  type ApiResponse,
  signHs256,
  startTestServer,
  TEST_APP_URL,
  type TestServer,
} from './support/server.js';

// Every Fastify instance records the routes registered on it (test/support/routes.ts).
vi.mock('fastify', async (importOriginal) => {
  const real = await importOriginal<typeof import('fastify')>();
  const { recordingFastify } = await import('./support/routes.js');
  return { ...real, default: recordingFastify(real.default) };
});

type As = ReturnType<TestServer['as']>;

let server: TestServer;
let alice: As;
let mallory: As;
/** Alice's tasks as created, and her list as raw JSON text before mallory tries anything. */
let aliceTasks: any[];
let aliceList: string;
let aliceTaskTexts: Map<number, string>;
/** Mallory's list as raw JSON text once she has created her own tasks. */
let malloryList: string;
/** An id no task has, for comparing "someone else's" with "does not exist". */
const MISSING = 987654321;

/** Alice's other things: an API key, a webhook, a conversation, and a sign-in account. */
let aliceKey: { id: number; key: string; name: string };
let aliceFeed: { id: number; url: string };
let aliceFilter: { id: number };
/** Alice's notification that her sign-in account joined her list. */
let aliceNotification: { id: number; kind: string };
let aliceHook: { id: number; url: string; secret: string; description: string };
let alicePush: { id: number; name: string };
const ALICE_PUSH_ENDPOINT = 'https://push.example.com/alice-private-Bandersnatch-endpoint';
/** A browser's keys, as PushSubscription.toJSON() gives them (well-formed; never used to encrypt here). */
const PUSH_KEYS = { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) };
let aliceConversation: { id: number; title: string };
/** Alice's password account (Better Auth), for the account routes; the rest is token user `alice`. */
let aliceAccount: { id: string; email: string; name: string; sessionIds: string[]; cookie: string };
const ALICE_PASSWORD = 'alice in wonderland 1865';
/** Alice's whole state as raw text, before mallory tries anything. */
let aliceBefore: Record<string, string>;
let mcp: Client;

/** The kinds of alice's things a route or tool names. */
type Ref =
  | 'task'
  | 'tag'
  | 'apiKey'
  | 'calendarFeed'
  | 'savedFilter'
  | 'notification'
  | 'webhook'
  | 'conversation'
  | 'session'
  | 'list'
  | 'section'
  | 'member'
  | 'listInvitation'
  | 'invitation'
  | 'comment'
  | 'pushSubscription'
  | 'pushEndpoint';

/** Alice's ids of each kind, as they go in a path. */
const aliceRefs = (kind: Ref): string[] =>
  ({
    task: aliceTasks.map((t) => String(t.id)),
    tag: ['wedding', 'surprise'],
    apiKey: [String(aliceKey.id)],
    calendarFeed: [String(aliceFeed.id)],
    savedFilter: [String(aliceFilter.id)],
    notification: [String(aliceNotification.id)],
    webhook: [String(aliceHook.id)],
    conversation: [String(aliceConversation.id)],
    session: aliceAccount.sessionIds,
    list: [String(aliceLists[0]!.id)],
    section: [String(aliceSection.id)],
    // Two ids in one path: "first|second" (see request).
    member: [`${aliceLists[0]!.id}|${aliceAccount.id}`],
    listInvitation: [`${aliceLists[0]!.id}|${aliceInvitation.id}`],
    invitation: [String(aliceInvitation.id)],
    comment: [`${aliceTasks[0].id}|${aliceComment.id}`],
    pushSubscription: [String(alicePush.id)],
    pushEndpoint: [ALICE_PUSH_ENDPOINT],
  })[kind];

/** An id of each kind that nobody has. */
const MISSING_REF: Record<Ref, string> = {
  task: String(MISSING),
  tag: 'no-such-tag',
  apiKey: String(MISSING),
  calendarFeed: String(MISSING),
  savedFilter: String(MISSING),
  notification: String(MISSING),
  webhook: String(MISSING),
  pushSubscription: String(MISSING),
  pushEndpoint: 'https://push.example.com/nobody-has-this-endpoint',
  conversation: String(MISSING),
  session: 'no-such-session-0123456789',
  list: String(MISSING),
  section: String(MISSING),
  member: `${MISSING}|nobody-at-all`,
  listInvitation: `${MISSING}|${MISSING}`,
  invitation: String(MISSING),
  comment: `${MISSING}|${MISSING}`,
};

/** Alice's list, with a task and a subtask in it, shared with her sign-in account as a viewer. */
let aliceLists: { id: number; name: string }[];
/** A section of alice's list, with a task in it. */
let aliceSection: { id: number; name: string };
/** Alice's pending invitation to her list, and her comment on her first task. */
let aliceInvitation: { id: number; email: string };
let aliceComment: { id: number; body: string };

beforeAll(async () => {
  server = await startTestServer();
  alice = server.as('alice');
  mallory = server.as('mallory');
  aliceTasks = [];
  const honeymoon = await alice('POST', '/api/me/lists', {
    body: { name: 'Honeymoon in Lisbon', color: '#aa3366' },
  });
  expect(honeymoon.status, honeymoon.text).toBe(201);
  aliceLists = [honeymoon.body];
  const section = await alice('POST', '/api/me/sections', {
    body: { list_id: honeymoon.body.id, name: 'Tram 28 Vorpal section' },
  });
  expect(section.status, section.text).toBe(201);
  aliceSection = section.body;
  for (const body of [
    { title: 'Buy the ring', description: 'Platinum, size 6', tags: ['Wedding'], priority: 'high' },
    { title: 'Book the venue', completed: true, due_date: '2027-06-14' },
    { title: 'Secret plans', description: 'Surprise party on the 14th', tags: ['surprise', 'wedding'] },
    { title: 'Water the plants', list_id: honeymoon.body.id, section_id: section.body.id },
  ]) {
    const res = await alice('POST', '/api/me/tasks', { body });
    expect(res.status).toBe(201);
    aliceTasks.push(res.body);
  }
  // One more completed, through the completion route rather than on create.
  const toggled = await alice('PATCH', `/api/me/tasks/${aliceTasks[3].id}/complete`);
  expect(toggled.body.completed).toBe(true);
  aliceTasks[3] = toggled.body;

  const sub = await alice('POST', '/api/me/tasks', {
    body: { title: 'Pack the Lisbon guidebook', parent_id: aliceTasks[3].id },
  });
  expect(sub.status, sub.text).toBe(201);
  aliceTasks.push(sub.body);

  const list = await alice('GET', '/api/me/tasks?limit=200');
  expect(list.body.count).toBe(5);
  aliceList = list.text;
  aliceTaskTexts = new Map();
  for (const t of aliceTasks) aliceTaskTexts.set(t.id, (await alice('GET', `/api/me/tasks/${t.id}`)).text);
  expect((await alice('GET', `/api/me/tasks/${MISSING}`)).status).toBe(404);

  const key = await alice('POST', '/api/me/api-keys', { body: { name: 'Alice laptop Cheshire key' } });
  expect(key.status, key.text).toBe(201);
  aliceKey = key.body;
  const feed = await alice('POST', '/api/me/calendar-feeds', { body: { list_id: honeymoon.body.id } });
  expect(feed.status, feed.text).toBe(201);
  aliceFeed = feed.body;
  const filter = await alice('POST', '/api/me/filters', {
    body: { name: 'Alice Jabberwock filter', query: '#Honeymoon & search: secret' },
  });
  expect(filter.status, filter.text).toBe(201);
  aliceFilter = filter.body;
  const hook = await alice('POST', '/api/me/webhooks', {
    body: {
      url: 'https://hooks.example.com/alice-private-hook',
      events: ['created', 'completed'],
      description: 'Alice private Jabberwock hook',
    },
  });
  expect(hook.status, hook.text).toBe(201);
  aliceHook = hook.body;
  const chat = await alice('POST', '/api/me/chat', { body: { message: 'show my tasks' } });
  expect(chat.status, chat.text).toBe(200);
  expect(chat.text).toContain('Buy the ring');
  const renamed = await alice('PATCH', `/api/me/conversations/${chat.body.conversation_id}`, {
    body: { title: 'Cheshire cat plans' },
  });
  expect(renamed.status, renamed.text).toBe(200);
  aliceConversation = { id: chat.body.conversation_id, title: 'Cheshire cat plans' };
  aliceAccount = await signUp('Alice Liddell', `alice.liddell.${Date.now()}@example.com`);
  const toAccount = await alice('POST', `/api/me/lists/${honeymoon.body.id}/members`, {
    body: { email: aliceAccount.email, role: 'viewer' },
  });
  expect(toAccount.status, toAccount.text).toBe(202);
  const joined = await server.as(aliceAccount.id)('POST', `/api/me/invitations/${toAccount.body.id}/accept`, {
    body: { token: new URL(toAccount.body.link).hash.slice(1) },
  });
  expect(joined.status, joined.text).toBe(200);
  const invited = await alice('POST', `/api/me/lists/${honeymoon.body.id}/members`, {
    body: { email: 'cheshire.friend.of.alice@example.com' },
  });
  expect(invited.status, invited.text).toBe(202);
  aliceInvitation = invited.body;
  const comment = await alice('POST', `/api/me/tasks/${aliceTasks[0].id}/comments`, {
    body: { body: 'Tweedledum confirmed the ring size' },
  });
  expect(comment.status, comment.text).toBe(201);
  aliceComment = comment.body;
  const inbox = await alice('GET', '/api/me/notifications');
  expect(inbox.status, inbox.text).toBe(200);
  expect(inbox.body.notifications.map((n: { kind: string }) => n.kind)).toEqual(['joined']);
  aliceNotification = inbox.body.notifications[0];
  // After the notification: its push (to a device whose keys are never used) is not queued, so no
  // send attempt changes the device's state while mallory tries things.
  const push = await alice('POST', '/api/me/push-subscriptions', {
    body: { endpoint: ALICE_PUSH_ENDPOINT, keys: PUSH_KEYS, name: 'Alice Vorpal phone' },
  });
  expect(push.status, push.text).toBe(201);
  alicePush = push.body;

  mcp = new Client({ name: 'mallory', version: '1.0.0' });
  await mcp.connect(
    new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${await server.tokenFor('mallory')}` } },
    }),
  );
  aliceBefore = await aliceState();
});
afterAll(async () => {
  await mcp?.close();
  await server?.close();
});

/** A Better Auth account with two sessions or more; the cookie is the last one's. */
async function signUp(name: string, email: string) {
  const headers = { origin: TEST_APP_URL };
  const up = await server.request('POST', '/api/auth/sign-up/email', {
    body: { name, email, password: ALICE_PASSWORD },
    headers,
  });
  expect(up.status, up.text).toBe(200);
  // Two sign-ins: two sessions (whether sign-up opens one too depends on Better Auth's settings).
  let signIn: ApiResponse | undefined;
  for (const _ of [1, 2]) {
    signIn = await server.request('POST', '/api/auth/sign-in/email', {
      body: { email, password: ALICE_PASSWORD },
      headers,
    });
    expect(signIn.status, signIn.text).toBe(200);
  }
  const cookie = signIn!.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .join('; ');
  const me = await server.request('GET', '/api/me', { headers: { ...headers, cookie } });
  expect(me.body.email).toBe(email);
  const sessions = await server.request('GET', '/api/me/sessions', { headers: { ...headers, cookie } });
  expect(sessions.body.sessions.length).toBeGreaterThanOrEqual(2);
  return { id: me.body.id, email, name, cookie, sessionIds: sessions.body.sessions.map((s: any) => s.id) };
}

/** An event stream's text up to the first half second with nothing new (the stream stays open). */
async function readStream(user: string, path: string): Promise<{ status: number; text: string }> {
  const res = await fetch(server.url + path, {
    headers: { authorization: `Bearer ${await server.tokenFor(user)}` },
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const idle = new Promise<'idle'>((resolve) => {
      timer = setTimeout(() => resolve('idle'), 500);
    });
    const read = reader.read();
    const next = await Promise.race([read, idle]);
    clearTimeout(timer);
    if (next === 'idle') {
      read.catch(() => {});
      break;
    }
    if (next.done) break;
    text += decoder.decode(next.value, { stream: true });
  }
  await reader.cancel().catch(() => {});
  return { status: res.status, text: text.replace(/^: heartbeat\n\n/gm, '') };
}

/** Everything of alice's as raw text: tasks, tags, settings, export, keys, webhooks, chats, account, events. */
async function aliceState(): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const path of [
    '/api/me/tasks?limit=200',
    ...aliceTasks.map((t) => `/api/me/tasks/${t.id}`),
    '/api/me/tags',
    '/api/me/lists',
    `/api/me/lists/${aliceLists[0]!.id}`,
    `/api/me/lists/${aliceLists[0]!.id}/members`,
    `/api/me/lists/${aliceLists[0]!.id}/activity`,
    `/api/me/tasks/${aliceTasks[0].id}/comments`,
    `/api/me/tasks?list_id=${aliceLists[0]!.id}&sort=manual`,
    `/api/me/sections?list_id=${aliceLists[0]!.id}`,
    `/api/me/sections/${aliceSection.id}`,
    '/api/me/tasks?view=inbox',
    '/api/me/settings',
    '/api/me/api-keys',
    '/api/me/calendar-feeds',
    '/api/me/filters',
    '/api/me/notifications',
    `/api/me/filters/${aliceFilter.id}`,
    '/api/me/webhooks',
    `/api/me/webhooks/${aliceHook.id}`,
    `/api/me/webhooks/${aliceHook.id}/deliveries`,
    '/api/me/push-subscriptions',
    '/api/me/conversations',
    `/api/me/conversations/${aliceConversation.id}`,
    '/api/me/chat/model',
  ]) {
    state[path] = (await alice('GET', path)).text;
  }
  // Alice's device's delivery record moves with her own notifications' pushes (the setup's 'joined'
  // one fails on the test's key and is retried): what must not change is the device itself.
  const devices = JSON.parse(state['/api/me/push-subscriptions']!);
  for (const device of devices.subscriptions)
    for (const field of ['failure_count', 'last_status', 'last_error', 'last_success_at'])
      delete device[field];
  state['/api/me/push-subscriptions'] = JSON.stringify(devices);
  // The export carries the time it was made; the tasks in it must not change.
  state['/api/me/export'] = JSON.stringify((await alice('GET', '/api/me/export')).body.tasks);
  const events = await readStream('alice', '/api/me/events?last_event_id=0');
  expect(events.status).toBe(200);
  expect(events.text).toContain('Buy the ring');
  state['/api/me/events'] = events.text;
  const headers = { origin: TEST_APP_URL, cookie: aliceAccount.cookie };
  for (const path of ['/api/me', '/api/me/sessions']) {
    state[`account ${path}`] = (await server.request('GET', path, { headers })).text;
  }
  return state;
}

/** What of alice's must never reach mallory. */
const aliceSecrets = () => [
  ...aliceTasks.flatMap((t) => [t.title, ...(t.description ? [t.description] : [])]),
  aliceKey.key,
  aliceKey.name,
  aliceFeed.url.split('/').at(-1)!.replace('.ics', ''),
  aliceHook.url,
  aliceHook.secret,
  aliceHook.description,
  'alice-private-Bandersnatch-endpoint',
  alicePush.name,
  aliceConversation.title,
  ...aliceLists.map((l) => l.name),
  aliceSection.name,
  aliceAccount.email,
  aliceAccount.name,
  aliceInvitation.email,
  aliceComment.body,
];

/** Nothing of alice's may appear in an answer to mallory. */
function expectNoLeak(res: { text: string } | CallToolResult) {
  const text = 'text' in res && typeof res.text === 'string' ? res.text : JSON.stringify(res);
  for (const secret of aliceSecrets()) expect(text).not.toContain(secret);
}

/** One way to call a route: a query string and a body (given the id of alice's it names, if any). */
interface Try {
  name: string;
  query?: string;
  /** The query string given the id of alice's it names (a ref `in: 'query'`). */
  queryFor?: (ref: string) => string;
  body?: unknown;
  bodyFor?: (ref: string) => unknown;
  /** An event stream: read until it goes quiet. */
  stream?: boolean;
}

/**
 * A route under /api/:user_id. With alice's id in the path mallory gets 403 AUTH_FORBIDDEN,
 * the same answer as for a user that does not exist, whatever else the request holds.
 */
interface UserPath {
  kind: 'user-path';
  /** Alice's things the route names (`:id`/`:name` in the path, or in the body): each is tried, and one nobody has. */
  ref?: { kind: Ref; in: 'path' | 'body' | 'query' };
  tries: Try[];
  /**
   * On mallory's own path (`me` and `mallory`): 'not-found' = 404 NOT_FOUND for each of alice's
   * ids, the same answer as for a missing id; 'read' = 200 and nothing of alice's; or why not.
   */
  own: 'not-found' | 'read' | { skip: string };
}

/** A route with no user in the path: it acts on the caller only, so mallory tries it with alice's ids or password. */
interface CallerOnly {
  kind: 'caller';
  ref?: Ref;
  tries: Try[];
  status: number;
  /** Who tries it, when it would end mallory's own account. */
  as?: string;
}

/**
 * A route of the server's administrators (/api/admin): not a user's path, no role grants it; mallory
 * (no administrator) is refused with 403 AUTH_FORBIDDEN whatever account she names, alice's among
 * them. The administrators' own behaviour: test/admin.test.ts.
 */
interface AdminOnly {
  kind: 'admin';
  /** The request, naming alice's sign-in account where the route names one. */
  path: (aliceId: string) => string;
  body?: unknown;
}

type Entry =
  | UserPath
  | CallerOnly
  | AdminOnly
  /** POST /mcp: the tools, each in TOOL_TABLE. */
  | { kind: 'tools' }
  | {
      kind: 'exempt';
      why: string;
      /** The condition under which the app registers it; without it, the entry may have no route. */
      registeredOnlyIf?: string;
    };

const WRITES_OWN = {
  skip: "names none of alice's things: on her own path it only writes mallory's own data",
};
const taskRoute = (tries: Try[]): UserPath => ({
  kind: 'user-path',
  ref: { kind: 'task', in: 'path' },
  tries,
  own: 'not-found',
});
const DOCS = { kind: 'exempt', why: 'Swagger UI: public, the same for everyone' } as const;
const CALDAV = {
  kind: 'exempt',
  why: "CalDAV: Basic auth with an app password; other users' paths tried in test/caldav.test.ts",
} as const;
const chatBody = (ref: string) => ({ conversation_id: Number(ref), message: 'show my tasks' });

/** Every registered route, "METHOD /pattern", and how mallory tries it against alice. */
const ROUTE_TABLE: Record<string, Entry> = {
  'GET /health': { kind: 'exempt', why: 'public: no user, no data' },
  'GET /health/live': { kind: 'exempt', why: 'public probe: no user, no data' },
  'GET /health/ready': { kind: 'exempt', why: 'public probe: no user, no data' },
  'GET /metrics': {
    kind: 'exempt',
    why: "operator-only (METRICS_TOKEN), not per user: counts by route pattern, no user's ids or data",
  },
  'GET /openapi.json': { kind: 'exempt', why: 'public: the API description' },
  'GET /docs': DOCS,
  'GET /docs/json': DOCS,
  'GET /docs/yaml': DOCS,
  'GET /docs/static/*': DOCS,
  'GET /docs/static/index.html': DOCS,
  'GET /docs/static/swagger-initializer.js': DOCS,
  'OPTIONS *': { kind: 'exempt', why: 'CORS preflight: headers only, no data' },
  'GET /*': {
    kind: 'exempt',
    why: 'the web app: static files, the same for everyone',
    registeredOnlyIf: 'the web app is built (web/dist)',
  },
  'GET /api/auth/options': {
    kind: 'exempt',
    why: 'public: the sign-up mode (SIGNUP), the same for everyone; test/signup-mode.test.ts',
  },
  'GET /api/auth/*': {
    kind: 'exempt',
    why: "Better Auth's own routes (sign-up, sign-in, tokens): test/accounts.test.ts, every door",
  },
  'POST /api/auth/*': {
    kind: 'exempt',
    why: "Better Auth's own routes (sign-up, sign-in, tokens): test/accounts.test.ts, every door",
  },

  'GET /api/:user_id/tasks': {
    kind: 'user-path',
    tries: [
      { name: 'list' },
      { name: 'list completed', query: 'status=completed&sort=title' },
      { name: 'search and filter', query: 'q=ring&tag=wedding&priority=high&sort=due' },
    ],
    own: 'read',
  },
  'POST /api/:user_id/tasks': {
    kind: 'user-path',
    tries: [{ name: 'create', body: { title: 'Planted by mallory' } }],
    own: WRITES_OWN,
  },
  'POST /api/:user_id/tasks/quick': {
    kind: 'user-path',
    tries: [
      { name: 'quick add', body: { text: 'Planted tomorrow #x' } },
      { name: 'quick add dry run', query: 'dry_run=true', body: { text: 'x' } },
    ],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/tasks/:id': taskRoute([{ name: 'get' }]),
  'PUT /api/:user_id/tasks/:id': taskRoute([{ name: 'replace', body: { title: 'Replaced by mallory' } }]),
  'PATCH /api/:user_id/tasks/:id': taskRoute([
    { name: 'patch', body: { title: 'Patched by mallory', completed: false } },
  ]),
  'DELETE /api/:user_id/tasks/:id': taskRoute([{ name: 'delete' }]),
  'PATCH /api/:user_id/tasks/:id/complete': taskRoute([
    { name: 'toggle completion' },
    { name: 'set completed', body: { completed: true } },
    { name: 'set not completed', body: { completed: false } },
  ]),
  'POST /api/:user_id/tasks/:id/skip': taskRoute([{ name: 'skip an occurrence' }]),
  'POST /api/:user_id/tasks/:id/move': taskRoute([
    { name: 'move to the inbox', body: { list_id: null } },
    { name: 'move to the top level', body: { parent_id: null } },
  ]),
  'POST /api/:user_id/tasks/bulk': {
    kind: 'user-path',
    ref: { kind: 'task', in: 'body' },
    tries: [
      { name: 'bulk complete', bodyFor: (ref) => ({ action: 'complete', ids: [Number(ref)] }) },
      { name: 'bulk delete', bodyFor: (ref) => ({ action: 'delete', ids: [Number(ref)] }) },
      { name: 'bulk move', bodyFor: (ref) => ({ action: 'move', ids: [Number(ref)], list_id: null }) },
    ],
    own: 'not-found',
  },
  'GET /api/:user_id/lists': {
    kind: 'user-path',
    tries: [{ name: 'lists' }, { name: 'archived lists', query: 'archived=true' }],
    own: 'read',
  },
  'POST /api/:user_id/lists': {
    kind: 'user-path',
    tries: [{ name: 'create a list', body: { name: 'Planted by mallory' } }],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/lists/:id': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: 'a list' }],
    own: 'not-found',
  },
  'PATCH /api/:user_id/lists/:id': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: 'rename a list', body: { name: 'Renamed by mallory', archived: true } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/lists/:id': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: 'delete a list' }, { name: 'delete a list and its tasks', query: 'tasks=delete' }],
    own: 'not-found',
  },
  'GET /api/:user_id/sections': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'query' },
    tries: [{ name: "a list's sections", queryFor: (ref) => `list_id=${ref}` }],
    own: 'not-found',
  },
  'POST /api/:user_id/sections': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'body' },
    tries: [
      {
        name: 'add a section to a list',
        bodyFor: (ref) => ({ list_id: Number(ref), name: 'Planted by mallory' }),
      },
    ],
    own: {
      skip: 'a list named in the body: 422 as for a missing one ("naming alice\'s list ... 422" below)',
    },
  },
  'GET /api/:user_id/sections/:id': {
    kind: 'user-path',
    ref: { kind: 'section', in: 'path' },
    tries: [{ name: 'a section' }],
    own: 'not-found',
  },
  'PATCH /api/:user_id/sections/:id': {
    kind: 'user-path',
    ref: { kind: 'section', in: 'path' },
    tries: [
      { name: 'rename a section', body: { name: 'Renamed by mallory' } },
      { name: 'reorder a section', body: { position: 1 } },
    ],
    own: 'not-found',
  },
  'DELETE /api/:user_id/sections/:id': {
    kind: 'user-path',
    ref: { kind: 'section', in: 'path' },
    tries: [{ name: 'delete a section' }, { name: 'delete a section and its tasks', query: 'tasks=delete' }],
    own: 'not-found',
  },
  'GET /api/:user_id/lists/:id/members': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: "a list's members" }],
    own: 'not-found',
  },
  'POST /api/:user_id/lists/:id/members': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: 'invite to a list', body: { email: 'mallory@example.com', role: 'editor' } }],
    own: 'not-found',
  },
  'PATCH /api/:user_id/lists/:id/members/:member_id': {
    kind: 'user-path',
    ref: { kind: 'member', in: 'path' },
    tries: [{ name: "change a member's role", body: { role: 'editor' } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/lists/:id/members/:member_id': {
    kind: 'user-path',
    ref: { kind: 'member', in: 'path' },
    tries: [{ name: 'remove a member' }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/lists/:id/invitations/:invitation_id': {
    kind: 'user-path',
    ref: { kind: 'listInvitation', in: 'path' },
    tries: [{ name: 'withdraw an invitation' }],
    own: 'not-found',
  },
  'GET /api/:user_id/invitations': { kind: 'user-path', tries: [{ name: 'invitations' }], own: 'read' },
  'POST /api/:user_id/invitations/:id/accept': {
    kind: 'user-path',
    ref: { kind: 'invitation', in: 'path' },
    tries: [{ name: 'accept an invitation' }],
    own: 'not-found',
  },
  'POST /api/:user_id/invitations/:id/decline': {
    kind: 'user-path',
    ref: { kind: 'invitation', in: 'path' },
    tries: [{ name: 'decline an invitation' }],
    own: 'not-found',
  },
  'GET /api/:user_id/tasks/:id/comments': taskRoute([{ name: 'comments' }]),
  'GET /api/:user_id/tasks/:id/activity': taskRoute([{ name: "a task's history" }]),
  'GET /api/:user_id/lists/:id/activity': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: "a list's history" }],
    own: 'not-found',
  },
  'POST /api/:user_id/tasks/:id/comments': taskRoute([
    { name: 'comment', body: { body: 'Planted by mallory' } },
  ]),
  'PATCH /api/:user_id/tasks/:id/comments/:comment_id': {
    kind: 'user-path',
    ref: { kind: 'comment', in: 'path' },
    tries: [{ name: 'edit a comment', body: { body: 'Edited by mallory' } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/tasks/:id/comments/:comment_id': {
    kind: 'user-path',
    ref: { kind: 'comment', in: 'path' },
    tries: [{ name: 'delete a comment' }],
    own: 'not-found',
  },
  'GET /api/:user_id/tags': { kind: 'user-path', tries: [{ name: 'tags' }], own: 'read' },
  'PATCH /api/:user_id/tags/:name': {
    kind: 'user-path',
    ref: { kind: 'tag', in: 'path' },
    tries: [{ name: 'rename a tag', body: { name: 'hijacked' } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/tags/:name': {
    kind: 'user-path',
    ref: { kind: 'tag', in: 'path' },
    tries: [{ name: 'delete a tag' }],
    own: 'not-found',
  },
  'GET /api/:user_id/settings': { kind: 'user-path', tries: [{ name: 'settings' }], own: 'read' },
  'PATCH /api/:user_id/settings': {
    kind: 'user-path',
    tries: [{ name: 'change settings', body: { time_zone: 'Asia/Tokyo' } }],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/export': {
    kind: 'user-path',
    tries: [
      { name: 'export json' },
      { name: 'export csv', query: 'format=csv' },
      { name: 'export ics', query: 'format=ics' },
    ],
    own: 'read',
  },
  'POST /api/:user_id/import': {
    kind: 'user-path',
    tries: [
      {
        name: 'import',
        body: { format: 'doable-export', version: 1, tasks: [{ title: 'Planted by import' }] },
      },
    ],
    own: WRITES_OWN,
  },
  'POST /api/:user_id/import/:source': {
    kind: 'user-path',
    tries: [
      {
        name: 'import from todoist',
        query: 'list=Planted',
        body: 'TYPE,CONTENT,PRIORITY,INDENT\ntask,Planted by mallory,4,1\n',
      },
    ],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/lists/:id/events': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'path' },
    tries: [{ name: "a list's events", query: 'last_event_id=0' }],
    own: 'not-found',
  },
  'GET /api/:user_id/events': {
    kind: 'user-path',
    tries: [
      { name: 'events', stream: true },
      { name: 'events from the first', query: 'last_event_id=0', stream: true },
    ],
    own: 'read',
  },
  'POST /api/:user_id/chat': {
    kind: 'user-path',
    ref: { kind: 'conversation', in: 'body' },
    tries: [{ name: 'chat in a conversation', bodyFor: chatBody }],
    own: 'not-found',
  },
  'POST /api/:user_id/chat/stream': {
    kind: 'user-path',
    ref: { kind: 'conversation', in: 'body' },
    tries: [{ name: 'chat in a conversation, streamed', bodyFor: chatBody }],
    own: 'not-found',
  },
  'GET /api/:user_id/chat/model': { kind: 'user-path', tries: [{ name: 'the chat model' }], own: 'read' },
  'PUT /api/:user_id/chat/model': {
    kind: 'user-path',
    tries: [{ name: 'use an own model', body: { base_url: 'https://203.0.113.9/v1', model: 'planted' } }],
    own: WRITES_OWN,
  },
  'DELETE /api/:user_id/chat/model': {
    kind: 'user-path',
    tries: [{ name: 'forget the own model' }],
    own: { skip: "names none of alice's things: on her own path it only forgets mallory's own model" },
  },
  'POST /api/:user_id/chat/model/test': {
    kind: 'user-path',
    tries: [{ name: 'test the chat model' }],
    own: 'read',
  },
  'GET /api/:user_id/conversations': {
    kind: 'user-path',
    tries: [{ name: 'conversations' }],
    own: 'read',
  },
  'GET /api/:user_id/conversations/:id': {
    kind: 'user-path',
    ref: { kind: 'conversation', in: 'path' },
    tries: [{ name: 'a conversation' }],
    own: 'not-found',
  },
  'PATCH /api/:user_id/conversations/:id': {
    kind: 'user-path',
    ref: { kind: 'conversation', in: 'path' },
    tries: [{ name: 'rename a conversation', body: { title: 'Renamed by mallory' } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/conversations/:id': {
    kind: 'user-path',
    ref: { kind: 'conversation', in: 'path' },
    tries: [{ name: 'delete a conversation' }],
    own: 'not-found',
  },
  'POST /api/:user_id/api-keys': {
    kind: 'user-path',
    tries: [{ name: 'create an API key', body: { name: 'Planted by mallory' } }],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/api-keys': { kind: 'user-path', tries: [{ name: 'API keys' }], own: 'read' },
  'DELETE /api/:user_id/api-keys/:id': {
    kind: 'user-path',
    ref: { kind: 'apiKey', in: 'path' },
    tries: [{ name: 'revoke an API key' }],
    own: 'not-found',
  },
  'POST /api/:user_id/calendar-feeds': {
    kind: 'user-path',
    ref: { kind: 'list', in: 'body' },
    tries: [{ name: "a feed of alice's list", bodyFor: (ref) => ({ list_id: Number(ref) }) }],
    own: 'not-found',
  },
  'GET /api/:user_id/calendar-feeds': { kind: 'user-path', tries: [{ name: 'calendar feeds' }], own: 'read' },
  'POST /api/:user_id/calendar-feeds/:id/regenerate': {
    kind: 'user-path',
    ref: { kind: 'calendarFeed', in: 'path' },
    tries: [{ name: 'regenerate a calendar feed' }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/calendar-feeds/:id': {
    kind: 'user-path',
    ref: { kind: 'calendarFeed', in: 'path' },
    tries: [{ name: 'delete a calendar feed' }],
    own: 'not-found',
  },
  'GET /api/:user_id/filters': { kind: 'user-path', tries: [{ name: 'saved filters' }], own: 'read' },
  'POST /api/:user_id/filters': {
    kind: 'user-path',
    tries: [{ name: 'save a filter', body: { name: 'Mallory filter', query: 'today' } }],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/filters/:id': {
    kind: 'user-path',
    ref: { kind: 'savedFilter', in: 'path' },
    tries: [{ name: 'a saved filter' }],
    own: 'not-found',
  },
  'PATCH /api/:user_id/filters/:id': {
    kind: 'user-path',
    ref: { kind: 'savedFilter', in: 'path' },
    tries: [{ name: 'change a saved filter', body: { name: 'hijacked', query: 'p1' } }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/filters/:id': {
    kind: 'user-path',
    ref: { kind: 'savedFilter', in: 'path' },
    tries: [{ name: 'delete a saved filter' }],
    own: 'not-found',
  },
  'GET /api/:user_id/notifications': { kind: 'user-path', tries: [{ name: 'notifications' }], own: 'read' },
  'PATCH /api/:user_id/notifications/:id': {
    kind: 'user-path',
    ref: { kind: 'notification', in: 'path' },
    tries: [{ name: 'mark a notification read', body: { read: true } }],
    own: 'not-found',
  },
  'POST /api/:user_id/notifications/read': {
    kind: 'user-path',
    tries: [{ name: 'mark all notifications read' }],
    own: WRITES_OWN,
  },
  'GET /feeds/:id/:file': {
    kind: 'exempt',
    why: 'a calendar feed: its secret is the credential; wrong secrets and other lists tried in test/feeds.test.ts',
  },
  'POST /api/:user_id/webhooks': {
    kind: 'user-path',
    tries: [
      {
        name: 'create a webhook',
        body: { url: 'https://hooks.example.com/planted', events: ['created'] },
      },
    ],
    own: WRITES_OWN,
  },
  'GET /api/:user_id/webhooks': { kind: 'user-path', tries: [{ name: 'webhooks' }], own: 'read' },
  'GET /api/:user_id/webhooks/:id': {
    kind: 'user-path',
    ref: { kind: 'webhook', in: 'path' },
    tries: [{ name: 'a webhook' }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/webhooks/:id': {
    kind: 'user-path',
    ref: { kind: 'webhook', in: 'path' },
    tries: [{ name: 'delete a webhook' }],
    own: 'not-found',
  },
  'GET /api/:user_id/webhooks/:id/deliveries': {
    kind: 'user-path',
    ref: { kind: 'webhook', in: 'path' },
    tries: [{ name: "a webhook's deliveries" }],
    own: 'not-found',
  },
  'POST /api/:user_id/webhooks/:id/enable': {
    kind: 'user-path',
    ref: { kind: 'webhook', in: 'path' },
    tries: [{ name: 're-enable a webhook' }],
    own: 'not-found',
  },
  'POST /api/:user_id/tasks/:id/snooze': taskRoute([{ name: 'snooze a task', body: { minutes: 10 } }]),
  'GET /api/:user_id/reminders': {
    kind: 'user-path',
    tries: [{ name: 'coming reminders' }, { name: 'fired reminders', query: 'state=sent' }],
    own: 'read',
  },
  'GET /api/:user_id/push-subscriptions': {
    kind: 'user-path',
    tries: [{ name: 'push devices' }],
    own: 'read',
  },
  'POST /api/:user_id/push-subscriptions': {
    kind: 'user-path',
    tries: [
      {
        name: 'add a push device',
        body: { endpoint: 'https://push.example.com/planted', keys: PUSH_KEYS },
      },
    ],
    own: WRITES_OWN,
  },
  'DELETE /api/:user_id/push-subscriptions/:id': {
    kind: 'user-path',
    ref: { kind: 'pushSubscription', in: 'path' },
    tries: [{ name: 'remove a push device' }],
    own: 'not-found',
  },
  'DELETE /api/:user_id/push-subscriptions': {
    kind: 'user-path',
    ref: { kind: 'pushEndpoint', in: 'body' },
    tries: [{ name: 'remove a push device by endpoint', bodyFor: (ref) => ({ endpoint: ref }) }],
    own: 'not-found',
  },

  'GET /api/admin/users': { kind: 'admin', path: () => '/api/admin/users?email=alice' },
  'GET /api/admin/actions': { kind: 'admin', path: () => '/api/admin/actions' },
  'POST /api/admin/users/:id/disable': { kind: 'admin', path: (id) => `/api/admin/users/${id}/disable` },
  'POST /api/admin/users/:id/enable': { kind: 'admin', path: (id) => `/api/admin/users/${id}/enable` },
  'POST /api/admin/users/:id/password-reset': {
    kind: 'admin',
    path: (id) => `/api/admin/users/${id}/password-reset`,
  },
  'POST /api/admin/users/:id/verification': {
    kind: 'admin',
    path: (id) => `/api/admin/users/${id}/verification`,
  },
  'POST /api/admin/users/:id/admin': {
    kind: 'admin',
    path: (id) => `/api/admin/users/${id}/admin`,
    body: { is_admin: false },
  },
  'DELETE /api/admin/users/:id': {
    kind: 'admin',
    path: (id) => `/api/admin/users/${id}?shared_lists=delete`,
  },
  'GET /api/admin/backups': { kind: 'admin', path: () => '/api/admin/backups' },
  'POST /api/admin/backups': { kind: 'admin', path: () => '/api/admin/backups' },
  'GET /api/admin/signup': { kind: 'admin', path: () => '/api/admin/signup' },
  'PUT /api/admin/signup': { kind: 'admin', path: () => '/api/admin/signup', body: { mode: 'open' } },
  'GET /api/admin/model': { kind: 'admin', path: () => '/api/admin/model' },
  'PUT /api/admin/model': {
    kind: 'admin',
    path: () => '/api/admin/model',
    body: { base_url: 'http://127.0.0.1:9/v1', model: 'planted' },
  },
  'DELETE /api/admin/model': { kind: 'admin', path: () => '/api/admin/model' },
  'POST /api/admin/invitations': { kind: 'admin', path: () => '/api/admin/invitations', body: {} },
  'DELETE /api/admin/invitations/:id': { kind: 'admin', path: () => '/api/admin/invitations/1' },

  'GET /api/me': { kind: 'caller', tries: [{ name: 'who you are' }], status: 200 },
  'DELETE /api/me': {
    kind: 'caller',
    tries: [{ name: "delete the account, with alice's password", body: { password: ALICE_PASSWORD } }],
    // Mallory's token user has no password, so this ends her own (empty) account: a stand-in does it.
    as: 'mallory-leaving',
    status: 204,
  },
  'POST /api/me/password': {
    kind: 'caller',
    tries: [
      {
        name: "change the password, with alice's as the current one",
        body: { current_password: ALICE_PASSWORD, new_password: 'mallory owns this now' },
      },
    ],
    status: 403,
  },
  'GET /api/me/sessions': { kind: 'caller', tries: [{ name: 'sessions' }], status: 200 },
  'DELETE /api/me/sessions/:id': {
    kind: 'caller',
    ref: 'session',
    tries: [{ name: 'sign out a session' }],
    status: 404,
  },
  // CalDAV (HTTP Basic with an app password, not a JWT): another user's principal, calendars and
  // tasks answer 404 and nothing changes, tried over WebDAV in test/caldav.test.ts (isolation).
  'GET /.well-known/caldav': { kind: 'exempt', why: 'public redirect to /dav/: no user, no data' },
  'OPTIONS /.well-known/caldav': { kind: 'exempt', why: 'public redirect to /dav/: no user, no data' },
  'PROPFIND /.well-known/caldav': { kind: 'exempt', why: 'public redirect to /dav/: no user, no data' },
  'DELETE /dav': CALDAV,
  'DELETE /dav/*': CALDAV,
  'GET /dav': CALDAV,
  'GET /dav/*': CALDAV,
  'MKCALENDAR /dav': CALDAV,
  'MKCALENDAR /dav/*': CALDAV,
  'MKCOL /dav': CALDAV,
  'MKCOL /dav/*': CALDAV,
  'OPTIONS /dav': CALDAV,
  'OPTIONS /dav/*': CALDAV,
  'PROPFIND /dav': CALDAV,
  'PROPFIND /dav/*': CALDAV,
  'PROPPATCH /dav': CALDAV,
  'PROPPATCH /dav/*': CALDAV,
  'PUT /dav': CALDAV,
  'PUT /dav/*': CALDAV,
  'REPORT /dav': CALDAV,
  'REPORT /dav/*': CALDAV,
  'COPY /dav': CALDAV,
  'COPY /dav/*': CALDAV,
  'LOCK /dav': CALDAV,
  'LOCK /dav/*': CALDAV,
  'MOVE /dav': CALDAV,
  'MOVE /dav/*': CALDAV,
  'PATCH /dav': CALDAV,
  'PATCH /dav/*': CALDAV,
  'POST /dav': CALDAV,
  'POST /dav/*': CALDAV,
  'UNLOCK /dav': CALDAV,
  'UNLOCK /dav/*': CALDAV,
  'POST /mcp': { kind: 'tools' },
  'GET /mcp': { kind: 'caller', tries: [{ name: 'MCP stream' }], status: 405 },
  'DELETE /mcp': { kind: 'caller', tries: [{ name: 'MCP session end' }], status: 405 },
};

/** How mallory calls each MCP tool against alice: the arguments besides user_id and task_id. */
interface ToolEntry {
  args: Record<string, unknown>;
  /** Takes task_id: tried with each of alice's tasks, and one that does not exist. */
  task?: boolean;
  /** Takes parent_id: with her own user_id and each of alice's tasks as the parent, finds nothing. */
  parent?: boolean;
  /** With her own user_id: 'read' = succeeds with nothing of alice's; or why it is not tried. */
  own?: 'read' | { skip: string };
  /** Takes list (a name): alice's list by name gets the answer a name nobody has gets. */
  list?: boolean;
  /** Takes section_id: tried with alice's section, and one that does not exist. */
  section?: boolean;
}

const CREATES_OWN = { skip: "names none of alice's things: with her own user_id it adds mallory's own task" };
const TOOL_TABLE: Record<string, ToolEntry> = {
  add_task: { args: { title: 'Planted by mallory' }, own: CREATES_OWN },
  add_task_details: { args: { title: 'Planted by mallory', tags: ['wedding'] }, own: CREATES_OWN },
  quick_add: { args: { text: 'Planted tomorrow #wedding' }, own: CREATES_OWN },
  list_tasks: { args: {}, own: 'read' },
  search_tasks: { args: { query: 'ring', tags: ['wedding'] }, own: 'read', parent: true },
  list_tags: { args: {}, own: 'read' },
  list_lists: { args: {}, own: 'read' },
  create_list: { args: { name: 'Planted by mallory' }, own: CREATES_OWN },
  move_task: { args: { list: 'inbox' }, task: true },
  add_subtask: { args: { title: 'Planted by mallory' }, task: true },
  get_task: { args: {}, task: true },
  complete_task: { args: {}, task: true },
  reopen_task: { args: {}, task: true },
  delete_task: { args: {}, task: true },
  skip_occurrence: { args: {}, task: true },
  update_task: { args: { title: 'Patched by mallory' }, task: true },
  set_task_details: { args: { priority: 'low', tags: ['hijacked'] }, task: true },
  assign_task: { args: { assignee: 'me' }, task: true },
  comment_on_task: { args: { body: 'Planted by mallory' }, task: true },
  list_comments: { args: {}, task: true },
  list_activity: { args: {}, task: true, list: true },
  list_members: { args: { list: 'No such list' }, list: true },
  list_notifications: { args: {}, own: 'read' },
  list_sections: { args: { list: 'No such list' }, list: true },
  create_section: { args: { list: 'No such list', name: 'Planted by mallory' }, list: true },
  rename_section: { args: { name: 'Renamed by mallory' }, section: true },
  delete_section: { args: { delete_tasks: true }, section: true },
};

const USER_PATH = Object.entries(ROUTE_TABLE).filter(
  (e): e is [string, UserPath] => e[1].kind === 'user-path',
);
const CALLER = Object.entries(ROUTE_TABLE).filter((e): e is [string, CallerOnly] => e[1].kind === 'caller');

/** One request of a route: the path for `user` (and a ref filled in), its body, the ref. */
function request(route: string, entry: UserPath | CallerOnly, attempt: Try, user: string, ref?: string) {
  const [method, pattern] = route.split(' ') as [string, string];
  const refIn = entry.kind === 'caller' ? 'path' : entry.ref?.in;
  let path = pattern.replace(':user_id', user);
  if (ref !== undefined && refIn === 'path') {
    const [first, second] = ref.split('|') as [string, string | undefined];
    path = path.replace(/:(?:id|name)\b/, encodeURIComponent(first));
    if (second !== undefined) path = path.replace(/:[a-z]+_id\b/, encodeURIComponent(second));
  }
  const query = attempt.queryFor && ref !== undefined ? attempt.queryFor(ref) : attempt.query;
  if (query) path += `?${query}`;
  const body = attempt.bodyFor && ref !== undefined ? attempt.bodyFor(ref) : attempt.body;
  return { method, path, body };
}

/** Alice's refs of the entry's kind and one nobody has, or just one request without a ref. */
function refsToTry(kind: Ref | undefined): (string | undefined)[] {
  return kind ? [...aliceRefs(kind), MISSING_REF[kind]] : [undefined];
}

/** A problem with what differs per request (and the id echoed in detail) taken out. */
function comparable(res: ApiResponse, id: number | string | undefined) {
  const { request_id, timestamp, instance, ...rest } = res.body;
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    headerNames: [...res.headers.keys()].filter((h) => !['date', 'content-length'].includes(h)).sort(),
    body: {
      ...rest,
      detail:
        id === undefined
          ? rest.detail
          : String(id)
              .split('|')
              .reduce((detail, part) => detail.replaceAll(part, '{id}'), String(rest.detail)),
    },
  };
}

describe('the checklist covers what the app registers', () => {
  it('every registered route has an entry in ROUTE_TABLE, and every entry is a registered route', () => {
    const routes = registeredRoutes(server.app);
    expect(routes.length).toBeGreaterThan(40);
    const missing = routes.filter((r) => !(r in ROUTE_TABLE));
    const gone = Object.entries(ROUTE_TABLE)
      .filter(([r, entry]) => !routes.includes(r) && !(entry.kind === 'exempt' && entry.registeredOnlyIf))
      .map(([r]) => r);
    expect(
      { 'routes with no entry': missing, 'entries for routes that no longer exist': gone },
      `ROUTE_TABLE: add an entry for ${missing.join(', ') || '-'}; remove ${gone.join(', ') || '-'}`,
    ).toEqual({ 'routes with no entry': [], 'entries for routes that no longer exist': [] });
  });

  it('every MCP tool has an entry in TOOL_TABLE, and every entry is a tool', async () => {
    const { tools } = await mcp.listTools();
    const names = tools.map((t) => t.name);
    const missing = names.filter((n) => !(n in TOOL_TABLE));
    const gone = Object.keys(TOOL_TABLE).filter((n) => !names.includes(n));
    expect(
      { 'tools with no entry': missing, 'entries for tools that no longer exist': gone },
      `TOOL_TABLE: add an entry for ${missing.join(', ') || '-'}; remove ${gone.join(', ') || '-'}`,
    ).toEqual({ 'tools with no entry': [], 'entries for tools that no longer exist': [] });
    // An id argument the table does not try with alice's ids would go unchecked.
    for (const tool of tools) {
      const ids = Object.keys(tool.inputSchema.properties ?? {}).filter((p) => /(^|_)ids?$/.test(p));
      const entry = TOOL_TABLE[tool.name];
      expect(ids, `${tool.name}'s id arguments`).toEqual([
        'user_id',
        ...(entry?.task ? ['task_id'] : []),
        ...(entry?.parent ? ['parent_id'] : []),
        ...(entry?.section ? ['section_id'] : []),
      ]);
    }
  });
});

describe("mallory with alice's id in the path: 403 AUTH_FORBIDDEN on every route", () => {
  it.each(
    USER_PATH.flatMap(([route, entry]) =>
      entry.tries.map(
        (attempt) =>
          [
            `${attempt.name}: ${route.replace(':user_id', 'alice')}${attempt.query ? `?${attempt.query}` : ''}`,
            route,
            entry,
            attempt,
          ] as const,
      ),
    ),
  )('%s', async (_, route, entry, attempt) => {
    // The same route for a user that does not exist: the answer must not differ.
    const kind = entry.ref?.kind;
    const missingRef = kind ? MISSING_REF[kind] : undefined;
    const nobodys = request(route, entry, attempt, 'nobody-at-all', missingRef);
    const nobodysAnswer = await mallory(nobodys.method, nobodys.path, { body: nobodys.body });
    expectProblem(nobodysAnswer, 403, 'AUTH_FORBIDDEN');
    // Alice as the token user, and by her sign-in account's id.
    for (const user of ['alice', aliceAccount.id]) {
      for (const ref of refsToTry(kind)) {
        const { method, path, body } = request(route, entry, attempt, user, ref);
        const res = await mallory(method, path, { body });
        expectProblem(res, 403, 'AUTH_FORBIDDEN');
        expectNoLeak(res);
        expect(comparable(res, ref)).toEqual(comparable(nobodysAnswer, missingRef));
      }
    }
  });

  it.each([
    ['an invalid body', 'POST', '/api/alice/tasks', { body: {} }],
    [
      'malformed JSON',
      'PUT',
      '/api/alice/tasks/:id',
      { rawBody: '{"title":', headers: { 'content-type': 'application/json' } },
    ],
    [
      'a wrong content type',
      'PATCH',
      '/api/alice/tasks/:id',
      { rawBody: 'title=x', headers: { 'content-type': 'text/plain' } },
    ],
    ['a malformed task id', 'GET', '/api/alice/tasks/abc', {}],
    ['a bad query', 'GET', '/api/alice/tasks?limit=0&status=done', {}],
  ])('403 comes before validation, so %s reveals nothing either', async (_, method, path, send) => {
    const res = await mallory(method, path.replace(':id', String(aliceTasks[0].id)), send);
    expectProblem(res, 403, 'AUTH_FORBIDDEN');
  });
});

describe("the administrators' routes: mallory is none, 403 AUTH_FORBIDDEN naming alice's account", () => {
  const ADMIN = Object.entries(ROUTE_TABLE).filter((e): e is [string, AdminOnly] => e[1].kind === 'admin');
  it.each(ADMIN)('%s', async (route, entry) => {
    const method = route.split(' ')[0]!;
    const res = await mallory(method, entry.path(aliceAccount.id), { body: entry.body });
    expectProblem(res, 403, 'AUTH_FORBIDDEN');
    expectNoLeak(res);
  });
});

describe("mallory with her own path but alice's ids: 404 NOT_FOUND, same as a missing id", () => {
  it.each(
    USER_PATH.filter(([, entry]) => entry.own === 'not-found').flatMap(([route, entry]) =>
      entry.tries.flatMap((attempt) =>
        ['me', 'mallory'].map(
          (user) =>
            [`${attempt.name}: ${route.replace(':user_id', user)}`, route, entry, attempt, user] as const,
        ),
      ),
    ),
  )('%s', async (_, route, entry, attempt, user) => {
    const kind = entry.ref!.kind;
    const missingRequest = request(route, entry, attempt, user, MISSING_REF[kind]);
    const missing = await mallory(missingRequest.method, missingRequest.path, { body: missingRequest.body });
    expectProblem(missing, 404, 'NOT_FOUND');
    for (const ref of aliceRefs(kind)) {
      const { method, path, body } = request(route, entry, attempt, user, ref);
      const res = await mallory(method, path, { body });
      expectProblem(res, 404, 'NOT_FOUND');
      expectNoLeak(res);
      expect(res.body.instance).toBe(path.split('?')[0]);
      expect(comparable(res, ref)).toEqual(comparable(missing, MISSING_REF[kind]));
    }
  });
});

describe("mallory naming alice's list or task inside her own writes: 422, same as a missing one", () => {
  it.each([
    [
      'a task in her list',
      'POST',
      '/api/me/tasks',
      (list: string, _task: string) => ({ title: 'x', list_id: Number(list) }),
    ],
    [
      'a subtask of her task',
      'POST',
      '/api/me/tasks',
      (_list: string, task: string) => ({ title: 'x', parent_id: Number(task) }),
    ],
    [
      'moving into her list',
      'POST',
      '/api/me/tasks/:own/move',
      (list: string) => ({ list_id: Number(list) }),
    ],
    [
      'moving under her task',
      'POST',
      '/api/me/tasks/:own/move',
      (_l: string, task: string) => ({ parent_id: Number(task) }),
    ],
    [
      'moving beside her task',
      'POST',
      '/api/me/tasks/:own/move',
      (_l: string, task: string) => ({ before_id: Number(task) }),
    ],
    ['patching into her list', 'PATCH', '/api/me/tasks/:own', (list: string) => ({ list_id: Number(list) })],
    [
      'a section in her list',
      'POST',
      '/api/me/sections',
      (list: string) => ({ list_id: Number(list), name: 'x' }),
    ],
    [
      'bulk moving into her list',
      'POST',
      '/api/me/tasks/bulk',
      (list: string, _t: string, own: string) => ({
        action: 'move',
        ids: [Number(own)],
        list_id: Number(list),
      }),
    ],
  ] as const)('%s', async (_, method, pattern, bodyOf) => {
    const own = await mallory('POST', '/api/me/tasks', { body: { title: 'Mallory’s own' } });
    const path = pattern.replace(':own', String(own.body.id));
    const missing = await mallory(method, path, {
      body: bodyOf(MISSING_REF.list, MISSING_REF.task, String(own.body.id)),
    });
    expectProblem(missing, 422, 'VALIDATION_ERROR');
    const res = await mallory(method, path, {
      body: bodyOf(String(aliceLists[0]!.id), String(aliceTasks[0].id), String(own.body.id)),
    });
    expectProblem(res, 422, 'VALIDATION_ERROR');
    expectNoLeak(res);
    expect(comparable(res, aliceLists[0]!.id)).toEqual(comparable(missing, MISSING));
    expect((await mallory('GET', `/api/me/tasks/${own.body.id}`)).body).toMatchObject({
      list_id: null,
      parent_id: null,
    });
    await mallory('DELETE', `/api/me/tasks/${own.body.id}`);
  });
});

describe("mallory reading on her own path: nothing of alice's", () => {
  it.each(
    USER_PATH.filter(([, entry]) => entry.own === 'read').flatMap(([route, entry]) =>
      entry.tries.flatMap((attempt) =>
        ['me', 'mallory'].map(
          (user) =>
            [`${attempt.name}: ${route.replace(':user_id', user)}`, route, entry, attempt, user] as const,
        ),
      ),
    ),
  )('%s', async (_, route, entry, attempt, user) => {
    const { method, path, body } = request(route, entry, attempt, user);
    const res = attempt.stream ? await readStream('mallory', path) : await mallory(method, path, { body });
    expect(res.status, res.text).toBe(200);
    expectNoLeak(res);
  });
});

describe("routes with no user in the path act on the caller only: alice's ids and password do nothing", () => {
  it.each(
    CALLER.flatMap(([route, entry]) =>
      entry.tries.map((attempt) => [`${attempt.name}: ${route}`, route, entry, attempt] as const),
    ),
  )('%s', async (_, route, entry, attempt) => {
    const as = server.as(entry.as ?? 'mallory');
    const answers: ApiResponse[] = [];
    for (const ref of refsToTry(entry.ref)) {
      const { method, path, body } = request(route, entry, attempt, 'me', ref);
      const res = await as(method, path, { body });
      expect(res.status, res.text).toBe(entry.status);
      if (entry.status >= 400) expect(res.headers.get('content-type')).toMatch(PROBLEM);
      expectNoLeak(res);
      answers.push(res);
    }
    // Alice's ids get the answer a missing one gets.
    if (entry.ref) {
      const refs = refsToTry(entry.ref);
      const last = answers.length - 1;
      for (const [i, res] of answers.entries()) {
        expect(comparable(res, refs[i])).toEqual(comparable(answers[last]!, refs[last]));
      }
    }
  });
});

describe("every MCP tool as mallory with alice's ids or user id: refused, nothing leaks", () => {
  const call = async (name: string, args: Record<string, unknown>) =>
    (await mcp.callTool({ name, arguments: args })) as CallToolResult;
  const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;

  it.each(Object.entries(TOOL_TABLE))('%s', async (name, entry) => {
    const taskIds = entry.task ? [...aliceTasks.map((t) => t.id), MISSING] : [undefined];
    const base = entry.section ? { ...entry.args, section_id: aliceSection.id } : entry.args;
    const withTask = (id: number | undefined) => (id === undefined ? base : { ...base, task_id: id });
    for (const id of taskIds) {
      // Alice's user id is refused, the same way as a user that does not exist.
      const nobodys = await call(name, { ...withTask(id), user_id: 'nobody-at-all' });
      expect(nobodys.isError).toBe(true);
      for (const user of ['alice', aliceAccount.id]) {
        const res = await call(name, { ...withTask(id), user_id: user });
        expect(res.isError, `${name} as ${user}`).toBe(true);
        expect(text(res)).toMatch(/user_id must be your own id \(mallory\)/);
        expect(res).toEqual(nobodys);
        expectNoLeak(res);
      }
    }
    if (entry.task) {
      for (const user of ['me', 'mallory']) {
        const missing = await call(name, { ...withTask(MISSING), user_id: user });
        expect(missing.isError).toBe(true);
        expect(text(missing)).toMatch(/not found/);
        for (const task of aliceTasks) {
          const res = await call(name, { ...withTask(task.id), user_id: user });
          expect(res.isError, `${name} on task ${task.id}`).toBe(true);
          expectNoLeak(res);
          expect(text(res).replaceAll(String(task.id), '{id}')).toBe(
            text(missing).replaceAll(String(MISSING), '{id}'),
          );
        }
      }
    }
    if (entry.section) {
      for (const user of ['me', 'mallory']) {
        const missing = await call(name, { ...entry.args, section_id: MISSING, user_id: user });
        expect(missing.isError).toBe(true);
        expect(text(missing)).toMatch(/not found/);
        const res = await call(name, { ...entry.args, section_id: aliceSection.id, user_id: user });
        expect(res.isError, `${name} on section ${aliceSection.id}`).toBe(true);
        expectNoLeak(res);
        expect(text(res).replaceAll(String(aliceSection.id), '{id}')).toBe(
          text(missing).replaceAll(String(MISSING), '{id}'),
        );
      }
    }
    if (entry.list) {
      // Alice's list by name (even as she spells it): the refusal a name nobody has gets, with
      // nothing of hers but the name mallory said herself.
      const { task_id: _, ...args } = { ...entry.args, task_id: undefined };
      for (const user of ['me', 'mallory']) {
        const nobodys = await call(name, { ...args, user_id: user, list: 'Nobody Has This List' });
        expect(nobodys.isError).toBe(true);
        for (const list of aliceLists.flatMap((l) => [l.name, l.name.toUpperCase()])) {
          const res = await call(name, { ...args, user_id: user, list });
          expect(res.isError, `${name} on ${list}`).toBe(true);
          const said = text(res).replaceAll(list, '{list}');
          expect(said).toBe(text(nobodys).replaceAll('Nobody Has This List', '{list}'));
          expectNoLeak({ text: said });
        }
      }
    }
    if (entry.own === 'read') {
      for (const user of ['me', 'mallory']) {
        const res = await call(name, { ...entry.args, user_id: user });
        expect(res.isError, text(res)).toBeFalsy();
        expectNoLeak(res);
      }
    }
    if (entry.parent) {
      // Alice's tasks as the parent: the same empty answer as a parent nobody has.
      const none = await call(name, { user_id: 'me', parent_id: MISSING });
      expect(none.isError, text(none)).toBeFalsy();
      expect(none.structuredContent).toMatchObject({ tasks: [], count: 0 });
      for (const task of aliceTasks) {
        const res = await call(name, { user_id: 'me', parent_id: task.id });
        expectNoLeak(res);
        expect(res).toEqual(none);
      }
    }
  });
});

describe('afterwards', () => {
  it("alice's tasks are byte-for-byte unchanged", async () => {
    expect((await alice('GET', '/api/me/tasks?limit=200')).text).toBe(aliceList);
    for (const t of aliceTasks) {
      expect((await alice('GET', `/api/me/tasks/${t.id}`)).text).toBe(aliceTaskTexts.get(t.id));
    }
  });

  it("alice's whole state is what it was: tasks, tags, settings, export, keys, webhooks, chats, account, events", async () => {
    expect(await aliceState()).toEqual(aliceBefore);
  });

  it("alice's tags and settings are unchanged, and her export holds only her tasks", async () => {
    expect((await alice('GET', '/api/me/tags')).body.tags.map((t: any) => [t.name, t.total])).toEqual([
      ['surprise', 1],
      ['Wedding', 2],
    ]);
    expect((await alice('GET', '/api/me/settings')).body).toMatchObject({ time_zone: 'UTC' });
    expect((await alice('GET', '/api/me/export')).body.tasks).toHaveLength(5);
  });

  it("on her own path, mallory's searches, tags and exports see nothing of alice's", async () => {
    for (const path of ['/api/me/tasks?q=ring', '/api/me/tasks?tag=wedding', '/api/me/tasks?priority=high']) {
      const res = await mallory('GET', path);
      expect(res.body).toEqual({ tasks: [], count: 0, next_cursor: null });
    }
    expect((await mallory('GET', '/api/me/tags')).body).toEqual({ tags: [] });
    expectProblem(await mallory('PATCH', '/api/me/tags/wedding', { body: { name: 'x' } }), 404, 'NOT_FOUND');
    expectProblem(await mallory('DELETE', '/api/me/tags/surprise'), 404, 'NOT_FOUND');
    for (const format of ['json', 'csv', 'ics']) {
      const res = await mallory('GET', `/api/me/export?format=${format}`);
      expect(res.status).toBe(200);
      expectNoLeak(res);
    }
    expect((await alice('GET', '/api/me/tasks?limit=200')).text).toBe(aliceList);
  });

  it("mallory's own list is empty", async () => {
    for (const path of ['/api/me/tasks', '/api/mallory/tasks', '/api/me/tasks?status=completed']) {
      const res = await mallory('GET', path);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ tasks: [], count: 0, next_cursor: null });
    }
  });

  it('tasks mallory creates are hers alone and never show up for alice', async () => {
    const created: any[] = [];
    for (const body of [{ title: 'Mallory one' }, { title: 'Mallory two', completed: true }]) {
      const res = await mallory('POST', '/api/me/tasks', { body });
      expect(res.status).toBe(201);
      expect(res.body.user_id).toBe('mallory');
      expect(res.headers.get('location')).toBe(`/api/mallory/tasks/${res.body.id}`);
      created.push(res.body);
    }
    const mine = await mallory('GET', '/api/me/tasks');
    expect(mine.body.count).toBe(2);
    expect(mine.body.tasks.map((t: any) => t.id).sort()).toEqual(created.map((t) => t.id).sort());
    expectNoLeak(mine);

    expect((await alice('GET', '/api/me/tasks?limit=200')).text).toBe(aliceList);
    for (const t of created) {
      const viaMe = await alice('GET', `/api/me/tasks/${t.id}`);
      expectProblem(viaMe, 404, 'NOT_FOUND');
      expect(viaMe.text).not.toContain(t.title);
      expectProblem(await alice('GET', `/api/mallory/tasks/${t.id}`), 403, 'AUTH_FORBIDDEN');
      expectProblem(await alice('DELETE', `/api/me/tasks/${t.id}`), 404, 'NOT_FOUND');
    }
    const after = await mallory('GET', '/api/me/tasks?limit=200');
    expect(after.body.count).toBe(2);
    malloryList = after.text;
  });

  it("alice's paging cursor replayed by mallory pages through mallory's tasks only", async () => {
    // Oldest first: the rest of alice's tasks and all of mallory's (newer) lie after this cursor.
    const page = await alice('GET', '/api/me/tasks?sort=created&limit=1');
    expect(page.body.next_cursor).toEqual(expect.any(String));
    const replay = await mallory(
      'GET',
      `/api/me/tasks?sort=created&limit=200&cursor=${encodeURIComponent(page.body.next_cursor)}`,
    );
    expect(replay.status).toBe(200);
    expectNoLeak(replay);
    expect(replay.body.count).toBe(2);
    expect(replay.body.tasks.map((t: any) => t.title)).toEqual(['Mallory one', 'Mallory two']);
  });
});

describe('the user id in the path is compared exactly', () => {
  it.each([
    ['Alice', 'Alice'],
    ['ALICE', 'ALICE'],
    ["encodeURIComponent('Alice')", encodeURIComponent('Alice')],
    ['percent-encoded letters (%61lice = alice)', '%61lice'],
    ['fully percent-encoded (%61%6C%69%63%65)', '%61%6C%69%63%65'],
    ['a leading space', '%20alice'],
    ['a trailing space', 'alice%20'],
    ['a trailing NUL', 'alice%00'],
    ['an encoded slash', 'alice%2F'],
    ['an encoded slash and dot-dot', '..%2Falice'],
    ['a Cyrillic look-alike (аlice)', encodeURIComponent('\u0430lice')],
  ])('mallory with %s → 403 on list and get', async (_, user) => {
    const list = await mallory('GET', `/api/${user}/tasks`);
    expectProblem(list, 403, 'AUTH_FORBIDDEN');
    const one = await mallory('GET', `/api/${user}/tasks/${aliceTasks[0].id}`);
    expectProblem(one, 403, 'AUTH_FORBIDDEN');
    expectNoLeak(list);
    expectNoLeak(one);
  });

  it('for alice, another case of her id is another user (403)', async () => {
    for (const user of ['Alice', 'ALICE', 'alice%20']) {
      expectProblem(await alice('GET', `/api/${user}/tasks`), 403, 'AUTH_FORBIDDEN');
    }
  });

  it('for alice, percent-encoding her own id is still her id (the path is decoded)', async () => {
    const res = await alice('GET', '/api/%61lice/tasks?limit=200');
    expect(res.status).toBe(200);
    expect(res.text).toBe(aliceList);
  });

  it("mallory spelling 'me' as %6De still gets only her own tasks", async () => {
    const res = await mallory('GET', '/api/%6De/tasks?limit=200');
    expect(res.status).toBe(200);
    expect(res.text).toBe(malloryList);
  });
});

describe('tokens that name the user in user_id instead of sub', () => {
  it('a user_id-only token for alice reaches alice’s data and nothing else', async () => {
    const token = await signHs256({ user_id: 'alice' }, { expiresIn: '1h' });
    const mine = await server.request('GET', '/api/me/tasks?limit=200', { token });
    expect(mine.status).toBe(200);
    expect(mine.text).toBe(aliceList);
    const byId = await server.request('GET', '/api/alice/tasks?limit=200', { token });
    expect(byId.text).toBe(aliceList);
    expect((await server.request('GET', `/api/me/tasks/${aliceTasks[0].id}`, { token })).text).toBe(
      aliceTaskTexts.get(aliceTasks[0].id),
    );
    const other = await server.request('GET', '/api/mallory/tasks', { token });
    expectProblem(other, 403, 'AUTH_FORBIDDEN');
    const mallorysTask = (await mallory('GET', '/api/me/tasks')).body.tasks[0];
    expect(mallorysTask).toBeDefined();
    expectProblem(
      await server.request('GET', `/api/me/tasks/${mallorysTask.id}`, { token }),
      404,
      'NOT_FOUND',
    );
  });

  it('when a token has both, sub wins: sub=mallory, user_id=alice is mallory', async () => {
    const token = await signHs256({ sub: 'mallory', user_id: 'alice' }, { expiresIn: '1h' });
    const mine = await server.request('GET', '/api/me/tasks?limit=200', { token });
    expect(mine.status).toBe(200);
    expect(mine.text).toBe(malloryList);
    expectProblem(await server.request('GET', '/api/alice/tasks', { token }), 403, 'AUTH_FORBIDDEN');
    expectProblem(
      await server.request('GET', `/api/me/tasks/${aliceTasks[0].id}`, { token }),
      404,
      'NOT_FOUND',
    );
  });

  it("alice's tasks are still unchanged at the very end", async () => {
    expect((await alice('GET', '/api/me/tasks?limit=200')).text).toBe(aliceList);
    expect(await aliceState()).toEqual(aliceBefore);
  });
});

describe("renaming alice's conversation", () => {
  it('403 with her id in the path, 404 with mallory’s own (same as a missing one), and her title stays', async () => {
    const started = await alice('POST', '/api/me/chat', { body: { message: 'hello there' } });
    expect(started.status).toBe(200);
    const id: number = started.body.conversation_id;
    const before = (await alice('GET', `/api/me/conversations/${id}`)).text;
    const body = { title: 'Renamed by mallory' };

    const nobodys = await mallory('PATCH', `/api/nobody-at-all/conversations/${MISSING}`, { body });
    expectProblem(nobodys, 403, 'AUTH_FORBIDDEN');
    for (const target of [id, MISSING]) {
      const res = await mallory('PATCH', `/api/alice/conversations/${target}`, { body });
      expectProblem(res, 403, 'AUTH_FORBIDDEN');
      expect(comparable(res, target)).toEqual(comparable(nobodys, MISSING));
    }
    // Validation comes after the 403, so a bad body reveals nothing either.
    expectProblem(
      await mallory('PATCH', `/api/alice/conversations/${id}`, { body: { title: '' } }),
      403,
      'AUTH_FORBIDDEN',
    );

    for (const user of ['me', 'mallory']) {
      const missing = await mallory('PATCH', `/api/${user}/conversations/${MISSING}`, { body });
      expectProblem(missing, 404, 'NOT_FOUND');
      const res = await mallory('PATCH', `/api/${user}/conversations/${id}`, { body });
      expectProblem(res, 404, 'NOT_FOUND');
      expect(res.text).not.toContain('hello there');
      expect(comparable(res, id)).toEqual(comparable(missing, MISSING));
    }

    expect((await alice('GET', `/api/me/conversations/${id}`)).text).toBe(before);
    expect((await mallory('GET', '/api/me/conversations')).body.conversations).toEqual([]);
  });
});
