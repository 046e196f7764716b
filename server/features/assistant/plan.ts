// The structured plan mode, for small local models that call tools poorly: one request whose answer
// is a JSON object of PlanSchema (`response_format: json_schema`, which Ollama, llama.cpp's server,
// vLLM, LM Studio and OpenAI all constrain decoding to), carried out by the built-in assistant's
// executor (rules-assistant: carryOutPlan, given by server/app.ts as the PlanExecutor): dates read by the quick add reader, tasks found by the
// same matcher, deletions asked about first, questions answered from the tools' results. The
// model's words are never the answer.
import { z } from 'zod';
import type { AgentInput, AgentOutput, Plan, PlanExecutor } from './agent.js';
import { type ChatMessage, type chatCompletions, ModelError, type ModelSettings } from './completions.js';
import { estimateTokens, todayLine } from './prompt.js';

/** The plan's shape, as the model is asked to answer and as its answer is checked. */
export const PlanSchema = z
  .object({
    intent: z.enum(['add', 'complete', 'delete', 'reopen', 'update', 'skip', 'list', 'other']),
    task: z.string().max(200).nullable(),
    position: z.number().int().min(1).max(100).nullable(),
    title: z.string().max(200).nullable(),
    when: z.string().max(100).nullable(),
    priority: z.enum(['none', 'low', 'medium', 'high']).nullable(),
    tags: z.array(z.string().max(32)).max(10),
    status: z.enum(['all', 'pending', 'completed']).nullable(),
    due: z.enum(['today', 'overdue', 'week']).nullable(),
  })
  .strict() satisfies z.ZodType<Plan>;

const PLAN_JSON_SCHEMA = z.toJSONSchema(PlanSchema, { target: 'draft-7' }) as Record<string, unknown>;
delete PLAN_JSON_SCHEMA.$schema;

const HISTORY_TURNS = 6;

const INSTRUCTIONS = [
  'You read one message to a task manager and answer only with JSON in the given schema.',
  'intent: add (a new task), complete, delete, reopen (undo done), update (change a task), skip (skip',
  'one occurrence of a repeating task), list (show or ask about tasks), other (anything else).',
  'task: words of the existing task it is about, as said (null for add). position: for "the second',
  'one", its number in the list shown last. title: the new task title (add) or a new title (update).',
  'when: the due date or time as said, in English words like "tomorrow 5pm", "next friday",',
  '"every monday at 9am"; null if none. priority, tags: only if said. For list: status, due, and',
  'task for words to look for. Write titles in the language of the message. Never invent facts.',
];

function planPrompt(input: Pick<AgentInput, 'now' | 'timeZone'>): string {
  return [...INSTRUCTIONS, todayLine(input)].join('\n');
}

/** The plan prompt and its schema in estimated tokens (the eval prints it). */
export function planPromptTokens(): number {
  return (
    estimateTokens(planPrompt({ now: new Date(0), timeZone: 'Asia/Karachi' })) +
    estimateTokens(JSON.stringify(PLAN_JSON_SCHEMA))
  );
}

/** The plan in a model's answer: its JSON (a fenced block too), checked; null when there is none. */
export function readPlan(text: string): Plan | null {
  const body = /```(?:json)?\s*([\s\S]*?)```/u.exec(text)?.[1] ?? text;
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  try {
    const parsed = PlanSchema.safeParse(JSON.parse(body.slice(start, end + 1)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** One turn in plan mode: the model reads the message into a plan, the executor carries it out. */
export async function planTurn(
  complete: ReturnType<typeof chatCompletions>,
  settings: ModelSettings,
  input: AgentInput,
  carryOutPlan: PlanExecutor,
): Promise<AgentOutput> {
  return carryOutPlan(input, async () => {
    const signal = AbortSignal.timeout(settings.timeoutMs);
    const messages: ChatMessage[] = [
      { role: 'system', content: planPrompt(input) },
      ...input.history.slice(-HISTORY_TURNS).map((m) => ({ role: m.role, content: m.content })),
      { role: 'user', content: input.message },
    ];
    const reply = await complete(
      { messages, schema: { name: 'plan', schema: PLAN_JSON_SCHEMA } },
      signal,
      () => {},
    );
    if (reply.finishReason === 'length') throw new ModelError('the model’s plan was cut off');
    return readPlan(reply.content);
  });
}
