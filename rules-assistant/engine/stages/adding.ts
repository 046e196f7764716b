// Adding a task: the title, description, dates, repeat, priority and tags of a new task from a
// line already known to ask for one. English drops how the add is led ("remind me to", "I need
// to", "add a task called", "jot down"), reads a quoted title as typed, an afterthought ("..., it's
// urgent", "- make it high priority", "..., tag it home"), a level before "task", a misspelt "to my
// lsit", a description after "with the note", and drops a last clause that only gives a reason
// ("buy a new charger, the cable is fraying"); "add a new task: X" and "naya kaam add karo: X" put
// the task after a colon. Urdu and Roman Urdu drop the command words at either end and read a
// priority or day said after a comma. The dates themselves are read by when.ts (the reader quick
// add shares). Its words and patterns are data (lang/adding.json, and lang/rules.json).
import type { Priority } from '#shared/quickadd/quickadd.js';
import data from '../lang/adding.json' with { type: 'json' };
import lists from '../lang/rules.json' with { type: 'json' };
import { editDistance, type Lang, words } from '../language.js';
import type { Change, Understanding } from '../meaning.js';
import { ASKS_TO_BE_REMINDED, momentLast } from '../reminders.js';
import {
  compiled,
  pattern,
  SPELLINGS,
  TASK_WORDS,
  URDU_ADD_WORDS,
  URDU_AFTER_FILLER,
  VERBS,
} from '../vocabulary.js';
import { type Clock, parseEnglishDetails, parseUrduDetails } from '../when.js';
import { dueChange, priorityWord, tagList, tidyTitle, unquote } from './values.js';

const ADD_PREFIX = new RegExp(
  `^(?:${data.en.prefixPolite}[,!]?\\s+)*(?:${data.en.prefixAsking})?(?:${data.en.prefixes.join('|')})`,
  'iu',
);
const NOT_LIST_TYPOS = new Set(data.en.notListTypos);
const REASON_OPENS = compiled(data.en.reasonOpens);
const REASON_VERB = compiled(data.en.reasonVerb);
const NOT_A_REASON = compiled(data.en.notAReason);
const DATE_LEFTOVER = compiled(data.en.dateLeftover);
const AFTERTHOUGHT_JOINERS = compiled(data.en.afterthoughtJoiners);
const DUE_LEAD = compiled(data.en.dueLead);
const URDU_THAT = new Set(data.urdu.that);
const URDU_REMEMBER = new Set(data.urdu.remember);
const URDU_COPULAS = new Set(data.urdu.copulas);
const NEW_WORDS = new Set(data.urdu.new);
const ADD_SUFFIX = pattern('addSuffix');
const DESCRIPTION = pattern('description');

/** A quoted span is the title as typed: "add 'Read chapter 4' to my list". */
const QUOTED = pattern('quoted');

/** "..., tag it work", "and tag it home and errands": tags for the task being added, never a tag "it". */
const TAG_IT = pattern('tagIt');
/** "add a low priority task to ...": the level sits where the prefix expects only "a task". */
const LEVEL_BEFORE_TASK = pattern('levelBeforeTask');
/** "to my lsit", "on my lst": the list, misspelt. */
const LIST_TYPO = pattern('listTypo');

/** "lsit", "lisst", "lits": one slip from "list" (or its letters swapped), but not another word. */
function isListTypo(w: string): boolean {
  if (NOT_LIST_TYPOS.has(w)) return false;
  const sorted = (x: string) => [...x].sort().join('');
  return sorted(w) === sorted(data.en.listWord) || data.en.listWords.some((v) => editDistance(w, v, 1) <= 1);
}

/** "..., it's urgent", "- make it high priority", "and it's due friday": said about the task being added. */
const AFTERTHOUGHT = pattern('afterthought');
const AFTER_LEVEL = pattern('afterLevel');

/** The priority and due moment an afterthought gives, or null when any part of it is something else. */
function afterthoughtDetails(said: string, clock: Clock): { priority?: Priority; due?: Change } | null {
  const out: { priority?: Priority; due?: Change } = {};
  for (const part of said.split(AFTERTHOUGHT_JOINERS).filter((p) => p.length > 0)) {
    const level = AFTER_LEVEL.exec(part);
    const due = level ? null : dueChange(part.replace(DUE_LEAD, ''), clock);
    if (level) out.priority = priorityWord(level[1]!);
    else if (due) out.due = due;
    else return null;
  }
  return out.priority || out.due ? out : null;
}

/** "X شامل کرو، یہ ضروری ہے": the add on the left, its priority or day after the comma. */
function readUrduAdd(text: string, lang: Lang, clock: Clock): Understanding {
  const cut = text.lastIndexOf(',');
  if (cut > 0) {
    const said = words(text.slice(cut + 1)).filter((w) => !URDU_AFTER_FILLER.has(w));
    const later = said.length > 0 ? parseUrduDetails(said, clock, true) : null;
    if (
      later &&
      later.title === '' &&
      (later.priority || later.due_date || later.due_at || later.recurrence)
    ) {
      const understood = readAddBody(text.slice(0, cut), lang, clock);
      if (understood.intent === 'add') {
        const d = understood.details;
        if (later.priority) d.priority = later.priority;
        if (later.due_date || later.due_at) {
          d.due_date = later.due_date;
          d.due_at = later.due_at;
        }
        if (later.recurrence) d.recurrence = later.recurrence;
      }
      return understood;
    }
  }
  return readAddBody(text, lang, clock);
}

/** A new task; "remind me to X at 5pm" also gets a reminder when it is due. */
export function readAdd(text: string, lang: Lang, clock: Clock): Understanding {
  const u = readAddLine(lang === 'en' ? momentLast(text, clock) : text, lang, clock);
  if (
    u.intent === 'add' &&
    !u.reminders &&
    (u.details.due_date || u.details.due_at) &&
    ASKS_TO_BE_REMINDED.test(text)
  )
    u.reminders = [{ minutes_before: 0 }];
  return u;
}

function readAddLine(text: string, lang: Lang, clock: Clock): Understanding {
  if (lang !== 'en') return readUrduAdd(text, lang, clock);
  let source = text;
  let extraTags: string[] = [];
  let level: Priority | null = null;
  let later: { priority?: Priority; due?: Change } | null = null;
  const tagIt = TAG_IT.exec(source);
  if (tagIt) {
    extraTags = tagList(tagIt[1]!);
    source = source.slice(0, tagIt.index) + source.slice(tagIt.index + tagIt[0].length);
  }
  const after = AFTERTHOUGHT.exec(source);
  later = after ? afterthoughtDetails(after[1]!, clock) : null;
  if (after && later) source = source.slice(0, after.index);
  else source = withoutReasonClause(source, clock);
  const ranked = LEVEL_BEFORE_TASK.exec(source);
  if (ranked) {
    level = priorityWord(ranked[2]!);
    source = `${ranked[1]}a ${ranked[3]}${source.slice(ranked[0].length)}`;
  }
  const typo = LIST_TYPO.exec(source);
  if (typo && isListTypo(typo[1]!.toLowerCase())) source = source.slice(0, typo.index);
  const understood = readAddBody(source, lang, clock);
  if (understood.intent === 'add') {
    const d = understood.details;
    if (extraTags.length > 0) d.tags = [...d.tags, ...extraTags.filter((t) => !d.tags.includes(t))];
    if (level && d.priority === null) d.priority = level;
    if (later?.priority) d.priority = later.priority;
    if (later?.due) {
      d.due_date = later.due.due_date ?? null;
      d.due_at = later.due.due_at ?? null;
    }
  }
  return understood;
}

/**
 * "buy a new charger, the cable is fraying", "order a kettle, ours leaks": a last clause after a
 * comma that is a sentence of its own (a subject, then a verb such as is / has / keeps) gives a
 * reason; it is no part of the title. A clause with a date, a priority or a tag stays for the
 * detail readers, and so does a list ("rice, lentils and oil").
 */
function withoutReasonClause(source: string, clock: Clock): string {
  const m = /^(.*\S)\s*[,;]\s+([^,;"']+?)[.!]*$/u.exec(source);
  if (!m || words(m[1]!).length < 2) return source;
  const clause = m[2]!.toLowerCase();
  if (!REASON_OPENS.test(clause) || !REASON_VERB.test(clause)) return source;
  if (NOT_A_REASON.test(clause)) return source;
  const read = parseEnglishDetails(m[2]!, clock, true);
  if (read.due_date || read.due_at || read.priority || read.tags.length > 0 || read.recurrence) return source;
  return m[1]!;
}

/** Words a command before a colon is made of: "add a new task:", "naya kaam add karo:", "یہ کام شامل کرو:". */
const ADD_HEAD_WORDS = new Set(lists.addHeadWords);
const TASK_NOUNS: string[] = lists.taskNouns;

function isAddHeadWord(w: string): boolean {
  return (
    VERBS.get(SPELLINGS.get(w) ?? w) === 'add' ||
    ADD_HEAD_WORDS.has(w) ||
    URDU_ADD_WORDS.has(w) ||
    TASK_WORDS.has(w) ||
    (w.length >= 4 && TASK_NOUNS.some((n) => editDistance(w, n, 1) <= 1))
  );
}
/** "one task: X", "ek kaam: X", "ایک کام: X": a line led by a head that only names one new task. */
export function ledByATask(text: string): boolean {
  const m = /^([^:"']{1,40}?)\s*:\s*\S/u.exec(text);
  return m !== null && namesATask(words(m[1]!));
}

/** "one task:", "ek kaam:", "ایک نیا کام:": a head that only names one new task. */
function namesATask(head: string[]): boolean {
  return (
    head.length <= 4 &&
    head.some((w) => TASK_NOUN_WORDS.has(w)) &&
    head.every((w) => TASK_NOUN_WORDS.has(w) || NEW_WORDS.has(w) || ONE_WORDS.has(w))
  );
}
const TASK_NOUN_WORDS = new Set(data.urdu.taskNouns);
const ONE_WORDS = new Set(data.urdu.one);

/** Words a priority or day before the colon leaves: "زیادہ ترجیح کے ساتھ", "kal ke liye", "with high priority". */
const HEAD_LEFTOVER = new Set(lists.headLeftover);

/**
 * "ad a taks: X", "naya kaam add karo: X", "اعلیٰ ترجیح کے ساتھ یہ کام شامل کرو: X": the command
 * (typos and all) before a colon, and the task after it. Words of the command that are not command
 * words must be details (a priority, a day); then they are the new task's.
 */
function addAfterColon(text: string, lang: Lang, clock: Clock): Understanding | null {
  const m = /^([^:"']{1,80}?)\s*:\s*(\S.*)$/u.exec(text);
  if (!m) return null;
  const head = words(m[1]!);
  if (
    !head.some((w) => VERBS.get(SPELLINGS.get(w) ?? w) === 'add' || URDU_ADD_WORDS.has(w)) &&
    !namesATask(head)
  )
    return null;
  const rest = head.filter((w) => !isAddHeadWord(w));
  const said =
    rest.length === 0
      ? null
      : lang === 'en'
        ? parseEnglishDetails(rest.join(' '), clock, true)
        : parseUrduDetails(rest, clock, true);
  if (
    said?.title
      .toLowerCase()
      .split(/\s+/u)
      .some((w) => w.length > 0 && !URDU_AFTER_FILLER.has(w) && !HEAD_LEFTOVER.has(w))
  )
    return null;
  const u = readAddBody(m[2]!, lang, clock);
  if (u.intent !== 'add' || !said) return u;
  const d = u.details;
  if (d.priority === null) d.priority = said.priority;
  d.tags = [...d.tags, ...said.tags.filter((t) => !d.tags.includes(t))];
  if (!d.due_date && !d.due_at) {
    d.due_date = said.due_date;
    d.due_at = said.due_at;
  }
  if (said.recurrence && !d.recurrence) d.recurrence = said.recurrence;
  return u;
}

/** "شامل کریں: X", "add: X", "ek kaam: X": whether the line is an add command before a colon with its task after. */
export function addsAfterAHead(text: string, lang: Lang, clock: Clock): boolean {
  const head = /^([^:"']{1,80}?)\s*:/u.exec(text.trim())?.[1];
  if (!head || !words(head).some((w) => PLAIN_HEAD.has(w) || TASK_NOUN_WORDS.has(w))) return false;
  return addAfterColon(text.trim(), lang, clock)?.intent === 'add';
}
const PLAIN_HEAD = new Set(data.plainHead);

function readAddBody(text: string, lang: Lang, clock: Clock): Understanding {
  const led = addAfterColon(text, lang, clock);
  if (led) return led;
  if (lang === 'en') {
    let body = text.replace(ADD_PREFIX, '').replace(ADD_SUFFIX, '').trim();
    let description: string | null = null;
    const split = DESCRIPTION.exec(body);
    if (split) {
      description = unquote(body.slice(split.index + split[0].length)) || null;
      body = body.slice(0, split.index).replace(ADD_SUFFIX, '');
    }
    const quoted = QUOTED.exec(body);
    if (quoted) {
      const rest = `${body.slice(0, quoted.index)} ${body.slice(quoted.index + quoted[0].length)}`.trim();
      const details = parseEnglishDetails(rest.length > 0 ? rest : 'x', clock, true);
      details.title = tidyTitle(quoted[3]!);
      return { intent: 'add', details, description };
    }
    const details = parseEnglishDetails(body.replace(/^["']|["'.!]+$/gu, ''), clock, true);
    // "tomorrow I need to X": the moment read first leaves the lead at the title's start.
    const led = details.due_date || details.due_at ? details.title.replace(ADD_PREFIX, '') : details.title;
    details.title = tidyTitle(led.trim().length > 0 ? led : details.title);
    // "renew gym membership for next monday": the date went, its preposition must go too.
    if (details.due_date || details.due_at) details.title = details.title.replace(DATE_LEFTOVER, '');
    return { intent: 'add', details, description };
  }
  const quoted = QUOTED.exec(text);
  if (quoted) {
    const rest = `${text.slice(0, quoted.index)} ${text.slice(quoted.index + quoted[0].length)}`;
    const details = parseUrduDetails(
      rest.split(' ').filter((t) => t.length > 0),
      clock,
      true,
    );
    details.title = tidyTitle(quoted[3]!);
    return { intent: 'add', details, description: null };
  }
  // Urdu and Roman Urdu: drop the command words at either end; "کہ" / "ke" starts the task itself.
  const all = text.split(' ');
  const isTag = (t: string) => /^#[\p{L}\p{N}_-]+$/u.test(t) && !/^#\d+$/u.test(t);
  const tokens = all.filter((t) => !isTag(t));
  const tagTokens = all.filter(isTag);
  const lowered = tokens.map((t) => t.toLowerCase().replace(/[,.!?:;]+$/u, ''));
  let start = 0;
  let end = tokens.length;
  const that = lowered.findIndex((w) => URDU_THAT.has(w));
  if (that >= 0 && that <= 3 && lowered.slice(0, that).some((w) => URDU_REMEMBER.has(w))) start = that + 1;
  while (start < end && URDU_ADD_WORDS.has(lowered[start]!)) {
    // "naya kaam" is the command; "نئی پلیٹیں" the task's own.
    const next = lowered[start + 1] ?? '';
    if (NEW_WORDS.has(lowered[start]!)) {
      if (TASK_NOUN_WORDS.has(next)) start += 1;
      else if (!URDU_ADD_WORDS.has(next) || NEW_WORDS.has(next)) break;
    }
    start += 1;
  }
  while (end > start && (URDU_ADD_WORDS.has(lowered[end - 1]!) || URDU_COPULAS.has(lowered[end - 1]!)))
    end -= 1;
  // "... کرنا ہے" / "karna hai" at the end: the task is the verb phrase, keep "کرنا".
  const details = parseUrduDetails([...tokens.slice(start, end), ...tagTokens], clock, true);
  details.title = tidyTitle(details.title);
  return { intent: 'add', details, description: null };
}
