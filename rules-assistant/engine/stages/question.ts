// Questions about one task ("when's the gas bill due", "did i finish the quarterly report?", "have
// i called the dentist yet?", "گیس کا بل کب تک جمع کرانا ہے؟", "is the rent urgent?", "X kis din
// ka hai?"): the patterns are data
// (lang/*.json, "questionPatterns"), the answer is read, never a change.

import { dayIn } from '#shared/time/zone.js';
import en from '../lang/en.json' with { type: 'json' };
import finished from '../lang/finished.json' with { type: 'json' };
import listing from '../lang/listing.json' with { type: 'json' };
import questions from '../lang/questions.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { detectLanguage, type Lang, words } from '../language.js';
import { type ListFilters, readFilters } from '../understand.js';
import { VERBS } from '../vocabulary.js';
import { type Clock, parseEnglishDetails, parseUrduDetails } from '../when.js';
import { guessIntent } from './intent.js';

export interface TaskQuestion {
  /** status: whether it is done or open, asked in words that say neither ("is X still open?"). */
  ask: 'due' | 'done' | 'priority' | 'status';
  /** The words naming the task. */
  task: string[];
  /** Every one of the words must be in the title (the question was read from the words left over). */
  whole?: true;
}

const compile = (list: { ask: string; pattern: string }[]) =>
  list.map((p) => ({ ask: p.ask as TaskQuestion['ask'], pattern: new RegExp(p.pattern, 'iu') }));

const PATTERNS: Record<Lang, ReturnType<typeof compile>> = {
  en: compile(en.questionPatterns),
  roman: compile([...roman.questionPatterns, ...en.questionPatterns]),
  ur: compile(ur.questionPatterns),
};
const NAMING_NOISE = new Set([
  'wala',
  'wali',
  'wale',
  'والا',
  'والی',
  'والے',
  'task',
  'kaam',
  'کام',
  'تک',
  'tak',
]);

export function readQuestion(text: string): TaskQuestion | null {
  const line = text.trim();
  for (const { ask, pattern } of PATTERNS[detectLanguage(line)]) {
    const task = pattern.exec(line)?.groups?.task;
    if (!task) continue;
    const named = words(task).filter((w) => !NAMING_NOISE.has(w));
    if (named.length === 0 || named.length > 8) continue;
    return { ask, task: named };
  }
  return null;
}

const STATUS_OPENING = new Set(questions.opening);
const STATUS_ANYWHERE = new Set(questions.anywhere);
const STATUS_NOISE = new Set(questions.noise);
const ASKS_PRIORITY = new Set(questions.priority);
const ASKS_DUE = new Set(questions.due);

/**
 * A question about one task in words no pattern has ("is the sump pump fix still open?", "Malik
 * sahab se advance le liya tha na?", "کیا بچوں کے کپڑے پیک ہو گئے تھے؟"): a question mark, an opening
 * question word or "kya"/"کیا", and words left beside the closed class of a question's own
 * (lang/questions.json) to name a task. Its priority or date when a word asks for it, else its state.
 */
export function readTaskStatusQuestion(text: string): TaskQuestion | null {
  const ws = words(text);
  if (ws.length === 0 || ws.length > 14) return null;
  const asked =
    /[?؟]\s*$/u.test(text) || STATUS_OPENING.has(ws[0]!) || ws.some((w) => STATUS_ANYWHERE.has(w));
  if (!asked) return null;
  const task = ws.filter((w) => !STATUS_NOISE.has(w) && !NAMING_NOISE.has(w));
  if (task.length === 0 || task.length > 8) return null;
  const ask = ws.some((w) => ASKS_PRIORITY.has(w))
    ? 'priority'
    : ws.some((w) => ASKS_DUE.has(w))
      ? 'due'
      : 'status';
  return { ask, task, whole: true };
}

/** Words that make a line a question, per language (lang/*.json): English ones lead, Urdu ones go anywhere. */
const LEADING_QUESTION = new Set(en.listQuestionWords);
const TOPIC_QUESTION = new RegExp(en.topicQuestion[0]!, en.topicQuestion[1]);
const TOPIC_GENERAL = new Set(en.topicGeneral);
const ANYWHERE_QUESTION = new Set([...roman.questionWords, ...ur.questionWords]);

/**
 * A question about what is due in a stretch of time ("what do I have tomorrow", "kal ka kya scene
 * hai?", "koi kaam overdue hai kya", "کوئی کام رہ تو نہیں گیا جس کی تاریخ گزر چکی ہو؟"): the intent
 * model must take it for a question and the filter reader must find a time in it (today, tomorrow,
 * this week, overdue). Only ever a read.
 */
export function readListQuestion(text: string, clock?: Clock): ListFilters | null {
  const ws = words(text);
  if (ws.length === 0) return null;
  // "what bills do i have", "which client calls do I have coming up?": the open tasks of a topic.
  const topical = TOPIC_QUESTION.exec(text.trim())?.groups?.topic?.toLowerCase();
  if (topical) {
    const topic = words(topical)
      .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
      .join(' ');
    return TOPIC_GENERAL.has(topic) || TOPIC_GENERAL.has(topical)
      ? { status: 'pending' }
      : { status: 'pending', topic, askedTopic: true };
  }
  const asked =
    /[?؟]\s*$/u.test(text) || LEADING_QUESTION.has(ws[0]!) || ws.some((w) => ANYWHERE_QUESTION.has(w));
  if (!asked) return null;
  const guess = guessIntent(text);
  const sure = (guess.probability.query ?? 0) + (guess.probability.list ?? 0) >= 0.9;
  const filters = readFilters(ws, text);
  if (!filters.due && filters.dayOffset === undefined) {
    // "anything on tuesday?", "mangal ko kya hai mera?", "پیر کو میرے ذمے کیا کیا ہے؟": a day read by
    // the date reader quick add shares (a weekday, a date, "next friday"); asked in so many words
    // when nothing but the day and a question's words are said.
    const named = clock ? dayAsked(text, ws, clock) : null;
    if (!named || !(sure || named.bare)) return null;
    filters.day = named.day;
  } else if (!sure) return null;
  // The words left are the question's own ("scene", "mujhe"), not a topic to look for.
  delete filters.topic;
  delete filters.query;
  if (!filters.status && filters.due !== 'overdue') filters.status = 'pending';
  return filters;
}

const DAY_QUESTION: Record<Lang, Set<string>> = {
  en: new Set(listing.dayQuestion.en),
  roman: new Set([...listing.dayQuestion.roman, ...listing.dayQuestion.en]),
  ur: new Set(listing.dayQuestion.ur),
};

/**
 * The one day a question names, in the person's zone, by the shared date reader, and whether the
 * line says nothing else but a question's words (lang/listing.json dayQuestion); null when no day.
 */
function dayAsked(text: string, ws: string[], clock: Clock): { day: string; bare: boolean } | null {
  const lang = detectLanguage(text);
  const read = lang === 'en' ? parseEnglishDetails(text, clock) : parseUrduDetails(ws, clock);
  const day = read.due_date ?? (read.due_at ? dayIn(new Date(read.due_at), clock.timeZone) : null);
  if (!day) return null;
  return { day, bare: words(read.title).every((w) => DAY_QUESTION[lang].has(w)) };
}

const BEHIND: Record<Lang, string[]> = {
  en: listing.behind.en,
  roman: [...listing.behind.roman, ...listing.behind.en],
  ur: listing.behind.ur,
};
const HOW_MANY = /\bhow\s+many\b|\bkitne\b|\bkitnay\b|کتنے/iu;

/**
 * "anything I'm behind on?", "how many things am i late on", "kuch late to nahi ho gaya?", "کون سا
 * کام رہ گیا ہے جو وقت پر نہیں ہوا؟": a question whose words ask what is overdue without saying
 * "overdue". Only ever a read; `count` when it asks how many.
 */
export function readBehindQuestion(text: string): { filters: ListFilters; count: boolean } | null {
  const ws = words(text);
  if (ws.length === 0 || ws.length > 16) return null;
  const asked =
    /[?؟]/u.test(text) ||
    HOW_MANY.test(text) ||
    LEADING_QUESTION.has(ws[0]!) ||
    ws.some((w) => ANYWHERE_QUESTION.has(w));
  if (!asked) return null;
  const line = ` ${ws.join(' ')} `;
  if (!BEHIND[detectLanguage(text)].some((phrase) => line.includes(` ${phrase} `))) return null;
  return { filters: { due: 'overdue', status: 'pending' }, count: HOW_MANY.test(text) };
}

const FINISHED_AROUND = new Set(finished.around);
const FINISHED_DONE = new Set(finished.done);
const QUESTION_WORDS = new Set([...roman.questionWords, ...ur.questionWords]);

/**
 * "aaj maine kya kya khatam kiya?", "اس ہفتے میں نے کیا مکمل کیا؟": a question about the work
 * finished in a stretch of time, in Urdu or Roman Urdu (English lines read so as lists already): a
 * question word, a completion word, a time, and nothing else but the closed class around them
 * (lang/finished.json). The filters of the finished tasks then, or null.
 */
export function readFinishedQuestion(text: string): ListFilters | null {
  if (detectLanguage(text) === 'en') return null;
  const ws = words(text);
  // A command word of completion, or the list filter's word for finished tasks ("مکمل").
  const completes = (w: string) =>
    VERBS.get(w) === 'complete' || FINISHED_DONE.has(w) || readFilters([w], w).status === 'completed';
  if (!ws.some((w) => QUESTION_WORDS.has(w)) || !ws.some(completes)) return null;
  const timed = (w: string) => {
    const f = readFilters([w], w);
    return f.due !== undefined || f.dayOffset !== undefined;
  };
  const other = ws.filter(
    (w) => !QUESTION_WORDS.has(w) && !completes(w) && !FINISHED_AROUND.has(w) && !timed(w),
  );
  if (other.length > 0) return null;
  const { due, dayOffset } = readFilters(ws, text);
  if (due === undefined && dayOffset === undefined) return null;
  // Work finished is in the past: "kal" and "کل" are yesterday here.
  return {
    status: 'completed',
    ...(due ? { due } : {}),
    ...(dayOffset !== undefined ? { dayOffset: -Math.abs(dayOffset) } : {}),
  };
}
