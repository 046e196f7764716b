// The assistant with a model: a scripted OpenAI-compatible server on loopback, answered in JSON
// (tool-call round trips, errors, timeouts) and streamed (deltas, pieced tool calls, failures).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { answer, type Step, scriptedModel, toolCall } from './support/scripted-model.js';
import { startTestServer, type TestServer } from './support/server.js';

describe('chat with a model (scripted OpenAI-compatible server on loopback)', () => {
  it('round-trips tool calls: the model calls our tools, sees their results, and answers', async () => {
    const model = await scriptedModel([
      (body) => {
        expect(body.model).toBe('scripted-1');
        expect(body.stream).toBe(true);
        expect(body.tools.map((t: any) => t.function.name)).toEqual(
          expect.arrayContaining(['add_task', 'search_tasks']),
        );
        expect(body.messages[0].role).toBe('system');
        // The model is not shown user ids: the agent adds the caller's to each call.
        expect(body.messages[0].content).not.toContain('model-user');
        expect(JSON.stringify(body.tools)).not.toContain('user_id');
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

  it('text a model writes that Postgres cannot store never costs the turn its record', async () => {
    // The model acts, then passes NUL and a lone surrogate to a tool and in its answer: the
    // action stands and the turn is stored, those characters as U+FFFD, exactly as answered.
    const model = await scriptedModel([
      () => ({ json: toolCall('c1', 'add_task', { user_id: 'me', title: 'Kept' }) }),
      () => ({ json: toolCall('c2', 'search_tasks', { user_id: 'me', query: 'ke\u0000pt \ud800' }) }),
      () => ({ json: answer('Added \u0000“Kept” \udc00.') }),
    ]);
    const s = await startTestServer({ env: { OPENAI_BASE_URL: model.url } });
    try {
      const call = s.as('model-unstorable');
      const res = await call('POST', '/api/me/chat', { body: { message: 'add kept' } });
      expect(res.status, res.text).toBe(200);
      expect(res.body.response).toBe('Added \uFFFD“Kept” \uFFFD.');
      expect(res.body.tool_calls.map((c: any) => c.name)).toEqual(['add_task', 'search_tasks']);
      expect(res.body.tool_calls[1].arguments.query).toBe('ke\uFFFDpt \uFFFD');
      expect((await call('GET', '/api/me/tasks')).body.tasks.map((t: any) => t.title)).toEqual(['Kept']);
      const stored = (await call('GET', `/api/me/conversations/${res.body.conversation_id}`)).body.messages;
      expect(stored.map((m: any) => [m.role, m.content])).toEqual([
        ['user', 'add kept'],
        ['assistant', res.body.response],
      ]);
      expect(stored[1].tool_calls).toEqual(res.body.tool_calls);
    } finally {
      await s.close();
      await model.close();
    }
  });

  it('a conversation deleted while the assistant works: the actions stand and the reply is still answered', async () => {
    let s: TestServer | undefined;
    const model = await scriptedModel([
      () => ({ json: toolCall('c1', 'add_task', { user_id: 'me', title: 'Survives' }) }),
      () => {
        // The person's message was stored first, so the conversation exists now; delete it.
        void rawQuery(s!.database.db, 'delete from conversations where user_id = $1', ['model-deleted']);
        return { json: answer('Added “Survives”.'), delayMs: 300 };
      },
    ]);
    s = await startTestServer({ env: { OPENAI_BASE_URL: model.url } });
    try {
      const call = s.as('model-deleted');
      const res = await call('POST', '/api/me/chat', { body: { message: 'add survives' } });
      expect(res.status, res.text).toBe(200);
      expect(res.body.response).toBe('Added “Survives”.');
      expect((await call('GET', '/api/me/tasks')).body.tasks.map((t: any) => t.title)).toEqual(['Survives']);
      expect((await call('GET', '/api/me/conversations')).body).toEqual({ conversations: [] });
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

/** One streamed chat turn as a client reads it: each event with the time it arrived. */
async function streamTurn(s: TestServer, user: string, body: Record<string, unknown>) {
  const res = await fetch(`${s.url}/api/me/chat/stream`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await s.tokenFor(user)}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  const events: { event: string; data: any; at: number }[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      events.push({
        event: /^event: (.*)$/m.exec(block)![1]!,
        data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!),
        at: Date.now(),
      });
    }
    if (done) return events;
  }
}

/** What a client shows: deltas appended, a replace starting over. */
const shownText = (events: { event: string; data: any }[]) =>
  events.reduce(
    (text, e) => (e.event === 'delta' ? text + e.data.text : e.event === 'replace' ? e.data.text : text),
    '',
  );

const sseData = (json: unknown) => `data: ${JSON.stringify(json)}\n\n`;
const text = (content: string) =>
  sseData({ choices: [{ index: 0, delta: { content }, finish_reason: null }] });
const toolPieces = (pieces: unknown[]) => sseData({ choices: [{ index: 0, delta: { tool_calls: pieces } }] });
const finish = (reason: string) => sseData({ choices: [{ index: 0, delta: {}, finish_reason: reason }] });
const DONE = 'data: [DONE]\n\n';

describe('streaming from a model (scripted OpenAI-compatible server on loopback)', () => {
  let model: Awaited<ReturnType<typeof scriptedModel>>;
  let s: TestServer;
  beforeAll(async () => {
    model = await scriptedModel([]);
    s = await startTestServer({
      env: { OPENAI_BASE_URL: model.url, OPENAI_MODEL: 'stream-1', ASSISTANT_TIMEOUT_MS: '5000' },
    });
  });
  afterAll(async () => {
    await s?.close();
    await model?.close();
  });

  /** The conversation's last assistant message as stored. */
  const stored = async (user: string, id: number) =>
    (await s.as(user)('GET', `/api/me/conversations/${id}`)).body.messages.at(-1);
  const titles = async (user: string) =>
    (await s.as(user)('GET', '/api/me/tasks?sort=title')).body.tasks.map((t: any) => t.title);

  it('passes text on in deltas as the model writes it, and stores exactly what was shown', async () => {
    const split = text(' no tasks');
    // CRLF line ends, the CR of one arriving before its LF.
    const crlf = text('\n\nYou have').replace(/\n\n$/, '\r\n\r\n');
    model.script([
      (body) => {
        expect(body.stream).toBe(true);
        return {
          sse: [
            ': keep-alive\n\n',
            sseData({ choices: [{ index: 0, delta: { role: 'assistant', content: '' } }] }),
            crlf.slice(0, -3),
            50,
            crlf.slice(-3),
            300,
            split.slice(0, 12),
            100,
            split.slice(12),
            300,
            text(' yet.'),
            text('\n'),
            finish('stop'),
            sseData({ choices: [], usage: { prompt_tokens: 10, completion_tokens: 5 } }),
            DONE,
          ],
        };
      },
    ]);
    const events = await streamTurn(s, 'stream-text', { message: 'what do I have?' });
    const deltas = events.filter((e) => e.event === 'delta');
    expect(deltas.map((e) => e.data.text)).toEqual(['You have', ' no tasks', ' yet.']);
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    // The first words arrived well before the model had finished.
    expect(done.at - deltas[0]!.at).toBeGreaterThanOrEqual(500);
    expect(events.map((e) => e.event)).not.toContain('replace');
    expect(done.data.response).toBe('You have no tasks yet.');
    expect(shownText(events)).toBe(done.data.response);
    expect((await stored('stream-text', done.data.conversation_id)).content).toBe(done.data.response);
  });

  it('pieces tool calls together across chunks and runs them only when the message is complete', async () => {
    const user = 'stream-tools';
    let tasksMidStream = -1;
    model.script([
      () => ({
        sse: [
          text('Adding both.'),
          toolPieces([
            { index: 0, id: 'call_a', type: 'function', function: { name: 'add_', arguments: '' } },
          ]),
          toolPieces([
            {
              index: 1,
              id: 'call_b',
              type: 'function',
              function: { name: 'add_task', arguments: `{"user_id":"${user}",` },
            },
          ]),
          toolPieces([{ index: 0, function: { name: 'task', arguments: '{"user_id":"stream-' } }]),
          toolPieces([{ index: 0, function: { arguments: 'tools","title":"Buy bread"}' } }]),
          toolPieces([{ index: 1, function: { arguments: '"title":"Buy eggs"}' } }]),
          // Every argument is whole by now, but the message is not: nothing may have run.
          async () => {
            tasksMidStream = (await s.as(user)('GET', '/api/me/tasks')).body.count;
          },
          finish('tool_calls'),
          DONE,
        ],
      }),
      (body) => {
        const [assistant, first, second] = body.messages.slice(-3);
        expect(assistant).toEqual({
          role: 'assistant',
          content: 'Adding both.',
          tool_calls: [
            {
              id: 'call_a',
              type: 'function',
              function: { name: 'add_task', arguments: `{"user_id":"${user}","title":"Buy bread"}` },
            },
            {
              id: 'call_b',
              type: 'function',
              function: { name: 'add_task', arguments: `{"user_id":"${user}","title":"Buy eggs"}` },
            },
          ],
        });
        expect(first).toMatchObject({ role: 'tool', tool_call_id: 'call_a' });
        expect(JSON.parse(first.content)).toMatchObject({ status: 'created', title: 'Buy bread' });
        expect(second).toMatchObject({ role: 'tool', tool_call_id: 'call_b' });
        expect(JSON.parse(second.content)).toMatchObject({ status: 'created', title: 'Buy eggs' });
        return { sse: [text('Added “Buy bread”'), 100, text(' and “Buy eggs”.'), finish('stop'), DONE] };
      },
    ]);
    const events = await streamTurn(s, user, { message: 'add bread and eggs' });
    expect(tasksMidStream).toBe(0);
    expect(events.map((e) => e.event)).toEqual(['delta', 'tool_call', 'tool_call', 'delta', 'delta', 'done']);
    expect(events.filter((e) => e.event === 'tool_call').map((e) => e.data.result.title)).toEqual([
      'Buy bread',
      'Buy eggs',
    ]);
    const done = events.at(-1)!.data;
    expect(done.response).toBe('Adding both.\n\nAdded “Buy bread” and “Buy eggs”.');
    expect(shownText(events)).toBe(done.response);
    expect(done.tool_calls.map((c: any) => c.arguments.title)).toEqual(['Buy bread', 'Buy eggs']);
    const message = await stored(user, done.conversation_id);
    expect(message.content).toBe(done.response);
    expect(message.tool_calls).toEqual(done.tool_calls);
    expect(await titles(user)).toEqual(['Buy bread', 'Buy eggs']);
  });

  it('takes whole tool calls without an index, as some servers send them', async () => {
    const user = 'stream-no-index';
    const call = (id: string, title: string) => ({
      id,
      type: 'function',
      function: { name: 'add_task', arguments: JSON.stringify({ user_id: 'me', title }) },
    });
    model.script([
      () => ({ sse: [toolPieces([call('a', 'Walk'), call('b', 'Run')]), finish('tool_calls'), DONE] }),
      (body) => {
        expect(body.messages.at(-3).tool_calls.map((c: any) => c.id)).toEqual(['a', 'b']);
        return { sse: [text('Both added.'), finish('stop'), DONE] };
      },
    ]);
    const events = await streamTurn(s, user, { message: 'add walk and run' });
    expect(events.at(-1)!.data.response).toBe('Both added.');
    expect(await titles(user)).toEqual(['Run', 'Walk']);
  });

  it('a failure mid-stream replaces the partial text with the friendly answer and runs no half-received action', async () => {
    const wholeCall = toolPieces([
      {
        index: 0,
        id: 'call_x',
        type: 'function',
        function: { name: 'add_task', arguments: '{"user_id":"me","title":"Half done"}' },
      },
    ]);
    const firstStep: Step = () => ({
      sse: [wholeCall, finish('tool_calls'), DONE],
    });
    const cases: [string, Step[], string[]][] = [
      ['the connection drops', [() => ({ sse: [text('I will add'), wholeCall, 'drop'] })], []],
      [
        'a malformed chunk',
        [() => ({ sse: [text('I will add'), wholeCall, 'data: {"choices": [\n\n'] })],
        [],
      ],
      [
        'an error chunk',
        [
          () => ({
            sse: [text('I will add'), wholeCall, sseData({ error: { message: 'overloaded boom' } })],
          }),
        ],
        [],
      ],
      ['a chunk of the wrong shape', [() => ({ sse: [text('I will'), sseData({ nonsense: true })] })], []],
      ['the stream ends without finishing', [() => ({ sse: [text('I will add'), wholeCall] })], []],
      ['a tool call cut off at the token limit', [() => ({ sse: [wholeCall, finish('length'), DONE] })], []],
      [
        'a failure after a completed action',
        [firstStep, () => ({ sse: [text('I added “Half done” and'), 'drop'] })],
        ['Half done'],
      ],
    ];
    for (const [index, [name, steps, expectTasks]] of cases.entries()) {
      const user = `stream-fail-${index}`;
      model.script(steps);
      const events = await streamTurn(s, user, { message: 'add half done' });
      const done = events.at(-1)!;
      expect(done.event, name).toBe('done');
      expect(done.data.response, name).toMatch(/^Sorry/);
      expect(done.data.response, name).not.toMatch(/boom|overloaded|Error/);
      expect(shownText(events), name).toBe(done.data.response);
      const streamedText = events.some((e) => e.event === 'delta' && /I will|I added/.test(e.data.text));
      expect(
        events.some((e) => e.event === 'replace'),
        name,
      ).toBe(streamedText);
      expect((await stored(user, done.data.conversation_id)).content, name).toBe(done.data.response);
      expect(await titles(user), name).toEqual(expectTasks);
      expect(
        done.data.tool_calls.map((c: any) => c.result.title),
        name,
      ).toEqual(expectTasks);
    }
  }, 120_000);

  it('a timeout mid-stream gives the friendly answer in place of the partial text', async () => {
    model.script([() => ({ sse: [text('Let me'), 200, text(' look'), 'hang'] })]);
    const started = Date.now();
    const events = await streamTurn(s, 'stream-slow', { message: 'what is due?' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(4500);
    expect(elapsed).toBeLessThan(15_000);
    expect(events.map((e) => e.event)).toEqual(['delta', 'delta', 'replace', 'done']);
    const done = events.at(-1)!.data;
    expect(done.response).toMatch(/couldn't reach the assistant/);
    expect(events[2]!.data.text).toBe(done.response);
    expect(shownText(events)).toBe(done.response);
    expect((await stored('stream-slow', done.conversation_id)).content).toBe(done.response);
  }, 60_000);

  it('a server that answers the streaming request with plain JSON works too, streamed and not', async () => {
    model.script([
      (body) => {
        expect(body.stream).toBe(true);
        return { json: answer('  Plain JSON, all at once.  ') };
      },
    ]);
    const events = await streamTurn(s, 'stream-json', { message: 'hello' });
    const done = events.at(-1)!.data;
    expect(done.response).toBe('Plain JSON, all at once.');
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThanOrEqual(1);
    expect(shownText(events)).toBe(done.response);
    expect((await stored('stream-json', done.conversation_id)).content).toBe(done.response);

    // POST /chat reads a streamed answer through the same code.
    model.script([() => ({ sse: [text('Streamed,'), text(' then returned whole.'), finish('stop'), DONE] })]);
    const res = await s.as('stream-json')('POST', '/api/me/chat', { body: { message: 'hello again' } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.response).toBe('Streamed, then returned whole.');
  });
});
