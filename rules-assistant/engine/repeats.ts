// How an existing task repeats, said in a message: a new rule ("make X repeat every sunday", "X har
// hafte dohrana", "X روزانہ دہرانا ہے"), no rule any more ("stop X from repeating", "X ab nahi
// dohrana", "اب نہ دہرائیں"), or one occurrence passed over ("skip this week's standup"). Each
// names the task by words, which the caller turns into a target (an empty list means "it").
import { words } from './language.js';
import { type Clock, parseEnglishDetails, parseUrduDetails } from './when.js';

export type RepeatSaying =
  /** A rule; `due_at` only when a time of day was said with it ("every monday at 7am"). */
  | { kind: 'repeat'; rule: string; due_at: string | null; about: string[] }
  | { kind: 'stop'; about: string[] }
  | { kind: 'skip'; about: string[] };

// English -------------------------------------------------------------------------------------

const AGAIN = '(?:\\s+(?:any\\s*more|anymore|again|from\\s+now\\s+on|after\\s+this|any\\s+longer))*';
const MAKE = '(?:please\\s+)?(?:make|have|let|set|get)';

const EN_STOP: RegExp[] = [
  /^(?:please\s+)?stop\s+(.+?)\s+from\s+(?:repeating|recurring)$/iu,
  /^(?:please\s+)?stop\s+(?:repeating|recurring)\s+(.+)$/iu,
  new RegExp(
    `^(.+?)\\s+(?:should\\s*n[o']?t|should\\s+not|must\\s*n[o']?t|must\\s+not|need\\s*n[o']?t|need\\s+not|doesn't\\s+need\\s+to|does\\s+not\\s+need\\s+to|won't|will\\s+not|no\\s+longer|doesn't|does\\s+not|isn't\\s+going\\s+to)\\s+(?:repeat|recur)s?${AGAIN}$`,
    'iu',
  ),
  new RegExp(
    `^${MAKE}\\s+(.+?)\\s+(?:stop\\s+(?:repeating|recurring)|not\\s+(?:repeat|recur)|(?:a\\s+)?one[\\s-]?(?:off|time)(?:\\s+(?:task|thing))?|non[\\s-]?(?:recurring|repeating))${AGAIN}$`,
    'iu',
  ),
  /^(?:please\s+)?(?:remove|clear|drop|delete|cancel|end|stop|turn\s+off|take\s+off|get\s+rid\s+of)\s+(?:the\s+)?(?:repeat|repeats|repeating|recurrence|repetition|series)\s+(?:from|on|of|for|in)\s+(.+)$/iu,
  /^(?:don't|do\s+not)\s+repeat\s+(.+?)(?:\s+(?:any\s*more|anymore|again|any\s+longer))+$/iu,
];

/** "X should repeat daily": the target, then the rule. */
const EN_REPEAT: RegExp[] = [
  new RegExp(`^${MAKE}\\s+(.+?)\\s+(?:to\\s+)?(?:repeat|recur)s?\\s+(.+)$`, 'iu'),
  /^(.+?)\s+(?:should|must|will|needs?\s+to|has\s+to|is\s+going\s+to|can)\s+(?:repeat|recur)\s+(.+)$/iu,
  /^(.+?)\s+(?:repeats|recurs)\s+(.+)$/iu,
  /^(?:please\s+)?(?:repeat|recur)\s+(.+?)\s+((?:every|each|daily|weekly|monthly|yearly|annually|fortnightly)\b.*)$/iu,
  /^(?:please\s+)?(?:make|set)\s+(.+?)\s+(?:a\s+)?((?:daily|weekly|monthly|yearly|fortnightly))(?:\s+(?:task|thing|one))?$/iu,
  // "the car insurance renewal happens every year, so make that task come back yearly".
  /^(.+?)\s*[,;]\s*(?:so\s+)?(?:please\s+|pls\s+|can\s+you\s+)?(?:make|set|have)\s+(?:that|it|this)(?:\s+(?:task|one))?\s+(?:come\s+back|reappear|repeat|recur)\s+(.+?)(?:\s+(?:please|pls))?$/iu,
  /^(?:please\s+|pls\s+|can\s+you\s+)?(?:make|have)\s+(.+?)\s+(?:come\s+back|reappear)\s+(.+?)(?:\s+(?:please|pls))?$/iu,
];
/** "X happens every year": the words after the task that only say how often it comes. */
const HOW_OFTEN = /\s+(?:happens|comes(?:\s+up)?|is\s+due|recurs|repeats|comes\s+round)\b.*$/iu;

/** A whole phrase that is a recurrence ("every sunday", "daily", "each week at 9am"), or null. */
export function englishRule(phrase: string, clock: Clock): { rule: string; due_at: string | null } | null {
  const text = phrase
    .replace(/[.!]+$/u, '')
    .replace(/\b(?:each|every\s+single)\b/giu, 'every')
    .replace(/\bfortnightly\b/giu, 'every 2 weeks')
    .replace(/^(?:again\s+)?(?:on\s+)?/iu, '')
    .trim();
  const read = parseEnglishDetails(text, clock, true);
  const rest = read.title.toLowerCase().split(/\s+/u);
  if (!read.recurrence || !rest.every((w) => ['', 'at', 'on', 'from', 'now', 'starting'].includes(w)))
    return null;
  return { rule: read.recurrence, due_at: read.due_at };
}

/** "skip this week's standup": the words that say which occurrence, not which task. */
const OCCURRENCE_WORDS = new Set([
  'this',
  'next',
  'today',
  "today's",
  'todays',
  "tonight's",
  'tonight',
  "tomorrow's",
  'tomorrow',
  "week's",
  'weeks',
  'week',
  "month's",
  'time',
  'once',
  'occurrence',
  'instance',
  'just',
  'for',
  'of',
  'one',
  'upcoming',
  'coming',
  // Urdu and Roman Urdu: "اس ہفتے کی", "aaj ka", "is baar", "agli".
  'اس',
  'ہفتے',
  'ہفتہ',
  'آج',
  'کل',
  'بار',
  'دفعہ',
  'اگلی',
  'اگلا',
  'اگلے',
  'is',
  'hafte',
  'haftay',
  'aaj',
  'baar',
  'dafa',
  'dafaa',
  'agli',
  'agla',
  'agle',
  // "یہ باری", "is dafa ki baari": this turn.
  'باری',
  'baari',
  'bari',
]);

function englishRepeat(text: string, clock: Clock): RepeatSaying | null {
  const line = text.replace(/[.!]+$/u, '').trim();
  if (/^(?:don't|do\s+not|never)\s+(?!repeat\b)/iu.test(line)) return null;
  for (const pattern of EN_STOP) {
    const m = pattern.exec(line);
    if (m) return { kind: 'stop', about: words(m[1]!) };
  }
  for (const pattern of EN_REPEAT) {
    const m = pattern.exec(line);
    const rule = m ? englishRule(m[2]!, clock) : null;
    if (m && rule) return { kind: 'repeat', ...rule, about: words(m[1]!.replace(HOW_OFTEN, '')) };
  }
  const skip = /^(?:please\s+)?skip\s+(.+)$/iu.exec(line);
  if (skip) return { kind: 'skip', about: words(skip[1]!).filter((w) => !OCCURRENCE_WORDS.has(w)) };
  return null;
}

// Urdu and Roman Urdu ---------------------------------------------------------------------------

const REPEAT_VERB =
  /^(?:دہرانا|دہراؤ|دہرائیں|دہرا|دہرایا|دہرانی|دہرائے|دہرانے|دوہرانا|دوہراؤ|دوہرائیں|دوہرانے|dohrana|dohrao|dohrayen|dohraen|dohraein|dohra|dohrani|dohrane|dohranay|duhrana|duhrao|dohraana|repeat|repeating)$/u;
const SKIP_VERB = /^(?:skip|سکپ|اسکپ)$/u;
/** "چھوڑ دو" (leave it) passes over an occurrence only when one is named: "اس ہفتے", "is baar". */
const LEAVE_VERB = /^(?:چھوڑ|چھوڑو|چھوڑیں|chhor|chor|chhoro|choro|chhorein)$/u;
const URDU_NOT = new Set(['nahi', 'nahin', 'nai', 'nhi', 'na', 'mat', 'نہیں', 'نہ', 'مت']);
const URDU_STOP = new Set(['بند', 'ختم', 'band', 'khatam', 'khatm']);
/** Words that may end the line after the verb. */
const URDU_TAIL = new Set([
  'ہے',
  'ہیں',
  'کرو',
  'کریں',
  'کر',
  'دو',
  'دیں',
  'دینا',
  'چاہیے',
  'جائے',
  'ہو',
  'گا',
  'hai',
  'hain',
  'karo',
  'karein',
  'karen',
  'kar',
  'kardo',
  'krdo',
  'do',
  'dein',
  'dena',
  'chahiye',
  'jaye',
  'please',
  'plz',
  // "دہرانے والا بنا دیں", "repeat hona chahiye": made a repeating one.
  'والا',
  'والی',
  'بنا',
  'ہونا',
  'wala',
  'wali',
  'bana',
  'hona',
  'hoga',
  'hogi',
]);
/** Words between the task and the rule or the "not": "ab", "اب", "کو", "ko", "se", "سے". */
const URDU_JOIN = new Set([
  'اب',
  'ab',
  'کو',
  'ko',
  'سے',
  'se',
  'آگے',
  'aage',
  'کا',
  'کی',
  'ka',
  'ki',
  'بھی',
  'bhi',
]);

function trimJoins(ws: string[]): string[] {
  const out = [...ws];
  while (out.length > 0 && URDU_JOIN.has(out.at(-1)!)) out.pop();
  return out;
}

/** "کر دیں", "kar do": the verb that makes a task what the words before it say. */
const MAKE_VERB = /^(?:کر|کرو|کریں|kar|kr|karo|kro|kardo|krdo|karein|karen)$/u;
/** Words that tie the task to what it becomes: "X کو روزانہ", "ise har hafte". */
const URDU_TIE = new Set(['کو', 'ko']);

/**
 * "اسے روزانہ کر دیں", "X ko har hafte kar do": a rule made without the word for repeat. The task is
 * a pronoun or ends in کو / ko, so "ہر روز واک کرو" (walk every day) is never read as one.
 */
function urduMakeRepeat(ws: string[], clock: Clock): RepeatSaying | null {
  let end = ws.length;
  while (end > 0 && (URDU_TAIL.has(ws[end - 1]!) || MAKE_VERB.test(ws[end - 1]!))) end -= 1;
  if (end === ws.length || !ws.slice(end).some((w) => MAKE_VERB.test(w))) return null;
  for (let k = 1; k <= Math.min(4, end); k++) {
    const rule = parseUrduDetails(ws.slice(end - k, end), clock, true);
    if (!rule.recurrence || rule.title !== '') continue;
    const before = ws.slice(0, end - k);
    const pronoun = before.length === 1 && IT.has(before[0]!);
    if (!pronoun && !URDU_TIE.has(before.at(-1) ?? '')) return null;
    const about = pronoun ? [] : trimJoins(before);
    return { kind: 'repeat', rule: rule.recurrence, due_at: rule.due_at, about };
  }
  return null;
}
const DAILY = new Set(['روز', 'roz', 'rozz']);
const IT = new Set(['اسے', 'اس', 'یہ', 'ise', 'isay', 'isey', 'isko', 'usay', 'usko', 'ye', 'yeh']);

function urduRepeat(text: string, clock: Clock): RepeatSaying | null {
  const ws = words(text);
  let v = -1;
  for (let i = ws.length - 1; i >= 0; i--)
    if (REPEAT_VERB.test(ws[i]!) || SKIP_VERB.test(ws[i]!) || LEAVE_VERB.test(ws[i]!)) {
      v = i;
      break;
    }
  if (v < 0) return urduMakeRepeat(ws, clock);
  const verb = ws[v]!;
  const after = ws.slice(v + 1);
  // "X کا دہرانا بند کر دو", "X ki repeat band karo": the repeating is stopped.
  const stopped = REPEAT_VERB.test(verb) && URDU_STOP.has(after[0] ?? '');
  if (!(stopped ? after.slice(1) : after).every((w) => URDU_TAIL.has(w) || URDU_NOT.has(w))) return null;
  const before = ws.slice(0, v);
  if (SKIP_VERB.test(verb) || LEAVE_VERB.test(verb)) {
    const about = before.filter((w) => !OCCURRENCE_WORDS.has(w));
    if (LEAVE_VERB.test(verb) && about.length === before.length) return null;
    // "اس ہفتے کی میٹنگ", "is hafte ka standup": the possessive after the occurrence goes too.
    while (about.length > 0 && (URDU_JOIN.has(about[0]!) || ['کے', 'ke'].includes(about[0]!))) about.shift();
    return { kind: 'skip', about: trimJoins(about) };
  }
  const denied = [...before.slice(-2), ...after].some((w) => URDU_NOT.has(w));
  if (stopped || denied) return { kind: 'stop', about: trimJoins(before.filter((w) => !URDU_NOT.has(w))) };
  // "X roz subah 7 baje repeat kar do": with the word for repeat, "روز" / "roz" alone is daily.
  const daily = before.flatMap((w, i) =>
    DAILY.has(w) && !['ہر', 'har', 'hr'].includes(before[i - 1] ?? '') ? ['har', w] : [w],
  );
  const read = parseUrduDetails(daily, clock, true);
  if (!read.recurrence) return null;
  return { kind: 'repeat', rule: read.recurrence, due_at: read.due_at, about: trimJoins(words(read.title)) };
}

/** What a line says about how a task repeats, if anything. */
export function readRepeat(text: string, english: boolean, clock: Clock): RepeatSaying | null {
  // Roman Urdu with English words in it ("grandpa call har hafte dohrana") can read as English.
  return english ? (englishRepeat(text, clock) ?? urduRepeat(text, clock)) : urduRepeat(text, clock);
}
