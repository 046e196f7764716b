// The assistant over HTTP: chat with the built-in assistant, conversations stored and resumed
// after a restart, the streaming variant, the model path against a scripted OpenAI-compatible
// server on loopback (tool-call round trips, errors, timeouts), bad input and other users.
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { createServerDatabase, embeddedOnDisk, onServer } from './support/database.js';
import { expectProblem } from './support/expect.js';
import { startTestServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const say = (user: string, message: string, conversation_id?: number) =>
  server.as(user)('POST', '/api/me/chat', {
    body: { message, ...(conversation_id ? { conversation_id } : {}) },
  });

describe('chat with the built-in assistant', () => {
  it('adds, lists, completes by position and deletes by title, confirming each, with history stored', async () => {
    const user = 'chatter';
    const added = await say(user, 'add buy milk');
    expect(added.status, added.text).toBe(200);
    expect(added.body.conversation_id).toEqual(expect.any(Number));
    expect(added.body.response).toMatch(/buy milk/i);
    expect(added.body.tool_calls.map((c: any) => c.name)).toContain('add_task');
    const id = added.body.conversation_id;
    await say(user, 'remember to call the dentist', id);
    const listed = await say(user, 'show my tasks', id);
    expect(listed.body.response).toMatch(/milk/i);
    expect(listed.body.response).toMatch(/dentist/i);
    const completed = await say(user, 'complete the second one', id);
    expect(completed.body.tool_calls.some((c: any) => c.name === 'complete_task')).toBe(true);
    const tasks = (await server.as(user)('GET', '/api/me/tasks?sort=created')).body.tasks;
    const done = tasks.filter((t: any) => t.completed).map((t: any) => t.title);
    expect(done).toHaveLength(1);
    expect(completed.body.response.toLowerCase()).toContain(done[0].toLowerCase());

    const deleted = await say(user, 'delete the dentist task', id);
    expect(deleted.body.tool_calls.some((c: any) => c.name === 'delete_task')).toBe(true);
    expect((await server.as(user)('GET', '/api/me/tasks')).body.tasks.map((t: any) => t.title)).not.toContain(
      'call the dentist',
    );

    const conversation = await server.as(user)('GET', `/api/me/conversations/${id}`);
    expect(conversation.status).toBe(200);
    expect(conversation.body.messages.map((m: any) => m.role)).toEqual(
      Array(10).fill(['user', 'assistant']).flat().slice(0, 10),
    );
    expect(conversation.body.messages[0]).toMatchObject({
      role: 'user',
      content: 'add buy milk',
      tool_calls: null,
    });
    expect(conversation.body.messages[1].tool_calls[0]).toMatchObject({ name: 'add_task' });
    const list = await server.as(user)('GET', '/api/me/conversations');
    expect(list.body.conversations[0]).toMatchObject({ id, title: 'add buy milk' });
  });

  it('answers in Urdu when spoken to in Urdu, and never acts on what it did not understand', async () => {
    const urdu = await say('chat-urdu', 'دودھ خریدنے کا کام شامل کرو');
    expect(urdu.status).toBe(200);
    expect(urdu.body.response).toMatch(/[\u0600-\u06ff]/);
    const nonsense = await say('chat-nonsense', 'asdfgh qwerty');
    expect(
      nonsense.body.tool_calls.filter((c: any) => c.name !== 'list_tasks' && c.name !== 'search_tasks'),
    ).toEqual([]);
    expect((await server.as('chat-nonsense')('GET', '/api/me/tasks')).body.count).toBe(0);
  });

  it('streams: tool_call events as actions happen, then the answer and done', async () => {
    const res = await fetch(`${server.url}/api/me/chat/stream`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await server.tokenFor('streamer')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ message: 'add water the plants' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = (await res.text())
      .split('\n\n')
      .filter(Boolean)
      .map((block) => ({
        event: /^event: (.*)$/m.exec(block)?.[1],
        data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null'),
      }));
    const kinds = events.map((e) => e.event);
    expect(kinds[0]).toBe('tool_call');
    expect(kinds.at(-1)).toBe('done');
    expect(kinds).toContain('delta');
    const done = events.at(-1)!.data;
    expect(
      events
        .filter((e) => e.event === 'delta')
        .map((e) => e.data.text)
        .join(''),
    ).toBe(done.response);
    expect(done.tool_calls[0].name).toBe('add_task');
    const missing = await fetch(`${server.url}/api/me/chat/stream`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await server.tokenFor('streamer')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ message: 'hi', conversation_id: 99999999 }),
    });
    expect(missing.status).toBe(404);
  });

  it('refuses bad input with a problem and stores nothing', async () => {
    const call = server.as('chat-bad');
    for (const body of [
      {},
      { message: '' },
      { message: '   ' },
      { message: 'x'.repeat(2001) },
      { message: 5 },
      { message: 'hi', conversation_id: 0 },
      { message: 'hi', conversation_id: '1' },
      { message: 'hi', extra: true },
    ]) {
      expectProblem(await call('POST', '/api/me/chat', { body }), 422, 'VALIDATION_ERROR');
    }
    expectProblem(
      await call('POST', '/api/me/chat', { body: { message: 'hi', conversation_id: 424242 } }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await call('GET', '/api/me/conversations/abc'), 422, 'VALIDATION_ERROR');
    expect((await call('GET', '/api/me/conversations')).body).toEqual({ conversations: [] });
  });

  it("other users' conversations answer 404 (403 with their id in the path) and stay untouched", async () => {
    const mine = await say('conv-alice', 'add secret plan');
    const id = mine.body.conversation_id;
    const mallory = server.as('conv-mallory');
    expectProblem(await mallory('GET', `/api/me/conversations/${id}`), 404, 'NOT_FOUND');
    expectProblem(await mallory('DELETE', `/api/me/conversations/${id}`), 404, 'NOT_FOUND');
    expectProblem(
      await mallory('POST', '/api/me/chat', { body: { message: 'show my tasks', conversation_id: id } }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await mallory('GET', '/api/conv-alice/conversations'), 403, 'AUTH_FORBIDDEN');
    expectProblem(
      await mallory('POST', '/api/conv-alice/chat', { body: { message: 'delete everything' } }),
      403,
      'AUTH_FORBIDDEN',
    );
    expect((await mallory('GET', '/api/me/conversations')).body.conversations).toEqual([]);
    const after = await server.as('conv-alice')('GET', `/api/me/conversations/${id}`);
    expect(after.body.messages).toHaveLength(2);
    expect((await server.as('conv-alice')('DELETE', `/api/me/conversations/${id}`)).status).toBe(204);
    expectProblem(await server.as('conv-alice')('GET', `/api/me/conversations/${id}`), 404, 'NOT_FOUND');
  });
});

describe('a conversation resumes after a restart', () => {
  it('"complete the first one" refers to the list shown before the restart', async () => {
    let open: () => Promise<Awaited<ReturnType<typeof openDatabase>>>;
    let cleanup = async () => {};
    if (onServer) {
      const fresh = await createServerDatabase(process.env.TEST_DATABASE_URL!);
      open = () => openDatabase({ kind: 'server', url: fresh.url, poolMax: 2 });
      cleanup = fresh.drop;
      const setup = await open();
      await runMigrations(setup);
      await setup.close();
    } else {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'doable-chat-restart-'));
      (await embeddedOnDisk(dataDir)).close();
      open = () => openDatabase({ kind: 'embedded', dataDir });
      cleanup = () => rm(dataDir, { recursive: true, force: true });
    }
    try {
      const first = await startTestServer({ database: await open() });
      const talk = (s: TestServer, message: string, conversation_id?: number) =>
        s.as('resumer')('POST', '/api/me/chat', { body: { message, conversation_id } });
      const a = await talk(first, 'add pay the rent');
      const id = a.body.conversation_id;
      await talk(first, 'add book flights', id);
      await talk(first, 'list my tasks', id);
      await first.close();

      const second = await startTestServer({ database: await open() });
      const done = await talk(second, 'complete the first one', id);
      expect(done.status, done.text).toBe(200);
      expect(done.body.tool_calls.some((c: any) => c.name === 'complete_task')).toBe(true);
      const tasks = (await second.as('resumer')('GET', '/api/me/tasks?status=completed')).body.tasks;
      expect(tasks).toHaveLength(1);
      await second.close();
    } finally {
      await cleanup();
    }
  });
});

/** A scripted OpenAI-compatible server: answers each /chat/completions request with the next script step. */
type Step = (body: any) => { status?: number; json?: unknown; delayMs?: number };

async function scriptedModel(steps: Step[]) {
  const requests: any[] = [];
  const srv = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const body = JSON.parse(raw || '{}');
      requests.push({ path: req.url, auth: req.headers.authorization, body });
      const step: Step =
        steps[requests.length - 1] ?? (() => ({ status: 500, json: { error: 'no more steps' } }));
      const { status = 200, json, delayMs = 0 } = step(body);
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json ?? {}));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/v1`;
  return {
    url,
    requests,
    close: () => {
      srv.closeAllConnections();
      return new Promise<void>((resolve) => srv.close(() => resolve()));
    },
  };
}

const toolCall = (id: string, name: string, args: unknown) => ({
  choices: [
    {
      message: {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id,
            type: 'function',
            function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) },
          },
        ],
      },
    },
  ],
});
const answer = (content: string) => ({ choices: [{ message: { role: 'assistant', content } }] });

describe('chat with a model (scripted OpenAI-compatible server on loopback)', () => {
  it('round-trips tool calls: the model calls our tools, sees their results, and answers', async () => {
    const model = await scriptedModel([
      (body) => {
        expect(body.model).toBe('scripted-1');
        expect(body.tools.map((t: any) => t.function.name)).toEqual(
          expect.arrayContaining(['add_task', 'search_tasks']),
        );
        expect(body.messages[0].role).toBe('system');
        expect(body.messages[0].content).toContain('"model-user"');
        return { json: toolCall('c1', 'add_task', { user_id: 'model-user', title: 'Buy bread' }) };
      },
      (body) => {
        const toolMessage = body.messages.at(-1);
        expect(toolMessage).toMatchObject({ role: 'tool', tool_call_id: 'c1' });
        expect(JSON.parse(toolMessage.content)).toMatchObject({ status: 'created', title: 'Buy bread' });
        return { json: toolCall('c2', 'delete_task', { user_id: 'someone-else', task_id: 1 }) };
      },
      (body) => {
        expect(JSON.parse(body.messages.at(-1).content).error).toMatch(/user_id/);
        return { json: toolCall('c3', 'complete_task', '{not json') };
      },
      (body) => {
        expect(JSON.parse(body.messages.at(-1).content).error).toBeTruthy();
        return { json: answer('I added “Buy bread” to your list.') };
      },
    ]);
    const s = await startTestServer({
      env: { OPENAI_BASE_URL: model.url, OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'scripted-1' },
    });
    try {
      const res = await s.as('model-user')('POST', '/api/me/chat', {
        body: { message: 'please add buy bread' },
      });
      expect(res.status, res.text).toBe(200);
      expect(res.body.response).toBe('I added “Buy bread” to your list.');
      expect(res.body.tool_calls.map((c: any) => c.name)).toEqual([
        'add_task',
        'delete_task',
        'complete_task',
      ]);
      expect(model.requests[0].auth).toBe('Bearer sk-test');
      expect(model.requests[0].path).toBe('/v1/chat/completions');
      expect((await s.as('model-user')('GET', '/api/me/tasks')).body.tasks.map((t: any) => t.title)).toEqual([
        'Buy bread',
      ]);
      // The next turn sees the history.
      const model2Steps = model.requests.length;
      expect(model2Steps).toBe(4);
    } finally {
      await s.close();
      await model.close();
    }
  });

  it('a model error or timeout gives a friendly answer, keeps what was done, and changes nothing else', async () => {
    const failing = await scriptedModel([
      () => ({ json: toolCall('c1', 'add_task', { user_id: 'me', title: 'First step' }) }),
      () => ({ status: 500, json: { error: { message: 'boom' } } }),
    ]);
    const slow = await scriptedModel([() => ({ json: answer('too late'), delayMs: 15_000 })]);
    const garbage = await scriptedModel([() => ({ json: { nonsense: true } })]);
    const servers: TestServer[] = [];
    try {
      for (const [model, expectTask] of [
        [failing, true],
        [slow, false],
        [garbage, false],
      ] as const) {
        const s = await startTestServer({
          env: { OPENAI_BASE_URL: model.url, ASSISTANT_TIMEOUT_MS: '1000' },
        });
        servers.push(s);
        const started = Date.now();
        const res = await s.as('model-fail')('POST', '/api/me/chat', { body: { message: 'do something' } });
        expect(res.status, res.text).toBe(200);
        expect(res.body.response).toMatch(/sorry/i);
        expect(res.body.response).not.toMatch(/boom|500|Error:/);
        // The 1 s deadline holds: far sooner than the slow model's 15 s.
        expect(Date.now() - started).toBeLessThan(10_000);
        const titles = (await s.as('model-fail')('GET', '/api/me/tasks')).body.tasks.map((t: any) => t.title);
        expect(titles).toEqual(expectTask ? ['First step'] : []);
        expect(res.body.tool_calls.length).toBe(expectTask ? 1 : 0);
      }
      const unreachable = await startTestServer({
        env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', ASSISTANT_TIMEOUT_MS: '1000' },
      });
      servers.push(unreachable);
      const res = await unreachable.as('model-down')('POST', '/api/me/chat', { body: { message: 'hello' } });
      expect(res.status).toBe(200);
      expect(res.body.response).toMatch(/couldn't reach/i);
    } finally {
      for (const s of servers) await s.close();
      await Promise.all([failing.close(), slow.close(), garbage.close()]);
    }
  }, 90_000);
});
