// A line of clauses about the task in focus: each clause that asks something of it ("delete that",
// "mita do isko", "tick it off", "مکمل کر دو", "make it high priority", "put it in Apiary") carried
// out on it in turn, and clauses that only tell ("I already did that one", "وہ تو چھپ گئے") or set
// a request aside ("never mind", "rehne do", "رہنے دو") passed over. Every clause must be one of
// the two: a clause that asks anything else (a new task, another task by name) leaves the line to
// the other stages. "never mind, delete that", "rehne do, mita do isko", "actually I already did
// that one, tick it off", "isko Ghar list mein daal do aur zaroori bhi kar do".

import { type AgentInput, type AgentOutput, focusIn } from '../../../server/features/assistant/agent.js';
import { act } from '../acting.js';
import data from '../lang/focus.json' with { type: 'json' };
import { detectLanguage, words } from '../language.js';
import { listRequest } from '../listing.js';
import { type ListRequest, listRequestAsSaid } from '../lists.js';
import type { Change } from '../meaning.js';
import { lastAsked, withAsks } from '../state.js';
import { type Action, Turn } from '../turn.js';
import { understand } from '../understand.js';
import { IT_WORDS } from '../vocabulary.js';
import { IMPERATIVE_ENDINGS, isCommandWord } from './commands.js';
import { changeOnly } from './focus.js';
import { normalise } from './normalise.js';
import { POSTPOSITIONS } from './target.js';

const ASIDES = new Set(data.asides.map((a) => words(a).join(' ')));
const JOINED = new RegExp(`\\s*[,،;]\\s*|\\s+(?:${data.joiners.join('|')})\\s+`, 'iu');
const STATING = new Set(data.stating);
const ACTIONS = new Set<Action>(['complete', 'delete', 'reopen', 'update']);

type Clause =
  | { kind: 'act'; action: Action; change: Change | null }
  | { kind: 'move'; request: ListRequest }
  | { kind: 'aside' }
  /** A clause that only tells ("I already did that one"): passed over where it stands before the ask. */
  | { kind: 'told' };

/** What one clause is about the task in focus, or null when it asks something else. */
function clauseOf(clause: string, clock: Parameters<typeof changeOnly>[1]): Clause | null {
  const ws = words(clause);
  if (ws.length === 0 || ASIDES.has(ws.join(' '))) return { kind: 'aside' };
  const move = listRequestAsSaid(clause);
  if (move && (move.kind === 'move' || move.kind === 'add')) {
    const pointer = words(move.kind === 'move' ? move.task : move.text);
    if (pointer.length > 0 && pointer.every((w) => IT_WORDS.has(w) || POSTPOSITIONS.has(w)))
      return { kind: 'move', request: move };
  }
  // "zaroori bhi kar do", "high priority": a bare change.
  const bare = changeOnly(clause, clock);
  if (bare) return { kind: 'act', action: 'update', change: bare };
  const u = understand(clause, clock);
  if (
    (u.intent === 'complete' || u.intent === 'delete' || u.intent === 'reopen' || u.intent === 'update') &&
    ACTIONS.has(u.intent) &&
    (u.target.kind === 'it' || u.target.kind === 'none')
  ) {
    const change = u.intent === 'update' ? u.change : null;
    if (u.intent === 'update' && !change) return null;
    return { kind: 'act', action: u.intent, change };
  }
  // A clause that only tells: no command word opens it, none ends it, and it asks nothing.
  const telling = !isCommandWord(ws[0]!) && !IMPERATIVE_ENDINGS.has(ws.at(-1)!) && !/[?؟]/u.test(clause);
  return telling && u.intent !== 'add' ? { kind: 'told' } : null;
}

/**
 * "... aur Godown list mein daal do", "... اور نیا گھر والی لسٹ میں ڈال دیں": a later clause that
 * puts something in a list without naming it puts the task in focus there.
 */
function movedWithout(clause: string): Clause | null {
  const lang = detectLanguage(clause);
  if (lang === 'en') return null;
  const move = listRequestAsSaid(`${lang === 'ur' ? 'اسے' : 'isko'} ${clause}`);
  const pointer = move && (move.kind === 'move' ? move.task : move.kind === 'add' ? move.text : null);
  return pointer !== null && words(pointer ?? '').every((w) => IT_WORDS.has(w)) && move
    ? { kind: 'move', request: move }
    : null;
}

/** The answer to a line of clauses about the one task in focus, or null when the line is not one. */
export async function focusClauses(input: AgentInput): Promise<AgentOutput | null> {
  const focus = focusIn(input.history);
  if (!focus || focus.did === 'listed' || focus.tasks.length !== 1) return null;
  if ((lastAsked(input.history)?.asks.length ?? 0) > 0) return null;
  const text = normalise(input.message).text;
  const parts = text.split(JOINED).filter((p) => words(p).length > 0);
  if (parts.length < 2) return null;
  const clock = { now: input.now, timeZone: input.timeZone, dateOrder: input.dateOrder ?? null };
  const clauses = parts.map((p, i) => clauseOf(p, clock) ?? (i > 0 ? movedWithout(p) : null));
  if (clauses.some((c) => c === null)) return null;
  // "rename it to tune and voice the Steinway": a new title takes the rest of the line whole.
  if (clauses.some((c) => c?.kind === 'act' && c.change && 'title' in c.change)) return null;
  // A clause that only tells stands before what is asked, apart from it by a comma, never joined by
  // "and" ("I already did that one, tick it off"; not "make it X and voice the Y").
  const firstAsked = clauses.findIndex((c) => c?.kind === 'act' || c?.kind === 'move');
  const joinedByAnd = parts.length !== text.split(/\s*[,،;]\s*/u).filter((p) => words(p).length > 0).length;
  // One after the ask, apart by a comma, tells why when it says something is so ("reopen it,
  // customer says the water is still cold"), not what to do.
  const tellsWhy = (i: number) => words(parts[i]!).some((w) => STATING.has(w));
  if (clauses.some((c, i) => c?.kind === 'told' && (joinedByAnd || (i > firstAsked && !tellsWhy(i)))))
    return null;
  // "actually I already did that one, tick it off": the same ask said twice is made once.
  const asked = clauses
    .filter((c): c is Extract<Clause, { kind: 'act' | 'move' }> => c?.kind === 'act' || c?.kind === 'move')
    .filter((c, i, all) => all.findIndex((d) => JSON.stringify(d) === JSON.stringify(c)) === i);
  if (asked.length === 0) return null;
  // A deletion is its own question: never made beside another change of the same task.
  if (asked.length > 1 && asked.some((c) => c.kind === 'act' && c.action === 'delete')) return null;
  const turn = new Turn(input, input.message);
  const outs: AgentOutput[] = [];
  for (const c of asked) {
    const out =
      c.kind === 'act'
        ? await act(turn, c.action, { kind: 'it' }, c.change)
        : await listRequest(turn, c.request, clock);
    if (!out) return null;
    outs.push(out);
  }
  return withAsks({ response: outs.map((o) => o.response).join(' '), tool_calls: turn.calls }, ...outs);
}
