// The contract every chat agent implements (the built-in offline one and the model-backed one):
// one user turn in, a reply and the tool calls it made out. Tools run through the caller's ToolRunner.
import type { DateOrder } from '#shared/quickadd/quickadd.js';

export interface ToolCallRecord {
  name: string;
  arguments: Record<string, unknown>;
  result: unknown;
}
/**
 * What an agent waits for after its reply (a question it put, a proposal, the request it asked
 * about), as JSON data: stored with the reply and handed back with it on the next turn, so the
 * agent never has to recover it from the reply's wording. Its shape is the agent's own; an agent
 * that keeps none leaves it out.
 */
export type AgentState = { [key: string]: unknown };
export interface HistoryMessage {
  role: 'user' | 'assistant';
  content: string;
  tool_calls?: ToolCallRecord[];
  /** The state the agent left with this reply (assistant messages only). */
  state?: AgentState;
}
/** Runs one tool for the caller; isError with a message result when the tool refused (bad args, not found). */
export type ToolRunner = (
  name: string,
  args: Record<string, unknown>,
) => Promise<{ result: unknown; isError: boolean }>;
export interface AgentInput {
  userId: string;
  message: string;
  history: HistoryMessage[];
  now: Date;
  timeZone: string;
  /**
   * The account's order of numeric dates ("12/6"), as its quick add reads them; absent, a numeric
   * date is not read as one.
   */
  dateOrder?: DateOrder;
  callTool: ToolRunner;
  /** Pieces of the answer as the agent produces them (agents that stream); joined, they are `response`. */
  onDelta?: (text: string) => void;
}
export interface AgentOutput {
  response: string;
  tool_calls: ToolCallRecord[];
  /** What the agent waits for next turn; stored with the reply (see AgentState). */
  state?: AgentState;
}
export interface Agent {
  readonly name: string;
  run(input: AgentInput): Promise<AgentOutput>;
}

/**
 * What a model reads from one message in plan mode (server/features/assistant/plan.ts asks for it
 * as JSON): the built-in assistant's executor carries it out (rules-assistant: carryOutPlan).
 */
export interface Plan {
  intent: 'add' | 'complete' | 'delete' | 'reopen' | 'update' | 'skip' | 'list' | 'other';
  /** Words of an existing task's title, as said. */
  task: string | null;
  /** "the second one": its place (from 1) in the list last shown. */
  position: number | null;
  /** The new task's title, or a task's new title. */
  title: string | null;
  /** The due moment as said, in English words ("next friday at 5pm", "every monday"). */
  when: string | null;
  priority: 'none' | 'low' | 'medium' | 'high' | null;
  tags: string[];
  /** What a list asks for. */
  status: 'all' | 'pending' | 'completed' | null;
  due: 'today' | 'overdue' | 'week' | null;
}

/**
 * Carries out one turn from a plan: answers to a question the last reply put first, else the plan
 * `read` gives (null: none). Given to the model agent by the composition root (server/app.ts).
 */
export type PlanExecutor = (input: AgentInput, read: () => Promise<Plan | null>) => Promise<AgentOutput>;
