// A to-do told as a plain statement, when the intent model is not sure of it: "the AC guy is coming
// on Saturday to service the units", "the gardener needs to be paid 2000 this Friday", "Amna has her
// PTM tomorrow at 6, please note it down", "ڈرائنگ روم کے پردے دھلوانے ہیں", "kal subah supplier
// aayega, usko receive karna hai". What makes it a to-do is language data (lang/todo.json): a
// marker of something ahead (needs to, has to, is coming, there is; an Urdu or Roman Urdu infinitive
// with ہے / hai, a future verb), an aside asking to note it, or a date or time the add reader takes.
// Questions, thanks, feelings, past news and negations are never a to-do. Every to-do found here is
// `unsure`: the caller adds it only when no open task shares a distinctive word, and otherwise asks.

import en from '../lang/en.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import rules from '../lang/rules.json' with { type: 'json' };
import data from '../lang/todo.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { type Lang, wordsMeet, words as wordsOf } from '../language.js';
import { understand } from '../understand.js';
import type { Clock } from '../when.js';
import type { Normalised } from './normalise.js';
import { type Statement, titleSaysToDo, toldBySomeone } from './statement.js';
import { JOINERS, POSTPOSITIONS } from './target.js';

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const LEAD = new RegExp(
  `^(?:${[...data.leadFillers]
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join('|')})(?:[\\s,،.!]+|$)`,
  'iu',
);
const REMIND_LEADS = data.remindLeads.map((source) => new RegExp(source, 'iu'));
/** A new title without "yaad dilana ke" at its head, and whether it had one. */
export function withoutRemindLead(title: string): { title: string; remind: boolean } {
  for (const lead of REMIND_LEADS) {
    const m = lead.exec(title);
    if (m && m[0].length < title.length) {
      const rest = title.slice(m[0].length).trim();
      return { title: rest.charAt(0).toUpperCase() + rest.slice(1), remind: true };
    }
  }
  return { title, remind: false };
}
const REMIND = data.remindTails.map((source) => new RegExp(`(?:${source})\\s*[.!۔]*\\s*$`, 'iu'));
const TAILS = data.tailAsides.map((source) => new RegExp(`(?:${source})\\s*[.!۔]*\\s*$`, 'iu'));
const REASONS = data.reasonTails.map((source) => new RegExp(`(?:${source})\\s*[.!۔]*\\s*$`, 'iu'));
const HIGH = data.priorityTails.high.map((source) => new RegExp(`(?:${source})\\s*[.!۔]*\\s*$`, 'iu'));
const TAGS = data.tagAsides.map((source) => new RegExp(`(?:${source})\\s*[.!۔]*\\s*$`, 'iu'));
/**
 * Closing tags in quick add's form ("... #exams"): typed so, or a tag clause read so before any
 * reader ("..., exams ka tag laga dena", "...، ٹیگ گاڑی": stages/tag-clause.ts). An aside giving
 * the to-do a tag, as "..., tag it exams" is; the clauses before it are read to the end again.
 */
const HASH_TAGS = /(?:\s+#[\p{L}\p{N}_-]+)+\s*[.!۔]*\s*$/u;
const NOTES = data.noteClauses.map((source) => new RegExp(`(?:${source})\\s*$`, 'iu'));
const MARKERS: Record<Lang, RegExp[]> = {
  en: data.markers.en.map((s) => new RegExp(s, 'iu')),
  // Roman Urdu is often mixed with English ("gardener ko paise dene hain, needs to be today").
  roman: [...data.markers.roman, ...data.markers.en].map((s) => new RegExp(s, 'iu')),
  ur: data.markers.ur.map((s) => new RegExp(s, 'u')),
};
/** Markers that tell of an event ahead ("meeting hogi", "there is a parade"), not of a thing to do. */
const EVENT_MARKERS: Record<Lang, RegExp[]> = {
  en: data.eventMarkers.en.map((s) => new RegExp(s, 'iu')),
  roman: [...data.eventMarkers.roman, ...data.eventMarkers.en].map((s) => new RegExp(s, 'iu')),
  ur: data.eventMarkers.ur.map((s) => new RegExp(s, 'u')),
};
/**
 * Whether a line says something is for the person to do ("needs to be paid", "karna hai", "..., note
 * it down"), as against telling of an event ahead ("meeting hogi", "there is a parade on friday").
 */
function tellsToDo(text: string, lang: Lang): boolean {
  return todoBody(text).asked || MARKERS[lang].some((p) => p.test(text));
}
/**
 * Whether a line tells of an event by its verb, someone else's doing or what is going on ("Faisal ki
 * gari aayegi", "the plumber is coming", "there will be a parade"), and not of a thing to do.
 */
export function tellsOfEvent(text: string, lang: Lang): boolean {
  if (tellsToDo(text, lang)) return false;
  return EVENT_MARKERS[lang].some((p) => p.test(text)) || DATED_MARKERS[lang].some((p) => p.test(text));
}
/** Markers that say something is ahead only with a date ("mehmaan aa rahe hain" kal shaam). */
const DATED_MARKERS: Record<Lang, RegExp[]> = {
  en: data.datedMarkers.en.map((s) => new RegExp(s, 'iu')),
  roman: [...data.datedMarkers.roman, ...data.datedMarkers.en].map((s) => new RegExp(s, 'iu')),
  ur: data.datedMarkers.ur.map((s) => new RegExp(s, 'u')),
};
const NOT_TODO: Record<Lang, RegExp[]> = {
  en: data.notTodo.en.map((s) => new RegExp(s, 'iu')),
  roman: [...data.notTodo.roman, ...data.notTodo.en].map((s) => new RegExp(s, 'iu')),
  ur: data.notTodo.ur.map((s) => new RegExp(s, 'u')),
};
const QUESTION_START =
  /^(?:(?:what|which|who|when|where|why|how)(?:'?s|'?re|'?ll|'?d)?|is|are|do|does|did|can|could|would|will|should|shall|kya|kab|kahan|kaun|kitna|kitne|کیا|کب|کہاں|کون|کتنا|کتنے)\b/iu;
const QUESTION_WORDS = new Set([...roman.questionWords, ...ur.questionWords]);
const POINTING = new Set(rules.itWords);
const DATE_LEFT = new Set([
  ...en.dateWords.filter((w) => /^(?:today|tomorrow|tonight|\w+day)$/u.test(w)),
  ...roman.dayWords,
  ...roman.dayNames,
  ...ur.dayWords,
]);
/**
 * A to-do read from a plain statement: asked about when an open task is near it (todoNear).
 * `onlyWhen`: nothing but its moment makes it one (a date in English, someone coming on a day), no
 * marker of a thing to do and no verb to do leading its English title: as often news as a to-do,
 * so it is proposed, never added outright (decision 0122).
 */
export type Todo = Statement & { todo: true; marked: boolean; onlyWhen: boolean };
/** A title this long is a paragraph, not a task. */
const MAX_TITLE_WORDS = 14;

/** The statement without fillers before it and asides after it, and whether an aside asked to note it. */
export interface TodoBody {
  body: string;
  /** An aside asked to note it, or gave it a note or a priority: the person is telling a to-do. */
  asked: boolean;
  /** "..., it's urgent", "..., important hai", "براہ کرم اسے بہت ضروری رکھیں". */
  priority: 'high' | null;
  /** "..., note: ...", "..., the receipt number is 4471", "note mein likh lo ke ...". */
  note: string | null;
  /** "..., tag it car and errands", "..., printing ka tag laga do", "اس پر اسکول کا ٹیگ لگا دیں". */
  tags: string[];
  /** "..., dont let me forget", "..., yaad dila dena": a reminder when it is due. */
  remind: boolean;
}

export function todoBody(text: string): TodoBody {
  let body = text.trim();
  let asked = false;
  let priority: 'high' | null = null;
  let note: string | null = null;
  let tags: string[] = [];
  let remind = false;
  for (const clause of NOTES) {
    const m = clause.exec(body);
    if (m?.groups?.note && m.index > 0) {
      note = m.groups.note.trim();
      body = body.slice(0, m.index).trim();
      asked = true;
      break;
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    // "#3" is a task's number, never a tag.
    const hashed = HASH_TAGS.exec(body);
    if (hashed && hashed.index > 0 && tags.length === 0 && !/#\d+\b/u.test(hashed[0])) {
      tags = [...hashed[0].matchAll(/#([\p{L}\p{N}_-]+)/gu)].map((m) => m[1]!);
      body = body.slice(0, hashed.index).trim();
      asked = true;
      changed = true;
    }
    for (const tag of TAGS) {
      const m = tag.exec(body);
      if (m?.groups?.tags && m.index > 0 && tags.length === 0) {
        tags = m.groups.tags
          .split(/\s*(?:,|،|\band\b|\baur\b|\sاور\s|&)\s*/u)
          .map((t) => t.trim())
          .filter((t) => t.length > 0);
        body = body.slice(0, m.index).trim();
        asked = true;
        changed = true;
      }
    }
    for (const high of HIGH) {
      const m = high.exec(body);
      if (m && m.index > 0) {
        body = body.slice(0, m.index).trim();
        priority = 'high';
        asked = true;
        changed = true;
      }
    }
    const lead = LEAD.exec(body);
    if (lead && lead[0].length > 0 && lead[0].length < body.length) {
      body = body.slice(lead[0].length).trim();
      changed = true;
    }
    for (const reason of REASONS) {
      const m = reason.exec(body);
      if (m && m.index > 0) {
        body = body.slice(0, m.index).trim();
        changed = true;
      }
    }
    for (const tail of REMIND) {
      const m = tail.exec(body);
      if (m && m.index > 0) {
        body = body.slice(0, m.index).trim();
        asked = remind = changed = true;
      }
    }
    for (const tail of TAILS) {
      const m = tail.exec(body);
      if (m && m.index > 0) {
        body = body.slice(0, m.index).trim();
        asked = true;
        changed = true;
      }
    }
  }
  return { body: body.replace(/[\s,،]+$/u, ''), asked, priority, note, tags, remind };
}

/** A new task the statement describes (always `unsure`), or null when it is not plainly a to-do. */
const DONE_OPENING = new Set(en.doneWords.filter((w) => !w.includes(' ')));
const NEWS_LEAD = new Set(['i', 'we', 'just', 'finally', 'already', 'have', "i've", "we've", 'ive', 'weve']);

export function readTodo(said: Normalised, clock: Clock): Todo | null {
  const text = said.text.trim();
  const lang = said.lang;
  if (/[?؟]\s*$/u.test(text) || QUESTION_START.test(text)) return null;
  if (wordsOf(text).length < 3) return null;
  const { body, asked, priority, note, tags } = todoBody(text);
  const ws = wordsOf(body);
  if (ws.length < 2 || ws.some((w) => QUESTION_WORDS.has(w))) return null;
  if (NOT_TODO[lang].some((p) => p.test(body))) return null;
  // "booked the plumber for next week": news of something done (en.json doneWords), not a to-do.
  if (lang === 'en' && DONE_OPENING.has(ws.find((w) => !NEWS_LEAD.has(w)) ?? '')) return null;
  const toDo = asked || MARKERS[lang].some((p) => p.test(body));
  const event = EVENT_MARKERS[lang].some((p) => p.test(body));
  const marked = toDo || event;
  const u = understand(`add ${body}`, clock);
  if (u.intent !== 'add' || u.orExisting) return null;
  // "the internet bill is due on the 20th": the being verb left at the end is no part of the title.
  // "there is the team standup": the standup is the task.
  const tidy = u.details.title
    .replace(/\s+(?:is|are)$/iu, '')
    .replace(/^there(?:'s|\s+is|\s+are|\s+will\s+be)\s+(?:(?:a|an|the)\s+)?/iu, '')
    .replace(/^(?:i've|ive|we've|weve|i|we)\s+(?:have\s+|'ve\s+)?(?:got\s+)?(?:a|an)\s+/iu, '');
  const details = { ...u.details, title: tidy.charAt(0).toUpperCase() + tidy.slice(1) };
  const titleWords = wordsOf(details.title);
  if (titleWords.length < 2 || titleWords.length > MAX_TITLE_WORDS) return null;
  // "put it back": a task pointed at is an existing one, never a new title; in Urdu and Roman Urdu
  // "usko" may point at a person just named ("plumber aayega, usko paise dene hain") when a marker
  // says something is to be done (a line ending in a command is never read here: notTodo).
  if (titleWords.some((w) => POINTING.has(w)) && (lang === 'en' || !marked)) return null;
  // A date word left in the title means its date was not understood: nothing is added on a misreading.
  if (titleWords.some((w) => DATE_LEFT.has(w))) return null;
  const dated = Boolean(details.due_date || details.due_at || details.recurrence || u.reminders);
  // A date alone makes an English statement a to-do ("dentist friday at 4"); in Urdu and Roman Urdu
  // a line with a date and no verb to do is as often a fact ("آج بہت گرمی ہے").
  const comingWhen = dated && DATED_MARKERS[lang].some((p) => p.test(body));
  if (!(marked || comingWhen || (dated && lang === 'en'))) return null;
  // "the technician said tuesday", "Malik & Co gave me till monday": a day someone gave is news.
  if (!marked && !comingWhen && toldBySomeone(body)) return null;
  // Something to do is ahead: a day gone by is news, not a to-do.
  const today = new Date(clock.now.getTime() - 12 * 3600_000).toISOString().slice(0, 10);
  const day = details.due_date ?? details.due_at?.slice(0, 10) ?? null;
  if (day !== null && day < today && !details.recurrence) return null;
  return {
    ...withAsides({ ...u, details }, { priority, note, tags }),
    unsure: true,
    todo: true,
    marked: marked || comingWhen,
    // "call the plumber on friday": an English title led by a verb to do is a to-do; in Urdu and
    // Roman Urdu a verb's "to do" form before "aa rahe" tells what they come for ("plot dekhne aa rahi").
    // An event at a clock time or repeating ("there is a client call at noon") is an appointment to
    // keep; on a day only ("jumme ko Faisal ki gari aayegi") it is as often news (decision 0122).
    onlyWhen:
      !toDo &&
      !(event && Boolean(details.due_at || details.recurrence)) &&
      !(lang === 'en' && titleSaysToDo(details.title, lang)),
  };
}

/** A new task with the priority and note its asides gave, when it has none of its own. */
export function withAsides<T extends Statement>(
  u: T,
  asides: Pick<TodoBody, 'priority' | 'note' | 'tags'> & { remind?: boolean },
): T {
  const due = Boolean(u.details.due_at || u.details.due_date);
  return {
    ...u,
    ...(asides.remind && due && !u.reminders ? { reminders: [{ minutes_before: 0 }] } : {}),
    details: {
      ...u.details,
      priority: u.details.priority ?? asides.priority,
      tags: [...new Set([...u.details.tags, ...asides.tags])],
    },
    ...(asides.note && !u.description ? { description: asides.note } : {}),
  };
}

/**
 * The open tasks a to-do may really be about: those with at least half the meaningful words of
 * their title in it, and two of them when the title has two or more ("the electricity bill needs
 * paying by the 20th" and "Pay electricity bill"). One shared name ("Amna has her PTM" and
 * "Dentist appointment for Amna") is another thing to do, not that task.
 */
export function todoNear<T extends { title: string }>(tasks: T[], said: string): T[] {
  const terms = wordsOf(said);
  return tasks.filter((task) => {
    const titleWords = wordsOf(task.title).filter(
      (w) => w.length > 2 && !JOINERS.has(w) && !POSTPOSITIONS.has(w),
    );
    if (titleWords.length === 0) return false;
    const shared = titleWords.filter((w) => terms.some((t) => wordsMeet(t, w))).length;
    return shared * 2 >= titleWords.length && shared >= Math.min(2, titleWords.length);
  });
}

const POINTERS = data.taskPointers.map((source) => new RegExp(source, 'iu'));
const CHANGE_WORDS = data.changeWords.map((source) => new RegExp(source, 'iu'));

/** A field of a task named after the asides are gone ("should be low priority"): a change, not a to-do. */
export function namesAField(text: string): boolean {
  return CHANGE_WORDS.some((p) => p.test(text));
}

/**
 * Words that point at a task already there ("X wala kaam", "woh kaam", "usko", "X ki description
 * mein", "وہ کام دوبارہ باقی کاموں میں"): a line with them is about an existing task, so an add the
 * rules read from it is asked about when a task shares its words, never made at once.
 */
export function pointsAtTask(text: string): boolean {
  return POINTERS.some((p) => p.test(text));
}

const THANKS = data.thanks.map((source) => new RegExp(source, 'iu'));

/** Thanks with a word of praise after it ("shukriya bhai, bohat madad ho gayi"): small talk, no change. */
export function isThanks(text: string): boolean {
  return THANKS.some((p) => p.test(text.trim()));
}
