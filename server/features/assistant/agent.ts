// The contract every chat agent implements (the built-in offline one and the model-backed one):
// one user turn in, a reply and the tool calls it made out. Tools run through the caller's ToolRunner.
export interface ToolCallRecord {
  name: string;
  arguments: Record<string, unknown>;
  result: unknown;
}
export interface HistoryMessage {
  role: 'user' | 'assistant';
  content: string;
  tool_calls?: ToolCallRecord[];
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
}
export interface Agent {
  readonly name: string;
  run(input: AgentInput): Promise<AgentOutput>;
}
