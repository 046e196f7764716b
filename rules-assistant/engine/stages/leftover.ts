// A line read clause by clause when the whole of it was not understood: "the AC filter
// needs cleaning at some point, it's making a weird smell", "spoke to Mrs Farooq just now, she was
// relieved, results were all normal", "مسجد کے لیے نئی جائے نمازیں خریدنی ہیں، پرانی کافی گھس
// گئی ہیں". People add a reason, a feeling or a detail to a request; read whole, such a line named
// nothing or too much. Each clause is first read in a dry run (reads reach the tools, changes do
// not); when exactly one clause asks for a change, and the clauses left out hold no denial,
// contrast, condition, doubt or date that could undo or qualify it, that clause is carried out
// and the reply says what was left out. Never a deletion. Words are data (lang/leftover.json).
import type { AgentInput, AgentOutput } from '../../../server/features/assistant/agent.js';
import data from '../lang/leftover.json' with { type: 'json' };
import { type Lang, words } from '../language.js';
import { compiled } from '../vocabulary.js';
import { type Clock, parseUrduDetails } from '../when.js';
import { markDry } from './deletes.js';
import { dueChange } from './values.js';

const CUT = compiled(data.cut);
const RISKY = new Set(data.risky);
const NEVER = new Set(data.never);

/** A line cut at its commas, semicolons, sentence ends and dashes ("..., no wait, never mind"). */
export function clausesIn(text: string): string[] {
  return text
    .split(CUT)
    .map((c) => c.trim())
    .filter((c) => words(c).length > 0);
}

/** The clauses of a line, when it has two to four of them; else none. */
function clausesOf(text: string): string[] {
  const clauses = clausesIn(text);
  return clauses.length >= 2 && clauses.length <= data.maxClauses ? clauses : [];
}

/** Whether a clause left out could undo or qualify the change made from another. */
function risky(clause: string, clock: Clock): boolean {
  if (words(clause).some((w) => RISKY.has(w)) || dueChange(clause, clock) !== null) return true;
  // "hafte ko barish ka chance hai": a day said in Roman Urdu or Urdu.
  const urdu = parseUrduDetails(words(clause), clock);
  return Boolean(urdu.due_date || urdu.due_at || urdu.recurrence);
}

/**
 * What a reply understood when it found nothing to do: nothing at all, a task but no change, or a
 * change of a task that none matched ("couldn't find a task matching ...").
 */
export type Unread = 'nothing' | 'task' | 'lost';

export interface ClauseReading {
  /** Reads a message as a whole; `callTool` may be a dry run. */
  read(input: AgentInput): Promise<AgentOutput>;
  /** Whether a reply found nothing to do, and what it understood then. */
  unread(out: AgentOutput): Unread | undefined;
  /** Tool names that change something, and those of them that add a task. */
  mutating: ReadonlySet<string>;
  adding: ReadonlySet<string>;
  /** Whether a line says a thing is to be done in so many words ("X needs cleaning", "lene hain"). */
  saysTodo(text: string, clock: Clock): boolean;
  /** Whether a line asks for something: a command word in it (not in the past), or a request's ending ("chhor do"). */
  asks(text: string): boolean;
}

/**
 * The tools of a dry run: reads reach the real tools, each change is only told to `changed` and
 * answered with a stand-in result built from its arguments (with the title of `task` when it is
 * that task's change).
 */
export function dryTools(
  input: AgentInput,
  mutating: ReadonlySet<string>,
  changed: (name: string, args: Record<string, unknown>) => void,
  task?: { id: number; title: string },
): AgentInput['callTool'] {
  return markDry(async (name, args) => {
    if (!mutating.has(name)) return input.callTool(name, args);
    changed(name, args);
    const id = Number(args.task_id ?? 0);
    const title = task && id === task.id ? task.title : String(args.title ?? '');
    return { result: { id, ...args, title }, isError: false };
  });
}

/** A change a dry run asked for. */
export interface DryCall {
  name: string;
  args: Record<string, unknown>;
}

/** The changes a message asks for, read in a dry run (with `history` for the turns before it). */
export async function dryRun(
  input: AgentInput,
  message: string,
  reading: ClauseReading,
  history: AgentInput['history'] = input.history,
  task?: { id: number; title: string },
): Promise<DryCall[]> {
  const calls: DryCall[] = [];
  const callTool = dryTools(input, reading.mutating, (name, args) => calls.push({ name, args }), task);
  try {
    await reading.read({ ...input, message, history, callTool });
  } catch {
    // A reply built on a dry run's stand-in result may fail; the changes it asked for are known.
  }
  return calls;
}

/**
 * The reply to a line carried out from its one clause that asks for a change, with a note of the
 * clauses left out; null when no clause, or more than one, asks for a change, or the rest is risky.
 */
export async function oneClauseActing(
  input: AgentInput,
  lang: Lang,
  whole: Unread,
  reading: ClauseReading,
): Promise<AgentOutput | null> {
  const clauses = clausesOf(input.message);
  if (clauses.length === 0) return null;
  const clock = { now: input.now, timeZone: input.timeZone, dateOrder: input.dateOrder ?? null };
  const acting: string[] = [];
  let adds = false;
  for (const clause of clauses) {
    const changes: string[] = [];
    const dry = dryTools(input, reading.mutating, (name) => changes.push(name));
    let out: AgentOutput | null = null;
    try {
      out = await reading.read({ ...input, message: clause, callTool: dry });
    } catch {
      // A reply built on a dry run's stand-in result may fail; the changes it asked for are known.
    }
    if (changes.some((name) => NEVER.has(name))) return null;
    if (changes.length > 0) {
      acting.push(clause);
      adds ||= changes.some((name) => reading.adding.has(name));
    } else {
      // A clause naming a task, or asking for a change no task matched, is part of the request.
      const unread = out ? reading.unread(out) : undefined;
      if (unread === 'task' || (unread === 'lost' && reading.asks(clause))) return null;
    }
  }
  if (acting.length !== 1) return null;
  if (adds && (whole === 'task' || !reading.saysTodo(acting[0]!, clock))) return null;
  const left = clauses.filter((c) => c !== acting[0]);
  if (left.some((c) => risky(c, clock))) return null;
  const out = await reading.read({ ...input, message: acting[0]! });
  if (!out.tool_calls.some((c) => reading.mutating.has(c.name))) return null;
  return { ...out, response: `${out.response} ${leftOutNote(lang, left)}` };
}

/** "(I left out: "it drips all night".)": what of a line was not acted on. */
export function leftOutNote(lang: Lang, clauses: string[]): string {
  return data.leftOut[lang].replace('{clauses}', clauses.map((c) => `"${c}"`).join(', '));
}
