// The model-backed agent: a tool-calling loop over any OpenAI-compatible Chat Completions
// endpoint (OpenAI, Ollama, vLLM, LM Studio, OpenRouter). Our own loop rather than the OpenAI
// Agents SDK: every @openai/agents release pulls openai 7, which requires Node 22 (we support
// Node 20.19+), and its default Responses API is not served by most local model servers, while
// Chat Completions with tools is. The tools are ours, called through the caller's ToolRunner
// (an in-process MCP client), so the model can only do what the user could do.
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

interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

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
      }),
    )
    .min(1),
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

export function modelAgent(settings: ModelSettings, fetchImpl: typeof fetch = fetch): Agent {
  async function complete(messages: ChatMessage[], signal: AbortSignal) {
    let response: Response;
    try {
      response = await fetchImpl(`${settings.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: settings.name,
          messages,
          tools: FUNCTIONS,
          tool_choice: 'auto',
          temperature: 0,
        }),
        signal,
      });
    } catch (err) {
      throw new ModelError(
        signal.aborted ? 'the model did not answer in time' : 'the model could not be reached',
        {
          cause: err,
        },
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new ModelError(`the model answered HTTP ${response.status}`);
    }
    const parsed = CompletionSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new ModelError('the model answered something that is not a chat completion');
    return parsed.data.choices[0]!.message;
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
      const calls: ToolCallRecord[] = [];
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const reply = await complete(messages, signal).catch((err: unknown) => {
          // Report what was already done: those actions happened (each tool call is atomic).
          throw Object.assign(err instanceof ModelError ? err : new ModelError(String(err)), { calls });
        });
        if (!reply.tool_calls || reply.tool_calls.length === 0) {
          return { response: reply.content?.trim() || 'Done.', tool_calls: calls };
        }
        messages.push({
          role: 'assistant',
          content: reply.content ?? null,
          tool_calls: reply.tool_calls.map((c) => ({
            id: c.id,
            type: 'function',
            function: { name: c.function.name, arguments: c.function.arguments ?? '{}' },
          })),
        });
        for (const call of reply.tool_calls) {
          let args: Record<string, unknown>;
          let outcome: { result: unknown; isError: boolean };
          try {
            const raw = JSON.parse(call.function.arguments || '{}');
            if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('not an object');
            args = raw as Record<string, unknown>;
            outcome = await input.callTool(call.function.name, args);
          } catch {
            args = {};
            outcome = { result: { error: 'arguments must be a JSON object' }, isError: true };
          }
          calls.push({ name: call.function.name, arguments: args, result: outcome.result });
          messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(outcome.result) });
        }
      }
      throw Object.assign(new ModelError('the model kept calling tools without answering'), { calls });
    },
  };
}
