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
import { DAY_MS, type Day, formatDay, MINUTE_MS } from '../time/days.js';
import { wallClock, zonedInstant } from '../time/zone.js';
import { readRecurrence } from './quickadd.recurrence.js';
import {
  ARTICLES,
  type Candidate,
  type Context,
  DAY_PARTS,
  DIGITS_ONLY,
  firstFitting,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  NOON,
  type Phrase,
  PRIORITIES,
  type Priority,
  type Resolve,
  type Rule,
  readDateOrTime,
  readDayPart,
  readRelative,
  TAG,
  word,
} from './quickadd.words.js';

export { COUNT_WORDS, DAY_PARTS, type Priority } from './quickadd.words.js';

export type QuickAddMatchKind = 'priority' | 'tag' | 'date' | 'time' | 'recurrence';

export interface QuickAddOptions {
  now: Date;
  /** IANA zone name, validated by the caller. */
  timeZone: string;
  /** Read recurrence phrases; default true. */
  recurrence?: boolean;
}

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
  matches: { text: string; kind: QuickAddMatchKind }[];
}

// ---------------------------------------------------------------------------------------------
// The line.

interface Token {
  start: number;
  /** The word exactly as typed. */
  raw: string;
  /** The word as typed, without trailing punctuation. */
  text: string;
  /** Lower-cased `text`, what phrases are matched against. */
  word: string;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    const trimmed = m[0].replace(/[,.;:!?]+$/u, '');
    tokens.push({ start: m.index, raw: m[0], text: trimmed, word: trimmed.toLowerCase() });
  }
  return tokens;
}

function readWord(token: Token): Phrase | null {
  const priority = PRIORITIES.get(token.word);
  if (priority) return { length: 1, strength: 'strong', effect: { kind: 'priority', priority } };
  const tag = TAG.exec(token.text)?.[1];
  if (tag && !DIGITS_ONLY.test(tag) && [...tag].length <= MAX_TAG_LENGTH)
    return { length: 1, strength: 'strong', effect: { kind: 'tag', tag } };
  return null;
}

/** Every phrase that could start at each word, longest first, without overlaps. */
function findCandidates(tokens: Token[], allowRecurrence: boolean): Candidate[] {
  const words = tokens.map((t) => t.word);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const recurring = readRecurrence(words, i);
    if (recurring && !allowRecurrence) {
      i += recurring.head; // recurrence words stay in the title, untouched
      continue;
    }
    let best: Phrase | null = null;
    for (const phrase of [
      readWord(tokens[i]!),
      readDateOrTime(words, i),
      readRelative(words, i),
      readDayPart(words, i),
      recurring,
    ]) {
      if (phrase && (!best || phrase.length > best.length)) best = phrase;
    }
    const previous = candidates.at(-1);
    const afterArticle = ARTICLES.has(word(words, i - 1)) && (!previous || previous.end < i);
    if (!best || (best.strength !== 'strong' && afterArticle)) {
      i += 1;
      continue;
    }
    candidates.push({ ...best, start: i, end: i + best.length });
    i += best.length;
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

const isWhen = (c: Candidate) => c.effect.kind !== 'tag' && c.effect.kind !== 'priority';

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
      const besideWhen =
        isWhen(c) &&
        ((prev !== undefined && accepted[k - 1] === true && prev.end === c.start && isWhen(prev)) ||
          (next !== undefined && accepted[k + 1] === true && next.start === c.end && isWhen(next)));
      if (!accepted[k] && (besideWhen || (c.strength === 'bare' && tailFrom === c.end))) {
        accepted[k] = true;
        changed = true;
      }
      tailFrom = accepted[k] && tailFrom === c.end ? c.start : -1;
    }
  }
  return accepted;
}

const SEPARATOR = /^[-–—,;:|/]+$/u;

export function parseQuickAdd(text: string, options: QuickAddOptions): QuickAddParse {
  const tokens = tokenize(text);
  const candidates = findCandidates(tokens, options.recurrence !== false);
  const accepted = accept(candidates, tokens.length);

  let priority: Priority | null = null;
  const tags: string[] = [];
  const tagKeys = new Set<string>();
  let date: { resolve: Resolve; defaultTime: number | null } | null = null;
  let time: { minutes: number; plain: boolean } | null = null;
  let daypart: number | null = null;
  let relative: number | null = null;
  let rrule: Rule | null = null;
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
    }
    if (take) used.push(c);
  });

  const due = resolveDue(options, date, time, daypart, relative, rrule);
  return {
    title: titleOf(tokens, used),
    priority,
    tags,
    ...due,
    recurrence: (rrule as Rule | null)?.rrule ?? null,
    matches: used.map((c) => {
      const last = tokens[c.end - 1]!;
      const kind: QuickAddMatchKind =
        c.effect.kind === 'relative' || c.effect.kind === 'daypart' ? 'time' : c.effect.kind;
      return { text: text.slice(tokens[c.start]!.start, last.start + last.text.length), kind };
    }),
  };
}

function resolveDue(
  options: QuickAddOptions,
  date: { resolve: Resolve; defaultTime: number | null } | null,
  time: { minutes: number; plain: boolean } | null,
  daypart: number | null,
  relative: number | null,
  rrule: Rule | null,
): { due_date: string | null; due_at: string | null } {
  const now = options.now.getTime();
  if (relative !== null) {
    const at = Math.floor(now / MINUTE_MS) * MINUTE_MS + relative * MINUTE_MS;
    return { due_date: null, due_at: new Date(at).toISOString() };
  }
  if (!date && !time && daypart === null && !rrule) return { due_date: null, due_at: null };

  const ctx: Context = { now, timeZone: options.timeZone, today: 0 };
  ctx.today = Math.floor(wallClock(now, options.timeZone) / DAY_MS);
  const part = daypart ?? date?.defaultTime ?? null;
  let minutes = time?.minutes ?? part;
  // "tonight at 9" is 21:00, "tomorrow evening at 7:30" 19:30; "tomorrow morning at 8" stays 08:00.
  if (time?.plain && part !== null && part >= NOON && time.minutes < NOON) minutes = time.minutes + NOON;

  let day: Day;
  if (date) {
    day = date.resolve(ctx, minutes);
    // "every tuesday starting next week": the first occurrence is the first day the rule allows from
    // that date, so a due date never contradicts its own repeat (next week's Monday is no Tuesday).
    const rule = rrule as Rule | null;
    if (rule && !rule.fits(day)) day = firstFitting({ ...ctx, today: day }, null, rule.fits);
  } else if (rrule) day = firstFitting(ctx, minutes, rrule.fits);
  else day = firstFitting(ctx, minutes, () => true);

  if (minutes === null) return { due_date: formatDay(day), due_at: null };
  return { due_date: null, due_at: new Date(zonedInstant(day, minutes, options.timeZone)).toISOString() };
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
    if (rest.length > 0) rest.push(rest.pop()!.replace(/[,;:]+$/u, ''));
  }
  const title = rest.join(' ');
  return title.length > 0 ? title : tokens.map((t) => t.raw).join(' ');
}
