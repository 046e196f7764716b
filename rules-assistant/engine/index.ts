// The built-in assistant: no model, no network. It reads the message (understand.ts), finds the
// task it is about (by id, by position in the last list shown, or by words of its title, asking
// when several match), calls the task tools and confirms in the language it was spoken to in.

import { dayIn } from '#shared/time/zone.js';
import type {
  Agent,
  AgentInput,
  AgentOutput,
  HistoryMessage,
  ToolCallRecord,
} from '../../server/features/assistant/agent.js';
import { dueWords } from './dates.js';
import { nearerHalf, sameTimeOn } from './keeptime.js';
import en from './lang/en.json' with { type: 'json' };
import guard from './lang/guard.json' with { type: 'json' };
import roman from './lang/roman.json' with { type: 'json' };
import rules from './lang/rules.json' with { type: 'json' };
import ur from './lang/ur.json' with { type: 'json' };
import { cleanText, detectLanguage, type Lang, words, wordsMeet } from './language.js';
import { type ListRequest, readListRequest, subtaskTitles } from './lists.js';
import { englishReminder, type Reminder, urduReminder } from './reminders.js';
import { englishRule } from './repeats.js';
import { addedText, changeText, numbered, reminderText, repeatText, type ShownTask, say } from './replies.js';
import { type SharedTurn, shared, sharingRequest, URDU_SOUNDS, viewOnly } from './shared.js';
import { readSharingRequest, type SharingRequest } from './sharing.js';
import {
  notesAfterWords,
  readAbout,
  saysADay,
  saysAnotherToo,
  saysClockTime,
  saysFuture,
  saysHalfOfDay,
  saysNotYet,
  taskNamed,
  tellsOfOther,
  wordsBeyond,
} from './stages/about.js';
import { readAddressed } from './stages/addressed.js';
import { askedToCheck, checkFirst } from './stages/checkfirst.js';
import { asksSomething, IMPERATIVE_ENDINGS } from './stages/commands.js';
import { withoutStillOpen } from './stages/contrast.js';
import { answerToDelete, askToDelete, deletion } from './stages/deletes.js';
import { doneNews, dueNews, setsAMoment, undoneNews } from './stages/done.js';
import { readEdit } from './stages/edits.js';
import { realTags, repeatSaid, sweepSaid, unreadableDate, unreadWords } from './stages/guard.js';
import { halvesActing } from './stages/halves.js';
import { asksToHandOver, handsOver, personNamed, taskHanded } from './stages/handover.js';
import { type ClauseReading, dryRun, leftOutNote, oneClauseActing, type Unread } from './stages/leftover.js';
import { passiveNews, trimNews } from './stages/news.js';
import { normalise, spelledOut } from './stages/normalise.js';
import { dueFits, occurrenceOff, oneTimeSaid, saysOneTimeOff } from './stages/occurrence.js';
import { readBehindQuestion, readListQuestion, readQuestion, type TaskQuestion } from './stages/question.js';
import { readReopen } from './stages/reopen.js';
import { retracted } from './stages/retraction.js';
import { splitRequests } from './stages/split.js';
import { readStatement, type Statement, statementBody, titleSaysToDo } from './stages/statement.js';
import {
  bestMatching,
  bestOf,
  closestTasks,
  firmlyNear,
  JOINERS,
  namesOnlyPart,
  onlyTaskSharing,
  POSTPOSITIONS,
  tasksRestated,
  tasksSharing,
  tasksSharingAWord,
  titlesContained,
} from './stages/target.js';
import {
  isThanks,
  namesAField,
  pointsAtTask,
  readTodo,
  todoBody,
  todoNear,
  withAsides,
  withoutRemindLead,
} from './stages/todo.js';
import { laterParts, togetherActing } from './stages/together.js';
import { tidyTitle } from './stages/values.js';
import { type Ask, askOf, finalState, lastAsked, withAsks } from './state.js';
import {
  type Change,
  dueChange,
  isCommandWord,
  type ListFilters,
  readTarget,
  type Status,
  type Target,
  type Understanding,
  understand,
} from './understand.js';
import type { Clock } from './when.js';

const MUTATING = new Set([
  'add_task',
  'add_task_details',
  'complete_task',
  'delete_task',
  'update_task',
  'set_task_details',
  'reopen_task',
  'quick_add',
  'skip_occurrence',
  'assign_task',
  'comment_on_task',
]);
const READS = new Set(['list_tasks', 'search_tasks']);
/** What "which one?" and the other questions about which task is meant leave as state. */
const WHICH: Ask = { kind: 'which' };
/** What a proposal or a guess leaves as state: "yes" carries it out. */
const PROPOSED: Ask = { kind: 'proposal' };
const SHOW_AT_MOST = 25;

interface Found {
  id: number;
  title?: string;
  completed?: boolean;
  tags?: string[];
  reminders?: Reminder[];
  due_date?: string | null;
  due_at?: string | null;
  recurrence?: string | null;
}

type Action = 'complete' | 'delete' | 'reopen' | 'update' | 'skip';

/** A task as get_task tells it, read once per turn. */
interface Current {
  title: string | null;
  tags: string[];
  reminders: Reminder[];
  due: boolean;
  due_date: string | null;
  due_at: string | null;
  recurrence: string | null;
}

class Turn {
  readonly calls: ToolCallRecord[] = [];
  /** Tasks read with get_task during this turn. */
  readonly current = new Map<number, Current>();
  readonly lang: Lang;
  readonly clock: Clock;
  constructor(
    readonly input: AgentInput,
    message: string,
    lang?: Lang,
  ) {
    this.lang = lang ?? detectLanguage(message);
    this.clock = { now: input.now, timeZone: input.timeZone };
  }

  async call(name: string, args: Record<string, unknown>): Promise<{ result: unknown; isError: boolean }> {
    const full = { user_id: this.input.userId, ...args };
    const outcome = await this.input.callTool(name, full);
    this.calls.push({ name, arguments: full, result: outcome.result });
    return outcome;
  }

  reply(text: Record<Lang, string>): AgentOutput {
    return { response: text[this.lang], tool_calls: this.calls };
  }

  /** A reply that puts a question: what it asked is kept as the turn's state (state.ts). */
  ask(text: Record<Lang, string>, asked: Ask): AgentOutput {
    return { response: text[this.lang], tool_calls: this.calls, state: { asks: [asked] } };
  }

  /** A reply saying the line was not understood, or not what to change: its clauses may be read alone. */
  unread(text: Record<Lang, string>, understood: Unread, asked?: Ask): AgentOutput {
    const out = asked ? this.ask(text, asked) : this.reply(text);
    UNREAD.set(out, understood);
    return out;
  }
}

/** Replies that understood nothing to do (stages/leftover.ts reads such a line clause by clause). */
const UNREAD = new WeakMap<AgentOutput, Unread>();

export const offlineAgent: Agent = {
  name: 'offline',
  run: async (typed) => finalState(typed.message, await answer(typed, true)),
};

/** The same assistant without the check first: the readers' plan carried out as read (for the eval's measures). */
export const uncheckedAgent: Agent = {
  name: 'offline, unchecked',
  run: async (typed) => finalState(typed.message, await answer(typed, false)),
};

/** The answer to one message; `checked`: whether a plan scored as risky is asked about first. */
async function answer(typed: AgentInput, checked: boolean): Promise<AgentOutput> {
  // "hogya", "kr lia": texted Roman Urdu is read in its usual spelling by every stage.
  const spelled = { ...typed, message: spelledOut(typed.message) };
  // "Zainab's PTM": initials in capitals read as the words of the one task title they abbreviate.
  const input = { ...spelled, message: await initialsSpelled(spelled) };
  // "yes" to "Delete X?": the request before it read again, deleting only what was named.
  const lang = detectLanguage(input.message);
  const said = yesOrNo(input.message);
  const confirmed = await answerToDelete(
    input,
    said,
    (again) => offlineAgent.run(again),
    say.declined()[lang],
    MUTATING,
  );
  if (confirmed) return confirmed;
  // "yes" to "I would mark X done. Shall I?": the request asked about, carried out as it was read.
  const request = askedToCheck(input.history);
  if (request !== null && said === 'no') return { response: say.declined()[lang], tool_calls: [] };
  if (request !== null && said === 'yes')
    return answer({ ...typed, message: request, history: typed.history.slice(0, -2) }, false);
  const clock = { now: input.now, timeZone: input.timeZone };
  if (checked && said === null && !pendingQuestion(input.history, clock)) {
    const first = await checkFirst(input, lang, withFixes, MUTATING);
    if ('answer' in first) return first.answer;
    return withFixes({ ...input, callTool: first.tools });
  }
  return withFixes(input);
}

/** The reply, with a note of how misspelt words were read when it changed something. */
async function withFixes(input: AgentInput): Promise<AgentOutput> {
  const lang = detectLanguage(input.message);
  const out = await replyOrClause(input);
  // Say how a misspelt word was read when it changed something ("tomorow" as "tomorrow").
  const fixes = normalise(input.message).fixes;
  if (fixes.length === 0 || !out.tool_calls.some((c) => MUTATING.has(c.name))) return out;
  const pairs = fixes.map(([from, to]) => `"${from}" -> "${to}"`).join(', ');
  const note =
    lang === 'en'
      ? ` (Read as: ${pairs}.)`
      : lang === 'roman'
        ? ` (Aise samjha: ${pairs}.)`
        : ` (یوں سمجھا: ${pairs}۔)`;
  return { ...out, response: `${out.response}${note}` };
}

/**
 * The message with each word in capitals of two to five letters ("PTM") that no task title has
 * written out as the run of title words it abbreviates ("parent-teacher meeting"), when exactly one
 * open task's title has such a run. Looks at the tasks only when such a word is there, and the look
 * is no part of the answer's calls.
 */
async function initialsSpelled(input: AgentInput): Promise<string> {
  const initials = [...new Set(input.message.match(/\b[A-Z]{2,5}\b/gu) ?? [])];
  if (initials.length === 0) return input.message;
  const outcome = await input.callTool('list_tasks', { user_id: input.userId, status: 'pending' });
  const tasks = outcome.isError ? [] : (outcome.result as ShownTask[]);
  let message = input.message;
  for (const short of initials) {
    const lower = short.toLowerCase();
    if (tasks.some((t) => words(t.title).some((w) => w === lower || w.split(/[-/]/u).includes(lower))))
      continue;
    const runs = tasks.flatMap((t) => {
      const parts = t.title.split(/[\s-]+/u).filter((w) => /^\p{L}/u.test(w));
      const found: string[] = [];
      for (let i = 0; i + short.length <= parts.length; i++) {
        const run = parts.slice(i, i + short.length);
        if (run.map((w) => w[0]!.toLowerCase()).join('') === lower) found.push(run.join(' '));
      }
      return found;
    });
    if (runs.length === 1) message = message.replace(new RegExp(`\\b${short}\\b`, 'gu'), runs[0]!);
  }
  return message;
}

/**
 * The reply to one message; when it understood nothing to do and no question is pending, the one
 * clause of the line that asks for a change, carried out alone (stages/leftover.ts).
 */
async function replyOrClause(input: AgentInput): Promise<AgentOutput> {
  const pending = pendingQuestion(input.history, { now: input.now, timeZone: input.timeZone });
  // "make it top priority and due tomorrow": several changes of one task's details made as one.
  // The whole line read once in a dry run, for both.
  const made =
    pending || laterParts(input.message).length === 0
      ? null
      : await dryRun(input, input.message, CLAUSE_READING);
  const together = made ? await togetherActing(input, CLAUSE_READING, made) : null;
  if (together) return together;
  // Two requests no reader cut apart: each half carried out when each asks for a change of its own.
  const halves = pending ? null : await halvesActing(input, CLAUSE_READING, made ?? undefined);
  if (halves) return halves;
  const out = await reply(input);
  const whole = UNREAD.get(out);
  if (!whole || pending || out.tool_calls.some((c) => MUTATING.has(c.name))) return out;
  const alone = await oneClauseActing(input, detectLanguage(input.message), whole, CLAUSE_READING);
  return alone ?? out;
}

const CLAUSE_READING: ClauseReading = {
  read: reply,
  unread: (out) => UNREAD.get(out),
  mutating: MUTATING,
  adding: new Set(['add_task', 'add_task_details', 'quick_add']),
  saysTodo: (text, clock) => statementBody(text).marked || readTodo(heardAs(text), clock)?.marked === true,
  asks: asksSomething,
};

/**
 * The reply to one message, before any note on how misspelt words were read. `lang`: the language
 * it was said in, when the message is that of a request put into its command form.
 */
async function reply(input: AgentInput, lang?: Lang): Promise<AgentOutput> {
  const turn = new Turn(input, input.message, lang);
  const clock = { now: input.now, timeZone: input.timeZone };
  const told = normalise(input.message);
  // "ward 6 checklist done, the ward 4 one is still pending": the remark on the other task goes.
  const remarkless = withoutStillOpen(told.text);
  const normalised = remarkless ? { ...told, text: remarkless } : told;
  // "X ke neeche likh do: Y", "شادی والی لسٹ میں ڈال دیں: Y": a request addressed to a task or a
  // list by name is read in its command form, and answered in the language it was said in.
  // "add milk, no wait, never mind": a request taken back in the same line changes nothing.
  if (retracted(normalised.text)) return turn.reply(say.declined());
  const commandForm = lang ? null : readAddressed(normalised.text, turn.lang);
  if (commandForm && !pendingQuestion(input.history, clock))
    return reply({ ...input, message: commandForm }, turn.lang);
  let u =
    readEdit(normalised.text, clock) ??
    editBeforeReason(normalised.text, clock) ??
    understand(normalised.text, clock);

  let pending = pendingQuestion(input.history, clock);
  if (pending?.kind === 'proposal' || pending?.kind === 'suggested') {
    // The answer to a proposal ("Add X as a new task?", "Did you mean X?"): "yes" carries it out.
    const answer = yesOrNo(input.message);
    if (answer === 'no') return turn.reply(say.declined());
    if (answer === 'yes') {
      if (pending.kind === 'proposal') return add(turn, pending.statement);
      const task = await suggested(turn, pending.action, pending.terms);
      if (task) return act(turn, pending.action, { kind: 'id', id: task.id }, pending.change);
      return turn.ask(say.whichTask(), WHICH);
    }
    // Anything else is a new request.
    pending = null;
  }
  if (pending?.kind === 'undo') {
    // The answer to "undo adding X?"; anything else is read as a new request.
    const answer = yesOrNo(input.message);
    if (answer === 'yes') return undo(turn, true);
    if (answer === 'no') return turn.reply(say.declined());
  }
  // The answer to "what should I call the new list?": a short name is the list's.
  if (pending?.kind === 'listName' && words(input.message).length <= 5 && !readListRequest(input.message))
    return (
      (await listRequest(turn, { kind: 'create', name: tidyTitle(input.message) }, clock)) ??
      turn.ask(say.askListName(), { kind: 'listName' })
    );
  if (pending?.kind === 'title' && (u.intent === 'unknown' || u.intent === 'add')) {
    u = understand(`add ${cleanText(input.message)}`, clock);
  }
  // An answer to "when should it start?" after a new rule for a task with no due moment: "friday".
  if (pending?.kind === 'action' && pending.change?.recurrence && pending.target) {
    const due = dueChange(startAnswer(input.message), clock);
    if (due) return act(turn, 'update', pending.target, { ...pending.change, ...due });
  }
  // An answer to "which one?" by name: "team meeting".
  if (pending?.kind === 'action' && u.intent === 'unknown')
    return act(turn, pending.action, readTarget(words(input.message)), pending.change);
  // "Sara's taking over the pitch deck, put her on it": a task handed to a person of a shared list.
  const handed = pending ? null : await handedOver(turn, normalised.text);
  if (handed) return handed;
  if (pending?.kind !== 'title') {
    const sharing = readSharingRequest(input.message);
    const answered = sharing ? await sharingRequest(sharedTurn(turn), sharing) : null;
    if (answered) return answered;
  }
  if (pending?.kind === 'sharing' && (u.intent === 'select' || u.intent === 'unknown')) {
    // The answer to "which one?": a position in the list shown, or words of the title.
    const target: Target =
      u.intent === 'select' ? { kind: 'position', index: u.index } : readTarget(words(input.message));
    const answered = await sharingRequest(sharedTurn(turn, target), pending.request);
    if (answered) return answered;
  }
  if (isThanks(normalised.text)) return turn.reply(say.thanks());
  // "wipe all the business stuff, starting fresh": many tasks in vague words; ask, change nothing.
  if (!pending && sweepSaid(normalised.text, turn.lang)) return turn.reply(say.bulk());
  // "no backup this sunday, I'll be at my sister's mehndi": this one time of a repeating task is off.
  const skipped = pending ? null : await skippedWhole(turn, normalised.text);
  if (skipped) return skipped;
  const question = pending ? null : readQuestion(normalised.text);
  const answer = question ? await answerQuestion(turn, question) : null;
  if (answer) return answer;
  const behind = pending ? null : readBehindQuestion(normalised.text);
  if (behind) return list(turn, { intent: 'list', ...behind });
  const asking = !pending && u.intent === 'unknown' ? readListQuestion(normalised.text, turn.clock) : null;
  if (asking) return list(turn, { intent: 'list', filters: asking, count: false });
  // A question about a task ("did I ... ?", "kya X ho gaya?") is never read as a change of it.
  if (question) return turn.reply(say.notFound(question.task.join(' ')));
  const reopening = pending ? null : readReopen(normalised.text);
  if (reopening) {
    // "put it back as not done", "wapas baaki kaamon mein daal do": the one finished task named.
    const outcome = await turn.call('list_tasks', { status: 'completed' });
    const closed = outcome.isError ? [] : (outcome.result as ShownTask[]);
    const close = closestTasks(closed, reopening);
    const named = close.length === 1 ? close : onlyTaskSharing(closed, reopening);
    if (named.length === 1) return act(turn, 'reopen', { kind: 'id', id: named[0]!.id }, null);
    // Never read as anything else (it is no new task): ask which finished task is meant.
    // A reopening is asked for in so many words: the one finished task sharing a word of them is it.
    const shared = close.length > 1 ? close : closed.filter((t) => wordsMeetAny(words(t.title), reopening));
    if (shared.length === 1) return act(turn, 'reopen', { kind: 'id', id: shared[0]!.id }, null);
    if (shared.length > 1 && shared.length <= 5)
      return turn.ask(say.which(numbered(shared, turn.lang, turn.clock)), WHICH);
    turn.calls.pop();
    return turn.ask(say.whichTask(), WHICH);
  }
  if (!pending) {
    const request = readListRequest(input.message);
    const answered = request ? await listRequest(turn, request, clock) : null;
    if (answered) return answered;
  }
  if (u.intent === 'select') {
    if (pending?.kind === 'action')
      return act(turn, pending.action, { kind: 'position', index: u.index }, pending.change);
    const shown = lastShownList(input.history);
    const task = shown ? pick(shown, u.index) : undefined;
    return turn.reply(task ? say.whichTask() : say.help());
  }
  // "the money to abbu didn't go through, bank reversed it, still have to send it": one finished
  // task named and told as not done after all is one request, however many clauses tell it.
  const undoneWhole = pending ? null : await reopenedWhole(turn, normalised.text);
  if (undoneWhole) return undoneWhole;
  // "X hata dein, class band ho gayi hai": a deletion with its reason is the deletion alone.
  const reasoned = pending ? null : deletionWithReason(normalised.text, clock);
  if (reasoned) return handleRead(turn, reasoned.text, reasoned.u);
  // "X, note: Y" is one request with its note, never two.
  const parts = pending || todoBody(normalised.text).note ? [] : splitRequests(normalised.text, clock);
  if (parts.length < 2) return pending ? handle(turn, u) : handleRead(turn, normalised.text, u);
  // Several requests in one line: each is carried out in turn, and the replies are joined.
  const replies: string[] = [];
  const outs: AgentOutput[] = [];
  const unread: string[] = [];
  const reasons = await reasonsBeside(input, parts);
  for (const part of parts) {
    // "X can wait till friday, she's off tomorrow": a reason beside a change is no new task.
    if (reasons.has(part)) {
      unread.push(part);
      continue;
    }
    // "make a Personal list": a part that is a request about lists is read as one.
    const about = readListRequest(part);
    const out =
      (about ? await listRequest(turn, about, clock) : null) ??
      (await handleRead(turn, part, readEdit(part, clock) ?? understand(part, clock)));
    // A part nothing was read from is said once as left out, not answered with the help text.
    if (UNREAD.get(out) === 'nothing') unread.push(part);
    // Two parts that made one change of one task (merged by the together stage) say it once.
    else if (!replies.includes(out.response)) {
      replies.push(out.response);
      outs.push(out);
    }
  }
  if (replies.length === 0) return turn.unread(say.unknown(), 'nothing');
  if (unread.length > 0) replies.push(leftOutNote(turn.lang, unread));
  return withAsks({ response: replies.join(' '), tool_calls: turn.calls }, ...outs);
}

/**
 * The parts of a line that would only add a task, not said as a to-do nor asked to be added, when
 * another part changes a task there is: "X can wait till friday 10am, she's off tomorrow", "Ammi got
 * a new phone and WhatsApp works fine on it, so delete X". Such a part gives the reason for the
 * change; it is left out (and said to be). Each part is read alone in a dry run.
 */
async function reasonsBeside(input: AgentInput, parts: string[]): Promise<Set<string>> {
  const clock = { now: input.now, timeZone: input.timeZone };
  const plans = await Promise.all(parts.map((part) => dryRun(input, part, CLAUSE_READING)));
  const adds = (i: number) =>
    plans[i]!.length > 0 && plans[i]!.every((c) => CLAUSE_READING.adding.has(c.name));
  const changes = plans.some((plan) => plan.some((c) => !CLAUSE_READING.adding.has(c.name)));
  const out = new Set<string>();
  if (!changes) return out;
  parts.forEach((part, i) => {
    const said = words(part);
    const asked = isCommandWord(said[0] ?? '') || IMPERATIVE_ENDINGS.has(said.at(-1) ?? '');
    if (adds(i) && !CLAUSE_READING.saysTodo(part, clock) && !ASKS_TO_ADD.test(part) && !asked) out.add(part);
  });
  return out;
}

/**
 * "قرآن کلاس کی فیس والا کام ہٹا دیں، کلاس بند ہو گئی ہے", "delete X, the trip is off": a deletion
 * followed by clauses with no command in them; those clauses give the reason, and are no news of a
 * task done or changed.
 */
function deletionWithReason(text: string, clock: Clock): { text: string; u: Understanding } | null {
  const [head, ...tail] = text.split(/\s*[,،;]\s*/u);
  if (!head || tail.length === 0) return null;
  const u = understand(head, clock);
  if (u.intent !== 'delete') return null;
  const commands = tail.some((part) => {
    const ws = words(part);
    return isCommandWord(ws[0] ?? '') || IMPERATIVE_ENDINGS.has(ws.at(-1) ?? '') || readEdit(part, clock);
  });
  return commands ? null : { text: head, u };
}

const PLAN_CHANGED = new Set(guard.planChanged);

/**
 * "Omar's PTM is at 10:30 now", "MBA interviews are now on thursday the 31st": a moment said as
 * changed, in a line that never asks to add, moves the one open task the line names; null when it
 * names none or several (the caller asks or proposes).
 */
async function momentChanged(
  turn: Turn,
  line: string,
  details: { title: string; due_date?: string | null; due_at?: string | null },
  open: ShownTask[],
): Promise<AgentOutput | null> {
  if (!toldAsChanged(line) || (!details.due_at && !details.due_date)) return null;
  const naming = taskNamed(line, open, turn.lang);
  const said = words(details.title);
  let named =
    naming?.kind === 'one'
      ? [naming.task]
      : naming?.kind === 'several'
        ? naming.tasks
        : closestTasks(open, said);
  if (named.length === 0) named = bestMatching(open, said);
  if (named.length === 0) {
    // Tasks sharing a longer word of it ("qureshi"): several are asked about, one is too little to move.
    const sharing = tasksSharingAWord(open, said);
    if (sharing.length > 1) named = sharing;
  }
  // "the qureshi appointment got moved to saturday" with two such appointments: which one, never a new task.
  if (named.length > 1 && named.length <= 5)
    return turn.ask(say.which(numbered(named, turn.lang, turn.clock)), WHICH);
  if (named.length !== 1) return null;
  // "towels ab sirf monday ko ...": days said of a repeating task change its rule, not its next date.
  if ((await currentTask(turn, named[0]!.id)).recurrence) return null;
  const due = { due_date: details.due_date ?? null, due_at: details.due_at ?? null };
  return act(turn, 'update', { kind: 'id', id: named[0]!.id }, due);
}

/** Whether a line tells of a plan changed ("ab", "instead", "اب") and never asks for anything. */
function toldAsChanged(line: string): boolean {
  return !asksSomething(line) && words(line).some((w) => PLAN_CHANGED.has(w));
}

/** The answer to a question about one task (its due moment, whether it is done); null when no task is named. */
async function answerQuestion(turn: Turn, question: TaskQuestion): Promise<AgentOutput | null> {
  const outcome = await turn.call('list_tasks', { status: 'all' });
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const close = closestTasks(all, question.task);
  // "did I already put in something about Zainab's uniform?": the one task sharing a telling word.
  const named = close.length === 0 ? onlyTaskSharing(all, question.task) : close;
  if (named.length > 1 && named.length <= 5)
    return turn.ask(say.which(numbered(named, turn.lang, turn.clock)), WHICH);
  if (named.length !== 1) {
    turn.calls.pop();
    return null;
  }
  const found = named[0]!;
  const read = await turn.call('get_task', { task_id: found.id });
  const task = (read.isError ? found : { ...found, ...(read.result as object) }) as ShownTask;
  const title = task.title;
  const when = dueWords(task.due_date, task.due_at, turn.lang, turn.clock);
  if (question.ask === 'due')
    return turn.reply(
      when
        ? said(
            `"${title}" is due ${when}${task.completed ? ' (done)' : ''}.`,
            `"${title}" ${when} due hai${task.completed ? ' (ho chuka)' : ''}.`,
            `"${title}" کی آخری تاریخ ${when} ہے${task.completed ? ' (مکمل)' : ''}۔`,
          )
        : said(
            `"${title}" has no due date.`,
            `"${title}" ki koi due date nahi.`,
            `"${title}" کی کوئی آخری تاریخ نہیں۔`,
          ),
    );
  if (task.completed)
    return turn.reply(
      said(
        `Yes, "${title}" is done.`,
        `Haan, "${title}" ho chuka hai.`,
        `جی ہاں، "${title}" مکمل ہو چکا ہے۔`,
      ),
    );
  return turn.reply(
    said(
      `No, "${title}" is still open${when ? `, due ${when}` : ''}.`,
      `Nahi, "${title}" abhi baqi hai${when ? `, ${when} due` : ''}.`,
      `نہیں، "${title}" ابھی باقی ہے${when ? `، آخری تاریخ ${when}` : ''}۔`,
    ),
  );
}

/**
 * A request as read; with no command word, a statement of something to do ("parson subah gym jana
 * hai") is a new task, unless an open task has its words: then it may be about that task, so ask.
 */
async function handleRead(turn: Turn, text: string, first: Understanding): Promise<AgentOutput> {
  const read = await softEdit(turn, text, first);
  // "X ki date hafte ko shift ho gayi": "ho gayi" after a word of change is a move, not a task done.
  // "X can be done by the 25th instead": done said of what is to come is no completion either.
  // "ری یونین ڈنر اب جمعہ کو ہوگا": what will happen is no news of a thing done either.
  const lang = detectLanguage(text);
  const notDone =
    changedNotDone(text) ||
    saysNotYet(text, lang) ||
    (saysFuture(text, lang) && !isCommandWord(words(text)[0] ?? ''));
  let u = read.intent === 'complete' && notDone ? ({ intent: 'unknown' } as const) : read;
  // "finished half of the report", "aadha assignment submit kar diya": part done is not done.
  if (
    words(text).some((w) => PART_WORDS.has(w)) &&
    (u.intent === 'complete' || doneNews(text, detectLanguage(text)))
  )
    return turn.reply(say.partDone());
  // "ticked X by mistake" reads as a completion to the rules; the mistake is what is meant.
  const undone = ['unknown', 'complete', 'declined', 'reopen'].includes(u.intent)
    ? undoneNews(text, detectLanguage(text))
    : null;
  if (undone) {
    // "ticked X by mistake": the one completed task clearly named is opened again.
    const outcome = await turn.call('list_tasks', { status: 'completed' });
    const closed = outcome.isError ? [] : (outcome.result as ShownTask[]);
    const close = closestTasks(closed, undone);
    // A long line ("turns out the oven isn't really clean yet"): the one finished task sharing a word.
    const named = close.length === 1 ? close : onlyTaskSharing(closed, undone);
    if (named.length === 1) return act(turn, 'reopen', { kind: 'id', id: named[0]!.id }, null);
    turn.calls.pop();
  }
  if (mistakenForCommand(u, text, turn.clock) && !(await namesSomeTask(turn, u))) u = { intent: 'unknown' };
  // A to-do the rules misread is a statement: never news of a task done or moved either.
  const todoFirst = await todoMistakenForCommand(turn, u, text);
  if (todoFirst) u = { intent: 'unknown' };
  if (u.intent === 'unknown') {
    // "make it tomorrow 5pm", "isko friday kar do": the task the last turn was about gets the moment.
    const moved = pointedMove(text, turn.clock);
    if (moved) return act(turn, 'update', { kind: 'it' }, moved);
  }
  if (u.intent === 'add' && !u.description) {
    // "X, note mein likh lo ke ...", "X, note: ...": the note is the task's description, not its title.
    const { body, note } = todoBody(text);
    const again = note ? understand(`add ${body}`, turn.clock) : null;
    if (note && again?.intent === 'add') return handle(turn, { ...again, description: note });
  }
  if (u.intent === 'add' && pointsAtTask(text)) {
    // "X wale task ki description mein likh do ...", "woh kaam wapas baaki kaamon mein daal do": an
    // add read from words pointing at a task is asked about when a task (open or done) shares them.
    const outcome = await turn.call('list_tasks', { status: 'all' });
    const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
    turn.calls.pop();
    const near = tasksSharing(all, words(text));
    if (near.length > 0) {
      const names = near
        .slice(0, 3)
        .map((t) => `"${t.title}"`)
        .join(turn.lang === 'en' ? ' or ' : turn.lang === 'roman' ? ' ya ' : ' یا ');
      return turn.ask(
        say.proposeAdd(u.details.title, addedText(u.details, turn.lang, turn.clock), names),
        PROPOSED,
      );
    }
  }
  if (u.intent === 'complete' && u.target.kind === 'title') {
    // "plumber aa gaya tha, kaam ho gaya": the rules took the news words for the title; when no open
    // task has them, the words the news names decide (one task: completed; several: asked).
    const told = await newsNotTitle(turn, text, u.target.words);
    if (told) return told;
  }
  // "the internet bill arrives every month on the 5th": the rules found the task but no change.
  const unread =
    u.intent === 'update' &&
    u.target.kind === 'title' &&
    (!u.change || !(await namesClosely(turn, u.target.words)));
  if (
    ((u.intent === 'update' && fitsNewTask(u.change)) ||
      // "in 2 hours check if the deploy pipeline finished": done said of a moment to come.
      (u.intent === 'complete' && dueChange(text, turn.clock) !== null)) &&
    u.target.kind === 'title' &&
    !isCommandWord(words(text)[0] ?? '')
  ) {
    // "oil change for the car saturday morning", "parent teacher meeting next tuesday 5pm, remind me
    // 30 minutes before": read as a change of a task, but no task has the words and the line
    // reads as a new task: it is one; proposed when a task shares a word with it.
    const fresh = await newTaskInstead(turn, text, u.target.words);
    if (fresh && fresh.near.length === 0) return add(turn, fresh.statement);
    if (fresh) return turn.ask(proposal(turn, fresh.statement, fresh.near), PROPOSED);
  }
  if (u.intent === 'add' && notesAfterWords(text, detectLanguage(text))) {
    // "flight to dubai - remember to use the miles": a note on the task named, not a new task.
    const noted = await taskFirst(turn, text);
    if (noted && 'response' in noted) return noted;
  }
  if (u.intent !== 'unknown' && !unread) return handle(turn, u);
  // Task-first: a line naming one of the tasks by its title says what about it (stages/about.ts).
  const about = todoFirst ? null : await taskFirst(turn, text);
  if (about && 'response' in about) return about;
  if (unread) return handle(turn, u);
  const due = todoFirst ? null : dueNews(text, detectLanguage(text), turn.clock);
  if (due) {
    // "the cake isn't needed till sunday now": the one open task the words name gets the new moment.
    const outcome = await turn.call('list_tasks', { status: 'pending' });
    const open = outcome.isError ? [] : (outcome.result as ShownTask[]);
    const close = closestTasks(open, due.terms);
    const named = close.length === 1 ? close : bestMatching(open, due.terms);
    // A line that says a thing is to be done ("... banani hai") may be a new task: only a task it
    // names in full is moved, never one sharing a single word.
    const loose = !statementBody(text).marked && !readTodo(heardAs(text), turn.clock)?.marked;
    // One task sharing a single word of the news is a guess: moved when the news says little else
    // ("the invoice is actually due on the 3rd"), asked about when it names other things the task
    // lacks ("registration fee for the Karachi AI conference, deadline is the 22nd").
    const guess = named.length === 0 && loose ? onlyTaskSharing(open, due.terms) : [];
    const beyond =
      guess.length === 1 ? wordsBeyond(due.terms.join(' '), guess[0]!, detectLanguage(text)) : null;
    if (beyond && beyond.beyond.length >= 2 && beyond.beyond.length > beyond.shared.length)
      return turn.reply(say.partlyMatches(guess[0]!.title));
    const one = named.length === 1 ? named : guess;
    if (
      one.length === 1 &&
      !saysMore(text, one[0]!, detectLanguage(text), turn.clock) &&
      !tellsOfOther(text, one[0]!, detectLanguage(text)) &&
      !saysAnotherToo(text, one[0]!.title, detectLanguage(text))
    )
      return act(
        turn,
        'update',
        { kind: 'id', id: one[0]!.id },
        { due_date: due.due_date, due_at: due.due_at },
      );
    turn.calls.pop();
  }
  const done = todoFirst ? null : doneNews(text, detectLanguage(text));
  if (done) {
    // "the tap is fixed now": one open task clearly named is completed; else nothing changes.
    const outcome = await turn.call('list_tasks', { status: 'pending' });
    const open = outcome.isError ? [] : (outcome.result as ShownTask[]);
    const named = closestTasks(open, done);
    // "doodh le aaya" and "Doodh aur anday lana": news of one half is asked about, not completed.
    if (named.length === 1 && !callsTaskByWord(text) && namesOnlyPart(named[0]!, done))
      return turn.reply(say.partlyDone(named[0]!.title));
    if (named.length === 1 && !tellsOfOther(text, named[0]!, detectLanguage(text)))
      return act(turn, 'complete', { kind: 'id', id: named[0]!.id }, null);
    turn.calls.pop();
  }
  const told = todoFirst ? null : await toldDone(turn, text, done);
  if (told) return told;
  const heard = heardAs(text);
  const statement = newTaskSaid(text, turn.clock);
  // A line that names a task but says nothing read about it is asked about, never added.
  if (!statement && about) return turn.unread(say.askChange(about.named.title), 'task', WHICH);
  if (!statement) return handle(turn, u);
  const outcome = await turn.call('list_tasks', { status: 'pending' });
  const open = outcome.isError ? [] : (outcome.result as ShownTask[]);
  // An edit the model leaned to: added only when no open task shares its words.
  // A to-do said plainly ("X needs to be paid on saturday") is asked about only when an open task is near it.
  // A task found by a shared word is near only when it shares one firmly (firmlyNear).
  let near =
    'todo' in statement || (statement.unsure && readTodo(heard, turn.clock))
      ? firmlyNear(todoNear(open, text), statement.details.title, scheduled(statement))
      : statement.unsure
        ? firmlyNear(
            tasksSharing(open, words(statement.details.title)),
            statement.details.title,
            scheduled(statement),
          )
        : tasksRestated(open, statement.details.title);
  const said = words(statement.details.title);
  // "gym jana wala task ...": words that point at a task already there never make a new one.
  const pointed = said.some((w, i) => POINTER_WORDS.has(w) && TASK_NOUN_WORDS.has(said[i + 1] ?? ''));
  // "A le aayi aur B somwar ko kar do": a title joining a part that restates an open task is about
  // that task (news, an edit), never a new task with both in its title.
  const parts = statement.details.title.split(/\s+(?:aur|اور|and|or|ya|یا)\s+/iu);
  if (near.length === 0 && parts.length > 1)
    near = [...new Set(parts.flatMap((part) => (words(part).length >= 2 ? tasksRestated(open, part) : [])))];
  if (near.length === 0 && pointed) near = tasksSharing(open, said);
  if (near.length === 0 && pointed) return handle(turn, { intent: 'unknown' });
  const moved = await momentChanged(turn, normalise(turn.input.message).text, statement.details, open);
  if (moved) return moved;
  // A line holding a task's whole title ("the weekly review moves to 5pm") is never silently a new
  // task: it is proposed.
  if (near.length === 0 && about && titlesContained([about.named], words(text)).length === 1)
    near = [about.named];
  if (near.length === 0) return add(turn, statement);
  // Put as a proposal: "yes" next turn adds it (pendingQuestion reads this statement again).
  return turn.ask(proposal(turn, statement, near), PROPOSED);
}

/**
 * The new task a line describes as a statement, with its asides ("okay so ...", "..., please note
 * it down", "..., it's urgent"), or as a plain to-do; null when it describes none.
 */
function newTaskSaid(text: string, clock: Clock): Statement | null {
  const heard = heardAs(text);
  const asides = todoBody(text);
  const plainly = readStatement({ ...heard, text: asides.body }, clock);
  return plainly ? withAsides(plainly, asides) : readTodo(heard, clock);
}

/**
 * Whether the line reads as a new task whose title has words the named task's title lacks ("rent
 * due end of month" and "Renew domain"): news of a change to that task it is not.
 */
function saysMore(text: string, task: ShownTask, lang: Lang, clock: Clock): boolean {
  const statement = newTaskSaid(text, clock);
  if (statement === null) return false;
  const { beyond, shared } = wordsBeyond(statement.details.title, task, lang);
  // A name the task's title lacks ("Khan" for "Mrs. Qureshi ka suit") is another person's task.
  const named = beyond.some((w) => capitalisedInside(text, w));
  return beyond.length > 0 && (beyond.length >= shared.length || named);
}

/** Whether a word is written with a capital inside the line (not where a sentence starts): a name. */
function capitalisedInside(text: string, word: string): boolean {
  const tokens = text.split(/\s+/u);
  return tokens.some((token, i) => {
    const bare = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    const before = tokens[i - 1];
    return (
      i > 0 &&
      before !== undefined &&
      !/[.!?]$/u.test(before) &&
      bare.toLowerCase() === word &&
      /^\p{Lu}/u.test(bare)
    );
  });
}

/**
 * Short items listed with commas ("eggs, bread and bananas", "انڈے، ڈبل روٹی اور کیلے"): each its
 * own task; null for one title ("salt and pepper" has no comma) or for longer phrases.
 */
function listedItems(text: string): string[] | null {
  if (!/[,،]/u.test(text)) return null;
  const items = text
    .split(/\s*[,،]\s*(?:(?:and|aur|اور)\s+)?|\s+(?:and|aur|اور)\s+/iu)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (items.length < 3 || items.length > 10) return null;
  return items.every((item) => words(item).length <= 3) ? items : null;
}

/** A change a new task can carry as its details (no new title or note for a task there is). */
const NEW_TASK_FIELDS = new Set(['reminders', 'due_date', 'due_at', 'recurrence', 'priority']);
const fitsNewTask = (change: Change | null) =>
  change === null || Object.keys(change).every((k) => NEW_TASK_FIELDS.has(k));

/**
 * The new task a line describes when the words the rules took for a task's name name none of the
 * tasks there are (open or done, by any of the ways a task is found); else null.
 */
async function newTaskInstead(
  turn: Turn,
  text: string,
  terms: string[],
): Promise<{ statement: Statement; near: ShownTask[] } | null> {
  const statement = newTaskSaid(text, turn.clock);
  if (!statement) return null;
  const outcome = await turn.call('list_tasks', { status: 'all' });
  turn.calls.pop();
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const title = words(statement.details.title);
  const named =
    taskNamed(text, all, detectLanguage(text)) !== null ||
    closestTasks(all, terms).length > 0 ||
    titlesContained(all, terms).length > 0 ||
    bestMatching(all, terms).length > 0;
  if (named) return null;
  // A task sharing only a word with it ("OSCE exam" and "Submit prof exam form") is asked about.
  const near = [...new Set([...onlyTaskSharing(all, terms), ...tasksSharing(all, title)])];
  const firm = firmlyNear(near, statement.details.title, scheduled(statement));
  return { statement, near: firm.filter((t) => !t.completed) };
}

/** A reminder counted back from a task ("an hour before X", "X se 15 min pehle") and X when said; else null. */
function countedBack(line: string, clock: Clock): { reminders: Reminder[]; of: string | null } | null {
  const said = englishReminder(line, clock) ?? urduReminder(line, clock);
  return said?.kind === 'before' ? { reminders: [{ minutes_before: said.minutes }], of: said.of } : null;
}

/**
 * "license renewal urgent kar do, warden ne warning di hai", "X high kar do, warna challan ho
 * jayega": an edit before a clause giving its reason (what someone else did, "ne"; "because",
 * "warna") is the edit alone; else null.
 */
function editBeforeReason(text: string, clock: Clock): Understanding | null {
  const at = Math.max(text.lastIndexOf(','), text.lastIndexOf('،'));
  if (at <= 0) return null;
  const reason = ` ${text.slice(at + 1).trim()} `;
  const told =
    / (?:ne|نے) /u.test(reason) ||
    /^ (?:because|since|as|kyunke|kyunki|kyun\s+ke|warna|werna|کیونکہ|ورنہ) /iu.test(reason);
  return told ? readEdit(text.slice(0, at), clock) : null;
}

/** A line that opens by asking to add ("add ...", "please create ..."). */
const ASKS_TO_ADD = /^\s*(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:add|create|new\s+task)\b/iu;

/** A new task said with a due moment, a reminder or a repeat. */
const scheduled = ({ details, reminders }: Statement): boolean =>
  Boolean(details.due_date || details.due_at || details.recurrence || reminders?.length);

/** "Add X as a new task? Y is already open": a new task put as a question, "yes" adds it. */
function proposal(turn: Turn, statement: Statement, near: ShownTask[]): Record<Lang, string> {
  const names = near
    .slice(0, 3)
    .map((t) => `"${t.title}"`)
    .join(turn.lang === 'en' ? ' or ' : turn.lang === 'roman' ? ' ya ' : ' یا ');
  return say.proposeAdd(statement.details.title, addedText(statement.details, turn.lang, turn.clock), names);
}

/** A line naming one finished task and telling it is not done after all: that task reopened; else null. */
async function reopenedWhole(turn: Turn, text: string): Promise<AgentOutput | null> {
  const lang = detectLanguage(text);
  // A line holding a request of its own ("... aur X dobara khol do") is split as usual.
  const said = words(text);
  if (/[?؟]/u.test(text) || said.some((w) => isCommandWord(w) || IMPERATIVE_ENDINGS.has(w))) return null;
  const outcome = await turn.call('list_tasks', { status: 'all' });
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const naming = taskNamed(text, all, lang);
  if (naming?.kind === 'one' && naming.task.completed) {
    const read = readAbout(text, naming.used, true, lang, turn.clock);
    if (read.kind === 'undone') return act(turn, 'reopen', { kind: 'id', id: naming.task.id }, null);
  }
  turn.calls.pop();
  return null;
}

type FullShown = ShownTask & { recurrence?: string | null };

/** A line telling that the next time of one repeating task is off: that occurrence skipped; else null. */
async function skippedWhole(turn: Turn, text: string): Promise<AgentOutput | null> {
  const lang = detectLanguage(text);
  if (!saysOneTimeOff(text, lang)) return null;
  // Full tasks (their rules and due days), not list_tasks' titles.
  const outcome = await turn.call('search_tasks', { status: 'pending', limit: 200 });
  const found = outcome.isError ? null : (outcome.result as { tasks?: FullShown[] });
  const open = found?.tasks ?? [];
  const task = occurrenceOff(text, open, lang);
  // Skipped; or, the time said not being its next one, nothing changes (never read as a move).
  if (task) return act(turn, 'skip', { kind: 'id', id: task.id }, null);
  turn.calls.pop();
  return null;
}

/**
 * A task handed to one person of the user's shared lists, said as news ("Bilal should handle the
 * stock audit himself, put it on him"): that task assigned to them; else null, and the looks are
 * left out. A line that also names a list ("should go in the Family list, and put Sara on it") is
 * left to the other readings, which move it first.
 */
async function handedOver(turn: Turn, text: string): Promise<AgentOutput | null> {
  const lang = detectLanguage(text);
  if ((/[?؟]/u.test(text) && !asksToHandOver(text)) || !handsOver(text, lang)) return null;
  const before = turn.calls.length;
  const forget = () => {
    turn.calls.splice(before);
    return null;
  };
  const outcome = await turn.call('list_lists', {});
  type Summary = { name: string; archived: boolean; members?: number; role?: string };
  const all = outcome.isError ? [] : ((outcome.result as { lists?: Summary[] }).lists ?? []);
  const said = ` ${words(text).join(' ')} `;
  if (all.some((l) => said.includes(` ${words(l.name).join(' ')} `))) return forget();
  const people = new Map<string, { user_id: string; name: string }>();
  for (const list of all.filter(shared)) {
    const found = await turn.call('list_members', { list: list.name });
    const members = found.isError
      ? []
      : ((found.result as { members?: { user_id: string; name: string }[] }).members ?? []);
    for (const m of members) if (m.user_id !== turn.input.userId) people.set(m.user_id, m);
  }
  const named = personNamed(text, [...people.values()]);
  if (!named) return forget();
  const open = await turn.call('list_tasks', { status: 'pending' });
  const tasks = open.isError ? [] : (open.result as ShownTask[]);
  const task = taskHanded(named.rest, tasks, lang);
  if (!task) return forget();
  turn.calls.splice(before);
  return sharingRequest(sharedTurn(turn, { kind: 'id', id: task.id }), {
    kind: 'assign',
    task: task.title,
    person: named.as,
  });
}

/**
 * Task-first reading (stages/about.ts, decision 0136): when the line names one task by its title,
 * what it says about it is carried out (done, not done, a note, a skip, a new date, time, priority
 * or repeat); several named as well as each other are asked about. When the task is named but no
 * change is read, the task is returned so that the line is asked about rather than added.
 */
async function taskFirst(turn: Turn, text: string): Promise<AgentOutput | { named: ShownTask } | null> {
  const lang = detectLanguage(text);
  // A question about a task is answered elsewhere, never read as news of it.
  const asks = lang === 'en' ? /^(?:did|is|has|have|was|were|are)\b/iu : /^(?:kya|کیا)(?!\p{L})/iu;
  if (/[?؟]/u.test(text) || asks.test(text.trim())) return null;
  // A line opening with a command word is a command the rules could not read, not news.
  if (isCommandWord(words(text)[0] ?? '')) return null;
  const outcome = await turn.call('list_tasks', { status: 'all' });
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const naming = taskNamed(text, all, lang);
  if (!naming) {
    turn.calls.pop();
    return null;
  }
  if (naming.kind === 'several') {
    const read = readAbout(text, naming.used, false, lang, turn.clock);
    const open = naming.tasks.filter((t) => !t.completed);
    if (read.kind === 'unclear' || read.kind === 'undone' || open.length < 2) {
      turn.calls.pop();
      return null;
    }
    return turn.ask(say.which(numbered(open, turn.lang, turn.clock)), WHICH);
  }
  const task = naming.task;
  const read = readAbout(text, naming.used, task.completed === true, lang, turn.clock, task.title);
  const target = { kind: 'id', id: task.id } as const;
  // "Tariq wants a wedding invite for his sister too, pretty urgent" with "Invoice Tariq for the
  // wedding card job": a line telling of something else is no news of the task it shares words with.
  if (
    (read.kind === 'change' || read.kind === 'done') &&
    (tellsOfOther(text, task, lang) || saysAnotherToo(text, task.title, lang))
  ) {
    turn.calls.pop();
    return null;
  }
  switch (read.kind) {
    case 'undone':
      return task.completed ? act(turn, 'reopen', target, null) : { named: task };
    case 'note':
      return act(turn, 'update', target, { description: read.description });
    case 'skip':
      return act(turn, 'skip', target, null);
    case 'done': {
      // "the school cancelled the PTM": a thing called off is done only when the task was to cancel
      // it; else it is asked about (deleted? moved?), never completed.
      if (/\bcancell?ed\b/iu.test(text) && !/cancel/iu.test(task.title)) {
        turn.calls.pop();
        return { named: task };
      }
      // "bought the eggs" with "Buy milk and eggs" open: news of half of it is asked about.
      const said = words(text).filter((_, i) => naming.used.has(i));
      if (!callsTaskByWord(text) && namesOnlyPart(task, said)) return turn.reply(say.partlyDone(task.title));
      return act(turn, 'complete', target, null);
    }
    case 'change': {
      // "Mrs Khan ka suit 10 tareekh tak ready karna hai" with "Mrs. Qureshi ka suit": a new task.
      if (saysMore(text, task, lang, turn.clock)) {
        turn.calls.pop();
        return null;
      }
      if (!read.timeOnly || !read.change.due_at) return act(turn, 'update', target, read.change);
      // "ab گیارہ بجے", "still tomorrow, only now at 4pm" read without its day: the task's own day.
      const current = await currentTask(turn, task.id);
      const day =
        current.due_date ?? (current.due_at ? dayIn(new Date(current.due_at), turn.clock.timeZone) : null);
      const at = day ? sameTimeOn(day, read.change.due_at, turn.clock.timeZone) : null;
      return act(turn, 'update', target, at ? { due_at: at, due_date: null } : read.change);
    }
    case 'unclear':
      turn.calls.pop();
      return { named: task };
  }
}

/**
 * "kal bank jana zaroori hai", "X urgent hai": importance said of something is a change of that
 * task only when an open task has its words; else the line is read as anything else (a new task).
 */
async function softEdit(turn: Turn, text: string, read: Understanding): Promise<Understanding> {
  if (read.intent !== 'update' || !read.change?.onlyIfNamed) return read;
  const { onlyIfNamed: _soft, ...change } = read.change;
  if (read.target.kind !== 'title') return { ...read, change };
  const outcome = await turn.call('list_tasks', { status: 'pending' });
  turn.calls.pop();
  const open = outcome.isError ? [] : (outcome.result as ShownTask[]);
  if (closestTasks(open, read.target.words).length > 0) return { ...read, change };
  return understand(text, turn.clock);
}

/**
 * A completion whose title words no open task has, read again as news of a task done; failing
 * that, when the words before the verb name several open tasks ("bill bhar diya", "بل جمع کرا
 * دیا" with two bills), the assistant asks which. It never completes on fewer words than were said.
 */
async function newsNotTitle(turn: Turn, text: string, said: string[]): Promise<AgentOutput | null> {
  const news = doneNews(text, detectLanguage(text));
  const outcome = await turn.call('list_tasks', { status: 'pending' });
  turn.calls.pop();
  const open = outcome.isError ? [] : (outcome.result as ShownTask[]);
  if (closestTasks(open, said).length > 0) return null;
  const told = news ? await toldDone(turn, text, news) : null;
  if (told) return told;
  for (let n = said.length - 1; n >= 1; n--) {
    const named = closestTasks(open, said.slice(0, n));
    if (named.length > 1 && named.length <= 5)
      return turn.ask(say.which(numbered(named, turn.lang, turn.clock)), WHICH);
    if (named.length === 1) return null;
  }
  return null;
}

/**
 * News of a task done that the done stage did not place: its words cut where they say how or when
 * ("paid the electricity bill just now from the app"), or passive and arrival news ("the gas
 * cylinder's been booked", "the plumber came too"). One open task named: completed; several: asked.
 */
async function toldDone(turn: Turn, text: string, done: string[] | null): Promise<AgentOutput | null> {
  const lang = detectLanguage(text);
  const terms = done ? trimNews(done, lang) : passiveNews(text, lang);
  if (!terms || terms.length === 0) return null;
  const outcome = await turn.call('list_tasks', { status: 'pending' });
  const open = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const named = closestTasks(open, terms);
  // Passive news sharing one word with one task ("ground is booked for a tournament" and "Book ground
  // for Sunday match") is a guess: asked about, never completed.
  const guess = named.length === 0 && !done ? onlyTaskSharing(open, terms) : [];
  if (guess.length === 1) return turn.reply(say.partlyMatches(guess[0]!.title));
  const one = named;
  if (one.length === 1 && !callsTaskByWord(text) && namesOnlyPart(one[0]!, terms))
    return turn.reply(say.partlyDone(one[0]!.title));
  // "dukaan pe aaj customer bohat aaye, thak gaya hun" and "Dukaan ka kiraya": news of something else.
  if (one.length === 1 && tellsOfOther(text, one[0]!, lang)) {
    turn.calls.pop();
    return null;
  }
  if (one.length === 1) return act(turn, 'complete', { kind: 'id', id: one[0]!.id }, null);
  if (named.length > 1 && named.length <= 5)
    return turn.ask(say.which(numbered(named, turn.lang, turn.clock)), WHICH);
  turn.calls.pop();
  return null;
}

const PART_WORDS = new Set([...en.partWords, ...roman.partWords, ...ur.partWords]);
const CHANGED = new Set([...roman.changedWords, ...ur.changedWords]);
const HAPPENED = new Set([
  'ho',
  'hua',
  'hui',
  'gaya',
  'gayi',
  'gai',
  'ہو',
  'ہوا',
  'ہوئی',
  'گیا',
  'گئی',
  'کر',
  // "shadi aage kar di": moved by someone, not done.
  'kar',
]);

/** A word of change ("shift", "بدل") just before "ho gaya" / "ہو گیا": the task moved, it is not done. */
function changedNotDone(text: string): boolean {
  const ws = words(text);
  return ws.some((w, i) => CHANGED.has(w) && HAPPENED.has(ws[i + 1] ?? '')) || setsAMoment(text);
}

/** A line as the stages read it, its language detected. */
const heardAs = (text: string) => ({ text, lang: detectLanguage(text), fixes: [] });

/** Whether any word of a title meets a word said (three letters or more, not a joining word). */
function wordsMeetAny(title: string[], said: string[]): boolean {
  const meaningful = said.filter((w) => w.length >= 3 && !JOINERS.has(w) && !POSTPOSITIONS.has(w));
  return title.some((t) => meaningful.some((w) => wordsMeet(w, t)));
}

/** "X wala task", "X والا کام": the words that point at a task by what it is called. */
const POINTER_WORDS = new Set(['wala', 'wale', 'wali', 'waala', 'waale', 'والا', 'والے', 'والی']);
const TASK_NOUN_WORDS = new Set(['task', 'kaam', 'kam', 'کام', 'ٹاسک']);

/** "آم والا کام ہو گیا", "the milk one is done": a word of a title used as the task's name. */
const callsTaskByWord = (text: string) =>
  words(text).some((w) => POINTER_WORDS.has(w) || TASK_NOUN_WORDS.has(w) || w === 'one' || w === 'thing');

const POINTED_FILLER = new Set([...en.pointedMoveWords, ...rules.itWords]);
const POINTING = new Set(rules.itWords);

/** "make it tomorrow 5pm": a word pointing at a task and a moment, nothing else. */
function pointedMove(text: string, clock: Clock): Change | null {
  const ws = words(text);
  if (!ws.some((w) => POINTING.has(w))) return null;
  const rest = ws.filter((w) => !POINTED_FILLER.has(w)).join(' ');
  return rest.length > 0 ? dueChange(rest, clock) : null;
}

/**
 * A command word inside a statement ("tonight at 9 take out the trash" is no deletion): the rules
 * read a completion or deletion, but the whole line is also a dated statement of something to do.
 */
function mistakenForCommand(u: Understanding, text: string, clock: Clock): boolean {
  if ((u.intent !== 'delete' && u.intent !== 'complete') || u.target.kind !== 'title') return false;
  const statement = readStatement(heardAs(text), clock);
  return Boolean(statement && (statement.details.due_at || statement.details.due_date));
}

/**
 * A to-do the rules read as a change to a task ("the internet bill is due on the 20th, make it high
 * priority", "every Monday at 9 there is the standup, set that up as repeating"): the to-do stage
 * finds a marker of something ahead, no command word is left once its asides are gone, and no open
 * task is near it. It is then read as a statement, never as a change to a task it does not name.
 */
async function todoMistakenForCommand(turn: Turn, u: Understanding, text: string): Promise<boolean> {
  if (!['update', 'complete', 'delete'].includes(u.intent)) return false;
  if (!('target' in u) || u.target.kind !== 'title') return false;
  const todo = readTodo(heardAs(text), turn.clock);
  if (!todo?.marked) return false;
  const { body } = todoBody(text);
  if (words(body).some((w) => isCommandWord(w)) || pointsAtTask(body) || namesAField(body)) return false;
  const outcome = await turn.call('list_tasks', { status: 'pending' });
  turn.calls.pop();
  const open = outcome.isError ? [] : (outcome.result as ShownTask[]);
  return todoNear(open, body).length === 0;
}

/** Whether a task has (nearly) all the words a request names it by; a look that leaves no tool call behind. */
async function namesClosely(turn: Turn, terms: string[]): Promise<boolean> {
  const outcome = await turn.call('list_tasks', { status: 'all' });
  turn.calls.pop();
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  return closestTasks(all, terms).length > 0;
}

/** Whether any task has the words the request names it by (a look that leaves no tool call behind). */
async function namesSomeTask(turn: Turn, u: Understanding): Promise<boolean> {
  if (!('target' in u) || u.target.kind !== 'title') return true;
  const outcome = await turn.call('list_tasks', { status: 'all' });
  turn.calls.pop();
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const terms = u.target.words;
  return (
    closestTasks(all, terms).length > 0 ||
    bestMatching(all, terms).length > 0 ||
    tasksSharing(all, terms).length > 0
  );
}

async function handle(turn: Turn, u: Understanding): Promise<AgentOutput> {
  switch (u.intent) {
    case 'greet':
      return turn.reply(say.greet());
    case 'thanks':
      return turn.reply(say.thanks());
    case 'help':
    case 'select':
      return turn.reply(say.help());
    case 'unknown': {
      // A line nothing read, holding a date word no reader takes ("bins out thursday week"): asked
      // about as the new task it most likely is, never answered as small talk.
      const unreadable = unreadableDate(normalise(turn.input.message).text, turn.lang);
      if (unreadable) return turn.reply(say.askUnread(cleanText(turn.input.message), unreadable, 'date'));
      return turn.unread(say.unknown(), 'nothing');
    }
    case 'declined':
      return turn.reply(say.declined());
    case 'bulk':
      return turn.reply(say.bulk());
    case 'undo':
      return undo(turn);
    case 'add':
      return add(turn, u);
    case 'list':
      return list(turn, u);
    case 'complete':
    case 'delete':
    case 'reopen':
      return act(turn, u.intent, u.target, null);
    case 'update':
      return act(turn, 'update', u.target, u.change);
    case 'skip':
      return act(turn, 'skip', u.target, null);
  }
}

// Adding and listing ---------------------------------------------------------------------------

async function add(
  turn: Turn,
  u: Extract<Understanding, { intent: 'add' }>,
  list?: string,
): Promise<AgentOutput> {
  const lead = withoutRemindLead(u.details.title);
  // "aaj raat 11:30 yaad dilana gate lock karna hai": the asking is no part of the title.
  const due = Boolean(u.details.due_at || u.details.due_date);
  const details = { ...u.details, title: lead.title };
  // "..., put it in Research and remind me a day before": a reminder counted back from this task.
  const counted = countedBack(normalise(turn.input.message).text, turn.clock);
  let reminders =
    u.reminders ??
    (lead.remind && due ? [{ minutes_before: 0 }] : undefined) ??
    (due && counted && counted.of === null ? counted.reminders : undefined);
  const { description } = u;
  if (details.title.length === 0) return turn.reply(say.askTitle());
  // "2 hours before raat wali shift" left as a title: a reminder for a task not found, not a task.
  if (REMINDER_HEAD.test(details.title)) return turn.reply(say.askReminderTask(details.title));
  // Words left in the title that the reading did not take (a date, a command, a pointer): ask.
  const line = normalise(turn.input.message).text;
  // "mine fell off the ladder yesterday": a day gone by, said without asking to add, is news of
  // what happened, never a new task due in the past.
  const gone = details.due_date !== null && details.due_date < dayIn(turn.clock.now, turn.clock.timeZone);
  if (gone && !details.recurrence && !ASKS_TO_ADD.test(line)) return turn.unread(say.unknown(), 'nothing');
  const unread = unreadWords(details.title, list === undefined ? line : '', turn.lang);
  if (unread) return turn.reply(say.askUnread(details.title, unread.words, unread.kind));
  // A date word no reader takes anywhere in the line ("new years day" when "new" was read as the verb).
  const unreadable = unreadableDate(line, turn.lang);
  if (unreadable) return turn.reply(say.askUnread(details.title, unreadable, 'date'));
  // A line that says the task repeats, read without its rule: ask rather than add it without one.
  const repeat = details.recurrence ? null : repeatSaid(line, turn.lang);
  if (repeat) return turn.reply(say.askUnread(details.title, repeat, 'date'));
  // "رات کی حاضری سے پندرہ منٹ پہلے یاد دہانی لگا دیں": a reminder counted back from a task the line
  // names goes on that task, whatever the reading took for a new task's title or moment.
  const before = reminders ?? counted?.reminders;
  if (list === undefined && before?.every((r) => 'minutes_before' in r && r.minutes_before > 0)) {
    const outcome = await turn.call('list_tasks', { status: 'pending' });
    const open = outcome.isError ? [] : (outcome.result as ShownTask[]);
    const about = counted?.of ?? line;
    const naming = taskNamed(about, open, detectLanguage(about));
    if (naming?.kind === 'one') return update(turn, naming.task, { reminders: before });
    turn.calls.pop();
  }
  if (u.orExisting && reminders) {
    // "remind me about the report at 5pm" when a report task exists: the reminder goes on it.
    const existing =
      (await namedTask(turn, words(details.title))) ?? (await likelyTask(turn, words(details.title)));
    if (existing) return update(turn, existing, { reminders });
    // "an hour before the guests' dinner" with no such task and no due moment: nothing to count back
    // from, and the words left are rarely a title, so ask rather than add a fragment.
    const relative = reminders.every((r) => 'minutes_before' in r);
    if ((relative && !details.due_date && !details.due_at) || isFragment(details.title))
      return turn.reply(say.askReminderTask(details.title));
  }
  // "دو گھنٹے بعد یاد دلانا کہ ابو کو فون کرنا ہے": a thing to do reminded at one moment and due at
  // none is due then and reminded when due, as "remind me in 2 hours to call abbu" is ("remind me at
  // 5pm about the parcel" keeps its reminder alone).
  const at = reminders?.length === 1 && 'at' in reminders[0]! ? reminders[0].at : null;
  if (at && titleSaysToDo(details.title, turn.lang) && !details.due_date && !details.due_at) {
    details.due_at = at;
    reminders = [{ minutes_before: 0 }];
  }
  // "shakeel ko advance ab somvar ko dena hai" with "Driver Shakeel ko advance dena" open: a line that
  // never asks to add, tells of a plan changed and restates an open task is news about that task.
  if (list === undefined && toldAsChanged(line)) {
    const looked = turn.calls.length;
    const outcome = await turn.call('list_tasks', { status: 'pending' });
    const open = outcome.isError ? [] : (outcome.result as ShownTask[]);
    const moved = await momentChanged(turn, line, details, open);
    if (moved) return moved;
    const near = todoNear(open, details.title);
    if (near.length > 0) return turn.ask(proposal(turn, { ...u, details }, near), PROPOSED);
    // The looks (the list, a task read to see whether it repeats) are no part of adding it.
    turn.calls.splice(looked);
  }
  // "..., Orders mein daal do", "وارڈ والی فہرست میں ..." read as words of the title: a list of
  // that name is the list.
  if (list === undefined) {
    const tail = /^(.+?)[,،]\s*([^,،]{2,40})$/u.exec(details.title);
    const lead = /^(.{2,40}?)\s+(?:والی|wali|waali)\s+(?:فہرست|لسٹ|list)\s+(?:میں|mein|me)\s+(.+)$/iu.exec(
      details.title,
    );
    const [listSaid, rest] = lead ? [lead[1]!, lead[2]!] : tail ? [tail[2]!, tail[1]!] : [null, null];
    if (listSaid && rest && words(listSaid).length <= 3) {
      const lookup = await turn.call('list_lists', {});
      const lists = lookup.isError ? [] : ((lookup.result as { lists?: ListSummary[] }).lists ?? []);
      const named = lists.find((l) => !l.archived && l.name.toLowerCase() === listSaid.trim().toLowerCase());
      if (named) return add(turn, { ...u, details: { ...details, title: rest.trim() } }, named.name);
      turn.calls.pop();
    }
  }
  const title = details.title.slice(0, 200);
  const rich =
    list !== undefined ||
    details.priority !== null ||
    details.tags.length > 0 ||
    details.due_date ||
    details.due_at ||
    details.recurrence ||
    reminders;
  const args: Record<string, unknown> = { title };
  if (description) args.description = description.slice(0, 1000);
  if (rich) {
    if (details.priority !== null) args.priority = details.priority;
    if (details.tags.length > 0) args.tags = details.tags;
    if (details.due_date) args.due_date = details.due_date;
    if (details.due_at) args.due_at = details.due_at;
    if (details.recurrence) args.recurrence = details.recurrence;
    if (reminders) args.reminders = reminders;
    if (list !== undefined) args.list = list;
  }
  const outcome = await turn.call(rich ? 'add_task_details' : 'add_task', args);
  if (outcome.isError) return turn.reply(refusal(outcome.result));
  const done = outcome.result as { title?: string };
  const extra = addedText(details, turn.lang, turn.clock);
  const reminded = reminders ? reminderText(reminders, turn.lang, turn.clock) : '';
  return turn.reply(say.created(done.title ?? title, extra, reminded, list));
}

// Lists, views and subtasks --------------------------------------------------------------------

interface ListSummary {
  id: number;
  name: string;
  open: number;
  archived: boolean;
}

/** Replies in the three languages, where the wording is the same shape. */
const said = (en: string, roman: string, ur: string): Record<Lang, string> => ({ en, roman, ur });

/**
 * A request about lists (lists.ts): carried out against the person's own lists. A list named
 * without the word "list" must exist, or the message is read as any other (null); the look at the
 * lists that led nowhere is then left out of the answer's tool calls.
 */
async function listRequest(turn: Turn, request: ListRequest, clock: Clock): Promise<AgentOutput | null> {
  // "I want a separate list for the setup stuff": the name is asked for (pendingQuestion reads it).
  if (request.kind === 'create' && !request.name) return turn.ask(say.askListName(), { kind: 'listName' });
  if (request.kind === 'create' || request.kind === 'create-add') {
    const outcome = await turn.call('create_list', { name: request.name });
    if (outcome.isError) return turn.reply(refusal(outcome.result));
    const made = outcome.result as { list: { name: string }; status: string };
    const name = made.list.name;
    const told =
      made.status === 'exists'
        ? said(
            `You already have a list called ${name}.`,
            `${name} naam ki list pehle se hai.`,
            `${name} نام کی فہرست پہلے سے ہے۔`,
          )
        : said(`Created the list ${name}.`, `${name} list bana di.`, `${name} کی فہرست بنا دی۔`);
    if (request.kind === 'create-add') {
      // "make a Travel list and put the visa task on it": a task named is moved, a new one added.
      const into = await listRequest(
        turn,
        { kind: 'add', text: request.text, list: name, explicit: true },
        clock,
      );
      if (into)
        return withAsks({ response: `${told[turn.lang]} ${into.response}`, tool_calls: turn.calls }, into);
    }
    return turn.reply(told);
  }
  if (request.kind === 'view') {
    const args: Record<string, unknown> =
      request.view === 'week'
        ? { due: 'week', status: 'pending', sort: 'due' }
        : request.view === 'inbox'
          ? { view: 'inbox', status: 'pending' }
          : { view: request.view };
    return showTasks(turn, args);
  }
  if (request.kind === 'subtasks') {
    const found = await findByTitle(turn, 'update', words(request.parent));
    if ('reply' in found) return found.reply;
    return showTasks(turn, { parent_id: found.task.id, status: 'all', sort: 'manual' });
  }
  if (request.kind === 'subtask' && request.orList) {
    // "add X under Personal": Personal is a list when there is one of that name, else a task.
    const lookup = await turn.call('list_lists', {});
    const lists = lookup.isError ? [] : ((lookup.result as { lists?: ListSummary[] }).lists ?? []);
    const named = listNamed(lists, request.parent);
    turn.calls.splice(turn.calls.indexOf(turn.calls.find((c) => c.name === 'list_lists')!), 1);
    if (named) {
      const u = understand(`add ${request.title}`, clock);
      if (u.intent === 'add') return add(turn, u, named.name);
    }
  }
  if (request.kind === 'subtask') {
    const found = await findByTitle(turn, 'update', words(request.parent));
    if ('reply' in found) return found.reply;
    // "two steps: 'a' and 'b'": each is a subtask of its own.
    const made: string[] = [];
    for (const one of subtaskTitles(request.title)) {
      const outcome = await turn.call('add_subtask', { task_id: found.task.id, title: one.slice(0, 200) });
      if (outcome.isError) return turn.reply(refusal(outcome.result));
      made.push((outcome.result as { title?: string }).title ?? one);
    }
    const parent = found.task.title ?? `#${found.task.id}`;
    const title = made.join(turn.lang === 'ur' ? '”، “' : '”, “');
    return turn.reply(
      said(
        `Added “${title}” under “${parent}”.`,
        `“${parent}” mein subtask “${title}” add kar diya.`,
        `“${parent}” میں ذیلی کام “${title}” شامل کر دیا۔`,
      ),
    );
  }
  const lookup = await turn.call('list_lists', {});
  const lists = lookup.isError ? [] : ((lookup.result as { lists?: ListSummary[] }).lists ?? []);
  if (request.kind === 'lists') {
    const active = lists.filter((l) => !l.archived);
    if (active.length === 0)
      return turn.reply(
        said(
          'You have no lists yet. Say “create a list called Work” to make one.',
          'Abhi koi list nahi hai. “Work naam ki list banao” keh kar bana lein.',
          'ابھی کوئی فہرست نہیں ہے۔',
        ),
      );
    const names = active.map((l) => `${l.name} (${l.open})`).join(', ');
    return turn.reply(
      said(
        `Your lists (open tasks): ${names}.`,
        `Aap ki lists (baqi kaam): ${names}.`,
        `آپ کی فہرستیں (باقی کام): ${names}۔`,
      ),
    );
  }
  const isInbox = /^(?:the\s+)?(?:inbox|ان\s*باکس)$/iu.test(request.list);
  const match = listNamed(lists, request.list);
  if (!match && !isInbox) {
    if (request.kind !== 'show-due' && !request.explicit) {
      turn.calls.splice(turn.calls.indexOf(turn.calls.find((c) => c.name === 'list_lists')!), 1);
      return null;
    }
    const names = lists.filter((l) => !l.archived).map((l) => l.name);
    return turn.reply(
      said(
        `You have no list called “${request.list}”.${names.length > 0 ? ` Your lists: ${names.join(', ')}.` : ''}`,
        `“${request.list}” naam ki koi list nahi.${names.length > 0 ? ` Aap ki lists: ${names.join(', ')}.` : ''}`,
        `“${request.list}” نام کی کوئی فہرست نہیں۔${names.length > 0 ? ` آپ کی فہرستیں: ${names.join(', ')}۔` : ''}`,
      ),
    );
  }
  const listName = match?.name ?? 'inbox';
  if (request.kind === 'show') return showTasks(turn, { list: listName, status: 'pending' });
  if (request.kind === 'show-due') {
    return showTasks(turn, { list: listName, status: 'pending', due: request.due, sort: 'due' });
  }
  let taskWords = words(request.kind === 'move' ? request.task : '');
  if (request.kind === 'add') {
    // "put Read the contract draft in Clients": a task of exactly that name is moved, not copied.
    // So is the one open task pointed at ("javed wali call", "the gym renewal") and named clearly.
    const existing = (await sameTitle(turn, request.text)) ?? (await pointedTask(turn, request.text));
    // "add eggs, bread and bananas to my Groceries list": items listed with commas, each its task.
    const items = listedItems(request.text);
    if (!existing && items) {
      const outs: AgentOutput[] = [];
      for (const item of items) {
        const u = understand(`add ${item}`, clock);
        if (u.intent === 'add') outs.push(await add(turn, u, listName));
      }
      if (outs.length > 0)
        return withAsks({ response: outs.map((o) => o.response).join(' '), tool_calls: turn.calls }, ...outs);
    }
    if (!existing) {
      const u = understand(`add ${request.text}`, clock);
      if (u.intent !== 'add') return null;
      return add(turn, u, listName);
    }
    taskWords = words(existing);
  }
  const found = await findByTitle(turn, 'update', taskWords);
  if ('reply' in found) return found.reply;
  const outcome = await turn.call('move_task', { task_id: found.task.id, list: listName });
  if (outcome.isError) return turn.reply(refusal(outcome.result));
  const title = (outcome.result as { title?: string }).title ?? found.task.title ?? `#${found.task.id}`;
  const to = match?.name ?? 'the Inbox';
  return turn.reply(
    said(
      `Moved “${title}” to ${to}.`,
      `“${title}” ko ${to} mein bhej diya.`,
      `“${title}” کو ${to} میں منتقل کر دیا۔`,
    ),
  );
}

/**
 * The person's list a name means: the same name ignoring case, else the same word in singular or
 * plural ("grocery" for Groceries), else the one list whose name starts with it (4 letters at least).
 */
function listNamed(lists: ListSummary[], said: string): ListSummary | undefined {
  // "bhi Flats", "مرمت سے نکال کر ان باکس": "too" and the list it is taken out of say no name.
  const wanted = said
    .trim()
    .toLowerCase()
    .replace(/^.*\s(?:se|سے)\s+(?:nikal|نکال)\s+(?:kar|ke|کر|کے)\s+/u, '')
    .replace(/^(?:(?:bhi|also|بھی)\s+)+/u, '');
  const stem = (name: string) =>
    name
      .toLowerCase()
      .replace(/ies$/u, 'y')
      .replace(/(?:es|s)$/u, '');
  const active = lists.filter((l) => !l.archived);
  const starting = wanted.length >= 4 ? active.filter((l) => l.name.toLowerCase().startsWith(wanted)) : [];
  // "فیملی" for Family, "آفس" for Office: a name said in the other script, by its consonants.
  const sounding = active.filter((l) => sameSounding(l.name, wanted));
  // "Admin with the domain stuff": the longest run of its first words naming one list.
  const named = wanted.split(/\s+/u);
  // Never past a moment said after it ("Client Work for monday"): that belongs to the task.
  const leading = named
    .slice(1)
    .map((_, k) => named.length - 1 - k)
    .filter(
      (n) =>
        !/\b(?:for|on|by|at|till|until|today|tomorrow|tonight|\w+day|\d+)\b/iu.test(named.slice(n).join(' ')),
    )
    .map((n) => active.filter((l) => l.name.toLowerCase() === named.slice(0, n).join(' ')))
    .find((found) => found.length === 1);
  return (
    lists.find((l) => l.name.toLowerCase() === wanted) ??
    active.find((l) => stem(l.name) === stem(wanted)) ??
    (starting.length === 1 ? starting[0] : undefined) ??
    (sounding.length === 1 ? sounding[0] : undefined) ??
    leading?.[0]
  );
}

/** The consonants of a name, Urdu letters read as Latin ones ("فیملی" and "Family" are both "fml"). */
function consonants(name: string): string {
  return [...name.toLowerCase()]
    .map((c) => URDU_SOUNDS[c] ?? c)
    .join('')
    .replace(/ph/gu, 'f')
    .replace(/[ck]/gu, 'k')
    .replace(/[^bdfgjklmnprstvz]/gu, '');
}

/** Whether two names in different scripts sound alike: the same consonants, three at least... or two. */
function sameSounding(listName: string, said: string): boolean {
  const urdu = /[\u0600-\u06ff]/u;
  if (urdu.test(listName) === urdu.test(said)) return false;
  const a = consonants(listName);
  return a.length >= 2 && a === consonants(said);
}

/** The title of the one open task named exactly `text` (ignoring case), if there is one. */
/** The title of the one open task "the X" or "X wala kaam" names clearly; else null (and no trace). */
async function pointedTask(turn: Turn, text: string): Promise<string | null> {
  const pointed = /^\s(?:the|my)\s|\s(?:wala|wale|wali|waala|waale|waali)\s|\s(?:والا|والے|والی)\s/iu;
  // "domain renewal belongs with the house stuff, put it in Home": "it" points at the clause before.
  const pointedBack = /\b(?:put|move|stick|file|shift)\s+(?:it|that|this)\b/iu.test(turn.input.message);
  if (!pointsAtTask(text) && !pointed.test(` ${text}`) && !pointedBack) return null;
  const outcome = await turn.call('list_tasks', { status: 'pending' });
  turn.calls.pop();
  const open = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const naming = taskNamed(text, open, detectLanguage(text));
  return naming?.kind === 'one' ? naming.task.title : null;
}

async function sameTitle(turn: Turn, text: string): Promise<string | null> {
  const terms = words(text);
  if (terms.length === 0) return null;
  const outcome = await turn.call('search_tasks', { query: terms.join(' '), status: 'pending' });
  const found = outcome.isError
    ? []
    : (outcome.result as { tasks: ShownTask[] }).tasks.filter(
        (t) => t.title.trim().toLowerCase() === text.trim().toLowerCase(),
      );
  // The look leaves no trace in the answer's calls when it finds nothing to move.
  if (found.length !== 1) turn.calls.splice(turn.calls.lastIndexOf(turn.calls.at(-1)!), 1);
  return found.length === 1 ? found[0]!.title : null;
}

/** Tasks of a list or view, as numbered lines. */
async function showTasks(turn: Turn, args: Record<string, unknown>): Promise<AgentOutput> {
  const outcome = await turn.call('search_tasks', args);
  if (outcome.isError) return turn.reply(refusal(outcome.result));
  const page = outcome.result as { tasks: ShownTask[]; count: number };
  if (page.tasks.length === 0) return turn.reply(say.empty());
  const shown = numbered(page.tasks.slice(0, SHOW_AT_MOST), turn.lang, turn.clock);
  return turn.reply(
    say.listed(shown, Math.min(page.tasks.length, SHOW_AT_MOST), Math.max(page.count, page.tasks.length)),
  );
}

/** The one task whose title has every meaningful word typed, as whole words; null when none or several. */
async function namedTask(turn: Turn, terms: string[]): Promise<Found | null> {
  // Postpositions change with the sentence ("بجلی کے بل" for "بجلی کا بل"), so they are not asked for.
  const meaningful = terms.filter((t) => !JOINERS.has(t) && !POSTPOSITIONS.has(t));
  if (meaningful.length === 0) return null;
  const outcome = await turn.call('search_tasks', { query: meaningful.join(' '), status: 'pending' });
  if (outcome.isError) return null;
  const tasks = (outcome.result as { tasks: (ShownTask & { tags?: string[]; reminders?: Reminder[] })[] })
    .tasks;
  const whole = tasks.filter((t) => {
    const titleWords = new Set(words(t.title));
    return meaningful.every((w) => titleWords.has(w));
  });
  return whole.length === 1 ? whole[0]! : null;
}

/** The one pending task whose title has every meaningful word typed in some form ("کھانے" for "کھانا"). */
async function likelyTask(turn: Turn, terms: string[]): Promise<Found | null> {
  const meaningful = terms.filter((t) => !JOINERS.has(t) && !POSTPOSITIONS.has(t) && t.length > 1);
  if (meaningful.length === 0) return null;
  const outcome = await turn.call('list_tasks', { status: 'pending' });
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const having = all.filter((t) => {
    const titleWords = words(t.title);
    return meaningful.every((term) => titleWords.some((w) => wordsMeet(term, w)));
  });
  return having.length === 1 ? having[0]! : null;
}

/** A title that ends in a joining word ("مہمانوں کے کھانے سے", "the report for") is a piece of a sentence. */
/** A title that opens with a reminder's offset ("2 hours before ...", "an hour ahead of ..."). */
const REMINDER_HEAD =
  /^(?:an?|one|\d+|half\s+an?)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?:before|ahead\s+of|prior\s+to)\b/iu;

function isFragment(title: string): boolean {
  const last = words(title).at(-1);
  return (
    last === undefined ||
    POSTPOSITIONS.has(last) ||
    JOINERS.has(last) ||
    ['before', 'after', 'پہلے', 'pehle'].includes(last)
  );
}

/** "starting friday", "from next monday", "کل سے": the day a repeating task should start. */
function startAnswer(message: string): string {
  return cleanText(message)
    .replace(
      /^(?:(?:ok(?:ay)?|start(?:ing)?(?:\s+it)?|begin(?:ning)?|from|on|it|make\s+it|let's\s+say)[,\s]+)+/iu,
      '',
    )
    .replace(/(?:\s+(?:سے|se|شروع|shuru|karo|kardo|کرو|کریں|کر دو|kar do|please))+[.!\s]*$/iu, '');
}

/** A topic the person has a tag for filters by that tag; in Urdu and Roman Urdu other topics are searched for. */
async function withTopic(turn: Turn, filters: ListFilters): Promise<ListFilters> {
  const { topic, askedTopic, ...rest } = filters;
  if (!topic) return filters;
  const outcome = await turn.call('list_tags', {});
  const tags = outcome.isError ? [] : ((outcome.result as { tags?: { name: string }[] }).tags ?? []);
  const named = topic.toLowerCase();
  // "bill" names the tag "bills".
  const tag = tags.find((t) => [named, `${named}s`].includes(t.name.toLowerCase()));
  if (tag) return { ...rest, tags: [tag.name] };
  return turn.lang === 'en' && !askedTopic ? rest : { ...rest, query: topic };
}

async function list(turn: Turn, u: Extract<Understanding, { intent: 'list' }>): Promise<AgentOutput> {
  const f = await withTopic(turn, u.filters);
  const searching =
    f.due || f.priority || f.tags || f.query || f.sort || f.dayOffset !== undefined || f.day !== undefined;
  let tasks: ShownTask[];
  let total: number | null = null;
  // "what do I have tomorrow", "kal kya hai", "anything on tuesday?": the tasks due on that day in the
  // person's zone, asked of the tools as a range (so a long list's first page cannot hide them).
  const onDay =
    f.day ??
    (f.dayOffset === undefined
      ? null
      : dayIn(new Date(turn.clock.now.getTime() + f.dayOffset * 86_400_000), turn.clock.timeZone));
  if (searching) {
    const args: Record<string, unknown> = {};
    if (f.query) args.query = f.query;
    if (f.status && f.status !== 'all') args.status = f.status;
    if (f.priority) args.priority = f.priority;
    if (f.tags) args.tags = f.tags;
    if (f.due) args.due = f.due;
    if (onDay) {
      args.due_after = onDay;
      args.due_before = new Date(Date.parse(`${onDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
    if (f.sort) args.sort = f.sort;
    const outcome = await turn.call('search_tasks', args);
    if (outcome.isError) return turn.reply(refusal(outcome.result));
    const page = outcome.result as { tasks: ShownTask[]; count: number };
    tasks = page.tasks;
    total = page.count;
    if (onDay) {
      // The tools read the range in the account's zone; a turn in another zone keeps its own day.
      const day = onDay;
      tasks = tasks.filter(
        (t) => (t.due_date ?? (t.due_at ? dayIn(new Date(t.due_at), turn.clock.timeZone) : null)) === day,
      );
      if (tasks.length < page.tasks.length) total = tasks.length;
    }
  } else {
    const outcome = await turn.call('list_tasks', { status: u.count ? 'all' : (f.status ?? 'all') });
    if (outcome.isError) return turn.reply(refusal(outcome.result));
    tasks = outcome.result as ShownTask[];
  }
  const shown = numbered(tasks.slice(0, SHOW_AT_MOST), turn.lang, turn.clock);
  if (u.count) {
    const open = tasks.filter((t) => !t.completed).length;
    return turn.reply(say.counted(total ?? tasks.length, open, shown));
  }
  // "what do I have today?", "anything on tuesday?" with nothing due: said of that day.
  const asked = onDay ?? (f.due === 'today' ? dayIn(turn.clock.now, turn.clock.timeZone) : null);
  if (tasks.length === 0 && asked)
    return turn.reply(say.nothingOn(dueWords(asked, null, turn.lang, turn.clock) ?? asked));
  if (tasks.length === 0) return turn.reply(say.empty());
  const count = Math.min(tasks.length, SHOW_AT_MOST);
  return turn.reply(say.listed(shown, count, Math.max(total ?? 0, tasks.length)));
}

// Acting on one task ---------------------------------------------------------------------------

async function act(turn: Turn, action: Action, target: Target, change: Change | null): Promise<AgentOutput> {
  if (target.kind === 'ids') {
    // Several ids in one request: each is acted on in turn, and the replies are joined.
    const outs: AgentOutput[] = [];
    for (const id of target.ids) outs.push(await act(turn, action, { kind: 'id', id }, change));
    return withAsks({ response: outs.map((o) => o.response).join(' '), tool_calls: turn.calls }, ...outs);
  }
  const found = await resolve(turn, action, target);
  if ('reply' in found) return found.reply;
  const task = found.task;
  if (action === 'update') return update(turn, task, change);
  if (action === 'skip') return skip(turn, task);
  const tool = action === 'complete' ? 'complete_task' : action === 'delete' ? 'delete_task' : 'reopen_task';
  if (action === 'delete') {
    // Never deleted on the turn that asks: the task is named and "yes" next turn deletes it.
    const title = task.title ?? (await currentTask(turn, task.id)).title ?? `#${task.id}`;
    if (deletion(turn.input.callTool, title) === 'ask')
      return turn.ask(askToDelete(title), { kind: 'delete', titles: [title] });
  }
  if (action === 'complete' && task.completed === true && task.title)
    return turn.reply(say.alreadyDone(task.title));
  if (action === 'reopen' && task.completed === false && task.title)
    return turn.reply(say.alreadyOpen(task.title));
  const outcome = await turn.call(tool, { task_id: task.id });
  if (outcome.isError) return turn.reply(refusal(outcome.result));
  const title = (outcome.result as { title?: string }).title ?? task.title ?? `#${task.id}`;
  if (action === 'complete') return turn.reply(say.completed(title));
  if (action === 'delete') return turn.reply(say.deleted(title));
  return turn.reply(say.reopened(title));
}

/** Skips the current occurrence of a repeating task; a task that does not repeat has none to skip. */
async function skip(turn: Turn, task: Found): Promise<AgentOutput> {
  const current = task.recurrence === undefined ? await currentTask(turn, task.id) : null;
  const title = task.title ?? current?.title ?? `#${task.id}`;
  const recurrence = task.recurrence !== undefined ? task.recurrence : (current?.recurrence ?? null);
  if (!recurrence || task.completed) return turn.reply(say.notRepeating(title));
  // "no standup this friday" with standups on Mondays: that time has no occurrence to skip.
  const said = oneTimeSaid(turn.input.message, turn.lang);
  if (said) {
    const next = current ?? (await currentTask(turn, task.id));
    const due = next.due_date ?? (next.due_at ? dayIn(new Date(next.due_at), turn.clock.timeZone) : null);
    if (due && !dueFits(said, due, turn.clock))
      return turn.reply(
        say.notThatTime(title, dueWords(next.due_date, next.due_at, turn.lang, turn.clock) ?? due),
      );
  }
  const outcome = await turn.call('skip_occurrence', { task_id: task.id });
  if (outcome.isError) return turn.reply(refusal(outcome.result));
  return turn.reply(say.skipped((outcome.result as { title?: string }).title ?? title));
}

async function update(turn: Turn, task: Found, said: Change | null): Promise<AgentOutput> {
  if (!said) return turn.unread(say.askChange(task.title ?? null), 'task', WHICH);
  const asked = await withTaskMoment(turn, task.id, said);
  const change = asked.shiftDays
    ? await shifted(turn, task.id, asked)
    : asked.keepTime
      ? await keptTime(turn, task.id, asked)
      : scheduleNotTitle(asked, turn.clock);
  const shown: Parameters<typeof changeText>[0] = {};
  let title = task.title ?? `#${task.id}`;
  // "X ab har do hafte baad": a line that says the task repeats never only moves its date; a line
  // with a date word no reader takes ("monday week") never moves it to another date.
  if (change.recurrence === undefined && (change.due_date || change.due_at)) {
    const line = normalise(turn.input.message).text;
    const repeat = repeatSaid(line, turn.lang);
    const named = task.title ?? (await currentTask(turn, task.id)).title ?? title;
    if (repeat) return turn.reply(say.askRepeatUnread(named, repeat));
    const unreadable = unreadableDate(line, turn.lang);
    if (unreadable) return turn.reply(say.askDateUnread(named, unreadable));
  }
  if (change.recurrence !== undefined) {
    // A repeating task needs a due moment to count from; without one, ask when it starts.
    const current = await currentTask(turn, task.id);
    title = task.title ?? current.title ?? title;
    const dated = change.due_date || change.due_at;
    if (change.recurrence === null && !current.recurrence) return turn.reply(say.notRepeating(title));
    if (change.recurrence !== null && !dated && !current.due) return turn.reply(say.askRepeatStart(title));
  }
  // A rename is told by the task's old name: 'Updated "Old": renamed to "New".'
  let renamedFrom: string | null = null;
  if (change.title !== undefined || change.description !== undefined) {
    if (change.title) renamedFrom = task.title ?? (await currentTask(turn, task.id)).title ?? title;
    const args: Record<string, unknown> = { task_id: task.id };
    if (change.title) args.title = change.title.slice(0, 200);
    if (change.description !== undefined) args.description = change.description.slice(0, 1000);
    const outcome = await turn.call('update_task', args);
    if (outcome.isError) return turn.reply(refusal(outcome.result));
    title = (outcome.result as { title?: string }).title ?? title;
    if (change.title) shown.title = change.title;
    if (change.description !== undefined) shown.description = change.description;
  }
  const details: Record<string, unknown> = {};
  if (change.priority) details.priority = shown.priority = change.priority;
  if (change.addTags || change.removeTags) {
    // "tag X with accounts as well": "as" and "well" are no tags.
    if (change.addTags) change.addTags = realTags(change.addTags);
    const current = task.tags ?? (await currentTask(turn, task.id)).tags;
    const removing = new Set((change.removeTags ?? []).map((t) => t.toLowerCase()));
    const merged = [...current, ...(change.addTags ?? [])].filter((t) => !removing.has(t.toLowerCase()));
    const seen = new Set<string>();
    details.tags = shown.tags = merged.filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
  }
  if (change.reminders) {
    const current = task.reminders ?? (await currentTask(turn, task.id)).reminders;
    const seen = new Set<string>();
    details.reminders = [...current, ...change.reminders].filter((r) => {
      const key = JSON.stringify(r);
      return !seen.has(key) && seen.add(key);
    });
    shown.reminders = reminderText(change.reminders, turn.lang, turn.clock);
  }
  if (change.recurrence !== undefined) {
    details.recurrence = change.recurrence;
    shown.repeat = change.recurrence === null ? null : repeatText(change.recurrence, turn.lang);
  }
  if (change.due_date !== undefined || change.due_at !== undefined) {
    details.due_date = change.due_date ?? null;
    details.due_at = change.due_at ?? null;
    if (change.due_date === null && change.due_at === null) shown.noDue = true;
    else shown.due = dueWords(change.due_date, change.due_at, turn.lang, turn.clock) ?? '';
  }
  if (Object.keys(details).length > 0) {
    const outcome = await turn.call('set_task_details', { task_id: task.id, ...details });
    if (outcome.isError) return turn.reply(refusal(outcome.result));
    title = (outcome.result as { title?: string }).title ?? title;
  }
  return turn.reply(say.updated(renamedFrom ?? title, changeText(shown, turn.lang)));
}

/**
 * "change gym to every tuesday and thursday": a new "title" that is wholly a repeat is the repeat,
 * never a rename to "Every tuesday and thursday".
 */
function scheduleNotTitle(change: Change, clock: Clock): Change {
  if (!change.title) return change;
  const rule = englishRule(change.title, clock);
  if (!rule) return change;
  const { title: _title, ...rest } = change;
  return { ...rest, recurrence: rule.rule, ...(rule.due_at ? { due_at: rule.due_at, due_date: null } : {}) };
}

/**
 * "postpone X by a week": the task's due moment moved by that many days (a due time keeps its hour);
 * a task with no due date counts from today in the person's zone.
 */
async function shifted(turn: Turn, id: number, change: Change): Promise<Change> {
  const { shiftDays = 0, ...rest } = change;
  const current = await currentTask(turn, id);
  if (current.due_at) {
    const at = new Date(new Date(current.due_at).getTime() + shiftDays * 86_400_000);
    return { ...rest, due_date: null, due_at: at.toISOString() };
  }
  const [y, m, d] = (current.due_date ?? dayIn(turn.clock.now, turn.clock.timeZone)).split('-').map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d! + shiftDays)).toISOString().slice(0, 10);
  return { ...rest, due_date: day, due_at: null };
}

/**
 * A new day said without a time keeps the hour the task is due at ("Aslam sahab ki fitting kal ke
 * bajaye parson rakh do"); a time said without a day keeps the task's day ("the PTM got moved to
 * 11:30"). Read from the whole message.
 */
async function withTaskMoment(turn: Turn, id: number, change: Change): Promise<Change> {
  if (change.shiftDays || change.keepTime) return change;
  const line = normalise(turn.input.message).text;
  if (change.due_date && !change.due_at && !saysClockTime(line)) return { ...change, keepTime: true };
  if (change.due_at && !saysADay(line)) {
    const current = await currentTask(turn, id);
    const day =
      current.due_date ?? (current.due_at ? dayIn(new Date(current.due_at), turn.clock.timeZone) : null);
    const on = day ? sameTimeOn(day, change.due_at, turn.clock.timeZone) : null;
    const at =
      on && current.due_at && !saysHalfOfDay(line) ? nearerHalf(on, current.due_at, turn.clock.timeZone) : on;
    if (at) return { ...change, due_at: at, due_date: null };
  }
  return change;
}

/** "move X to friday, same time": the new day at the task's due hour (a task with no hour: the day). */
async function keptTime(turn: Turn, id: number, change: Change): Promise<Change> {
  const { keepTime: _keep, ...rest } = change;
  const at = rest.due_date
    ? sameTimeOn(rest.due_date, (await currentTask(turn, id)).due_at, turn.clock.timeZone)
    : null;
  return at ? { ...rest, due_date: null, due_at: at } : rest;
}

/** The task as stored (title, tags, reminders, whether it is due, its rule), read once per turn. */
async function currentTask(turn: Turn, id: number): Promise<Current> {
  const known = turn.current.get(id);
  if (known) return known;
  const outcome = await turn.call('get_task', { task_id: id });
  const { title, tags, reminders, due_date, due_at, recurrence } = (
    outcome.isError ? {} : outcome.result
  ) as {
    title?: unknown;
    tags?: unknown;
    reminders?: unknown;
    due_date?: unknown;
    due_at?: unknown;
    recurrence?: unknown;
  };
  const read: Current = {
    title: typeof title === 'string' ? title : null,
    tags: Array.isArray(tags) ? tags.map(String) : [],
    reminders: Array.isArray(reminders) ? (reminders as Reminder[]) : [],
    due: Boolean(due_date || due_at),
    due_date: typeof due_date === 'string' ? due_date : null,
    due_at: typeof due_at === 'string' ? due_at : null,
    recurrence: typeof recurrence === 'string' ? recurrence : null,
  };
  turn.current.set(id, read);
  return read;
}

/** The task a target names, or the reply to give instead (a question, or "not found"). */
async function resolve(
  turn: Turn,
  action: Action,
  target: Target,
): Promise<{ task: Found } | { reply: AgentOutput }> {
  const history = turn.input.history;
  switch (target.kind) {
    case 'id':
      return { task: { id: target.id } };
    case 'ids':
      return { task: { id: target.ids[0]! } };
    case 'it': {
      // A task changed earlier in this same message comes first ("... and make it high priority").
      const last =
        lastTaskMentioned([{ role: 'assistant', content: '', tool_calls: turn.calls }]) ??
        lastTaskMentioned(history);
      return last ? { task: last } : { reply: turn.ask(say.whichTask(), WHICH) };
    }
    case 'none':
      return { reply: turn.ask(say.whichTask(), WHICH) };
    case 'position': {
      const shown = lastShownList(history);
      if (!shown) {
        const status: Status =
          action === 'complete' || action === 'skip' ? 'pending' : action === 'reopen' ? 'completed' : 'all';
        const outcome = await turn.call('list_tasks', { status });
        const tasks = outcome.isError ? [] : (outcome.result as ShownTask[]);
        if (tasks.length === 0) return { reply: turn.reply(say.empty()) };
        return {
          reply: turn.reply(say.pickFrom(numbered(tasks.slice(0, SHOW_AT_MOST), turn.lang, turn.clock))),
        };
      }
      const task = pick(shown, target.index);
      if (!task) return { reply: turn.reply(say.noPosition(target.index + 1, shown.length)) };
      return { task };
    }
    case 'numbered': {
      const task = lastShownList(history)?.[target.n - 1];
      return { task: task ?? { id: target.n } };
    }
    case 'title': {
      const found = await findByTitle(turn, action, target.words);
      // "Rana traders ne cheeku ka bhi order de diya": another thing than the task found, asked about.
      if (
        'task' in found &&
        found.task.title &&
        action === 'complete' &&
        saysAnotherToo(turn.input.message, found.task.title, turn.lang)
      )
        return { reply: turn.unread(say.askChange(found.task.title), 'task', WHICH) };
      // "bought the eggs" and "Buy milk and eggs": half a task is not the task done; ask.
      const title = 'task' in found ? found.task.title : undefined;
      if (
        action === 'complete' &&
        title &&
        !callsTaskByWord(turn.input.message) &&
        namesOnlyPart({ title }, target.words)
      )
        return { reply: turn.reply(say.partlyDone(title)) };
      return found;
    }
  }
}

async function findByTitle(
  turn: Turn,
  action: Action,
  terms: string[],
): Promise<{ task: Found } | { reply: AgentOutput }> {
  const query = terms.join(' ');
  const status =
    action === 'complete' || action === 'skip' ? 'pending' : action === 'reopen' ? 'completed' : undefined;
  const search = async (withStatus: string | undefined) => {
    const outcome = await turn.call('search_tasks', withStatus ? { query, status: withStatus } : { query });
    return outcome.isError ? [] : (outcome.result as { tasks: (ShownTask & { tags: string[] })[] }).tasks;
  };
  const tasks = await search(status);
  if (tasks.length === 1) return { task: tasks[0]! };
  if (tasks.length > 1) {
    const best = bestOf(tasks, terms);
    if (best) return { task: best };
    return {
      reply: turn.ask(say.which(numbered(tasks.slice(0, SHOW_AT_MOST), turn.lang, turn.clock)), WHICH),
    };
  }
  if (status) {
    const others = await search(undefined);
    const other = others[0];
    if (other)
      return {
        reply: turn.reply(action === 'reopen' ? say.alreadyOpen(other.title) : say.alreadyDone(other.title)),
      };
  }
  // Typos, other word forms ("booking" for "Book") and words that only restate the task ("paid
  // the electricity bill"): score every task by the typed words its title has, keep a clear winner.
  const outcome = await turn.call('list_tasks', { status: status ?? 'all' });
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const close = closestTasks(all, terms);
  if (close.length === 1) return { task: close[0]! };
  if (close.length > 1 && close.length <= 5)
    return {
      reply: turn.ask(say.which(numbered(close.slice(0, SHOW_AT_MOST), turn.lang, turn.clock)), WHICH),
    };
  // The reference holds a whole title among other words (a day, "nahi jaunga"): that task.
  const contained = titlesContained(all, terms);
  if (contained.length === 1) return { task: contained[0]! };
  if (contained.length > 1 && contained.length <= 5)
    return { reply: turn.ask(say.which(numbered(contained, turn.lang, turn.clock)), WHICH) };
  // A long, rambling reference: the task that has clearly the most of its words; several close ones are asked about.
  const loose = bestMatching(all, terms);
  if (loose.length === 1) return { task: loose[0]! };
  if (loose.length > 1 && loose.length <= 5)
    return { reply: turn.ask(say.which(numbered(loose, turn.lang, turn.clock)), WHICH) };
  // "patwari wali fard mein ghalti nikli hai, dobara jana parega": the words after the command named
  // nothing ("jana parega"); the one finished task the whole line names is meant.
  if (action === 'reopen') {
    const naming = taskNamed(normalise(turn.input.message).text, all, turn.lang);
    if (naming?.kind === 'one') return { task: naming.task };
  }
  // One task shares a distinctive word: a guess, so it is asked, and "yes" next turn acts on it.
  const guess = onlyTaskSharing(all, terms);
  if (guess.length === 1) return { reply: turn.ask(say.suggest(query, guess[0]!.title), PROPOSED) };
  return { reply: turn.unread(say.notFound(query), 'lost') };
}

/** The task findByTitle suggested for these words last turn, found again the same way. */
async function suggested(turn: Turn, action: Action, terms: string[]): Promise<Found | null> {
  const status =
    action === 'complete' || action === 'skip' ? 'pending' : action === 'reopen' ? 'completed' : 'all';
  const outcome = await turn.call('list_tasks', { status });
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const guess = onlyTaskSharing(all, terms);
  return guess.length === 1 ? guess[0]! : null;
}

// Undo -----------------------------------------------------------------------------------------

// The rule: undo reverses the most recent change of the conversation. Reads (lists, searches) and
// questions are not changes, so "add X", "show my tasks", "undo" is about the add. The reply says
// what was undone. Reversing a completion or a reopen loses nothing and is done at once. Reversing
// an add deletes the task, so it is done at once only when it is unambiguous: the add was the turn
// just before and added one task. Otherwise the assistant names the task and asks; "yes" deletes it,
// "no" keeps it. A delete or an edit cannot be reversed, and the reply says so.

const REVERSE: Record<string, string> = {
  complete_task: 'reopen_task',
  reopen_task: 'complete_task',
  add_task: 'delete_task',
  add_task_details: 'delete_task',
  quick_add: 'delete_task',
};
const CREATES = new Set(['add_task', 'add_task_details', 'quick_add']);

async function undo(turn: Turn, confirmed = false): Promise<AgentOutput> {
  const last = lastChange(turn.input.history);
  if (!last) return turn.reply(say.undoNothing());
  const { call } = last;
  const result = call.result as { task_id?: number; title?: string };
  const id = result.task_id ?? (call.arguments.task_id as number | undefined);
  if (id === undefined) return turn.reply(say.undoNothing());
  const title = result.title ?? `#${id}`;
  if (call.name === 'delete_task') return turn.reply(say.undoDelete(title));
  const tool = REVERSE[call.name];
  if (!tool) return turn.reply(say.undoUpdate());
  if (tool === 'delete_task' && !confirmed && !(last.justBefore && last.created === 1))
    return turn.ask(say.undoAddAsk(title, last.created), { kind: 'undo' });
  const outcome = await turn.call(tool, { task_id: id });
  if (outcome.isError) return turn.reply(refusal(outcome.result));
  const done = (outcome.result as { title?: string }).title ?? title;
  if (tool === 'reopen_task') return turn.reply(say.undoneCompletion(done));
  if (tool === 'complete_task') return turn.reply(say.undoneReopen(done));
  return turn.reply(say.undoneAdd(done));
}

/** The answer to "undo adding X?": yes, no, or neither (then the message is read as usual). */
function yesOrNo(message: string): 'yes' | 'no' | null {
  const text = cleanText(message)
    .toLowerCase()
    .replace(/[.!,?؟۔]+/gu, ' ')
    .trim();
  if (YES.test(text)) return 'yes';
  if (NO.test(text)) return 'no';
  return null;
}
const YES =
  /^(?:yes|yeah|yep|yup|y|sure|ok|okay|go ahead|do it|please do|confirm|delete it|haan|han|haa|ji|jee|ji haan|jee haan|haan ji|theek hai|ٹھیک ہے|ہاں|جی|جی ہاں|ہاں جی|kar do|kardo|کر دو|کر دیں)(?:\s+(?:please|pls|do it|delete it|go ahead|kar do|kardo|کر دو|کر دیں))*$/u;
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

/** The last list the person was shown: the last read of the latest turn that only read. */
export function lastShownList(history: HistoryMessage[]): ShownTask[] | null {
  for (const message of assistantTurns(history)) {
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

function pick(list: ShownTask[], index: number): ShownTask | undefined {
  return index < 0 ? list.at(index) : list[index];
}

/** The one task the previous turn was about (added, changed or the only one shown), if any. */
function lastTaskMentioned(history: HistoryMessage[]): Found | null {
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

/** The last change of the conversation, whether it was the turn just before, and how many tasks that turn added. */
function lastChange(
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
function pendingQuestion(history: HistoryMessage[], clock: { now: Date; timeZone: string }): Pending | null {
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
  const made = readListRequest(request);
  if (made?.kind === 'create' && !made.name && asked) return { kind: 'listName' };
  const sharing = readSharingRequest(request);
  if (sharing && 'task' in sharing) return asked ? { kind: 'sharing', request: sharing } : null;
  const u = understand(request, clock);
  if (u.intent === 'undo') return asked ? { kind: 'undo' } : null;
  if (u.intent === 'add' && u.details.title.length === 0) return { kind: 'title' };
  if (u.intent === 'complete' || u.intent === 'delete' || u.intent === 'reopen')
    return { kind: 'action', action: u.intent, change: null };
  if (u.intent === 'update') return { kind: 'action', action: 'update', change: u.change, target: u.target };
  if (u.intent === 'skip') return { kind: 'action', action: 'skip', change: null };
  return null;
}

/** A tool's refusal in words: a viewer's write is said plainly, anything else as the tool said it. */
function refusal(result: unknown): Record<Lang, string> {
  if ((result as { code?: unknown } | null)?.code === 'AUTH_FORBIDDEN') return viewOnly();
  return say.toolError(errorText(result));
}

/** The turn as the shared-list requests (shared.ts) use it. */
function sharedTurn(turn: Turn, target?: Target): SharedTurn {
  return {
    lang: turn.lang,
    userId: turn.input.userId,
    timeZone: turn.input.timeZone,
    now: turn.input.now,
    call: (name, args) => turn.call(name, args),
    reply: (text) => turn.reply(text),
    refused: (result) => turn.reply(refusal(result)),
    forgetLastCall: () => {
      turn.calls.pop();
    },
    findTask: (said) => resolve(turn, 'update', target ?? readTarget(words(said))),
  };
}

function errorText(result: unknown): string {
  const message = (result as { error?: unknown } | null)?.error;
  return typeof message === 'string' ? message.replace(/[.]$/u, '') : 'the tool refused';
}
