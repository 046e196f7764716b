// MCP over real Streamable HTTP with the SDK's own client: the tool list, each tool, bad
// arguments, and another user's ids; plus the stdio bridge (npm run mcp) in a child process.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM } from './support/expect.js';
import { callTool, mcpSessions, toolJson } from './support/mcp.js';
import { startTestServer, type TestServer } from './support/server.js';

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

const call = callTool;
const json = toolJson;

describe('MCP over Streamable HTTP', () => {
  it('lists every tool with a description, input and output schemas and annotations', async () => {
    const client = await connect('mcp-lister');
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['add_task', 'list_tasks', 'complete_task', 'delete_task', 'update_task']),
    );
    expect(names).toEqual(
      expect.arrayContaining(['search_tasks', 'set_task_details', 'quick_add', 'list_tags']),
    );
    for (const tool of tools) {
      expect(tool.description, tool.name).toBeTruthy();
      expect(tool.inputSchema.properties, tool.name).toHaveProperty('user_id');
      expect(tool.outputSchema, tool.name).toBeDefined();
      expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: expect.any(Boolean) });
    }
    const byName = new Map(tools.map((t) => [t.name, t]));
    expect(byName.get('list_tasks')!.annotations!.readOnlyHint).toBe(true);
    expect(byName.get('delete_task')!.annotations!.destructiveHint).toBe(true);
    expect(Object.keys(byName.get('add_task')!.inputSchema.properties!).sort()).toEqual([
      'description',
      'title',
      'user_id',
    ]);
    expect(byName.get('add_task')!.inputSchema.required).toEqual(['user_id', 'title']);
  });

  it('the five contract tools answer the contract shapes and act on the caller’s tasks', async () => {
    const client = await connect('mcp-user');
    const added = await call(client, 'add_task', {
      user_id: 'mcp-user',
      title: 'Buy milk',
      description: '2 L',
    });
    expect(added.isError).toBeFalsy();
    const { task_id, ...rest } = json(added);
    expect(rest).toEqual({ status: 'created', title: 'Buy milk' });
    expect(added.structuredContent).toEqual(json(added));

    const list = await call(client, 'list_tasks', { user_id: 'mcp-user' });
    expect(json(list)).toEqual([{ id: task_id, title: 'Buy milk', completed: false }]);
    expect(list.structuredContent).toEqual({ tasks: json(list) });

    expect(
      json(await call(client, 'update_task', { user_id: 'me', task_id, title: 'Buy oat milk' })),
    ).toEqual({
      task_id,
      status: 'updated',
      title: 'Buy oat milk',
    });
    expect(json(await call(client, 'complete_task', { user_id: 'mcp-user', task_id }))).toEqual({
      task_id,
      status: 'completed',
      title: 'Buy oat milk',
    });
    expect(json(await call(client, 'list_tasks', { user_id: 'mcp-user', status: 'pending' }))).toEqual([]);
    expect(json(await call(client, 'list_tasks', { user_id: 'mcp-user', status: 'completed' }))).toHaveLength(
      1,
    );
    expect(json(await call(client, 'delete_task', { user_id: 'mcp-user', task_id }))).toEqual({
      task_id,
      status: 'deleted',
      title: 'Buy oat milk',
    });
    // The REST API sees the same data.
    expect((await server.as('mcp-user')('GET', '/api/me/tasks')).body.count).toBe(0);
  });

  it('the tools beyond the contract: details, search, quick add, tags, get, reopen', async () => {
    const client = await connect('mcp-rich');
    const created = json(
      await call(client, 'add_task_details', {
        user_id: 'mcp-rich',
        title: 'Quarterly report',
        priority: 'high',
        tags: ['Work'],
        due_date: '2027-03-31',
      }),
    );
    const quick = json(
      await call(client, 'quick_add', { user_id: 'mcp-rich', text: 'Call mom tomorrow 5pm #family' }),
    );
    expect(quick).toMatchObject({ status: 'created', title: 'Call mom' });
    const found = json(
      await call(client, 'search_tasks', { user_id: 'mcp-rich', query: 'report', tags: ['work'] }),
    );
    expect(found.count).toBe(1);
    expect(found.tasks[0]).toMatchObject({ id: created.task_id, priority: 'high', due_date: '2027-03-31' });
    const filtered = json(
      await call(client, 'search_tasks', { user_id: 'mcp-rich', filter: '(p1 | p2) & @work & !no date' }),
    );
    expect(filtered.tasks.map((t: { id: number }) => t.id)).toEqual([created.task_id]);
    const typo = json(await call(client, 'search_tasks', { user_id: 'mcp-rich', query: 'quartrly' }));
    expect(typo.tasks.map((t: { id: number }) => t.id)).toEqual([created.task_id]);
    await call(client, 'set_task_details', {
      user_id: 'mcp-rich',
      task_id: created.task_id,
      priority: 'low',
      due_date: null,
    });
    expect(
      json(await call(client, 'get_task', { user_id: 'mcp-rich', task_id: created.task_id })),
    ).toMatchObject({
      priority: 'low',
      due_date: null,
    });
    await call(client, 'complete_task', { user_id: 'mcp-rich', task_id: created.task_id });
    expect(
      json(await call(client, 'reopen_task', { user_id: 'mcp-rich', task_id: created.task_id })).status,
    ).toBe('reopened');
    expect(
      json(await call(client, 'list_tags', { user_id: 'mcp-rich' })).tags.map((t: any) => t.name),
    ).toEqual(['family', 'Work']);
  });

  it('bad arguments are error results that say what is wrong, and change nothing', async () => {
    const client = await connect('mcp-bad');
    const cases: [string, Record<string, unknown>][] = [
      ['add_task', { user_id: 'mcp-bad' }],
      ['add_task', { user_id: 'mcp-bad', title: '' }],
      ['add_task', { user_id: 'mcp-bad', title: 'x'.repeat(201) }],
      ['add_task', { user_id: 'mcp-bad', title: 42 }],
      ['complete_task', { user_id: 'mcp-bad', task_id: 'one' }],
      ['complete_task', { user_id: 'mcp-bad', task_id: 987654 }],
      ['update_task', { user_id: 'mcp-bad', task_id: 1 }],
      ['add_task_details', { user_id: 'mcp-bad', title: 'x', due_date: '2026-02-30' }],
      ['search_tasks', { user_id: 'mcp-bad', due: 'someday' }],
      ['search_tasks', { user_id: 'mcp-bad', filter: 'p1 & tmrrow' }],
    ];
    for (const [name, args] of cases) {
      const result = await call(client, name, args).catch((err: Error) => ({ thrown: err.message }));
      if ('thrown' in result) {
        expect(result.thrown, name).toMatch(/invalid|validation|expected/i);
      } else {
        expect(result.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
        expect((result.content[0] as { text: string }).text.length).toBeGreaterThan(5);
      }
    }
    expect((await server.as('mcp-bad')('GET', '/api/me/tasks')).body.count).toBe(0);
  });

  it("another user's id or tasks: refused or not found, nothing leaks or changes", async () => {
    const alice = server.as('mcp-alice');
    const secret = (await alice('POST', '/api/me/tasks', { body: { title: 'Alice secret' } })).body;
    const mallory = await connect('mcp-mallory');
    for (const [name, args] of [
      ['list_tasks', { user_id: 'mcp-alice' }],
      ['add_task', { user_id: 'mcp-alice', title: 'planted' }],
      ['delete_task', { user_id: 'mcp-alice', task_id: secret.id }],
      ['search_tasks', { user_id: 'mcp-alice', query: 'secret' }],
    ] as const) {
      const result = await call(mallory, name, args);
      expect(result.isError, name).toBe(true);
      expect(JSON.stringify(result)).not.toContain('Alice secret');
    }
    for (const name of ['complete_task', 'delete_task', 'get_task', 'reopen_task']) {
      const result = await call(mallory, name, { user_id: 'mcp-mallory', task_id: secret.id });
      expect(result.isError, name).toBe(true);
      expect(json(result).error).toMatch(/not found/);
    }
    expect(json(await call(mallory, 'search_tasks', { user_id: 'me', query: 'secret' })).count).toBe(0);
    const after = await alice('GET', `/api/me/tasks/${secret.id}`);
    expect(after.body).toEqual(secret);
  });

  it('needs credentials like the API, and answers only POST', async () => {
    const res = await server.request('POST', '/mcp', {
      token: null,
      body: { jsonrpc: '2.0', id: 1, method: 'tools/list' },
      headers: { accept: 'application/json, text/event-stream' },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ error_code: 'AUTH_MISSING', instance: '/mcp' });
    await expect(connect('x', 'not-a-token')).rejects.toThrow();
    const get = await server.as('mcp-get')('GET', '/mcp');
    expect(get.status).toBe(405);
    expect(get.body).toMatchObject({ error_code: 'METHOD_NOT_ALLOWED', instance: '/mcp' });
    expect(get.headers.get('allow')).toBe('POST');
  });
});

describe('MCP over stdio (npm run mcp / the doable-mcp bin)', () => {
  it('serves the same tools for the user of an API key, bridged to the running server', async () => {
    const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
    const created = await server.as('stdio-user')('POST', '/api/me/api-keys', { body: { name: 'desktop' } });
    expect(created.status, created.text).toBe(201);
    const client = new Client({ name: 'desktop-client', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: ['bin/doable-mcp.mjs'],
        env: {
          ...(process.env as Record<string, string>),
          DOABLE_URL: server.url,
          DOABLE_API_KEY: created.body.key,
        },
        stderr: 'pipe',
      }),
    );
    sessions.keep(client);
    expect((await client.listTools()).tools.map((t) => t.name)).toContain('add_task');
    const added = json(await call(client, 'add_task', { user_id: 'stdio-user', title: 'From the desktop' }));
    expect(added).toMatchObject({ status: 'created', title: 'From the desktop' });
    expect(
      (await server.as('stdio-user')('GET', '/api/me/tasks')).body.tasks.map((t: any) => t.title),
    ).toEqual(['From the desktop']);
    const refused = await call(client, 'list_tasks', { user_id: 'someone-else' });
    expect(refused.isError).toBe(true);
  }, 60_000);

  it('exits with a clear message without an API key', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['bin/doable-mcp.mjs'], {
      env: { ...process.env, DOABLE_API_KEY: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/DOABLE_API_KEY/);
    expect(run.stdout).toBe('');
  }, 60_000);
});
