// The MCP tools and the built-in assistant on shared lists, as their people use them over HTTP:
// assigning by name or email, comments, a task's and a list's history, the people of a list, and
// "assigned to me". Each tool is tried by the owner, an editor, a viewer, a removed member and a
// stranger: a viewer's writes are the REST API's 403 and change nothing; a stranger learns nothing.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkSecret } from '../../test/support/people.js';
import { startTestServer, TEST_APP_URL, type TestServer } from '../../test/support/server.js';

let server: TestServer;
type As = ReturnType<TestServer['as']>;
interface Person {
  id: string;
  email: string;
  name: string;
  as: As;
  mcp: Client;
}

const stamp = Date.now();
let count = 0;
const clients: Client[] = [];

async function connect(user: string): Promise<Client> {
  const client = new Client({ name: 'assistant-sharing-test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${await server.tokenFor(user)}` } },
    }),
  );
  clients.push(client);
  return client;
}

/** A real account (Better Auth sign-up, so it has a name and an email) with its own MCP session. */
async function person(name: string): Promise<Person> {
  const email = `${name.split(' ')[0]!.toLowerCase()}.${stamp}.${++count}@example.com`;
  const up = await server.request('POST', '/api/auth/sign-up/email', {
    body: { name, email, password: 'correct horse battery staple' },
    headers: { origin: TEST_APP_URL },
  });
  expect(up.status, up.text).toBe(200);
  const id = up.body.user.id as string;
  return { id, email, name, as: server.as(id), mcp: await connect(id) };
}

async function ok(res: Promise<{ status: number; text: string; body: any }>, status = 200) {
  const r = await res;
  expect(r.status, r.text).toBe(status);
  return r.body;
}

async function join(owner: Person, listId: number, who: Person, role: 'editor' | 'viewer') {
  const invitation = await ok(
    owner.as('POST', `/api/me/lists/${listId}/members`, { body: { email: who.email, role } }),
    202,
  );
  await ok(
    who.as('POST', `/api/me/invitations/${invitation.id}/accept`, {
      body: { token: linkSecret(invitation) },
    }),
  );
}

const call = async (who: Person | Client, name: string, args: Record<string, unknown>) =>
  (await ('mcp' in who ? who.mcp : who).callTool({
    name,
    arguments: { user_id: 'me', ...args },
  })) as CallToolResult;
const json = (result: CallToolResult) => JSON.parse((result.content[0] as { text: string }).text);

let owner: Person;
let editor: Person;
let viewer: Person;
let stranger: Person;
let listId: number;
const LIST = `Family ${stamp}`;

beforeAll(async () => {
  server = await startTestServer();
  owner = await person('Omar Owner');
  editor = await person('Sara Khan');
  viewer = await person('Vikram Viewer');
  stranger = await person('Mallory Stranger');
  const list = await ok(owner.as('POST', '/api/me/lists', { body: { name: LIST } }), 201);
  listId = list.id;
  await join(owner, listId, editor, 'editor');
  await join(owner, listId, viewer, 'viewer');
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await server.close();
});

/** A fresh task in the shared list, made by the owner. */
const newTask = async (title = `Task ${++count}`) =>
  ok(owner.as('POST', '/api/me/tasks', { body: { title, list_id: listId } }), 201);

describe('the sharing tools, by role', () => {
  it('assign_task: by name, first name, email or "me"; null unassigns; someone outside the list is refused', async () => {
    const task = await newTask('Book the hall');
    const byName = await call(owner, 'assign_task', { task_id: task.id, assignee: 'sara' });
    expect(byName.isError, JSON.stringify(byName)).toBeFalsy();
    expect(json(byName)).toEqual({
      task_id: task.id,
      status: 'assigned',
      title: 'Book the hall',
      assignee: { user_id: editor.id, name: 'Sara Khan' },
    });
    expect((await ok(owner.as('GET', `/api/me/tasks/${task.id}`))).assignee_id).toBe(editor.id);
    expect(
      json(await call(editor, 'assign_task', { task_id: task.id, assignee: viewer.email })),
    ).toMatchObject({
      assignee: { user_id: viewer.id },
    });
    expect(json(await call(editor, 'assign_task', { task_id: task.id, assignee: 'me' }))).toMatchObject({
      assignee: { user_id: editor.id },
    });
    const mine = json(await call(editor, 'search_tasks', { assigned: 'me' }));
    expect(mine.tasks.map((t: any) => t.id)).toEqual([task.id]);
    expect(json(await call(owner, 'search_tasks', { assigned: 'me' })).tasks).toEqual([]);

    const outsider = await call(owner, 'assign_task', { task_id: task.id, assignee: 'Mallory' });
    expect(outsider.isError).toBe(true);
    expect(json(outsider).error).toMatch(/Nobody called "Mallory" is in Family/);
    expect(json(outsider).error).not.toContain(stranger.email);
    const cleared = json(await call(owner, 'assign_task', { task_id: task.id, assignee: null }));
    expect(cleared).toMatchObject({ status: 'unassigned', assignee: null });
    expect((await ok(owner.as('GET', `/api/me/tasks/${task.id}`))).assignee_id).toBeNull();

    // The Inbox: only its owner, as "me".
    const own = await ok(owner.as('POST', '/api/me/tasks', { body: { title: 'Private errand' } }), 201);
    expect(json(await call(owner, 'assign_task', { task_id: own.id, assignee: 'me' }))).toMatchObject({
      status: 'assigned',
    });
    const inbox = await call(owner, 'assign_task', { task_id: own.id, assignee: 'Sara' });
    expect(json(inbox).error).toMatch(/Inbox, whose tasks can only be assigned to their owner/);
  });

  it('comment_on_task and list_comments: owner and editor write, the viewer reads, the stranger sees nothing', async () => {
    const task = await newTask('Paint the fence');
    const said = json(
      await call(editor, 'comment_on_task', { task_id: task.id, body: '  White, not green  ' }),
    );
    expect(said).toMatchObject({
      task_title: 'Paint the fence',
      comment: { body: 'White, not green', author: { id: editor.id, name: 'Sara Khan' } },
    });
    await call(owner, 'comment_on_task', { task_id: task.id, body: 'Agreed' });
    const denied = await call(viewer, 'comment_on_task', { task_id: task.id, body: 'Blue!' });
    expect(denied.isError).toBe(true);
    const rest = await viewer.as('POST', `/api/me/tasks/${task.id}/comments`, { body: { body: 'Blue!' } });
    expect(rest.status).toBe(403);
    expect(json(denied)).toEqual({ error: rest.body.detail, code: 'AUTH_FORBIDDEN' });
    const read = json(await call(viewer, 'list_comments', { task_id: task.id }));
    expect(read.comments.map((c: any) => [c.author.name, c.body])).toEqual([
      ['Sara Khan', 'White, not green'],
      ['Omar Owner', 'Agreed'],
    ]);
    for (const name of ['list_comments', 'comment_on_task']) {
      const theirs = await call(stranger, name, { task_id: task.id, body: 'hi' });
      const missing = await call(stranger, name, { task_id: 987654321, body: 'hi' });
      expect(theirs.isError).toBe(true);
      expect(json(theirs).error.replace(String(task.id), '{id}')).toBe(
        json(missing).error.replace('987654321', '{id}'),
      );
      expect(JSON.stringify(theirs)).not.toContain('Paint');
    }
    const empty = await call(owner, 'comment_on_task', { task_id: task.id, body: '   ' });
    expect(json(empty).error).toMatch(/body must not be empty/);
    const long = await call(owner, 'comment_on_task', { task_id: task.id, body: 'x'.repeat(2001) });
    expect(json(long).error).toBe('body: body must be at most 2000 characters');
    // Characters are code points, as in the API: 2000 emoji (4000 UTF-16 units) are one full comment.
    const emoji = await call(owner, 'comment_on_task', { task_id: task.id, body: '🎨'.repeat(2000) });
    expect(emoji.isError, JSON.stringify(emoji.content)).toBeFalsy();
  });

  it('list_activity: who did what to a task and in a list; a list by name, never the Inbox', async () => {
    const made = json(await call(editor, 'add_task_details', { title: 'Buy paint', list: LIST }));
    await call(owner, 'complete_task', { task_id: made.task_id });
    const ofTask = json(await call(viewer, 'list_activity', { task_id: made.task_id }));
    expect(ofTask.activity.map((a: any) => [a.action, a.actor.name])).toEqual([
      ['completed', 'Omar Owner'],
      ['created', 'Sara Khan'],
    ]);
    const ofList = json(await call(viewer, 'list_activity', { list: LIST.toLowerCase(), limit: 2 }));
    expect(ofList.activity).toHaveLength(2);
    expect(ofList.activity[0]).toMatchObject({ task_title: 'Buy paint', action: 'completed' });
    expect(ofList.next_before).toEqual(expect.any(Number));
    expect(json(await call(owner, 'list_activity', {})).error).toMatch(/task_id or list/);
    expect(json(await call(owner, 'list_activity', { list: 'inbox' })).error).toMatch(/Inbox is not a list/);
    const theirs = await call(stranger, 'list_activity', { list: LIST });
    expect(json(theirs).error).toBe(
      `You have no list called "${LIST}" (you have no lists yet; create_list makes one)`,
    );
    const task = await call(stranger, 'list_activity', { task_id: made.task_id });
    expect(json(task).error).toBe(`Task ${made.task_id} was not found`);
  });

  it('list_members: the people and roles for everyone in the list; invitations only for the owner', async () => {
    await ok(
      owner.as('POST', `/api/me/lists/${listId}/members`, {
        body: { email: `pending.${stamp}@example.com` },
      }),
      202,
    );
    const seen = json(await call(viewer, 'list_members', { list: LIST }));
    expect(seen.your_role).toBe('viewer');
    expect(seen.members.map((m: any) => [m.name, m.role])).toEqual([
      ['Omar Owner', 'owner'],
      ['Sara Khan', 'editor'],
      ['Vikram Viewer', 'viewer'],
    ]);
    expect(seen.invitations).toEqual([]);
    const byOwner = json(await call(owner, 'list_members', { list: LIST }));
    expect(byOwner.your_role).toBe('owner');
    expect(byOwner.invitations).toEqual([{ email: `pending.${stamp}@example.com`, role: 'editor' }]);
    const lists = json(await call(editor, 'list_lists', {}));
    expect(lists.lists.find((l: any) => l.name === LIST)).toMatchObject({ role: 'editor', members: 2 });
    expect(json(await call(stranger, 'list_members', { list: LIST })).error).toMatch(
      /You have no list called/,
    );
  });

  it("a viewer's every write is the REST API's 403 and changes nothing", async () => {
    const task = await newTask('Fix the tap');
    const before = await ok(owner.as('GET', `/api/me/tasks/${task.id}`));
    const writes: [string, Record<string, unknown>][] = [
      ['assign_task', { task_id: task.id, assignee: 'me' }],
      ['comment_on_task', { task_id: task.id, body: 'mine now' }],
      ['update_task', { task_id: task.id, title: 'Hijacked' }],
      ['set_task_details', { task_id: task.id, priority: 'high' }],
      ['complete_task', { task_id: task.id }],
      ['delete_task', { task_id: task.id }],
      ['add_subtask', { task_id: task.id, title: 'Sneaky' }],
      ['add_task_details', { title: 'Sneaky', list: LIST }],
    ];
    for (const [name, args] of writes) {
      const res = await call(viewer, name, args);
      expect(res.isError, name).toBe(true);
      expect(json(res), name).toMatchObject({
        code: 'AUTH_FORBIDDEN',
        error: expect.stringMatching(/not change them/),
      });
    }
    expect(await ok(owner.as('GET', `/api/me/tasks/${task.id}`))).toEqual(before);
    expect((await ok(owner.as('GET', `/api/me/tasks/${task.id}/comments`))).comments).toEqual([]);
  });

  it('removing a member ends their access at once, in an MCP session already open', async () => {
    const leaver = await person('Leila Leaver');
    await join(owner, listId, leaver, 'editor');
    const task = await newTask('Water the garden');
    const session = leaver.mcp;
    expect(json(await call(session, 'list_comments', { task_id: task.id }))).toEqual({ comments: [] });
    expect(json(await call(owner, 'assign_task', { task_id: task.id, assignee: 'Leila' }))).toMatchObject({
      assignee: { user_id: leaver.id },
    });
    await ok(owner.as('DELETE', `/api/me/lists/${listId}/members/${leaver.id}`), 204);
    for (const [name, args] of [
      ['list_comments', { task_id: task.id }],
      ['comment_on_task', { task_id: task.id, body: 'still here?' }],
      ['get_task', { task_id: task.id }],
      ['list_activity', { task_id: task.id }],
    ] as const) {
      const res = await call(session, name, args);
      expect(res.isError, name).toBe(true);
      expect(json(res).error).toBe(`Task ${task.id} was not found`);
    }
    expect(json(await call(session, 'list_members', { list: LIST })).error).toMatch(/no list called/);
    // Their assignment went with them.
    expect((await ok(owner.as('GET', `/api/me/tasks/${task.id}`))).assignee_id).toBeNull();
  });
});

describe('the built-in assistant on shared lists', () => {
  const chat = async (who: Person, message: string) => {
    const res = await who.as('POST', '/api/me/chat', { body: { message } });
    expect(res.status, res.text).toBe(200);
    return res.body as { response: string; tool_calls: { name: string; result: any }[] };
  };

  it('assigns by first name, comments, and answers who is in the list and what is assigned to me', async () => {
    const cake = await newTask('Order the cake');
    const assigned = await chat(editor, 'assign order the cake to Vikram');
    expect(assigned.response).toBe('Assigned “Order the cake” to Vikram Viewer.');
    expect((await ok(owner.as('GET', `/api/me/tasks/${cake.id}`))).assignee_id).toBe(viewer.id);
    const mine = await chat(viewer, "what's assigned to me?");
    expect(mine.response).toMatch(/^Assigned to you \(1\):\n1\. Order the cake$/);

    const commented = await chat(owner, 'comment on order the cake: chocolate, please');
    expect(commented.response).toBe('Added your comment on “Order the cake”.');
    await chat(editor, 'comment on order the cake: two tiers?\n  - or three!');
    const roman = await chat(editor, 'order the cake par comment karo: theek hai');
    expect(roman.response).toBe('“Order the cake” par aap ka comment likh diya.');
    const comments = (await ok(viewer.as('GET', `/api/me/tasks/${cake.id}/comments`))).comments;
    expect(comments.map((c: any) => [c.author.name, c.body])).toEqual([
      ['Omar Owner', 'chocolate, please'],
      ['Sara Khan', 'two tiers?\n  - or three!'],
      ['Sara Khan', 'theek hai'],
    ]);
    expect((await chat(viewer, 'show the comments on order the cake')).response).toContain(
      'Sara Khan: theek hai',
    );

    const people = await chat(viewer, `who is in ${LIST}?`);
    expect(people.response).toMatch(
      /Omar Owner \(owner\), Sara Khan \(editor\), Vikram Viewer \(viewer, you\)/,
    );
    expect(people.response).toMatch(/You can only view it\.$/);
    const urdu = await chat(editor, `${LIST} میں کون کون ہیں`);
    expect(urdu.response).toMatch(/میں: Omar Owner \(مالک\)/);
  });

  it("a viewer's requests to change anything are answered 'you can only view that list', in their language, and change nothing", async () => {
    const task = await newTask('Sweep the porch');
    const urduTask = await newTask('برآمدہ صاف کرنا');
    const before = await ok(owner.as('GET', `/api/me/tasks/${task.id}`));
    const urduBefore = await ok(owner.as('GET', `/api/me/tasks/${urduTask.id}`));
    for (const [message, reply] of [
      ['complete sweep the porch', /^You can only view that list, so nothing was changed/],
      ['assign sweep the porch to me', /^You can only view that list/],
      ['comment on sweep the porch: done?', /^You can only view that list/],
      ['rename sweep the porch to Sweep everything', /^You can only view that list/],
      [`add buy a broom to the ${LIST} list`, /^You can only view that list/],
      ['sweep the porch wala task complete karo', /^Aap yeh list sirf dekh sakte hain/],
      ['برآمدہ صاف کرنا مکمل کرو', /^آپ یہ فہرست صرف دیکھ سکتے ہیں/],
      ['برآمدہ صاف کرنا سارہ کو دے دو', /^آپ یہ فہرست صرف دیکھ سکتے ہیں/],
    ] as const) {
      const answer = await chat(viewer, message);
      expect(answer.response, message).toMatch(reply);
    }
    expect(await ok(owner.as('GET', `/api/me/tasks/${task.id}`))).toEqual(before);
    expect(await ok(owner.as('GET', `/api/me/tasks/${urduTask.id}`))).toEqual(urduBefore);
    expect((await ok(owner.as('GET', `/api/me/tasks/${task.id}/comments`))).comments).toEqual([]);
    const inList = await ok(owner.as('GET', `/api/me/tasks?list_id=${listId}&q=broom`));
    expect(inList.tasks).toEqual([]);
  });

  it("what someone added today, in the asker's time zone; a stranger's assistant never mentions the list", async () => {
    // Far east of UTC: "today" there is not UTC's today for part of every day.
    await ok(owner.as('PATCH', '/api/me/settings', { body: { time_zone: 'Pacific/Kiritimati' } }));
    await call(editor, 'add_task_details', { title: 'Pick up the cousins', list: LIST });
    const today = await chat(owner, 'what did sara add today?');
    expect(today.response).toMatch(/^Sara Khan added \d+ tasks? today:\n/);
    expect(today.response).toContain(`"Pick up the cousins" (${LIST})`);
    expect(today.response).toContain('"Buy paint"');
    expect((await chat(owner, 'what did Sara add yesterday?')).response).not.toContain('Pick up the cousins');
    const urdu = await chat(owner, 'سارہ نے آج کیا شامل کیا');
    expect(urdu.response).toMatch(/^Sara Khan نے آج \d+ کام شامل کیے:/);
    expect(urdu.response).toContain('Pick up the cousins');
    const roman = await chat(owner, 'Sara ne aaj kya add kiya');
    expect(roman.response).toMatch(/^Sara Khan ne aaj \d+ task add kiye:/);
    expect((await chat(owner, 'what did Zed add today?')).response).toBe(
      'Nobody called “Zed” is in your shared lists.',
    );

    for (const message of [
      'what did Sara add today?',
      `who is on the ${LIST} list?`,
      'assign order the cake to me',
      'comment on pick up the cousins: hello',
      "what's assigned to me?",
    ]) {
      const answer = await chat(stranger, message);
      // Nothing of the list but the words the stranger said themselves.
      for (const secret of ['Sara Khan', 'Omar', 'Vikram', 'cousins', 'Order the cake', 'pending.', LIST]) {
        if (message.toLowerCase().includes(secret.toLowerCase())) continue;
        expect(answer.response, message).not.toContain(secret);
      }
      if (message.startsWith('who')) expect(answer.response).toMatch(/^You have no list called/);
      if (message.startsWith('what did')) expect(answer.response).toMatch(/^None of your lists is shared/);
    }
    expect((await ok(owner.as('GET', `/api/me/tasks?list_id=${listId}&q=cousins`))).tasks[0]).toMatchObject({
      assignee_id: null,
    });
  });
});

/**
 * Every MCP tool, and what it does to a shared list or its task: each is tried by the owner, an
 * editor, a viewer, a removed member and a stranger. Reads answer the owner and members; writes
 * answer the viewer with the API's AUTH_FORBIDDEN and change nothing; the removed member and the
 * stranger get the answer a task or list that does not exist gets. A tool without an entry fails.
 */
type ToolRole =
  | {
      kind: 'read' | 'write';
      args: (task: number, list: string, section: number) => Record<string, unknown>;
      /** The fresh task the tool is tried on, when it must be more than a title. */
      task?: Record<string, unknown>;
      /** A fresh section of the list is made for each try (the tool acts on one). */
      section?: true;
    }
  | { kind: 'own'; why: string };

const OWN_ONLY = "acts on the caller's own tasks or lists only (the cross-user suite tries it)";
const TOOL_ROLES: Record<string, ToolRole> = {
  add_task: { kind: 'own', why: OWN_ONLY },
  quick_add: { kind: 'own', why: OWN_ONLY },
  create_list: { kind: 'own', why: OWN_ONLY },
  list_tasks: { kind: 'own', why: 'lists everything the caller can see, names nothing' },
  list_tags: { kind: 'own', why: "the caller's own tags" },
  list_lists: { kind: 'own', why: 'lists what the caller can see, names nothing' },
  list_notifications: { kind: 'own', why: "the caller's own notifications, names nothing" },
  search_tasks: { kind: 'read', args: (_, list) => ({ list }) },
  get_task: { kind: 'read', args: (task) => ({ task_id: task }) },
  list_comments: { kind: 'read', args: (task) => ({ task_id: task }) },
  list_activity: { kind: 'read', args: (task) => ({ task_id: task }) },
  list_members: { kind: 'read', args: (_, list) => ({ list }) },
  complete_task: { kind: 'write', args: (task) => ({ task_id: task }) },
  reopen_task: { kind: 'write', args: (task) => ({ task_id: task }) },
  delete_task: { kind: 'write', args: (task) => ({ task_id: task }) },
  update_task: { kind: 'write', args: (task) => ({ task_id: task, title: 'Renamed' }) },
  set_task_details: { kind: 'write', args: (task) => ({ task_id: task, priority: 'high' }) },
  skip_occurrence: {
    kind: 'write',
    args: (task) => ({ task_id: task }),
    task: { due_date: '2030-01-07', recurrence: 'FREQ=WEEKLY' },
  },
  move_task: { kind: 'write', args: (task, list) => ({ task_id: task, list }) },
  add_subtask: { kind: 'write', args: (task) => ({ task_id: task, title: 'Under it' }) },
  add_task_details: { kind: 'write', args: (_, list) => ({ title: 'In the list', list }) },
  assign_task: { kind: 'write', args: (task) => ({ task_id: task, assignee: 'me' }) },
  comment_on_task: { kind: 'write', args: (task) => ({ task_id: task, body: 'A comment' }) },
  list_sections: { kind: 'read', args: (_, list) => ({ list }) },
  create_section: { kind: 'write', args: (_, list) => ({ list, name: 'A new section' }) },
  rename_section: {
    kind: 'write',
    args: (_, __, section) => ({ section_id: section, name: 'Renamed section' }),
    section: true,
  },
  delete_section: { kind: 'write', args: (_, __, section) => ({ section_id: section }), section: true },
};

describe('every tool by role', () => {
  let removed: Person;
  const MISSING_TASK = 987654321;
  const MISSING_LIST = 'No Such List Anywhere';
  const MISSING_SECTION = 876543210;

  beforeAll(async () => {
    removed = await person('Rita Removed');
    await join(owner, listId, removed, 'editor');
    await ok(owner.as('DELETE', `/api/me/lists/${listId}/members/${removed.id}`), 204);
  });

  it('every MCP tool has an entry in TOOL_ROLES, and every entry is a tool', async () => {
    const names = (await owner.mcp.listTools()).tools.map((t) => t.name).sort();
    expect(Object.keys(TOOL_ROLES).sort()).toEqual(names);
  });

  it.each(Object.entries(TOOL_ROLES).filter(([, e]) => e.kind !== 'own'))('%s', async (name, entry) => {
    if (entry.kind === 'own') return;
    const fresh = async () =>
      ok(
        owner.as('POST', '/api/me/tasks', {
          body: { title: `${name} target`, list_id: listId, ...entry.task },
        }),
        201,
      );
    let made = 0;
    const freshSection = async (): Promise<number> =>
      entry.section
        ? (
            await ok(
              owner.as('POST', '/api/me/sections', { body: { list_id: listId, name: `${name} ${++made}` } }),
              201,
            )
          ).id
        : MISSING_SECTION;
    const as = (text: string, task: number, list: string, section: number) =>
      text
        .replaceAll(list, '{list}')
        .replaceAll(String(section), '{section}')
        .replaceAll(String(task), '{task}');
    for (const who of [owner, editor]) {
      const task = await fresh();
      const res = await call(who, name, entry.args(task.id, LIST, await freshSection()));
      expect(res.isError, `${name} by ${who.name}: ${JSON.stringify(res.content)}`).toBeFalsy();
    }
    const task = await fresh();
    const section = await freshSection();
    const before = await ok(owner.as('GET', `/api/me/tasks/${task.id}`));
    const sectionsBefore = await ok(owner.as('GET', `/api/me/sections?list_id=${listId}`));
    const byViewer = await call(viewer, name, entry.args(task.id, LIST, section));
    if (entry.kind === 'read') expect(byViewer.isError, JSON.stringify(byViewer.content)).toBeFalsy();
    else expect(json(byViewer)).toMatchObject({ code: 'AUTH_FORBIDDEN' });
    for (const outsider of [removed, stranger]) {
      const missing = await call(outsider, name, entry.args(MISSING_TASK, MISSING_LIST, MISSING_SECTION));
      expect(missing.isError).toBe(true);
      const res = await call(outsider, name, entry.args(task.id, LIST, section));
      expect(res.isError, `${name} by ${outsider.name}`).toBe(true);
      expect(as(json(res).error, task.id, LIST, section)).toBe(
        as(json(missing).error, MISSING_TASK, MISSING_LIST, MISSING_SECTION),
      );
      expect(JSON.stringify(res)).not.toContain(`${name} target`);
    }
    expect(await ok(owner.as('GET', `/api/me/tasks/${task.id}`))).toEqual(before);
    expect(await ok(owner.as('GET', `/api/me/sections?list_id=${listId}`))).toEqual(sectionsBefore);
    expect((await ok(owner.as('GET', `/api/me/tasks/${task.id}/comments`))).comments).toEqual([]);
  });
});

describe('the built-in assistant: who added a task, what happened in a list', () => {
  const chat = async (who: Person, message: string) => {
    const res = await who.as('POST', '/api/me/chat', { body: { message } });
    expect(res.status, res.text).toBe(200);
    return res.body.response as string;
  };

  it('names who added a task and lists what happened today, for any member, in their language', async () => {
    await call(editor, 'add_task_details', { title: 'Rake the leaves', list: LIST });
    const task = json(await call(viewer, 'search_tasks', { query: 'rake leaves' })).tasks[0];
    await call(owner, 'set_task_details', { task_id: task.id, priority: 'high' });
    expect(await chat(viewer, 'who added the rake the leaves task?')).toMatch(
      /^Sara Khan added “Rake the leaves” \(\d+ \w+, \d\d:\d\d\)\.$/,
    );
    const today = await chat(viewer, `what happened in ${LIST} today?`);
    expect(today).toMatch(new RegExp(`^What happened in ${LIST} today, newest first:\\n`));
    expect(today).toContain('- Omar Owner edited "Rake the leaves" (priority)');
    expect(today).toContain('- Sara Khan added "Rake the leaves"');
    expect(await chat(editor, `${LIST} mein aaj kya hua`)).toContain(
      'Omar Owner ne badla: "Rake the leaves"',
    );
    // A stranger: the list does not exist for them, and its tasks are not found.
    expect(await chat(stranger, 'who added the rake the leaves task?')).not.toContain('Sara');
    expect(await chat(stranger, `what happened in ${LIST} today?`)).not.toContain('Rake');
  });
});
