// Moving a shared list's tasks: a move needs write access where the task is and where it goes. An
// editor of one of the owner's lists who is only a viewer of another, and no member of a third,
// moves tasks within and between lists where they are an editor, and nowhere else: not by list,
// not under a parent, not beside a sibling, not through PATCH, PUT or MCP. A list or task they
// cannot see answers exactly as one that does not exist.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/expect.js';
import { join, ok, type Person, person } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
let alice: Person;
let bob: Person;
/** Alice's lists: Bob edits `shared` and `other`, views `viewed`, and is no member of `secret`. */
const lists = {} as Record<'shared' | 'other' | 'viewed' | 'secret', { id: number; name: string }>;
/** One task in each of Alice's lists. */
const tasks = {} as Record<keyof typeof lists, { id: number }>;
const MISSING = 9_000_000_001;

beforeAll(async () => {
  server = await startTestServer();
  alice = await person(server, 'Alice');
  bob = await person(server, 'Bob');
  for (const key of ['shared', 'other', 'viewed', 'secret'] as const) {
    lists[key] = await ok(alice.as('POST', '/api/me/lists', { body: { name: `Alice ${key}` } }), 201);
    tasks[key] = await ok(
      alice.as('POST', '/api/me/tasks', { body: { title: `In ${key}`, list_id: lists[key].id } }),
      201,
    );
  }
  await join(alice, lists.shared.id, bob, 'editor');
  await join(alice, lists.other.id, bob, 'editor');
  await join(alice, lists.viewed.id, bob, 'viewer');
});

afterAll(async () => {
  await server?.close();
});

/** Every task of Alice's as she sees it: where it is and how it is placed. */
async function aliceTasks() {
  const all = await ok(alice.as('GET', '/api/me/tasks?status=all&limit=100'));
  return all.tasks.map((t: Record<string, unknown>) => ({
    id: t.id,
    list_id: t.list_id,
    parent_id: t.parent_id,
    version: t.version,
  }));
}

/** The problem a refused request answered, without what differs from request to request. */
async function refusal(res: Promise<{ status: number; body: Record<string, unknown> }>) {
  const { status, body } = await res;
  const { instance: _instance, request_id: _requestId, timestamp: _timestamp, ...rest } = body;
  return { status, ...rest };
}

describe('moves of a shared list’s tasks', () => {
  it('an editor cannot move a task into a list they only view: every way of asking is 403', async () => {
    const before = await aliceTasks();
    const task = tasks.shared.id;
    const attempts: [string, string, unknown][] = [
      ['POST', `/api/me/tasks/${task}/move`, { list_id: lists.viewed.id }],
      ['PATCH', `/api/me/tasks/${task}`, { list_id: lists.viewed.id }],
      ['PUT', `/api/me/tasks/${task}`, { title: 'In shared', list_id: lists.viewed.id }],
      ['POST', `/api/me/tasks/${task}/move`, { parent_id: tasks.viewed.id }],
      ['POST', `/api/me/tasks/${task}/move`, { after_id: tasks.viewed.id }],
    ];
    for (const [method, path, body] of attempts) {
      expectProblem(await bob.as(method, path, { body }), 403, 'AUTH_FORBIDDEN');
    }
    expect(await aliceTasks()).toEqual(before);
  });

  it('a list or task the editor cannot see answers exactly as one that does not exist', async () => {
    const before = await aliceTasks();
    const task = tasks.shared.id;
    const pairs: [string, unknown, unknown][] = [
      ['move', { list_id: lists.secret.id }, { list_id: MISSING }],
      ['move', { parent_id: tasks.secret.id }, { parent_id: MISSING }],
      ['move', { after_id: tasks.secret.id }, { after_id: MISSING }],
      ['move', { before_id: tasks.secret.id }, { before_id: MISSING }],
      ['move', { list_id: null }, { list_id: MISSING }],
      ['patch', { list_id: lists.secret.id }, { list_id: MISSING }],
      ['patch', { parent_id: tasks.secret.id }, { parent_id: MISSING }],
    ];
    for (const [how, hidden, missing] of pairs) {
      const ask = (body: unknown) =>
        how === 'move'
          ? bob.as('POST', `/api/me/tasks/${task}/move`, { body })
          : bob.as('PATCH', `/api/me/tasks/${task}`, { body });
      const seen = await refusal(ask(hidden));
      expect(seen.status, JSON.stringify(hidden)).toBe(422);
      expect(seen, JSON.stringify(hidden)).toEqual(await refusal(ask(missing)));
    }
    expect(await aliceTasks()).toEqual(before);
  });

  it('MCP move_task and add_subtask keep to the same rule', async () => {
    const client = new Client({ name: 'sharing-moves', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
        requestInit: { headers: { authorization: `Bearer ${await server.tokenFor(bob.id)}` } },
      }),
    );
    const call = async (name: string, args: Record<string, unknown>) =>
      (await client.callTool({ name, arguments: { user_id: 'me', ...args } })) as CallToolResult;
    try {
      const before = await aliceTasks();
      for (const list of [lists.viewed.name, lists.secret.name, 'inbox']) {
        const res = await call('move_task', { task_id: tasks.shared.id, list });
        expect(res.isError, `${list}: ${JSON.stringify(res.content)}`).toBe(true);
      }
      expect(await aliceTasks()).toEqual(before);
    } finally {
      await client.close();
    }
  });

  it('an editor moves within and between lists they edit, under a parent and beside a sibling', async () => {
    const task = tasks.shared.id;
    const moved = await ok(
      bob.as('POST', `/api/me/tasks/${task}/move`, { body: { list_id: lists.other.id } }),
    );
    expect(moved).toMatchObject({ list_id: lists.other.id, user_id: alice.id });
    const under = await ok(
      bob.as('POST', `/api/me/tasks/${task}/move`, { body: { parent_id: tasks.other.id } }),
    );
    expect(under).toMatchObject({ list_id: lists.other.id, parent_id: tasks.other.id });
    const back = await ok(bob.as('PATCH', `/api/me/tasks/${task}`, { body: { list_id: lists.shared.id } }));
    expect(back).toMatchObject({ list_id: lists.shared.id, parent_id: null });
    const beside = await ok(
      bob.as('POST', `/api/me/tasks/${tasks.other.id}/move`, { body: { after_id: task } }),
    );
    expect(beside).toMatchObject({ list_id: lists.shared.id, parent_id: null });
    // The owner's moves are hers to make anywhere among her lists.
    await ok(alice.as('POST', `/api/me/tasks/${task}/move`, { body: { list_id: lists.secret.id } }));
    await ok(alice.as('POST', `/api/me/tasks/${task}/move`, { body: { list_id: null } }));
  });
});
