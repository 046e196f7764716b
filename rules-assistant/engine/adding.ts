// Adding a task: its title, details, reminders and list, asked about when unread or unclear.

import { dayIn } from '#shared/time/zone.js';
import type { AgentOutput } from '../../server/features/assistant/agent.js';
import { act, currentTask, type ListSummary, likelyTask, namedTask, update } from './acting.js';
import guard from './lang/guard.json' with { type: 'json' };
import { cleanText, detectLanguage, type Lang, words } from './language.js';
import { englishReminder, type Reminder, urduReminder } from './reminders.js';
import { addedText, reminderText, type ShownTask, say } from './replies.js';
import { taskNamed } from './stages/about.js';
import { asksSomething } from './stages/commands.js';
import { repeatSaid, unreadableDate, unreadWords } from './stages/guard.js';
import { type Normalised, normalise } from './stages/normalise.js';
import { asksToDo, type Statement, titleSaysToDo } from './stages/statement.js';
import { bestMatching, closestTasks, JOINERS, POSTPOSITIONS, tasksSharingAWord } from './stages/target.js';
import { tellsOfEvent, todoNear, withoutRemindLead } from './stages/todo.js';
import { proposedAdd, refusal, type Turn, whichTo } from './turn.js';
import type { Understanding } from './understand.js';
import type { Clock } from './when.js';

const PLAN_CHANGED = new Set(guard.planChanged);

/**
 * "Omar's PTM is at 10:30 now", "MBA interviews are now on thursday the 31st": a moment said as
 * changed, in a line that never asks to add, moves the one open task the line names; null when it
 * names none or several (the caller asks or proposes).
 */
export async function momentChanged(
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
  const due = { due_date: details.due_date ?? null, due_at: details.due_at ?? null };
  if (named.length > 1 && named.length <= 5)
    return turn.ask(say.which(turn.numbered(named)), whichTo('update', due));
  if (named.length !== 1) return null;
  // "towels ab sirf monday ko ...": days said of a repeating task change its rule, not its next date.
  if ((await currentTask(turn, named[0]!.id)).recurrence) return null;
  return act(turn, 'update', { kind: 'id', id: named[0]!.id }, due);
}

/** Whether a line tells of a plan changed ("ab", "instead", "اب") and never asks for anything. */
function toldAsChanged(line: string): boolean {
  return !asksSomething(line) && words(line).some((w) => PLAN_CHANGED.has(w));
}

/** A reminder counted back from a task ("an hour before X", "X se 15 min pehle") and X when said; else null. */
function countedBack(line: string, clock: Clock): { reminders: Reminder[]; of: string | null } | null {
  const said = englishReminder(line, clock) ?? urduReminder(line, clock);
  return said?.kind === 'before' ? { reminders: [{ minutes_before: said.minutes }], of: said.of } : null;
}

/** A line that opens by asking to add ("add ...", "please create ..."). */
export const ASKS_TO_ADD =
  /^\s*(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:add|create|new\s+task)\b/iu;

/** A new task said with a due moment, a reminder or a repeat. */
export const scheduled = ({ details, reminders }: Statement): boolean =>
  Boolean(details.due_date || details.due_at || details.recurrence || reminders?.length);

/** "Add X as a new task? Y is already open": a new task put as a question, "yes" adds it. */
export function proposal(turn: Turn, statement: Statement, near: ShownTask[]): Record<Lang, string> {
  const names = near
    .slice(0, 3)
    .map((t) => `"${t.title}"`)
    .join(turn.lang === 'en' ? ' or ' : turn.lang === 'roman' ? ' ya ' : ' یا ');
  const extra = addedText(statement.details, turn.lang, turn.clock);
  if (near.length === 0) return say.proposeStatement(statement.details.title, extra);
  return say.proposeAdd(statement.details.title, extra, names);
}

// Adding and listing ---------------------------------------------------------------------------

export async function add(
  turn: Turn,
  u: Extract<Understanding, { intent: 'add' }>,
  list?: string,
  /** The person said "yes" to this task proposed. */
  confirmed = false,
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
    if (near.length > 0) {
      const task = { ...u, details };
      return turn.ask(proposal(turn, task, near), proposedAdd(task));
    }
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
  // A line that tells of an event on a day and asks for nothing ("jumme ko Faisal ki gari aayegi",
  // "the auditors will be here on thursday") is as often news as a to-do: the task is proposed, and
  // one "yes" adds it as read (decision 0122). At a clock time or repeating it is an appointment.
  if (
    list === undefined &&
    !confirmed &&
    !details.due_at &&
    !details.recurrence &&
    toldAsEvent(normalise(turn.input.message), details.title)
  ) {
    const task = { ...u, details, ...(reminders ? { reminders } : {}) };
    return turn.ask(proposal(turn, task, []), proposedAdd(task));
  }
  const title = details.title.slice(0, 200);
  const rich =
    list !== undefined ||
    details.priority !== null ||
    details.tags.length > 0 ||
    details.due_date ||
    details.due_at ||
    details.recurrence ||
    details.duration ||
    reminders;
  const args: Record<string, unknown> = { title };
  if (description) args.description = description.slice(0, 1000);
  if (rich) {
    if (details.priority !== null) args.priority = details.priority;
    if (details.tags.length > 0) args.tags = details.tags;
    if (details.due_date) args.due_date = details.due_date;
    if (details.due_at) args.due_at = details.due_at;
    if (details.recurrence) args.recurrence = details.recurrence;
    if (details.duration) args.duration = details.duration;
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

/**
 * Whether a line tells of an event by its verb (decision 0122) and never asks for a task: no command
 * word or request's ending ("add", "kar do"), no lead or title that says the person is to do it ("I
 * need to", "bank jana"), no marker of a thing to do.
 */
function toldAsEvent(said: Normalised, title: string): boolean {
  return (
    tellsOfEvent(said.text, said.lang) && !asksSomething(said.text) && !asksToDo(said.text, title, said.lang)
  );
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
export function startAnswer(message: string): string {
  return cleanText(message)
    .replace(
      /^(?:(?:ok(?:ay)?|start(?:ing)?(?:\s+it)?|begin(?:ning)?|from|on|it|make\s+it|let's\s+say)[,\s]+)+/iu,
      '',
    )
    .replace(/(?:\s+(?:سے|se|شروع|shuru|karo|kardo|کرو|کریں|کر دو|kar do|please))+[.!\s]*$/iu, '');
}
