// Acting on one task: finding it (by id, position or words of its title, asking which one when
// several match), then completing, deleting, reopening, skipping or changing it.

import { dayIn } from '#shared/time/zone.js';
import type { AgentOutput } from '../../server/features/assistant/agent.js';
import {
  ALL_WORDS,
  lastShownList,
  lastTaskMentioned,
  namesAllTasks,
  pick,
  taskInFocus,
} from './conversation.js';
import { dueWords } from './dates.js';
import { nearerHalf, sameTimeOn } from './keeptime.js';
import { words, wordsMeet } from './language.js';
import type { Reminder } from './reminders.js';
import { englishRule } from './repeats.js';
import { changeText, reminderText, repeatText, type ShownTask, say } from './replies.js';
import type { SharedTurn } from './shared.js';
import { saysADay, saysAnotherToo, saysClockTime, saysHalfOfDay, taskNamed } from './stages/about.js';
import { askToDelete, deletion } from './stages/deletes.js';
import { excludedNames, isExcluded, knownExcluded, withoutExcluded } from './stages/exclusion.js';
import { realTags, repeatSaid, unreadableDate } from './stages/guard.js';
import { normalise } from './stages/normalise.js';
import { dueFits, oneTimeSaid } from './stages/occurrence.js';
import {
  bestMatching,
  bestOf,
  closestTasks,
  JOINERS,
  namesOnlyPart,
  onlyTaskSharing,
  POSTPOSITIONS,
  titlesContained,
} from './stages/target.js';
import { type Ask, withAsks } from './state.js';
import {
  type Action,
  type Current,
  type Found,
  PROPOSED,
  refusal,
  SHOW_AT_MOST,
  type Turn,
  WHICH,
} from './turn.js';
import { type Change, readTarget, type Status, type Target } from './understand.js';
import type { Clock } from './when.js';
import { TASK_NOUN_WORDS } from './when-words.js';

/** "X wala task", "X والا کام": the words that point at a task by what it is called. */
export const POINTER_WORDS = new Set(['wala', 'wale', 'wali', 'waala', 'waale', 'والا', 'والے', 'والی']);

/** "آم والا کام ہو گیا", "the milk one is done": a word of a title used as the task's name. */
export const callsTaskByWord = (text: string) =>
  words(text).some((w) => POINTER_WORDS.has(w) || TASK_NOUN_WORDS.has(w) || w === 'one' || w === 'thing');

// Lists, views and subtasks --------------------------------------------------------------------

export interface ListSummary {
  id: number;
  name: string;
  open: number;
  archived: boolean;
}

/** The one task whose title has every meaningful word typed, as whole words; null when none or several. */
export async function namedTask(turn: Turn, terms: string[]): Promise<Found | null> {
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
export async function likelyTask(turn: Turn, terms: string[]): Promise<Found | null> {
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

// Acting on one task ---------------------------------------------------------------------------

export async function act(
  turn: Turn,
  action: Action,
  target: Target,
  change: Change | null,
): Promise<AgentOutput> {
  if (target.kind === 'ids') {
    // Several ids in one request: each is acted on in turn, and the replies are joined.
    const outs: AgentOutput[] = [];
    for (const id of target.ids) outs.push(await act(turn, action, { kind: 'id', id }, change));
    return withAsks({ response: outs.map((o) => o.response).join(' '), tool_calls: turn.calls }, ...outs);
  }
  // "jo jo kaam jumma ko hain sab monday pe shift kar do": a line about all of the tasks that the
  // bulk stage did not read changes no one task (a bulk change confirmed is a "yes" of its own).
  const line = normalise(turn.input.message).text;
  if (namesAllTasks(words(line))) return turn.unread(say.manyNotOne(line), 'lost');
  const found = await resolve(turn, action, target);
  if ('reply' in found) return withWhichAction(found.reply, action, change);
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
export async function skip(turn: Turn, task: Found): Promise<AgentOutput> {
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

export async function update(turn: Turn, task: Found, said: Change | null): Promise<AgentOutput> {
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
    // One field says the new due moment (the service clears the other); both null clear it.
    if (change.due_date) details.due_date = change.due_date;
    else if (change.due_at) details.due_at = change.due_at;
    else Object.assign(details, { due_date: null, due_at: null });
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
export async function currentTask(turn: Turn, id: number): Promise<Current> {
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
export async function resolve(
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
      // Then the task in focus: the one the conversation last added, changed or showed alone.
      const last =
        lastTaskMentioned([{ role: 'assistant', content: '', tool_calls: turn.calls }]) ??
        lastTaskMentioned(history) ??
        taskInFocus(history);
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
          reply: turn.reply(say.pickFrom(turn.numbered(tasks.slice(0, SHOW_AT_MOST)))),
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

/**
 * A "which one?" that numbered the tasks it could be keeps the request's action and change, so an
 * answer naming one of them carries the request out (stages/choice.ts).
 */
function withWhichAction(out: AgentOutput, action: Action, change: Change | null): AgentOutput {
  const state = out.state;
  if (!state || !Array.isArray(state.shown) || state.shown.length === 0 || !Array.isArray(state.asks))
    return out;
  const asks = (state.asks as Ask[]).map((a) => (a.kind === 'which' ? { ...a, action, change } : a));
  return { ...out, state: { ...state, asks } };
}

export async function findByTitle(
  turn: Turn,
  action: Action,
  terms: string[],
): Promise<{ task: Found } | { reply: AgentOutput }> {
  const status =
    action === 'complete' || action === 'skip' ? 'pending' : action === 'reopen' ? 'completed' : undefined;
  const chosen = await choiceLeft(turn, terms, status ?? 'all');
  if (chosen) return chosen;
  const query = terms.join(' ');
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
      reply: turn.ask(say.which(turn.numbered(tasks.slice(0, SHOW_AT_MOST))), WHICH),
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
  // No task has these words, and they hold the word for all ("down with flu, move everything that's
  // due today"): many tasks are meant, and what stages/bulk.ts did not read as a day's bulk change
  // is not guessed as one task.
  if (terms.some((t) => ALL_WORDS.has(t))) return { reply: turn.unread(say.manyNotOne(query), 'lost') };
  // Typos, other word forms ("booking" for "Book") and words that only restate the task ("paid
  // the electricity bill"): score every task by the typed words its title has, keep a clear winner.
  const outcome = await turn.call('list_tasks', { status: status ?? 'all' });
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const close = closestTasks(all, terms);
  if (close.length === 1) return { task: close[0]! };
  if (close.length > 1 && close.length <= 5)
    return {
      reply: turn.ask(say.which(turn.numbered(close.slice(0, SHOW_AT_MOST))), WHICH),
    };
  // The reference holds a whole title among other words (a day, "nahi jaunga"): that task.
  const contained = titlesContained(all, terms);
  if (contained.length === 1) return { task: contained[0]! };
  if (contained.length > 1 && contained.length <= 5)
    return { reply: turn.ask(say.which(turn.numbered(contained)), WHICH) };
  // A long, rambling reference: the task that has clearly the most of its words; several close ones are asked about.
  const loose = bestMatching(all, terms);
  if (loose.length === 1) return { task: loose[0]! };
  if (loose.length > 1 && loose.length <= 5)
    return { reply: turn.ask(say.which(turn.numbered(loose)), WHICH) };
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

/**
 * A reference with a clause that leaves a task alone ("buy medicine is done, not the one for dad",
 * "dawai wala kaam ho gaya, jo abbu ka nahi hai"): the tasks the reference less that clause names,
 * less those the clause excludes. Exactly one is the task; several are asked about, never guessed;
 * none (or no exclusion said) leaves the choice to the usual reading.
 */
async function choiceLeft(
  turn: Turn,
  terms: string[],
  status: Status,
): Promise<{ task: Found } | { reply: AgentOutput } | null> {
  const line = normalise(turn.input.message).text;
  const kept = withoutExcluded(terms, line, turn.lang).filter(
    (t) => !JOINERS.has(t) && !POSTPOSITIONS.has(t),
  );
  if (kept.length === 0 || excludedNames(line, turn.lang).length === 0) return null;
  const outcome = await turn.call('list_tasks', { status });
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const names = knownExcluded(line, turn.lang, all);
  if (names.length === 0) return null;
  const named = all.filter((t) => {
    const titleWords = words(t.title);
    return kept.every((term) => titleWords.some((w) => wordsMeet(term, w)));
  });
  const left = named.filter((t) => !isExcluded(t.title, names));
  if (left.length === 1 && named.length > 1) return { task: left[0]! };
  if (left.length > 1 && left.length <= SHOW_AT_MOST)
    return { reply: turn.ask(say.which(turn.numbered(left)), WHICH) };
  return null;
}

/** The task findByTitle suggested for these words last turn, found again the same way. */
export async function suggested(turn: Turn, action: Action, terms: string[]): Promise<Found | null> {
  const status =
    action === 'complete' || action === 'skip' ? 'pending' : action === 'reopen' ? 'completed' : 'all';
  const outcome = await turn.call('list_tasks', { status });
  const all = outcome.isError ? [] : (outcome.result as ShownTask[]);
  const guess = onlyTaskSharing(all, terms);
  return guess.length === 1 ? guess[0]! : null;
}

/** The turn as the shared-list requests (shared.ts) use it. */
export function sharedTurn(turn: Turn, target?: Target): SharedTurn {
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
