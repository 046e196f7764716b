import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeApi, fakeApi, renderWithApp, task } from '../test/render';
import AssistantPanel from './AssistantPanel';
import { type Conversation, describeToolCall, readEvents, streamChat } from './api';

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition;
});

const sse = (events: [string, unknown][]) =>
  events.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('');

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(bytes.encode(c));
      controller.close();
    },
  });
}

describe('reading the event stream', () => {
  it('puts events back together across chunks and line endings', async () => {
    const text =
      'event: delta\r\ndata: {"text":"Hel"}\r\n\r\n: keep-alive\n\nevent: done\ndata: {"a":\ndata: 1}\n\n';
    const events = [];
    for await (const e of readEvents(streamOf([text.slice(0, 7), text.slice(7, 30), text.slice(30)])))
      events.push(e);
    expect(events).toEqual([
      { event: 'delta', data: '{"text":"Hel"}' },
      { event: 'done', data: '{"a":\n1}' },
    ]);
  });

  it('hands deltas and a replacement of the answer to their handlers, in order', async () => {
    const api = fakeApi();
    api.chatStream = sse([
      ['delta', { text: 'I will ' }],
      ['delta', { text: 'add' }],
      ['replace', { text: 'Sorry, nothing was changed.' }],
      ['done', { conversation_id: 1, response: 'Sorry, nothing was changed.', tool_calls: [] }],
    ]);
    const seen: [string, string][] = [];
    const done = await streamChat(
      { message: 'add it' },
      {
        onDelta: (text) => seen.push(['delta', text]),
        onReplace: (text) => seen.push(['replace', text]),
      },
    );
    expect(seen).toEqual([
      ['delta', 'I will '],
      ['delta', 'add'],
      ['replace', 'Sorry, nothing was changed.'],
    ]);
    expect(done.response).toBe('Sorry, nothing was changed.');
  });

  it('describes each action in a few words', () => {
    const call = (result: unknown) => describeToolCall({ name: 'complete_task', arguments: {}, result });
    expect(call({ task_id: 1, status: 'completed', title: 'Buy milk' }).text).toBe('Completed: Buy milk');
    expect(call({ task_id: 1, status: 'created', title: 'Buy milk' }).text).toBe('Added: Buy milk');
    expect(call([{ id: 1 }, { id: 2 }]).text).toBe('Looked at 2 tasks');
    expect(call('task 9 not found')).toEqual({
      text: 'Could not complete task: task 9 not found',
      failed: true,
    });
  });
});

describe('AssistantPanel', () => {
  it('names the model that answers', async () => {
    const api = fakeApi();
    Object.assign(api.chatModel, { answering: 'server', model: 'qwen3:4b', server_model: 'qwen3:4b' });
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    expect(await screen.findByText('qwen3:4b (the server’s)')).toBeDefined();
  });

  it('streams the answer, shows each action as a card, and keeps the conversation', async () => {
    const api = fakeApi();
    api.chatStream = sse([
      [
        'tool_call',
        {
          name: 'add_task',
          arguments: { title: 'Buy milk' },
          result: { task_id: 7, status: 'created', title: 'Buy milk' },
        },
      ],
      ['delta', { text: 'Added ' }],
      ['delta', { text: '“Buy milk”.' }],
      [
        'done',
        {
          conversation_id: 42,
          response: 'Added “Buy milk”.',
          tool_calls: [
            { name: 'add_task', arguments: {}, result: { task_id: 7, status: 'created', title: 'Buy milk' } },
          ],
        },
      ],
    ]);
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    const box = screen.getByLabelText('Message the assistant');
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('dir')).toBe('auto');
    expect(screen.queryByRole('button', { name: 'Speak' })).toBeNull(); // no SpeechRecognition in the test DOM
    await userEvent.type(box, 'add buy milk{Enter}');
    const log = screen.getByRole('log');
    await within(log).findByText('Added “Buy milk”.');
    // The added task is a card with Undo.
    expect(await within(log).findByRole('button', { name: /^Undo/u })).toBeDefined();
    expect(within(log).getByText('Added')).toBeDefined();
    expect(within(log).getByText('add buy milk')).toBeDefined();

    await userEvent.type(box, 'thanks{Enter}');
    await waitFor(() => expect(api.calls.filter((c) => c.path === '/api/me/chat/stream')).toHaveLength(2));
    expect(api.calls.filter((c) => c.path === '/api/me/chat/stream').at(-1)?.body).toEqual({
      message: 'thanks',
      conversation_id: 42,
    });
  });

  it('offers "yes" and "no" as buttons under a question waiting for them, and sends the one pressed', async () => {
    const api = fakeApi();
    const question =
      'Delete "Buy milk"? It will be gone for good. Say "yes" to delete it, or "no" to keep it.';
    api.chatStream = sse([
      ['delta', { text: question }],
      ['done', { conversation_id: 5, response: question, tool_calls: [] }],
    ]);
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    const box = screen.getByLabelText('Message the assistant');
    await userEvent.type(box, 'delete buy milk{Enter}');
    const answers = await screen.findByRole('group', { name: 'Answer' });
    await userEvent.type(box, 'half-typed');
    api.chatStream = sse([['done', { conversation_id: 5, response: 'Deleted "Buy milk".', tool_calls: [] }]]);
    await userEvent.click(within(answers).getByRole('button', { name: 'yes' }));
    await waitFor(() => expect(api.calls.filter((c) => c.path === '/api/me/chat/stream')).toHaveLength(2));
    expect(api.calls.filter((c) => c.path === '/api/me/chat/stream').at(-1)?.body).toEqual({
      message: 'yes',
      conversation_id: 5,
    });
    // What was typed stays; the buttons go once the question is answered.
    expect((box as HTMLTextAreaElement).value).toBe('half-typed');
    await screen.findByText('Deleted "Buy milk".');
    expect(screen.queryByRole('group', { name: 'Answer' })).toBeNull();
  });

  it('offers the answers in Urdu under an Urdu question', async () => {
    const api = fakeApi();
    const question =
      'کیا "دودھ" حذف کر دوں؟ یہ ہمیشہ کے لیے مٹ جائے گا۔ حذف کرنے کے لیے "ہاں" لکھیں، رکھنے کے لیے "نہیں"۔';
    api.chatStream = sse([['done', { conversation_id: 6, response: question, tool_calls: [] }]]);
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    await userEvent.type(screen.getByLabelText('Message the assistant'), 'دودھ والا کام حذف کر دو{Enter}');
    const answers = await screen.findByRole('group', { name: 'Answer' });
    expect(
      within(answers)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['ہاں', 'نہیں']);
  });

  it.each([
    [
      'I want to be sure I read you right. I would mark "Pay rent" done. Shall I? Say "yes" to go ahead, or "no" to leave it.',
      ['yes', 'no'],
    ],
    [
      'Tasalli kar loon ke theek samjha: "Kiraya" mukammal. Kar doon? Karne ke liye "haan" likhein, chhorne ke liye "nahi".',
      ['haan', 'nahi'],
    ],
    [
      'تسلی کر لوں کہ ٹھیک سمجھا: "کرایہ" مکمل۔ کر دوں؟ کرنے کے لیے "ہاں" لکھیں، چھوڑنے کے لیے "نہیں"۔',
      ['ہاں', 'نہیں'],
    ],
  ])('offers the answers under the check-first question: %s', async (question, buttons) => {
    const api = fakeApi();
    api.chatStream = sse([['done', { conversation_id: 7, response: question, tool_calls: [] }]]);
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    await userEvent.type(screen.getByLabelText('Message the assistant'), 'rent sorted{Enter}');
    const answers = await screen.findByRole('group', { name: 'Answer' });
    expect(
      within(answers)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(buttons);
  });

  it('shows the apology in place of the words already streamed when the answer is replaced', async () => {
    const api = fakeApi();
    api.chatStream = sse([
      ['delta', { text: 'I will add ' }],
      ['delta', { text: '“Buy' }],
      ['replace', { text: 'Sorry, the assistant stopped before finishing.' }],
    ]);
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    await userEvent.type(screen.getByLabelText('Message the assistant'), 'add buy milk{Enter}');
    const log = screen.getByRole('log');
    await within(log).findByText('Sorry, the assistant stopped before finishing.');
    expect(log.textContent).not.toContain('I will add');
    // This stream ended without `done`: the panel says something went wrong too.
    expect((await within(log).findByRole('alert')).textContent).toMatch(/could not do that/);
  });

  it('says what went wrong when the stream ends in an error event', async () => {
    const api = fakeApi();
    api.chatStream = sse([
      ['error', { status: 503, detail: 'The model is down', error_code: 'SERVICE_UNAVAILABLE' }],
    ]);
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    await userEvent.type(screen.getByLabelText('Message the assistant'), 'hello{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/server could not do that/);
  });

  it('offers voice input in English or Urdu where the browser can listen', async () => {
    fakeApi();
    const started: string[] = [];
    (globalThis as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition = class {
      lang = '';
      onresult: ((e: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      start() {
        started.push(this.lang);
        this.onresult?.({ resultIndex: 0, results: [{ isFinal: true, 0: { transcript: 'دودھ خریدو' } }] });
        this.onend?.();
      }
      stop() {}
    };
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'اردو' }));
    await userEvent.click(screen.getByRole('button', { name: 'Speak' }));
    expect(started).toEqual(['ur-PK']);
    expect(screen.getByLabelText('Message the assistant')).toHaveProperty('value', 'دودھ خریدو');
  });
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** Adds stored conversations (list, open, rename) to the fake API; `refuse` answers the next rename. */
function withConversations(api: FakeApi, conversations: Conversation[]) {
  const state = { conversations, refuse: null as { status: number; detail: string } | null };
  const answerRest = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const url = new URL(request.url);
    if (url.pathname === '/api/me/conversations') return json(200, { conversations: state.conversations });
    const one = /^\/api\/me\/conversations\/(\d+)$/.exec(url.pathname);
    const found = state.conversations.find((c) => c.id === Number(one?.[1]));
    if (!one || !found) return answerRest(request);
    if (request.method === 'GET') {
      const message = (id: number, role: 'user' | 'assistant', content: string) => ({
        id,
        role,
        content,
        tool_calls: null,
        created_at: found.created_at,
      });
      return json(200, {
        ...found,
        messages: [message(1, 'user', 'add buy milk'), message(2, 'assistant', 'Added “buy milk”.')],
      });
    }
    const body = await request.json();
    api.calls.push({ method: request.method, path: url.pathname, body });
    if (state.refuse) {
      const { status, detail } = state.refuse;
      state.refuse = null;
      return json(status, { status, detail, error_code: 'VALIDATION_ERROR' });
    }
    found.title = body.title;
    return json(200, found);
  });
  return state;
}

describe('renaming a conversation', () => {
  const at = '2026-01-05T10:00:00.000Z';
  const stored = (): Conversation[] => [
    { id: 5, title: 'add buy milk', created_at: at, updated_at: at },
    { id: 6, title: 'what is due this week', created_at: at, updated_at: at },
  ];
  const renames = (api: FakeApi) => api.calls.filter((c) => c.method === 'PATCH');

  it('renames the open conversation from its picker, and focus comes back to Rename', async () => {
    const api = fakeApi();
    withConversations(api, stored());
    const onClose = vi.fn();
    renderWithApp(<AssistantPanel onClose={onClose} />);
    await screen.findByRole('option', { name: 'add buy milk' });
    expect(screen.queryByRole('button', { name: 'Rename this conversation' })).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Conversation'), '5');
    await within(screen.getByRole('log')).findByText('Added “buy milk”.');

    await userEvent.click(screen.getByRole('button', { name: 'Rename this conversation' }));
    const title = screen.getByLabelText('Conversation title') as HTMLInputElement;
    expect(title.value).toBe('add buy milk');
    expect(document.activeElement).toBe(title);
    expect(title.selectionStart).toBe(0);
    expect(title.selectionEnd).toBe('add buy milk'.length);
    await userEvent.clear(title);
    await userEvent.type(title, '  Groceries   for the week {Enter}');

    await screen.findByRole('option', { name: 'Groceries for the week' });
    expect(renames(api).map((c) => [c.path, c.body])).toEqual([
      ['/api/me/conversations/5', { title: 'Groceries for the week' }],
    ]);
    expect(screen.queryByLabelText('Conversation title')).toBeNull();
    expect((screen.getByLabelText('Conversation') as HTMLSelectElement).value).toBe('5');
    expect(screen.getByRole('option', { name: 'what is due this week' })).toBeDefined();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename this conversation' })),
    );

    // Escape leaves the title as it was, and the panel open.
    await userEvent.click(screen.getByRole('button', { name: 'Rename this conversation' }));
    await userEvent.type(screen.getByLabelText('Conversation title'), ' and more{Escape}');
    expect(screen.queryByLabelText('Conversation title')).toBeNull();
    expect(screen.getByRole('option', { name: 'Groceries for the week' })).toBeDefined();
    expect(renames(api)).toHaveLength(1);
    expect(onClose).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rename this conversation' }));
  });

  it('will not save an empty or too long title, and shows why the server refused one', async () => {
    const api = fakeApi();
    const server = withConversations(api, stored());
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    await screen.findByRole('option', { name: 'add buy milk' });
    await userEvent.selectOptions(screen.getByLabelText('Conversation'), '6');
    await userEvent.click(await screen.findByRole('button', { name: 'Rename this conversation' }));
    const title = screen.getByLabelText('Conversation title');
    const save = screen.getByRole('button', { name: 'Save' });

    await userEvent.clear(title);
    await userEvent.type(title, '   ');
    expect(save).toHaveProperty('disabled', true);
    await userEvent.type(title, '{Enter}');
    await userEvent.click(title);
    await userEvent.paste('x'.repeat(101));
    expect(save).toHaveProperty('disabled', true);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('A title can be at most 100 characters.').id).toBe(
      title.getAttribute('aria-describedby'),
    );
    expect(renames(api)).toEqual([]);

    await userEvent.clear(title);
    await userEvent.type(title, 'Plans');
    expect(save).toHaveProperty('disabled', false);
    server.refuse = { status: 422, detail: 'title must not contain NUL characters' };
    await userEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not rename the conversation. title must not contain NUL characters',
    );
    expect(screen.getByLabelText('Conversation title')).toHaveProperty('value', 'Plans');

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('option', { name: 'Plans' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a task the assistant changed, as a card', () => {
  const answer = (api: FakeApi, tool_calls: unknown[]) => {
    api.chatStream = sse([['done', { conversation_id: 9, response: 'Done.', tool_calls }]]);
  };

  it('shows the title, when it is due and its list, and Undo reopens a completion', async () => {
    const api = fakeApi([task(5, 'Pay rent', { completed: true, due_date: '2026-01-30', list_id: 1 })]);
    api.lists = [{ ...(api.lists[0] ?? {}), id: 1, name: 'Bills' } as FakeApi['lists'][number]];
    answer(api, [
      {
        name: 'complete_task',
        arguments: { task_id: 5 },
        result: { task_id: 5, status: 'completed', title: 'Pay rent' },
      },
    ]);
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    await userEvent.type(screen.getByLabelText('Message the assistant'), 'done with rent{Enter}');
    const log = screen.getByRole('log');
    const card = (await within(log).findByText('Pay rent')).closest('li')!;
    expect(within(card).getByText('Completed')).toBeDefined();
    await waitFor(() => expect(card.textContent).toMatch(/Bills/u));
    expect(card.textContent).toMatch(/Jan|30/u);
    await userEvent.click(within(card).getByRole('button', { name: /^Undo/u }));
    await waitFor(() =>
      expect(api.calls.some((c) => c.method === 'PATCH' && c.path === '/api/me/tasks/5/complete')).toBe(true),
    );
    expect(api.calls.find((c) => c.path === '/api/me/tasks/5/complete')?.body).toEqual({ completed: false });
    expect(await within(card).findByText('Undone')).toBeDefined();
    expect(within(card).queryByRole('button', { name: /^Undo/u })).toBeNull();
  });

  it('Undo of a change of details sets back the values read before it; an added task is deleted', async () => {
    const api = fakeApi([task(6, 'Call bank', { due_date: '2026-02-02' }), task(7, 'New one')]);
    answer(api, [
      {
        name: 'get_task',
        arguments: { task_id: 6 },
        result: { id: 6, title: 'Call bank', due_date: '2026-01-20', due_at: null },
      },
      {
        name: 'set_task_details',
        arguments: { task_id: 6, due_date: '2026-02-02', due_at: null },
        result: { task_id: 6, status: 'updated', title: 'Call bank' },
      },
      {
        name: 'quick_add',
        arguments: { text: 'New one' },
        result: { task_id: 7, status: 'created', title: 'New one' },
      },
    ]);
    renderWithApp(<AssistantPanel onClose={() => {}} />);
    await userEvent.type(screen.getByLabelText('Message the assistant'), 'move it{Enter}');
    const log = screen.getByRole('log');
    const changed = (await within(log).findByText('Call bank')).closest('li')!;
    await userEvent.click(within(changed).getByRole('button', { name: /^Undo/u }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.method === 'PATCH' && c.path === '/api/me/tasks/6')?.body).toMatchObject(
        {
          due_date: '2026-01-20',
          due_at: null,
        },
      ),
    );
    const added = within(log).getByText('New one').closest('li')!;
    await userEvent.click(within(added).getByRole('button', { name: /^Undo/u }));
    await waitFor(() =>
      expect(api.calls.some((c) => c.method === 'DELETE' && c.path === '/api/me/tasks/7')).toBe(true),
    );
  });
});
