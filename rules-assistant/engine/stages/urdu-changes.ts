// Changes said in Urdu and Roman Urdu with a field word or a "set" verb: a priority ("امی والے
// کام کی ترجیح زیادہ کر دو", "rent ki priority kam kardo", "X ko zaroori kar do"), a due day ("بجلی
// کے بل کی تاریخ پرسوں کر دو", "rent wala kaam friday ko kar do", "X کی تاریخ ہٹا دو"), or a new
// title ("X کا نام Y رکھ دو", "X ka naam Y kar do"). A due day is only moved on a task that is named
// (a pronoun, "X والا کام", or "X کو"), so an add is never read as a move; a rename without the word
// for name needs both sides quoted. The levels, verbs and patterns are data (lang/urdu-changes.json,
// shared words in lang/rules.json).
import type { Priority } from '#shared/quickadd/quickadd.js';
import lists from '../lang/rules.json' with { type: 'json' };
import data from '../lang/urdu-changes.json' with { type: 'json' };
import { words } from '../language.js';
import type { Target, Understanding } from '../meaning.js';
import { compiled, IT_WORDS, pattern, QUOTED_SPAN, TASK_WORDS, URDU_OF } from '../vocabulary.js';
import type { Clock } from '../when.js';
import { urduVerb, withoutUrduVerbs } from './commands.js';
import { readTarget } from './reference.js';
import { dueChange, tidyTitle, unquote } from './values.js';

/** "نیا کام شامل کرو: بینک جانا، ترجیح زیادہ": an add, its priority or day after the comma. */
export function addsWithAfterthought(text: string): boolean {
  const cut = text.lastIndexOf(',');
  return cut > 0 && urduVerb(text.slice(0, cut).replace(QUOTED_SPAN, ' "" '))?.verb === 'add';
}

const URDU_LEVELS: [RegExp, Priority][] = (['high', 'medium', 'low'] as const).map((level) => [
  compiled(data.levels[level]),
  level,
]);
const KO = new Set(data.ko);
const MAKE_VERBS = new Set(data.makeVerbs);
const FROM = new Set(data.from);
const MOVE_POSTPOSITIONS = new Set(data.movePostpositions);
const RENAMES = [data.renames.named, data.renames.quoted, data.renames.after].map(compiled);
const NOT_A_TITLE = compiled(data.notATitle);
const PRIORITY_WORD = pattern('priorityWord');

function levelOf(word: string): Priority | null {
  for (const [pattern, level] of URDU_LEVELS) if (pattern.test(word)) return level;
  return null;
}

/** "امی والے کام کی ترجیح زیادہ کر دو", "rent ki priority kam kardo", "X ko zaroori kar do". */
export function urduPriority(text: string): Understanding | null {
  const ws = words(text);
  const at = ws.findIndex((w) => PRIORITY_WORD.test(w));
  if (at > 0) {
    const level = ws
      .slice(at + 1)
      .map(levelOf)
      .find((l) => l !== null);
    const before = ws.slice(0, at);
    // "X کو زیادہ ترجیح دو", "X ko high priority kar do": the level comes first.
    const ahead = levelOf(before.at(-1) ?? '');
    if (!level && ahead && KO.has(before.at(-2) ?? '')) {
      before.splice(-2);
      return { intent: 'update', target: readTarget(withoutUrduVerbs(before)), change: { priority: ahead } };
    }
    if (!level) return null;
    if (URDU_OF.has(before.at(-1) ?? '')) before.pop();
    return { intent: 'update', target: readTarget(withoutUrduVerbs(before)), change: { priority: level } };
  }
  const ko = ws.findIndex((w) => KO.has(w));
  const next = ws[ko + 1] ?? '';
  const then = ws.slice(ko + 2);
  if (ko > 0 && levelOf(next) === 'high' && then.length > 0 && then.length <= 3 && MAKE_VERBS.has(then[0]!))
    return { intent: 'update', target: readTarget(ws.slice(0, ko)), change: { priority: 'high' } };
  // "کاغذ کا آرڈر ضروری کر دو", "jar ka order zaroori kar do": the task, then the level and the verb alone.
  const at2 = ko >= 0 ? -1 : ws.findIndex((w, i) => i >= 2 && levelOf(w) === 'high');
  const rest = ws.slice(at2 + 1);
  if (
    at2 >= 2 &&
    rest.length > 0 &&
    rest.length <= 3 &&
    MAKE_VERBS.has(rest[0]!) &&
    rest.every((w) => MAKE_VERBS.has(w) || URDU_DO.has(w))
  )
    return { intent: 'update', target: readTarget(ws.slice(0, at2)), change: { priority: 'high' } };
  return null;
}

const DATE_WORD = pattern('dateWord');
const URDU_DO = new Set(lists.urduDo);

/** Words that take a due date away: "ہٹا دو", "hata do", "ختم کر دو", "remove". */
const URDU_CLEAR = new Set(lists.urduClear);

/** "بجلی کے بل کی تاریخ پرسوں کر دو", "rent ki date kal kar do": a new due day for a task. */
export function urduDue(text: string, clock: Clock): Understanding | null {
  const ws = words(text);
  const at = ws.findIndex((w) => DATE_WORD.test(w));
  const value = ws.slice(at + 1);
  while (value.length > 0 && URDU_DO.has(value.at(-1)!)) value.pop();
  // "X کی تاریخ ہٹا دو", "X se date hata do": no due date any more.
  if (at >= 0 && value.length > 0 && value.every((w) => URDU_CLEAR.has(w))) {
    const of = ws[at - 1] ?? '';
    const named = URDU_OF.has(of) || FROM.has(of) ? ws.slice(0, at - 1) : ws.slice(0, at);
    const target = named.length > 0 ? readTarget(withoutUrduVerbs(named)) : ({ kind: 'it' } as Target);
    return { intent: 'update', target, change: { due_date: null, due_at: null } };
  }
  if (at < 0) return urduMoveTo(ws, clock);
  if (at < 2 || !URDU_OF.has(ws[at - 1]!)) return null;
  if (value.length === 0) return null;
  const change = dueChange(value.join(' '), clock);
  if (!change) return null;
  return { intent: 'update', target: readTarget(withoutUrduVerbs(ws.slice(0, at - 1))), change };
}

/** "کر دیں", "kar do", "رکھ دو": the verb that sets what the words before it say. */
const URDU_SET_VERB = new Set(lists.urduSetVerb);
const URDU_SET_TAIL = new Set<string>(lists.urduSetTail);

/**
 * "مہمانوں کی فہرست والا کام پیر تک کر دیں", "rent wala kaam friday ko kar do", "اسے کل پر رکھ دو": a
 * new due day for a task that is named (a pronoun, "X والا کام", or "X کو"), so an add is never read as one.
 */
function urduMoveTo(ws: string[], clock: Clock): Understanding | null {
  let end = ws.length;
  while (end > 0 && URDU_SET_TAIL.has(ws[end - 1]!)) end -= 1;
  if (end === 0 || !URDU_SET_VERB.has(ws[end - 1]!)) return null;
  end -= 1;
  if (MOVE_POSTPOSITIONS.has(ws[end - 1] ?? '')) end -= 1;
  for (let k = Math.min(4, end - 1); k >= 1; k--) {
    const change = dueChange(ws.slice(end - k, end).join(' '), clock);
    if (!change) continue;
    const named = ws.slice(0, end - k);
    if (KO.has(named.at(-1) ?? '')) named.pop();
    const pronoun = named.length === 1 && IT_WORDS.has(named[0]!);
    if (!pronoun && !named.some((w) => TASK_WORDS.has(w)) && named.length === ws.slice(0, end - k).length)
      return null;
    const target = pronoun ? ({ kind: 'it' } as Target) : readTarget(withoutUrduVerbs(named));
    return target.kind === 'none' ? null : { intent: 'update', target, change };
  }
  return null;
}

/**
 * "X کا نام Y رکھ دو", "X ka naam Y kar do", "\"X\" کو \"Y\" کر دو": a new title. Without the word
 * for name, both sides must be quoted, since "X کو Y کر دو" is also how a change of state is said.
 */
export function urduRename(text: string): Understanding | null {
  // "iska naam badal do: X", "اسکا نام": the pronoun and its tie written as one word.
  const s = text
    .replace(/[.!۔]+$/u, '')
    .trim()
    .replace(/^(i|u)ss?ka(?=\s)/iu, '$1sko ka')
    .replace(/^(اس|اُس)کا(?=\s)/u, '$1 کا')
    // "naam badal ke 'X' kar do", "نام بدل کر X کر دیں": the task in focus.
    .replace(/^(?=(?:naya\s+)?naam\s+badal)/iu, 'isko ka ')
    .replace(/^(?=(?:نیا\s+)?نام\s+(?:بدل|تبدیل))/u, 'اس کا ');
  const [named, quoted, after] = RENAMES.map((p) => p.exec(s));
  const m = named ?? quoted ?? after;
  if (!m) return null;
  const title = tidyTitle(unquote(m[2]!));
  if (title.length === 0 || NOT_A_TITLE.test(title)) return null;
  return { intent: 'update', target: readTarget(words(unquote(m[1]!))), change: { title } };
}
