import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastingDatabase } from './support/database.js';
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
  it('adds, lists, completes by position and deletes by title after a yes, confirming each, with history stored', async () => {
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

    // A deletion is asked about first; "yes" in the next turn carries it out.
    const asked = await say(user, 'delete the dentist task', id);
    expect(asked.body.tool_calls.some((c: any) => c.name === 'delete_task')).toBe(false);
    expect(asked.body.response).toMatch(/Delete "call the dentist"\?/iu);
    expect((await server.as(user)('GET', '/api/me/tasks')).body.tasks).toHaveLength(2);
    const deleted = await say(user, 'yes', id);
    expect(deleted.body.tool_calls.some((c: any) => c.name === 'delete_task')).toBe(true);
    expect((await server.as(user)('GET', '/api/me/tasks')).body.tasks.map((t: any) => t.title)).not.toContain(
      'call the dentist',
    );

    const conversation = await server.as(user)('GET', `/api/me/conversations/${id}`);
    expect(conversation.status).toBe(200);
    expect(conversation.body.messages.map((m: any) => m.role)).toEqual(
      Array(12).fill(['user', 'assistant']).flat().slice(0, 12),
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

  it('asks before acting on a reading it is unsure of, and acts on "yes" (check first)', async () => {
    const user = 'chat-check';
    const asked = await say(user, 'the dog needs to be taken to the vet at some point');
    expect(asked.status, asked.text).toBe(200);
    expect(asked.body.response).toMatch(
      /I would add a new task "Dog needs to be taken to the vet at some point"\. Shall I\?/u,
    );
    expect((await server.as(user)('GET', '/api/me/tasks')).body.count).toBe(0);
    const yes = await say(user, 'yes', asked.body.conversation_id);
    expect(yes.body.tool_calls.map((c: any) => c.name)).toContain('add_task');
    const tasks = (await server.as(user)('GET', '/api/me/tasks')).body.tasks;
    expect(tasks.map((t: any) => t.title)).toEqual(['Dog needs to be taken to the vet at some point']);
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

  it.each([
    ['a NUL character', '\u0000'],
    ['a lone surrogate', '\ud800'],
  ])(
    'a message with %s is refused (422 naming message) before anything runs: no action, nothing stored',
    async (_, bad) => {
      const user = `chat-unstorable-${bad.codePointAt(0)}`;
      const call = server.as(user);
      const task = (await call('POST', '/api/me/tasks', { body: { title: 'Stay open' } })).body;
      const started = await say(user, 'add another thing');
      expect(started.status).toBe(200);
      const conversationId = started.body.conversation_id;
      const stored = async () => ({
        conversations: (await call('GET', '/api/me/conversations')).body,
        messages: (await call('GET', `/api/me/conversations/${conversationId}`)).body.messages,
      });
      const before = await stored();
      const message = `complete task ${task.id} ${bad}`;
      for (const path of ['/api/me/chat', '/api/me/chat/stream']) {
        for (const body of [{ message }, { message, conversation_id: conversationId }]) {
          const res = await call('POST', path, { body });
          expectProblem(res, 422, 'VALIDATION_ERROR');
          expect(res.body.errors).toEqual([
            { path: 'message', location: 'body', message: expect.any(String) },
          ]);
        }
      }
      expect((await call('GET', `/api/me/tasks/${task.id}`)).body.completed).toBe(false);
      expect(await stored()).toEqual(before);
      // Control: the same words without the bad character do complete it.
      expect((await say(user, `complete task ${task.id}`)).status).toBe(200);
      expect((await call('GET', `/api/me/tasks/${task.id}`)).body.completed).toBe(true);
    },
  );

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
    const { open, cleanup } = await lastingDatabase();
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

describe('conversation titles', () => {
  const titleOf = async (user: string, id: number) =>
    (await server.as(user)('GET', '/api/me/conversations')).body.conversations.find((c: any) => c.id === id)
      ?.title;

  it('are the first message on one line, cut at a word with an ellipsis, without trailing punctuation', async () => {
    const user = 'titler';
    const short = await say(user, '  what is   due\nthis week??  ');
    expect(await titleOf(user, short.body.conversation_id)).toBe('what is due this week');
    const long = await say(
      user,
      'Remember  to call the\tdentist about the checkup tomorrow, and ask about the bill too',
    );
    expect(await titleOf(user, long.body.conversation_id)).toBe(
      'Remember to call the dentist about the checkup tomorrow…',
    );
    const oneWord = await say(user, `add ${'x'.repeat(120)}`);
    const title = await titleOf(user, oneWord.body.conversation_id);
    expect([...title]).toHaveLength(60);
    expect(title).toBe(`add ${'x'.repeat(55)}…`);
  });

  it('rename: trimmed and collapsed, 1-100 characters, the list order kept, the next turn keeps it', async () => {
    const user = 'renamer';
    const older = (await say(user, 'add older thing')).body.conversation_id;
    const newer = (await say(user, 'add newer thing')).body.conversation_id;
    const before = (await server.as(user)('GET', '/api/me/conversations')).body.conversations;
    expect(before.map((c: any) => c.id)).toEqual([newer, older]);

    const renamed = await server.as(user)('PATCH', `/api/me/conversations/${older}`, {
      body: { title: '  Weekly   review\n plan ' },
    });
    expect(renamed.status, renamed.text).toBe(200);
    const was = before.find((c: any) => c.id === older);
    expect(renamed.body).toEqual({ ...was, title: 'Weekly review plan' });
    const after = (await server.as(user)('GET', '/api/me/conversations')).body.conversations;
    expect(after.map((c: any) => [c.id, c.title])).toEqual([
      [newer, 'add newer thing'],
      [older, 'Weekly review plan'],
    ]);
    expect((await server.as(user)('GET', `/api/me/conversations/${older}`)).body.title).toBe(
      'Weekly review plan',
    );
    await say(user, 'show my tasks', older);
    expect(await titleOf(user, older)).toBe('Weekly review plan');

    const emoji = await server.as(user)('PATCH', `/api/me/conversations/${older}`, {
      body: { title: '🎉'.repeat(100) },
    });
    expect(emoji.status, emoji.text).toBe(200);
    expect(emoji.body.title).toBe('🎉'.repeat(100));
  });

  it('rename refuses bad titles with problems and changes nothing; a missing conversation is 404', async () => {
    const user = 'renamer-bad';
    const call = server.as(user);
    const id = (await say(user, 'add keep this title')).body.conversation_id;
    for (const body of [
      {},
      { title: '' },
      { title: ' \n\t ' },
      { title: 'x'.repeat(101) },
      { title: '🎉'.repeat(101) },
      { title: 5 },
      { title: null },
      { title: 'a\u0000b' },
      { title: 'ok', extra: true },
    ]) {
      const res = await call('PATCH', `/api/me/conversations/${id}`, { body });
      expectProblem(res, 422, 'VALIDATION_ERROR');
    }
    expectProblem(await call('PATCH', `/api/me/conversations/${id}`), 422, 'VALIDATION_ERROR');
    expect(
      (await call('PATCH', `/api/me/conversations/${id}`, { body: { title: 'x'.repeat(101) } })).body.errors,
    ).toEqual([expect.objectContaining({ path: 'title', message: 'title must be at most 100 characters' })]);
    expectProblem(
      await call('PATCH', '/api/me/conversations/abc', { body: { title: 'x' } }),
      422,
      'VALIDATION_ERROR',
    );
    expectProblem(
      await call('PATCH', '/api/me/conversations/424242', { body: { title: 'x' } }),
      404,
      'NOT_FOUND',
    );
    expect(await titleOf(user, id)).toBe('add keep this title');
  });

  it('rename is documented in the OpenAPI document with its schema', async () => {
    const doc = (await server.request('GET', '/openapi.json')).body;
    const patch = doc.paths['/api/{user_id}/conversations/{id}'].patch;
    expect(patch.summary).toBe('Rename a conversation');
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(['200', '404', '422']));
    const body = patch.requestBody.content['application/json'].schema;
    const schema = body.$ref ? doc.components.schemas[body.$ref.split('/').at(-1)] : body;
    expect(schema).toMatchObject({
      required: ['title'],
      additionalProperties: false,
      properties: { title: { type: 'string', minLength: 1, maxLength: 100 } },
    });
  });
});
