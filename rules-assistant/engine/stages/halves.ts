// A line holding two requests that no reader cut apart: "raja sahab se
// commission mil gaya, aur car service hafte ki bajaye itwar ko karwani hai", "خالہ کو فون کر لیا،
// اور نعمان کے کپڑوں کی تاریخ پچیس کر دو", "Farooq callback done. also PHC registration can move to
// the 5th". Read whole, it made one change or none. The line is cut once at a joiner ("and", "aur",
// "اور", a sentence's end), each half is read in a dry run (reads reach the tools, changes do not),
// and when each half alone asks for a change of its own, and the change the whole made (if any) is
// one of them, both halves are carried out. Never a deletion, never a half pointing back with "it"
// (it would mean the last turn's task, not the other half's), never an add not said as a to-do.
// Words are data (lang/leftover.json `halves`).
import type { AgentInput, AgentOutput } from '../../../server/features/assistant/agent.js';
import data from '../lang/leftover.json' with { type: 'json' };
import { detectLanguage, words } from '../language.js';
import { withAsks } from '../state.js';
import { IT_WORDS } from '../vocabulary.js';
import { type ClauseReading, type DryCall, dryRun } from './leftover.js';
import { noteRunsOn } from './split.js';

const CUT = new RegExp(data.halves.cut[0]!, `${data.halves.cut[1]}g`);
const NEVER = new Set(data.never);

/** A change asked for: its tool and the task it is about (none for a new task). */
const changeOf = (name: string, args: Record<string, unknown>) => `${name}#${String(args.task_id ?? '')}`;

/** The changes a message asks for, read in a dry run. */
async function dryChanges(input: AgentInput, message: string, reading: ClauseReading): Promise<string[]> {
  return (await dryRun(input, message, reading)).map((c) => changeOf(c.name, c.args));
}

/**
 * The line carried out as its two halves, when each asks for a change of its own and together they
 * hold the change the whole line would make; else null (and nothing changed).
 */
export async function halvesActing(
  input: AgentInput,
  reading: ClauseReading,
  /** The whole line's dry run, when it was read already. */
  whole?: DryCall[],
): Promise<AgentOutput | null> {
  const text = input.message;
  const cuts = [...text.matchAll(CUT)].slice(0, data.halves.maxCuts);
  if (cuts.length === 0) return null;
  // What the whole line would change, read first in a dry run too.
  const made = (whole ?? (await dryRun(input, text, reading))).map((c) => changeOf(c.name, c.args));
  if (made.length > 1) return null;
  for (const cut of cuts) {
    const left = text.slice(0, cut.index).trim();
    const right = text.slice(cut.index + cut[0].length).trim();
    if (words(left).length < 2 || words(right).length < 2) continue;
    if (words(right).some((w) => IT_WORDS.has(w))) continue;
    if (noteRunsOn(left, detectLanguage(text))) return null;
    const first = await dryChanges(input, left, reading);
    const second = await dryChanges(input, right, reading);
    if (first.length !== 1 || second.length !== 1) continue;
    const both = [...first, ...second];
    if (both.some((c) => NEVER.has(c.split('#')[0]!))) return null;
    if (first[0] === second[0]) continue;
    if (made.length === 1 && !both.includes(made[0]!)) continue;
    const clock = { now: input.now, timeZone: input.timeZone, dateOrder: input.dateOrder ?? null };
    const adding = (c: string) => reading.adding.has(c.split('#')[0]!);
    if (
      (adding(first[0]!) && !reading.saysTodo(left, clock)) ||
      (adding(second[0]!) && !reading.saysTodo(right, clock))
    )
      continue;
    const a = await reading.read({ ...input, message: left });
    const b = await reading.read({ ...input, message: right });
    return withAsks(
      { response: `${a.response} ${b.response}`, tool_calls: [...a.tool_calls, ...b.tool_calls] },
      a,
      b,
    );
  }
  return null;
}
