// Task-first reading (round 14, issue 18, decision 0136): news about an existing task said with no
// command word ("DEWA paid", "car service moved to the 19th", "gas ka bill ab sab se pehle", "اس
// ہفتے صفائی نہیں ہو گی"). The task is found first, by the words of its title the line holds (a
// word only that task's title has, and most of its words or a pointer: "X wala", "the X one");
// the words left say what changed, read in one order: a note after a colon, not done after all, a
// skip of this one time, a repeat, a priority, a new date or time, done. Two tasks named: ask which;
// a task named but no change read: ask, never add it as a new task. The words are data
// (lang/about.json) besides each language's done words, priority levels and readers of dates and
// repeats, which this stage shares with the edits and news stages.

import { dayIn } from '#shared/time/zone.js';
import about from '../lang/about.json' with { type: 'json' };
import en from '../lang/en.json' with { type: 'json' };
import occurrence from '../lang/occurrence.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import rules from '../lang/rules.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { type Lang, sameForm, sameWord, words, wordsMeet } from '../language.js';
import type { Change } from '../understand.js';
import { type Clock, parseEnglishDetails, parseUrduDetails } from '../when.js';
import { setsAMoment } from './done.js';
import { repeatChange } from './edits.js';
import { isPastTense } from './phrasings.js';
import { JOINERS, POSTPOSITIONS, type Titled } from './target.js';

interface AboutData {
  pointers: string[];
  generic: string[];
  undone: string[];
  skip: string[];
  priorityPhrases: Record<string, string>;
  changeMarkers: string[];
  done: string[];
  not: string[];
  noteLeads: string[];
  noteSeparators: string[];
  filler: string[];
  later: string[];
  notYet: string[];
  futureEndings: string[];
  doneOfKind: Record<string, string>;
  otherDoing: string[];
}

const RAW: Record<Lang, AboutData> = { en: about.en, roman: about.roman, ur: about.ur };
/**
 * English and Roman Urdu share one set of lists: Roman Urdu is written with English words in it, and
 * a short Roman Urdu line ("invoice bhej di hai") is often taken for English.
 */
const merged = (lang: Lang): AboutData =>
  lang === 'ur'
    ? RAW[lang]
    : {
        pointers: [...RAW.roman.pointers, ...RAW.en.pointers],
        generic: [...RAW.roman.generic, ...RAW.en.generic],
        undone: [...RAW.roman.undone, ...RAW.en.undone],
        skip: [...RAW.roman.skip, ...RAW.en.skip],
        priorityPhrases: { ...RAW.en.priorityPhrases, ...RAW.roman.priorityPhrases },
        changeMarkers: [...RAW.roman.changeMarkers, ...RAW.en.changeMarkers],
        done: [...RAW.roman.done, ...RAW.en.done],
        not: [...RAW.roman.not, ...RAW.en.not],
        noteLeads: [...RAW.roman.noteLeads, ...RAW.en.noteLeads],
        noteSeparators: [...RAW.roman.noteSeparators, ...RAW.en.noteSeparators],
        filler: [...RAW.roman.filler, ...RAW.en.filler],
        later: [...RAW.roman.later, ...RAW.en.later],
        notYet: [...RAW.roman.notYet, ...RAW.en.notYet],
        futureEndings: [...RAW.roman.futureEndings, ...RAW.en.futureEndings],
        doneOfKind: { ...RAW.roman.doneOfKind, ...RAW.en.doneOfKind },
        otherDoing: [...RAW.roman.otherDoing, ...RAW.en.otherDoing],
      };
const DATA: Record<Lang, AboutData> = { en: merged('en'), roman: merged('roman'), ur: merged('ur') };
/** Each language's own done words (lang/*.json doneWords), shared with the done stage. */
const DONE_WORDS: Record<Lang, string[]> = {
  en: en.doneWords,
  roman: [...roman.doneWords, ...en.doneWords],
  ur: ur.doneWords,
};

export interface TaskLike extends Titled {
  id: number;
  completed?: boolean;
}

/** The task named, or the tasks named as well as each other; `used`: the indexes of the words naming it. */
export type Naming<T> =
  | { kind: 'one'; task: T; used: Set<number> }
  | { kind: 'several'; tasks: T[]; used: Set<number> };

const content = (w: string) => w.length > 1 && !JOINERS.has(w) && !POSTPOSITIONS.has(w);
/** Two forms of one word ("paid" and "pay", "ہفتے" and "ہفتہ"), never two words ending alike. */
const meets = (a: string, b: string) => {
  if (a === b) return true;
  if (a[0] === b[0] && Math.abs(a.length - b.length) <= 3 && wordsMeet(a, b)) return true;
  const common = [...a].findIndex((c, i) => b[i] !== c);
  return (common === -1 ? Math.min(a.length, b.length) : common) >= 5;
};

/**
 * How many of a title's telling words (not a kind of task, not filler, not a day word) a line holds
 * in some form; a title word written apart ("Back up") meets the line's word written as one
 * ("backup").
 */
export function tellingWordsSaid(text: string, title: string, lang: Lang): number {
  const said = words(text).filter((w) => content(w) && !DATA[lang].filler.includes(w) && !DAY.test(w));
  const generic = new Set(DATA[lang].generic);
  const own = words(title).filter(content);
  const joined = own.slice(1).map((w, i) => `${own[i]}${w}`);
  let n = 0;
  for (const tw of own) if (!generic.has(tw) && !DAY.test(tw) && said.some((w) => meets(w, tw))) n += 1;
  // A joined form counts only as written ("backup"), never as a prefix ("ground" of "groundbooking").
  for (const tw of joined) if (said.includes(tw)) n += 1;
  return n;
}

const SET_ASIDE = occurrence.setAside.map((p) => new RegExp(p, 'giu'));
/**
 * The line with each value set aside by a correction taken out ("the check should be at 9pm, not
 * 7", "8 baje, 7 nahi"): its word of not is no skip (lang/occurrence.json setAside).
 */
export const withoutSetAside = (text: string): string => SET_ASIDE.reduce((t, p) => t.replace(p, ' '), text);

/**
 * Which task a line names by its title, task-first: a task is named when the line holds a word
 * that only its title has (among all the tasks given) and either most of its title's words, two of
 * them, or that word followed by a pointer ("darzi wala", "the cake order one"). Several named as
 * well as each other: all of them, to ask which. Null when no task is named.
 */
export function taskNamed<T extends TaskLike>(text: string, tasks: T[], lang: Lang): Naming<T> | null {
  // "7B's papers" names "Check 7B science test papers".
  const said = words(text).map((w) => w.replace(/['’]s$/u, ''));
  const pointers = new Set(DATA[lang].pointers);
  const generic = new Set(DATA[lang].generic);
  const filler = new Set(DATA[lang].filler);
  const titles = tasks.map((t) => words(t.title).filter(content));
  // The words of a phrase of doing ("taken care of") name a task only as themselves or their forms
  // or as a root the title word starts with ("picked up" and "Pick up ...", "bhar diya" and "...
  // bharna"), never through a typo ("token", "car").
  const phrased = phraseWords(said, [...DATA[lang].done, ...DONE_WORDS[lang]]);
  type Scored = { task: T; met: number; distinct: number; ratio: number; used: Set<number> };
  const scored: Scored[] = [];
  tasks.forEach((task, k) => {
    const title = titles[k]!;
    if (title.length === 0) return;
    const used = new Set<number>();
    let met = 0;
    let distinct = 0;
    let pointed = false;
    for (const tw of title) {
      const at = said.findIndex(
        (w, i) =>
          !used.has(i) &&
          content(w) &&
          !filler.has(w) &&
          (phrased.has(i)
            ? sameForm(w, tw) || sameForm(tw, w) || (w.length >= 3 && tw.startsWith(w))
            : meets(w, tw)),
      );
      if (at < 0) continue;
      met += 1;
      // A word of the kind of task ("paid" for "Pay ...") is left for the reading of the change.
      if (!generic.has(tw)) used.add(at);
      // A date word ("hafte", "ہفتے") may meet a title word ("Haftawar") but never names the task alone.
      const only =
        !generic.has(tw) &&
        !DAY.test(said[at]!) &&
        titles.every((other, j) => j === k || !other.some((o) => meets(o, tw)));
      if (only) {
        distinct += 1;
        if (pointers.has(said[at + 1] ?? '') || pointers.has(said[at + 2] ?? '')) pointed = true;
      }
    }
    const ratio = met / title.length;
    // "انٹرنیٹ کا بل" is not "بجلی کا بل", "internet bill" not "Pay electricity bill": a word
    // naming the task may not follow (where its name starts) another noun the title lacks.
    if (used.size > 0 && otherModifier(said, Math.min(...used), used, lang)) return;
    if (distinct >= 1 && (met >= 2 || ratio >= 0.5 || pointed))
      scored.push({ task, met, distinct, ratio, used });
  });
  if (scored.length === 0) {
    // "quote emailed", "bill de diya" with two quotes or bills: the words name a kind of task, and
    // every task of that kind is asked about.
    const nouns = said.filter(
      (w) =>
        (w.length >= 3 || (w.length === 2 && /[\u0600-\u06ff]/u.test(w))) &&
        content(w) &&
        !filler.has(w) &&
        !generic.has(w) &&
        !DAY.test(w) &&
        titles.some((t) => t.some((tw) => !generic.has(tw) && meets(w, tw))),
    );
    // Only a short line ("quote emailed", "bill de diya hai"): a longer one says more than which kind.
    if (nouns.length === 0 || nouns.length > 2 || said.length > 5) return null;
    const having = tasks.filter((_, k) =>
      nouns.every((w) => titles[k]!.some((tw) => !generic.has(tw) && meets(w, tw))),
    );
    const used = new Set(said.flatMap((w, i) => (nouns.includes(w) ? [i] : [])));
    return having.length >= 2 && having.length <= 5 ? { kind: 'several', tasks: having, used } : null;
  }
  scored.sort((a, b) => b.distinct - a.distinct || b.ratio - a.ratio || b.met - a.met);
  const [best, next] = scored;
  const same = (s: Scored) => s.distinct === best!.distinct && s.ratio === best!.ratio && s.met === best!.met;
  if (next && same(next)) {
    const tied = scored.filter(same);
    return {
      kind: 'several',
      tasks: tied.map((s) => s.task),
      used: new Set(tied.flatMap((s) => [...s.used])),
    };
  }
  // The words naming the task, with the pointers after them ("wala kaam").
  const used = new Set(best!.used);
  for (const i of best!.used) for (const j of [i + 1, i + 2]) if (pointers.has(said[j] ?? '')) used.add(j);
  return { kind: 'one', task: best!.task, used };
}

/** The indexes of the words making up any of the phrases of several words found in `said`. */
function phraseWords(said: string[], phrases: string[]): Set<number> {
  const out = new Set<number>();
  for (const phrase of phrases) {
    const parts = words(phrase);
    if (parts.length < 2) continue;
    for (let i = 0; i + parts.length <= said.length; i++)
      if (parts.every((p, k) => said[i + k] === p)) for (let k = 0; k < parts.length; k++) out.add(i + k);
  }
  return out;
}

/** The word before said[i] (past "ka", "کی" ...) when it is a noun not naming the task, else false. */
function otherModifier(said: string[], i: number, used: Set<number>, lang: Lang): boolean {
  let j = i - 1;
  while (j >= 0 && POSTPOSITIONS.has(said[j]!)) j -= 1;
  if (j < 0 || used.has(j)) return false;
  const w = said[j]!;
  const data = DATA[lang];
  const known = [data.filler, data.generic, data.pointers, data.changeMarkers, data.not, data.later];
  if (!content(w) || /\d/u.test(w) || known.some((list) => list.includes(w))) return false;
  if (DAY.test(w) || data.done.includes(w) || NOUN_LEADS.has(w)) return false;
  // An English verb in the past ("picked up the uniforms") is no noun.
  if (lang !== 'ur' && /^[a-z]{3,}ed$/u.test(w)) return false;
  return true;
}

/** Words that come before a task's name in news and are no noun of their own. */
const NOUN_LEADS = new Set([
  'no',
  'about',
  'regarding',
  're',
  'for',
  'ab',
  'aaj',
  'اب',
  'آج',
  'yaar',
  'acha',
  'btw',
  'update',
  'ok',
  'okay',
  'also',
  'and',
  'aur',
  'اور',
  'so',
  'still',
  'paid',
  'sent',
  'filed',
  'submitted',
  // A verb's particle ("pick up Ammi's medicine"): no noun.
  'up',
  'out',
  'off',
  'down',
  'over',
  'back',
]);

export type About =
  | { kind: 'note'; description: string }
  | { kind: 'undone' }
  | { kind: 'skip' }
  | { kind: 'change'; change: Change; timeOnly?: boolean }
  | { kind: 'done' }
  | { kind: 'unclear' };

const has = (line: string, phrase: string) => ` ${line} `.includes(` ${phrase} `);

const DENIALS = new Set([...rules.enNot, ...rules.urNot]);
/** Whether a denial stands within two words before or after a phrase ("isn't low priority", "low nahi"). */
function deniedLevel(line: string, phrase: string): boolean {
  const at = ` ${line} `.indexOf(` ${phrase} `);
  const before = words(line.slice(0, at)).slice(-2);
  const after = words(line.slice(at + phrase.length)).slice(0, 2);
  return [...before, ...after].some((w) => DENIALS.has(w));
}
const anyOf = (line: string, phrases: string[]) =>
  phrases.some((p) => (/^[\p{L}\p{N}'\s-]+$/u.test(p) ? has(line, p) : line.includes(p)));

/** "no {task} this": the task's words stand for {task} (one to four words). */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const skipPattern = (source: string) => {
  const [before = '', after = ''] = source.split('{task}').map((part) => literal(part.trim()));
  const task = '(?:\\S+\\s+){0,3}\\S+';
  const body = source.includes('{task}')
    ? [before, task, after].filter((part) => part.length > 0).join('\\s+')
    : literal(source.trim());
  return new RegExp(`(?<!\\p{L})${body}(?!\\p{L})`, 'iu');
};
const SKIPS: Record<Lang, RegExp[]> = {
  en: DATA.en.skip.map(skipPattern),
  roman: DATA.roman.skip.map(skipPattern),
  ur: DATA.ur.skip.map(skipPattern),
};

/** Day words: a date or time said without one keeps the task's day ("ab گیارہ بجے", "at 4pm now"). */
const DAY =
  /\b(?:today|tonight|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weeks?|months?|weekends?|weekdays?|daily|mornings?|evenings?|afternoons?|nights?|noon|midnight|\d+(?:st|nd|rd|th)|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|aaj|kal|parson|somwar|mangal|budh|jumeraat|jumerat|jumma|juma|hafte|itwar|itwaar|tareekh|tarikh)\b|آج|کل|پرسوں|پیر|منگل|بدھ|جمعرات|جمعہ|جمعے|ہفتہ|ہفتے|اتوار|تاریخ|مہینے/iu;

/** A clock time said in a line ("5pm", "11:30", "shaam 6 baje", "شام چھ بجے", "tonight"). */
const CLOCK =
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d{2}\b|\b(?:noon|midnight|morning|afternoon|evening|tonight|night|baje|subah|subha|shaam|sham|raat|dopahar|o'?clock)\b|بجے|صبح|شام|رات|دوپہر/iu;
export const saysClockTime = (text: string): boolean => CLOCK.test(text);
/** A half of the day said in a line ("pm", "evening", "raat", "شام") or an hour past 12 ("20:00"). */
const HALF =
  /(?:\b|(?<=\d))(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})|\b(?:mornings?|evenings?|nights?|tonight|afternoons?|noon|midnight|subah|subha|sawere|savere|shaam|sham|raat|dopahar|dopehar)\b|\b(?:1[3-9]|2[0-4])(?::\d{2})?\b|صبح|شام|رات|دوپہر|سویرے/iu;
export const saysHalfOfDay = (text: string): boolean => HALF.test(text);
/** A day said in a line ("friday", "kal", "the 10th", "اتوار"). */
export const saysADay = (text: string): boolean => DAY.test(text);

/**
 * What the line says about the task named by the words at `used` (taskNamed's indexes): one of the
 * readings in its order, or "unclear". A finished task is only ever opened again.
 */
export function readAbout(
  text: string,
  used: Set<number>,
  completed: boolean,
  lang: Lang,
  clock: Clock,
  /** The task's title: its first word said in the past ("picked up the uniforms") is news of it done. */
  title?: string,
): About {
  const data = DATA[lang];
  const line = words(text).join(' ');
  if (completed) {
    const undone = anyOf(line, data.undone) || (saysNot(line, data) && !anyOf(line, data.done));
    return undone ? { kind: 'undone' } : { kind: 'unclear' };
  }
  const note = readNote(text, used, data);
  if (note) return note;
  // "car service moved to the 19th, garage is full": the clause naming the task is read first, then
  // the line as a whole ("supplier call is still tomorrow but make it 3pm instead").
  for (const clause of clausesOf(text, used)) {
    const read = readChange(clause.text, clause.used, lang, clock, title);
    if (read.kind === 'change' && read.change.due_date && !read.change.due_at) {
      // "kal lene hain, subah 7 baje": a time said in the next clause belongs to that same day.
      const whole = readChange(text, used, lang, clock, title);
      const at = whole.kind === 'change' ? whole.change.due_at : null;
      if (at && dayIn(new Date(at), clock.timeZone) === read.change.due_date) return whole;
    }
    // "the sterilizer guy called, he'll come saturday instead": a clause is no news of a thing done
    // when the line says what will happen.
    if (read.kind === 'done' && saysFuture(text, lang)) continue;
    if (read.kind !== 'unclear') return read;
  }
  return readChange(text, used, lang, clock, title);
}

const saysNot = (line: string, data: AboutData) =>
  anyOf(
    line,
    data.not.filter((n) => n.includes(' ')),
  ) || line.split(' ').some((w) => data.not.includes(w));

/** The clauses of a line (at commas and full stops) holding words that name the task, with their indexes. */
function clausesOf(text: string, used: Set<number>): { text: string; used: Set<number> }[] {
  const parts = text.split(/[,;.،۔!]+/u).filter((part) => words(part).length > 0);
  if (parts.length < 2) return [];
  const out: { text: string; used: Set<number> }[] = [];
  let offset = 0;
  for (const part of parts) {
    const n = words(part).length;
    const inside = new Set([...used].filter((i) => i >= offset && i < offset + n).map((i) => i - offset));
    if (inside.size > 0) out.push({ text: part, used: inside });
    offset += n;
  }
  return out;
}

/** Whether a note's lead names the task (words at `used`) with nothing but words of noting besides. */
function namesOnlyTheTask(lead: string[], used: Set<number>, data: AboutData): boolean {
  const named = lead.some((_, i) => used.has(i));
  const other = lead.some(
    (w, i) =>
      !used.has(i) &&
      !data.noteLeads.includes(w) &&
      !data.generic.includes(w) &&
      !data.filler.includes(w) &&
      !JOINERS.has(w),
  );
  return named && !other;
}

/** "for the cake order: chocolate, 2kg", "darzi wale kaam mein likh do: ...": a note after a colon. */
function readNote(text: string, used: Set<number>, data: AboutData): About | null {
  const raw = text.trim();
  const colon = raw.search(/[:：]/u);
  if (colon <= 0) return noteAfterPhrase(raw, used, data);
  // Its lead is the task and words of noting, at least one of them.
  const lead = words(raw.slice(0, colon));
  const cue = lead.some((w) => data.noteLeads.includes(w));
  const description = raw.slice(colon + 1).trim();
  return namesOnlyTheTask(lead, used, data) && cue && description.length > 0
    ? { kind: 'note', description }
    : null;
}

/** Words that never tell one task from another: news filler, being and doing helpers, time words. */
const QUIET_WORDS: Record<Lang, Set<string>> = {
  en: new Set([...en.newsFiller, ...en.statementWords]),
  roman: new Set([...en.newsFiller, ...roman.newsFiller, ...roman.beingWords]),
  ur: new Set([...ur.newsFiller, ...ur.beingWords]),
};

/**
 * The telling words of a new task's title read from a line (no words of change, filler, pointers or
 * a kind of task), split into those the named task's title has in some form and those it lacks: a
 * line saying more than the task it named is about something else ("Mrs Khan ka suit 10 tareekh tak ready karna hai"
 * and "Mrs. Qureshi ka suit"; "rent due end of month" and "Renew domain").
 */
export function wordsBeyond(title: string, task: Titled, lang: Lang): { beyond: string[]; shared: string[] } {
  const data = DATA[lang];
  const own = words(task.title);
  const quiet = new Set([
    ...QUIET_WORDS[lang],
    ...data.pointers,
    ...data.generic,
    ...data.changeMarkers,
    ...data.filler,
    ...data.later,
    ...data.done,
    ...data.not,
  ]);
  const telling = words(title).filter(
    (w) =>
      content(w) &&
      (w.length >= 3 || /[\u0600-\u06ff]/u.test(w)) &&
      !quiet.has(w) &&
      !DAY.test(w) &&
      !/^\d/u.test(w),
  );
  const isOwn = (w: string) => own.some((t) => sameWord(w, t) || sameWord(t, w));
  return { beyond: telling.filter((w) => !isOwn(w)), shared: telling.filter(isOwn) };
}

/** Words that say what a change is (importance, reminding), never what the line is about. */
const CHANGE_SAYING: Record<Lang, Set<string>> = (() => {
  const of = (lang: Lang) =>
    new Set([
      ...Object.keys(DATA[lang].priorityPhrases).flatMap((p) => words(p)),
      ...Object.keys(en.priorityLevels),
      ...about.stray.en,
      ...(lang === 'en' ? [] : about.stray.roman),
      ...(lang === 'ur' ? about.stray.ur : []),
    ]);
  return { en: of('en'), roman: of('roman'), ur: of('ur') };
})();

/**
 * The line's telling words that neither the named task's title has nor a change says: a line with
 * several ("Tariq wants a wedding invite for his sister too, pretty urgent" and "Invoice Tariq for
 * the wedding card job") tells of something else that shares a word or two with the task.
 */
export function strayWords(text: string, task: Titled, lang: Lang): { stray: string[]; shared: string[] } {
  const { beyond, shared } = wordsBeyond(text, task, lang);
  const saying = CHANGE_SAYING[lang];
  return { stray: beyond.filter((w) => !saying.has(w) && !CLOCK.test(w)), shared };
}

/**
 * Whether a line tells of something other than the task it names: three or more stray words
 * (strayWords), no fewer than the title's words it has, and at most half of the title's telling words
 * said ("aaj dukaan pe bohat rush tha, thak gaya hun bas" and "Dukaan ka kiraya"). A task pointed at
 * ("X wala kaam", "the X one") is the one meant, whatever else the line says. Measured on sets 15-25
 * (docs/assistant.md, session 14): 2 wrong changes fewer, 2 correct readings lost.
 */
export function tellsOfOther(text: string, task: Titled, lang: Lang): boolean {
  const pointers = new Set(DATA[lang].pointers);
  if (words(text).some((w) => pointers.has(w))) return false;
  const { stray, shared } = strayWords(text, task, lang);
  const generic = new Set(DATA[lang].generic);
  const telling = words(task.title).filter((w) => content(w) && !generic.has(w) && !DAY.test(w));
  const met = tellingWordsSaid(text, task.title, lang);
  return stray.length >= 3 && stray.length >= shared.length && met * 2 <= telling.length;
}

/** The first phrase of noting inside a line (never at its start), and where it is. */
function noteSeparator(lower: string, data: AboutData): { phrase: string; at: number } | undefined {
  return data.noteSeparators
    .map((phrase) => ({
      phrase,
      at: lower.search(new RegExp(`(?:^|[\\s,،;–—-])${phrase}(?:[\\s,،:;]|$)`, 'u')),
    }))
    .filter((f) => f.at > 0)
    .sort((a, b) => a.at - b.at)[0];
}

/** Whether a phrase of noting follows other words ("X - remember to ..."): the line may be a note on X. */
export const notesAfterWords = (text: string, lang: Lang): boolean =>
  noteSeparator(text.trim().toLowerCase(), DATA[lang]) !== undefined;

/**
 * "for the passport one, note that I need two photos", "flight to dubai - remember to use the miles":
 * a note started by a phrase of noting (noteSeparators) after words naming the task and no others.
 */
function noteAfterPhrase(raw: string, used: Set<number>, data: AboutData): About | null {
  const lower = raw.toLowerCase();
  const found = noteSeparator(lower, data);
  if (!found) return null;
  const lead = words(raw.slice(0, found.at));
  const start = lower.indexOf(found.phrase, found.at) + found.phrase.length;
  const note = raw
    .slice(start)
    .replace(/^[\s,،:;]+/u, '')
    .trim();
  const description = note.charAt(0).toUpperCase() + note.slice(1);
  return namesOnlyTheTask(lead, used, data) && note.length > 0 ? { kind: 'note', description } : null;
}

/** Words that say nothing of the new moment ("still tomorrow, only now at 4pm"). */
const QUIET = [
  'only',
  'but',
  'par',
  'magar',
  'مگر',
  'لیکن',
  'ہی',
  'hi',
  'same',
  'time',
  'usual',
  'waqt',
  'وقت',
];

/** What one clause (or the whole line) says about the task: undone, a skip, a change, done, or unclear. */
function readChange(text: string, used: Set<number>, lang: Lang, clock: Clock, title?: string): About {
  const data = DATA[lang];
  const all = words(text);
  const line = all.join(' ');
  const raw = text.trim();
  const restWords = all.filter((_, i) => !used.has(i));
  const rest = restWords.join(' ');
  if (anyOf(line, data.undone)) return { kind: 'undone' };
  // "no stock check this sunday", "is hafte safai nahi": this one time is off.
  const unset = words(withoutSetAside(text)).join(' ');
  if (SKIPS[lang].some((skip) => skip.test(unset))) return { kind: 'skip' };
  // "comes every month on the 10th", "har mahine ki 5 tareekh ko aata hai": it repeats.
  if (/\b(?:every|each|har)\b|ہر/iu.test(rest)) {
    // The repeat is said from its word to the end of its clause ("every month on the 5th, set it ...").
    const said = /(?:\b(?:every|each|har)\b|ہر)[^,.;!،۔]*/iu.exec(raw)?.[0] ?? rest;
    const repeat = repeatChange(said, clock) ?? repeatChange(rest, clock);
    return repeat ? { kind: 'change', change: repeat } : { kind: 'unclear' };
  }
  // "should repeat on fridays instead of mondays": the day said first is the new one.
  const weekly =
    /\b(?:repeats?|recurs?|repeating|recurring)\s+(?:on\s+|every\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\b/iu.exec(
      line,
    );
  if (weekly) {
    const repeat = repeatChange(`every ${weekly[1]}`, clock);
    if (repeat) return { kind: 'change', change: repeat };
  }
  // "isn't low priority anymore, make it high": a level denied is not the new one.
  const level = Object.entries(data.priorityPhrases).find(([p]) => has(line, p) && !deniedLevel(line, p));
  if (level) return { kind: 'change', change: { priority: level[1] as 'high' | 'medium' | 'low' } };
  // A new date or time: said with a word of change ("moved", "ab", "بجائے"); after "instead of" /
  // "ki jagah" / "کے بجائے" only the new one counts.
  const marked = restWords.some((w) => data.changeMarkers.includes(w));
  if (marked) {
    const after =
      /(?:\binstead\s+of\b.*?\b(?:to|on)\b|\b(?:ki|ke)\s+(?:jagah|bajaye|bajae)\b|(?:کی|کے)\s+(?:جگہ|بجائے))(.*)$/iu.exec(
        rest,
      );
    // Words that say nothing of the moment go; "to the", "on" stay for the date reader ("to the 20th").
    const quiet = new Set([
      ...data.filler.filter((w) => !JOINERS.has(w)),
      ...data.changeMarkers,
      ...data.not,
      ...QUIET,
    ]);
    // "پیر سے منگل پر", "monday se tuesday", "from monday to tuesday": the day it moves to.
    const from = /(?:^|\s)(\S+)\s+(?:سے|se|from)\s+(.+)$/iu.exec(after?.[1]?.trim() || rest);
    // "parson tha, ab jumeraat ko", "پیر کو تھا اب بدھ کو": the day it was, then the day it is.
    const was =
      /(?:^|\s)(\S+)(?:\s+(?:ko|کو))?\s+(?:tha|thi|thay|the|تھا|تھی|تھے)[,،]?\s+(?:(?:ab|اب)\s+)?(.+)$/iu.exec(
        after?.[1]?.trim() || rest,
      );
    const moved = from && DAY.test(from[1]!) ? from[2]! : was && DAY.test(was[1]!) ? was[2]! : null;
    // "ہفتے کے دن" is Saturday only with its "کے دن", which the quiet words would take away.
    // "صبح آٹھ کے بجائے سات بجے", "subah 8 ke bajaye 7 baje": the new hour is in the same half of the day.
    const half = lang !== 'en' && after ? HALF.exec(rest.slice(0, after.index)) : null;
    const carried = half && !HALF.test(after![1]!) ? `${half[0]} ${after![1]!.trim()}` : after?.[1]?.trim();
    const phrase = words((moved ?? (carried || rest)).replace(/ہفتے\s+کے\s+دن/gu, 'ہفتہ'))
      .filter((w) => !quiet.has(w))
      .join(' ');
    const details =
      lang === 'ur' || lang === 'roman' || /\bko\b/u.test(phrase)
        ? parseUrduDetails(words(phrase), clock)
        : parseEnglishDetails(phrase, clock);
    // "postponed, now on thursday" said on a Thursday: the next one, not today.
    const today = dayIn(clock.now, clock.timeZone);
    const saysToday = /\b(?:today|tonight|aaj)\b|آج/iu.test(phrase);
    if (details.due_date === today && !saysToday) details.due_date = nextWeek(today);
    if (details.due_date || details.due_at) {
      const timeOnly = Boolean(details.due_at) && !DAY.test(phrase);
      return {
        kind: 'change',
        // A new day alone keeps the hour the task is due at ("dentist got pushed to friday").
        change: details.due_at
          ? { due_at: details.due_at, due_date: null }
          : { due_date: details.due_date, due_at: null, keepTime: true },
        ...(timeOnly ? { timeOnly } : {}),
      };
    }
  }
  // "can be done by the 25th", "ho jayega": done said of what is still to come is no news of it done.
  const done =
    (anyOf(line, data.done) ||
      anyOf(line, DONE_WORDS[lang]) ||
      (title !== undefined && saysTitleVerbDone(all, title)) ||
      perfectiveNews(all, used, lang, clock)) &&
    !anyOf(line, data.notYet) &&
    !(title !== undefined && doneOfOtherKind(all, title, data)) &&
    !otherPartyDid(text, used, data);
  const later = restWords.some((w) => data.later.includes(w));
  // "the sterilizer guy called, he'll come saturday": what will happen is no news of a thing done.
  if (done && !saysNot(line, data) && !marked && !later && !setsAMoment(line) && !saysFuture(text, lang))
    return { kind: 'done' };
  return { kind: 'unclear' };
}

/**
 * Whether the only done words said are of another kind of task than the title's ("PMDC sent a
 * reminder letter" and "Renew PMDC licence": sending is not renewing). A title that does not start
 * with a verb of a kind of task (lang/about.json generic, doneOfKind) takes any done word.
 */
function doneOfOtherKind(said: string[], title: string, data: AboutData): boolean {
  const kinds = data.doneOfKind;
  const verb = words(title)[0] ?? '';
  if (!data.generic.includes(verb) && !Object.values(kinds).includes(verb)) return false;
  const doneSaid = said.filter((w) => data.done.includes(w) || Object.hasOwn(kinds, w));
  if (doneSaid.length === 0) return false;
  return doneSaid.every((w) => kinds[w] !== undefined && kinds[w] !== verb);
}

/**
 * Whether the words naming the task are a party who did something ("Captain Rehman messaged",
 * "Haider Textiles' CFO called", "Ansari walon ne ... kar di"): a name written with capitals (or any
 * words naming it, before the ergative "ne" / "نے"), then within two words one of lang/about.json
 * otherDoing. News from that party, not of the task done.
 */
function otherPartyDid(text: string, used: Set<number>, data: AboutData): boolean {
  const said = words(text);
  const tokens = text.split(/\s+/u).map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return [...used].some((at) => {
    // The naming word as typed: a name when it starts with a capital (the line's first word may anyway).
    const typed = tokens.find((t) => t.toLowerCase() === said[at]);
    const name = typed !== undefined && /^\p{Lu}/u.test(typed);
    return said
      .slice(at + 1, at + 3)
      .some((w) => w === 'ne' || w === 'نے' || (name && data.otherDoing.includes(w)));
  });
}

const ALSO = new Set(['bhi', 'bhee', 'بھی']);
const LINKS = new Set(['ka', 'ki', 'ke', 'ne', 'ko', 'کا', 'کی', 'کے', 'نے', 'کو']);

/**
 * "Rana traders ne cheeku ka bhi order de diya", "میڈم فوزیہ کا بھی انٹرویو": "bhi" (also) after a
 * word the task's title lacks and its "ka" / "ne" tells of another thing besides the task, not of the
 * task itself ("Kashif ka bhi phone ho gaya" of "Kashif ka phone" is news of it).
 */
export function saysAnotherToo(text: string, title: string, lang: Lang): boolean {
  if (lang === 'en') return false;
  const said = words(text);
  const own = words(title);
  return said.some((w, i) => {
    if (!ALSO.has(w)) return false;
    let j = i - 1;
    while (j >= 0 && LINKS.has(said[j]!)) j -= 1;
    // Only "X ka bhi", "X ne bhi": the thing or the one doing it, not "tag bhi laga do", "le bhi gayi".
    if (j === i - 1) return false;
    const before = said[j];
    return (
      before !== undefined && content(before) && !own.some((t) => sameWord(before, t) || sameWord(t, before))
    );
  });
}

const PERFECTIVE = about.perfective;
const LIGHT: Record<Lang, Set<string>> = {
  en: new Set(),
  roman: new Set(PERFECTIVE.light.roman),
  ur: new Set(PERFECTIVE.light.ur),
};
const NOT_DONE_NEWS = new Set([...PERFECTIVE.notDone, ...PERFECTIVE.notNews]);
const ASKING = new Set(PERFECTIVE.asking);
const TIES = new Set(PERFECTIVE.postpositions);

/**
 * "week 6 ki slides bana li", "شرارہ سل گیا", "merged Sara's login PR", "quiz marks are up": once
 * the words naming the task (at `used`) are gone, a verb in its completed form tells of the task done
 * (lang/about.json `perfective`), unless a word of change, failure, loss or a start says otherwise.
 */
function perfectiveNews(all: string[], used: Set<number>, lang: Lang, clock: Clock): boolean {
  if (all.some((w) => NOT_DONE_NEWS.has(w) || ASKING.has(w))) return false;
  const rest = all.filter((_, i) => !used.has(i));
  const details = lang === 'en' ? parseEnglishDetails(rest.join(' '), clock) : parseUrduDetails(rest, clock);
  // "the toner came in this morning" is news; "... is actually due the 22nd" gives a moment to come.
  const today = dayIn(clock.now, clock.timeZone);
  if (
    (details.due_at && new Date(details.due_at) > clock.now) ||
    (details.due_date && details.due_date > today)
  )
    return false;
  // A short Roman Urdu line is often taken for English: its light verbs count there too.
  const light = LIGHT[lang === 'en' ? 'roman' : lang];
  if (rest.some((w, i) => i > 0 && light.has(w) && !TIES.has(rest[i - 1]!))) return true;
  const line = ` ${rest.join(' ')} `;
  return (
    lang === 'en' && (rest.some(isPastTense) || PERFECTIVE.englishStates.some((s) => line.includes(` ${s} `)))
  );
}

/** The same day of the next week (YYYY-MM-DD). */
function nextWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 7)).toISOString().slice(0, 10);
}

/** "can be done by the 25th", "ho jayega": a line saying a thing will be done, not that it was. */
export function saysNotYet(text: string, lang: Lang): boolean {
  return anyOf(words(text).join(' '), DATA[lang].notYet);
}

/**
 * A verb in the future tense ("ری یونین ڈنر اب جمعہ کو ہوگا", "kal jama karunga", "I'll send it"):
 * what will happen, never news of a thing done. An ending of one or two letters ("گا" said apart)
 * counts only as a whole word, so "زندگی" is no future.
 */
export function saysFuture(text: string, lang: Lang): boolean {
  const endings = DATA[lang].futureEndings;
  return words(text).some((w) =>
    endings.some((e) => w === e || (e.length >= 3 && w.length > e.length && w.endsWith(e))),
  );
}

/** English verbs whose past is not the word with -ed ("paid", "sent", "bought"). */
const IRREGULAR_PAST: Record<string, string[]> = {
  pay: ['paid'],
  send: ['sent'],
  buy: ['bought'],
  get: ['got', 'gotten'],
  take: ['took', 'taken'],
  write: ['wrote', 'written'],
  make: ['made'],
  do: ['did', 'done'],
  go: ['went', 'gone'],
  bring: ['brought'],
  give: ['gave', 'given'],
  sell: ['sold'],
  find: ['found'],
  tell: ['told'],
  meet: ['met'],
  teach: ['taught'],
  catch: ['caught'],
};

/**
 * The first word of an English title, a verb ("Submit attendance register", "Pick up uniforms"),
 * said in the past ("submitted", "submited", "picked up"): news of the task done. Only a word of
 * at least three letters, and only its past, never the verb itself ("submit the register").
 */
function saysTitleVerbDone(said: string[], title: string): boolean {
  const verb = words(title)[0];
  if (!verb || verb.length < 3 || !/^[a-z]+$/u.test(verb)) return false;
  const forms = new Set(IRREGULAR_PAST[verb] ?? []);
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  forms.add(`${stem}ed`);
  if (/[^aeiou]y$/u.test(verb)) forms.add(`${verb.slice(0, -1)}ied`);
  // A doubled last letter, and its common misspelling without ("submitted", "submited").
  forms.add(`${verb}${verb.at(-1)}ed`);
  return said.some((w) => forms.has(w));
}
