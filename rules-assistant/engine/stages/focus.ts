// Follow-ups read against the conversation's focus (the task or tasks the last turns added, changed
// or showed: agent.ts `focusIn`, stored with each reply). It decides three things, before any other
// reading, and only when no question is pending:
// - a correction opening the turn ("no, thursday instead", "nahi, jumeraat ko", "نہیں، جمعرات کو")
//   changes the one task in focus with what follows, and never adds the line as a task;
// - a line that is only a change ("friday", "make it urgent", "اسے ضروری کر دو", "#errands") changes
//   the one task in focus; its values are read by quick add's parser (shared/quickadd, whose time
//   tables readWhen reads), so the line means what it means in quick add;
// - "the last two are done", "pehle do mukammal kar do", "آخری تین مکمل کر دو" after a listing act on
//   those tasks of it, in its order.
// Its words are a closed class per language (lang/focus.json; pronouns: rules.json itWords).
import { COUNT_WORDS, parseQuickAdd } from '#shared/quickadd/quickadd.js';
import {
  type AgentInput,
  type AgentOutput,
  type Focus,
  focusIn,
} from '../../../server/features/assistant/agent.js';
import { act, currentTask } from '../acting.js';
import en from '../lang/en.json' with { type: 'json' };
import data from '../lang/focus.json' with { type: 'json' };
import { detectLanguage, type Lang, ordinalOf, words } from '../language.js';
import type { Change } from '../meaning.js';
import { say } from '../replies.js';
import { lastAsked, withAsks } from '../state.js';
import { type Action, Turn, WHICH } from '../turn.js';
import { understand } from '../understand.js';
import { undo } from '../undo.js';
import { IT_WORDS } from '../vocabulary.js';
import { numberWord } from '../when.js';
import { markEnglishDetails } from '../when-english.js';
import { anyOf, DONE_WORDS } from './about-data.js';
import { IMPERATIVE_ENDINGS, isCommandWord } from './commands.js';
import { endsDone } from './done.js';
import { normalise } from './normalise.js';
import { shifted, shiftSaid } from './shift.js';
import { asksToUndo } from './smalltalk.js';
import { tagClauseMarked } from './tag-clause.js';

const SEP = '[\\s,،.!:;۔-]';
const alternatives = (ws: string[]): string =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
const OPENER = alternatives([...data.openerPhrases, ...data.openers]);
/** A correction opening a turn: "no", "no wait", "nahi yar", "actually", "اصل میں", one or more in a row. */
const OPENING = new RegExp(
  `^\\s*(?:${OPENER})(?=$|${SEP})(?:${SEP}+(?:${OPENER}|${alternatives(data.openerAfter)})(?=$|${SEP}))*${SEP}*`,
  'iu',
);
/** The questions that propose something new, which a correction does not answer. */
const PROPOSING = new Set(['check', 'proposal', 'quickAdd']);
/** An acknowledgement opening a turn when nothing was asked: "ok", "haan", "جی ہاں". */
const ACKNOWLEDGING = new RegExp(
  `^\\s*(?:${alternatives(data.acknowledgements)})(?:${SEP}+(?:${alternatives(data.acknowledgements)}))*(?=${SEP})${SEP}+`,
  'iu',
);
const FILLER = new Set([...data.filler.en, ...data.filler.roman, ...data.filler.ur, ...IT_WORDS]);
const LAST = new Set(data.pointers.last);
const FIRST = new Set(data.pointers.first);
const BOTH = new Set(data.pointers.both);

/** The answer to a follow-up on the focus, or null when the line is not one (then it is read as usual). */
export async function focusFollowUp(input: AgentInput): Promise<AgentOutput | null> {
  const focus = focusIn(input.history);
  const text = normalise(input.message).text;
  const turn = new Turn(input, input.message);
  const opening = OPENING.exec(text)?.[0] ?? '';
  const opened = opening.length > 0 && words(text.slice(opening.length)).length > 0;
  const rest = opened ? text.slice(opening.length) : text;
  const clock = { now: input.now, timeZone: input.timeZone, dateOrder: input.dateOrder ?? null };
  // One task is in focus: a listing of several, or a task just completed, is no task to change.
  const task =
    focus?.tasks.length === 1 &&
    focus.did !== 'completed' &&
    (lastAsked(input.history)?.asks.length ?? 0) === 0
      ? focus.tasks[0]!
      : null;
  const change =
    opened || task ? (changeOnly(rest, clock) ?? (opened ? levelOnly(rest, clock) : null)) : null;
  // A correction that is only a change ("no wait, saturday", "actually 11 baje rakh do") with no
  // one task to make it to (a question pending, a listing, nothing in focus) is never a new task: it
  // asks which task.
  const asks = lastAsked(input.history)?.asks ?? [];
  if (opened && change && !task && asks.every((a) => PROPOSING.has(a.kind)))
    return turn.ask(say.whichTask(), WHICH);
  if (!focus || (lastAsked(input.history)?.asks.length ?? 0) > 0) return null;
  const lang = detectLanguage(text);
  // "oh hang on, undo that, supplier hasn't confirmed yet": an undo said with its reason.
  if (undoWithReason(text)) return undo(turn);
  const span = pointedSpan(text, lang, focus, clock);
  if (span?.action) return act(turn, span.action, { kind: 'ids', ids: span.ids }, span.change);
  // "aakhri do ko ek din aage kar do": each of them moved by that much.
  const them = lang === 'ur' ? 'اسے' : lang === 'roman' ? 'isko' : 'move it';
  const spanShift = span ? shiftSaid(`${them} ${span.rest.replace(/^(?:ko|کو)\s+/u, '')}`) : null;
  if (span && spanShift !== null) return shiftEach(turn, span.ids, spanShift);
  if (span || !task) return null;
  // "push it back an hour", "isko aadha ghanta baad kar do": its moment moved by that much.
  const shift = shiftSaid(rest);
  if (shift !== null) return shiftEach(turn, [task.id], shift);
  if (change) return act(turn, 'update', { kind: 'id', id: task.id }, change);
  const corrected = negatedCorrection(rest, task.title, clock);
  if (corrected) return act(turn, 'update', { kind: 'id', id: task.id }, corrected);
  if (!opened) return null;
  // "no, make it high priority instead": the rest read as a change of "it".
  const u = understand(rest, clock);
  if (u.intent === 'update' && u.change && (u.target.kind === 'it' || u.target.kind === 'none'))
    return act(turn, 'update', { kind: 'id', id: task.id }, u.change);
  return null;
}

/**
 * Each task's moment moved by `shift` minutes; a day alone moves by whole days only ("ek din baad"),
 * and a task with no moment (or only a day, for an hour) is asked about, nothing changed.
 */
async function shiftEach(turn: Turn, ids: number[], shift: number): Promise<AgentOutput> {
  const changes: [number, Change][] = [];
  for (const id of ids) {
    const current = await currentTask(turn, id);
    const moved = shifted(current, shift);
    if (!moved) return turn.unread(say.askChange(current.title ?? null), 'task', WHICH);
    changes.push([id, moved]);
  }
  const outs: AgentOutput[] = [];
  for (const [id, change] of changes) outs.push(await act(turn, 'update', { kind: 'id', id }, change));
  return withAsks({ response: outs.map((o) => o.response).join(' '), tool_calls: turn.calls }, ...outs);
}

/** "X nahi, Y", "X نہیں، Y", "not X, Y" and "Y, not X": the value or word said, and the one it replaces. */
const NEGATED = [
  new RegExp(`^(?<old>.+?)${SEP}*\\s(?:${alternatives(data.negations)})${SEP}*\\s(?<fresh>.+)$`, 'iu'),
  new RegExp(`^(?<fresh>.+?)${SEP}*\\snot${SEP}*\\s(?<old>.+)$`, 'iu'),
];

/**
 * A correction that names what it replaces, of the task in focus: a new day or time ("10 nahi, 11
 * baje", "کل نہیں، پرسوں") or a word of its title ("Zara, not Zainab", "نازیہ نہیں، نادیہ"). The
 * replaced part is short (up to three words); a word of the title is replaced only when the title
 * has it. Null when the line is no such correction.
 */
function negatedCorrection(text: string, title: string, clock: QuickClock): Change | null {
  for (const pattern of NEGATED) {
    const m = pattern.exec(text.trim());
    const old = m?.groups?.old?.trim() ?? '';
    const fresh = m?.groups?.fresh?.trim() ?? '';
    const oldWords = words(old);
    if (oldWords.length === 0 || oldWords.length > 3 || words(fresh).length === 0) continue;
    const change = changeOnly(fresh, clock);
    if (change) return change;
    const renamed = retitled(title, old, fresh);
    if (renamed) return { title: renamed };
  }
  return null;
}

/** The title with the words `old` replaced by `fresh` (one to three words each), or null when it has no such words. */
function retitled(title: string, old: string, fresh: string): string | null {
  const freshWords = fresh.split(/\s+/u).filter((w) => words(w).length > 0);
  const said = words(fresh);
  if (freshWords.length === 0 || freshWords.length > 3 || said.every((w) => FILLER.has(w))) return null;
  // A name said again, never a request: no command word, no imperative ending.
  if (said.some((w) => isCommandWord(w) || IMPERATIVE_ENDINGS.has(w))) return null;
  const literal = old.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])`, 'iu');
  if (!at.test(title)) return null;
  const replaced = title.replace(at, freshWords.join(' '));
  // "Shakil bhai ko ..." corrected by "Jameel bhai": the word said after the name is the title's own.
  return replaced.replace(/(?<![\p{L}\p{N}])(\p{L}+)\s+\1(?![\p{L}\p{N}])/giu, '$1');
}

/**
 * Whether a line is an undo said in one of its clauses ("undo that", "wapas karo", "واپس کھول دو")
 * with the others only telling why: none opens with a command word or ends as one ("oh hang on,
 * undo that, supplier hasn't confirmed yet", "ارے نہیں، غلطی سے ہو گیا، واپس کھول دو").
 */
function undoWithReason(text: string): boolean {
  const clauses = text.split(/\s*[,،;]\s*/u).filter((c) => words(c).length > 0);
  if (clauses.length < 2) return false;
  const undoing = clauses.filter((c) => asksToUndo(c));
  if (undoing.length !== 1) return false;
  return clauses.every((c) => {
    if (asksToUndo(c)) return true;
    const ws = words(c);
    return !isCommandWord(ws[0] ?? '') && !IMPERATIVE_ENDINGS.has(ws.at(-1) ?? '');
  });
}

/**
 * The line without the acknowledgement it opens with ("ok mark it done", "haan, isay done kar do",
 * "ہاں، اسے مکمل کر دو"), for a turn that answers no question; null when it opens with none.
 */
export function withoutAcknowledgement(message: string): string | null {
  const opening = ACKNOWLEDGING.exec(message)?.[0];
  if (!opening) return null;
  const rest = message.slice(opening.length);
  return words(rest).length >= 2 ? rest : null;
}

/**
 * The change a line says and nothing else, as quick add reads it (a due day or moment, a priority,
 * tags), when every other word is one of the closed class around a change ("make it", "kar do",
 * "instead", a pronoun); null otherwise. A repeat, a list or a person is no bare change.
 */
export function changeOnly(text: string, clock: QuickClock): Change | null {
  const whole = valuesOnly(text, clock) ?? valuesOnly(withLevelsNamed(text), clock);
  if (whole) return whole;
  // "change it to urgent and due saturday": each part a change of its own, made as one.
  const parts = text.split(JOINERS).filter((p) => words(p).length > 0);
  if (parts.length < 2) return null;
  const changes = parts.map((part) => valuesOnly(part, clock) ?? valuesOnly(withLevelsNamed(part), clock));
  return changes.every((c) => c !== null) ? Object.assign({}, ...changes) : null;
}

/** "bump it to high": a level word said alone in a change names the priority ("high priority"). */
function withLevelsNamed(text: string): string {
  return text.replace(/\b(low|medium|high)\b(?!\s+priority)/giu, '$1 priority');
}

/** "actually no, medium": a correction of one level word is the priority it names. */
function levelOnly(text: string, clock: QuickClock): Change | null {
  const said = words(withoutTrailingFiller(text));
  if (said.length !== 1) return null;
  const read = valuesOf(`${said[0]} priority`, clock);
  return read?.priority && Object.keys(read).length === 1 ? read : null;
}

type QuickClock = { now: Date; timeZone: string; dateOrder: AgentInput['dateOrder'] | null };
/** The conjunctions of the closed class: ",", "and", "aur", "اور". */
export const JOINERS = new RegExp(`\\s*(?:,|،|(?<=\\s)(?:${data.joiners.join('|')})(?=\\s))\\s*`, 'u');

/** The line without the closed-class words it ends with ("urgent then" -> "urgent", "friday kar do" -> "friday"). */
function withoutTrailingFiller(text: string): string {
  let line = text.trim();
  for (;;) {
    const last = /(?:^|\s)(\S+)[\s.!?؟۔]*$/u.exec(line);
    const word = last?.[1]?.toLowerCase().replace(/[.,!?؟۔،]+$/u, '');
    if (!last || !word || !FILLER.has(word) || words(line).length <= 1) return line;
    line = line.slice(0, last.index).trim();
  }
}

/** A clock time said bare ("7:30"): quick add reads it with "at" ("at 7:30"), as a change means it. */
const BARE_CLOCK = /(?<![\p{L}\p{N}:])(?<!(?:^|\s)at\s)(\d{1,2}:\d{2})(?![\p{L}\p{N}:])/iu;

/**
 * The change a line says with nothing else; quick add reads the line whole first (a tie word such
 * as "ہفتے کو" tells Saturday from a week), then without the closed-class words it ends with.
 */
function valuesOnly(said: string, clock: QuickClock): Change | null {
  const whole = valuesOf(said.replace(BARE_CLOCK, 'at $1'), clock);
  if (whole) return whole;
  const trimmed = withoutTrailingFiller(said);
  const read = trimmed === said.trim() ? null : valuesOf(trimmed.replace(BARE_CLOCK, 'at $1'), clock);
  if (read) return read;
  // "actually make that 6": an hour said alone is a time ("at 6"), in the task's half of the day.
  const hour = BARE_HOUR.exec(trimmed);
  return hour && Number(hour[1]) >= 1 && Number(hour[1]) <= 12
    ? valuesOf(trimmed.replace(BARE_HOUR, 'at $1'), clock)
    : null;
}

/** An hour said alone, a number of one or two digits that no other word ties to a unit or a date. */
const BARE_HOUR = /(?<![\p{L}\p{N}:.])(?<!(?:^|\s)at\s)(\d{1,2})(?![\p{L}\p{N}:.])/u;

/**
 * The values a part says, read by quick add after the phrases it has no form for are put in its
 * forms: a closing tag clause ("decor ka tag laga do", "مرمت کا ٹیگ لگا دو") and English priority
 * and tag phrases ("high priority", "tag it clients").
 */
function valuesOf(said: string, clock: QuickClock): Change | null {
  const text = markEnglishDetails(tagClauseMarked(said));
  const read = parseQuickAdd(text, { ...clock, urdu: true });
  if (read.matches.length === 0 || read.recurrence || read.list || read.assignee || read.reminders.length > 0)
    return null;
  let left = ` ${text.toLowerCase()} `;
  for (const m of read.matches) left = left.replace(m.text.toLowerCase(), ' ');
  if (!words(left).every((w) => FILLER.has(w))) return null;
  const change: Change = {};
  if (read.due_at) Object.assign(change, { due_at: read.due_at, due_date: null });
  else if (read.due_date) Object.assign(change, { due_date: read.due_date, due_at: null });
  if (read.priority) change.priority = read.priority;
  if (read.tags.length > 0) change.addTags = read.tags;
  return Object.keys(change).length > 0 ? change : null;
}

/**
 * "the last two", "pehle teen", "آخری دو", "both": that many tasks from the end or the start of the
 * listing in focus (both: a listing of two), and what the rest of the line asks done to them (a
 * change, "move both to friday"; or an action read with a pronoun in their place, "mark them done",
 * or a line ending in a done phrase). Null when the line points at no such span.
 */
function pointedSpan(
  text: string,
  lang: Lang,
  focus: Focus,
  clock: QuickClock,
): { ids: number[]; action: Action | null; change: Change | null; rest: string } | null {
  // A listing, or several tasks just added ("the second one" after "two things: A and B").
  if (focus.did !== 'listed' && !(focus.did === 'added' && focus.tasks.length > 1)) return null;
  const ws = words(text);
  const pointed = spanOf(ws, focus);
  if (!pointed) return null;
  const { tasks, at, length } = pointed;
  const action = spanAction(text, lang);
  if (action) return { ids: tasks.map((t) => t.id), action, change: null, rest: '' };
  // "both of them can move to friday", "dono ko jumma pe kar do": a change said of the span alone.
  const rest = [...ws.slice(0, at), ...ws.slice(at + length)].filter((w) => !SPAN_AROUND.has(w)).join(' ');
  const change = words(rest).length > 0 ? changeOnly(rest, clock) : null;
  return { ids: tasks.map((t) => t.id), action: change ? 'update' : null, change, rest };
}

/**
 * What a line pointing at a span asks done to it, clause by clause, the pointer read as a pronoun:
 * a completion, deletion or reopening of "them" ("tick them off", "inko tick kar do"), a command with
 * no object ("tick kar do" after "dono ho gaye"), or news of them done ("both went through", "last
 * two are sorted", "dono ho gaye", "دونوں ہو گئے"). Null when it asks none.
 */
function spanAction(text: string, lang: Lang): Action | null {
  const clauses = text.split(/\s*[,،;]\s*/u).map((clause) => {
    const ws = words(clause);
    const at = ws.findIndex((w) => BOTH.has(w) || LAST.has(w) || FIRST.has(w));
    if (at < 0) return ws.join(' ');
    const length = BOTH.has(ws[at]!) ? 1 : countOf(ws[at + 1]) !== null ? 2 : 1;
    return [...ws.slice(0, at), data.plural[lang], ...ws.slice(at + length)].join(' ');
  });
  for (const clause of clauses) {
    if (words(clause).length === 0) continue;
    const u = understand(clause, { now: new Date(0), timeZone: 'UTC' });
    const acts = u.intent === 'complete' || u.intent === 'delete' || u.intent === 'reopen';
    if (acts && (u.target.kind === 'it' || u.target.kind === 'none')) return u.intent;
  }
  return clauses.some((clause) => endsDone(clause, lang) || saysDoneOfThem(clause, lang)) ? 'complete' : null;
}

const EN_DONE = DONE_WORDS.en;
const EN_NOT = new Set(en.notWords);
/** English news of a thing done said of "them" ("them are sorted as well", "them went through"). */
function saysDoneOfThem(clause: string, lang: Lang): boolean {
  if (lang !== 'en') return false;
  const ws = words(clause);
  if (!ws.includes(data.plural.en) || ws.some((w) => EN_NOT.has(w) || /n't$/u.test(w))) return false;
  return anyOf(ws.join(' '), EN_DONE);
}

/** The words beside a span that name it again ("both of them", "dono ko"): a pronoun, "of". */
const SPAN_AROUND = new Set([...IT_WORDS, 'of', 'wala', 'wali', 'wale', 'walay', 'والا', 'والی', 'والے']);

/**
 * Where a line points at part of the listing in focus: "the last two" (a pointer and a count),
 * "both" of a listing of two. The tasks, and the index and length of the words that point.
 */
function spanOf(ws: string[], focus: Focus): { tasks: Focus['tasks']; at: number; length: number } | null {
  // "آخری دونوں", "pehle dono": the last two, the first two (both of them at that end).
  const countAfter = (w: string | undefined) => (w !== undefined && BOTH.has(w) ? 2 : countOf(w));
  const at = ws.findIndex((w, i) => (LAST.has(w) || FIRST.has(w)) && countAfter(ws[i + 1]) !== null);
  const both = ws.findIndex((w) => BOTH.has(w));
  if (at < 0 && both >= 0)
    return focus.tasks.length === 2 ? { tasks: focus.tasks, at: both, length: 1 } : null;
  if (at < 0) {
    // "the second one can wait till monday", "doosre wale ko kal pe kar do": one task by its place.
    const placed = ws.findIndex((w) => ordinalOf(w) !== null);
    const place = placed >= 0 ? ordinalOf(ws[placed]!)! : -2;
    const index = place === -1 ? focus.tasks.length - 1 : place;
    if (placed < 0 || index < 0 || index >= focus.tasks.length) return null;
    return { tasks: [focus.tasks[index]!], at: placed, length: 1 };
  }
  const n = countAfter(ws[at + 1])!;
  // "the last one", "pehla wala": one task at that end.
  if (n === 1) return { tasks: [LAST.has(ws[at]!) ? focus.tasks.at(-1)! : focus.tasks[0]!], at, length: 2 };
  if (n < 2 || n > focus.tasks.length) return null;
  const tasks = LAST.has(ws[at]!) ? focus.tasks.slice(-n) : focus.tasks.slice(0, n);
  return { tasks, at, length: 2 };
}

/** A count said as a numeral or a number word ("two", "do", "دو"). */
export function countOf(word: string | undefined): number | null {
  if (!word) return null;
  if (/^\d{1,2}$/u.test(word)) return Number(word);
  return COUNT_WORDS.get(word) ?? numberWord(word);
}
