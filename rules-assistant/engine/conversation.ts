// Reading the conversation: the list shown last, the task the last turn was about, the last
// change, and the question pending (from the state the last reply left: state.ts).

import { focusIn, type HistoryMessage, type ToolCallRecord } from '../../server/features/assistant/agent.js';
import lists from './lang/rules.json' with { type: 'json' };
import { cleanText } from './language.js';
import { readListRequest } from './lists.js';
import type { ShownTask } from './replies.js';
import { readSharingRequest, type SharingRequest } from './sharing.js';
import { readEdit } from './stages/edits.js';
import { normalise } from './stages/normalise.js';
import { readQuestion, readTaskStatusQuestion } from './stages/question.js';
import { readStatement } from './stages/statement.js';
import { readTodo, todoBody, withAsides } from './stages/todo.js';
import { askOf, lastAsked, proposedTask, shownIn } from './state.js';
import { type Action, type Found, MUTATING, READS, SHOW_AT_MOST } from './turn.js';
import { type Change, type Target, type Understanding, understand } from './understand.js';

/** The word for all ("everything", "sab", "سب"): a task reference holding it means many tasks. */
export const ALL_WORDS: ReadonlySet<string> = new Set<string>(lists.bulk);
/**
 * Words for the person's tasks, after a word for all: "all tasks", "saare kaam", "سارے کام"; and
 * "kuch" / "کچھ", with which the word for all is "everything" ("sab kuch", "jo kuch ... wo sab").
 */
const TASK_WORDS = new Set([
  'task',
  'tasks',
  'todos',
  'things',
  'kaam',
  'kam',
  'کام',
  'kuch',
  'kuchh',
  'کچھ',
]);
/**
 * Whether a line speaks of all of the person's tasks: "everything", or a word for all anywhere beside
 * a word for tasks ("aaj ke saare kaam kal pe shift kar do", "jo jo kaam jumma ko hain sab ...").
 */
export function aboutAllTasks(ws: string[]): boolean {
  return ws.includes('everything') || (ws.some((w) => ALL_WORDS.has(w)) && ws.some((w) => TASK_WORDS.has(w)));
}
/** The relative pronoun of "jo kaam ... woh sab" (the tasks that ..., all of them). */
const WHICH_WORDS = new Set(['jo', 'جو']);
/**
 * Whether a line names all of the tasks it is about, not one, in a relative clause of tasks with a
 * word for all ("jo jo kaam jumma ko hain sab ...", "جو کام جمعہ کو ہیں وہ سب ..."). A word for all
 * elsewhere may be about anything ("سب سے ضروری", "ab sab online mangwa liya", "rename X to Sweep
 * everything").
 */
export function namesAllTasks(ws: string[]): boolean {
  return ws.some((w) => WHICH_WORDS.has(w)) && aboutAllTasks(ws);
}

const CREATES = new Set(['add_task', 'add_task_details', 'quick_add']);

/** The answer to "undo adding X?": yes, no, or neither (then the message is read as usual). */
export function yesOrNo(message: string): 'yes' | 'no' | null {
  const text = cleanText(message)
    .toLowerCase()
    .replace(/[.!,?؟۔]+/gu, ' ')
    .trim();
  if (YES.test(text)) return 'yes';
  if (NO.test(text)) return 'no';
  return null;
}
/**
 * The words of a yes; a line of one or more of them ("haan theek hai", "ہاں ٹھیک ہے", "ok go ahead",
 * "haan theek hai, daal do": put them in) is a yes.
 */
const YES_WORDS =
  'yes|yeah|yep|yup|y|sure|ok|okay|go ahead|do it|please do|confirm|delete it|haan|han|haa|ji|jee|ji haan|jee haan|haan ji|theek hai|ٹھیک ہے|ہاں|جی|جی ہاں|ہاں جی|kar do|kardo|kar dein|kar den|کر دو|کر دیں|daal do|dal do|daal dein|add kar do|add karo|likh lo|ڈال دو|ڈال دیں|لکھ لو|شامل کر دو';
// After a yes, "all" or the count says which, and a verb of making may repeat it: "haan sab", "yes,
// all of them", "جی ہاں سب", "yes, add all three", "haan teeno daal do", "جی، تینوں بنا دیں".
const YES_TAIL =
  'please|pls|sab|saare|sare|sab ko|سب|سارے|all|all of them|them|add|add them|both|two|three|four|2|3|4|dono|donon|teeno|teenon|tino|chaaron|دونوں|تینوں|چاروں|bana do|bana dein|banao|بنا دو|بنا دیں|بناؤ';
const YES = new RegExp(`^(?:${YES_WORDS})(?:\\s+(?:${YES_WORDS}|${YES_TAIL}))*$`, 'u');
const NO =
  /^(?:no|nope|nah|cancel|don't|do not|keep it|never ?mind|nahi|nahin|nai|na|mat karo|rehne do|نہیں|نہ|رہنے دو|مت کرو)(?:\s+(?:thanks|thank you|keep it|please|rehne do|رہنے دو))*$/u;

// Reading the conversation ---------------------------------------------------------------------

function assistantTurns(history: HistoryMessage[]): HistoryMessage[] {
  return history.filter((m) => m.role === 'assistant').reverse();
}

function readItems(call: ToolCallRecord): ShownTask[] | null {
  if (!READS.has(call.name)) return null;
  const r = call.result as unknown;
  if (Array.isArray(r)) return r as ShownTask[];
  if (r && typeof r === 'object' && Array.isArray((r as { tasks?: unknown }).tasks))
    return (r as { tasks: ShownTask[] }).tasks;
  return null;
}

/**
 * The last list the person was shown: the numbered tasks the latest reply that showed any kept as
 * its state (state.ts), in the order shown; for a reply stored without state, the last read of the
 * latest turn that only read.
 */
export function lastShownList(history: HistoryMessage[]): ShownTask[] | null {
  for (const message of assistantTurns(history)) {
    const shown = shownIn(message);
    if (shown && shown.length > 0) return shown as ShownTask[]; // no `completed`: its state is read afresh
    if (shown) continue;
    const calls = message.tool_calls ?? [];
    if (calls.some((c) => MUTATING.has(c.name))) continue;
    for (const call of [...calls].reverse()) {
      const items = readItems(call);
      if (items && items.length > 0) return items.slice(0, SHOW_AT_MOST);
      if (items) break;
    }
  }
  return null;
}

export function pick(list: ShownTask[], index: number): ShownTask | undefined {
  return index < 0 ? list.at(index) : list[index];
}

/** The one task the previous turn was about (added, changed or the only one shown), if any. */
export function lastTaskMentioned(history: HistoryMessage[]): Found | null {
  for (const message of assistantTurns(history).slice(0, 1)) {
    for (const call of [...(message.tool_calls ?? [])].reverse()) {
      const r = call.result as { task_id?: number; title?: string; status?: string } | null;
      if (MUTATING.has(call.name) && r && typeof r.task_id === 'number' && r.status !== 'deleted')
        return { id: r.task_id, ...(r.title ? { title: r.title } : {}) };
      const items = readItems(call);
      if (items && items.length === 1) return items[0]!;
    }
  }
  return null;
}

/**
 * The task "it" means when the last turn named none: the conversation's focus (agent.ts), the last
 * of the tasks it added or changed, or the one it showed alone; none after a listing of several.
 */
export function taskInFocus(history: HistoryMessage[]): Found | null {
  const focus = focusIn(history);
  if (!focus || focus.did === 'listed') return null;
  return focus.tasks.at(-1) ?? null;
}

/** The last change of the conversation, whether it was the turn just before, and how many tasks that turn added. */
export function lastChange(
  history: HistoryMessage[],
): { call: ToolCallRecord; justBefore: boolean; created: number } | null {
  let justBefore = true;
  for (const message of assistantTurns(history)) {
    const calls = (message.tool_calls ?? []).filter((c) => MUTATING.has(c.name));
    if (calls.length > 0)
      return { call: calls.at(-1)!, justBefore, created: calls.filter((c) => CREATES.has(c.name)).length };
    justBefore = false;
  }
  return null;
}

type Pending =
  | { kind: 'action'; action: Action; change: Change | null; target?: Target }
  | { kind: 'title' }
  /** "What should I call the new list?": the answer is its name. */
  | { kind: 'listName' }
  | { kind: 'undo' }
  /** A new task proposed from a statement that restated an open one: "yes" adds it. */
  | { kind: 'proposal'; statement: Extract<Understanding, { intent: 'add' }> }
  /** A task guessed for words that matched none: "yes" acts on it. */
  | { kind: 'suggested'; action: Action; change: Change | null; terms: string[] }
  /** "Which one?" after assigning or commenting on a task several match. */
  | { kind: 'sharing'; request: SharingRequest };

/**
 * The question the assistant asked last turn, if it did: which task, or the new task's title. Read
 * from the state the last reply left (state.ts): the request it answered and what it asked.
 */
export function pendingQuestion(
  history: HistoryMessage[],
  clock: { now: Date; timeZone: string },
): Pending | null {
  const last = history.at(-1);
  const state = lastAsked(history);
  if (!last || !state) return null;
  if ((last.tool_calls ?? []).some((c) => MUTATING.has(c.name))) return null;
  const request = state.request;
  // An English check question has always been answered as a proposal too (its closing words begin
  // with the proposal's): kept so.
  if (askOf(state, 'proposal') || askOf(state, 'check')?.lang === 'en') {
    const said = normalise(request);
    const u = readEdit(said.text, clock) ?? understand(said.text, clock);
    // A new task proposed is added as it was read and shown; a state stored before proposals kept
    // the task is read again from the request (an add proposed under 0122 reads as an add).
    const kept = proposedTask(state);
    if (kept) return { kind: 'proposal', statement: kept };
    if (u.intent === 'add' && askOf(state, 'proposal')) return { kind: 'proposal', statement: u };
    if (u.intent === 'unknown') {
      const asides = todoBody(said.text);
      const plainly = readStatement({ ...said, text: asides.body }, clock);
      const statement = plainly ? withAsides(plainly, asides) : readTodo(said, clock);
      if (statement) return { kind: 'proposal', statement };
    }
    if (['complete', 'delete', 'reopen', 'update', 'skip'].includes(u.intent) && 'target' in u) {
      const target = u.target as Target;
      if (target.kind === 'title')
        return {
          kind: 'suggested',
          action: u.intent as Action,
          change: u.intent === 'update' ? u.change : null,
          terms: target.words,
        };
    }
  }
  const asked = state.asks.length > 0;
  // "did i finish X?" answered about X, the one task it looked up: nothing is left to answer.
  const question = readQuestion(request) ?? readTaskStatusQuestion(request);
  if (!asked && question && (last.tool_calls ?? []).some((c) => c.name === 'get_task')) return null;
  const made = readListRequest(request);
  if (made?.kind === 'create' && !made.name && asked) return { kind: 'listName' };
  const sharing = readSharingRequest(request);
  if (sharing && 'task' in sharing) return asked ? { kind: 'sharing', request: sharing } : null;
  const u = understand(request, clock);
  // A request about many tasks ("move everything that's due today", not read as a day's bulk
  // change) left no "which one?" open: the next line is a request of its own.
  if (
    'target' in u &&
    (u.target as Target).kind === 'title' &&
    (u.target as { words: string[] }).words.some((w) => ALL_WORDS.has(w))
  )
    return null;
  if (u.intent === 'undo') return asked ? { kind: 'undo' } : null;
  if (u.intent === 'add' && u.details.title.length === 0) return { kind: 'title' };
  if (u.intent === 'complete' || u.intent === 'delete' || u.intent === 'reopen')
    return { kind: 'action', action: u.intent, change: null };
  if (u.intent === 'update') return { kind: 'action', action: 'update', change: u.change, target: u.target };
  if (u.intent === 'skip') return { kind: 'action', action: 'skip', change: null };
  return null;
}

/**
 * The action and change a "which one?" kept (state.ts), for an answer by number or place to a request
 * no reader takes alone ("the honey delivery, make it monday"); null when it kept none.
 */
export function whichKept(history: HistoryMessage[]): { action: Action; change: Change | null } | null {
  const which = lastAsked(history)?.asks.find((a) => a.kind === 'which');
  if (which?.kind !== 'which' || !which.action || (which.action === 'update' && !which.change)) return null;
  return { action: which.action, change: which.change ?? null };
}
