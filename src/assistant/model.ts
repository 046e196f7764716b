// The model-backed agent: a tool-calling loop over any OpenAI-compatible Chat Completions
// endpoint (OpenAI, Ollama, vLLM, LM Studio, OpenRouter). Our own loop rather than the OpenAI
// Agents SDK: every @openai/agents release pulls openai 7, which requires Node 22 (we support
// Node 20.19+), and its default Responses API is not served by most local model servers, while
// Chat Completions with tools is. The tools are ours, called through the caller's ToolRunner
// (an in-process MCP client), so the model can only do what the user could do.
// Answers are requested streamed: text is passed on as it arrives, while tool calls are pieced
// together and run only once the model's whole message has been read.
import { z } from 'zod';
import type { Agent, AgentInput, AgentOutput, ToolCallRecord } from './agent.js';
import { TOOLS } from './tools.js';

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

const MAX_ROUNDS = 8;
const HISTORY_TURNS = 20;
/** More than any real answer; a guard against an endpoint that never stops sending. */
const MAX_REPLY_BYTES = 2_000_000;

interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

/** One whole assistant message of the model: its text and the tool calls it asks for. */
interface ModelReply {
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

/** The tools as Chat Completions function definitions (JSON Schema from the same zod shapes). */
const FUNCTIONS = TOOLS.map((tool) => ({
  type: 'function' as const,
  function: {
    name: tool.name,
    description: tool.description,
    parameters: z.toJSONSchema(tool.input, { target: 'draft-7' }),
  },
}));

function systemPrompt(input: AgentInput): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: input.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'long',
  }).format(input.now);
  return [
    'You are the assistant of Doable, a task manager. Manage the user’s tasks with the tools.',
    `The user's id is ${JSON.stringify(input.userId)}: pass it as user_id to every tool.`,
    `Now is ${input.now.toISOString()}; today is ${today} in the user's time zone ${input.timeZone}.`,
    'Find tasks named by words or position with list_tasks or search_tasks before acting on them.',
    'If several tasks match, ask which one; if none, say so. Never guess an id.',
    'After acting, confirm in one short friendly sentence naming the task. Answer in the user’s language.',
  ].join('\n');
}

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
    let data: string[] = [];
    for (;;) {
      // A trailing CR may be half of a CRLF: keep it until the next bytes say.
      const cut = !ended && buffer.endsWith('\r') ? buffer.length - 1 : buffer.length;
      const lines = buffer.slice(0, cut).split(/\r\n|\r|\n/);
      buffer = ended ? '' : `${lines.pop()}${buffer.slice(cut)}`;
      if (ended) lines.push('');
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0 && reply.take(data.join('\n'))) return reply.result();
          data = [];
        } else if (line.startsWith('data:')) {
          data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
        }
        // Other fields (event, id, retry) and comments (keep-alives) carry nothing we use.
      }
      if (ended) throw new ModelError('the model stopped before finishing its answer');
      await more();
    }
  } finally {
    // Stops the transfer when the message was complete before the body was (usage chunks, [DONE]).
    reader.cancel().catch(() => {});
  }
}

/**
 * The answer as the person reads it, built as pieces arrive: each round's text trimmed, rounds a
 * blank line apart. Whitespace is held back until text follows it, so what was forwarded is
 * always exactly the answer so far.
 */
function answerText(onDelta: ((text: string) => void) | undefined) {
  let text = '';
  let held = '';
  let roundStarted = false;
  return {
    get text() {
      return text;
    },
    newRound() {
      held = '';
      roundStarted = false;
    },
    add(piece: string) {
      const raw = roundStarted ? held + piece : (held + piece).trimStart();
      const body = raw.trimEnd();
      held = raw.slice(body.length);
      if (!body) return;
      const out = !roundStarted && text ? `\n\n${body}` : body;
      roundStarted = true;
      text += out;
      onDelta?.(out);
    },
  };
}

export function modelAgent(settings: ModelSettings, fetchImpl: typeof fetch = fetch): Agent {
  async function complete(
    messages: ChatMessage[],
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
          messages,
          tools: FUNCTIONS,
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
  }

  return {
    name: `model:${settings.name}`,
    async run(input: AgentInput): Promise<AgentOutput> {
      const signal = AbortSignal.timeout(settings.timeoutMs);
      const messages: ChatMessage[] = [
        { role: 'system', content: systemPrompt(input) },
        ...input.history.slice(-HISTORY_TURNS).map((m) => ({ role: m.role, content: m.content })),
        { role: 'user', content: input.message },
      ];
      const answer = answerText(input.onDelta);
      const calls: ToolCallRecord[] = [];
      for (let round = 0; round < MAX_ROUNDS; round++) {
        answer.newRound();
        // Tool calls run only once the whole message has arrived and been read.
        const reply = await complete(messages, signal, answer.add).catch((err: unknown) => {
          // Report what was already done: those actions happened (each tool call is atomic).
          throw Object.assign(err instanceof ModelError ? err : new ModelError(String(err)), { calls });
        });
        if (reply.toolCalls.length === 0) {
          if (!answer.text) answer.add('Done.');
          return { response: answer.text, tool_calls: calls };
        }
        messages.push({
          role: 'assistant',
          content: reply.content || null,
          tool_calls: reply.toolCalls.map((c) => ({
            id: c.id,
            type: 'function',
            function: { name: c.name, arguments: c.arguments || '{}' },
          })),
        });
        for (const call of reply.toolCalls) {
          let args: Record<string, unknown>;
          let outcome: { result: unknown; isError: boolean };
          try {
            const raw = JSON.parse(call.arguments || '{}');
            if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('not an object');
            args = raw as Record<string, unknown>;
            outcome = await input.callTool(call.name, args);
          } catch {
            args = {};
            outcome = { result: { error: 'arguments must be a JSON object' }, isError: true };
          }
          calls.push({ name: call.name, arguments: args, result: outcome.result });
          messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(outcome.result) });
        }
      }
      throw Object.assign(new ModelError('the model kept calling tools without answering'), { calls });
    },
  };
}
