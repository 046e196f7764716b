// The words of a quick add line: split on whitespace, trailing punctuation set aside, numeric dates
// in the account's order and Urdu words read into the words phrases are matched against.
import { daysInMonth } from '../time/days.js';
import { asciiDigits, urduWordAfter } from './quickadd.urdu.js';
import type { DateOrder } from './quickadd.words.js';

export interface Token {
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

/**
 * Todoist's short forms, read only as typed in lower case ("Call Tom" names a person): tod, tom,
 * ev (every); "@" is "at" ("fri @ 7pm").
 */
const SHORT_FORMS = new Map([
  ['tod', 'today'],
  ['tom', 'tomorrow'],
  ['ev', 'every'],
  ['@', 'at'],
]);
/** "every!" and "ev!": a repeat counted from completion (the "!" is not punctuation here). */
const EVERY_FROM_COMPLETION = /^(?:every|ev)!$/u;

/**
 * "12/10", "10.12.", "12/10/2026", "2026/12/10" in the account's order, as ISO words ("--12-10"). A
 * date only one order can read ("01/27/2027" in a day-first account: there is no month 27) is read
 * that way whatever the order, and is the only kind read when no order is known.
 */
export function numericDate(raw: string, order: DateOrder | null | undefined): string | null {
  const own = numericDateIn(raw, order ?? null);
  if (own !== null && order) return own;
  const dmy = numericDateIn(raw, 'dmy');
  const mdy = numericDateIn(raw, 'mdy');
  if (dmy === null) return mdy;
  if (mdy === null || mdy === dmy) return dmy;
  return null;
}

function numericDateIn(raw: string, order: DateOrder | null): string | null {
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

export function tokenize(text: string, order: DateOrder | null | undefined, urdu: boolean): Token[] {
  const tokens: Token[] = [];
  // #"Two words" and /"Two words" are one word; so is a deadline in braces, "{march 30}".
  for (const m of text.matchAll(/[#/@+]"[^"\n]{1,64}"|\{[^{}\n]{1,64}\}|\S+/gu)) {
    const raw = m[0];
    // "!!" is a priority, not punctuation; #"Two words" keeps its quotes.
    const cut = raw.replace(/[,.;:!?\u06D4\u060C]+$/u, '');
    const trimmed = /^[#/@+]"|^\{.*\}$/u.test(raw) || cut === '' ? raw : cut;
    const lower = asciiDigits(trimmed.toLowerCase());
    const date = numericDate(asciiDigits(raw), order);
    const urduWord = date === null && urdu ? urduWordAfter(lower, tokens.at(-1)?.word) : undefined;
    const short = EVERY_FROM_COMPLETION.test(raw.toLowerCase())
      ? 'every!'
      : trimmed === lower
        ? SHORT_FORMS.get(lower)
        : undefined;
    const word = date ?? urduWord ?? short ?? lower;
    tokens.push({ start: m.index, raw, text: trimmed, word, urdu: urduWord !== undefined });
  }
  return tokens;
}
