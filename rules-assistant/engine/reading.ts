// A request as read, when no question is pending: news of a task, a statement of something to do,
// a task named first, or a command (handled by told.ts's handle).

import { dayIn } from '#shared/time/zone.js';
import type { AgentOutput } from '../../server/features/assistant/agent.js';
import { act, callsTaskByWord, currentTask, POINTER_WORDS, sharedTurn } from './acting.js';
import { add, momentChanged, proposal, scheduled } from './adding.js';
import { sameTimeOn } from './keeptime.js';
import { detectLanguage, type Lang, words } from './language.js';
import { addedText, type ShownTask, say } from './replies.js';
import { shared, sharingRequest } from './shared.js';
import {
  notesAfterWords,
  readAbout,
  saysAnotherToo,
  saysFuture,
  saysNotYet,
  taskNamed,
  tellsOfOther,
  wordsBeyond,
} from './stages/about.js';
import { whichOfNews } from './stages/choice.js';
import { IMPERATIVE_ENDINGS } from './stages/commands.js';
import { doneNews, dueNews, undoneNews } from './stages/done.js';
import { readEdit } from './stages/edits.js';
import { notExcluded } from './stages/exclusion.js';
import { asksToHandOver, handsOver, personNamed, taskHanded } from './stages/handover.js';
import { normalise } from './stages/normalise.js';
import { occurrenceOff, saysOneTimeOff } from './stages/occurrence.js';
import { readStatement, type Statement, statementBody, tellsWhatHappened } from './stages/statement.js';
import {
  bestMatching,
  closestTasks,
  firmlyNear,
  namesOnlyPart,
  onlyTaskSharing,
  tasksRestated,
  tasksSharing,
  titlesContained,
} from './stages/target.js';
import { pointsAtTask, readTodo, type Todo, todoBody, todoNear, withAsides } from './stages/todo.js';
import {
  byDeed,
  changedNotDone,
  handle,
  heardAs,
  mistakenForCommand,
  namesClosely,
  namesSomeTask,
  newsNotTitle,
  PART_WORDS,
  pointedMove,
  softEdit,
  todoMistakenForCommand,
  toldDone,
} from './told.js';
import { proposedAdd, type Turn, WHICH, whichTo } from './turn.js';
import { type Change, dueChange, isCommandWord, type Understanding, understand } from './understand.js';
import type { Clock } from './when.js';
import { TASK_NOUN_WORDS } from './when-words.js';

/**
 * "قرآن کلاس کی فیس والا کام ہٹا دیں، کلاس بند ہو گئی ہے", "delete X, the trip is off": a deletion
 * followed by clauses with no command in them; those clauses give the reason, and are no news of a
 * task done or changed.
 */
export function deletionWithReason(text: string, clock: Clock): { text: string; u: Understanding } | null {
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

/**
 * A request as read; with no command word, a statement of something to do ("parson subah gym jana
 * hai") is a new task, unless an open task has its words: then it may be about that task, so ask.
 */
export async function handleRead(turn: Turn, text: string, first: Understanding): Promise<AgentOutput> {
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
        proposedAdd(u),
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
    if (fresh) return turn.ask(proposal(turn, fresh.statement, fresh.near), proposedAdd(fresh.statement));
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
    // "the honey delivery, not the bakery one - make it monday": those left alone go.
    const left = notExcluded(normalise(turn.input.message).text, turn.lang, closestTasks(open, due.terms));
    const close = left.tasks;
    // A clause that commands ("make it monday"): several tasks named are asked about.
    const commands = text.split(/[,;.،۔]+|\s[-–—]\s/u).some((c) => isCommandWord(words(c)[0] ?? ''));
    if ((left.excluded || commands) && close.length > 1 && close.length <= 5)
      return turn.ask(
        say.which(turn.numbered(close)),
        whichTo('update', { due_date: due.due_date, due_at: due.due_at }),
      );
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
  // "got a call with the Dubai people on thursday", "jumme ko Faisal ki gari aayegi": a statement
  // that only its moment makes a to-do is as often news; it is proposed, never added (decision 0122).
  // "principal has called a staff meeting on friday": a title telling what someone has done is news
  // of the event, read as an add by the intent model; proposed too.
  const onlyWhen =
    'todo' in statement
      ? (statement as Todo).onlyWhen
      : !statementBody(text).marked && tellsWhatHappened(statement.details.title, detectLanguage(text));
  if (near.length === 0 && !onlyWhen) return add(turn, statement);
  // Put as a proposal: "yes" next turn adds it (the statement is kept in the reply's state).
  return turn.ask(proposal(turn, statement, near), proposedAdd(statement));
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

/**
 * "license renewal urgent kar do, warden ne warning di hai", "X high kar do, warna challan ho
 * jayega": an edit before a clause giving its reason (what someone else did, "ne"; "because",
 * "warna") is the edit alone; else null.
 */
export function editBeforeReason(text: string, clock: Clock): Understanding | null {
  const at = Math.max(text.lastIndexOf(','), text.lastIndexOf('،'));
  if (at <= 0) return null;
  const reason = ` ${text.slice(at + 1).trim()} `;
  const told =
    / (?:ne|نے) /u.test(reason) ||
    /^ (?:because|since|as|kyunke|kyunki|kyun\s+ke|warna|werna|کیونکہ|ورنہ) /iu.test(reason);
  return told ? readEdit(text.slice(0, at), clock) : null;
}

/** A line naming one finished task and telling it is not done after all: that task reopened; else null. */
export async function reopenedWhole(turn: Turn, text: string): Promise<AgentOutput | null> {
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
export async function skippedWhole(turn: Turn, text: string): Promise<AgentOutput | null> {
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
export async function handedOver(turn: Turn, text: string): Promise<AgentOutput | null> {
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
 * Task-first reading (stages/about.ts, decision 0113): when the line names one task by its title,
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
    const deed = read.kind === 'done' ? byDeed(open, words(text)) : open;
    if (deed.length === 1 && !tellsOfOther(text, deed[0]!, lang))
      return act(turn, 'complete', { kind: 'id', id: deed[0]!.id }, null);
    return turn.ask(say.which(turn.numbered(open)), whichOfNews(read, text));
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
