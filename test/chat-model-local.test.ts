// The model path with the local servers people run (docs/assistant.md): a scripted OpenAI-compatible
// server on loopback (test/support/scripted-model.ts) that behaves as Ollama or as a server that
// drops streamed tool calls, in both modes (tool agent, structured plan). What a person sees over
// HTTP: the chat's answer, their tasks, and what was asked of the model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentPromptTokens } from '../server/features/assistant/model.js';
import { planPromptTokens } from '../server/features/assistant/plan.js';
import { answer, plan, type ScriptedModel, scriptedModel, toolCall } from './support/scripted-model.js';
import { startTestServer, type TestServer } from './support/server.js';

const tomorrow = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + 86_400_000));

const titles = async (s: TestServer, user: string) =>
  (await s.as(user)('GET', '/api/me/tasks?status=all')).body.tasks.map((t: any) => t.title).sort();

describe('plan mode, chosen for a small Ollama model (1.7B) by the probe', () => {
  let model: ScriptedModel;
  let s: TestServer;
  beforeAll(async () => {
    model = await scriptedModel([], {
      ollama: { parameterSize: '1.7B', capabilities: ['completion', 'tools'] },
    });
    s = await startTestServer({
      env: { OPENAI_BASE_URL: model.url, OPENAI_MODEL: 'qwen3:1.7b', MODEL_NUM_CTX: '8192' },
    });
  });
  afterAll(async () => {
    await s?.close();
    await model?.close();
  });

  it('adds a task from the plan, its date read by the quick add reader, in one non-streamed request', async () => {
    model.script([() => ({ json: plan({ intent: 'add', title: 'Call the plumber', when: 'tomorrow' }) })]);
    const res = await s.as('plan-add')('POST', '/api/me/chat', {
      body: { message: 'kal plumber ko call karna hai' },
    });
    expect(res.status, res.text).toBe(200);
    expect(model.probes).toContain('GET /api/version');
    const body = model.requests[0].body;
    expect(body.stream).toBe(false);
    expect(body.tools).toBeUndefined();
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.schema.required).toContain('intent');
    expect(body.options).toEqual({ num_ctx: 8192 });
    const tasks = (await s.as('plan-add')('GET', '/api/me/tasks')).body.tasks;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ title: 'Call the plumber', due_date: tomorrow() });
    expect(res.body.tool_calls.map((c: any) => c.name)).toEqual(['add_task_details']);
  });

  it('answers a question from the tools, never from the model’s words', async () => {
    const ask = s.as('plan-list');
    await ask('POST', '/api/me/tasks', { body: { title: 'Pay electricity bill' } });
    await ask('POST', '/api/me/tasks', { body: { title: 'Water plants' } });
    model.script([() => ({ json: plan({ intent: 'list', status: 'pending' }) })]);
    const res = await ask('POST', '/api/me/chat', { body: { message: "what's on my plate?" } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.response).toContain('Pay electricity bill');
    expect(res.body.response).toContain('Water plants');
    // A plan with words of its own for the person (intent "other") is answered with what the
    // assistant can do; the model's text is not shown.
    model.script([
      () => ({
        json: answer(
          '{"intent":"other","task":null,"position":null,"title":"You have 9 tasks","when":null,"priority":null,"tags":[],"status":null,"due":null}',
        ),
      }),
    ]);
    const other = await ask('POST', '/api/me/chat', {
      body: { message: 'how many tasks do I have, roughly?' },
    });
    expect(other.status).toBe(200);
    expect(other.body.response).not.toContain('9 tasks');
    expect(other.body.tool_calls).toEqual([]);
  });

  it('asks before deleting, and "yes" deletes the task the plan named without asking the model again', async () => {
    const del = s.as('plan-delete');
    await del('POST', '/api/me/tasks', { body: { title: 'Old gym membership' } });
    await del('POST', '/api/me/tasks', { body: { title: 'Buy milk' } });
    model.script([() => ({ json: plan({ intent: 'delete', task: 'gym membership' }) })]);
    const asked = await del('POST', '/api/me/chat', { body: { message: 'get rid of the gym thing' } });
    expect(asked.status, asked.text).toBe(200);
    expect(asked.body.response).toMatch(/Delete "Old gym membership"\?/u);
    expect(await titles(s, 'plan-delete')).toEqual(['Buy milk', 'Old gym membership']);
    const yes = await del('POST', '/api/me/chat', {
      body: { message: 'yes', conversation_id: asked.body.conversation_id },
    });
    expect(yes.status, yes.text).toBe(200);
    expect(yes.body.tool_calls.map((c: any) => c.name)).toContain('delete_task');
    expect(await titles(s, 'plan-delete')).toEqual(['Buy milk']);
    expect(model.requests).toHaveLength(1);
  });

  it('"the second one" refers to the list just shown', async () => {
    const pick = s.as('plan-pick');
    for (const title of ['Water plants A', 'Water plants B', 'Water plants C'])
      await pick('POST', '/api/me/tasks', { body: { title } });
    model.script([
      () => ({ json: plan({ intent: 'list', task: 'water plants' }) }),
      () => ({ json: plan({ intent: 'complete', position: 2 }) }),
    ]);
    const shown = await pick('POST', '/api/me/chat', { body: { message: 'which water plants tasks?' } });
    const listed = shown.body.tool_calls.at(-1).result.tasks.map((t: any) => t.title);
    const done = await pick('POST', '/api/me/chat', {
      body: { message: 'finish the second one', conversation_id: shown.body.conversation_id },
    });
    expect(done.status, done.text).toBe(200);
    const completed = (await pick('GET', '/api/me/tasks?status=completed')).body.tasks.map(
      (t: any) => t.title,
    );
    expect(completed).toEqual([listed[1]]);
  });

  it('a plan it cannot read, or a date the reader cannot, changes nothing and says so', async () => {
    const odd = s.as('plan-odd');
    model.script([
      () => ({ json: answer('I think you want to add a task!') }),
      () => ({ json: plan({ intent: 'add', title: 'Dentist', when: 'when the moon is full' }) }),
    ]);
    const first = await odd('POST', '/api/me/chat', { body: { message: 'dentist sometime' } });
    expect(first.status).toBe(200);
    expect(first.body.tool_calls).toEqual([]);
    const second = await odd('POST', '/api/me/chat', { body: { message: 'dentist when the moon is full' } });
    expect(second.status).toBe(200);
    expect(second.body.response).toContain('when the moon is full');
    expect(await titles(s, 'plan-odd')).toEqual([]);
  });
});

describe('the tool agent on Ollama (a 14B model with tools)', () => {
  let model: ScriptedModel;
  let s: TestServer;
  beforeAll(async () => {
    model = await scriptedModel([], {
      ollama: { parameterSize: '14.8B', capabilities: ['completion', 'tools'] },
    });
    s = await startTestServer({
      env: { OPENAI_BASE_URL: model.url, OPENAI_MODEL: 'qwen3:14b', MODEL_NUM_CTX: '16384' },
    });
  });
  afterAll(async () => {
    await s?.close();
    await model?.close();
  });

  it('is asked without streaming, with num_ctx and without tool_choice (Ollama ignores it)', async () => {
    model.script([
      () => ({ json: toolCall('c1', 'add_task', { title: 'Renew passport' }) }),
      () => ({ json: answer('Added “Renew passport”.') }),
    ]);
    const res = await s.as('agent-ollama')('POST', '/api/me/chat/stream', {
      body: { message: 'add renew passport' },
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Added “Renew passport”.');
    for (const request of model.requests) {
      expect(request.body.stream).toBe(false);
      expect(request.body.options).toEqual({ num_ctx: 16384 });
      expect(request.body.tool_choice).toBeUndefined();
      expect(request.body.tools.length).toBeGreaterThan(5);
    }
    expect(await titles(s, 'agent-ollama')).toEqual(['Renew passport']);
  });
});

const sseData = (json: unknown) => `data: ${JSON.stringify(json)}\n\n`;
const streamedText = (content: string) => [
  sseData({ choices: [{ index: 0, delta: { content }, finish_reason: null }] }),
  sseData({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
  'data: [DONE]\n\n',
];

describe('a server that drops streamed tool calls (not Ollama: streamed by default)', () => {
  let model: ScriptedModel;
  let s: TestServer;
  beforeAll(async () => {
    model = await scriptedModel([]);
    s = await startTestServer({
      env: { OPENAI_BASE_URL: model.url, OPENAI_MODEL: 'dropper', MODEL_MODE: 'agent' },
    });
  });
  afterAll(async () => {
    await s?.close();
    await model?.close();
  });

  it('a streamed answer with its tool call written as text is asked again, not streamed, and the text is never shown', async () => {
    model.script([
      () => ({ sse: streamedText('{"name": "add_task", "arguments": {"title": "Book flights"}}') }),
      (body) => {
        expect(body.stream).toBe(false);
        return { json: toolCall('c1', 'add_task', { title: 'Book flights' }) };
      },
      () => ({ sse: streamedText('Added “Book flights”.') }),
    ]);
    const res = await s.as('dropped')('POST', '/api/me/chat/stream', {
      body: { message: 'add book flights' },
    });
    expect(res.status).toBe(200);
    const shown = [...res.text.matchAll(/^event: (?:delta|replace)\ndata: (.*)$/gmu)]
      .map((m) => JSON.parse(m[1]!).text)
      .join('');
    expect(shown).toBe('Added “Book flights”.');
    expect(model.requests.map((r) => r.body.stream)).toEqual([true, false, true]);
    expect(await titles(s, 'dropped')).toEqual(['Book flights']);
  });

  it('a streamed plain answer is passed on as it is, asked once', async () => {
    model.script([() => ({ sse: streamedText('Hello! How can I help with your tasks?') })]);
    const res = await s.as('dropped-hello')('POST', '/api/me/chat', { body: { message: 'hi' } });
    expect(res.body.response).toBe('Hello! How can I help with your tasks?');
    expect(model.requests).toHaveLength(1);
  });
});

describe('prompt size', () => {
  it('the fixed prompts of both modes stay under about 1,500 tokens', () => {
    expect(agentPromptTokens()).toBeLessThan(1500);
    expect(planPromptTokens()).toBeLessThan(1500);
  });
});
