// What a line tells of a task (done, changed, a new thing to do) checked against the open tasks,
// and the command it asks for carried out (handle).

import type { AgentOutput } from '../../server/features/assistant/agent.js';
import { act, callsTaskByWord } from './acting.js';
import { add } from './adding.js';
import en from './lang/en.json' with { type: 'json' };
import roman from './lang/roman.json' with { type: 'json' };
import rules from './lang/rules.json' with { type: 'json' };
import ur from './lang/ur.json' with { type: 'json' };
import { cleanText, detectLanguage, stemWord, words, wordsMeet } from './language.js';
import { list } from './listing.js';
import { type ShownTask, say } from './replies.js';
import { tellsOfOther } from './stages/about.js';
import { doneNews, setsAMoment } from './stages/done.js';
import { unreadableDate } from './stages/guard.js';
import { passiveNews, trimNews } from './stages/news.js';
import { normalise } from './stages/normalise.js';
import { readStatement } from './stages/statement.js';
import {
  bestMatching,
  closestTasks,
  JOINERS,
  namesOnlyPart,
  onlyTaskSharing,
  POSTPOSITIONS,
  tasksSharing,
} from './stages/target.js';
import { namesAField, pointsAtTask, readTodo, todoBody, todoNear } from './stages/todo.js';
import { type Turn, whichTo } from './turn.js';
import { type Change, dueChange, isCommandWord, type Understanding, understand } from './understand.js';
import { undo } from './undo.js';
import type { Clock } from './when.js';

/**
 * "kal bank jana zaroori hai", "X urgent hai": importance said of something is a change of that
 * task only when an open task has its words; else the line is read as anything else (a new task).
 */
export async function softEdit(turn: Turn, text: string, read: Understanding): Promise<Understanding> {
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
export async function newsNotTitle(turn: Turn, text: string, said: string[]): Promise<AgentOutput | null> {
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
      return turn.ask(say.which(turn.numbered(named)), whichTo('complete'));
    if (named.length === 1) return null;
  }
  return null;
}

/**
 * News of a task done that the done stage did not place: its words cut where they say how or when
 * ("paid the electricity bill just now from the app"), or passive and arrival news ("the gas
 * cylinder's been booked", "the plumber came too"). One open task named: completed; several: asked.
 */
export async function toldDone(turn: Turn, text: string, done: string[] | null): Promise<AgentOutput | null> {
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
  // "paid the label printer" with "Pay the label printer" and "Pick up labels from the printer": the
  // one whose own verb is the deed told.
  const one = named.length > 1 && done ? byDeed(named, done) : named;
  if (one.length === 1 && !callsTaskByWord(text) && namesOnlyPart(one[0]!, terms))
    return turn.reply(say.partlyDone(one[0]!.title));
  // "dukaan pe aaj customer bohat aaye, thak gaya hun" and "Dukaan ka kiraya": news of something else.
  if (one.length === 1 && tellsOfOther(text, one[0]!, lang)) {
    turn.calls.pop();
    return null;
  }
  if (one.length === 1) return act(turn, 'complete', { kind: 'id', id: one[0]!.id }, null);
  if (named.length > 1 && named.length <= 5)
    return turn.ask(say.which(turn.numbered(named)), whichTo('complete'));
  turn.calls.pop();
  return null;
}

/**
 * Of several tasks news names, the one whose title opens with the verb of the deed told in a past
 * form ("paid the label printer": "Pay the label printer", not "Pick up labels from the printer");
 * else all of them.
 */
export function byDeed<T extends ShownTask>(named: T[], said: string[]): T[] {
  const deeds = said.filter((w) => stemWord(w) !== w).map(stemWord);
  if (deeds.length === 0) return named;
  const doing = named.filter((t) => deeds.includes(stemWord(words(t.title)[0] ?? '')));
  return doing.length === 1 ? doing : named;
}

export const PART_WORDS = new Set([...en.partWords, ...roman.partWords, ...ur.partWords]);
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
export function changedNotDone(text: string): boolean {
  const ws = words(text);
  return ws.some((w, i) => CHANGED.has(w) && HAPPENED.has(ws[i + 1] ?? '')) || setsAMoment(text);
}

/** A line as the stages read it, its language detected. */
export const heardAs = (text: string) => ({ text, lang: detectLanguage(text), fixes: [] });

/** Whether any word of a title meets a word said (three letters or more, not a joining word). */
export function wordsMeetAny(title: string[], said: string[]): boolean {
  const meaningful = said.filter((w) => w.length >= 3 && !JOINERS.has(w) && !POSTPOSITIONS.has(w));
  return title.some((t) => meaningful.some((w) => wordsMeet(w, t)));
}

const POINTED_FILLER = new Set([...en.pointedMoveWords, ...rules.itWords]);
const POINTING = new Set(rules.itWords);

/** "make it tomorrow 5pm": a word pointing at a task and a moment, nothing else. */
export function pointedMove(text: string, clock: Clock): Change | null {
  const ws = words(text);
  if (!ws.some((w) => POINTING.has(w))) return null;
  const rest = ws.filter((w) => !POINTED_FILLER.has(w)).join(' ');
  return rest.length > 0 ? dueChange(rest, clock) : null;
}

/**
 * A command word inside a statement ("tonight at 9 take out the trash" is no deletion): the rules
 * read a completion or deletion, but the whole line is also a dated statement of something to do.
 */
export function mistakenForCommand(u: Understanding, text: string, clock: Clock): boolean {
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
export async function todoMistakenForCommand(turn: Turn, u: Understanding, text: string): Promise<boolean> {
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
export async function namesClosely(turn: Turn, terms: string[]): Promise<boolean> {
  const outcome = await turn.call('list_tasks', { status: 'all' });
  turn.calls.pop();
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  return closestTasks(all, terms).length > 0;
}

/** Whether any task has the words the request names it by (a look that leaves no tool call behind). */
export async function namesSomeTask(turn: Turn, u: Understanding): Promise<boolean> {
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

export async function handle(turn: Turn, u: Understanding): Promise<AgentOutput> {
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
