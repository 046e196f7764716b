// Quick add's Urdu and Roman Urdu words: each one stands for the English word the phrase readers
// already know ("kal" = tomorrow, "shaam" = evening, "har" = every), so a line in either language is
// read by the same phrases. Titles keep the words as typed. The words are read from the one table
// the assistant reads too (shared/lang/urdu-when.json), less its quickAddSkips (English words).
import table from '../lang/urdu-when.json' with { type: 'json' };

const SKIPS = new Set(table.quickAddSkips.words);

/** Each word of the lists, less quick add's skips, as `as`; the lists' "_about" is no word. */
function read(lists: Record<string, string | string[]>, as: (key: string) => string): [string, string][] {
  return Object.entries(lists).flatMap(([key, words]) =>
    key === '_about' || typeof words === 'string'
      ? []
      : words.filter((w) => !SKIPS.has(w)).map((w): [string, string] => [w, as(key)]),
  );
}
const each = (as: string) => () => as;
const itself = (key: string) => key;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A word and the English word (or digits) it is read as. Words with no English twin are read as
 * quick add's own, marked with "~" so that nothing typed in English can be one: ~baje (o'clock),
 * ~baad (after, in), ~tareekh (date), the ties ~ko, ~tak, ~se, the parts of an hour ~half,
 * ~quarterPast, ~quarterTo and the hours and a half ~1:30, ~2:30. روز is read by urduWordAfter. Left
 * unread: ہفتہ (Saturday or the week) and the month's end words (the assistant's readings).
 */
const WORDS: [string, string][] = [
  ...read(table.days, itself),
  // "agle jumma": the coming Friday (a week away only when today is Friday); "agle hafte": next week.
  ...read(table.coming, each('coming')),
  ...read(table.dayParts, itself),
  ...read(table.units, itself),
  ...read(table.every, each('every')),
  ...read(table.daily, each('daily')),
  ...read(table.after, each('~baad')),
  ...read(table.in, each('~baad')),
  ...read(table.oclock, each('~baje')),
  // "saarhe paanch baje" (5:30), "sawa 4 baje", "pone 5 baje" (4:45); "derh baje" (1:30).
  ...read(table.fractions, (part) => `~${part}`),
  ...read(table.halfHours, (clock) => `~${clock}`),
  // "aadhe ghante ke liye": for half an hour.
  ...read(table.halfOf, each('~halfOf')),
  ...read(table.dayOfMonth, each('~tareekh')),
  // "کل تک", "juma ko", "kal se": postpositions that tie a date to the line.
  ...read(table.ties, (tie) => ({ by: '~tak', on: '~ko', from: '~se' })[tie]!),
  // "peer, budh aur jumma": Monday, Wednesday and Friday.
  ...read(table.and, each('and')),
  // "har mahine ki yakum", "aakhri tareekh": the 1st, the last day.
  ...read(table.first, each('1st')),
  ...read(table.last, each('last')),
  // "har doosre din" (every second day), "mahine ka teesra jumma", "pehli tareekh".
  ...read(table.ordinals, itself),
  // "mahine ke aakhir mein": at the month's end; "janwari ke wasat mein": mid January.
  ...read(table.end, each('~end')),
  ...read(table.middle, each('~middle')),
  // "10 baar": 10 times.
  ...read(table.times, each('times')),
  ...read(table.urgent, each('!high')),
  ...table.months.words.map((w, i): [string, string] => [w, MONTH_NAMES[i]!]),
  // "yaad dilana 1 ghanta pehle": remind 1 hour before.
  ...read(table.remind, each('remind')),
  ...read(table.hour, each('hour')),
  ...read(table.hours, each('hours')),
  ...read(table.minutes, each('minutes')),
  ...read(table.before, each('before')),
  // "45 minute ke liye": for 45 minutes.
  ...read(table.for, each('~liye')),
  // Numbers said in words, for "do din baad" (in 2 days), "paanch baje" (at 5), "har teen din".
  ...read(table.numbers, itself),
];

export const URDU_WORDS: ReadonlyMap<string, string> = new Map(WORDS);

/**
 * Numbers said in words that quick add skips elsewhere as English words ("bees", "tin", "sat"), read
 * as numbers only right before the word for date ("bees tareekh": the 20th).
 */
export const NUMBERS_BEFORE_A_DATE: ReadonlyMap<string, number> = new Map(
  Object.entries(table.numbers).flatMap(([n, words]) =>
    n === '_about' || typeof words === 'string'
      ? []
      : words.filter((w) => SKIPS.has(w)).map((w): [string, number] => [w, Number(n)]),
  ),
);

const EVERY_DAY = new Set(table.everyDayBeforeATime.words);
/**
 * A word as read after the word read before it (`before`): روز is the unit day after a number or ہر
 * ("do roz baad", "har roz"), else every day ("kal se roz gym", "doodh lana roz subah 8 baje").
 */
export function urduWordAfter(lower: string, before: string | undefined): string | undefined {
  if (!EVERY_DAY.has(lower) || before === 'every' || (before !== undefined && /^\d+$/u.test(before)))
    return URDU_WORDS.get(lower);
  return 'daily';
}
/** How many words the lists read hold, counted twice when in two (then one would be read the other's way). */
export const URDU_WORDS_LISTED = WORDS.length;

/** Eastern Arabic and Urdu digits as ASCII ones: "۵ بجے" is "5 baje". */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90));
}
