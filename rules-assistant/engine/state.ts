// What the built-in assistant leaves with a reply for the next turn (AgentOutput.state, stored with
// the message): the request it answered and the questions the reply put. The next turn reads this,
// never the reply's wording, to know what "yes", "the second one" or a bare name answers.
import {
  type AgentOutput,
  type AgentState,
  type Focus,
  focusAfter,
  focusIn,
  type HistoryMessage,
} from '../../server/features/assistant/agent.js';
import type { Lang } from './language.js';
import type { Change, Understanding } from './meaning.js';

/** A new task as the rules read it. */
export type NewTask = Extract<Understanding, { intent: 'add' }>;

/** A question a reply put. */
export type Ask =
  /** "Delete X?": "yes" deletes the tasks titled so (stages/deletes.ts). */
  | { kind: 'delete'; titles: string[] }
  /** "I would mark X done. Shall I?": "yes" carries out the request as read (stages/checkfirst.ts). */
  | { kind: 'check'; lang: Lang }
  /**
   * "Add X as a new task?", "Did you mean X?": "yes" carries it out. A new task proposed is kept as
   * it was read and shown (`add`), so "yes" adds exactly that, whenever it is said.
   */
  | { kind: 'proposal'; add?: NewTask }
  /** "Undo it by deleting X?". */
  | { kind: 'undo' }
  /** "What should I call the new list?". */
  | { kind: 'listName' }
  /**
   * "Which one?" (or another question about which task is meant); with the request's action and
   * change when the reply numbered the tasks it could be (stages/choice.ts reads the answer).
   */
  | { kind: 'which'; action?: 'complete' | 'delete' | 'reopen' | 'update' | 'skip'; change?: Change | null }
  /** "Shall I move these to Fri 27 Nov (3 tasks)? ...": "yes" makes the change to these tasks (stages/bulk.ts). */
  | { kind: 'bulk'; action: 'complete' | 'update'; ids: number[]; change: Change | null }
  /** "Add X (due ...) as a new task?" for a line not understood (stages/fallback.ts): "yes" quick-adds the line. */
  | { kind: 'quickAdd'; text: string };

/** A task a reply showed in a numbered list: "the second one" next turn is the second of these. */
export interface Choice {
  id: number;
  title: string;
}

/** The state of one reply: the person's message it answered, what it asked, and the tasks it numbered. */
export interface Asked {
  request: string;
  asks: Ask[];
  /** The numbered tasks the reply showed, in the order shown (absent: it showed none). */
  shown?: Choice[];
  /** The task or tasks the conversation is about after this reply (agent.ts: focusAfter). */
  focus?: Focus | null;
}

const KINDS = new Set(['delete', 'check', 'proposal', 'undo', 'listName', 'which', 'bulk', 'quickAdd']);

/** The questions a reply being put together has put so far (outputs carry them until the turn ends). */
export function asksOf(...outs: AgentOutput[]): Ask[] {
  return outs.flatMap((out) => {
    const asks = out.state?.asks;
    return Array.isArray(asks) ? (asks as Ask[]) : [];
  });
}

/** The numbered tasks the last of these outputs that showed any showed. */
export function shownOf(...outs: AgentOutput[]): Choice[] | null {
  for (const out of [...outs].reverse()) {
    const shown = out.state?.shown;
    if (Array.isArray(shown)) return shown as Choice[];
  }
  return null;
}

/** An output with the questions (and the numbered tasks) of the outputs it was made of (its text joins theirs). */
export function withAsks(out: AgentOutput, ...parts: AgentOutput[]): AgentOutput {
  const asks = asksOf(...parts);
  const shown = shownOf(out, ...parts);
  if (asks.length === 0 && !shown) return out;
  return { ...out, state: { asks: [...asksOf(out), ...asks], ...(shown ? { shown } : {}) } };
}

/**
 * The turn's state as stored with its reply: with the conversation's focus after it (the focus
 * before it is `history`'s).
 */
export function finalState(request: string, out: AgentOutput, history: HistoryMessage[]): AgentOutput {
  const shown = shownOf(out);
  const focus = focusAfter(out.tool_calls, focusIn(history), shown);
  const state: Asked = { request, asks: asksOf(out), ...(shown ? { shown } : {}), focus };
  return { ...out, state: state as unknown as AgentState };
}

/**
 * The numbered tasks an assistant message showed, as its state keeps them: the list, an empty list
 * when the message is one of this state's (it showed none), null for a message stored without
 * state (older conversations, or histories given whole), which is read from its tool calls instead.
 */
export function shownIn(message: HistoryMessage): Choice[] | null {
  const state = message.state;
  if (!state || typeof state.request !== 'string') return null;
  if (!Array.isArray(state.shown)) return [];
  return (state.shown as unknown[]).filter(
    (c): c is Choice =>
      typeof c === 'object' &&
      c !== null &&
      typeof (c as Choice).id === 'number' &&
      typeof (c as Choice).title === 'string',
  );
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

/** The new task a proposal kept, when it is one (a state read back is checked, not trusted). */
export function proposedTask(asked: Asked | null): NewTask | null {
  const add = askOf(asked, 'proposal')?.add as Partial<NewTask> | undefined;
  const details = add?.details as Partial<NewTask['details']> | undefined;
  if (add?.intent !== 'add' || typeof details?.title !== 'string' || !Array.isArray(details.tags))
    return null;
  return add as NewTask;
}

/** The question of this kind the last reply put, if it did. */
export function askOf<K extends Ask['kind']>(asked: Asked | null, kind: K): Extract<Ask, { kind: K }> | null {
  return (asked?.asks.find((a) => a.kind === kind) as Extract<Ask, { kind: K }> | undefined) ?? null;
}
