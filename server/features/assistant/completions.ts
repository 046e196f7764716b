// The HTTP client of an OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, vLLM, LM
// Studio, OpenRouter): one request, its answer read as an event stream (parsed by
// eventsource-parser) or, for servers that ignore `stream`, as one JSON completion. Text is passed
// on as it arrives; tool calls are pieced together and handed over only with the whole message.
import { createParser } from 'eventsource-parser';
import { z } from 'zod';

export interface ModelSettings {
  apiKey: string | undefined;
  baseUrl: string;
  name: string;
  timeoutMs: number;
}

/** The model could not be used (unreachable, refused, timed out, or answered nonsense). */
export class ModelError extends Error {
  override name = 'ModelError';
}

/** More than any real answer; a guard against an endpoint that never stops sending. */
const MAX_REPLY_BYTES = 2_000_000;

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

/** A function the model may call, as Chat Completions describes it. */
export interface FunctionTool {
  type: 'function';
  function: { name: string; description: string; parameters: unknown };
}

/** One whole assistant message of the model: its text and the tool calls it asks for. */
export interface ModelReply {
  content: string;
  toolCalls: { id: string; name: string; arguments: string }[];
  finishReason: string;
}

/** A complete (non-streamed) answer, for servers that ignore `stream`. */
const CompletionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullish(),
          tool_calls: z
            .array(
              z.object({
                id: z.string(),
                type: z.literal('function').optional(),
                function: z.object({ name: z.string(), arguments: z.string().optional() }),
              }),
            )
            .nullish(),
        }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
});

/** One `data:` chunk of a streamed answer. Tool calls arrive in pieces, matched by index. */
const ChunkSchema = z.object({
  choices: z.array(
    z.object({
      index: z.number().int().optional(),
      delta: z
        .object({
          content: z.string().nullish(),
          tool_calls: z
            .array(
              z.object({
                index: z.number().int().min(0).max(127).optional(),
                id: z.string().nullish(),
                function: z.object({ name: z.string().nullish(), arguments: z.string().nullish() }).nullish(),
              }),
            )
            .nullish(),
        })
        .nullish(),
      finish_reason: z.string().nullish(),
    }),
  ),
});

/** The text of a JSON completion, in one piece. */
function jsonReply(text: string, onText: (piece: string) => void): ModelReply {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ModelError('the model answered something that is not a chat completion');
  }
  const parsed = CompletionSchema.safeParse(json);
  if (!parsed.success) throw new ModelError('the model answered something that is not a chat completion');
  const choice = parsed.data.choices[0]!;
  if (choice.message.content) onText(choice.message.content);
  return {
    content: choice.message.content ?? '',
    toolCalls: (choice.message.tool_calls ?? []).map((c) => ({
      id: c.id,
      name: c.function.name,
      arguments: c.function.arguments ?? '',
    })),
    finishReason: choice.finish_reason ?? 'stop',
  };
}

/** Reads a streamed message, text to `onText` as it arrives, tool calls pieced together by index. */
class StreamedReply {
  content = '';
  finishReason: string | null = null;
  private readonly calls = new Map<number, { id: string; name: string; arguments: string }>();

  constructor(private readonly onText: (piece: string) => void) {}

  /** Takes one `data:` payload; true when the message is complete. */
  take(data: string): boolean {
    if (data === '[DONE]') return true;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      throw new ModelError('the model sent a malformed stream chunk');
    }
    // Some servers report a failure mid-stream as a chunk with an error instead of choices.
    if (json && typeof json === 'object' && 'error' in json && json.error) {
      throw new ModelError('the model reported an error mid-answer');
    }
    const chunk = ChunkSchema.safeParse(json);
    if (!chunk.success) throw new ModelError('the model sent a malformed stream chunk');
    const choice = chunk.data.choices.find((c) => (c.index ?? 0) === 0);
    if (!choice) return false; // e.g. a usage or content-filter chunk
    const delta = choice.delta;
    if (delta?.content) {
      this.content += delta.content;
      this.onText(delta.content);
    }
    for (const piece of delta?.tool_calls ?? []) {
      const index = piece.index ?? this.indexWithoutIndex(piece.id);
      const call = this.calls.get(index) ?? { id: '', name: '', arguments: '' };
      if (piece.id && !call.id) call.id = piece.id;
      call.name += piece.function?.name ?? '';
      call.arguments += piece.function?.arguments ?? '';
      this.calls.set(index, call);
    }
    if (choice.finish_reason) {
      this.finishReason = choice.finish_reason;
      return true;
    }
    return false;
  }

  /** Servers that leave out `index`: a new id starts a call, anything else continues the last. */
  private indexWithoutIndex(id: string | null | undefined): number {
    const ids = [...this.calls.entries()];
    const same = ids.find(([, c]) => id && c.id === id);
    if (same) return same[0];
    if (id || ids.length === 0) return ids.length;
    return ids.length - 1;
  }

  result(): ModelReply {
    const toolCalls = [...this.calls.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, c]) => ({ ...c, id: c.id || `call_${index}` }));
    return { content: this.content, toolCalls, finishReason: this.finishReason ?? 'stop' };
  }
}

/** The model's whole message, from an event stream or (servers that ignore `stream`) one JSON completion. */
async function readReply(
  body: ReadableStream<Uint8Array>,
  onText: (piece: string) => void,
): Promise<ModelReply> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  let received = 0;
  const more = async () => {
    const { value, done } = await reader.read();
    received += value?.length ?? 0;
    if (received > MAX_REPLY_BYTES) throw new ModelError('the model answered far too much');
    buffer += decoder.decode(value, { stream: !done });
    ended = done;
  };
  try {
    while (!ended && buffer.trim() === '') await more();
    if (buffer.trimStart().startsWith('{')) {
      while (!ended) await more();
      return jsonReply(buffer, onText);
    }
    const reply = new StreamedReply(onText);
    let complete = false;
    // Only `data` matters: event names, ids, retry and comments (keep-alives) carry nothing we use.
    const parser = createParser({
      onEvent: ({ data }) => {
        if (!complete) complete = reply.take(data);
      },
    });
    for (;;) {
      parser.feed(buffer);
      buffer = '';
      if (complete) return reply.result();
      if (ended) {
        // The last event counts even without the blank line that should end it.
        parser.feed('\n\n');
        if (complete) return reply.result();
        throw new ModelError('the model stopped before finishing its answer');
      }
      await more();
    }
  } finally {
    // Stops the transfer when the message was complete before the body was (usage chunks, [DONE]).
    reader.cancel().catch(() => {});
  }
}

/** Sends Chat Completions requests to one endpoint with one model. */
export function chatCompletions(settings: ModelSettings, fetchImpl: typeof fetch = fetch) {
  /** Asks for the model's next message, streamed: its text goes to `onText` as it arrives. */
  return async function complete(
    request: { messages: ChatMessage[]; tools: FunctionTool[] },
    signal: AbortSignal,
    onText: (piece: string) => void,
  ): Promise<ModelReply> {
    let response: Response;
    try {
      response = await fetchImpl(`${settings.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream, application/json',
          ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: settings.name,
          messages: request.messages,
          tools: request.tools,
          tool_choice: 'auto',
          temperature: 0,
          stream: true,
        }),
        signal,
      });
    } catch (err) {
      throw new ModelError(
        signal.aborted ? 'the model did not answer in time' : 'the model could not be reached',
        { cause: err },
      );
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new ModelError(`the model answered HTTP ${response.status}`);
    }
    let reply: ModelReply;
    try {
      reply = await readReply(response.body, onText);
    } catch (err) {
      if (err instanceof ModelError) throw err;
      throw new ModelError(
        signal.aborted ? 'the model did not answer in time' : 'the model’s answer broke off',
        { cause: err },
      );
    }
    // A message cut off at the token limit may hold half an action: never run it.
    if (reply.finishReason === 'length' && reply.toolCalls.length > 0) {
      throw new ModelError('the model’s answer was cut off before its actions were complete');
    }
    return reply;
  };
}
