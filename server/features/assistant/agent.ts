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

/** A task the conversation is about, as the tools named it. */
export interface FocusTask {
  id: number;
  title: string;
}
/**
 * The task or tasks a conversation is about after a turn: those the turn added, changed, completed
 * or reopened, else the tasks it showed (a listing's in order, or one found alone), else the focus
 * before it. "it", "that one", "the second one", "the last three", a correction ("no, thursday
 * instead") and a bare change ("friday") are read against it, by either agent; each stores it in its
 * state (`state.focus`) with the reply.
 */
export interface Focus {
  tasks: FocusTask[];
  /** What the turn that set it did: the last change made, or `shown` (one task) / `listed` (several). */
  did: 'added' | 'changed' | 'completed' | 'reopened' | 'shown' | 'listed';
}

const DID: Record<string, Focus['did']> = {
  created: 'added',
  updated: 'changed',
  completed: 'completed',
  reopened: 'reopened',
  skipped: 'changed',
};
const SHOWN_AT_MOST = 25;

function taskOf(value: unknown): FocusTask | null {
  const t = value as { id?: unknown; task_id?: unknown; title?: unknown } | null;
  const id = typeof t?.task_id === 'number' ? t.task_id : t?.id;
  return typeof id === 'number' && typeof t?.title === 'string' ? { id, title: t.title } : null;
}

/** The tasks a read answered (list_tasks: an array; search_tasks: `{tasks}`), or null for another call. */
function itemsRead(call: ToolCallRecord): FocusTask[] | null {
  if (call.name !== 'list_tasks' && call.name !== 'search_tasks') return null;
  const r = call.result as unknown;
  const items = Array.isArray(r) ? r : (r as { tasks?: unknown } | null)?.tasks;
  return Array.isArray(items) ? items.map(taskOf).filter((t): t is FocusTask => t !== null) : null;
}

/** The task a get_task call found, as [id, task] (none when it failed). */
function lookedUp(call: ToolCallRecord): [number, FocusTask][] {
  const task = taskOf(call.result);
  return task ? [[task.id, task]] : [];
}

/**
 * The focus after a turn's calls. `shown`: the tasks the reply numbered, when the agent says so (the
 * built-in one: its reads are its own lookups, and only a read that found one task shows it); absent,
 * the last read's tasks are what the person was shown (a model's reads are its answer's).
 */
export function focusAfter(
  calls: ToolCallRecord[],
  before: Focus | null,
  shown?: FocusTask[] | null,
): Focus | null {
  const changed: FocusTask[] = [];
  let did: Focus['did'] | null = null;
  const deleted = new Set<number>();
  for (const call of calls) {
    const r = call.result as { status?: unknown } | null;
    const task = taskOf(r);
    if (!task || typeof r?.status !== 'string') continue;
    if (r.status === 'deleted') deleted.add(task.id);
    const made = DID[r.status];
    if (!made) continue;
    did = made;
    const at = changed.findIndex((t) => t.id === task.id);
    if (at >= 0) changed.splice(at, 1);
    changed.push(task);
  }
  if (did) return { tasks: changed, did };
  if (shown && shown.length > 0)
    return { tasks: shown.slice(0, SHOWN_AT_MOST), did: shown.length === 1 ? 'shown' : 'listed' };
  const reads = calls.map(itemsRead).filter((items): items is FocusTask[] => items !== null);
  // "when is X?", "have I paid X?": a turn that looked up one task alone (get_task) showed it.
  const looked = new Map(calls.filter((c) => c.name === 'get_task').flatMap((c) => lookedUp(c)));
  if (looked.size === 1 && !(shown && shown.length > 0)) reads.push([...looked.values()]);
  const read = shown === undefined ? reads.at(-1) : reads.find((items) => items.length === 1);
  if (read && read.length > 0 && (shown === undefined || read.length === 1))
    return { tasks: read.slice(0, SHOWN_AT_MOST), did: read.length === 1 ? 'shown' : 'listed' };
  if (!before) return null;
  const kept = before.tasks.filter((t) => !deleted.has(t.id));
  return kept.length > 0 ? { ...before, tasks: kept } : null;
}

function isFocus(value: unknown): value is Focus {
  const f = value as Partial<Focus> | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    typeof f.did === 'string' &&
    Array.isArray(f.tasks) &&
    f.tasks.every((t) => taskOf(t) !== null)
  );
}

/**
 * The conversation's focus: the one the latest reply stored (a stored state is checked, not
 * trusted), else, for replies stored without one, read from their calls, latest first.
 */
export function focusIn(history: HistoryMessage[]): Focus | null {
  for (const message of [...history].reverse()) {
    if (message.role !== 'assistant') continue;
    if (message.state && 'focus' in message.state)
      return isFocus(message.state.focus) ? message.state.focus : null;
    const read = focusAfter(message.tool_calls ?? [], null);
    if (read) return read;
  }
  return null;
}

/** The focus in words for a model, beside the tools: what "it" and "the second one" refer to. */
export function focusLine(focus: Focus | null): string | null {
  if (!focus) return null;
  const named = focus.tasks.map((t, i) => `${i + 1}. task_id ${t.id} "${t.title}"`).join('; ');
  const what =
    focus.did === 'listed'
      ? 'The tasks just shown, in order (what "the second one" or "the last two" mean)'
      : `The task${focus.tasks.length > 1 ? 's' : ''} just ${focus.did} (what "it", "that one" or a bare change like "make it friday" or "no, thursday instead" refer to)`;
  return `${what}: ${named}.`;
}
