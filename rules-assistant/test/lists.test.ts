// The MCP tools for lists, views and subtasks, over real Streamable HTTP with the SDK's
// client: a list made and found by name, tasks added to it, listed by list and view, moved and
// nested; a list name someone else uses never resolves.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callTool, mcpSessions, toolJson } from '../../test/support/mcp.js';
import { startTestServer, type TestServer } from '../../test/support/server.js';

let server: TestServer;
const sessions = mcpSessions(() => server);
const connect = sessions.connect;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await sessions.closeAll();
  await server.close();
});

const call = (client: Client, name: string, args: Record<string, unknown>) =>
  callTool(client, name, { user_id: 'me', ...args });
const json = toolJson;

/** The local date today in UTC (the test users keep the default zone). */
const today = () => new Date().toISOString().slice(0, 10);

describe('list, view and subtask tools', () => {
  it('creates a list, adds to it by name, lists it, moves and nests tasks', async () => {
    const mcp = await connect('tool-lister');
    const made = await call(mcp, 'create_list', { name: 'Groceries' });
    expect(made.isError, JSON.stringify(made)).toBeFalsy();
    expect(json(made)).toMatchObject({ list: { name: 'Groceries' }, status: 'created' });
    expect(json(await call(mcp, 'create_list', { name: 'groceries' }))).toMatchObject({ status: 'exists' });

    const milk = json(
      await call(mcp, 'add_task_details', { title: 'Milk', list: 'GROCERIES', due_date: today() }),
    );
    expect(milk).toMatchObject({ status: 'created', title: 'Milk' });
    await call(mcp, 'add_task_details', { title: 'Call the bank' });
    const inList = json(await call(mcp, 'search_tasks', { list: 'groceries' }));
    expect(inList.tasks.map((t: any) => t.title)).toEqual(['Milk']);
    expect(inList.tasks[0].list_id).toBe(json(made).list.id);
    const inbox = json(await call(mcp, 'search_tasks', { list: 'inbox' }));
    expect(inbox.tasks.map((t: any) => t.title)).toEqual(['Call the bank']);
    const dueToday = json(await call(mcp, 'search_tasks', { view: 'today' }));
    expect(dueToday.tasks.map((t: any) => t.title)).toEqual(['Milk']);

    const sub = json(await call(mcp, 'add_subtask', { task_id: milk.task_id, title: 'Oat, 2 litres' }));
    expect(sub.status).toBe('created');
    const parent = json(await call(mcp, 'get_task', { task_id: milk.task_id }));
    expect(parent.subtasks).toEqual({ open: 1, total: 1 });
    const child = json(await call(mcp, 'get_task', { task_id: sub.task_id }));
    expect(child).toMatchObject({ parent_id: milk.task_id, list_id: json(made).list.id });

    const under = json(await call(mcp, 'search_tasks', { parent_id: milk.task_id }));
    expect(under.tasks.map((t: any) => t.title)).toEqual(['Oat, 2 litres']);
    // Another person's task as the parent finds nothing (and says nothing about it).
    const stranger = await connect('tool-stranger');
    expect(json(await call(stranger, 'search_tasks', { parent_id: milk.task_id }))).toEqual({
      tasks: [],
      count: 0,
    });

    const moved = json(await call(mcp, 'move_task', { task_id: milk.task_id, list: 'inbox' }));
    expect(moved).toMatchObject({ status: 'moved' });
    expect(json(await call(mcp, 'get_task', { task_id: sub.task_id })).list_id).toBeNull();
    const lists = json(await call(mcp, 'list_lists', {}));
    expect(lists.lists).toEqual([
      {
        id: json(made).list.id,
        name: 'Groceries',
        open: 0,
        total: 0,
        archived: false,
        role: 'owner',
        members: 0,
      },
    ]);
  });

  it('refuses a list name the caller does not have, naming only the caller’s own lists', async () => {
    const alice = await connect('tool-alice');
    const bob = await connect('tool-bob');
    await call(alice, 'create_list', { name: 'Secret project' });
    await call(bob, 'create_list', { name: 'Home' });
    const refused = await call(bob, 'add_task_details', { title: 'x', list: 'Secret project' });
    expect(refused.isError).toBe(true);
    expect(json(refused).error).toBe('You have no list called "Secret project". Your lists: Home');
    const search = await call(bob, 'search_tasks', { list: 'secret project' });
    expect(search.isError).toBe(true);
    expect(JSON.stringify(search)).not.toContain('Home,');
    // Nothing was added to anyone.
    expect(json(await call(alice, 'search_tasks', { list: 'Secret project' })).tasks).toEqual([]);
    expect(json(await call(bob, 'search_tasks', {})).tasks).toEqual([]);
  });

  it('the built-in assistant adds to a list, shows it, moves a task and makes a list, over chat', async () => {
    const me = server.as('chat-lister');
    const chat = async (message: string) => {
      const res = await me('POST', '/api/me/chat', { body: { message } });
      expect(res.status, res.text).toBe(200);
      return res.body.response as string;
    };
    expect(await chat('create a list called Groceries')).toMatch(/Created the list Groceries/);
    expect(await chat('add oat milk to groceries')).toMatch(/Oat milk/);
    const groceries = (await me('GET', '/api/me/lists')).body.lists[0];
    expect(groceries.open_count).toBe(1);
    expect(await chat("what's on my groceries list")).toMatch(/Oat milk/);
    expect(await chat('add a haircut to the salon list')).toMatch(
      /no list called “salon”. Your lists: Groceries/,
    );
    await chat('add call the dentist');
    expect(await chat('move the dentist task to groceries')).toMatch(/Moved “Call the dentist” to Groceries/);
    expect((await me('GET', `/api/me/lists/${groceries.id}`)).body.open_count).toBe(2);
    expect(await chat('groceries mein anday add karo')).toMatch(/Anday/i);
    expect((await me('GET', `/api/me/lists/${groceries.id}`)).body.open_count).toBe(3);
    // Phrasings beyond "add X to Y": a name in the singular, an arrow, subtasks read back.
    expect(await chat('put butter on my grocery list')).toMatch(/Butter/);
    expect(await chat('bread -> groceries')).toMatch(/Bread/);
    expect((await me('GET', `/api/me/lists/${groceries.id}`)).body.open_count).toBe(5);
    expect(await chat('add a subtask to oat milk: the unsweetened one')).toMatch(/under “Oat milk”/);
    expect(await chat('what are the subtasks of oat milk?')).toMatch(/the unsweetened one/);
  });
});
