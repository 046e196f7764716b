// Quick add: reads one line ("Pay rent every month on the 1st at 9am #bills !high") into task fields.
// Pure and dependency-free; wall-clock maths in the user's zone uses Intl.DateTimeFormat only.
//
// How a line is read
// - The line is split on whitespace into words; trailing , . ; : ! ? on a word are ignored when
//   reading it. Phrases are matched word by word, longest first, left to right, so a phrase never
//   eats part of a word. Anything not read stays in the title, in order, whitespace collapsed.
// - Where a date may appear (the heuristic that keeps "Call Monday Blue" a title):
//   * strong phrases count anywhere: ones led by on/at/by/due (consumed with the phrase), phrases
//     starting with next/this/every/in, ISO dates, month-day with a year, end of month, clock
//     times with am/pm, #tags and priorities;
//   * bare phrases (today, tomorrow, friday, dec 24, the 1st, noon, 17:00, daily, weekly ...) count
//     only at the end of the line (followed by nothing but other recognised pieces) or right next
//     to a date, time or recurrence that counts ("tomorrow at 5pm about rent");
//   * an H:MM time with a one-digit hour ("John 3:16") counts only right next to a date or time,
//     a bare hour ("at 9") needs "at" and then behaves like a bare phrase ("Look at 3 options");
//   * a bare phrase right after an article or possessive (the, a, my ...) is a title word ("Enjoy the sun").
// - One of each: the first priority, date, time and recurrence win; later ones stay in the title.
//
// Decisions on ambiguous phrases
// - Weeks start on Monday. "friday" / "this friday" / "on friday" = the next Friday, today included
//   (unless a time is given that has already passed today). "next friday" = the Friday of next week
//   (so on a Wednesday it is 9 days away; on a Sunday it is 5). "next week" = next week's Monday,
//   "this weekend" = the coming Saturday (today on a Saturday or Sunday), "next weekend" = next
//   week's Saturday, "next month" / "next year" = their first day, "end of month" = its last day.
// - Parts of the day have one time each, kept in DAY_PARTS: morning 09:00, afternoon 15:00,
//   evening 18:00, night 20:00. After a date they give it that time ("tomorrow morning", "friday
//   night", "on monday evening"); "this morning/afternoon/evening" and "tonight" are today's even
//   when that has passed (the task is overdue, not silently moved); "in the morning/afternoon/
//   evening" and "at night" alone are the next one (today while still ahead, else tomorrow). A bare
//   word ("Morning run", "Movie night") stays a title word. A plain hour with a later part of the
//   day is afternoon or evening: "tonight at 9" and "tomorrow evening at 7:30" are 21:00 and 19:30;
//   "tomorrow morning at 8" is 08:00. "noon" = 12:00; "midnight" = 00:00 at the start of the day,
//   so "midnight" alone is the coming midnight (the end of today).
// - "yesterday" is the day before today: a due moment in the past is allowed (the task is overdue).
// - "at 9" is 09:00 (24-hour clock); "at 17" is 17:00. "in 30 min", "in an hour" give an exact
//   instant (floored to the minute). "in 3 days/weeks/months" give a date; months clamp to the
//   month's end (Jan 31 + 1 month = Feb 28/29).
// - A time alone = today at that time if still ahead, else tomorrow. A date + time = that wall time
//   in the zone: a time skipped by a DST gap moves forward by the gap (02:30 -> 03:30), a time
//   repeated by a fall-back is its first occurrence.
// - "dec 24" without a year = this year if today or later (today counts, even with a passed time),
//   else next year; "feb 29" = the next leap year's. Explicit years and ISO dates are kept as given.
//   Numeric slash forms (24/12, 12/24) are not read: D/M vs M/D cannot be told apart.
// - "on the 31st" = the next day numbered 31 (months without one are skipped, as RFC 5545 does for
//   BYMONTHDAY=31); today counts unless its time has passed.
// - Recurrence: the due moment is the first occurrence from now (today counts while its time is still
//   ahead or no time is given); an explicit date ("starting next week", "from the 1st") says from when:
//   the first occurrence is the first day the rule allows on or after it. Two or more weekdays named
//   without "every" ("gym mon wed fri 7am", "on mondays") are a weekly repeat. With
//   options.recurrence === false the recurrence words stay in the title, but "on the 1st at 9am" after
//   them is still read as the due moment.
// - #tags: letters (any script), digits, _ and -, 1-32 characters, not digits only ("#2" is an issue
//   number and stays); deduplicated case-insensitively (repeats are dropped), at most 20 (the rest stay).
import { DAY_MS, type Day, daysInMonth, formatDay, MINUTE_MS } from '../time/days.js';
import { wallClock, zonedInstant } from '../time/zone.js';
import { readRecurrence } from './quickadd.recurrence.js';
import { asciiDigits, urduWordAfter } from './quickadd.urdu.js';
import {
  ARTICLES,
  type Candidate,
  type Context,
  count,
  DAY_PARTS,
  type DateOrder,
  DIGITS_ONLY,
  firstFitting,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  NOON,
  type Phrase,
  PRIORITIES,
  PRIORITY_LEVELS,
  PRIORITY_WORDS,
  type Priority,
  type Resolve,
  type Rule,
  readDateOrTime,
  readDayPart,
  readRelative,
  TAG,
  type Words,
  word,
} from './quickadd.words.js';

export { COUNT_WORDS, DAY_PARTS, type DateOrder, type Priority } from './quickadd.words.js';

export type QuickAddMatchKind =
  | 'priority'
  | 'tag'
  | 'list'
  | 'section'
  | 'assignee'
  | 'reminder'
  | 'date'
  | 'time'
  | 'recurrence';

/** One of the user's lists, as quick add may name it; sections and members only where they exist. */
export interface QuickAddList {
  name: string;
  sections?: readonly string[];
  /** People on a shared list: "+sara" matches a name (its first word too) or an email's local part. */
  members?: readonly { name: string; email?: string | null }[];
}

export interface QuickAddOptions {
  now: Date;
  /** IANA zone name, validated by the caller. */
  timeZone: string;
  /** Read recurrence phrases; default true. */
  recurrence?: boolean;
  /** The user's lists (owned or shared): "#Home" is the list when one is named so, else a tag. */
  lists?: readonly QuickAddList[];
  /** The list the task goes to when the line names none: "/Section" and "+person" are looked up in it. */
  defaultList?: string | null;
  /** How numeric dates are written (12/10, 10.12.); without it they are not read. */
  dateOrder?: DateOrder | null;
  /** Pieces of the line to keep as title text though they could be read (a preview chip removed). */
  keep?: readonly string[];
  /**
   * Read Urdu and Roman Urdu words too (quickadd.urdu.ts); quick add's callers set it. Off, a line
   * reads as it did before them: the assistant's rules (frozen) translate Urdu themselves.
   */
  urdu?: boolean;
}

/** A reminder read from the line: minutes before the due moment, or an instant. */
export type QuickAddReminder = { minutes_before: number } | { at: string };

export interface QuickAddParse {
  title: string;
  priority: Priority | null;
  tags: string[];
  /** YYYY-MM-DD, an all-day due date in the user's zone. */
  due_date: string | null;
  /** ISO instant in UTC with ms, when a time was given (due_date is then null). */
  due_at: string | null;
  /** RFC 5545 RRULE body without the 'RRULE:' prefix. */
  recurrence: string | null;
  /** The list "#Name" named (its name as in options.lists), or null. */
  list: string | null;
  /** The section "/Name" named, as the list spells it, or null. */
  section: string | null;
  /** The member "+name" named, by the name in options.lists, or null. */
  assignee: string | null;
  reminders: QuickAddReminder[];
  matches: { text: string; kind: QuickAddMatchKind }[];
  /** Pieces that looked like a part but were kept in the title, and why ("+bob": not a member). */
  unread: { text: string; kind: 'section' | 'assignee'; reason: string }[];
}

// ---------------------------------------------------------------------------------------------
// The line.

interface Token {
  start: number;
  /** The word exactly as typed. */
  raw: string;
  /** The word as typed, without trailing punctuation. */
  text: string;
  /** Lower-cased `text` in English words and ASCII digits, what phrases are matched against. */
  word: string;
  /** Read as an Urdu or Roman Urdu word (quickadd.urdu.ts). */
  urdu: boolean;
}

/** "12/10", "10.12.", "12/10/2026", "2026/12/10" in the account's order, as ISO words ("--12-10"). */
function numericDate(raw: string, order: DateOrder | null | undefined): string | null {
  if (!order) return null;
  const m = /^(\d{1,4})([/.])(\d{1,2})(?:\2(\d{2}|\d{4}))?(\.?)[,;]?$/.exec(raw);
  if (!m) return null;
  const [a, sep, b, c, dot] = [m[1]!, m[2]!, m[3]!, m[4], m[5]];
  // "1.5" and "3.4" are numbers: a dotted date has its year or the trailing dot ("10.12.").
  if (sep === '.' && c === undefined && !dot) return null;
  let year: number | null = c === undefined ? null : Number(c.length === 2 ? `20${c}` : c);
  let month: number;
  let date: number;
  if (a.length === 4) {
    if (c === undefined) return null;
    [year, month, date] = [Number(a), Number(b), Number(c)];
  } else if (a.length > 2) return null;
  else if (order === 'dmy') [date, month] = [Number(a), Number(b)];
  else [month, date] = [Number(a), Number(b)];
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year ?? 2000, month)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return year === null ? `--${pad(month)}-${pad(date)}` : `${year}-${pad(month)}-${pad(date)}`;
}

function tokenize(text: string, order: DateOrder | null | undefined, urdu: boolean): Token[] {
  const tokens: Token[] = [];
  // #"Two words" and /"Two words" are one word.
  for (const m of text.matchAll(/[#/@+]"[^"\n]{1,64}"|\S+/gu)) {
    const raw = m[0];
    // "!!" is a priority, not punctuation; #"Two words" keeps its quotes.
    const cut = raw.replace(/[,.;:!?\u06D4\u060C]+$/u, '');
    const trimmed = /^[#/@+]"/.test(raw) || cut === '' ? raw : cut;
    const lower = asciiDigits(trimmed.toLowerCase());
    const date = numericDate(asciiDigits(raw), order);
    const urduWord = date === null && urdu ? urduWordAfter(lower, tokens.at(-1)?.word) : undefined;
    const word = date ?? urduWord ?? lower;
    tokens.push({ start: m.index, raw, text: trimmed, word, urdu: urduWord !== undefined });
  }
  return tokens;
}

const BANGS = /^!{1,3}$/;
const URGENT = new Set(['urgent', 'urgently', 'asap']);
const PERSON = /^\+([\p{L}\p{N}][\p{L}\p{N}._-]{0,63})$/u;
const unquote = (s: string) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);

/** Priorities, #List or #tag, @label, /Section, +person: Todoist's marks, each one word (or quoted). */
function readWord(tokens: Token[], i: number, options: QuickAddOptions): Phrase | null {
  const token = tokens[i]!;
  const priority = PRIORITIES.get(BANGS.test(token.raw) ? token.raw : token.word);
  if (priority) return { length: 1, strength: 'strong', effect: { kind: 'priority', priority } };
  // "Send the invoice today urgent": a word of urgency counts at the end of the line only
  // ("Urgent care appointment" is a title).
  if (URGENT.has(token.word))
    return { length: 1, strength: 'bare', effect: { kind: 'priority', priority: 'high' } };
  // "Send the invoice high priority", "بل جمع کرانا ہائی پرائیورٹی": at the end of the line only, as
  // "urgent" ("High priority customers" is a title).
  const level = PRIORITY_LEVELS.get(token.word);
  if (level && PRIORITY_WORDS.has(tokens[i + 1]?.word ?? ''))
    return { length: 2, strength: 'bare', effect: { kind: 'priority', priority: level } };
  const head = token.text[0];
  if (head === '#') {
    const list = listNamed(tokens, i, options.lists ?? []);
    if (list) return { length: list.length, strength: 'strong', effect: { kind: 'list', name: list.name } };
  }
  if (head === '/' && /^\/(?:"[^"]+"|[\p{L}\p{N}][^/]{0,63})$/u.test(token.text)) {
    const name = unquote(token.text.slice(1)).trim();
    return { length: 1, strength: 'strong', effect: { kind: 'section', name } };
  }
  const person = PERSON.exec(token.text)?.[1];
  if (person) return { length: 1, strength: 'strong', effect: { kind: 'assignee', name: person } };
  const tag = TAG.exec(head === '@' ? `#${token.text.slice(1)}` : token.text)?.[1];
  if (tag && !DIGITS_ONLY.test(tag) && [...tag].length <= MAX_TAG_LENGTH)
    return { length: 1, strength: 'strong', effect: { kind: 'tag', tag } };
  return null;
}

/** The list "#Home", "#"Side Project"" or "#Side Project" names (the longest name that fits). */
function listNamed(tokens: Token[], i: number, lists: readonly QuickAddList[]) {
  const byName = new Map(lists.map((l) => [l.name.toLowerCase(), l.name]));
  const first = tokens[i]!.text.slice(1);
  if (first.startsWith('"')) {
    const name = byName.get(unquote(first).toLowerCase());
    return name ? { name, length: 1 } : null;
  }
  for (let length = Math.min(4, tokens.length - i); length >= 1; length--) {
    const words = tokens.slice(i, i + length).map((t, k) => (k === length - 1 ? t.text : t.raw));
    const name = byName.get(words.join(' ').slice(1).toLowerCase());
    if (name) return { name, length };
  }
  return null;
}

const UNTIL = new Set(['until', 'till', 'til', 'untill', 'ending', 'ends']);

/** "until dec 31", "till friday", "for 10 times", "10 times": where the repeat just read ends. */
function readEnds(words: Words, i: number): Phrase | null {
  const w0 = word(words, i);
  if (UNTIL.has(w0)) {
    const at = i + (word(words, i + 1) === 'on' ? 2 : 1);
    const date = readDateOrTime(words, at);
    if (date?.effect.kind !== 'date') return null;
    const until = date.effect.resolve;
    return { length: at - i + date.length, strength: 'linked', effect: { kind: 'ends', until, count: null } };
  }
  // "31 december tak" after a repeat: until then.
  const date = readDateOrTime(words, i);
  if (date?.effect.kind === 'date' && word(words, i + date.length) === '~tak')
    return {
      length: date.length + 1,
      strength: 'linked',
      effect: { kind: 'ends', until: date.effect.resolve, count: null },
    };
  const at = w0 === 'for' ? i + 1 : i;
  const n = count(word(words, at));
  const unit = word(words, at + 1);
  if (n !== null && n <= 999 && (unit === 'times' || unit === 'occurrences' || (unit === 'time' && n === 1)))
    return { length: at - i + 2, strength: 'linked', effect: { kind: 'ends', until: null, count: n } };
  return null;
}

const REMIND = new Set(['remind', 'reminder', 'alert']);
const REMIND_AFTER = new Set([
  'me',
  'dilana',
  'dila',
  'dilaen',
  'dilayen',
  'karna',
  'karana',
  'دلانا',
  'دلائیں',
  'کرانا',
]);
const BEFORE = new Set(['before', 'early', 'earlier', 'ahead']);
/** "{30m}", "{1h}", "{2d}", "{8:00}", "{8am}": the documented shorthand. */
const BRACES = /^\{(?:(\d{1,5})([mhd])|(\d{1,2})(?::([0-5]\d))?(am|pm)?)\}$/;

/** "remind me 1 hour before", "remind me at 8am", "1 ghanta pehle yaad dilana", "{30m}". */
function readReminder(words: Words, i: number): Phrase | null {
  const braces = BRACES.exec(word(words, i));
  if (braces) {
    const unit = braces[2];
    if (unit) {
      const before = Number(braces[1]) * (unit === 'm' ? 1 : unit === 'h' ? 60 : 1440);
      return before > MAX_BEFORE ? null : reminderPhrase(1, { kind: 'reminder', before });
    }
    const [hour, minute, suffix] = [Number(braces[3]), Number(braces[4] ?? 0), braces[5]];
    if (suffix ? hour < 1 || hour > 12 : hour > 23) return null;
    const at = ((suffix ? hour % 12 : hour) + (suffix === 'pm' ? 12 : 0)) * 60 + minute;
    return reminderPhrase(1, { kind: 'reminder', at, resolve: null });
  }
  // "1 ghanta pehle yaad dilana": the amount first, then the word for remind.
  const early = beforeAmount(words, i);
  if (early && REMIND.has(word(words, i + early.length))) {
    const tail = REMIND_AFTER.has(word(words, i + early.length + 1)) ? 2 : 1;
    return reminderPhrase(early.length + tail, { kind: 'reminder', before: early.minutes });
  }
  if (!REMIND.has(word(words, i))) return null;
  let at = i + 1;
  if (REMIND_AFTER.has(word(words, at))) at += 1;
  const amount = beforeAmount(words, at);
  if (amount) return reminderPhrase(at - i + amount.length, { kind: 'reminder', before: amount.minutes });
  const when = readDateOrTime(words, at);
  // "remind me tomorrow at 8am", "remind me friday 9": a day, then its time.
  const then = when?.effect.kind === 'date' ? readDateOrTime(words, at + when.length) : null;
  if (when?.effect.kind === 'date' && then?.effect.kind === 'time') {
    const { minutes, guess } = then.effect;
    const time = guess ? sensibleHour(minutes, when.effect.defaultTime) : minutes;
    const length = at - i + when.length + then.length;
    return reminderPhrase(length, { kind: 'reminder', at: time, resolve: when.effect.resolve });
  }
  if (when?.effect.kind === 'time') {
    const { minutes, guess } = when.effect;
    const time = guess ? sensibleHour(minutes, null) : minutes;
    return reminderPhrase(at - i + when.length, { kind: 'reminder', at: time, resolve: null });
  }
  if (when?.effect.kind === 'date' && when.effect.defaultTime !== null) {
    const { resolve, defaultTime } = when.effect;
    return reminderPhrase(at - i + when.length, { kind: 'reminder', at: defaultTime, resolve });
  }
  // "dentist friday 5pm, remind me", "kal 5 baje bill yaad dilana": at the due moment. Bare, so it
  // counts at the end of the line or beside a date ("Remind me to call mom" stays a title).
  return { length: at - i, strength: 'bare', effect: { kind: 'reminder', before: 0 } };
}

function reminderPhrase(length: number, effect: Phrase['effect']): Phrase {
  return { length, strength: 'strong', effect };
}

/** Relative reminders reach back at most four weeks (as the task's reminders do). */
const MAX_BEFORE = 40_320;
const REMINDER_UNITS = new Map([
  ['minute', 1],
  ['minutes', 1],
  ['min', 1],
  ['mins', 1],
  ['m', 1],
  ['hour', 60],
  ['hours', 60],
  ['hr', 60],
  ['hrs', 60],
  ['h', 60],
  ['day', 1440],
  ['days', 1440],
  ['week', 10_080],
  ['weeks', 10_080],
]);

/** "1 hour before", "30 min early", "an hour before": minutes ahead of the due moment. */
function beforeAmount(words: Words, i: number): { minutes: number; length: number } | null {
  const n = count(word(words, i));
  const unit = REMINDER_UNITS.get(word(words, i + 1));
  if (n === null || unit === undefined || !BEFORE.has(word(words, i + 2))) return null;
  const minutes = n * unit;
  return minutes > MAX_BEFORE ? null : { minutes, length: 3 };
}

/**
 * The sensible hour for a time said without am/pm ("tomorrow at 5"): 1-6 are the afternoon's
 * (13:00-18:59) unless a morning is said, 7-11 the morning's, 12 noon; a later part of the day
 * ("tonight at 9", "shaam 7 baje") makes any of 1-11 the afternoon's or evening's.
 */
export function sensibleHour(minutes: number, part: number | null): number {
  const hour = Math.floor(minutes / 60);
  if (hour < 1 || hour > 11) return minutes;
  if (part !== null) return part >= NOON ? minutes + NOON : minutes;
  return hour <= 6 ? minutes + NOON : minutes;
}

/** Every phrase that could start at each word, longest first, without overlaps. */
function findCandidates(tokens: Token[], options: QuickAddOptions): Candidate[] {
  const allowRecurrence = options.recurrence !== false;
  const words = tokens.map((t) => t.word);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const recurring = readRecurrence(words, i);
    if (recurring && !allowRecurrence) {
      i += recurring.head; // recurrence words stay in the title, untouched
      continue;
    }
    const repeats = allowRecurrence && candidates.some((c) => c.effect.kind === 'recurrence');
    let best: Phrase | null = null;
    for (const phrase of [
      readWord(tokens, i, options),
      readReminder(words, i),
      repeats ? readEnds(words, i) : null,
      readDateOrTime(words, i),
      readRelative(words, i),
      readDayPart(words, i),
      recurring,
      TIES.has(words[i]!) ? TIE : null,
    ]) {
      if (phrase && (!best || phrase.length > best.length)) best = phrase;
    }
    const previous = candidates.at(-1);
    // A tie ("ko", "tak") only right after a date, time or repeat; it makes that one count anywhere
    // ("juma ko fees jama karwana": on Friday).
    if (best?.effect.kind === 'tie' && (!previous || previous.end !== i)) best = null;
    if (best?.effect.kind === 'tie' && previous && isWhen(previous)) previous.strength = 'strong';
    // Urdu puts when first ("parson doctor ke paas jana 11 baje"): a day said in Urdu or Roman Urdu
    // that opens the line counts when the line also says a time (accept: OPENINGS). Alone it may be
    // a name ("jumma khan ko 500 dene hain", "kal ho naa ho dekhni hai"), and quick add never guesses.
    // Not before "ki", "ka", "ke" (of): "kal ki meeting ke notes" names a meeting; nor before a capital.
    const next = tokens[best?.length ?? 0];
    const opening =
      i === 0 &&
      best?.effect.kind === 'date' &&
      tokens[0]?.urdu === true &&
      !GENITIVES.has(next?.word ?? '') &&
      !/^\p{Lu}/u.test(next?.text ?? '');
    const afterArticle = ARTICLES.has(word(words, i - 1)) && (!previous || previous.end < i);
    if (!best || (best.strength !== 'strong' && afterArticle)) {
      i += 1;
      continue;
    }
    candidates.push({ ...best, start: i, end: i + best.length });
    if (opening) OPENINGS.add(candidates.at(-1)!);
    i += best.length;
    // "remind me 1 day before and 1 hour before": each amount after "and" is a reminder too.
    while (best.effect.kind === 'reminder' && word(words, i) === 'and') {
      const more = beforeAmount(words, i + 1);
      if (!more) break;
      const length = more.length + 1;
      candidates.push({
        ...reminderPhrase(length, { kind: 'reminder', before: more.minutes }),
        start: i,
        end: i + length,
      });
      i += length;
    }
    // "every sunday evening at 8": a part of the day right after a repeat gives its time, as after a date.
    const part = best === recurring ? DAY_PARTS.get(word(words, i)) : undefined;
    if (part !== undefined) {
      candidates.push({
        length: 1,
        strength: 'linked',
        effect: { kind: 'daypart', minutes: part },
        start: i,
        end: i + 1,
      });
      i += 1;
    }
  }
  return candidates;
}

const GENITIVES = new Set(['ki', 'ka', 'ke', 'kay', 'کی', 'کا', 'کے']);
/** Day words in Urdu or Roman Urdu that open their line (findCandidates). */
const OPENINGS = new WeakSet<Candidate>();

/** "juma ko" (on Friday), "kal tak" (by tomorrow), "kal se" (from tomorrow: the due date starts a repeat). */
const TIES = new Set(['~ko', '~tak', '~se']);
const TIE: Phrase = { length: 1, strength: 'linked', effect: { kind: 'tie' } };
const NOT_WHEN = new Set(['tag', 'priority', 'list', 'section', 'assignee', 'reminder']);
const isWhen = (c: Candidate) => !NOT_WHEN.has(c.effect.kind);

/**
 * Which candidates count: strong ones always; bare ones at the end of the line or next to a date,
 * time or recurrence that counts; linked ones only next to one. Repeated until nothing changes,
 * because each acceptance can make a neighbour's case.
 */
function accept(candidates: Candidate[], wordCount: number): boolean[] {
  const accepted = candidates.map((c) => c.strength === 'strong');
  let changed = true;
  while (changed) {
    changed = false;
    let tailFrom = wordCount; // every word from here on is covered by an accepted candidate
    for (let k = candidates.length - 1; k >= 0; k--) {
      const c = candidates[k]!;
      if (c.end !== tailFrom) tailFrom = -1;
      const prev = candidates[k - 1];
      const next = candidates[k + 1];
      const whenBefore =
        prev !== undefined && accepted[k - 1] === true && prev.end === c.start && isWhen(prev);
      const whenAfter =
        next !== undefined && accepted[k + 1] === true && next.start === c.end && isWhen(next);
      // "kal subah 9 baje yaad dilana dawai": the word for remind right after the moment it is for.
      const besideWhen =
        (isWhen(c) && (whenBefore || whenAfter)) || (c.effect.kind === 'reminder' && whenBefore);
      if (!accepted[k] && (besideWhen || (c.strength === 'bare' && tailFrom === c.end))) {
        accepted[k] = true;
        changed = true;
      }
      // A repeat's end and a tie count as the tail they end: "daily 5 times", "juma ko".
      const tails = accepted[k] || c.effect.kind === 'ends' || c.effect.kind === 'tie';
      tailFrom = tails && tailFrom === c.end ? c.start : -1;
    }
  }
  // A day word opening an Urdu line counts when the line says a time that counts.
  if (candidates.some((c, k) => accepted[k] && c.effect.kind === 'time'))
    candidates.forEach((c, k) => {
      if (OPENINGS.has(c)) accepted[k] = true;
    });
  // A repeat's end ("until dec 31", "31 december tak", "10 times") counts wherever its repeat does.
  if (candidates.some((c, k) => accepted[k] && c.effect.kind === 'recurrence'))
    candidates.forEach((c, k) => {
      if (c.effect.kind === 'ends') accepted[k] = true;
    });
  return accepted;
}

const SEPARATOR = /^[-–—,;:|/]+$/u;

export function parseQuickAdd(text: string, options: QuickAddOptions): QuickAddParse {
  const tokens = tokenize(text, options.dateOrder, options.urdu === true);
  const candidates = findCandidates(tokens, options);
  const accepted = accept(candidates, tokens.length);
  if (options.keep?.length) {
    const keep = new Set(options.keep);
    candidates.forEach((c, k) => {
      if (keep.has(textOf(text, tokens, c))) accepted[k] = false;
    });
  }

  let priority: Priority | null = null;
  const tags: string[] = [];
  const tagKeys = new Set<string>();
  let date: { resolve: Resolve; defaultTime: number | null } | null = null;
  let time: { minutes: number; plain: boolean; guess?: boolean } | null = null;
  let daypart: number | null = null;
  let relative: number | null = null;
  let rrule: Rule | null = null;
  let ends: { until: Resolve | null; count: number | null } | null = null;
  let list: string | null = null;
  let section: Candidate | null = null;
  let person: Candidate | null = null;
  const reminders: Extract<Candidate['effect'], { kind: 'reminder' }>[] = [];
  const used: Candidate[] = [];

  candidates.forEach((c, k) => {
    if (!accepted[k]) return;
    const e = c.effect;
    let take = false;
    if (e.kind === 'priority' && priority === null) {
      priority = e.priority;
      take = true;
    } else if (e.kind === 'tag') {
      const key = e.tag.toLowerCase();
      take = tagKeys.has(key) || tags.length < MAX_TAGS;
      if (take && !tagKeys.has(key)) {
        tagKeys.add(key);
        tags.push(e.tag);
      }
    } else if (e.kind === 'list' && list === null) {
      list = e.name;
      take = true;
    } else if (e.kind === 'section' && section === null) {
      section = c;
      take = true;
    } else if (e.kind === 'assignee' && person === null) {
      person = c;
      take = true;
    } else if (e.kind === 'reminder' && reminders.length < MAX_REMINDERS) {
      reminders.push(e);
      take = true;
    } else if (e.kind === 'date' && date === null && relative === null) {
      date = e;
      take = true;
    } else if (e.kind === 'time' && time === null && relative === null) {
      time = e;
      take = true;
    } else if (e.kind === 'daypart' && daypart === null && relative === null) {
      daypart = e.minutes;
      take = true;
    } else if (
      e.kind === 'relative' &&
      date === null &&
      time === null &&
      daypart === null &&
      relative === null
    ) {
      relative = e.minutes;
      take = true;
    } else if (e.kind === 'recurrence' && rrule === null) {
      rrule = e.rule;
      take = true;
    } else if (e.kind === 'ends' && ends === null && rrule !== null) {
      ends = e;
      take = true;
    } else if (e.kind === 'tie') take = used.at(-1)?.end === c.start;
    if (take) used.push(c);
  });

  // "/Section" and "+person" are looked up in the list the task goes to; what is not there stays text.
  const unread: QuickAddParse['unread'] = [];
  const target = (list ?? options.defaultList ?? '').toLowerCase();
  const chosen = options.lists?.find((l) => l.name.toLowerCase() === target);
  const place = chosen?.name ?? options.defaultList ?? 'the Inbox';
  const keep = (c: Candidate | null, kind: 'section' | 'assignee', found: string | null, reason: string) => {
    if (!c || found !== null) return found;
    used.splice(used.indexOf(c), 1);
    unread.push({ text: textOf(text, tokens, c), kind, reason });
    return null;
  };
  const sectionName = (section as Candidate | null)?.effect.kind === 'section' ? nameOf(section!) : '';
  const sectionFound = chosen?.sections?.find((s) => s.toLowerCase() === sectionName.toLowerCase()) ?? null;
  const sectionKept = keep(section, 'section', sectionFound, `${place} has no section named ${sectionName}`);
  const personName = nameOf(person).toLowerCase();
  const member = chosen?.members?.find(
    (m) =>
      m.name.toLowerCase() === personName ||
      m.name.toLowerCase().split(/\s+/u)[0] === personName ||
      m.email?.toLowerCase().split('@')[0] === personName,
  );
  const assignee = keep(
    person,
    'assignee',
    member?.name ?? null,
    chosen?.members?.length ? `no member of ${place} is called ${nameOf(person)}` : `${place} is not shared`,
  );

  const ctx: Context = { now: options.now.getTime(), timeZone: options.timeZone, today: 0 };
  ctx.today = Math.floor(wallClock(ctx.now, options.timeZone) / DAY_MS);
  const due = resolveDue(options, ctx, date, time, daypart, relative, rrule);
  return {
    title: titleOf(tokens, used),
    priority,
    tags,
    due_date: due.due_date,
    due_at: due.due_at,
    recurrence: withEnds(rrule, ends, ctx),
    list,
    section: sectionKept,
    assignee,
    reminders: reminders.map((r) => reminderOf(r, due, ctx)),
    matches: matchesOf(text, tokens, used),
    unread,
  };
}

const MAX_REMINDERS = 10;

function nameOf(c: Candidate | null): string {
  return c && (c.effect.kind === 'section' || c.effect.kind === 'assignee') ? c.effect.name : '';
}

function textOf(text: string, tokens: Token[], c: Candidate): string {
  const last = tokens[c.end - 1]!;
  return text.slice(tokens[c.start]!.start, last.start + last.text.length);
}

/** The pieces read, in order; a tie ("ko") belongs to the date before it. */
function matchesOf(text: string, tokens: Token[], used: Candidate[]): QuickAddParse['matches'] {
  const matches: QuickAddParse['matches'] = [];
  let previous: Candidate | null = null;
  for (const c of used) {
    if (c.effect.kind === 'tie' && previous && matches.length > 0) {
      matches.at(-1)!.text = text.slice(
        tokens[previous.start]!.start,
        tokens[c.end - 1]!.start + tokens[c.end - 1]!.text.length,
      );
      continue;
    }
    const kind = c.effect.kind;
    const shown: QuickAddMatchKind =
      kind === 'relative' || kind === 'daypart'
        ? 'time'
        : kind === 'ends'
          ? 'recurrence'
          : kind === 'tie'
            ? 'date'
            : kind;
    matches.push({ text: textOf(text, tokens, c), kind: shown });
    previous = c;
  }
  return matches;
}

/** The rule with its end: COUNT=10, or UNTIL as the date ("until dec 31" includes Dec 31). */
function withEnds(
  rule: Rule | null,
  ends: { until: Resolve | null; count: number | null } | null,
  ctx: Context,
) {
  if (!rule) return null;
  if (!ends) return rule.rrule;
  if (ends.count !== null) return `${rule.rrule};COUNT=${ends.count}`;
  const day = ends.until!(ctx, null);
  return `${rule.rrule};UNTIL=${formatDay(day).replaceAll('-', '')}`;
}

function reminderOf(
  r: Extract<Candidate['effect'], { kind: 'reminder' }>,
  due: { day: Day | null },
  ctx: Context,
): QuickAddReminder {
  if ('before' in r) return { minutes_before: r.before };
  // "remind me at 8am": on the due day when there is one, else the next 8:00 from now.
  const day = r.resolve ? r.resolve(ctx, r.at) : (due.day ?? firstFitting(ctx, r.at, () => true));
  return { at: new Date(zonedInstant(day, r.at, ctx.timeZone)).toISOString() };
}

function resolveDue(
  options: QuickAddOptions,
  ctx: Context,
  date: { resolve: Resolve; defaultTime: number | null } | null,
  time: { minutes: number; plain: boolean; guess?: boolean } | null,
  daypart: number | null,
  relative: number | null,
  rrule: Rule | null,
): { due_date: string | null; due_at: string | null; day: Day | null } {
  const now = ctx.now;
  if (relative !== null) {
    const at = Math.floor(now / MINUTE_MS) * MINUTE_MS + relative * MINUTE_MS;
    return { due_date: null, due_at: new Date(at).toISOString(), day: null };
  }
  if (!date && !time && daypart === null && !rrule) return { due_date: null, due_at: null, day: null };

  const part = daypart ?? date?.defaultTime ?? null;
  let minutes = time?.minutes ?? part;
  // A time without am/pm: "tomorrow at 5" is 17:00, "tonight at 9" 21:00, "tomorrow morning at 8" 08:00.
  if (time?.guess) minutes = sensibleHour(time.minutes, part);
  else if (time?.plain && part !== null && part >= NOON && time.minutes < NOON) minutes = time.minutes + NOON;

  let day: Day;
  if (date) {
    day = date.resolve(ctx, minutes);
    // "every tuesday starting next week": the first occurrence is the first day the rule allows from
    // that date, so a due date never contradicts its own repeat (next week's Monday is no Tuesday).
    const rule = rrule as Rule | null;
    if (rule && !rule.fits(day)) day = firstFitting({ ...ctx, today: day }, null, rule.fits);
  } else if (rrule) day = firstFitting(ctx, minutes, rrule.fits);
  else day = firstFitting(ctx, minutes, () => true);

  if (minutes === null) return { due_date: formatDay(day), due_at: null, day };
  return {
    due_date: null,
    due_at: new Date(zonedInstant(day, minutes, options.timeZone)).toISOString(),
    day,
  };
}

/** The words no phrase took, as typed; the whole line when nothing else is left. */
function titleOf(tokens: Token[], used: Candidate[]): string {
  const taken = new Set<number>();
  for (const c of used) for (let k = c.start; k < c.end; k++) taken.add(k);
  const rest = tokens.filter((_, k) => !taken.has(k)).map((t) => t.raw);
  if (taken.size > 0) {
    // Separators the removed phrases leave dangling: "Buy milk, tomorrow" -> "Buy milk".
    while (rest.length > 0 && SEPARATOR.test(rest[0]!)) rest.shift();
    while (rest.length > 0 && SEPARATOR.test(rest.at(-1)!)) rest.pop();
    if (rest.length > 0) rest.push(rest.pop()!.replace(/[,;:\u060C\u061B]+$/u, ''));
  }
  const title = rest.join(' ');
  return title.length > 0 ? title : tokens.map((t) => t.raw).join(' ');
}
