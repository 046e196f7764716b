// The assistant on the server: one chat turn streamed as Server-Sent Events, and the stored
// conversations. EventSource cannot POST, so the stream is read with fetch and a reader.
import { useQuery } from '@tanstack/react-query';
import { createParser } from 'eventsource-parser';
import { ApiError, api, type Schemas, toApiError, unwrap } from '../api/client';
import type { paths } from '../api/schema';
import { msg, t } from '../ui/i18n';

export type ChatRequest =
  paths['/api/{user_id}/chat/stream']['post']['requestBody']['content']['application/json'];
export type ChatResponse = Schemas['ChatResponse'];
export type ToolCall = Schemas['ToolCall'];
export type Conversation = Schemas['Conversation'];
export type ConversationList = Schemas['ConversationList'];
export type Message = Schemas['Message'];

const ME = { user_id: 'me' };
export const conversationKeys = {
  all: ['conversations'] as const,
  one: (id: number) => ['conversations', id] as const,
};

export function useConversations() {
  return useQuery({
    queryKey: conversationKeys.all,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/{user_id}/conversations', { params: { path: ME, query: { limit: 50 } }, signal })),
  });
}

export function fetchConversation(id: number) {
  return unwrap(
    api.GET('/api/{user_id}/conversations/{id}', { params: { path: { ...ME, id: String(id) } } }),
  );
}

/** The server trims and collapses spaces; 1-100 characters. */
export const TITLE_MAX = 100;

export function renameConversation(id: number, title: string) {
  return unwrap(
    api.PATCH('/api/{user_id}/conversations/{id}', {
      params: { path: { ...ME, id: String(id) } },
      body: { title },
    }),
  );
}

export function deleteConversation(id: number) {
  return unwrap(
    api.DELETE('/api/{user_id}/conversations/{id}', { params: { path: { ...ME, id: String(id) } } }),
  );
}

export interface ServerEvent {
  event: string;
  data: string;
}

/** Splits a text/event-stream body into events as its bytes arrive (any line ending, multi-line data). */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: ServerEvent[] = [];
  const parser = createParser({
    onEvent: ({ event, data }) => events.push({ event: event ?? 'message', data }),
  });
  try {
    for (;;) {
      const { value, done } = await reader.read();
      parser.feed(decoder.decode(value, { stream: !done }));
      // The last event counts even without the blank line that should end it.
      if (done) parser.feed('\n\n');
      yield* events.splice(0);
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}

export interface StreamHandlers {
  onToolCall?: (call: ToolCall) => void;
  /** A piece of the answer: append it. */
  onDelta?: (text: string) => void;
  /** The answer is this instead of what the pieces built (e.g. an apology after the model failed). */
  onReplace?: (text: string) => void;
}

/** Sends one message and reports the turn as it happens; resolves with the finished turn. */
export async function streamChat(
  body: ChatRequest,
  handlers: StreamHandlers,
  signal?: AbortSignal,
): Promise<ChatResponse> {
  const response = await globalThis.fetch('/api/me/chat/stream', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  });
  if (!response.ok || !response.body) {
    const problem = await response.json().catch(() => undefined);
    throw toApiError(problem, response);
  }
  for await (const { event, data } of readEvents(response.body)) {
    const payload = JSON.parse(data);
    if (event === 'tool_call') handlers.onToolCall?.(payload as ToolCall);
    else if (event === 'delta') handlers.onDelta?.((payload as { text: string }).text);
    else if (event === 'replace') handlers.onReplace?.((payload as { text: string }).text);
    else if (event === 'done') return payload as ChatResponse;
    else if (event === 'error')
      throw toApiError(payload, new Response(null, { status: payload.status ?? 500 }));
  }
  throw new ApiError(502, 'STREAM_ENDED', t('The answer stopped before it was complete. Try again.'));
}

const VERBS: Record<string, string> = {
  created: msg('Added: {title}'),
  completed: msg('Completed: {title}'),
  reopened: msg('Reopened: {title}'),
  deleted: msg('Deleted: {title}'),
  updated: msg('Updated: {title}'),
};

/** One action of the assistant in a few words, e.g. "Completed: Buy milk". */
export function describeToolCall(call: ToolCall): { text: string; failed: boolean } {
  const result = call.result as Record<string, unknown> | unknown[] | string | null;
  if (typeof result === 'string')
    return {
      text: t('Could not {action}: {reason}', { action: call.name.replace(/_/g, ' '), reason: result }),
      failed: true,
    };
  if (Array.isArray(result))
    return {
      text: t('Looked at {count, plural, one {# task} other {# tasks}}', { count: result.length }),
      failed: false,
    };
  if (result && typeof result === 'object') {
    if (typeof result.error === 'string')
      return {
        text: t('Could not {action}: {reason}', {
          action: call.name.replace(/_/g, ' '),
          reason: result.error,
        }),
        failed: true,
      };
    const verb = typeof result.status === 'string' ? VERBS[result.status] : undefined;
    if (verb && typeof result.title === 'string')
      return { text: t(verb, { title: result.title }), failed: false };
    if (Array.isArray(result.tasks))
      return {
        text: t('Looked at {count, plural, one {# task} other {# tasks}}', { count: result.tasks.length }),
        failed: false,
      };
    if (Array.isArray(result.tags))
      return { text: t('Looked at {count} tags', { count: result.tags.length }), failed: false };
    if (typeof result.title === 'string')
      return { text: t('Looked at: {title}', { title: result.title }), failed: false };
  }
  const name = call.name.replace(/_/g, ' ');
  return { text: name.charAt(0).toUpperCase() + name.slice(1), failed: false };
}
