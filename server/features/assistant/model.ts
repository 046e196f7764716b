// The model-backed agent, in one of two modes (chosen by the settings or, for 'auto', by the probe
// of probe.ts): the tool agent below, or the structured plan (plan.ts) for small local models.
// The tool agent: a tool-calling loop over any OpenAI-compatible Chat Completions
// endpoint (the client is `completions.ts`). Our own loop rather than the OpenAI Agents SDK:
// every @openai/agents release pulls openai 7, which requires Node 22 (we support Node 20.19+),
// and its default Responses API is not served by most local model servers, while Chat
// Completions with tools is. The tools are ours, called through the caller's ToolRunner (an
// in-process MCP client), so the model can only do what the user could do. Text is passed on as
// it arrives; tool calls run only once the model's whole message has been read.
import { z } from 'zod';
import {
  type Agent,
  type AgentInput,
  type AgentOutput,
  focusAfter,
  focusIn,
  focusLine,
  type PlanExecutor,
  type ToolCallRecord,
} from './agent.js';
import {
  type ChatMessage,
  chatCompletions,
  type FunctionTool,
  ModelError,
  type ModelSettings,
  type ServerTraits,
} from './completions.js';
import { planTurn } from './plan.js';
import { probeServer } from './probe.js';
import { estimateTokens, todayLine } from './prompt.js';
import { TOOLS } from './tools.js';

// The agent fails with the client's ModelError (chat turns it into a friendly answer).
export { ModelError, type ModelSettings } from './completions.js';

const MAX_ROUNDS = 8;
const HISTORY_TURNS = 20;

/**
 * The tools a model is given: the task tools people ask for in chat, without the list tools and
 * the reads of comments, activity, members, tags and one task (search_tasks finds tasks; MCP
 * clients get all of them). Fewer tools, shorter schemas: the system prompt and the tools stay
 * under about 1,500 tokens (agentPromptTokens), so a local server's short default context does not
 * cut them.
 */
const MODEL_TOOLS = new Set([
  'add_task',
  'add_task_details',
  'search_tasks',
  'complete_task',
  'delete_task',
  'reopen_task',
  'update_task',
  'set_task_details',
  'skip_occurrence',
  'move_task',
  'add_subtask',
  'assign_task',
]);

/** JSON Schema keywords a model does not need: the tools check every limit themselves. */
const LIMIT_KEYWORDS = new Set([
  '$schema',
  'additionalProperties',
  'minLength',
  'maxLength',
  'maxItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
]);

/**
 * Arguments a model is not shown (the tools still take them): `user_id` (the agent adds it), and
 * options people rarely ask for in chat.
 */
const UNSHOWN = new Set(['user_id', 'view', 'parent_id', 'limit', 'assigned', 'recurrence_from', 'sort']);

/** Argument descriptions the tool's own description already says. */
const DROPPED_WORDS =
  /^(?:The task id|Reminders, each|Due (?:at or after|before) this date|A section of|The list to add it to|A list of yours by name|null stops the task recurring)/u;

/** Shorter words for the longest tool descriptions (MCP clients get the full ones). */
const SHORTER: Record<string, string> = {
  search_tasks: 'Find tasks by title words (query) and filters; due_after/due_before take YYYY-MM-DD.',
  set_task_details:
    "Change a task's priority, tags (the whole list), due_date or due_at, recurrence, reminders (the whole list), duration, deadline or section (by name); null clears.",
  assign_task: 'Assign a task in a shared list to "me" or a member by name or email; null unassigns.',
  add_task_details:
    'Create a task with priority, tags, due_date or due_at, recurrence, reminders, duration, deadline, and a list and section by name (default: the Inbox).',
  move_task:
    'Move a task and its subtasks to a list by name or "inbox", and to a section of it by name if given.',
};

/** A tool's JSON Schema as the model sees it: no limits, no unshown arguments, no "The task id". */
export function compactSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(compactSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (LIMIT_KEYWORDS.has(key)) continue;
    if (key === 'description' && DROPPED_WORDS.test(String(value))) continue;
    if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => !UNSHOWN.has(k))
          .map(([k, v]) => [k, compactSchema(v)]),
      );
    } else if (key === 'required' && Array.isArray(value)) {
      out[key] = value.filter((k) => !UNSHOWN.has(k));
    } else out[key] = compactSchema(value);
  }
  return out;
}

/**
 * Each argument description said once: a later tool's argument whose words an earlier tool already
 * gave (set_task_details after add_task_details) leaves them out.
 */
function sayOnce(schema: unknown, said: Set<string>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => sayOnce(item, said));
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' && typeof value === 'string') {
      if (said.has(value)) continue;
      said.add(value);
      out[key] = value;
    } else out[key] = sayOnce(value, said);
  }
  return out;
}

const saidArguments = new Set<string>();

/** The tools as Chat Completions function definitions (JSON Schema from the same zod shapes). */
export const FUNCTIONS: FunctionTool[] = TOOLS.filter((tool) => MODEL_TOOLS.has(tool.name)).map((tool) => ({
  type: 'function',
  function: {
    name: tool.name,
    description: SHORTER[tool.name] ?? tool.description,
    parameters: sayOnce(compactSchema(z.toJSONSchema(tool.input, { target: 'draft-7' })), saidArguments),
  },
}));

function systemPrompt(input: AgentInput): string {
  return [
    'You are the assistant of Doable, a task manager. Manage the user’s tasks with the tools.',
    todayLine(input),
    'Find tasks named by words or position with search_tasks before acting on them.',
    'If several tasks match, ask which one; if none, say so. Never guess an id.',
    'A refusal with code AUTH_FORBIDDEN means the user can only view that list: say so.',
    'After acting, confirm in one short sentence naming the task. Answer in the user’s language.',
  ].join('\n');
}

/** The agent's fixed prompt (system prompt and tool definitions) in estimated tokens. */
export function agentPromptTokens(): number {
  const sample = systemPrompt({ now: new Date(0), timeZone: 'Asia/Karachi' } as AgentInput);
  return estimateTokens(sample) + estimateTokens(JSON.stringify(FUNCTIONS));
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

/** The mode and the server's traits a turn is run with: the settings', or the probe's when 'auto'. */
export async function resolveModel(
  settings: ModelSettings,
  fetchImpl: typeof fetch = fetch,
): Promise<{ mode: 'agent' | 'plan'; traits: ServerTraits }> {
  const mode = settings.mode ?? 'auto';
  const stream = settings.stream ?? 'auto';
  // A probe is needed only for what 'auto' leaves open, or to send Ollama its num_ctx.
  if (mode !== 'auto' && stream !== 'auto' && !settings.numCtx) return { mode, traits: { ollama: false } };
  const probed = await probeServer(settings, fetchImpl);
  return { mode: mode === 'auto' ? probed.mode : mode, traits: { ollama: probed.ollama } };
}

/**
 * The model agent. `carryOutPlan` is the built-in assistant's executor of plans (rules-assistant's
 * carryOutPlan, given by the composition root: features do not import the rules assistant).
 */
export function modelAgent(
  settings: ModelSettings,
  carryOutPlan: PlanExecutor,
  fetchImpl: typeof fetch = fetch,
): Agent {
  return {
    name: `model:${settings.name}`,
    async run(input: AgentInput): Promise<AgentOutput> {
      const { mode, traits } = await resolveModel(settings, fetchImpl);
      const complete = chatCompletions(settings, fetchImpl, traits);
      if (mode === 'plan') return planTurn(complete, settings, input, carryOutPlan);
      return agentTurn(complete, settings, input);
    },
  };
}

/** One turn of the tool agent: the model calls the tools until it answers. */
async function agentTurn(
  complete: ReturnType<typeof chatCompletions>,
  settings: ModelSettings,
  input: AgentInput,
): Promise<AgentOutput> {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  // The task or tasks in focus, beside the tools: "it" and "the second one" resolve as the built-in
  // assistant resolves them (the history given to the model is its words only).
  const focus = focusIn(input.history);
  const inFocus = focusLine(focus);
  const messages: ChatMessage[] = [
    { role: 'system', content: inFocus ? `${systemPrompt(input)}\n${inFocus}` : systemPrompt(input) },
    ...input.history.slice(-HISTORY_TURNS).map((m) => ({ role: m.role, content: m.content })),
    { role: 'user', content: input.message },
  ];
  const answer = answerText(input.onDelta);
  const calls: ToolCallRecord[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    answer.newRound();
    // Tool calls run only once the whole message has arrived and been read.
    const reply = await complete({ messages, tools: FUNCTIONS }, signal, answer.add).catch((err: unknown) => {
      // Report what was already done: those actions happened (each tool call is atomic).
      throw Object.assign(err instanceof ModelError ? err : new ModelError(String(err)), { calls });
    });
    if (reply.toolCalls.length === 0) {
      if (!answer.text) answer.add('Done.');
      return { response: answer.text, tool_calls: calls, state: { focus: focusAfter(calls, focus) } };
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
        // The model is not shown user_id (compactSchema): the caller's own is added; a model that
        // passes another is refused by the tool, as any MCP client would be.
        args = { user_id: input.userId, ...(raw as Record<string, unknown>) };
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
}
