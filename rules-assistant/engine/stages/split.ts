// The split stage: several requests in one message, each carried out in turn. English cuts before
// a second command word ("add X and also delete Y") or a second past verb ("I paid the bill and
// called the dentist"); Urdu and Roman Urdu, whose verbs come last, cut at a joiner from their data
// files ("اور", "aur", "aur saath hi") when each side is a whole request on its own ("X mukammal
// karo aur Y delete karo"). "salt and pepper", "doodh aur anday add karo" stay one request.
import { withoutCourtesy } from '../courtesy.js';
import clauses from '../lang/clauses.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { cleanText, detectLanguage, type Lang, words } from '../language.js';
import { readListRequest } from '../lists.js';
import {
  IT_WORDS,
  isCommandWord,
  isPastTense,
  readMessage,
  type Understanding,
  understand,
} from '../understand.js';
import { type Clock, weekdayWord } from '../when.js';
import { doneNews, dueNews, endsDone, undoneNews } from './done.js';
import { readEdit } from './edits.js';
import { normalise } from './normalise.js';
import { readStatement, statementBody, verbLedTodo } from './statement.js';
import { readTodo } from './todo.js';
import { dueChange } from './values.js';

const SECOND_COMMAND = new Set([
  'add',
  'create',
  'delete',
  'remove',
  'erase',
  'complete',
  'finish',
  'mark',
  'tick',
  'rename',
  'change',
  'update',
  'move',
  'push',
  'postpone',
  'reschedule',
  'reopen',
  'show',
  'list',
  'make',
  'set',
  'tag',
]);

/** Words that tie a part to the one before it, so it is no request of its own. */
const AFTERTHOUGHT = new Set(['its', "it's", 'remind', 'reminder', 'yaad', 'یاد']);

/**
 * Two requests in one line: "add water the lawn and delete the groceries task", "I paid the bill
 * and called the dentist". A cut is made only where the next part starts with a command word or,
 * after a first-person past clause, with another past verb; "salt and pepper" stays one title.
 * A part that points back with "it" stays joined, since the task it means is made by this line.
 */
function splitCommands(message: string, clock: Clock): string[] {
  const text = withoutCourtesy(cleanText(message), isCommandWord);
  const listed = quotedList(text, clock);
  if (listed) return listed;
  if (detectLanguage(text) !== 'en') return [text];
  const cuts = [
    ...text.matchAll(
      /\s*(?:[,;.]\s*(?:and\s+)?(?:then\s+|also\s+|plus\s+)?|\s+and\s+(?:then\s+|also\s+)?|\s+then\s+|\s+also\s+)/giu,
    ),
  ];
  const parts: string[] = [];
  let from = 0;
  let lead = '';
  for (const cut of cuts) {
    const left = `${lead}${text.slice(from, cut.index).trim()}`;
    const rightWords = words(text.slice(cut.index + cut[0].length));
    const first = rightWords[0] ?? '';
    if (left.length === lead.length || rightWords.length < 2) continue;
    const leftMeaning = understand(left, clock).intent;
    // "it" after a change to an existing task is that task ("rename X to Y and make it high
    // priority"); after an add it is the task this line makes, so the line stays one request.
    if (rightWords.some((w) => IT_WORDS.has(w)) && leftMeaning !== 'update') continue;
    // "PR reviewed and merged. also push the checkout bug to monday": after a full stop and "also"
    // or "then", a command starts a request of its own whatever came before.
    const sentence = /[.;!]\s*(?:and\s+)?(?:also|then)\b/iu.test(cut[0]) && words(left).length >= 2;
    const command =
      SECOND_COMMAND.has(first) && ((leftMeaning !== 'unknown' && leftMeaning !== 'help') || sentence);
    const leftFirst = words(left)[0] ?? '';
    // "submitted the case history and returned the library books too": two things told done.
    const past =
      isPastTense(first) &&
      (leftMeaning === 'complete' || doneNews(left, 'en') !== null) &&
      (/^(?:i|i've|ive|we|just)\b/iu.test(left) || isPastTense(leftFirst));
    // After a comma, "also" or "then", any two parts that each stand alone ("cancelled netflix
    // finally. also add ...", "delete X, and push Y to friday").
    // Not an afterthought about the first part ("..., it's urgent", "..., remind me 30 minutes before").
    // "buy eggs and also call the bank": after "also", "then" or "plus" a part led by a verb of doing
    // is a request of its own; after a comma it may be the first part's detail.
    const told = /\b(?:also|then|plus)\b/iu.test(cut[0]);
    // "add milk and also remind me to call Asad at 6pm": a reminder of a thing to do of its own.
    const ownReminder =
      told && /^(?:please\s+)?remind\s+me\s+to\b/iu.test(text.slice(cut.index + cut[0].length));
    const strong =
      /[,;.]|\balso\b|\bthen\b/iu.test(cut[0]) &&
      words(left).length >= 2 &&
      rightWords.length >= 2 &&
      (ownReminder || !rightWords.some((w) => AFTERTHOUGHT.has(w)));
    // "Need to: book flight to Karachi, call Hina, buy a charger": to-dos led by verbs, listed.
    const listed =
      /,/u.test(cut[0]) &&
      verbLedTodo(statementBody(left.replace(/^[^:]{1,24}:\s*/u, '')).body) &&
      verbLedTodo(text.slice(cut.index + cut[0].length));
    const alone =
      listed ||
      (strong &&
        standsAlone(left, clock, told) &&
        standsAlone(text.slice(cut.index + cut[0].length), clock, told));
    // "fees paid and the winter uniforms are bought as well": two things told done, each of its own;
    // "Farooq callback done. also PHC registration can move to the 5th": news, then a request.
    const leftDone = leftMeaning === 'complete' || doneNews(left, 'en') !== null;
    const rest = text.slice(cut.index + cut[0].length);
    const news = leftDone && words(left).length >= 2 && (doneNews(rest, 'en') !== null || sentence);
    if (!command && !past && !alone && !news) continue;
    // "new order: 2 dozen brownies for Mehak, pickup saturday 4pm": a part that tells only a day
    // belongs to the new task before it, which has none of its own.
    if (!command && !past && dayOfNewTask(left, rest, clock)) continue;
    parts.push(left);
    from = cut.index + cut[0].length;
    lead = past ? 'I ' : '';
  }
  if (parts.length === 0) return [text];
  parts.push(`${lead}${text.slice(from).trim()}`);
  return parts;
}

/**
 * Whether `right` only tells the day of the new task `left` asks for: no command, no "need to" or
 * verb of doing of its own, a day or time in it, and none in `left` ("the cert expires on the 25th"
 * after "put an SSL renewal in the Office list").
 */
function dayOfNewTask(left: string, right: string, clock: Clock): boolean {
  const said = words(right);
  if (said.length > 10 || isCommandWord(said[0] ?? '') || statementBody(right).marked) return false;
  if (verbLedTodo(right)) return false;
  const told = understand(`add ${right}`, clock);
  if (told.intent !== 'add' || !(told.details.due_date || told.details.due_at)) return false;
  const u = understand(left, clock);
  const add = u.intent === 'add' ? u : readStatement(normalise(left), clock);
  if (add?.intent !== 'add' || add.orExisting) return false;
  const { details } = add;
  return !(details.due_date || details.due_at || details.recurrence);
}

/** A quoted title and the joiners between it and the next one: `"A", "B" and "C"`, `'A' aur 'B'`. */
const QUOTED_LIST =
  /(["'])[^"']+\1(?:\s*(?:,\s*(?:and\s+|aur\s+|اور\s+)?|\s(?:and|&|aur|اور)\s+)(["'])[^"']+\2)+/iu;

/**
 * `add "water the garden" and "fix the doorbell"`, `'A' aur 'B' delete kar do`: one request per
 * quoted title, each keeping the rest of the line (the verb, a shared date), since quotes mark where
 * each title starts and ends. Unquoted "add salt and pepper" stays one title.
 */
function quotedList(text: string, clock: Clock): string[] | null {
  const list = QUOTED_LIST.exec(text);
  if (!list) return null;
  const titles = [...list[0].matchAll(/(["'])([^"']+)\1/gu)].map((q) => q[0]);
  const before = text.slice(0, list.index);
  const after = text.slice(list.index + list[0].length);
  // `change "A" to "B"` and `"A" کو "B" کر دو` are one request about two names.
  if (
    titles.length < 2 ||
    /\b(?:to|into|as)\s*$/iu.test(before) ||
    /^\s*(?:کو|ko|to|into|as)\b/iu.test(after)
  )
    return null;
  const parts = titles.map((title) => `${before}${title}${after}`.trim());
  // Only requests that act on each title; "show 'milk' and 'eggs'" is one search.
  const acts = parts.every((part) => {
    const u = readMessage(part, clock);
    return ['add', 'complete', 'delete', 'reopen'].includes(u.intent) || (u.intent === 'update' && u.change);
  });
  return acts ? parts : null;
}

const ACTING = new Set<Understanding['intent']>(['add', 'complete', 'delete', 'reopen', 'update', 'skip']);
const JOINERS = [...ur.joiners, ...roman.joiners].sort((a, b) => b.length - a.length);
const JOINER = new RegExp(
  `\\s+(?:${JOINERS.map((j) => j.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')).join('|')})\\s+`,
  'giu',
);

/** A request that acts on its own: an add with a title, or a change to a task it names. */
function actsAlone(text: string, clock: Clock): boolean {
  const u = readEdit(text, clock) ?? understand(text, clock);
  if (!ACTING.has(u.intent)) return false;
  if (u.intent === 'add') return u.details.title.length > 0 && !u.orExisting;
  if (u.intent === 'update') return u.change !== null && u.target.kind !== 'none';
  return 'target' in u && u.target.kind !== 'none';
}

/**
 * A part any stage reads as a request on its own: a command the rules read, a statement of a new
 * task, or news of a task done, not done or moved ("دودھ لے آیا", "car wash abhi nahi hua").
 */
function standsAlone(text: string, clock: Clock, verbLed = false): boolean {
  if (actsAlone(text, clock)) return true;
  const lang = detectLanguage(text);
  return Boolean(
    // A part led by a verb alone ("..., bring the gajar halwa") may be the first part's detail.
    readStatement(normalise(text), clock, verbLed) ||
      // "کل امی کی دوائی لانی ہے اور ...": a dated to-do said plainly, at a joiner.
      (verbLed && lang !== 'en' && datedTodo(text, clock)) ||
      // "... اور کپڑے بھی استری ہو گئے": a clause told done, at a joiner.
      (verbLed && endsDone(text, lang)) ||
      doneNews(text, lang) ||
      undoneNews(text, lang) ||
      dueNews(text, lang, clock),
  );
}

/** A to-do with a day or time of its own ("kal ammi ki dawai lani hai"). */
function datedTodo(text: string, clock: Clock): boolean {
  const todo = readTodo(normalise(text), clock);
  return Boolean(todo && (todo.details.due_date || todo.details.due_at));
}

const TOO = new Set(['bhi', 'bhee', 'بھی']);

/**
 * The side after a joiner with the verb of the side before, when it ends in "too" and has no verb
 * of its own ("ammi ki dawai bhi" after "urea ki boriyan le aaya hun"): the second side followed by
 * each tail of the first (one to four words, shortest first), for the caller to try in turn.
 */
function withVerbOf(left: string, right: string): string[] {
  const said = words(right);
  if (!TOO.has(said.at(-1) ?? '') || said.length < 2 || said.length > 6) return [];
  const before = left.split(/\s+/u);
  const tails: string[] = [];
  for (let n = 1; n <= Math.min(4, before.length - 2); n++)
    tails.push(`${right} ${before.slice(-n).join(' ')}`);
  return tails;
}

const regex = ([source, flags]: string[]) => new RegExp(source!, flags);
const NOTE_RUNS_ON: Record<Lang, RegExp> = {
  en: regex(clauses.noteRunsOn.en),
  roman: regex(clauses.noteRunsOn.roman),
  ur: regex(clauses.noteRunsOn.ur),
};

/**
 * Whether a note or a new name asked for in `before` runs on past a joiner ("X mein likh do ke A
 * aur B", "jot down that A and B", "naam badal do: A aur B").
 */
export const noteRunsOn = (before: string, lang: Lang): boolean => NOTE_RUNS_ON[lang].test(before);

/** "X mukammal karo aur Y delete karo": cut at joiners where both sides act alone. */
function splitAtJoiners(text: string, clock: Clock): string[] {
  const parts: string[] = [];
  let from = 0;
  const lang = detectLanguage(text);
  for (const cut of text.matchAll(JOINER)) {
    // "X mein likh do ke filter badalna hai aur brake ka masla hai": the note runs on.
    if (noteRunsOn(text.slice(from, cut.index), lang)) break;
    const left = text
      .slice(from, cut.index)
      .trim()
      .replace(/[،,]+$/u, '');
    const right = text.slice(cut.index + cut[0].length).trim();
    if (words(left).length < 2 || words(right).length < 2) continue;
    // "har monday aur thursday ko gym": a joiner between two weekdays lists the days of one request.
    if (weekdayWord(words(left).at(-1) ?? '') && weekdayWord(words(right)[0] ?? '')) continue;
    // A joiner inside a quoted title ("'امی اور ابو کو فون کرنا'") joins the title's words.
    if ((text.slice(0, cut.index).match(/["'“”‘’]/gu)?.length ?? 0) % 2 === 1) continue;
    // "doodh le aana aur kal bank jana hai": a side ending in a verb's "to do" form stands alone.
    if (!standsAlone(left, clock, true)) continue;
    if (!standsAlone(right, clock, true)) {
      // "urea le aaya hun aur ammi ki dawai bhi": the last side says "too" and leaves its verb to
      // the side before, so it takes that side's verb.
      const gapped = withVerbOf(left, right).find((part) => standsAlone(part, clock, true));
      if (!gapped) continue;
      return [...parts, left, gapped];
    }
    parts.push(left);
    from = cut.index + cut[0].length;
  }
  if (parts.length === 0) return [text];
  parts.push(text.slice(from).trim());
  return parts;
}

/** The day of a due change, in the person's zone. */
function dayOf(change: { due_date?: string | null; due_at?: string | null }, clock: Clock): string | null {
  if (change.due_date) return change.due_date;
  if (!change.due_at) return null;
  return new Intl.DateTimeFormat('en-CA', { timeZone: clock.timeZone }).format(new Date(change.due_at));
}

/**
 * A day said once before a colon is every request's day ("tmrw: photocopy the sheets, and email
 * the TA at 4pm"): a later part that names no day of its own (none, or only a clock time) takes the
 * lead (said after it, where a day is read), so its time is on that day, not today.
 */
function sharedDay(parts: string[], clock: Clock): string[] {
  const lead = /^([^:]{1,40}):\s*\S/u.exec(parts[0] ?? '')?.[1]?.trim();
  if (!lead) return parts;
  const leadChange = dueChange(lead, clock);
  const leadDay = leadChange ? dayOf(leadChange, clock) : null;
  if (!leadDay) return parts;
  const today = dayOf({ due_at: clock.now.toISOString() }, clock);
  return parts.map((part, i) => {
    if (i === 0) return part;
    const own = dueChange(part, clock);
    const timeOnly = own !== null && !own.due_date && dayOf(own, clock) === today && leadDay !== today;
    return own === null || timeOnly ? `${part} ${lead}` : part;
  });
}

const INTO = clauses.intoNewList;
const INTO_JOINER = new RegExp(INTO.joiner[0]!, `${INTO.joiner[1]}g`);
const INTO_IT = { en: regex(INTO.it.en), roman: regex(INTO.it.roman), ur: regex(INTO.it.ur) };

/**
 * "make a Personal list and put the gym renewal in it", "Rentals naam ki list bana do aur javed
 * wali call usme daal do": the new list first, then the request about it with the list named where
 * the line pointed back at it ("in it", "usme", "اس میں"), each read as a request of its own.
 */
function intoNewList(text: string): string[] | null {
  for (const cut of text.matchAll(INTO_JOINER)) {
    const made = readListRequest(text.slice(0, cut.index));
    if (made?.kind !== 'create') continue;
    const rest = text.slice(cut.index + cut[0].length);
    const lang = detectLanguage(text);
    const it = INTO_IT[lang];
    if (!it.test(rest)) continue;
    const named = rest.replace(it, INTO.as[lang].replace('$', made.name));
    return [text.slice(0, cut.index).trim(), named.trim()];
  }
  return null;
}

/** The requests in a message, in order; one when it holds one. */
export function splitRequests(message: string, clock: Clock): string[] {
  const text = withoutCourtesy(cleanText(message), isCommandWord);
  const intoList = intoNewList(text);
  if (intoList) return intoList;
  const parts = splitCommands(text, clock);
  if (parts.length > 1 || detectLanguage(text) === 'en') return sharedDay(parts, clock);
  return sharedDay(splitAtJoiners(text, clock), clock);
}
