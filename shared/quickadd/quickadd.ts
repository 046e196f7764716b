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
//     only at the end of the line (followed by nothing but other recognised pieces), right next
//     to a date, time or recurrence that counts ("tomorrow at 5pm about rent"), or as a date that
//     opens the line ("thursday pick up the car", "kal dawai lena"), unless it is one word before a
//     capital ("Monday Blue") or an English day with its part ("Saturday night fever"); an Urdu
//     weekday opens a line only with a time (it is also a name: "jumma khan ko 500 dene hain");
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
// - Parts of the day have one time each, Todoist's, kept in DAY_PARTS: morning 09:00, afternoon
//   12:00, evening 19:00, night 22:00. After a date they give it that time ("tomorrow morning", "friday
//   night", "on monday evening"); "this morning/afternoon/evening" and "tonight" are today's even
//   when that has passed (the task is overdue, not silently moved); "in the morning/afternoon/
//   evening" and "at night" alone are the next one (today while still ahead, else tomorrow). A bare
//   word ("Morning run", "Movie night") stays a title word. A plain hour with a later part of the
//   day is afternoon or evening: "tonight at 9" and "tomorrow evening at 7:30" are 21:00 and 19:30;
//   "tomorrow morning at 8" is 08:00. "noon" = 12:00; "midnight" = 00:00 at the start of the day,
//   so "midnight" alone is the coming midnight (the end of today).
// - "yesterday" is the day before today: a due moment in the past is allowed (the task is overdue).
// - English hours said in words or by their parts ("at seven", "seven pm", "half past 3", "quarter to
//   9", "at about 6") read as their digits; "until friday" / "till friday" is a due date like "by
//   friday" (after a repeat it ends the repeat), "sometime next week" is next week, "by the end of
//   the month" its last day, "the 1st of every month" a monthly repeat; misspelt "tommorow" is
//   tomorrow. In Urdu, "agle hafte jumeraat" is next week's Thursday, "ہفتے کو" / "hafte ke din"
//   Saturday (a lone ہفتہ stays unread: it is also the week), "shaam ko" alone the next evening.
// - "at 9" is 09:00 (24-hour clock); "at 17" is 17:00. "in 30 min", "in an hour" give an exact
//   instant (floored to the minute). "in 3 days/weeks/months" give a date; months clamp to the
//   month's end (Jan 31 + 1 month = Feb 28/29).
// - A time alone = today at that time if still ahead, else tomorrow. A date + time = that wall time
//   in the zone: a time skipped by a DST gap moves forward by the gap (02:30 -> 03:30), a time
//   repeated by a fall-back is its first occurrence.
// - "dec 24" without a year = this year if today or later (today counts, even with a passed time),
//   else next year; "feb 29" = the next leap year's. Explicit years and ISO dates are kept as given.
//   Numeric forms (24/12, 12/24) are read in the account's order; a form only one order can read
//   ("24/12" in a month-first account) is read that way.
// - "on the 31st" = the next day numbered 31 (months without one are skipped, as RFC 5545 does for
//   BYMONTHDAY=31); today counts unless its time has passed.
// - Recurrence: the due moment is the first occurrence from now (today counts while its time is still
//   ahead or no time is given); an explicit date ("starting next week", "from the 1st") says from when:
//   the first occurrence is the first day the rule allows on or after it. Two or more weekdays named
//   without "every" ("gym mon wed fri 7am", "on mondays") are a weekly repeat. With
//   options.recurrence === false the recurrence words stay in the title, but "on the 1st at 9am" after
//   them is still read as the due moment.
// - Todoist's words: "tod", "tom", "ev" (typed in lower case), "@" for at, "+5 days", "5 days" and
//   "3 weeks" (from today), "mid january" (the 15th), "27th" (the next 27th); "for 45 min" is a
//   duration, a date in braces ("{march 30}") a deadline, "no date" leaves the task without one.
// - Todoist's repeats: ordinal weekdays ("every 3rd friday", "every last monday"), workdays ("every
//   workday", "every first/last workday"), "every other tuesday", lists of days of the month ("every
//   1st and 15th") and of dates sharing a day or month ("every 14 jan, 14 apr"), "every weekend" (every
//   Saturday), "every day for 3 weeks"; "every!" and "after 3 days" count from completion.
// - #tags: letters (any script), digits, _ and -, 1-32 characters, not digits only ("#2" is an issue
//   number and stays); deduplicated case-insensitively (repeats are dropped), at most 20 (the rest stay).
import { DAY_MS, type Day, formatDay, MINUTE_MS } from '../time/days.js';
import { wallClock, zonedInstant } from '../time/zone.js';
import { accept, findCandidates } from './quickadd.candidates.js';
import { reasonText } from './quickadd.reasons.js';
import { sensibleHour } from './quickadd.reminders.js';
import { type Token, tokenize } from './quickadd.tokens.js';
import type {
  QuickAddMatchKind,
  QuickAddOptions,
  QuickAddParse,
  QuickAddReminder,
} from './quickadd.types.js';
import {
  type Candidate,
  type Context,
  firstFitting,
  MAX_TAGS,
  NOON,
  type Priority,
  type Resolve,
  type Rule,
} from './quickadd.words.js';

export { sensibleHour } from './quickadd.reminders.js';
export type {
  QuickAddList,
  QuickAddMatchKind,
  QuickAddOptions,
  QuickAddParse,
  QuickAddReminder,
} from './quickadd.types.js';
export { COUNT_WORDS, DAY_PARTS, type DateOrder, type Priority } from './quickadd.words.js';

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
  let duration: number | null = null;
  let deadline: Resolve | null = null;
  let noDate = false;
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
    } else if (e.kind === 'duration' && duration === null) {
      duration = e.minutes;
      take = true;
    } else if (e.kind === 'deadline' && deadline === null) {
      deadline = e.resolve;
      take = true;
    } else if (e.kind === 'nodate' && !noDate) {
      noDate = true;
      take = true;
    } else if (e.kind === 'tie') take = used.at(-1)?.end === c.start;
    if (take) used.push(c);
  });

  // "/Section" and "+person" are looked up in the list the task goes to; what is not there stays text.
  const unread: QuickAddParse['unread'] = [];
  const target = (list ?? options.defaultList ?? '').toLowerCase();
  const chosen = options.lists?.find((l) => l.name.toLowerCase() === target);
  const place = chosen?.name ?? options.defaultList;
  const keep = (c: Candidate | null, kind: 'section' | 'assignee', found: string | null, reason: string) => {
    if (!c || found !== null) return found;
    used.splice(used.indexOf(c), 1);
    unread.push({ text: textOf(text, tokens, c), kind, reason });
    return null;
  };
  const sectionName = (section as Candidate | null)?.effect.kind === 'section' ? nameOf(section!) : '';
  const sectionFound = chosen?.sections?.find((s) => s.toLowerCase() === sectionName.toLowerCase()) ?? null;
  const sectionKept = keep(
    section,
    'section',
    sectionFound,
    reasonText(place ? 'noSection' : 'inboxNoSection', { list: place ?? '', name: sectionName }),
  );
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
    chosen?.members?.length
      ? reasonText('noMember', { list: place ?? '', name: nameOf(person) })
      : reasonText(place ? 'notShared' : 'inboxNotShared', { list: place ?? '' }),
  );

  const ctx: Context = { now: options.now.getTime(), timeZone: options.timeZone, today: 0 };
  ctx.today = Math.floor(wallClock(ctx.now, options.timeZone) / DAY_MS);
  const due = noDate
    ? { due_date: null, due_at: null, day: null }
    : resolveDue(options, ctx, date, time, daypart, relative, rrule);
  return {
    title: titleOf(tokens, used, options.timeOnly === true),
    priority,
    tags,
    due_date: due.due_date,
    due_at: due.due_at,
    recurrence: noDate ? null : withEnds(rrule, ends, { ...ctx, today: due.day ?? ctx.today }),
    recurrence_from: !noDate && (rrule as Rule | null)?.fromCompletion ? 'completion' : 'due',
    duration,
    deadline: deadline === null ? null : formatDay((deadline as Resolve)(ctx, null)),
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
          : kind === 'tie' || kind === 'nodate'
            ? 'date'
            : kind;
    matches.push({ text: textOf(text, tokens, c), kind: shown });
    previous = c;
  }
  return matches;
}

/**
 * The rule with its end: COUNT=10, or UNTIL as the date ("until dec 31" includes Dec 31; "for 3
 * weeks" counts from the first due day, which `ctx.today` is here).
 */
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

  // "every hour" with no time: from the coming whole hour (this one when it is just beginning).
  if (rrule?.rrule.startsWith('FREQ=HOURLY') && minutes === null && !date) {
    const wall = Math.floor((wallClock(now, ctx.timeZone) - ctx.today * DAY_MS) / MINUTE_MS);
    const hour = Math.ceil(wall / 60) * 60;
    const [day, at] = hour >= 24 * 60 ? [ctx.today + 1, 0] : [ctx.today, hour];
    return { due_date: null, due_at: new Date(zonedInstant(day, at, options.timeZone)).toISOString(), day };
  }
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
function titleOf(tokens: Token[], used: Candidate[], timeOnly: boolean): string {
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
  return title.length > 0 || timeOnly ? title : tokens.map((t) => t.raw).join(' ');
}
