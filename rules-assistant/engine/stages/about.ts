// Task-first reading (decision 0113): news about an existing task said with no
// command word ("DEWA paid", "car service moved to the 19th", "gas ka bill ab sab se pehle", "اس
// ہفتے صفائی نہیں ہو گی"). The task is found first, by the words of its title the line holds (a
// word only that task's title has, and most of its words or a pointer: "X wala", "the X one");
// the words left say what changed, read in one order: a note after a colon, not done after all, a
// skip of this one time, a repeat, a priority, a new date or time, done. Two tasks named: ask which;
// a task named but no change read: ask, never add it as a new task. The words are data
// (lang/about.json) besides each language's done words, priority levels and readers of dates and
// repeats, which this stage shares with the edits and news stages.
// Its parts: about-naming.ts (the task named), about-tense.ts (when the news happened), about-data.ts.
import { dayIn } from '#shared/time/zone.js';
import about from '../lang/about.json' with { type: 'json' };
import en from '../lang/en.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import rules from '../lang/rules.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { type Lang, sameWord, words } from '../language.js';
import type { Change } from '../understand.js';
import { type Clock, parseEnglishDetails, parseUrduDetails, weekdayWord } from '../when.js';
import { type AboutData, anyOf, DATA, DAY, DONE_WORDS, has } from './about-data.js';
import { content, tellingWordsSaid, withoutSetAside } from './about-naming.js';
import { nextWeek, perfectiveNews, saysFuture, saysTitleVerbDone } from './about-tense.js';
import { setsAMoment } from './done.js';
import { repeatChange } from './edits.js';
import { JOINERS, type Titled } from './target.js';

export type About =
  | { kind: 'note'; description: string }
  | { kind: 'undone' }
  | { kind: 'skip' }
  | { kind: 'change'; change: Change; timeOnly?: boolean }
  | { kind: 'done' }
  | { kind: 'unclear' };

const DENIALS = new Set([...rules.enNot, ...rules.urNot]);
/** Whether a denial stands within two words before or after a phrase ("isn't low priority", "low nahi"). */
function deniedLevel(line: string, phrase: string): boolean {
  const at = ` ${line} `.indexOf(` ${phrase} `);
  const before = words(line.slice(0, at)).slice(-2);
  const after = words(line.slice(at + phrase.length)).slice(0, 2);
  return [...before, ...after].some((w) => DENIALS.has(w));
}

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

/** A clock time said in a line ("5pm", "11:30", "shaam 6 baje", "شام چھ بجے", "tonight"). */
const CLOCK =
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d{2}\b|\b(?:noon|midnight|morning|afternoon|evening|tonight|night|baje|subah|subha|shaam|sham|raat|dopahar|o'?clock)\b|بجے|صبح|شام|رات|دوپہر/iu;
export const saysClockTime = (text: string): boolean => CLOCK.test(text);
/** A half of the day said in a line ("pm", "evening", "raat", "شام") or an hour past 12 ("20:00"). */
const HALF =
  /(?:\b|(?<=\d))(?:am|pm|a\.m\.|p\.m\.)(?!\p{L})|\b(?:mornings?|evenings?|nights?|tonight|afternoons?|noon|midnight|subah|subha|sawere|savere|shaam|sham|raat|dopahar|dopehar)\b|(?<![\d:])(?:1[3-9]|2[0-4])(?::\d{2})?\b|صبح|شام|رات|دوپہر|سویرے/iu;
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
 * ("X wala kaam", "the X one") is the one meant, whatever else the line says. Measured on sets 15-25:
 * 2 wrong changes fewer, 2 correct readings lost.
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
    // "postponed, now on thursday" said on a Thursday: the next one, not today. A day of the month
    // ("moved to the 28th" on the 28th) is that day, as the quick add reads it.
    const today = dayIn(clock.now, clock.timeZone);
    const saysToday = /\b(?:today|tonight|aaj)\b|آج/iu.test(phrase);
    const namesWeekday = words(phrase).some((w) => weekdayWord(w) !== null);
    if (details.due_date === today && !saysToday && namesWeekday) details.due_date = nextWeek(today);
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

export { type Naming, type TaskLike, taskNamed, tellingWordsSaid, withoutSetAside } from './about-naming.js';
export { saysAnotherToo, saysFuture, saysNotYet } from './about-tense.js';
