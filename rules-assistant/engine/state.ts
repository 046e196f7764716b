// What the built-in assistant leaves with a reply for the next turn (AgentOutput.state, stored with
// the message): the request it answered and the questions the reply put. The next turn reads this,
// never the reply's wording, to know what "yes", "the second one" or a bare name answers.
import type { AgentOutput, AgentState, HistoryMessage } from '../../server/features/assistant/agent.js';
import type { Lang } from './language.js';

/** A question a reply put. */
export type Ask =
  /** "Delete X?": "yes" deletes the tasks titled so (stages/deletes.ts). */
  | { kind: 'delete'; titles: string[] }
  /** "I would mark X done. Shall I?": "yes" carries out the request as read (stages/checkfirst.ts). */
  | { kind: 'check'; lang: Lang }
  /** "Add X as a new task?", "Did you mean X?": "yes" carries it out. */
  | { kind: 'proposal' }
  /** "Undo it by deleting X?". */
  | { kind: 'undo' }
  /** "What should I call the new list?". */
  | { kind: 'listName' }
  /** "Which one?" (or another question about which task is meant). */
  | { kind: 'which' };

/** The state of one reply: the person's message it answered, and what it asked. */
export interface Asked {
  request: string;
  asks: Ask[];
}

const KINDS = new Set(['delete', 'check', 'proposal', 'undo', 'listName', 'which']);

/** The questions a reply being put together has put so far (outputs carry them until the turn ends). */
export function asksOf(...outs: AgentOutput[]): Ask[] {
  return outs.flatMap((out) => {
    const asks = out.state?.asks;
    return Array.isArray(asks) ? (asks as Ask[]) : [];
  });
}

/** An output with the questions of the outputs it was made of (its text joins theirs). */
export function withAsks(out: AgentOutput, ...parts: AgentOutput[]): AgentOutput {
  const asks = asksOf(...parts);
  if (asks.length === 0) return out;
  return { ...out, state: { asks: [...asksOf(out), ...asks] } };
}

/** The turn's state as stored with its reply. */
export function finalState(request: string, out: AgentOutput): AgentOutput {
  const state: Asked = { request, asks: asksOf(out) };
  return { ...out, state: state as unknown as AgentState };
}

/** The state the last reply left, when the history ends with a request and its reply. */
export function lastAsked(history: HistoryMessage[]): Asked | null {
  const last = history.at(-1);
  const asked = history.at(-2);
  if (last?.role !== 'assistant' || asked?.role !== 'user') return null;
  const state = last.state;
  if (!state || typeof state.request !== 'string' || !Array.isArray(state.asks)) return null;
  const asks = (state.asks as unknown[]).filter(
    (a): a is Ask =>
      typeof a === 'object' && a !== null && KINDS.has((a as { kind?: unknown }).kind as string),
  );
  return { request: state.request, asks };
}

/** The question of this kind the last reply put, if it did. */
export function askOf<K extends Ask['kind']>(asked: Asked | null, kind: K): Extract<Ask, { kind: K }> | null {
  return (asked?.asks.find((a) => a.kind === kind) as Extract<Ask, { kind: K }> | undefined) ?? null;
}
