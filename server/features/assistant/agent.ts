// The contract every chat agent implements (the built-in offline one and the model-backed one):
// one user turn in, a reply and the tool calls it made out. Tools run through the caller's ToolRunner.
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
