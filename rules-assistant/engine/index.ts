// The built-in assistant: no model, no network. It reads the message (understand.ts), finds the
// task it is about (by id, by position in the last list shown, or by words of its title, asking
// when several match), calls the task tools and confirms in the language it was spoken to in.
// This file is the dispatch: the answers to questions pending, then the readers in their order.

import type { Agent, AgentInput, AgentOutput } from '../../server/features/assistant/agent.js';
import { act, sharedTurn, suggested } from './acting.js';
import { ASKS_TO_ADD, add, startAnswer } from './adding.js';
import { lastShownList, pendingQuestion, pick, whichKept, yesOrNo } from './conversation.js';
import { cleanText, detectLanguage, type Lang, words } from './language.js';
import { list, listRequest } from './listing.js';
import { readListRequest } from './lists.js';
import {
  deletionWithReason,
  editBeforeReason,
  handedOver,
  handleRead,
  reopenedWhole,
  skippedWhole,
} from './reading.js';
import { type ShownTask, say } from './replies.js';
import { sharingRequest } from './shared.js';
import { readSharingRequest } from './sharing.js';
import { readAddressed } from './stages/addressed.js';
import { announcedAdds, pickedParts } from './stages/announced.js';
import { bulkConfirmed, bulkPreview } from './stages/bulk.js';
import { askedToCheck, checkFirst } from './stages/checkfirst.js';
import { chosenOfShown } from './stages/choice.js';
import { asksSomething, IMPERATIVE_ENDINGS } from './stages/commands.js';
import { withoutStillOpen } from './stages/contrast.js';
import { answerToDelete } from './stages/deletes.js';
import { readEdit } from './stages/edits.js';
import { withoutExclusionClauses } from './stages/exclusion.js';
import { addsIt, neverDeadEnd, quickAdded } from './stages/fallback.js';
import { focusFollowUp, withoutAcknowledgement } from './stages/focus.js';
import { focusClauses } from './stages/focus-clauses.js';
import { sweepSaid } from './stages/guard.js';
import { halvesActing } from './stages/halves.js';
import { type ClauseReading, dryRun, leftOutNote, oneClauseActing } from './stages/leftover.js';
import { normalise, spelledOut } from './stages/normalise.js';
import {
  readBehindQuestion,
  readFinishedQuestion,
  readListQuestion,
  readQuestion,
  readTaskStatusQuestion,
} from './stages/question.js';
import { readReopen } from './stages/reopen.js';
import { retracted } from './stages/retraction.js';
import { splitRequests } from './stages/split.js';
import { statementBody } from './stages/statement.js';
import { tagClauseMarked } from './stages/tag-clause.js';
import { closestTasks, onlyTaskSharing } from './stages/target.js';
import { isThanks, readTodo, todoBody } from './stages/todo.js';
import { laterParts, togetherActing } from './stages/together.js';
import { tidyTitle } from './stages/values.js';
import { askOf, finalState, lastAsked, withAsks } from './state.js';
import { answerQuestion } from './task-questions.js';
import { handle, heardAs, wordsMeetAny } from './told.js';
import { MUTATING, Turn, UNREAD, WHICH } from './turn.js';
import { dueChange, isCommandWord, readTarget, type Target, understand } from './understand.js';
import { undo } from './undo.js';

export const offlineAgent: Agent = {
  name: 'offline',
  run: async (typed) =>
    finalState(typed.message, neverDeadEnd(typed, await answer(typed, true)), typed.history),
};

/** The same assistant without the check first: the readers' plan carried out as read (for the eval's measures). */
export const uncheckedAgent: Agent = {
  name: 'offline, unchecked',
  run: async (typed) =>
    finalState(typed.message, neverDeadEnd(typed, await answer(typed, false)), typed.history),
};

/** The answer to one message; `checked`: whether a plan scored as risky is asked about first. */
export async function answer(typed: AgentInput, checked: boolean): Promise<AgentOutput> {
  // "hogya", "kr lia": texted Roman Urdu is read in its usual spelling by every stage.
  // "..., tag it car", "..., ٹیگ گاڑی": a closing clause that only names a tag is read as "#car".
  const texted = spelledOut(typed.message);
  const spelled = { ...typed, message: tagClauseMarked(texted) };
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
  // "yes" or "add it" to a proposed quick add: the line added as the quick add parser reads it.
  // The answer is said back in the language the question answered was asked in ("haan" to Urdu).
  const asked = lastAsked(input.history);
  const askedLang = asked ? detectLanguage(asked.request) : lang;
  const quick = askOf(asked, 'quickAdd');
  if (quick && said === 'no') return { response: say.declined()[askedLang], tool_calls: [] };
  if (quick && (said === 'yes' || addsIt(input.message)))
    return quickAdded(new Turn(input, asked!.request), quick);
  // "yes" to "Shall I move these to friday (3 tasks)?": that change made to the tasks shown, one by one.
  const bulk = askOf(asked, 'bulk');
  if (bulk && said === 'no') return { response: say.declined()[askedLang], tool_calls: [] };
  if (bulk && said === 'yes') return bulkConfirmed(new Turn(input, asked!.request), bulk);
  // "yes" to "I would mark X done. Shall I?": the request asked about, carried out as it was read.
  const request = askedToCheck(input.history);
  if (request !== null && said === 'no') return { response: say.declined()[lang], tool_calls: [] };
  // "no, just the first one" to a plan of several new tasks: the parts it points at, added.
  const part =
    request !== null && said !== 'yes'
      ? await announcedAdds(
          { ...typed, message: request, history: typed.history.slice(0, -2) },
          false,
          CLAUSE_READING.saysTodo,
          (count) => pickedParts(input.message, count),
        )
      : null;
  if (part) return part;
  // "add it" (the panel's button) to "I would add a new task X. Shall I?" is "yes".
  if (request !== null && (said === 'yes' || (addsIt(input.message) && askOf(asked, 'check'))))
    return answer({ ...typed, message: request, history: typed.history.slice(0, -2) }, false);
  // "no, thursday instead", "friday", "the last two are done": a follow-up on the task in focus,
  // unless the line answers a question the last turn asked ("from friday" to "from when?").
  const clock = { now: input.now, timeZone: input.timeZone, dateOrder: input.dateOrder ?? null };
  const pending = pendingQuestion(input.history, clock);
  // "ok mark it done", "haan, isay done kar do" when nothing was asked: the rest is the request.
  const acknowledged = said === null && !asked?.asks.length ? withoutAcknowledgement(typed.message) : null;
  if (acknowledged) return answer({ ...typed, message: acknowledged }, checked);
  const followUp = said === null && !pending ? await focusFollowUp(input) : null;
  if (followUp) return followUp;
  // "never mind, delete that", "isko Ghar list mein daal do aur zaroori bhi kar do": clause by clause.
  const clauses = said === null && !pending ? await focusClauses(input) : null;
  if (clauses) return clauses;
  // "two things: call mom and pay rent": one task each (more than two asked about first).
  const announced = said === null ? await announcedAdds(input, checked, CLAUSE_READING.saysTodo) : null;
  if (announced) return announced;
  if (checked && said === null && !pending) {
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
export async function reply(input: AgentInput, lang?: Lang): Promise<AgentOutput> {
  const turn = new Turn(input, input.message, lang);
  const clock = { now: input.now, timeZone: input.timeZone, dateOrder: input.dateOrder ?? null };
  const told = normalise(input.message);
  // "ward 6 checklist done, the ward 4 one is still pending": the remark on the other task goes.
  // "کرولا کا آئل چینج پرسوں کر دو، عرفان والا نہیں": a clause that only leaves a task alone is
  // read when the task is chosen (from the whole line), not as part of what to do.
  const remarkless = withoutStillOpen(told.text) ?? withoutExclusionClauses(told.text, turn.lang);
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
    // The answer to a proposal ("Add X as a new task?", "Did you mean X?"): "yes" carries it out,
    // and so does "add it" (the panel's button) to a proposed new task, as it does to the others.
    const answer =
      yesOrNo(input.message) ?? (pending.kind === 'proposal' && addsIt(input.message) ? 'yes' : null);
    if (answer === 'no') return turn.reply(say.declined());
    if (answer === 'yes') {
      if (pending.kind === 'proposal') return add(turn, pending.statement, undefined, true);
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
  // "Chaudhry walon ko" to "which one? 1. Chaudhry family ko menu bhejna 2. Sheikh ...": the one
  // numbered task the answer names, and the request carried out on it.
  const chosen = u.intent === 'select' ? null : chosenOfShown(input.history, normalised.text);
  if (chosen) {
    // Said back in the language the question was asked in ("Chaudhry walon ko" reads as English).
    const asked = new Turn(input, input.message, detectLanguage(chosen.request));
    return act(asked, chosen.action, { kind: 'id', id: chosen.id }, chosen.change);
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
  // "push everything due tomorrow to friday": the tasks due then and the change, shown to confirm.
  const bulk = pending ? null : await bulkPreview(turn, u, normalised.text, words(normalised.text));
  if (bulk) return bulk;
  // "wipe all the business stuff, starting fresh": many tasks in vague words; ask, change nothing.
  if (!pending && sweepSaid(normalised.text, turn.lang)) return turn.reply(say.bulk());
  // "no backup this sunday, I'll be at my sister's mehndi": this one time of a repeating task is off.
  const skipped = pending ? null : await skippedWhole(turn, normalised.text);
  if (skipped) return skipped;
  // "aaj maine kya kya khatam kiya?": the work finished then, listed by when it was finished.
  const finished = pending ? null : readFinishedQuestion(normalised.text);
  if (finished) return list(turn, { intent: 'list', filters: finished, count: false });
  const question = pending ? null : readQuestion(normalised.text);
  const answer = question ? await answerQuestion(turn, question) : null;
  if (answer) return answer;
  const behind = pending ? null : readBehindQuestion(normalised.text);
  if (behind) return list(turn, { intent: 'list', ...behind });
  const asking = !pending && u.intent === 'unknown' ? readListQuestion(normalised.text, turn.clock) : null;
  if (asking) return list(turn, { intent: 'list', filters: asking, count: false });
  // A question about a task ("did I ... ?", "kya X ho gaya?") is never read as a change of it.
  if (question) return turn.reply(say.notFound(question.task.join(' ')));
  // "is the sump pump fix still open?": a question naming one task in other words is answered
  // about it when its words name one; else the line goes on to be read as anything else.
  const status = pending || u.intent !== 'unknown' ? null : readTaskStatusQuestion(normalised.text);
  const stated = status ? await answerQuestion(turn, status) : null;
  if (stated) return stated;
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
    if (shared.length > 1 && shared.length <= 5) return turn.ask(say.which(turn.numbered(shared)), WHICH);
    turn.calls.pop();
    return turn.ask(say.whichTask(), WHICH);
  }
  if (!pending) {
    const request = readListRequest(input.message);
    const answered = request ? await listRequest(turn, request, clock) : null;
    if (answered) return answered;
  }
  if (u.intent === 'select') {
    const kept = pending?.kind === 'action' ? pending : pending ? null : whichKept(input.history);
    if (kept) return act(turn, kept.action, { kind: 'position', index: u.index }, kept.change);
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
  const clock = { now: input.now, timeZone: input.timeZone, dateOrder: input.dateOrder ?? null };
  const plans = await Promise.all(parts.map((part) => dryRun(input, part, CLAUSE_READING)));
  // "Bilal is off tomorrow" alone is proposed as a task, not added (decision 0122): beside a change
  // it is as much the change's reason as one the rules would add.
  const adds = (i: number) =>
    plans[i]!.length > 0
      ? plans[i]!.every((c) => CLAUSE_READING.adding.has(c.name))
      : readTodo(heardAs(parts[i]!), clock)?.onlyWhen === true;
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
