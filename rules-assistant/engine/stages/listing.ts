// Questions about the list: whether a line with a list word is about the tasks at all ("what's the
// weather" is not; "what's left?" is), and what it asks for: done or still open, due today, this
// week, on one day or overdue, a priority, tags, words to look for, a topic ("بازار والے کام",
// "supplies tasks"), the order, and whether it asks how many. It reads words only; the agent
// applies the filters to the person's tasks. The words are data: per role and language in
// lang/listing.json, the shared lists in lang/rules.json, the days in each language's listDays.
import en from '../lang/en.json' with { type: 'json' };
import data from '../lang/listing.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import lists from '../lang/rules.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { detectLanguage } from '../language.js';
import type { ListFilters, Understanding } from '../meaning.js';
import { compiled, pattern, TARGET_FILLER, VERBS } from '../vocabulary.js';
import { urduVerb } from './commands.js';

type Role = keyof typeof data.words;
const roleWords = (role: Role, langs: ('en' | 'roman' | 'ur')[] = ['en', 'roman', 'ur']) =>
  langs.flatMap((l) => data.words[role][l] as string[]);
const wordSet = (role: Role, langs?: ('en' | 'roman' | 'ur')[]) => new Set(roleWords(role, langs));
const P = Object.fromEntries(Object.entries(data.patterns).map(([name, p]) => [name, compiled(p)])) as Record<
  keyof typeof data.patterns,
  RegExp
>;

const LIST_DAYS = new Map<string, number>(
  [en.listDays, roman.listDays, ur.listDays].flatMap((days) => Object.entries(days)),
);
const COMPLETED_WORDS = new Set<string>(lists.completedWords);
const PENDING_WORDS = new Set(lists.pendingWords);
/** "what did I (already) finish", "which ones have I ticked off", "what have we got done": done work, asked about. */
const DID_I_FINISH = pattern('didIFinish');
const WEAK_LIST = new Set(lists.weakList);
const TASK_CONTEXT = new Set(lists.taskContext);
const ASKING_FOR_TASKS = new Set<string>(lists.askingForTasks);
/** Words that make a question about the list only when nothing else is asked: "what's left today?". */
const WEAK_CONTEXT = new Set<string>(lists.weakContext);
/** The rest of such a question: "what do I still have on for this week?". */
const QUESTION_WORDS = new Set([...WEAK_LIST, ...WEAK_CONTEXT, ...roleWords('questionWords')]);
/** Words of a question about the list that name no task: "kya", "hai", "jin ki date", "گزر گئی". */
const QUESTION_FILLER: string[] = lists.questionFiller;
const LISTY = new Set<string>([...lists.listQuestionWords, ...QUESTION_FILLER, ...LIST_DAYS.keys()]);
const QUERY_NOISE = new Set(lists.queryNoise);
const SEARCHING = new Set<string>(lists.searching);
/** "ڈھونڈو", "talash karo": a search in Urdu or Roman Urdu; the words around it are what to look for. */
const URDU_SEARCH = pattern('urduSearch');
const URDU_QUERY_NOISE = new Set(lists.urduQueryNoise);
/** Words that are filters or fillers themselves, never a topic: "آج والے کام", "all tasks", "my tasks". */
const NOT_A_TOPIC = new Set([
  ...QUESTION_FILLER,
  ...COMPLETED_WORDS,
  ...PENDING_WORDS,
  ...roleWords('notATopic'),
]);
const EVERYTHING = wordSet('everything');
const OVERDUE = wordSet('overdue');
const TODAY = wordSet('today');
const WEEK = wordSet('week');
const HIGH = wordSet('high');
const STILL_TO_DO = wordSet('stillToDo');
const COUNT = wordSet('count');
const TASKS = wordSet('tasks');
const NOT_A_TAG = wordSet('notATag');
const NOT_A_TAG_BEFORE = wordSet('notATagBefore');
const TOPIC_POINTERS = wordSet('topicPointers', ['roman', 'ur']);
const TOPIC_TASKS_URDU = wordSet('topicTaskWords', ['roman', 'ur']);
const TOPIC_TASKS_EN = wordSet('topicTaskWords', ['en']);

/**
 * Whether a question is about the list: a task word ("what's due", "any tasks") or only weak ones
 * with nothing else asked ("what's left?"). "what's the weather like today?" is not.
 */
function aboutTasks(ws: string[]): boolean {
  if (ws.some((w) => TASK_CONTEXT.has(w) || w.startsWith('#'))) return true;
  return ws.some((w) => WEAK_CONTEXT.has(w)) && ws.every((w) => QUESTION_WORDS.has(w));
}

/**
 * Whether a line whose command word is a list word (at `at`) asks about the tasks: "what's the
 * weather", "tell me a joke" do not; "find anything about the dog" (a search with words to look
 * for), "do I have anything about the thesis?", "what did I finish?" do.
 */
export function asksAboutTasks(ws: string[], at: number, text: string): boolean {
  if (!WEAK_LIST.has(ws[at]!)) return true;
  return (
    ((SEARCHING.has(ws[at]!) || ws.some((w) => ASKING_FOR_TASKS.has(w))) && !!readFilters(ws, text).query) ||
    aboutTasks(ws) ||
    DID_I_FINISH.test(ws.join(' '))
  );
}

export function isCountQuestion(ws: string[]): boolean {
  return ws.some((w) => COUNT.has(w));
}

/** Lines with no command word that are still about the list: "tasks?", "pending", "overdue", "آج کے کام". */
export function listWithoutVerb(ws: string[]): Understanding | null {
  const filters = readFilters(ws, ws.join(' '));
  const about = ws.filter((w) => !LISTY.has(w) && !w.startsWith('#'));
  const mentionsTasks =
    filters.due !== undefined || filters.dayOffset !== undefined || ws.some((w) => TASKS.has(w));
  if (about.length === 0 && mentionsTasks) return { intent: 'list', filters, count: false };
  return null;
}

export function readFilters(ws: string[], text: string): ListFilters {
  const filters: ListFilters = {};
  const has = (options: Set<string>) => ws.some((w) => options.has(w));
  const joined = ` ${ws.join(' ')} `;
  const everything = has(EVERYTHING);
  // "what's on my plate", "what's on the agenda": what is still to do.
  const onPlate = P.onPlate.test(joined) && !everything;
  if (P.notDone.test(joined) || has(PENDING_WORDS) || onPlate) filters.status = 'pending';
  else if (DID_I_FINISH.test(joined) || has(COMPLETED_WORDS) || P.doneState.test(joined))
    filters.status = 'completed';
  else if (everything) filters.status = 'all';

  if (has(OVERDUE) || P.pastDue.test(joined)) {
    filters.due = 'overdue';
    delete filters.status;
  } else if (has(TODAY)) filters.due = 'today';
  else if (P.week.test(joined) || has(WEEK)) filters.due = 'week';
  else if (P.noDue.test(joined)) filters.due = 'none';
  else {
    const day = ws.find((w) => LIST_DAYS.has(w));
    if (day !== undefined) filters.dayOffset = LIST_DAYS.get(day)!;
  }

  const level = P.level.exec(joined);
  if (level) filters.priority = [(level[1] ?? level[2]) as 'high' | 'medium' | 'low'];
  else if (has(HIGH)) filters.priority = ['high'];

  // "what's high priority?", "what's due tomorrow?", "this week's tasks": what is urgent or due is what
  // is still to do, unless finished work (or everything) is asked for. Overdue is pending by definition.
  if (
    (filters.priority ||
      filters.due === 'today' ||
      filters.due === 'week' ||
      filters.dayOffset !== undefined ||
      has(STILL_TO_DO)) &&
    !filters.status &&
    filters.due !== 'overdue'
  )
    filters.status = 'pending';

  const tags = new Set<string>();
  for (const w of ws) if (/^#[\p{L}\p{N}_-]+$/u.test(w) && !/^#\d+$/u.test(w)) tags.add(w.slice(1));
  const tagged = P.tagged.exec(joined);
  if (tagged && !NOT_A_TAG.has(tagged[1]!)) tags.add(tagged[1]!);
  const suffixed = P.tagAfter.exec(joined);
  if (suffixed && !NOT_A_TAG_BEFORE.has(suffixed[1]!)) tags.add(suffixed[1]!);
  // "ٹیگ اسکول والے", "اسکول ٹیگ والے کام": the name on whichever side is not a word of the sentence.
  const urduTag = P.urduTag.exec(text);
  const urduTagged = urduTag?.[1]?.replace(/^#/u, '');
  if (urduTagged && !NOT_A_TAG.has(urduTagged)) tags.add(urduTagged);
  const urduBefore = P.urduTagAfter.exec(text)?.[1]?.replace(/^#/u, '');
  if (urduBefore && !NOT_A_TAG_BEFORE.has(urduBefore) && !(urduTagged && tags.has(urduTagged)))
    tags.add(urduBefore);
  if (tags.size > 0) filters.tags = [...tags];

  const query = P.query.exec(ws.join(' '));
  const urduSearch = ws.findIndex((w) => URDU_SEARCH.test(w));
  if (urduSearch >= 0 && detectLanguage(text) !== 'en') {
    const terms = ws.filter((w, i) => i !== urduSearch && !URDU_QUERY_NOISE.has(w) && !URDU_SEARCH.test(w));
    if (terms.length > 0) filters.query = terms.join(' ');
  } else if (query) {
    const terms = query[1]!
      .split(' ')
      .filter((w) => !TARGET_FILLER.has(w) && !QUERY_NOISE.has(w) && !w.startsWith('#'));
    if (terms.length > 0) filters.query = terms.join(' ');
  }
  const topic = topicOf(ws, text, filters);
  if (topic) filters.topic = topic;
  if (P.byDue.test(joined)) filters.sort = 'due';
  else if (P.byPriority.test(joined)) filters.sort = '-priority';
  return filters;
}

/**
 * "بازار والے کام دکھاؤ", "shopping wale kaam", "show my supplies tasks": one word before "tasks" that is
 * no filter. The agent checks the person's tags: a tag filters by it; in Urdu and Roman Urdu other
 * words are looked for in titles ("X والے کام" is also how tasks about X are asked for).
 */
function topicOf(ws: string[], text: string, filters: ListFilters): string | null {
  if (filters.due || filters.priority || filters.tags || filters.query) return null;
  const urdu = detectLanguage(text) !== 'en';
  const at = ws.findIndex((w, i) =>
    urdu ? TOPIC_POINTERS.has(w) && TOPIC_TASKS_URDU.has(ws[i + 1] ?? '') : TOPIC_TASKS_EN.has(w),
  );
  if (at < 0 && !urdu) return shownThings(ws);
  const word = ws[at - 1];
  if (at < 1 || word === undefined || NOT_A_TOPIC.has(word) || VERBS.has(word) || /^[#\d]/u.test(word))
    return null;
  if (urdu && urduVerb(word) !== null) return null;
  return urdu ? topicPhrase(ws, at) : word;
}

const TIES = new Set(['کے', 'کی', 'کا', 'ke', 'ki', 'ka']);

/** "ملک صاحب کے وزیٹنگ کارڈ والا کام": the words before the pointer back to the line's start, at most five. */
function topicPhrase(ws: string[], at: number): string {
  const topical = (w: string) =>
    !NOT_A_TOPIC.has(w) && !VERBS.has(w) && !/^[#\d]/u.test(w) && urduVerb(w) === null;
  let from = at - 1;
  while (from > 0 && at - from < 5) {
    const before = ws[from - 1]!;
    if (topical(before)) from -= 1;
    else if (TIES.has(before) && from > 1 && topical(ws[from - 2]!)) from -= 2;
    else break;
  }
  return ws.slice(from, at).join(' ');
}

const SHOWING = new Set(['show', 'list', 'see', 'view']);
const ASKING_WHICH = new Set(['which', 'what']);
const SHOWN_FILLER = new Set(['me', 'my', 'the', 'all', 'of', 'our', 'those', 'these', 'please', 'pls']);

/**
 * "show me the insurance claims", "list my invoices": what an English listing names, when it names
 * no tasks word (one to three words, none a filter's or a command's); the agent narrows the
 * listing to it only when titles hold it.
 */
function shownThings(ws: string[]): string | null {
  // "which bills are still pending?", "what invoices are left?": the things named before "are".
  const be = ASKING_WHICH.has(ws[0] ?? '') ? ws.findIndex((w) => w === 'are' || w === 'is') : -1;
  if (!SHOWING.has(ws[0] ?? '') && be < 2) return null;
  const rest = (be >= 2 ? ws.slice(1, be) : ws.slice(1)).filter((w) => !SHOWN_FILLER.has(w));
  if (rest.length === 0 || rest.length > 3) return null;
  const plain = (w: string) =>
    !NOT_A_TOPIC.has(w) &&
    !VERBS.has(w) &&
    !EVERYTHING.has(w) &&
    !TASKS.has(w) &&
    !LISTY.has(w) &&
    !/^[#\d]/u.test(w);
  return rest.every(plain) ? rest.join(' ') : null;
}
