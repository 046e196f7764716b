// Lists, views and subtasks: requests about lists by name, and the tasks shown for a question.

import { dayIn } from '#shared/time/zone.js';
import type { AgentOutput } from '../../server/features/assistant/agent.js';
import { findByTitle, type ListSummary, resolve } from './acting.js';
import { add } from './adding.js';
import { dueWords } from './dates.js';
import { detectLanguage, words } from './language.js';
import { type ListRequest, subtaskTitles } from './lists.js';
import { type ShownTask, say } from './replies.js';
import { URDU_SOUNDS } from './shared.js';
import { taskNamed } from './stages/about.js';
import { POSTPOSITIONS } from './stages/target.js';
import { pointsAtTask } from './stages/todo.js';
import { tidyTitle } from './stages/values.js';
import { withAsks } from './state.js';
import { refusal, SHOW_AT_MOST, said, type Turn } from './turn.js';
import { type ListFilters, type Understanding, understand } from './understand.js';
import { IT_WORDS } from './vocabulary.js';
import type { Clock } from './when.js';

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

/**
 * A request about lists (lists.ts): carried out against the person's own lists. A list named
 * without the word "list" must exist, or the message is read as any other (null); the look at the
 * lists that led nowhere is then left out of the answer's tool calls.
 */
export async function listRequest(
  turn: Turn,
  request: ListRequest,
  clock: Clock,
): Promise<AgentOutput | null> {
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
  // "isko Workshop list mein daal do", "move it to Apiary", "اسے پریس والی لسٹ میں ڈال دو": the task in focus.
  const pointer = words(request.kind === 'move' ? request.task : request.kind === 'add' ? request.text : '');
  if (pointer.length > 0 && pointer.every((w) => IT_WORDS.has(w) || POSTPOSITIONS.has(w)))
    return moveInto(turn, await resolve(turn, 'update', { kind: 'it' }), listName, match?.name);
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
        if (u.intent !== 'add') continue;
        // The line's verb came before the items ("sauda list mein daal do: daal chana, ..."): an item
        // whose opening words were read as a verb ("daal") keeps them; it is a title, not a request.
        const d = u.details;
        const typed = tidyTitle(item);
        const undated =
          !d.due_date && !d.due_at && !d.recurrence && d.priority === null && d.tags.length === 0;
        if (undated && typed.length > d.title.length && typed.toLowerCase().endsWith(d.title.toLowerCase()))
          d.title = typed;
        outs.push(await add(turn, u, listName));
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
  return moveInto(turn, await findByTitle(turn, 'update', taskWords), listName, match?.name);
}

/** The task found moved to a list, said back; the question asked when none was found. */
async function moveInto(
  turn: Turn,
  found: Awaited<ReturnType<typeof findByTitle>>,
  listName: string,
  matched: string | undefined,
): Promise<AgentOutput> {
  if ('reply' in found) return found.reply;
  const outcome = await turn.call('move_task', { task_id: found.task.id, list: listName });
  if (outcome.isError) return turn.reply(refusal(outcome.result));
  const title = (outcome.result as { title?: string }).title ?? found.task.title ?? `#${found.task.id}`;
  const to = matched ?? 'the Inbox';
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
  const shown = turn.numbered(page.tasks, Boolean(args.sort));
  return turn.reply(
    say.listed(shown, Math.min(page.tasks.length, SHOW_AT_MOST), Math.max(page.count, page.tasks.length)),
  );
}

/** A topic the person has a tag for filters by that tag; other topics are searched for (in English when titles hold them). */
async function withTopic(turn: Turn, filters: ListFilters): Promise<ListFilters> {
  const { topic, askedTopic, ...rest } = filters;
  if (!topic) return filters;
  const outcome = await turn.call('list_tags', {});
  const tags = outcome.isError ? [] : ((outcome.result as { tags?: { name: string }[] }).tags ?? []);
  const named = topic.toLowerCase();
  // "bill" names the tag "bills".
  const tag = tags.find((t) => [named, `${named}s`].includes(t.name.toLowerCase()));
  if (tag) return { ...rest, tags: [tag.name] };
  if (turn.lang !== 'en' || askedTopic) {
    // "ملک صاحب کے وزیٹنگ کارڈ والا کام": the words before the pointer when titles hold them all,
    // else the one word before it.
    const last = topic.split(' ').at(-1)!;
    if (last === topic || (await titlesHold(turn, topic))) return { ...rest, query: topic };
    return { ...rest, query: last };
  }
  // "show me the dentist tasks": in English the word before "tasks" is as often a kind of listing
  // ("the open tasks") as a topic; it narrows the listing only when titles hold it (the look leaves
  // no trace in the answer's calls).
  return (await titlesHold(turn, topic)) ? { ...rest, query: topic } : rest;
}

/** Whether some title holds the words (the look leaves no trace in the answer's calls). */
async function titlesHold(turn: Turn, query: string): Promise<boolean> {
  const look = await turn.call('search_tasks', { query, status: 'all', limit: 1 });
  turn.calls.pop();
  return !look.isError && ((look.result as { tasks?: unknown[] }).tasks?.length ?? 0) > 0;
}

const DONE = { en: 'done', roman: 'mukammal', ur: 'مکمل' } as const;

/** A day string ("2026-11-26") moved by whole days. */
const dayPlus = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The days [from, to) finished work was asked about ("what did I finish today / this week /
 * yesterday"), on the person's clock: today; this week from its Monday to today; one day. Finished
 * work is in the past, so a day word that names either neighbour ("kal", "کل", "parson") is the
 * day before, not after. Null when the question names no stretch of time.
 */
function finishedStretch(
  f: ListFilters,
  clock: Clock,
): { from: string; to: string; day: string | null } | null {
  const today = dayIn(clock.now, clock.timeZone);
  if (f.due === 'today') return { from: today, to: dayPlus(today, 1), day: today };
  if (f.due === 'week') {
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    return { from: dayPlus(today, -((weekday + 6) % 7)), to: dayPlus(today, 1), day: null };
  }
  if (f.dayOffset !== undefined) {
    const day = dayPlus(today, -Math.abs(f.dayOffset));
    return { from: day, to: dayPlus(day, 1), day };
  }
  if (f.day !== undefined && f.day <= today) return { from: f.day, to: dayPlus(f.day, 1), day: f.day };
  return null;
}

/**
 * "What did I finish today / this week / yesterday?": the tasks finished in that stretch by when
 * they were finished (completed_at on the person's clock), all of them, in the order they were
 * done; not the finished tasks that were due then. Read from the tools: the completed tasks last
 * changed first (a task is changed when it is finished), then those finished in the stretch.
 */
async function finishedIn(
  turn: Turn,
  f: ListFilters,
  stretch: { from: string; to: string; day: string | null },
): Promise<AgentOutput> {
  const args: Record<string, unknown> = { status: 'completed', sort: '-updated', limit: 200 };
  if (f.query) args.query = f.query;
  if (f.priority) args.priority = f.priority;
  if (f.tags) args.tags = f.tags;
  const outcome = await turn.call('search_tasks', args);
  if (outcome.isError) return turn.reply(refusal(outcome.result));
  const page = outcome.result as { tasks: (ShownTask & { completed_at?: string | null })[] };
  const done = page.tasks
    .filter((t) => {
      if (!t.completed_at) return false;
      const day = dayIn(new Date(t.completed_at), turn.clock.timeZone);
      return day >= stretch.from && day < stretch.to;
    })
    .sort((a, b) => Date.parse(a.completed_at!) - Date.parse(b.completed_at!));
  const period = stretch.day
    ? (dueWords(stretch.day, null, turn.lang, turn.clock) ?? stretch.day)
    : turn.lang === 'en'
      ? 'this week'
      : turn.lang === 'roman'
        ? 'is hafte'
        : 'اس ہفتے';
  if (done.length === 0) return turn.reply(say.nothingFinished(period));
  turn.shown = done.map((t) => ({ id: t.id, title: t.title }));
  const lines = done
    .map(
      (t, i) =>
        `${i + 1}. ${t.title} (${DONE[turn.lang]} ${dueWords(null, t.completed_at, turn.lang, turn.clock)})`,
    )
    .join('\n');
  return turn.reply(say.finished(period, done.length, lines));
}

export async function list(turn: Turn, u: Extract<Understanding, { intent: 'list' }>): Promise<AgentOutput> {
  const f = await withTopic(turn, u.filters);
  // Finished work asked about a stretch of time is asked by when it was finished.
  const stretch = f.status === 'completed' && !u.count ? finishedStretch(f, turn.clock) : null;
  if (stretch) return finishedIn(turn, f, stretch);
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
    // list_tasks names no due moments: they are read for the date order (and said beside each task).
    if (tasks.length > 1) {
      const status = u.count ? 'all' : (f.status ?? 'all');
      const dated = await turn.call('search_tasks', { status, limit: 200 });
      const due = new Map(
        dated.isError ? [] : (dated.result as { tasks: ShownTask[] }).tasks.map((t) => [t.id, t] as const),
      );
      tasks = tasks.map((t) => ({
        ...t,
        due_date: due.get(t.id)?.due_date ?? null,
        due_at: due.get(t.id)?.due_at ?? null,
      }));
    }
  }
  const shown = turn.numbered(tasks, Boolean(f.sort));
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
