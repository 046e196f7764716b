// Statements with no command word ("parson subah gym jana hai", "پرسوں شام کو بل جمع کرانا ہے",
// "weekly review every friday at 4"): the intent model decides whether the person is telling the
// assistant something to do, and the add reader (one date and repeat reader, quick add's) takes the
// title, due moment and repeat out of it. Only a confident guess with a sign of a task to do (a date,
// a time or a repeat, or "I need to ...", "... jana hai") adds; anything less adds nothing.

import en from '../lang/en.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import rules from '../lang/rules.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { words as wordsOf } from '../language.js';
import { isPastTense, type Understanding, understand } from '../understand.js';
import type { Clock } from '../when.js';
import { deniesItsMoment } from './done.js';
import { guessIntent } from './intent.js';
import type { Normalised } from './normalise.js';

const LEADS = [...en.statementLeads, ...roman.statementLeads, ...ur.statementLeads].sort(
  (a, b) => b.length - a.length,
);
const ENDINGS = [...roman.statementEndings, ...ur.statementEndings].sort((a, b) => b.length - a.length);
/** A title this long is a sentence, not a task. */
const MAX_TITLE_WORDS = 10;
const CONFIDENT = 0.6;
const EITHER = 0.9;
const QUESTION =
  /[?؟]\s*$|^(?:what|which|who|when|where|why|how|is|are|do|does|did|can|could|kya|kab|kahan|کیا|کب|کہاں|کون)\b/iu;

/** Urdu and Roman Urdu questions put their question word anywhere ("kal kab aana hai"). */
const QUESTION_WORDS = new Set([...roman.questionWords, ...ur.questionWords]);

/** Words a task's title never has: being and past doing ("My birthday is", "It rained all day"). */
const NOT_TASK = new Set(en.notTaskWords);
/** Date words left in a title mean the date was not understood: nothing is added on a misreading. */
const DATE_LEFT = new Set([
  ...en.dateWords.filter((w) => /^(?:today|tomorrow|tonight|\w+day)$/u.test(w)),
  ...roman.dayWords,
  ...roman.dayNames,
  ...ur.dayWords,
]);
const BEING = new Set([...roman.beingWords, ...ur.beingWords]);
/**
 * "grab batteries for the remote", "email the landlord": a line led by a verb of doing is a to-do
 * (the intent model is weak on short lines: "walk the dog" leaned to a reopening), unless what
 * follows points at the person, a task already there or the tasks ("ask me later", "book it for
 * friday", "check my tasks").
 */
const TODO_VERBS = new Set(en.todoVerbs);
const NOT_AFTER_VERB = new Set([...en.todoVerbNot, ...rules.itWords, ...rules.taskNouns]);
export const verbLedTodo = (body: string) => {
  const [verb, ...rest] = wordsOf(body);
  return TODO_VERBS.has(verb ?? '') && rest.length > 0 && !rest.some((w) => NOT_AFTER_VERB.has(w));
};
/** "make it", "isko": a task pointed at is an existing one, never a new title. */
const POINTING = new Set(rules.itWords);
/** An Urdu or Roman Urdu verb in its "to do" form (کرنا, لینی, jana): the thing to do. */
const INFINITIVE = /(?:نا|نی|نے|na|ni|ne|nay)$/u;

/** "groceries mein bread mat daalna": a verb denied is no to-do. */
const DENIED = new Set([...rules.enNot, ...rules.urNot]);
/** The Roman Urdu "to do" forms no English word ends in as often ("aana", "karni"; not "-ne": "phone"). */
const ROMAN_INFINITIVE = /(?:[^a]na|aana|ni|nay)$/u;
/** "1 tareekh ko school bus ki fees", "یکم کو ...": a day of the month said first names when, as a clock time does. */
const DAY_OF_MONTH_FIRST = /^(?:\d{1,2}|[۰-۹]{1,2})\s+(?:tareekh|tarikh|تاریخ)(?:\s+(?:ko|کو))?\s/iu;

function looksLikeTask(u: Add, lang: Normalised['lang'], today: string, text = ''): boolean {
  const { details } = u;
  const titleWords = wordsOf(details.title);
  if (titleWords.some((w) => NOT_TASK.has(w) || DATE_LEFT.has(w) || POINTING.has(w))) return false;
  // A past verb leads a clause ("called the dentist", "finally paid rent"); later in a title an -ed
  // word is as often a name or an adjective ("keys with Ahmed", "book the discounted tickets").
  if (lang === 'en' && titleWords.slice(0, 2).some((w) => isPastTense(w))) return false;
  // Something to do is ahead: a statement about a day gone by is news, not a task.
  const day = details.due_date ?? details.due_at?.slice(0, 10) ?? null;
  if (day !== null && day < today && !details.recurrence) return false;
  // "کل چھٹی ہے" (tomorrow is a holiday): without a verb to do or a repeat, a fact, not a task;
  // a clock time with no being verb at the end ("parson 4 baje dentist") is an appointment.
  const appointment =
    (Boolean(details.due_at) || (Boolean(details.due_date) && DAY_OF_MONTH_FIRST.test(text))) &&
    !BEING.has(titleWords.at(-1) ?? '');
  // "dukaan mein pani aa raha hai" (read as English too): a title ending in the progressive tells
  // what is going on, its verb is that one ("pani" only looks like a "to do" form). Something coming
  // on a day said ("kal mehmaan aa rahe hain") is the dated statement of stages/todo.ts.
  if (!details.recurrence && !appointment && endsInProgressive(titleWords)) return false;
  if (lang !== 'en' && !details.recurrence && !appointment && !saysToDo(details.title)) return false;
  return true;
}

/** "تھکا دینے والی", "kaam karne wala": a verb's form before these describes, it is no to-do. */
const DESCRIBING = new Set(['wala', 'wali', 'wale', 'والا', 'والی', 'والے']);

/**
 * A verb's "to do" form in a Roman Urdu or Urdu title, where a to-do has it ("bank jana", "فیس جمع
 * کرانی ہے"); never describing a noun ("تھکا دینے والی شفٹ") and never in a clause told in the
 * past ("... شفٹ تھی").
 */
function saysToDo(title: string): boolean {
  return title.split(/[,،;]/u).some((clause) => {
    const ws = wordsOf(clause);
    const last = ws.at(-1) ?? '';
    if (PAST_BEING.has(last) && !INFINITIVE.test(ws.at(-2) ?? '')) return false;
    return ws.some(
      (w, i) =>
        w.length >= 4 && INFINITIVE.test(w) && !NOT_INFINITIVE.has(w) && !DESCRIBING.has(ws[i + 1] ?? ''),
    );
  });
}

const NOT_INFINITIVE = new Set(roman.notInfinitive);
const TOLD_BY = new Set(en.toldBy);
/** Whether a line reports someone's word after naming them ("the technician said tuesday"). */
export const toldBySomeone = (body: string): boolean =>
  wordsOf(body)
    .slice(1)
    .some((w) => TOLD_BY.has(w));

const HAVE = new Set(['has', 'have', 'had', "'ve", "i've", "we've", "they've"]);
/** Whether an English title tells what someone has done ("Principal has called a staff meeting"). */
export const tellsWhatHappened = (title: string, lang: Normalised['lang']): boolean => {
  const ws = wordsOf(title);
  return lang === 'en' && ws.some((w, i) => HAVE.has(w) && isPastTense(ws[i + 1] ?? ''));
};

/** Whether a title names a thing to do by its verb ("call abbu", "ابو کو فون کرنا"), not a topic ("دوائی"). */
export const titleSaysToDo = (title: string, lang: Normalised['lang']): boolean =>
  lang === 'en' ? verbLedTodo(title.toLowerCase()) : saysToDo(title);

const PAST_BEING = new Set(['tha', 'thi', 'thay', 'the', 'تھا', 'تھی', 'تھے']);
/** "raha", "رہی": the progressive's helper ("aa raha hai", "جا رہی ہے"). */
const PROGRESSIVE = new Set([...roman.progressive, ...ur.progressive]);
/** Whether words end in the Urdu or Roman Urdu progressive ("aa raha hai", "جا رہی ہے", "ho rahi"). */
const endsInProgressive = (ws: string[]) => {
  const last = ws.at(-1) ?? '';
  return PROGRESSIVE.has(BEING.has(last) ? (ws.at(-2) ?? '') : last);
};

type Add = Extract<Understanding, { intent: 'add' }>;
/** A statement read as a new task; `unsure` when the model leaned to an edit of an existing one. */
export type Statement = Add & { unsure?: true };

const startsWith = (text: string, phrase: string) =>
  text.toLowerCase().startsWith(`${phrase} `) || text.toLowerCase() === phrase;
const endsWith = (text: string, phrase: string) => {
  const t = text.toLowerCase().replace(/[.!۔\s]+$/u, '');
  return t.endsWith(` ${phrase}`) || t === phrase;
};

/**
 * Whether a line asks for a thing to do by its form (decision 0122): a lead that says the person is
 * to do it ("I need to", "mujhe"), or a title that ends in a verb's "to do" form ("bank jana", "ابو
 * کو فون کرنا", before a being word: "... jana hai") or, in English, is led by a verb of doing ("call
 * the plumber"). A being word alone ("... hai", "... ہے") tells, it does not ask; a noun that only
 * looks like a "to do" form mid-title ("bardana baantein ge") is not the verb.
 */
export function asksToDo(text: string, title: string, lang: Normalised['lang']): boolean {
  // A lead was taken off (statementBody's `marked` also counts a being word at the end).
  if (statementBody(text).body !== text.trim()) return true;
  // "two things: buy a gift ...": a label before a colon is no part of the thing to do.
  if (lang === 'en') return verbLedTodo(title.replace(/^[^:]{1,24}:\s*/u, '').toLowerCase());
  const ws = wordsOf(title);
  const last = BEING.has(ws.at(-1) ?? '') ? ws.at(-2) : ws.at(-1);
  return last !== undefined && last.length >= 4 && INFINITIVE.test(last) && !NOT_INFINITIVE.has(last);
}

/** The statement without its lead ("I need to", "mujhe"), and whether it had a lead or an ending. */
export function statementBody(text: string): { body: string; marked: boolean } {
  let body = text.trim();
  let marked = false;
  const lead = LEADS.find((l) => startsWith(body, l));
  if (lead) {
    body = body.slice(lead.length).trim();
    marked = true;
  } else {
    // "this evening at 7 i have to drop off the keys": the lead after the moment.
    const inside = LEADS.filter((l) => l.includes(' ')).find((l) => body.toLowerCase().includes(` ${l} `));
    if (inside) {
      const at = body.toLowerCase().indexOf(` ${inside} `);
      body = `${body.slice(at + inside.length + 2)} ${body.slice(0, at)}`.trim();
      marked = true;
    }
  }
  if (ENDINGS.some((e) => endsWith(body, e))) marked = true;
  return { body, marked };
}

/** A new task the statement describes, or null when it does not clearly describe one. */
export function readStatement(
  said: Normalised,
  clock: Clock,
  /** Whether a line led by a verb of doing is a to-do without a date or a lead ("grab batteries"). */
  verbLed = true,
): Statement | null {
  const text = said.text.trim();
  if (QUESTION.test(text) || wordsOf(text).length < 2) return null;
  if (wordsOf(text).some((w) => QUESTION_WORDS.has(w))) return null;
  // A task's words are in both a new task and an edit of one ("call with the accountant"), so the
  // model often cannot tell them apart: together they must be likely, and when an edit is the
  // likelier the caller adds only if no open task shares the statement's words.
  const guess = guessIntent(text);
  const add = guess.probability.add ?? 0;
  const edit = guess.probability.update ?? 0;
  const { body, marked } = statementBody(text);
  if (body.length === 0) return null;
  // "doodh le aana", "دودھ لانا": a line ending in a verb's "to do" form is a to-do as well.
  const last = wordsOf(body).at(-1) ?? '';
  const doing =
    verbLed &&
    !wordsOf(body).some((w) => DENIED.has(w)) &&
    (verbLedTodo(body) ||
      (wordsOf(body).length >= 2 &&
        last.length >= 4 &&
        // A short Roman Urdu line is often taken for English ("doodh le aana").
        !NOT_INFINITIVE.has(last) &&
        (said.lang === 'en' ? ROMAN_INFINITIVE : INFINITIVE).test(last)));
  if (!doing && add < CONFIDENT && add + edit < EITHER) return null;
  // "Malik & Co gave me till monday for the court docs": a day someone gave is news, not a task.
  if (said.lang === 'en' && !marked && !doing && toldBySomeone(body)) return null;
  const unsure = !doing && add < CONFIDENT;
  const u = understand(`add ${body}`, clock);
  if (u.intent !== 'add' || u.orExisting) return null;
  const { details } = u;
  const dated = Boolean(
    details.due_date || details.due_at || details.recurrence || u.reminders || details.priority,
  );
  // "the printer won't be repaired today": a day denied is no task's day.
  if ((details.due_date || details.due_at) && !marked && deniesItsMoment(body, said.lang)) return null;
  const titleWords = wordsOf(details.title);
  if (titleWords.length === 0 || titleWords.length > MAX_TITLE_WORDS) return null;
  const today = new Date(clock.now.getTime() - 12 * 3600_000).toISOString().slice(0, 10);
  if (!looksLikeTask(u, said.lang, today, text)) return null;
  if (!(dated || marked || doing)) return null;
  return unsure ? { ...u, unsure: true } : u;
}
