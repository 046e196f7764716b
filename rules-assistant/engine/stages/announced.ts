// Several things announced in one line: "two things: call mom and pay rent", "do kaam hain: ammi ko
// call karna aur bill jama karna", "تین کام: ...". A head before a colon that counts things (a count
// word and a word for things or tasks, at most six words) and a rest that splits at commas and the
// conjunctions (and, aur, اور) into exactly that many parts, each read as a task of its own: one task
// each. More than two are said back as one plan and added on "yes" (the check-first question). A
// line whose parts do not number what it announced is left to the other readers: a title that is
// one thing ("buy milk, eggs and bread") is never split here.
import type { AgentInput, AgentOutput } from '../../../server/features/assistant/agent.js';
import { add } from '../adding.js';
import data from '../lang/focus.json' with { type: 'json' };
import { detectLanguage, words } from '../language.js';
import type { Ask, NewTask } from '../state.js';
import { Turn } from '../turn.js';
import { readAdd } from './adding.js';
import { askToCheck } from './checkfirst.js';
import { countOf, JOINERS } from './focus.js';
import { normalise } from './normalise.js';

const THINGS = new Set(data.things);

/** The adds of a line announcing several things, the question about them, or null. */
export async function announcedAdds(input: AgentInput, checked: boolean): Promise<AgentOutput | null> {
  const text = normalise(input.message).text;
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const head = words(text.slice(0, colon));
  const count = head.map(countOf).find((n) => n !== null && n >= 2);
  if (head.length > 6 || !count || !head.some((w) => THINGS.has(w))) return null;
  const parts = text
    .slice(colon + 1)
    .split(JOINERS)
    .filter((p) => words(p).length > 0);
  if (parts.length !== count) return null;
  const lang = detectLanguage(text);
  const clock = { now: input.now, timeZone: input.timeZone, dateOrder: input.dateOrder ?? null };
  const reads = parts.map((part) => readAdd(part.trim(), lang, clock));
  const tasks = reads.filter((u): u is NewTask => u.intent === 'add' && u.details.title.length > 0);
  if (tasks.length !== count) return null;
  if (checked && count > 2) {
    const plan = tasks.map((u) => ({
      name: 'add_task_details',
      args: { title: u.details.title, due_date: u.details.due_date, due_at: u.details.due_at },
    }));
    const ask: Ask = { kind: 'check', lang };
    return { response: askToCheck(plan, [], lang, clock), tool_calls: [], state: { asks: [ask] } };
  }
  const turn = new Turn(input, input.message);
  const replies: string[] = [];
  for (const u of tasks) replies.push((await add(turn, u)).response);
  return { response: replies.join(' '), tool_calls: turn.calls };
}
