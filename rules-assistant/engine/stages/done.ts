// Completions said as news ("the tap is fixed now!!", "renewd the car insurence", "دودھ اور انڈے
// لے آیا ہوں"): no command word, but the intent model hears a completion, the line says it is done
// (a past verb or a done word from the language's data file, and no "not"), and its words name one
// open task clearly. Anything less is not read as a completion: a wrong change is worse than none.
import about from '../lang/about.json' with { type: 'json' };
import en from '../lang/en.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import rules from '../lang/rules.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { type Lang, words } from '../language.js';
import { isPastTense } from '../understand.js';
import { type Clock, parseEnglishDetails, parseUrduDetails } from '../when.js';
import { isCommandWord } from './commands.js';
import { guessIntent } from './intent.js';

const DONE: Record<Lang, string[]> = {
  en: en.doneWords,
  roman: [...roman.doneWords, ...en.doneWords],
  ur: ur.doneWords,
};
/**
 * A clause ending in a done phrase of Urdu or Roman Urdu, with no denial in it ("کپڑے بھی استری ہو
 * گئے", "addresses collect ho gaye"): news of something done, whatever the model hears.
 */
export function endsDone(text: string, lang: Lang): boolean {
  if (lang === 'en') return false;
  const line = words(text).join(' ');
  if (words(text).some((w) => NOT[lang].has(w))) return false;
  return DONE[lang].some(
    (d) => line.endsWith(` ${d}`) || line.endsWith(` ${d} ہیں`) || line.endsWith(` ${d} hain`),
  );
}

const NOT: Record<Lang, Set<string>> = {
  en: new Set(en.notWords),
  roman: new Set([...roman.notWords, ...en.notWords]),
  ur: new Set(ur.notWords),
};
const FILLER: Record<Lang, Set<string>> = {
  en: new Set(en.newsFiller),
  roman: new Set([...roman.newsFiller, ...en.newsFiller]),
  ur: new Set(ur.newsFiller),
};
const CONFIDENT = 0.75;
/** Past verbs that tell of a change or a plan, not of a thing done ("moved", "forgot"). */
const NOT_DONE_LEADS = new Set(en.notDoneLeads);
/** Words of a moment still to come: "called the plumber for tomorrow" may be a plan or a move. */
const LATER = new Set(en.notDoneDates);

/**
 * "called the plumber", "paid the electricity bill": an English line that opens with a past verb
 * of doing, with no moment to come in it, tells of a thing done whatever the model hears (it takes
 * "called the plumber" for the title of a new task).
 */
const opensWithDeed = (ws: string[], lang: Lang) =>
  lang === 'en' &&
  isPastTense(ws[0] ?? '') &&
  !NOT_DONE_LEADS.has(ws[0]!) &&
  !ws.some((w) => LATER.has(w) || /\d/u.test(w));

/**
 * "sabzi le aaya", "دوا لے آئی ہوں", "service karwa li hai": a line that ends in a past "brought" or
 * "got done" verb tells of a thing done whatever the model hears (it takes "le aaya" for "le aana").
 * Only these: "X kar diya" may be an edit told as news ("meeting friday ko kar di").
 */
const FETCHED = [
  'le aaya',
  'le aya',
  'le aayi',
  'le ayi',
  'le aaye',
  'le aye',
  'le aai',
  'karwa li',
  'karwa liya',
  'karva li',
  'karva liya',
  'کروا لی',
  'کروا لیا',
  'لے آیا',
  'لے آئی',
  'لے آئے',
];
const ASIDE = new Set(['lol', 'haha', 'hahaha', 'lmao', 'phew', 'yay', 'btw', 'omg']);
const FETCHED_TAIL = new Set(['hai', 'hoon', 'hun', 'hu', 'hain', 'ہے', 'ہوں', 'ہیں']);

function endsFetched(ws: string[]): boolean {
  const body = [...ws];
  while (body.length > 0 && FETCHED_TAIL.has(body.at(-1)!)) body.pop();
  const end = body.slice(-2).join(' ');
  return body.length >= 3 && FETCHED.includes(end);
}

const NOT_DONE_NEWS = new Set(about.perfective.notDone);

const has = (line: string, phrase: string) => ` ${line} `.includes(` ${phrase} `);

/** "ملاقات کا وقت جمعے کو کر دیا ہے", "time 5 baje kar diya": a moment set, not a thing done. */
export function setsAMoment(text: string): boolean {
  const line = words(text).join(' ');
  return (
    /(?:^|\s)(?:کو|بجے|تک|ko|baje|tak)\s+(?:کر|kar|kr)\s+(?:دیا|دی|دیے|دئیے|diya|di|dia|diye)(?:\s|$)/u.test(
      line,
    ) ||
    // "last date 20 tareekh ho gayi hai", "آخری تاریخ بیس ہو گئی": a date became another.
    /(?:^|\s)(?:tareekh|tarikh|تاریخ|baje|بجے)\s+(?:ho|ہو)\s+(?:gayi|gaya|gai|گئی|گیا)(?:\s|$)/u.test(line)
  );
}

/** The words naming the task when the line tells of a task done, or null. */
const TRAILING = new Set(['too', 'also', 'already', 'now', 'finally', 'btw', 'lol']);

export function doneNews(text: string, lang: Lang): string[] | null {
  const all = words(text);
  // "fixed the kitchen tap lol took me 3 hours": an aside after the news names no task.
  const aside = all.findIndex(
    (w, i) =>
      i >= 2 &&
      (ASIDE.has(w) || (w === 'took' && ['me', 'us', 'ages', 'forever'].includes(all[i + 1] ?? ''))),
  );
  const ws = aside > 0 ? all.slice(0, aside) : [...all];
  // "printer ink bought too", "... as well": words added after the news say nothing of it.
  while (ws.length > 2 && TRAILING.has(ws.at(-1)!)) ws.pop();
  if (ws.at(-1) === 'well' && ws.at(-2) === 'as' && ws.length > 3) ws.splice(-2);
  const line = ws.join(' ');
  if (ws.length < 2 || /[?؟]/u.test(text)) return null;
  if (ws.some((w) => NOT[lang].has(w)) || [...NOT[lang]].some((n) => n.includes(' ') && has(line, n)))
    return null;
  if (setsAMoment(line)) return null;
  // "car service got postponed": a word of change, failure or loss is no news of a thing done.
  if (ws.some((w) => NOT_DONE_NEWS.has(w))) return null;
  const said =
    endsFetched(ws) ||
    DONE[lang].some((d) => has(line, d)) ||
    (lang !== 'ur' && ws.some((w) => isPastTense(w)));
  if (!said) return null;
  const guess = guessIntent(aside > 0 ? line : text);
  // "invoice sent ✅": a check mark says done as plainly as a done word.
  const fetched = endsFetched(ws) || (/[✅✔☑]/u.test(text) && said) || opensWithDeed(ws, lang);
  if (!fetched && (guess.intent !== 'complete' || guess.confidence < CONFIDENT)) return null;
  // The words left once the news words are gone name the task ("fixed" still meets "Fix").
  const doneWords = new Set(DONE[lang].flatMap((d) => (d.includes(' ') ? d.split(' ') : [])));
  if (fetched) for (const w of [...FETCHED.flatMap((d) => d.split(' ')), ...FETCHED_TAIL]) doneWords.add(w);
  const named = ws.filter((w) => !FILLER[lang].has(w) && !doneWords.has(w));
  return named.length > 0 ? named : null;
}

const MISTAKE: Record<Lang, string[]> = {
  en: en.mistakeCues,
  roman: [...roman.mistakeCues, ...en.mistakeCues],
  ur: ur.mistakeCues,
};
const TICK: Record<Lang, Set<string>> = {
  en: new Set(en.tickWords),
  roman: new Set([...roman.tickWords, ...en.tickWords]),
  ur: new Set(ur.tickWords),
};

/**
 * "i ticked return library books by mistake", "galti se tick ho gaya tha": a task marked done by
 * mistake is open again. The words left once the cue, tick and filler words are gone name the task
 * among the completed ones.
 */
export function undoneNews(text: string, lang: Lang): string[] | null {
  const ws = words(text);
  const line = ws.join(' ');
  const cue = MISTAKE[lang].find((c) => has(line, c));
  if (!cue) {
    // "i didn't actually finish X", "the fridge isn't clean yet", "X abhi nahi hua": the model
    // hears a reopening and the line says "not"; the words left name a completed task.
    if (/[?؟]/u.test(text) || !ws.some((w) => NOT[lang].has(w))) return null;
    const guess = guessIntent(text);
    if (guess.intent !== 'reopen' || guess.confidence < 0.9) return null;
    const named = ws.filter((w) => !NOT[lang].has(w) && !TICK[lang].has(w) && !FILLER[lang].has(w));
    return named.length > 0 ? named : null;
  }
  const cueWords = new Set(cue.split(' '));
  const named = ws.filter((w) => !cueWords.has(w) && !TICK[lang].has(w) && !FILLER[lang].has(w));
  return named.length > 0 ? named : null;
}

export interface DueNews {
  /** Words naming the task. */
  terms: string[];
  due_date: string | null;
  due_at: string | null;
}

/**
 * "the cake isn't needed till sunday now", "the slides now need to be ready by tomorrow 5pm": a new
 * due moment told as news. The intent model must hear a change and the line must give a moment;
 * the words left name the task.
 */
export function dueNews(text: string, lang: Lang, clock: Clock): DueNews | null {
  if (/[?؟]/u.test(text)) return null;
  const guess = guessIntent(text);
  if (guess.intent !== 'update' || guess.confidence < CONFIDENT) return null;
  const read = (said: string) =>
    lang === 'en' ? parseEnglishDetails(said, clock) : parseUrduDetails(words(said), clock);
  const details = read(text);
  // "X isn't getting fixed today, the technician said tuesday": the day denied is no new day.
  const clauses = text.split(/[,;.،۔]+/u);
  const open = clauses.filter((clause) => !deniesItsMoment(clause, lang) && !toldInThePast(clause, lang));
  const moment = open.length === clauses.length ? details : read(open.join(', '));
  if (!moment.due_date && !moment.due_at) return null;
  // "the honey delivery, make it monday": a clause's command verb names no task.
  const heads = new Set(clauses.map((clause) => words(clause)[0] ?? '').filter(isCommandWord));
  const terms = words(details.title).filter(
    (w) => !FILLER[lang].has(w) && !NOT[lang].has(w) && !heads.has(w),
  );
  return terms.length > 0 ? { terms, due_date: moment.due_date, due_at: moment.due_at } : null;
}

const DENIALS = new Set([...rules.enNot, ...rules.urNot]);
const CHANGE_WORDS = new Set(about.en.changeMarkers);
const PRESENT = new Set(en.presentWords);
const TOLD_BY = new Set(en.toldBy);

/**
 * Whether an English clause tells of the past by a verb that is no word of change ("Dr Qureshi
 * found entries missing from Monday"): its moment is gone by, never a new one ("moved to friday" is).
 */
function toldInThePast(clause: string, lang: Lang): boolean {
  if (lang !== 'en') return false;
  const said = words(clause);
  if (said.some((w) => CHANGE_WORDS.has(w) || PRESENT.has(w) || TOLD_BY.has(w))) return false;
  return said.some((w) => isPastTense(w) && !NOT_DONE_LEADS.has(w));
}
const NOT_UNTIL: Record<Lang, string[]> = { en: en.notUntil, roman: roman.notUntil, ur: ur.notUntil };

/**
 * Whether a clause denies the moment it says ("isn't getting fixed today", "aaj nahi ho ga"), not
 * "isn't needed till sunday", where the moment after "till" is the new one.
 */
export function deniesItsMoment(clause: string, lang: Lang): boolean {
  const said = words(clause);
  if (!said.some((w) => DENIALS.has(w))) return false;
  const line = ` ${said.join(' ')} `;
  return !NOT_UNTIL[lang].some((w) => line.includes(` ${w} `));
}
