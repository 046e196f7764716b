// Urdu script and Roman Urdu: days, times and urgency turned into the English phrase quick add reads.
import { DAY_PARTS, type Priority, parseQuickAdd } from '#shared/quickadd/quickadd.js';
import type { Clock, Details } from './when-english.js';
import {
  DATE_TIES,
  DAY_OF_MONTH,
  DAY_WORDS,
  dayNumber,
  ENGLISH_WHEN,
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
  OCLOCK,
  ordinal,
  PERIODS,
  PRIORITY_WORDS,
  SATURDAY_FORMS,
  saturdayAt,
  spellOutHours,
  URDU_PRIORITY,
  URDU_SPANS,
  urduRepeat,
  WHOLE,
  weekdayWord,
} from './when-words.js';

/** Reads day, time, urgency and #tag words out of an Urdu or Roman Urdu line; the rest is the title. */
export function parseUrduDetails(given: string[], clock: Clock, recurrence = false): Details {
  const tokens = spellOutHours(given);
  const when: string[] = [];
  let repeat: string | null = null;
  const title: string[] = [];
  const tags: string[] = [];
  let priority: Priority | null = null;
  let part: string | null = null;
  let hour: string | null = null;
  let dated = false;
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i]!;
    const w = raw.toLowerCase().replace(/[,.!?:;]+$/u, '');
    const pair = `${w} ${(tokens[i + 1] ?? '').toLowerCase()}`;
    // "اب پورا ہفتہ چلے گا", "sara hafta": a whole week, never Saturday.
    if (SATURDAY_FORMS.has(w) && WHOLE.has((tokens[i - 1] ?? '').toLowerCase())) {
      title.push(raw);
      continue;
    }
    const repeating: { english: string; length: number } | null =
      recurrence && repeat === null ? urduRepeat(tokens, i) : null;
    if (repeating) {
      repeat = repeating.english;
      i += repeating.length - 1;
      // "har jumma ko": the postposition only ties the repeat to the sentence.
      if (DATE_TIES.has((tokens[i + 1] ?? '').toLowerCase())) i += 1;
      continue;
    }
    // "ترجیح زیادہ", "priority high": the word for priority, then its level.
    const after = LEVEL_WORDS.get((tokens[i + 1] ?? '').toLowerCase().replace(/[,.!?:;]+$/u, ''));
    if (after && PRIORITY_WORDS.has(w) && priority === null) {
      priority = after;
      i += 1;
      continue;
    }
    const level = LEVEL_WORDS.get(w);
    if (level && PRIORITY_WORDS.has((tokens[i + 1] ?? '').toLowerCase().replace(/[,.!?:;]+$/u, ''))) {
      // "زیادہ ترجیح کے ساتھ", "high priority wala": the level, its word and the "with" after it.
      priority = level;
      i += 1;
      const after = tokens.slice(i + 1, i + 3).map((t) => t.toLowerCase().replace(/[,.!?:;]+$/u, ''));
      if (
        ['کے ساتھ', 'ke sath', 'ke saath', 'کی', 'ki', 'wala', 'wali', 'والا', 'والی'].includes(
          after.join(' '),
        )
      )
        i += 2;
      else if (['wala', 'wali', 'والا', 'والی', 'کا', 'کی', 'ka', 'ki'].includes(after[0] ?? '')) i += 1;
      continue;
    }
    if (
      dated &&
      ['کے', 'ke'].includes(w) &&
      ['لیے', 'لئے', 'liye', 'liey', 'lie'].includes((tokens[i + 1] ?? '').toLowerCase())
    ) {
      i += 1; // "کل کے لیے" = for tomorrow
      continue;
    }
    const count = numberWord(w);
    const unit = URDU_SPANS.get((tokens[i + 1] ?? '').toLowerCase());
    if (count !== null && unit && !dated && IN_OR_AFTER.has((tokens[i + 2] ?? '').toLowerCase())) {
      // "تین دن میں", "do hafte baad": in 3 days, in 2 weeks.
      when.push(`in ${count} ${unit}${count === 1 ? '' : 's'}`);
      dated = true;
      i += 2;
    } else if (
      !dated &&
      MONTH_END_START.has(w) &&
      ['کے', 'ke', 'ki', 'کی'].includes((tokens[i + 1] ?? '').toLowerCase()) &&
      MONTH_END.has((tokens[i + 2] ?? '').toLowerCase().replace(/[,.!?:;]+$/u, ''))
    ) {
      // "مہینے کے آخر تک", "mahine ke akhir mein": the month's last day.
      when.push('end of month');
      dated = true;
      i += 2;
    } else if (
      !dated &&
      (count !== null || /^\d{1,2}$/u.test(w)) &&
      DAY_OF_MONTH.has((tokens[i + 1] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, ''))
    ) {
      // "pandrah tareekh ko", "15 تاریخ تک": that day of the month, the next one still ahead.
      const n = count ?? Number(w);
      if (n >= 1 && n <= 31) {
        when.push(`the ${ordinal(n)}`);
        dated = true;
        i += 1;
        if (DATE_TIES.has((tokens[i + 1] ?? '').toLowerCase())) i += 1;
      } else title.push(raw);
    } else if (
      !dated &&
      DAY_OF_MONTH.has(w) &&
      dayNumber((tokens[i + 1] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, '')) !== null
    ) {
      // "ki date 20 kar do", "کی تاریخ پندرہ کر دیں": the date is that day of the month.
      when.push(
        `the ${ordinal(dayNumber((tokens[i + 1] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, ''))!)}`,
      );
      dated = true;
      i += 1;
      if (DAY_OF_MONTH.has((tokens[i + 1] ?? '').toLowerCase())) i += 1;
    } else if (!dated && monthDayAt(tokens, i)) {
      // "2 sept ko", "25 december", "Dec 31 ko", "دسمبر کی 25 تاریخ": that date, the next one ahead.
      const found = monthDayAt(tokens, i)!;
      when.push(found.english);
      dated = true;
      i += found.length - 1;
      if (DATE_TIES.has((tokens[i + 1] ?? '').toLowerCase())) i += 1;
    } else if (!dated && saturdayAt(tokens, i) > 0) {
      // "ہفتے کے دن", "ہفتے کو", "hafte ko": ہفتہ is the week and Saturday; with "the day of" or "on", Saturday.
      when.push('saturday');
      dated = true;
      i += saturdayAt(tokens, i) - 1;
    } else if (
      NEXT_WEEK.has(pair) &&
      ['کا', 'ka'].includes((tokens[i + 2] ?? '').toLowerCase()) &&
      !weekdayWord((tokens[i + 3] ?? '').toLowerCase().replace(/[,.!?:;]+$/u, ''))
    ) {
      // "اگلے ہفتے کا ڈیوٹی روسٹر", "agle hafte ka schedule": next week's thing, a title, no date.
      title.push(raw, tokens[i + 1]!);
      i += 1;
    } else if (NEXT_WEEK.has(pair)) {
      // "agle hafte somwar ko", "اگلے ہفتے کے پیر": that weekday of next week.
      const skip = ['کے', 'ke', 'ka', 'کا', 'ki', 'کی'].includes((tokens[i + 2] ?? '').toLowerCase()) ? 1 : 0;
      const day = weekdayWord((tokens[i + 2 + skip] ?? '').toLowerCase().replace(/[,.!?:;]+$/u, ''));
      if (day) {
        when.push(`next ${day}`);
        i += 2 + skip;
        if (DATE_TIES.has((tokens[i + 1] ?? '').toLowerCase())) i += 1;
      } else {
        when.push('next week');
        i += 1;
      }
      dated = true;
    } else if (NEXT_WORDS.has(w) && !dated && nextOfToday(tokens[i + 1], clock)) {
      // "اگلے بدھ", "agle budh" said on a Wednesday: a week from today, never today.
      when.push(`next ${nextOfToday(tokens[i + 1], clock)}`);
      dated = true;
      i += 1;
      if (DATE_TIES.has((tokens[i + 1] ?? '').toLowerCase())) i += 1;
    } else if (DAY_WORDS.has(w) && !dated) {
      when.push(DAY_WORDS.get(w)!);
      dated = true;
    } else if (PERIODS.has(w)) {
      part = PERIODS.get(w)!;
    } else if (
      /^\d{1,2}(?::\d\d)?$/u.test(w) &&
      // "raat 10 baje, din wohi": the clause's comma is no part of "baje".
      OCLOCK.has((tokens[i + 1] ?? '').toLowerCase().replace(/[,.!?:;،۔]+$/u, ''))
    ) {
      hour = w;
      i += 1;
    } else if (/^\d{1,2}:\d\d$/u.test(w) && hour === null) {
      // "aaj raat 11:30": a clock time with its minutes is a time without "baje" too.
      hour = w;
    } else if (ENGLISH_WHEN.test(w)) {
      when.push(w);
      dated = dated || !/\d/u.test(w);
    } else if (URDU_PRIORITY.has(w) && priority === null) {
      priority = URDU_PRIORITY.get(w)!;
    } else if (/^#[\p{L}\p{N}_-]+$/u.test(w) && !/^#\d+$/u.test(w)) {
      tags.push(raw.slice(1).replace(/[,.!?:;]+$/u, ''));
    } else if (
      DATE_TIES.has(w) &&
      (when.length > 0 || hour !== null) &&
      title.length >= 0 &&
      isTie(tokens, i)
    ) {
      // dropped: "کل تک" = by tomorrow
    } else {
      title.push(raw);
    }
  }
  const period = part === null ? null : (DAY_PARTS.get(part) ?? 0) < 12 * 60 ? 'am' : 'pm';
  if (hour !== null) {
    const h = Number(hour.split(':')[0]);
    // رات (night) runs past midnight: "raat 2 baje" is 2am; دوپہر 12 is noon.
    const suffix =
      part === 'night' && h >= 1 && h <= 4
        ? 'am'
        : (period ?? (h >= 1 && h <= 7 ? 'pm' : h === 12 ? 'pm' : 'am'));
    when.push(h > 12 ? `at ${hour}` : `at ${hour}${suffix}`);
  } else if (part !== null) {
    // "kal subah" = tomorrow morning, "aaj raat" = tonight; "shaam ko" alone = the next evening.
    when.push(when.length > 0 ? part : part === 'night' ? 'at night' : `in the ${part}`);
  }
  let due_date: string | null = null;
  let due_at: string | null = null;
  let rule: string | null = null;
  if (repeat !== null) {
    // The day and time said with it ("har itwar subah 9 baje") are its first occurrence.
    const parse = parseQuickAdd(`${repeat} ${when.join(' ')}`.trim(), { ...clock, recurrence: true });
    rule = parse.recurrence;
    due_date = parse.due_date;
    due_at = parse.due_at;
  } else if (when.length > 0) {
    const parse = parseQuickAdd(`due ${when.join(' ')}`, { ...clock, recurrence: false });
    due_date = parse.due_date;
    due_at = parse.due_at;
  }
  return { title: title.join(' '), priority, tags, due_date, due_at, ...(rule ? { recurrence: rule } : {}) };
}
