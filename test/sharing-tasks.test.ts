// Shared lists, the tasks of one shared list as the owner, an editor, a viewer, a removed
// member and a stranger see them: routes, comments, roles, MCP, events, history, webhooks, reminders.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, ISO, PROBLEM } from './support/expect.js';
import { receiver, stream, until } from './support/live.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let bob: Person;
let carol: Person;
let dave: Person;

beforeAll(async () => {
  server = await startTestServer({
    env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_SECONDS: '0.2', REMINDER_POLL_SECONDS: '0.2' },
  });
  [alice, bob, carol, dave] = [
    await person(server, 'Alice'),
    await person(server, 'Bob'),
    await person(server, 'Carol'),
    await person(server, 'Dave'),
  ];
});
afterAll(() => server.close());

describe('tasks of a shared list', () => {
  let list: { id: number };
  let errand: { id: number };
  let privateTask: { id: number };

  beforeAll(async () => {
    list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Family' } }), 201);
    errand = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Buy a cake', list_id: list.id } }),
      201,
    );
    privateTask = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Surprise party plan' } }),
      201,
    );
    await join(alice, list.id, bob, 'editor');
    await join(alice, list.id, carol, 'viewer');
  });

  it('members see them through the seed routes, with list_id and created_by; strangers do not', async () => {
    for (const who of [bob, carol]) {
      const page = await ok(who.as('GET', '/api/me/tasks'));
      expect(page.tasks.map((t: any) => t.title)).toContain('Buy a cake');
      expect(page.tasks.map((t: any) => t.title)).not.toContain('Surprise party plan');
      const one = await ok(who.as('GET', `/api/me/tasks/${errand.id}`));
      expect(one).toMatchObject({
        title: 'Buy a cake',
        list_id: list.id,
        user_id: alice.id,
        created_by: alice.id,
      });
      const inList = await ok(who.as('GET', `/api/me/tasks?list_id=${list.id}`));
      expect(inList.tasks.map((t: any) => t.title)).toEqual(['Buy a cake']);
      expect(inList.count).toBe(1);
      // Search and the private task: nothing of alice's outside the list.
      expect((await ok(who.as('GET', '/api/me/tasks?q=surprise'))).tasks).toEqual([]);
      expectProblem(await who.as('GET', `/api/me/tasks/${privateTask.id}`), 404, 'NOT_FOUND');
    }
    const missing = await dave.as('GET', '/api/me/tasks/987654321');
    const hidden = await dave.as('GET', `/api/me/tasks/${errand.id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.detail.replace(String(errand.id), '{id}')).toBe(
      missing.body.detail.replace('987654321', '{id}'),
    );
    expect((await ok(dave.as('GET', '/api/me/tasks'))).tasks).toEqual([]);
    expect((await ok(dave.as('GET', `/api/me/tasks?list_id=${list.id}`))).tasks).toEqual([]);
  });

  it('an editor writes them and adds to the list; the task stays the owner’s, made by the editor', async () => {
    const edited = await ok(
      bob.as('PATCH', `/api/me/tasks/${errand.id}`, { body: { description: 'Chocolate', priority: 'high' } }),
    );
    expect(edited).toMatchObject({ description: 'Chocolate', priority: 'high', user_id: alice.id });
    const added = await ok(
      bob.as('POST', '/api/me/tasks', { body: { title: 'Candles', list_id: list.id } }),
      201,
    );
    expect(added).toMatchObject({ user_id: alice.id, created_by: bob.id, list_id: list.id });
    const sub = await ok(
      bob.as('POST', '/api/me/tasks', { body: { title: 'Ask about allergies', parent_id: errand.id } }),
      201,
    );
    expect(sub).toMatchObject({
      user_id: alice.id,
      created_by: bob.id,
      parent_id: errand.id,
      list_id: list.id,
    });
    const done = await ok(
      bob.as('PATCH', `/api/me/tasks/${added.id}/complete`, { body: { completed: true } }),
    );
    expect(done.completed).toBe(true);
    // The owner sees the editor's work.
    const mine = await ok(alice.as('GET', `/api/me/tasks?list_id=${list.id}&status=all`));
    expect(mine.tasks.map((t: any) => t.title).sort()).toEqual([
      'Ask about allergies',
      'Buy a cake',
      'Candles',
    ]);
    expect((await ok(alice.as('GET', `/api/me/lists/${list.id}`))).total_count).toBe(3);
    expect((await ok(bob.as('GET', `/api/me/lists/${list.id}`))).total_count).toBe(3);
    // Moving it to one of the editor's own lists would change its owner: refused, nothing moves.
    const bobsOwn = await ok(bob.as('POST', '/api/me/lists', { body: { name: 'Bob private' } }), 201);
    expectProblem(
      await bob.as('POST', `/api/me/tasks/${sub.id}/move`, { body: { list_id: bobsOwn.id } }),
      422,
      'VALIDATION_ERROR',
    );
    expect((await ok(alice.as('GET', `/api/me/tasks/${sub.id}`))).list_id).toBe(list.id);
    await ok(bob.as('DELETE', `/api/me/tasks/${sub.id}`), 204);
    expectProblem(await alice.as('GET', `/api/me/tasks/${sub.id}`), 404, 'NOT_FOUND');
  });

  it('a viewer reads but every write is 403 and changes nothing', async () => {
    const before = await ok(alice.as('GET', `/api/me/tasks/${errand.id}`));
    const writes: [string, string, unknown][] = [
      ['PATCH', `/api/me/tasks/${errand.id}`, { title: 'Hijacked' }],
      ['PUT', `/api/me/tasks/${errand.id}`, { title: 'Hijacked' }],
      ['PATCH', `/api/me/tasks/${errand.id}/complete`, undefined],
      ['POST', `/api/me/tasks/${errand.id}/move`, { list_id: null }],
      ['DELETE', `/api/me/tasks/${errand.id}`, undefined],
      ['POST', '/api/me/tasks', { title: 'Sneaked in', list_id: list.id }],
      ['POST', '/api/me/tasks', { title: 'Sneaked under', parent_id: errand.id }],
      ['POST', `/api/me/tasks/${errand.id}/comments`, { body: 'Hello' }],
    ];
    for (const [method, path, body] of writes) {
      expectProblem(await carol.as(method, path, { body }), 403, 'AUTH_FORBIDDEN');
    }
    expect(await ok(alice.as('GET', `/api/me/tasks/${errand.id}`))).toEqual(before);
    expect((await ok(alice.as('GET', `/api/me/tasks?list_id=${list.id}&q=sneaked`))).tasks).toEqual([]);
    // The same writes from a stranger: 404, as for a task that does not exist.
    for (const [method, path, body] of writes.slice(0, 5)) {
      expectProblem(await dave.as(method, path, { body }), 404, 'NOT_FOUND');
    }
  });

  it('assigns to members only, filters assigned=me, and unassigns when a member is removed', async () => {
    const chore = await ok(
      alice.as('POST', '/api/me/tasks', {
        body: { title: 'Wrap the gift', list_id: list.id, assignee_id: bob.id },
      }),
      201,
    );
    expect(chore.assignee_id).toBe(bob.id);
    expectProblem(
      await alice.as('PATCH', `/api/me/tasks/${chore.id}`, { body: { assignee_id: dave.id } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await alice.as('PATCH', `/api/me/tasks/${privateTask.id}`, { body: { assignee_id: bob.id } }),
      422,
      'VALIDATION_ERROR',
    );
    expect((await ok(alice.as('GET', `/api/me/tasks/${chore.id}`))).assignee_id).toBe(bob.id);
    const bobs = await ok(bob.as('GET', '/api/me/tasks?assigned=me'));
    expect(bobs.tasks.map((t: any) => t.title)).toEqual(['Wrap the gift']);
    expect((await ok(carol.as('GET', '/api/me/tasks?assigned=me'))).tasks).toEqual([]);
    // Carol (a viewer) can be assigned; the assignee may be cleared.
    expect(
      (await ok(bob.as('PATCH', `/api/me/tasks/${chore.id}`, { body: { assignee_id: carol.id } })))
        .assignee_id,
    ).toBe(carol.id);
    expect(
      (await ok(alice.as('PATCH', `/api/me/tasks/${chore.id}`, { body: { assignee_id: bob.id } })))
        .assignee_id,
    ).toBe(bob.id);
    // A member who is removed loses the task and its assignment at once.
    const removable = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Short-lived' } }), 201);
    await join(alice, removable.id, dave, 'editor');
    const davesChore = await ok(
      alice.as('POST', '/api/me/tasks', {
        body: { title: 'Dave does it', list_id: removable.id, assignee_id: dave.id },
      }),
      201,
    );
    expect((await ok(dave.as('GET', `/api/me/tasks/${davesChore.id}`))).title).toBe('Dave does it');
    expect((await alice.as('DELETE', `/api/me/lists/${removable.id}/members/${dave.id}`)).status).toBe(204);
    expectProblem(await dave.as('GET', `/api/me/tasks/${davesChore.id}`), 404, 'NOT_FOUND');
    expect((await ok(dave.as('GET', '/api/me/tasks'))).tasks.map((t: any) => t.title)).not.toContain(
      'Dave does it',
    );
    expect((await ok(alice.as('GET', `/api/me/tasks/${davesChore.id}`))).assignee_id).toBeNull();
    expect((await ok(dave.as('GET', '/api/me/lists'))).lists.map((l: any) => l.id)).not.toContain(
      removable.id,
    );
  });

  it('comments: members read, owner and editors write, authors edit theirs, owners delete any', async () => {
    const path = `/api/me/tasks/${errand.id}/comments`;
    const first = await ok(bob.as('POST', path, { body: { body: '  Which flavour?  ' } }), 201);
    expect(first).toEqual({
      id: expect.any(Number),
      task_id: errand.id,
      author: { id: bob.id, name: 'Bob' },
      body: 'Which flavour?',
      created_at: expect.stringMatching(ISO),
      updated_at: expect.stringMatching(ISO),
    });
    await ok(alice.as('POST', path, { body: { body: 'Chocolate, of course' } }), 201);
    const seen = await ok(carol.as('GET', path));
    expect(seen.comments.map((c: any) => [c.author.name, c.body])).toEqual([
      ['Bob', 'Which flavour?'],
      ['Alice', 'Chocolate, of course'],
    ]);
    expectProblem(
      await alice.as('PATCH', `${path}/${first.id}`, { body: { body: 'Edited by alice' } }),
      403,
      'AUTH_FORBIDDEN',
    );
    expect(
      (await ok(bob.as('PATCH', `${path}/${first.id}`, { body: { body: 'Which flavour, Alice?' } }))).body,
    ).toBe('Which flavour, Alice?');
    // The task's owner removes anyone's comment on it; an editor only their own.
    const spam = await ok(bob.as('POST', path, { body: { body: 'Buy my cakes' } }), 201);
    expectProblem(await carol.as('DELETE', `${path}/${spam.id}`), 403, 'AUTH_FORBIDDEN');
    expect((await alice.as('DELETE', `${path}/${spam.id}`)).status).toBe(204);
    // Demoted to viewer, the author can no longer change or delete what they wrote.
    await ok(alice.as('PATCH', `/api/me/lists/${list.id}/members/${bob.id}`, { body: { role: 'viewer' } }));
    expectProblem(
      await bob.as('PATCH', `${path}/${first.id}`, { body: { body: 'Changed as a viewer' } }),
      403,
      'AUTH_FORBIDDEN',
    );
    expectProblem(await bob.as('DELETE', `${path}/${first.id}`), 403, 'AUTH_FORBIDDEN');
    await ok(alice.as('PATCH', `/api/me/lists/${list.id}/members/${bob.id}`, { body: { role: 'editor' } }));
    for (const body of [
      {},
      { body: '' },
      { body: '   ' },
      { body: 'x'.repeat(2001) },
      { body: 1 },
      { body: 'a\u0000b' },
      { body: 'ok', extra: true },
    ]) {
      const res = await bob.as('POST', path, { body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.headers.get('content-type')).toMatch(PROBLEM);
    }
    expect((await ok(bob.as('POST', path, { body: { body: 'é'.repeat(2000) } }), 201)).body).toHaveLength(
      2000,
    );
    expectProblem(await dave.as('GET', path), 404, 'NOT_FOUND');
    expectProblem(await dave.as('POST', path, { body: { body: 'hi' } }), 404, 'NOT_FOUND');
    expectProblem(await bob.as('GET', `/api/me/tasks/${privateTask.id}/comments`), 404, 'NOT_FOUND');
    expect((await bob.as('DELETE', `${path}/${first.id}`)).status).toBe(204);
    expectProblem(await bob.as('DELETE', `${path}/${first.id}`), 404, 'NOT_FOUND');
    expect((await ok(alice.as('GET', path))).comments).toHaveLength(2);
  });

  it('a member leaves; the owner cannot; roles change', async () => {
    const temp = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Roles' } }), 201);
    const t = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Role probe', list_id: temp.id } }),
      201,
    );
    await join(alice, temp.id, carol, 'viewer');
    expectProblem(
      await carol.as('PATCH', `/api/me/tasks/${t.id}`, { body: { title: 'x' } }),
      403,
      'AUTH_FORBIDDEN',
    );
    expectProblem(
      await carol.as('PATCH', `/api/me/lists/${temp.id}/members/${carol.id}`, { body: { role: 'editor' } }),
      403,
      'AUTH_FORBIDDEN',
    );
    expect(
      await ok(
        alice.as('PATCH', `/api/me/lists/${temp.id}/members/${carol.id}`, { body: { role: 'editor' } }),
      ),
    ).toMatchObject({
      user_id: carol.id,
      role: 'editor',
    });
    expect(
      (await ok(carol.as('PATCH', `/api/me/tasks/${t.id}`, { body: { title: 'Role probe, edited' } }))).title,
    ).toBe('Role probe, edited');
    expectProblem(
      await alice.as('PATCH', `/api/me/lists/${temp.id}/members/${carol.id}`, { body: { role: 'owner' } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(await alice.as('DELETE', `/api/me/lists/${temp.id}/members/${alice.id}`), 409, 'CONFLICT');
    expectProblem(
      await carol.as('DELETE', `/api/me/lists/${temp.id}/members/${alice.id}`),
      403,
      'AUTH_FORBIDDEN',
    );
    expect((await carol.as('DELETE', `/api/me/lists/${temp.id}/members/${carol.id}`)).status).toBe(204);
    expectProblem(await carol.as('GET', `/api/me/tasks/${t.id}`), 404, 'NOT_FOUND');
    expectProblem(await carol.as('GET', `/api/me/lists/${temp.id}`), 404, 'NOT_FOUND');
  });

  it('MCP tools and the assistant act on shared tasks with the caller’s role', async () => {
    const tools = async (who: Person) => {
      const client = new Client({ name: 'sharing-test', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
          requestInit: { headers: { authorization: `Bearer ${await server.tokenFor(who.id)}` } },
        }),
      );
      return {
        call: async (name: string, args: Record<string, unknown>) =>
          (await client.callTool({ name, arguments: { user_id: 'me', ...args } })) as CallToolResult,
        close: () => client.close(),
      };
    };
    const text = (r: CallToolResult) => (r.content[0] as { text: string }).text;
    const viaBob = await tools(bob);
    const viaCarol = await tools(carol);
    const viaDave = await tools(dave);
    try {
      const found = await viaBob.call('search_tasks', { list: 'family' });
      expect(found.isError, text(found)).toBeFalsy();
      expect((found.structuredContent as any).tasks.map((t: any) => t.title)).toContain('Buy a cake');
      const tagged = await viaBob.call('set_task_details', { task_id: errand.id, tags: ['party'] });
      expect(tagged.isError, text(tagged)).toBeFalsy();
      const refused = await viaCarol.call('complete_task', { task_id: errand.id });
      expect(refused.isError).toBe(true);
      expect(text(refused)).toMatch(/not change them/);
      const stranger = await viaDave.call('get_task', { task_id: errand.id });
      expect(stranger.isError).toBe(true);
      expect(text(stranger)).toMatch(/not found/);
      expect(text(await viaDave.call('search_tasks', { list: 'family' }))).not.toContain('Buy a cake');
    } finally {
      await Promise.all([viaBob.close(), viaCarol.close(), viaDave.close()]);
    }
    expect((await ok(alice.as('GET', `/api/me/tasks/${errand.id}`))).tags).toEqual(['party']);
    expect((await ok(alice.as('GET', `/api/me/tasks/${errand.id}`))).completed).toBe(false);
    // The built-in assistant, as the viewer: it reads the shared task and changes nothing.
    const chat = await ok(carol.as('POST', '/api/me/chat', { body: { message: 'complete buy a cake' } }));
    expect(JSON.stringify(chat)).toMatch(/not change|can.t|cannot/i);
    expect((await ok(alice.as('GET', `/api/me/tasks/${errand.id}`))).completed).toBe(false);
  });

  it("a list's event stream reaches its members, resumes by Last-Event-ID, and ends when access ends", async () => {
    const live = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Live' } }), 201);
    await join(alice, live.id, bob, 'editor');
    await join(alice, live.id, carol, 'viewer');
    const path = `/api/me/lists/${live.id}/events`;
    const bobs = await stream(server, bob.id, {}, path);
    expect(bobs.res.status).toBe(200);
    const shared = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Live one', list_id: live.id } }),
      201,
    );
    await ok(alice.as('POST', '/api/me/tasks', { body: { title: 'Private live' } }), 201);
    await ok(alice.as('PATCH', `/api/me/tasks/${shared.id}`, { body: { title: 'Live one, renamed' } }));
    await bobs.until(() => bobs.events.length >= 2, 'the created and updated events');
    expect(bobs.events.map((e) => [e.event, e.data.task.title])).toEqual([
      ['created', 'Live one'],
      ['updated', 'Live one, renamed'],
    ]);
    const firstId = bobs.events[0]!.id!;
    await bobs.close();
    // Resuming after the first event gets the second, and nothing of alice's outside the list.
    const again = await stream(server, bob.id, { 'last-event-id': firstId }, path);
    await again.until(() => again.events.length >= 1, 'the missed event');
    expect(again.events.map((e) => e.data.task.title)).toEqual(['Live one, renamed']);
    await again.close();
    expectProblem(await dave.as('GET', path), 404, 'NOT_FOUND');
    // Carol's open stream ends when she is removed.
    const res = await fetch(server.url + path, {
      headers: { authorization: `Bearer ${await server.tokenFor(carol.id)}` },
    });
    expect(res.status).toBe(200);
    const ended = (async () => {
      const reader = res.body!.getReader();
      for (;;) if ((await reader.read()).done) return 'ended';
    })();
    await new Promise((r) => setTimeout(r, 200));
    expect((await alice.as('DELETE', `/api/me/lists/${live.id}/members/${carol.id}`)).status).toBe(204);
    const outcome = await Promise.race([ended, new Promise((r) => setTimeout(() => r('still open'), 5000))]);
    expect(outcome).toBe('ended');
    expectProblem(await carol.as('GET', path), 404, 'NOT_FOUND');
  });

  it('keeps a history of who did what in the list and to each task', async () => {
    const hist = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'History' } }), 201);
    const before = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: 'Before sharing', list_id: hist.id } }),
      201,
    );
    await join(alice, hist.id, bob, 'editor');
    await join(alice, hist.id, carol, 'viewer');
    const t = await ok(
      bob.as('POST', '/api/me/tasks', { body: { title: 'Buy candles', list_id: hist.id } }),
      201,
    );
    await ok(
      bob.as('PATCH', `/api/me/tasks/${t.id}`, { body: { title: 'Buy blue candles', priority: 'high' } }),
    );
    await ok(alice.as('PATCH', `/api/me/tasks/${t.id}`, { body: { assignee_id: bob.id } }));
    await ok(bob.as('PATCH', `/api/me/tasks/${t.id}/complete`, { body: { completed: true } }));
    await ok(alice.as('PATCH', `/api/me/tasks/${t.id}/complete`, { body: { completed: false } }));
    expectProblem(
      await carol.as('PATCH', `/api/me/tasks/${t.id}`, { body: { title: 'x' } }),
      403,
      'AUTH_FORBIDDEN',
    );
    await ok(bob.as('DELETE', `/api/me/tasks/${before.id}`), 204);
    const entries = (await ok(carol.as('GET', `/api/me/lists/${hist.id}/activity`))).activity;
    expect(entries.map((e: any) => [e.actor.name, e.action, e.task_title, e.changes])).toEqual([
      ['Bob', 'deleted', 'Before sharing', []],
      ['Alice', 'reopened', 'Buy blue candles', []],
      ['Bob', 'completed', 'Buy blue candles', []],
      ['Alice', 'updated', 'Buy blue candles', ['assignee']],
      ['Bob', 'updated', 'Buy blue candles', ['title', 'priority']],
      ['Bob', 'created', 'Buy candles', []],
    ]);
    expect(entries[0]).toEqual({
      id: expect.any(Number),
      task_id: before.id,
      task_title: 'Before sharing',
      action: 'deleted',
      changes: [],
      actor: { id: bob.id, name: 'Bob' },
      at: expect.stringMatching(ISO),
    });
    const one = await ok(bob.as('GET', `/api/me/tasks/${t.id}/activity?limit=2`));
    expect(one.activity.map((e: any) => e.action)).toEqual(['reopened', 'completed']);
    const next = await ok(bob.as('GET', `/api/me/tasks/${t.id}/activity?limit=2&before=${one.next_before}`));
    expect(next.activity.map((e: any) => e.action)).toEqual(['updated', 'updated']);
    expectProblem(await dave.as('GET', `/api/me/lists/${hist.id}/activity`), 404, 'NOT_FOUND');
    expectProblem(await dave.as('GET', `/api/me/tasks/${t.id}/activity`), 404, 'NOT_FOUND');
    for (const q of ['limit=0', 'limit=101', 'before=abc', 'extra=1']) {
      expectProblem(await alice.as('GET', `/api/me/lists/${hist.id}/activity?${q}`), 422, 'VALIDATION_ERROR');
    }
    // Lists nobody else is in keep no history.
    const solo = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Solo' } }), 201);
    await ok(alice.as('POST', '/api/me/tasks', { body: { title: 'Alone', list_id: solo.id } }), 201);
    expect((await ok(alice.as('GET', `/api/me/lists/${solo.id}/activity`))).activity).toEqual([]);
  });

  it("members' webhooks receive the shared list's events; a stranger's and an outsider's never do", async () => {
    const hooked = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Hooked' } }), 201);
    await join(alice, hooked.id, bob, 'viewer');
    const bobs = await receiver();
    const daves = await receiver();
    try {
      await ok(
        bob.as('POST', '/api/me/webhooks', { body: { url: bobs.url, events: ['created', 'completed'] } }),
        201,
      );
      await ok(
        dave.as('POST', '/api/me/webhooks', { body: { url: daves.url, events: ['created', 'completed'] } }),
        201,
      );
      const t = await ok(
        alice.as('POST', '/api/me/tasks', { body: { title: 'Hooked task', list_id: hooked.id } }),
        201,
      );
      await ok(alice.as('POST', '/api/me/tasks', { body: { title: 'Not shared with bob' } }), 201);
      await ok(alice.as('PATCH', `/api/me/tasks/${t.id}/complete`, { body: { completed: true } }));
      await until(() => bobs.hits.length >= 2, 'two deliveries to bob');
      expect(bobs.hits.map((h) => [h.json.type, h.json.task.title, h.json.user_id])).toEqual([
        ['created', 'Hooked task', alice.id],
        ['completed', 'Hooked task', alice.id],
      ]);
      await new Promise((r) => setTimeout(r, 500));
      expect(bobs.hits).toHaveLength(2);
      expect(daves.hits).toEqual([]);
    } finally {
      await Promise.all([bobs.close(), daves.close()]);
    }
  });

  it("an assigned task's reminder goes to its assignee alone; an unassigned one to the owner", async () => {
    const bobsHook = await receiver();
    const carolsHook = await receiver();
    const streams = {
      alice: await stream(server, alice.id),
      bob: await stream(server, bob.id),
      carolList: await stream(server, carol.id, {}, `/api/me/lists/${list.id}/events`),
    };
    try {
      for (const [who, url] of [
        [bob, bobsHook.url],
        [carol, carolsHook.url],
      ] as const) {
        await ok(who.as('POST', '/api/me/webhooks', { body: { url, events: ['reminder'] } }), 201);
      }
      const at = new Date(Date.now() + 1500).toISOString();
      const forBob = await ok(
        alice.as('POST', '/api/me/tasks', {
          body: { title: 'Pick up the cake', list_id: list.id, assignee_id: bob.id, reminders: [{ at }] },
        }),
        201,
      );
      const forAlice = await ok(
        alice.as('POST', '/api/me/tasks', {
          body: { title: 'Book the hall', list_id: list.id, reminders: [{ at }] },
        }),
        201,
      );
      const reminders = (s: { events: { event?: string; data: any }[] }) =>
        s.events.filter((e) => e.event === 'reminder').map((e) => e.data.task.id);
      await streams.bob.until(() => reminders(streams.bob).length > 0, "bob's reminder");
      await streams.alice.until(() => reminders(streams.alice).length > 0, "alice's reminder");
      await until(() => bobsHook.hits.length > 0, "bob's webhook");
      await new Promise((r) => setTimeout(r, 600));
      expect(reminders(streams.bob)).toEqual([forBob.id]);
      expect(reminders(streams.alice)).toEqual([forAlice.id]);
      expect(reminders(streams.carolList)).toEqual([]);
      expect(bobsHook.hits.map((h) => [h.json.type, h.json.task.title])).toEqual([
        ['reminder', 'Pick up the cake'],
      ]);
      expect(carolsHook.hits).toEqual([]);
    } finally {
      await Promise.all([
        bobsHook.close(),
        carolsHook.close(),
        ...Object.values(streams).map((s) => s.close()),
      ]);
    }
  });

  it('deleting an account ends its memberships and its own shared lists', async () => {
    const erin = await person(server, 'Erin');
    const erinsList = await ok(erin.as('POST', '/api/me/lists', { body: { name: 'Erin shares' } }), 201);
    await ok(erin.as('POST', '/api/me/tasks', { body: { title: 'Erin task', list_id: erinsList.id } }), 201);
    await join(erin, erinsList.id, bob, 'editor');
    await join(alice, list.id, erin, 'editor');
    const assigned = await ok(
      alice.as('POST', '/api/me/tasks', {
        body: { title: 'Assigned to her', list_id: list.id, assignee_id: erin.id },
      }),
      201,
    );
    expect((await ok(bob.as('GET', '/api/me/tasks?q=erin'))).tasks.map((t: any) => t.title)).toEqual([
      'Erin task',
    ]);
    expect(
      (await erin.as('DELETE', '/api/me', { body: { password: 'correct horse battery staple' } })).status,
    ).toBe(204);
    expect((await ok(bob.as('GET', '/api/me/tasks?q=erin'))).tasks).toEqual([]);
    expect((await ok(bob.as('GET', '/api/me/lists'))).lists.map((l: any) => l.id)).not.toContain(
      erinsList.id,
    );
    const members = await ok(alice.as('GET', `/api/me/lists/${list.id}/members`));
    expect(members.members.map((m: any) => m.name)).not.toContain('Erin');
    expect((await ok(alice.as('GET', `/api/me/tasks/${assigned.id}`))).assignee_id).toBeNull();
  });
});
