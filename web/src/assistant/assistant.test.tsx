import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithApp } from '../test/render';
import AssistantPanel from './AssistantPanel';
import { describeToolCall, readEvents } from './api';

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
    expect(screen.queryByRole('button', { name: 'Speak' })).toBeNull(); // no SpeechRecognition in jsdom
    await userEvent.type(box, 'add buy milk{Enter}');
    const log = screen.getByRole('log');
    await within(log).findByText('Added “Buy milk”.');
    expect(within(log).getByText('Added: Buy milk')).toBeDefined();
    expect(within(log).getByText('add buy milk')).toBeDefined();

    await userEvent.type(box, 'thanks{Enter}');
    await waitFor(() => expect(api.calls.filter((c) => c.path === '/api/me/chat/stream')).toHaveLength(2));
    expect(api.calls.filter((c) => c.path === '/api/me/chat/stream').at(-1)?.body).toEqual({
      message: 'thanks',
      conversation_id: 42,
    });
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
