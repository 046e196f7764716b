// The model-backed agent: a tool-calling loop over any OpenAI-compatible Chat Completions
// endpoint (the client is `completions.ts`). Our own loop rather than the OpenAI Agents SDK:
// every @openai/agents release pulls openai 7, which requires Node 22 (we support Node 20.19+),
// and its default Responses API is not served by most local model servers, while Chat
// Completions with tools is. The tools are ours, called through the caller's ToolRunner (an
// in-process MCP client), so the model can only do what the user could do. Text is passed on as
// it arrives; tool calls run only once the model's whole message has been read.
import { z } from 'zod';
import type { Agent, AgentInput, AgentOutput, ToolCallRecord } from './agent.js';
import {
  type ChatMessage,
  chatCompletions,
  type FunctionTool,
  ModelError,
  type ModelSettings,
} from './completions.js';
import { TOOLS } from './tools.js';

// The agent fails with the client's ModelError (chat turns it into a friendly answer).
export { ModelError, type ModelSettings } from './completions.js';

const MAX_ROUNDS = 8;
const HISTORY_TURNS = 20;

/** The tools as Chat Completions function definitions (JSON Schema from the same zod shapes). */
const FUNCTIONS: FunctionTool[] = TOOLS.map((tool) => ({
  type: 'function',
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
    'Lists can be shared: list_lists gives your role in each; list_members, list_activity, assign_task and ' +
      'comment_on_task work on them. A refusal with code AUTH_FORBIDDEN means the user can only view that ' +
      'list: say so, and do not try another way to change it.',
    'After acting, confirm in one short friendly sentence naming the task. Answer in the user’s language.',
  ].join('\n');
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
  const complete = chatCompletions(settings, fetchImpl);
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
        const reply = await complete({ messages, tools: FUNCTIONS }, signal, answer.add).catch(
          (err: unknown) => {
            // Report what was already done: those actions happened (each tool call is atomic).
            throw Object.assign(err instanceof ModelError ? err : new ModelError(String(err)), { calls });
          },
        );
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
