// A change of every task due on a day ("push everything due tomorrow to friday", "mark all of
// today's tasks done", "آج کے سب کام مکمل کر دو"), from what the reading left: a completion or a
// date move whose task reference is only the word for all and a day (or a bulk completion that
// names a day), or whose scope is named beside the word for all: one of the person's tags ("mark all
// the home ones done"), one of their lists ("everything in the groceries list") or words their open
// tasks hold ("all the medicine tasks"), namedScope. It is
// never made on the turn that reads it: the tasks in scope and the change are shown, and the reply
// keeps them as state (state.ts: the ids shown, the action, the change), so "yes" next turn makes
// that change to exactly those tasks, one by one through the same executor (acting.ts `act`), and
// "no" leaves them. Deleting everything due on a day is not offered (the
// guard's answer stands). The words are data: the word for all in lang/rules.json `bulk`, the
// words beside it in lang/bulk.json, the days as the list questions read them (stages/listing.ts).
import { CHECK_CONFIRM } from '#shared/answers.js';
import { dayIn } from '#shared/time/zone.js';
import type { AgentOutput } from '../../../server/features/assistant/agent.js';
import { act } from '../acting.js';
import { ALL_WORDS } from '../conversation.js';
import { dueWords } from '../dates.js';
import data from '../lang/bulk.json' with { type: 'json' };
import type { Change, ListFilters, Understanding } from '../meaning.js';
import type { ShownTask } from '../replies.js';
import type { Ask } from '../state.js';
import { refusal, said, type Turn } from '../turn.js';
import { TARGET_FILLER, URDU_VERB_WORDS, VERBS } from '../vocabulary.js';
import { readFilters } from './listing.js';

const FILLER = new Set<string>([...data.scopeFiller.en, ...data.scopeFiller.roman, ...data.scopeFiller.ur]);
/** "the home ones": the word standing for the tasks of a scope. */
const ONES = new Set<string>(data.ones);

/** The question a bulk preview puts: "yes" makes `change` (or the completion) to the tasks `ids`. */
export type BulkAsk = Extract<Ask, { kind: 'bulk' }>;

/** The day (or stretch) a reference of only "all" and a day names, as list filters; null otherwise. */
export function bulkScope(ws: string[], text: string, whole: boolean): ListFilters | null {
  if (!ws.some((w) => ALL_WORDS.has(w))) return null;
  const filters = readFilters(ws, text);
  const dated =
    filters.due === 'today' ||
    filters.due === 'overdue' ||
    filters.due === 'week' ||
    filters.dayOffset !== undefined ||
    filters.day !== undefined;
  if (!dated || filters.query || filters.tags || filters.priority || filters.topic) return null;
  // A task reference must be nothing but the scope: "all the milk for today" names a task.
  if (!whole) {
    const dayWord = (w: string) => {
      const alone = readFilters([w], w);
      return alone.due !== undefined || alone.dayOffset !== undefined || alone.day !== undefined;
    };
    if (!ws.every((w) => ALL_WORDS.has(w) || FILLER.has(w) || dayWord(w))) return null;
  }
  return filters;
}

/** The scope and change of a bulk request the reading left, or null when it is none. */
function bulkRead(
  u: Understanding,
  text: string,
  ws: string[],
): { action: 'complete' | 'update'; filters: ListFilters; change: Change | null } | null {
  if (u.intent === 'bulk' && u.action === 'complete') {
    const filters = bulkScope(ws, text, true);
    return filters ? { action: 'complete', filters, change: null } : null;
  }
  if ((u.intent === 'complete' || u.intent === 'update') && u.target.kind === 'title') {
    const filters = bulkScope(u.target.words, u.target.words.join(' '), false);
    if (!filters) return null;
    if (u.intent !== 'update') return { action: 'complete', filters, change: null };
    const change = u.change;
    const moves = change !== null && (change.due_date !== undefined || change.due_at !== undefined);
    return moves ? { action: 'update', filters, change } : null;
  }
  return null;
}

/**
 * "mark all the home ones done", "saare #errands wale kaam kal par kar do", "تمام home والے کام مکمل کر
 * دو": a bulk request whose scope is named beside the word for all, the scope's filler and the
 * command's words: one of the person's tags (one word), else one of their lists by its whole name
 * ("everything in the groceries list", "groceries list ke saare kaam", "groceries فہرست کے سب کام"),
 * else one or two words its open tasks' titles hold ("all the medicine tasks", "saare dawai wale
 * kaam"). The scope as list filters, or null.
 */
async function namedScope(turn: Turn, u: Understanding, ws: string[]): Promise<ListFilters | null> {
  // Deleting many tasks at once is not offered (the guard's answer stands).
  if (u.intent === 'bulk' && u.action !== 'complete') return null;
  const said = u.intent === 'bulk' ? ws : 'target' in u && u.target.kind === 'title' ? u.target.words : null;
  if (!said?.some((w) => ALL_WORDS.has(w))) return null;
  const named = said.filter(
    (w) =>
      !ALL_WORDS.has(w) &&
      !FILLER.has(w) &&
      !ONES.has(w) &&
      !VERBS.has(w) &&
      !URDU_VERB_WORDS.has(w) &&
      !TARGET_FILLER.has(w) &&
      readFilters([w], w).status !== 'completed',
  );
  if (named.length === 0 || named.length > 3) return null;
  if (named.length === 1) {
    const outcome = await turn.call('list_tags', {});
    const tags = outcome.isError ? [] : ((outcome.result as { tags?: { name?: string }[] }).tags ?? []);
    const wanted = named[0]!.replace(/^#/u, '');
    const tag = tags.map((t) => t.name ?? '').find((name) => name.toLowerCase() === wanted);
    if (tag) return { status: 'pending', tags: [tag] };
  }
  // A list named by its whole name, the word for list beside it or not.
  const listWords = named.filter((w) => !LIST_WORDS.has(w));
  const outcome = await turn.call('list_lists', {});
  const lists = outcome.isError ? [] : ((outcome.result as { lists?: { name: string }[] }).lists ?? []);
  const list = lists.find((l) => l.name.toLowerCase() === listWords.join(' '));
  if (list) return { status: 'pending', list: list.name };
  // Words to look for, when the line did not name a list ("in the X list" of a list there is not).
  if (named.length > 2 || named.some((w) => LIST_WORDS.has(w) || /^#/u.test(w))) return null;
  // Words no open task holds name no scope ("down with flu, move everything ..."): read as before.
  const query = named.join(' ');
  const found = await turn.call('search_tasks', { query, status: 'pending', limit: 1 });
  const any = !found.isError && ((found.result as { tasks?: unknown[] }).tasks?.length ?? 0) > 0;
  return any ? { status: 'pending', query } : null;
}

/** The word for a list, beside its name ("the groceries list", "groceries فہرست"). */
const LIST_WORDS = new Set<string>(data.listWords);

/** The open tasks a scope covers, as the list questions ask the tools for them. */
async function tasksIn(turn: Turn, f: ListFilters): Promise<ShownTask[] | { refused: unknown }> {
  // In date order, tasks due together in the order they were made: the preview reads as the list
  // does, and "yes" changes them in that order.
  const args: Record<string, unknown> = { status: 'pending', limit: 200, sort: 'due' };
  const today = dayIn(turn.clock.now, turn.clock.timeZone);
  const onDay =
    f.day ??
    (f.dayOffset === undefined
      ? null
      : dayIn(new Date(turn.clock.now.getTime() + f.dayOffset * 86_400_000), turn.clock.timeZone));
  if (onDay) {
    args.due_after = onDay;
    args.due_before = new Date(Date.parse(`${onDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  } else if (f.due) args.due = f.due;
  if (f.tags) args.tags = f.tags;
  if (f.list) args.list = f.list;
  if (f.query) args.query = f.query;
  const outcome = await turn.call('search_tasks', args);
  if (outcome.isError) return { refused: outcome.result };
  const tasks = (outcome.result as { tasks: ShownTask[] }).tasks;
  const dayOf = (t: ShownTask) =>
    t.due_date ?? (t.due_at ? dayIn(new Date(t.due_at), turn.clock.timeZone) : null);
  // The tools read the range in the account's zone; a turn in another zone keeps its own day.
  if (onDay) return tasks.filter((t) => dayOf(t) === onDay);
  if (f.due === 'today') return tasks.filter((t) => dayOf(t) === today);
  return tasks;
}

/** What the change does, in words: "mark them done", "move them to Fri 27 Nov". */
function changeWords(
  action: 'complete' | 'update',
  change: Change | null,
  turn: Turn,
): Record<'en' | 'ur' | 'roman', string> {
  if (action === 'complete') return said('mark these done', 'mukammal', 'مکمل');
  const level = change?.priority;
  if (level && change.due_date === undefined && change.due_at === undefined)
    return said(
      `make these ${level} priority`,
      `ki priority ${level}`,
      `کی ترجیح ${{ high: 'زیادہ', medium: 'درمیانی', low: 'کم', none: 'ختم' }[level]}`,
    );
  const when = dueWords(change?.due_date ?? null, change?.due_at ?? null, turn.lang, turn.clock);
  if (!when) return said('take the due date off these', 'ki tareekh hata', 'کی تاریخ ہٹا');
  return said(`move these to ${when}`, `${when} par muntaqil`, `${when} پر منتقل`);
}

/**
 * The preview of a change of every task due on a day: the tasks and the change, asked about; null
 * when the reading is no such request. Nothing is changed on this turn.
 */
export async function bulkPreview(
  turn: Turn,
  u: Understanding,
  text: string,
  ws: string[],
): Promise<AgentOutput | null> {
  const dayRead = bulkRead(u, text, ws);
  const tagged = dayRead ? null : await namedScope(turn, u, ws);
  // A scope named beside the word for all takes a move or a priority ("mark everything in the Stock
  // list as high priority", "jin kaamon mein payment likha hai sab ko zaroori kar do").
  const moves =
    u.intent === 'update' &&
    u.change &&
    (u.change.due_date !== undefined || u.change.due_at !== undefined || u.change.priority !== undefined);
  const read =
    dayRead ??
    (tagged && (u.intent === 'bulk' || u.intent === 'complete' || moves)
      ? {
          action: u.intent === 'update' ? ('update' as const) : ('complete' as const),
          filters: tagged,
          change: u.intent === 'update' ? u.change : null,
        }
      : null);
  if (!read) return null;
  const found = await tasksIn(turn, read.filters);
  if (!Array.isArray(found)) return turn.reply(refusal(found.refused));
  if (found.length === 0 && (read.filters.list || read.filters.query)) {
    const name = read.filters.list ?? read.filters.query!;
    return turn.reply(
      said(
        `No open task is in "${name}", so there is nothing to change.`,
        `"${name}" mein koi baqi task nahi, kuch badalne ko nahi.`,
        `"${name}" میں کوئی باقی کام نہیں، بدلنے کو کچھ نہیں۔`,
      ),
    );
  }
  if (found.length === 0 && read.filters.tags) {
    const tag = read.filters.tags[0]!;
    return turn.reply(
      said(
        `No open task has the tag #${tag}, so there is nothing to change.`,
        `#${tag} wala koi baqi task nahi, kuch badalne ko nahi.`,
        `#${tag} والا کوئی باقی کام نہیں، بدلنے کو کچھ نہیں۔`,
      ),
    );
  }
  if (found.length === 0) {
    return turn.reply(
      said(
        'No open task is due then, so there is nothing to change.',
        'Us din koi baqi task nahi, kuch badalne ko nahi.',
        'اس دن کوئی باقی کام نہیں، بدلنے کو کچھ نہیں۔',
      ),
    );
  }
  const list = turn.numbered(found);
  const ids = (turn.shown ?? []).map((c) => c.id);
  const n = ids.length;
  const what = changeWords(read.action, read.change, turn);
  const ask: BulkAsk = { kind: 'bulk', action: read.action, ids, change: read.change };
  return turn.ask(
    said(
      `Shall I ${what.en} (${n} task${n === 1 ? '' : 's'})?\n${list}\n${CHECK_CONFIRM.en}`,
      `Yeh ${n} tasks ${what.roman} kar doon?\n${list}\n${CHECK_CONFIRM.roman}`,
      `یہ ${n} کام ${what.ur} کر دوں؟\n${list}\n${CHECK_CONFIRM.ur}`,
    ),
    ask,
  );
}

/** "yes" to a bulk preview: the change made to each task shown, through the one executor. */
export async function bulkConfirmed(turn: Turn, ask: BulkAsk): Promise<AgentOutput> {
  if (ask.ids.length === 0)
    return turn.reply(said('There is nothing to change.', 'Badalne ko kuch nahi.', 'بدلنے کو کچھ نہیں۔'));
  return act(turn, ask.action, { kind: 'ids', ids: ask.ids }, ask.change);
}
