// Urdu script and Roman Urdu: which words of a line say when (a day, a time, a repeat), read by the
// product's one reader of time (readTime, shared/when/read.ts); the assistant's own words here are
// urgency and tags. The time words are found with the shared table of Urdu date words
// (when-words.ts) and handed over as typed, in their order, for the shared reader to read. Two ways
// of saying a day keep the assistant's reading, tried only when the words as typed were not read:
// a lone ہفتہ / hafta as Saturday (quick add leaves it: it is also the week) and "ki tareekh pandrah"
// (the date is the 15th). A phrase the reader leaves words of unread gives no date: its words stay in
// the title, where the guard asks about them.
import type { Priority } from '#shared/quickadd/quickadd.js';
import { dayIn } from '#shared/time/zone.js';
import type { WhenReading } from '#shared/when/read.js';
import { type Clock, type Details, durationIn, readTime } from './when-english.js';
import {
  DATE_TIES,
  DAY_OF_MONTH,
  DAY_WORDS,
  dayNumber,
  dayPartOf,
  ENGLISH_WHEN,
  hourAt,
  IN_OR_AFTER,
  isTie,
  LEVEL_WORDS,
  MONTH_END,
  MONTH_END_START,
  monthDayAt,
  NEXT_WEEK,
  NEXT_WORDS,
  nextOfToday,
  numberWord,
  ordinal,
  PERIODS,
  PRIORITY_WORDS,
  SATURDAY_FORMS,
  SPELLED_FIRST,
  saturdayAt,
  TASK_NOUN_WORDS,
  URDU_PRIORITY,
  URDU_SPANS,
  urduRepeat,
  WHOLE,
  weekdayWord,
} from './when-words.js';

/**
 * What each word of the line is: the title's, the time phrase's, a word that only ties the time to
 * the line ("ko", "tak", "ke liye": back in the title when the time is not read), or neither
 * (urgency, a tag).
 */
type Role = 'title' | 'time' | 'other' | 'tied';

/** The second word of "ہفتہ وار" / "hafta war" (weekly). */
const WEEKLY = new Set(['وار', 'war', 'waar', 'wari', 'واری']);

/** Reads day, time, urgency and #tag words out of an Urdu or Roman Urdu line; the rest is the title. */
export function parseUrduDetails(tokens: string[], clock: Clock, recurrence = false): Details {
  const roles: Role[] = tokens.map(() => 'title');
  // The assistant's own reading of a time word where it keeps one ('' for the rest of its words).
  const own: (string | null)[] = tokens.map(() => null);
  const tags: string[] = [];
  let priority: Priority | null = null;
  let dated = false;
  let repeats = false;
  let part: number | null = null;
  const mark = (from: number, length: number, role: Role = 'time', english: string | null = null) => {
    for (let k = from; k < from + length && k < tokens.length; k++) {
      roles[k] = role;
      own[k] = english === null ? null : k === from ? english : '';
    }
  };
  const low = (k: number) => (tokens[k] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, '');
  const tie = (k: number) => {
    if (DATE_TIES.has(low(k))) mark(k, 1, 'tied');
    return roles[k] === 'tied' ? k : k - 1;
  };
  // "45 منٹ کے لیے", "ek ghante ke liye": how long it takes, where quick add reads it.
  const lasting = durationIn(tokens, clock);
  if (lasting) mark(lasting.from, lasting.length, 'other');
  for (let i = 0; i < tokens.length; i++) {
    if (lasting && i === lasting.from) {
      i += lasting.length - 1;
      continue;
    }
    const raw = tokens[i]!;
    const w = raw.toLowerCase().replace(/[,.!?:;]+$/u, '');
    // "اب پورا ہفتہ چلے گا", "sara hafta": a whole week, never Saturday.
    if (SATURDAY_FORMS.has(w) && WHOLE.has((tokens[i - 1] ?? '').toLowerCase())) continue;
    // "ہفتہ وار", "hafta war": weekly, never Saturday. It names the task ("ہفتہ وار رپورٹ": quick add
    // keeps it in the title) unless a repeat was read and it ends the line or describes the task
    // itself ("..., ہفتہ وار کام بنا دیں"), where it only says the repeat again.
    if (SATURDAY_FORMS.has(w) && WEEKLY.has(low(i + 1))) {
      if (repeats && (i + 2 >= tokens.length || TASK_NOUN_WORDS.has(low(i + 2)))) mark(i, 2, 'tied');
      i += 1;
      continue;
    }
    const repeating = recurrence && !repeats ? urduRepeat(tokens, i) : null;
    if (repeating) {
      repeats = true;
      mark(i, repeating.length);
      i += repeating.length - 1;
      // "har jumma ko": the postposition only ties the repeat to the sentence.
      i = tie(i + 1);
      continue;
    }
    // "ترجیح زیادہ", "priority high": the word for priority, then its level.
    const after = LEVEL_WORDS.get(low(i + 1));
    if (after && PRIORITY_WORDS.has(w) && priority === null) {
      priority = after;
      mark(i, 2, 'other');
      i += 1;
      continue;
    }
    const level = LEVEL_WORDS.get(w);
    if (level && PRIORITY_WORDS.has(low(i + 1))) {
      // "زیادہ ترجیح کے ساتھ", "high priority wala": the level, its word and the "with" after it.
      priority = level;
      mark(i, 2, 'other');
      i += 1;
      const next = [low(i + 1), low(i + 2)];
      if (
        ['کے ساتھ', 'ke sath', 'ke saath', 'کی', 'ki', 'wala', 'wali', 'والا', 'والی'].includes(
          next.join(' '),
        )
      ) {
        mark(i + 1, 2, 'other');
        i += 2;
      } else if (['wala', 'wali', 'والا', 'والی', 'کا', 'کی', 'ka', 'ki'].includes(next[0] ?? '')) {
        mark(i + 1, 1, 'other');
        i += 1;
      }
      continue;
    }
    if (
      dated &&
      ['کے', 'ke'].includes(w) &&
      ['لیے', 'لئے', 'liye', 'liey', 'lie'].includes((tokens[i + 1] ?? '').toLowerCase())
    ) {
      mark(i, 2, 'tied'); // "کل کے لیے" = for tomorrow
      i += 1;
      continue;
    }
    const count = numberWord(w);
    const unit = URDU_SPANS.get((tokens[i + 1] ?? '').toLowerCase());
    const hour = hourAt(tokens, i);
    if (count !== null && unit && !dated && IN_OR_AFTER.has((tokens[i + 2] ?? '').toLowerCase())) {
      // "تین دن میں", "do hafte baad": in 3 days, in 2 weeks.
      mark(i, 3);
      dated = true;
      i += 2;
    } else if (
      !dated &&
      MONTH_END_START.has(w) &&
      ['کے', 'ke', 'ki', 'کی'].includes((tokens[i + 1] ?? '').toLowerCase()) &&
      MONTH_END.has(low(i + 2))
    ) {
      // "مہینے کے آخر تک", "mahine ke akhir mein", "mahine ke end tak": the month's last day.
      mark(i, 3);
      dated = true;
      i += 2;
    } else if (!dated && (count !== null || /^\d{1,2}$/u.test(w)) && DAY_OF_MONTH.has(low(i + 1))) {
      // "pandrah tareekh ko", "15 تاریخ تک", "bees tareekh": that day of the month.
      const n = count ?? Number(w);
      if (n >= 1 && n <= 31) {
        mark(i, 2);
        dated = true;
        i = tie(i + 2);
      }
    } else if (!dated && DAY_OF_MONTH.has(w) && dayNumber(low(i + 1)) !== null) {
      // "ki date 20 kar do", "کی تاریخ پندرہ کر دیں": the date is that day of the month.
      const extra = DAY_OF_MONTH.has((tokens[i + 2] ?? '').toLowerCase()) ? 1 : 0;
      mark(i, 2 + extra, 'time', `the ${ordinal(dayNumber(low(i + 1))!)}`);
      dated = true;
      i += 1 + extra;
    } else if (!dated && monthDayAt(tokens, i)) {
      // "2 sept ko", "25 december", "Dec 31 ko", "دسمبر کی 25 تاریخ": that date.
      const found = monthDayAt(tokens, i)!;
      mark(i, found.length);
      dated = true;
      i = tie(i + found.length);
    } else if (!dated && dayPartOf(tokens, i)) {
      // "ہفتے کی رات آٹھ بجے", "jumma ki shaam", "کل کی صبح": a day's part of the day; ہفتہ so said is
      // Saturday (a week has no night). The part is read next.
      mark(i, 1, 'time', SATURDAY_FORMS.has(w) ? 'saturday' : null);
      mark(i + 1, 1, 'tied');
      dated = true;
      i += 1;
    } else if (!dated && saturdayAt(tokens, i) > 0) {
      // "ہفتے کے دن", "ہفتے کو", "hafte ko": ہفتہ is the week and Saturday; with "the day of" or "on", Saturday.
      mark(i, saturdayAt(tokens, i));
      dated = true;
      i += saturdayAt(tokens, i) - 1;
    } else if (
      NEXT_WEEK.has(`${w} ${(tokens[i + 1] ?? '').toLowerCase()}`) &&
      ['کا', 'ka'].includes((tokens[i + 2] ?? '').toLowerCase()) &&
      !weekdayWord(low(i + 3))
    ) {
      // "اگلے ہفتے کا ڈیوٹی روسٹر", "agle hafte ka schedule": next week's thing, a title, no date.
      i += 1;
    } else if (NEXT_WEEK.has(`${w} ${(tokens[i + 1] ?? '').toLowerCase()}`)) {
      // "agle hafte somwar ko", "اگلے ہفتے کے پیر": that weekday of next week.
      const skip = ['کے', 'ke', 'ka', 'کا', 'ki', 'کی'].includes((tokens[i + 2] ?? '').toLowerCase()) ? 1 : 0;
      const day = weekdayWord(low(i + 2 + skip));
      const length = day ? 3 + skip : 2;
      mark(i, length);
      i += length - 1;
      if (day) i = tie(i + 1);
      dated = true;
    } else if (NEXT_WORDS.has(w) && !dated && nextOfToday(tokens[i + 1], clock)) {
      // "اگلے بدھ", "agle budh" said on a Wednesday: a week from today.
      mark(i, 2);
      dated = true;
      i = tie(i + 2);
    } else if (DAY_WORDS.has(w) && !dated && repeats && SATURDAY_FORMS.has(w)) {
      // "ہر جمعہ ..., ہفتہ وار کام بنا دیں": after a repeat, ہفتہ says weekly again.
      mark(i, 1, 'tied');
    } else if (DAY_WORDS.has(w) && !dated) {
      mark(i, 1, 'time', SATURDAY_FORMS.has(w) ? 'saturday' : null);
      dated = true;
    } else if (PERIODS.has(w)) {
      part = i;
      mark(i, 1);
    } else if (hour > 0) {
      // "5 baje", "saarhe paanch baje", "raat 10 baje, din wohi", "raat 2 baje" (2am): the hour with its o'clock word.
      mark(i, hour);
      i += hour - 1;
    } else if (/^\d{1,2}:\d\d$/u.test(w)) {
      // "aaj raat 11:30": a clock time with its minutes is a time without "baje" too.
      mark(i, 1);
    } else if (ENGLISH_WHEN.test(w)) {
      // One day a line: a second one ("monday ko ..., thursday wala band") is passed over.
      const day = !/\d|noon|midnight/u.test(w);
      mark(i, 1, day && dated ? 'tied' : 'time');
      dated = dated || day;
    } else if (URDU_PRIORITY.has(w) && priority === null) {
      priority = URDU_PRIORITY.get(w)!;
      mark(i, 1, 'other');
    } else if (/^#[\p{L}\p{N}_-]+$/u.test(w) && !/^#\d+$/u.test(w)) {
      tags.push(raw.slice(1).replace(/[,.!?:;]+$/u, ''));
      mark(i, 1, 'other');
    } else if (DATE_TIES.has(w) && roles.slice(0, i).includes('time') && isTie(tokens, i)) {
      // "کل تک" = by tomorrow
      mark(i, 1, 'tied');
    }
  }
  // A part of the day said alone, with its "ko" ("shaam ko sabzi leni hai"): the next one, as the
  // shared reader reads "shaam ko".
  if (part !== null && roles.filter((r) => r === 'time').length === 1 && roles[part + 1] === 'tied')
    roles[part + 1] = 'time';
  const said = (english: boolean) =>
    tokens
      .flatMap((t, k) =>
        roles[k] !== 'time' ? [] : [english && own[k] !== null ? own[k]! : t.replace(/[,.!?:;،۔]+$/u, '')],
      )
      .filter((t) => t !== '')
      .join(' ');
  const readWell = (phrase: string) => {
    if (phrase === '') return null;
    const read = readTime(phrase, clock);
    return read.rest === '' && (read.due_date || read.due_at || read.recurrence) ? read : null;
  };
  // The words as typed first; the assistant's own reading only where the shared reader has none.
  const read = readWell(said(false)) ?? (own.some((o) => o !== null) ? readWell(said(true)) : null);
  const title = tokens.filter(
    (_, k) => roles[k] === 'title' || (read === null && (roles[k] === 'time' || roles[k] === 'tied')),
  );
  if (!roles.includes('time') && !tokens.some((_, k) => SPELLED_FIRST.has(low(k)))) {
    // A line in which this file finds no words of time ("یکم ستمبر", "agle mahine", "۲۳ تاریخ"): the
    // line less its urgency and tags, read whole by the shared reader, as quick add reads it. A day
    // gone by ("yesterday" in a remark) is no due moment, as this file reads none.
    const whole = readWhole(title.join(' '), clock);
    const day = whole.due_date ?? (whole.due_at ? dayIn(new Date(whole.due_at), clock.timeZone) : null);
    if (day !== null && day >= dayIn(clock.now, clock.timeZone) && (whole.recurrence === null || recurrence))
      return {
        title: whole.rest,
        priority,
        tags,
        due_date: whole.due_date,
        due_at: whole.due_at,
        ...(whole.recurrence ? { recurrence: whole.recurrence } : {}),
        ...(lasting ? { duration: lasting.minutes } : {}),
      };
  }
  // A repeat only where the line says one ("har", "roz"), never two days read as one.
  const rule = read !== null && recurrence && repeats ? read.recurrence : null;
  return {
    title: title.join(' '),
    priority,
    tags,
    due_date: read?.due_date ?? null,
    due_at: read?.due_at ?? null,
    ...(rule ? { recurrence: rule } : {}),
    ...(lasting ? { duration: lasting.minutes } : {}),
  };
}

/** Lines read whole, by their words and clock: a turn reads the same line several times over. */
const wholeReadings = new Map<string, WhenReading>();
function readWhole(line: string, clock: Clock): WhenReading {
  const key = [line, clock.now.getTime(), clock.timeZone, clock.dateOrder ?? ''].join('\u0000');
  let read = wholeReadings.get(key);
  if (!read) {
    if (wholeReadings.size >= 500) wholeReadings.clear();
    read = readTime(line, clock);
    wholeReadings.set(key, read);
  }
  return read;
}
