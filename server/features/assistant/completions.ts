// The HTTP client of an OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, llama.cpp's
// server, vLLM, LM Studio, OpenRouter): one request, its answer read as an event stream (parsed by
// eventsource-parser) or as one JSON completion (asked for with `stream: false`, or sent by a server
// that ignores `stream`). Text is passed on as it arrives; tool calls are pieced together and handed
// over only with the whole message. A streamed answer that starts like a tool call written as text
// (`{`, `[`, `<tool_call>`: what a server that drops streamed tool calls sends) is held back, and
// when it ends without tool calls the same request is sent once more, not streamed
// (docs/decisions/0158-model-path-for-local-servers.md).
import { createParser } from 'eventsource-parser';
import { z } from 'zod';

export interface ModelSettings {
  apiKey: string | undefined;
  baseUrl: string;
  name: string;
  timeoutMs: number;
  /**
   * Streamed answers: 'on', 'off', or 'auto' (the default): streamed unless the server is one known
   * to drop streamed tool calls (Ollama, found by its /api/version: probe.ts).
   */
  stream?: 'auto' | 'on' | 'off';
  /** The context length asked of Ollama (`options.num_ctx`); sent only to Ollama. */
  numCtx?: number | undefined;
  /** How the model is used: the tool agent, the structured plan, or chosen by a probe ('auto'). */
  mode?: 'agent' | 'plan' | 'auto';
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
  signal: AbortSignal,
  onText: (piece: string) => void,
): Promise<ModelReply> {
  const reader = body.getReader();
  // The turn's deadline stops the read itself: fetch passes an abort on to a body only while its
  // request object lives, and a collected one left a stalled stream waiting forever.
  const stop = () => void reader.cancel(signal.reason).catch(() => {});
  signal.addEventListener('abort', stop, { once: true });
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  let received = 0;
  const more = async () => {
    signal.throwIfAborted();
    const { value, done } = await reader.read();
    signal.throwIfAborted();
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
    signal.removeEventListener('abort', stop);
    // Stops the transfer when the message was complete before the body was (usage chunks, [DONE]).
    reader.cancel().catch(() => {});
  }
}

/** One request of the model: the conversation, and the tools or the JSON schema of its answer. */
export interface CompletionRequest {
  messages: ChatMessage[];
  tools?: FunctionTool[];
  /** `response_format: { type: 'json_schema', ... }`: the answer is one JSON object of this schema. */
  schema?: { name: string; schema: unknown };
}

/** How one endpoint is spoken to, as the probe found it (probe.ts). */
export interface ServerTraits {
  /** Ollama: streamed tool calls are unreliable, `tool_choice` is ignored, `options.num_ctx` is read. */
  ollama: boolean;
}

/** Text that may be a tool call written out as text: held back until the message shows what it is. */
const LOOKS_LIKE_A_CALL = /^\s*(?:[[{]|<tool_call>|<\|tool)/u;
const WRITTEN_CALL =
  /^\s*(?:<tool_call>|<\|tool|\{\s*"(?:name|function|tool_calls?)"\s*:|\[\s*\{\s*"(?:name|function)"\s*:)/u;

/**
 * Whether a streamed message that arrived without tool calls looks like one that should have had
 * them: its finish reason says so, or its text is a call written out (`{"name": ...}`,
 * `<tool_call>`), or it is empty. Such a message is asked for again, not streamed.
 */
export function droppedToolCalls(reply: ModelReply): boolean {
  if (reply.toolCalls.length > 0) return false;
  return (
    reply.finishReason === 'tool_calls' || reply.content.trim() === '' || WRITTEN_CALL.test(reply.content)
  );
}

/** Sends Chat Completions requests to one endpoint with one model. */
export function chatCompletions(
  settings: ModelSettings,
  fetchImpl: typeof fetch = fetch,
  traits: ServerTraits = { ollama: false },
) {
  const streamed = settings.stream === 'on' || (settings.stream !== 'off' && !traits.ollama);
  /**
   * Asks for the model's next message: its text goes to `onText` as it arrives (all at once when
   * not streamed). A streamed message with tools asked for that arrives without tool calls but
   * looks like it dropped them (droppedToolCalls) is asked for once more, not streamed; its held
   * back text is never passed on.
   */
  return async function complete(
    request: CompletionRequest,
    signal: AbortSignal,
    onText: (piece: string) => void,
  ): Promise<ModelReply> {
    if (!streamed || !request.tools?.length || request.schema) return send(request, signal, onText, streamed);
    const held = heldText(onText);
    const reply = await send(request, signal, held.add, true);
    if (!droppedToolCalls(reply) || held.passed) {
      held.flush();
      return reply;
    }
    return send(request, signal, onText, false);
  };

  async function send(
    request: CompletionRequest,
    signal: AbortSignal,
    onText: (piece: string) => void,
    stream: boolean,
  ): Promise<ModelReply> {
    let response: Response;
    try {
      response = await fetchImpl(`${settings.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: stream ? 'text/event-stream, application/json' : 'application/json',
          ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
        },
        body: JSON.stringify(requestBody(settings, traits, request, stream)),
        signal,
        redirect: 'error',
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
      reply = await readReply(response.body, signal, onText);
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
  }
}

/** The JSON body of one request; fields a server does not know are sent only to servers that read them. */
export function requestBody(
  settings: ModelSettings,
  traits: ServerTraits,
  request: CompletionRequest,
  stream: boolean,
): Record<string, unknown> {
  return {
    model: settings.name,
    messages: request.messages,
    ...(request.tools?.length
      ? // Ollama ignores tool_choice; "auto" is every other server's default too, said for clarity.
        { tools: request.tools, ...(traits.ollama ? {} : { tool_choice: 'auto' }) }
      : {}),
    ...(request.schema
      ? {
          response_format: {
            type: 'json_schema',
            json_schema: { name: request.schema.name, strict: true, schema: request.schema.schema },
          },
        }
      : {}),
    temperature: 0,
    stream,
    ...(traits.ollama && settings.numCtx ? { options: { num_ctx: settings.numCtx } } : {}),
  };
}

/**
 * Text passed on as it arrives, except a message that starts like a tool call written as text:
 * that is held until flush (or dropped, when the message is asked for again).
 */
function heldText(onText: (piece: string) => void) {
  let buffer = '';
  let passing = false;
  return {
    get passed() {
      return passing;
    },
    add(piece: string) {
      if (passing) return onText(piece);
      buffer += piece;
      if (buffer.trim() === '' || LOOKS_LIKE_A_CALL.test(buffer)) return;
      passing = true;
      onText(buffer);
      buffer = '';
    },
    flush() {
      if (buffer) onText(buffer);
      buffer = '';
    },
  };
}
