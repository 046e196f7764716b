// Several things announced in one line: "two things: call mom and pay rent", "do kaam hain: ammi ko
// call karna aur bill jama karna", "تین کام: ...". A head before a colon that counts things (a count
// word and a word for things or tasks, at most six words) and a rest that splits at commas and the
// conjunctions (and, aur, اور) into exactly that many parts, each read as a task of its own: one task
// each. More than two are said back as one plan and added on "yes" (the check-first question). A
// line whose parts do not number what it announced is left to the other readers: a title that is
// one thing ("buy milk, eggs and bread") is never split here. A list of three or more to-dos
// without a count ("call the plumber, buy bread and pay the rent") is one task each too, asked about
// first, when every part is a to-do by itself (listedParts).

import { dayIn } from '#shared/time/zone.js';
import type { AgentInput, AgentOutput } from '../../../server/features/assistant/agent.js';
import { add } from '../adding.js';
import { sameTimeOn } from '../keeptime.js';
import data from '../lang/focus.json' with { type: 'json' };
import { detectLanguage, type Lang, ordinalOf, words } from '../language.js';
import type { Ask, NewTask } from '../state.js';
import { refusal, said, Turn } from '../turn.js';
import { IT_WORDS } from '../vocabulary.js';
import type { Clock } from '../when.js';
import { saysADay } from './about.js';
import { readAdd } from './adding.js';
import { askToCheck } from './checkfirst.js';
import { isCommandWord } from './commands.js';
import { countOf, JOINERS } from './focus.js';
import { normalise } from './normalise.js';
import type { OpenTask } from './risk.js';
import { noteRunsOn } from './split.js';
import { titleSaysToDo, verbLedTodo } from './statement.js';
import { closestTasks, tasksSharingAWord } from './target.js';

const THINGS = new Set(data.things);

/**
 * The adds of a line announcing several things, or listing three or more to-dos (each its own to-do,
 * as `saysTodo` reads one), the question about them, or null.
 */
export async function announcedAdds(
  input: AgentInput,
  checked: boolean,
  saysTodo: (text: string, clock: Clock) => boolean,
  only?: (count: number) => number[] | null,
): Promise<AgentOutput | null> {
  const text = normalise(input.message).text;
  const lang = detectLanguage(text);
  const clock = { now: input.now, timeZone: input.timeZone, dateOrder: input.dateOrder ?? null };
  const headed = announcedParts(text) ?? headedParts(text, clock, saysTodo);
  const announced = headed?.parts ?? null;
  const parts = announced ?? listedParts(text, clock, saysTodo);
  if (parts === null) return null;
  // "for the PIDE submission I still have to A and B": steps of the open task the head names.
  if (announced === null) {
    const steps = await stepsOfNamed(input, parts, lang, clock);
    if (steps === undefined) return null;
    if (steps) return checked ? steps.ask : steps.carryOut();
  }
  const count = parts.length;
  const reads = parts.map((part) => readAdd(part.trim(), lang, clock));
  const tasks = reads.filter((u): u is NewTask => u.intent === 'add' && u.details.title.length > 0);
  if (tasks.length !== count) return null;
  // "kal ke liye: X, Y", "two things for tomorrow, X and Y": the head's day is each part's that names none.
  const day = headed ? readAdd(headed.head, detectLanguage(headed.head), clock) : null;
  if (day?.intent === 'add' && (day.details.due_date || day.details.due_at)) {
    const headDay = day.details.due_date ?? dayIn(new Date(day.details.due_at!), clock.timeZone);
    tasks.forEach((u, i) => {
      if (!u.details.due_date && !u.details.due_at)
        Object.assign(u.details, { due_date: day.details.due_date, due_at: day.details.due_at });
      // "tomorrow: A, and B at 4pm": a part naming only a time is at that time on the head's day.
      else if (u.details.due_at && !saysADay(parts[i]!))
        u.details.due_at = sameTimeOn(headDay, u.details.due_at, clock.timeZone) ?? u.details.due_at;
    });
  }
  if (checked && count > 2) {
    const plan = tasks.map((u) => ({
      name: 'add_task_details',
      args: { title: u.details.title, due_date: u.details.due_date, due_at: u.details.due_at },
    }));
    const ask: Ask = { kind: 'check', lang };
    return { response: askToCheck(plan, [], lang, clock), tool_calls: [], state: { asks: [ask] } };
  }
  // "no, just the first one" to the plan: only the parts it points at.
  const picked = only ? only(count) : tasks.map((_, i) => i);
  if (!picked) return null;
  const turn = new Turn(input, input.message);
  const replies: string[] = [];
  for (const i of picked) replies.push((await add(turn, tasks[i]!)).response);
  return { response: replies.join(' '), tool_calls: turn.calls };
}

const PURPOSE: Record<Lang, RegExp[]> = {
  en: [new RegExp(data.purposeHeads.en, 'iu')],
  roman: [new RegExp(data.purposeHeads.roman, 'iu'), new RegExp(data.purposeHeads.en, 'iu')],
  ur: [new RegExp(data.purposeHeads.ur, 'u')],
};

/**
 * A list of to-dos led by what they are for ("for the PIDE submission I still have to A and B",
 * "X ke liye A aur B karna hai", "X کے لیے A اور B"), the head's words naming one open task (every
 * meaningful word of it in the title, as closestTasks reads a name): the parts are steps of that task,
 * said back and asked about first (`ask`), added under it on "yes" (`carryOut`). A head naming no open
 * task leaves the parts new tasks; one whose words several tasks or only some of a task's share
 * leaves the line to the other readers, never split into new tasks beside a task it may mean.
 */
async function stepsOfNamed(
  input: AgentInput,
  parts: string[],
  lang: Lang,
  clock: Clock,
): Promise<{ ask: AgentOutput; carryOut: () => Promise<AgentOutput> } | null | undefined> {
  const lead = PURPOSE[lang].map((p) => p.exec(parts[0]!)).find((m) => m?.groups?.head);
  if (!lead) return null;
  const head = words(lead.groups!.head!);
  const listed = await input.callTool('list_tasks', { user_id: input.userId, status: 'all' });
  const open = (listed.isError ? [] : (listed.result as (OpenTask & { completed?: boolean })[])).filter(
    (t) => !t.completed,
  );
  const named = closestTasks(open, head);
  if (named.length !== 1) return tasksSharingAWord(open, head).length > 0 ? undefined : null;
  const task = named[0]!;
  const titles = [parts[0]!.slice(lead[0].length), ...parts.slice(1)].map((part) => {
    const u = readAdd(part.trim(), lang, clock);
    return u.intent === 'add' && u.details.title.length > 0 ? u.details.title : null;
  });
  if (titles.some((t) => t === null)) return undefined;
  const plan = titles.map((title) => ({ name: 'add_subtask', args: { task_id: task.id, title: title! } }));
  const ask: Ask = { kind: 'check', lang };
  return {
    ask: { response: askToCheck(plan, open, lang, clock), tool_calls: [], state: { asks: [ask] } },
    carryOut: async () => {
      const turn = new Turn(input, input.message);
      for (const c of plan) {
        const outcome = await turn.call(c.name, c.args);
        if (outcome.isError) return turn.reply(refusal(outcome.result));
      }
      const made = titles.join(lang === 'ur' ? '”، “' : '”, “');
      return turn.reply(
        said(
          `Added “${made}” under “${task.title}”.`,
          `“${task.title}” mein subtask “${made}” add kar diya.`,
          `“${task.title}” میں ذیلی کام “${made}” شامل کر دیا۔`,
        ),
      );
    },
  };
}

/**
 * "two things: X and Y", "two things for tomorrow, X and Y": the parts after the head (up to a colon,
 * or the first comma), when they are as many as the head counts.
 */
function announcedParts(text: string): { head: string; parts: string[] } | null {
  const colon = text.indexOf(':');
  const comma = text.search(/[,،]/u);
  const end = colon >= 0 ? colon : comma;
  if (end < 0) return null;
  const head = words(text.slice(0, end));
  const count = head.map(countOf).find((n) => n !== null && n >= 2);
  if (head.length > 6 || !count || !head.some((w) => THINGS.has(w))) return null;
  const parts = text
    .slice(end + 1)
    .split(JOINERS)
    .filter((p) => words(p).length > 0);
  return parts.length === count ? { head: text.slice(0, end).trim(), parts } : null;
}

/**
 * "call the plumber, buy bread and pay the rent", "doodh lena hai, bill bharna hai aur gaari dhulwani
 * hai": a list, with at least one comma, of three or more parts each of two words or more that reads
 * as a to-do by itself (led by a verb of doing, or said as one). A part of one word ("buy milk, eggs and bread") or one that is no to-do
 * leaves the line one task, as it was said.
 */
function listedParts(
  text: string,
  clock: Clock,
  saysTodo: (text: string, clock: Clock) => boolean,
): string[] | null {
  // Quoted titles ('add "wash the car", "buy a kite" and ...') and a list after a colon ("need to:
  // book flight, call Hina, buy a charger") are split.ts's, which adds them as said.
  if (/[?؟:]/u.test(text) || /["“”]|(?:^|\s)['‘]/u.test(text)) return null;
  const parts = text
    .split(JOINERS)
    .map((p) => p.trim())
    .filter((p) => words(p).length > 0);
  if (parts.length > 6) return null;
  // Two to-dos joined by a conjunction ("add buy milk and get the car serviced", "X lena hai aur Y
  // bharna hai"), or three or more with a comma; a second part pointing back ("... and ask him") is
  // one thing with the first.
  const two =
    parts.length === 2 &&
    !/[,،]/u.test(text) &&
    !words(parts[1]!).some((w) => IT_WORDS.has(w) || BACK.has(w));
  if (parts.some(detailOf)) return null;
  // "X mein likh do ke A aur B", "X کے ساتھ یہ بھی لکھ دو کہ A اور B": a note asked for runs to the
  // end of the line (split.ts), one change of X, never two to-dos.
  if (parts.slice(0, -1).some((_, i) => noteRunsOn(parts.slice(0, i + 1).join(' '), detectLanguage(text))))
    return null;
  if (!two && (parts.length < 3 || !/[,،]/u.test(text))) return null;
  // "add X, Y and Z": the command word belongs to the first part only.
  const first = parts[0]!.replace(ADD_LEAD, '');
  const each = [first, ...parts.slice(1)];
  if (each.some((p) => words(p).length < 2 || !(verbLedTodo(p) || saysTodo(p, clock)))) return null;
  return each;
}

/**
 * "kal ke liye ye daal do: dhobi se kapray lena, car wash karwana", "کل کے لیے یہ لکھ لو: X، Y": a
 * head before a colon that names a day, or only asks for what follows added ("ye sab add kar do:",
 * "یہ سب لکھ لو:": then each part is a task as said), and after it two to six parts, each of two words or
 * more and a to-do by itself (or led by a command word: "for friday: update the price list, ..."). The head's day is theirs (announcedAdds). Other colon lists are
 * split.ts's.
 */
function headedParts(
  text: string,
  clock: Clock,
  saysTodo: (text: string, clock: Clock) => boolean,
): { head: string; parts: string[] } | null {
  const colon = text.indexOf(':');
  if (colon < 0 || /[?؟]/u.test(text)) return null;
  const head = text.slice(0, colon).trim();
  const adding = addsThese(head);
  if (words(head).length > 8 || !(adding || namesADay(head, clock))) return null;
  const parts = text
    .slice(colon + 1)
    .split(JOINERS)
    .map((p) => p.trim())
    .filter((p) => words(p).length > 0);
  if (parts.length < 2 || parts.length > 6) return null;
  const lang = detectLanguage(text);
  if (
    parts.some(
      (p) =>
        words(p).length < 2 ||
        !(adding || titleSaysToDo(p, lang) || saysTodo(p, clock) || isCommandWord(words(p)[0]!)) ||
        detailOf(p),
    )
  )
    return null;
  return { head, parts };
}

const ADD_HEAD = {
  verbs: new Set(data.addHeads.verbs),
  these: new Set(data.addHeads.these),
  around: new Set(data.addHeads.around),
};
/** Whether a head asks for what follows to be added: "ye sab add kar do", "یہ سب لکھ لو", "add these". */
function addsThese(head: string): boolean {
  const ws = words(head);
  return (
    ws.some((w) => ADD_HEAD.verbs.has(w)) &&
    ws.some((w) => ADD_HEAD.these.has(w)) &&
    ws.every((w) => ADD_HEAD.verbs.has(w) || ADD_HEAD.these.has(w) || ADD_HEAD.around.has(w))
  );
}

/** Whether a head names a day of its own ("kal ke liye", "کل کے لیے"). */
function namesADay(head: string, clock: Clock): boolean {
  const read = readAdd(head, detectLanguage(head), clock);
  return read.intent === 'add' && Boolean(read.details.due_date || read.details.due_at);
}

/** Words by which a part points back at the one before it ("and ask him", "aur usse poochna"). */
const BACK = new Set([
  'him',
  'her',
  'them',
  'usse',
  'unse',
  'usko',
  'unko',
  'اس',
  'ان',
  'اسے',
  'انہیں',
  'سے',
]);

/** A part that names a tag or a priority ("tag it car", "tag work laga dena", "اس پر کام کا ٹیگ") is a detail of another. */
const detailOf = (part: string): boolean => words(part).some((w) => DETAIL.has(w));
const DETAIL = new Set(data.details);

const ADD_LEAD = /^(?:please\s+)?(?:add|create|new\s+tasks?:?)\s+/iu;

const PICK_AROUND = new Set(data.planPicks.words);
/**
 * The parts of a plan of `count` new tasks an answer points at: "no, just the first one", "only the
 * last two", "sirf pehle do", "صرف دوسرا والا"; null when the answer is no such pointer.
 */
export function pickedParts(message: string, count: number): number[] | null {
  const ws = words(message);
  const at = ws.findIndex((w) => ordinalOf(w) !== null);
  if (at < 0) return null;
  const n = countOf(ws[at + 1]);
  const span = n !== null && n >= 2 && n <= count ? n : 1;
  const rest = ws.filter((_, i) => i !== at && !(span > 1 && i === at + 1));
  if (!rest.every((w) => PICK_AROUND.has(w))) return null;
  const index = ordinalOf(ws[at]!)!;
  if (index === -1) return Array.from({ length: span }, (_, k) => count - span + k);
  if (index + span > count) return null;
  return Array.from({ length: span }, (_, k) => index + k);
}
