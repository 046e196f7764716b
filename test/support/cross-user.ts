// The cross-user suites' world (test/cross-user-*.test.ts): on a server of the suite's own, alice
// (token user `alice`, and a password account of hers) with a bit of everything a user can have,
// and mallory, who tries to reach it. Afterwards alice's data is byte-for-byte what it was, and
// nothing of hers appeared in any answer to mallory. What each route and tool is tried with:
// cross-user-table.ts and TOOL_TABLE below.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'vitest';
import { sessionCookie } from './people.js';
import { type ApiResponse, startTestServer, TEST_APP_URL, type TestServer } from './server.js';

type As = ReturnType<TestServer['as']>;

/** An id no task has, for comparing "someone else's" with "does not exist". */
export const MISSING = 987654321;
export const ALICE_PUSH_ENDPOINT = 'https://push.example.com/alice-private-Bandersnatch-endpoint';
/** A browser's keys, as PushSubscription.toJSON() gives them (well-formed; never used to encrypt here). */
export const PUSH_KEYS = { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) };
/** The password of alice's password account (Better Auth); the rest is token user `alice`. */
export const ALICE_PASSWORD = 'alice in wonderland 1865';

/** The kinds of alice's things a route or tool names. */
export type Ref =
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

/** An id of each kind that nobody has. */
/** An id of each kind that nobody has. */
export const MISSING_REF: Record<Ref, string> = {
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

/** Alice's things, mallory, and what the suites check with them. */
export interface World {
  server: TestServer;
  alice: As;
  mallory: As;
  /** An MCP client of mallory's. */
  mcp: Client;
  /** Alice's tasks as created, and her list as raw JSON text before mallory tries anything. */
  aliceTasks: any[];
  aliceList: string;
  aliceTaskTexts: Map<number, string>;
  /** Alice's other things: an API key, a feed, a filter, a webhook, a device, a conversation. */
  aliceKey: { id: number; key: string; name: string };
  aliceFeed: { id: number; url: string };
  aliceFilter: { id: number };
  /** Alice's notification that her sign-in account joined her list. */
  aliceNotification: { id: number; kind: string };
  aliceHook: { id: number; url: string; secret: string; description: string };
  alicePush: { id: number; name: string };
  aliceConversation: { id: number; title: string };
  /** Alice's password account, with two sessions or more; the cookie is the last one's. */
  aliceAccount: { id: string; email: string; name: string; sessionIds: string[]; cookie: string };
  /** Alice's list, with a task and a subtask in it, shared with her sign-in account as a viewer. */
  aliceLists: { id: number; name: string }[];
  /** A section of alice's list, with a task in it. */
  aliceSection: { id: number; name: string };
  /** Alice's pending invitation to her list, and her comment on her first task. */
  aliceInvitation: { id: number; email: string };
  aliceComment: { id: number; body: string };
  /** Alice's whole state as raw text, before mallory tries anything. */
  aliceBefore: Record<string, string>;
  /** Alice's ids of each kind, as they go in a path. */
  aliceRefs(kind: Ref): string[];
  /** Alice's refs of the entry's kind and one nobody has, or just one request without a ref. */
  refsToTry(kind: Ref | undefined): (string | undefined)[];
  /** An event stream's text up to the first half second with nothing new (the stream stays open). */
  readStream(user: string, path: string): Promise<{ status: number; text: string }>;
  /** Everything of alice's as raw text: tasks, tags, settings, export, keys, webhooks, chats, account, events. */
  aliceState(): Promise<Record<string, string>>;
  /** Nothing of alice's may appear in an answer to mallory. */
  expectNoLeak(res: { text: string } | CallToolResult): void;
  /** Alice's tasks and whole state are what they were, and mallory has no task. */
  expectNothingChanged(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server and gives alice her things (the checks that they were made included). */
export async function aliceWorld(): Promise<World> {
  const w = { server: await startTestServer() } as World;
  try {
    await fill(w);
  } catch (error) {
    await w.mcp?.close();
    await w.server.close();
    throw error;
  }
  return w;
}

async function fill(w: World) {
  const { server } = w;
  w.aliceRefs = (kind: Ref): string[] =>
    ({
      task: w.aliceTasks.map((t) => String(t.id)),
      tag: ['wedding', 'surprise'],
      apiKey: [String(w.aliceKey.id)],
      calendarFeed: [String(w.aliceFeed.id)],
      savedFilter: [String(w.aliceFilter.id)],
      notification: [String(w.aliceNotification.id)],
      webhook: [String(w.aliceHook.id)],
      conversation: [String(w.aliceConversation.id)],
      session: w.aliceAccount.sessionIds,
      list: [String(w.aliceLists[0]!.id)],
      section: [String(w.aliceSection.id)],
      // Two ids in one path: "first|second" (see request).
      member: [`${w.aliceLists[0]!.id}|${w.aliceAccount.id}`],
      listInvitation: [`${w.aliceLists[0]!.id}|${w.aliceInvitation.id}`],
      invitation: [String(w.aliceInvitation.id)],
      comment: [`${w.aliceTasks[0].id}|${w.aliceComment.id}`],
      pushSubscription: [String(w.alicePush.id)],
      pushEndpoint: [ALICE_PUSH_ENDPOINT],
    })[kind];

  w.refsToTry = (kind) => (kind ? [...w.aliceRefs(kind), MISSING_REF[kind]] : [undefined]);

  w.alice = server.as('alice');
  w.mallory = server.as('mallory');
  w.aliceTasks = [];
  const honeymoon = await w.alice('POST', '/api/me/lists', {
    body: { name: 'Honeymoon in Lisbon', color: '#aa3366' },
  });
  expect(honeymoon.status, honeymoon.text).toBe(201);
  w.aliceLists = [honeymoon.body];
  const section = await w.alice('POST', '/api/me/sections', {
    body: { list_id: honeymoon.body.id, name: 'Tram 28 Vorpal section' },
  });
  expect(section.status, section.text).toBe(201);
  w.aliceSection = section.body;
  for (const body of [
    { title: 'Buy the ring', description: 'Platinum, size 6', tags: ['Wedding'], priority: 'high' },
    { title: 'Book the venue', completed: true, due_date: '2027-06-14' },
    { title: 'Secret plans', description: 'Surprise party on the 14th', tags: ['surprise', 'wedding'] },
    { title: 'Water the plants', list_id: honeymoon.body.id, section_id: section.body.id },
  ]) {
    const res = await w.alice('POST', '/api/me/tasks', { body });
    expect(res.status).toBe(201);
    w.aliceTasks.push(res.body);
  }
  // One more completed, through the completion route rather than on create.
  const toggled = await w.alice('PATCH', `/api/me/tasks/${w.aliceTasks[3].id}/complete`);
  expect(toggled.body.completed).toBe(true);
  w.aliceTasks[3] = toggled.body;

  const sub = await w.alice('POST', '/api/me/tasks', {
    body: { title: 'Pack the Lisbon guidebook', parent_id: w.aliceTasks[3].id },
  });
  expect(sub.status, sub.text).toBe(201);
  w.aliceTasks.push(sub.body);

  const list = await w.alice('GET', '/api/me/tasks?limit=200');
  expect(list.body.count).toBe(5);
  w.aliceList = list.text;
  w.aliceTaskTexts = new Map();
  for (const t of w.aliceTasks)
    w.aliceTaskTexts.set(t.id, (await w.alice('GET', `/api/me/tasks/${t.id}`)).text);
  expect((await w.alice('GET', `/api/me/tasks/${MISSING}`)).status).toBe(404);

  const key = await w.alice('POST', '/api/me/api-keys', { body: { name: 'Alice laptop Cheshire key' } });
  expect(key.status, key.text).toBe(201);
  w.aliceKey = key.body;
  const feed = await w.alice('POST', '/api/me/calendar-feeds', { body: { list_id: honeymoon.body.id } });
  expect(feed.status, feed.text).toBe(201);
  w.aliceFeed = feed.body;
  const filter = await w.alice('POST', '/api/me/filters', {
    body: { name: 'Alice Jabberwock filter', query: '#Honeymoon & search: secret' },
  });
  expect(filter.status, filter.text).toBe(201);
  w.aliceFilter = filter.body;
  const hook = await w.alice('POST', '/api/me/webhooks', {
    body: {
      url: 'https://hooks.example.com/alice-private-hook',
      events: ['created', 'completed'],
      description: 'Alice private Jabberwock hook',
    },
  });
  expect(hook.status, hook.text).toBe(201);
  w.aliceHook = hook.body;
  const chat = await w.alice('POST', '/api/me/chat', { body: { message: 'show my tasks' } });
  expect(chat.status, chat.text).toBe(200);
  expect(chat.text).toContain('Buy the ring');
  const renamed = await w.alice('PATCH', `/api/me/conversations/${chat.body.conversation_id}`, {
    body: { title: 'Cheshire cat plans' },
  });
  expect(renamed.status, renamed.text).toBe(200);
  w.aliceConversation = { id: chat.body.conversation_id, title: 'Cheshire cat plans' };
  w.aliceAccount = await signUp(server, 'Alice Liddell', `alice.liddell.${Date.now()}@example.com`);
  const toAccount = await w.alice('POST', `/api/me/lists/${honeymoon.body.id}/members`, {
    body: { email: w.aliceAccount.email, role: 'viewer' },
  });
  expect(toAccount.status, toAccount.text).toBe(202);
  const joined = await server.as(w.aliceAccount.id)(
    'POST',
    `/api/me/invitations/${toAccount.body.id}/accept`,
    {
      body: { token: new URL(toAccount.body.link).hash.slice(1) },
    },
  );
  expect(joined.status, joined.text).toBe(200);
  const invited = await w.alice('POST', `/api/me/lists/${honeymoon.body.id}/members`, {
    body: { email: 'cheshire.friend.of.alice@example.com' },
  });
  expect(invited.status, invited.text).toBe(202);
  w.aliceInvitation = invited.body;
  const comment = await w.alice('POST', `/api/me/tasks/${w.aliceTasks[0].id}/comments`, {
    body: { body: 'Tweedledum confirmed the ring size' },
  });
  expect(comment.status, comment.text).toBe(201);
  w.aliceComment = comment.body;
  const inbox = await w.alice('GET', '/api/me/notifications');
  expect(inbox.status, inbox.text).toBe(200);
  expect(inbox.body.notifications.map((n: { kind: string }) => n.kind)).toEqual(['joined']);
  w.aliceNotification = inbox.body.notifications[0];
  // After the notification: its push (to a device whose keys are never used) is not queued, so no
  // send attempt changes the device's state while mallory tries things.
  const push = await w.alice('POST', '/api/me/push-subscriptions', {
    body: { endpoint: ALICE_PUSH_ENDPOINT, keys: PUSH_KEYS, name: 'Alice Vorpal phone' },
  });
  expect(push.status, push.text).toBe(201);
  w.alicePush = push.body;

  w.mcp = new Client({ name: 'mallory', version: '1.0.0' });
  await w.mcp.connect(
    new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${await server.tokenFor('mallory')}` } },
    }),
  );

  /** An event stream's text up to the first half second with nothing new (the stream stays open). */
  w.readStream = async (user, path) => {
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
  };

  /** Everything of alice's as raw text: tasks, tags, settings, export, keys, webhooks, chats, account, events. */
  w.aliceState = async () => {
    const state: Record<string, string> = {};
    for (const path of [
      '/api/me/tasks?limit=200',
      ...w.aliceTasks.map((t) => `/api/me/tasks/${t.id}`),
      '/api/me/tags',
      '/api/me/lists',
      `/api/me/lists/${w.aliceLists[0]!.id}`,
      `/api/me/lists/${w.aliceLists[0]!.id}/members`,
      `/api/me/lists/${w.aliceLists[0]!.id}/activity`,
      `/api/me/tasks/${w.aliceTasks[0].id}/comments`,
      `/api/me/tasks?list_id=${w.aliceLists[0]!.id}&sort=manual`,
      `/api/me/sections?list_id=${w.aliceLists[0]!.id}`,
      `/api/me/sections/${w.aliceSection.id}`,
      '/api/me/tasks?view=inbox',
      '/api/me/settings',
      '/api/me/api-keys',
      '/api/me/calendar-feeds',
      '/api/me/filters',
      '/api/me/notifications',
      `/api/me/filters/${w.aliceFilter.id}`,
      '/api/me/webhooks',
      `/api/me/webhooks/${w.aliceHook.id}`,
      `/api/me/webhooks/${w.aliceHook.id}/deliveries`,
      '/api/me/push-subscriptions',
      '/api/me/conversations',
      `/api/me/conversations/${w.aliceConversation.id}`,
      '/api/me/chat/model',
    ]) {
      state[path] = (await w.alice('GET', path)).text;
    }
    // Alice's device's delivery record moves with her own notifications' pushes (the setup's 'joined'
    // one fails on the test's key and is retried): what must not change is the device itself.
    const devices = JSON.parse(state['/api/me/push-subscriptions']!);
    for (const device of devices.subscriptions)
      for (const field of ['failure_count', 'last_status', 'last_error', 'last_success_at'])
        delete device[field];
    state['/api/me/push-subscriptions'] = JSON.stringify(devices);
    // The export carries the time it was made; the tasks in it must not change.
    state['/api/me/export'] = JSON.stringify((await w.alice('GET', '/api/me/export')).body.tasks);
    const events = await w.readStream('alice', '/api/me/events?last_event_id=0');
    expect(events.status).toBe(200);
    expect(events.text).toContain('Buy the ring');
    state['/api/me/events'] = events.text;
    const headers = { origin: TEST_APP_URL, cookie: w.aliceAccount.cookie };
    for (const path of ['/api/me', '/api/me/sessions']) {
      state[`account ${path}`] = (await server.request('GET', path, { headers })).text;
    }
    return state;
  };

  /** What of alice's must never reach mallory. */
  const aliceSecrets = () => [
    ...w.aliceTasks.flatMap((t) => [t.title, ...(t.description ? [t.description] : [])]),
    w.aliceKey.key,
    w.aliceKey.name,
    w.aliceFeed.url.split('/').at(-1)!.replace('.ics', ''),
    w.aliceHook.url,
    w.aliceHook.secret,
    w.aliceHook.description,
    'alice-private-Bandersnatch-endpoint',
    w.alicePush.name,
    w.aliceConversation.title,
    ...w.aliceLists.map((l) => l.name),
    w.aliceSection.name,
    w.aliceAccount.email,
    w.aliceAccount.name,
    w.aliceInvitation.email,
    w.aliceComment.body,
  ];

  /** Nothing of alice's may appear in an answer to mallory. */
  w.expectNoLeak = (res) => {
    const text = 'text' in res && typeof res.text === 'string' ? res.text : JSON.stringify(res);
    for (const secret of aliceSecrets()) expect(text).not.toContain(secret);
  };

  /** Alice's tasks and whole state are what they were, and mallory has no task. */
  w.expectNothingChanged = async () => {
    expect((await w.alice('GET', '/api/me/tasks?limit=200')).text).toBe(w.aliceList);
    for (const t of w.aliceTasks) {
      expect((await w.alice('GET', `/api/me/tasks/${t.id}`)).text).toBe(w.aliceTaskTexts.get(t.id));
    }
    expect(await w.aliceState()).toEqual(w.aliceBefore);
    for (const path of ['/api/me/tasks', '/api/mallory/tasks', '/api/me/tasks?status=completed']) {
      const res = await w.mallory('GET', path);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ tasks: [], count: 0, next_cursor: null });
    }
  };
  w.close = async () => {
    await w.mcp?.close();
    await server.close();
  };

  w.aliceBefore = await w.aliceState();
}

/** A Better Auth account with two sessions or more; the cookie is the last one's. */
async function signUp(server: TestServer, name: string, email: string) {
  // Made through Better Auth in the server's process (these suites are not about sign-up).
  await server.services.auth.api.signUpEmail({ body: { name, email, password: ALICE_PASSWORD } });
  // Two sign-ins: two sessions (whether sign-up opens one too depends on Better Auth's settings).
  await sessionCookie(server, email, ALICE_PASSWORD);
  const cookie = await sessionCookie(server, email, ALICE_PASSWORD);
  const headers = { origin: TEST_APP_URL, cookie };
  const me = await server.request('GET', '/api/me', { headers });
  expect(me.body.email).toBe(email);
  const sessions = await server.request('GET', '/api/me/sessions', { headers });
  expect(sessions.body.sessions.length).toBeGreaterThanOrEqual(2);
  return { id: me.body.id, email, name, cookie, sessionIds: sessions.body.sessions.map((s: any) => s.id) };
}

/** A problem with what differs per request (and the id echoed in detail) taken out. */
export function comparable(res: ApiResponse, id: number | string | undefined) {
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

/** How mallory calls each MCP tool against alice: the arguments besides user_id and task_id. */
export interface ToolEntry {
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
export const TOOL_TABLE: Record<string, ToolEntry> = {
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
