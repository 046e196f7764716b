// English due moments, priorities and tags, read by the product's one reader of time: a phrase that
// is only time goes to readWhen (shared/when/read.ts), a line with a title around its time to quick
// add's parser, whose phrase tables readWhen reads with. markEnglishDetails puts priority and tag
// phrases in quick add's forms and keeps one reading of its own ("at 7" as 7pm).
import { type Priority, parseQuickAdd } from '#shared/quickadd/quickadd.js';
import type { DateOrder } from '#shared/quickadd/quickadd.words.js';
import { readWhen, type WhenReading } from '#shared/when/read.js';

export interface Details {
  title: string;
  priority: Priority | null;
  tags: string[];
  due_date: string | null;
  due_at: string | null;
  /** An RRULE ("every sunday", "ہر اتوار"), read only where a new task is described. */
  recurrence?: string | null;
  /** Minutes the task takes ("for 45 min", "45 منٹ کے لیے"), as quick add reads them. */
  duration?: number | null;
}

/** The user's clock, as quick add reads time with it: now, the zone and how numeric dates are written. */
export interface Clock {
  now: Date;
  timeZone: string;
  /** The account's order of numeric dates ("12/6"); absent or null, a numeric date is not read as one. */
  dateOrder?: DateOrder | null;
}

/**
 * A phrase that should be only time ("kal shaam 5 baje", "every other tuesday", "friday at 5pm"),
 * read by the product's reader; `rest` holds the words it did not read ("" when it read them all).
 */
export function readTime(phrase: string, clock: Clock, urdu = true): WhenReading {
  return readWhen(phrase, { ...clock, urdu });
}

const PRIORITY_PHRASES: [RegExp, string][] = [
  [/\b(?:with\s+)?(?:a\s+)?(high|medium|low)[\s-]+priority\b/giu, '!$1'],
  [/\bpriority\s*(?:is\s*|of\s*|:\s*|=\s*)?(high|medium|low)\b/giu, '!$1'],
  [/\b(?:urgent|urgently|asap)\b/giu, '!high'],
  [/\b(?:top|highest|max(?:imum)?)[\s-]+priority\b/giu, '!high'],
];

/** "tagged work and home", "with tags work, home", "tag: errands", "tag it clients" -> "#work #home". */
const TAG_PHRASE =
  /\b(?:tagged(?:\s+as|\s+with)?|(?:with\s+)?(?:the\s+)?tags?(?:\s+(?:it|this|that|them)(?:\s+(?:as|with))?)?|labell?ed(?:\s+as)?)\s*:?\s+(?!(?:wala|wali|wale|waala|waali|waale|walay|walon)\b)([\p{L}\p{N}_-]+(?:\s*(?:,|and|&)\s*[\p{L}\p{N}_-]+)*)/giu;

/**
 * Rewrites English priority and tag phrases into quick add's "!high" and "#tag" forms. Time is quick
 * add's to read; the one reading kept here is "at 7" (with its minutes) as 7pm, where quick add's
 * sensible hour reads 7 as the morning's (1-6 are the afternoon's to both).
 */
export function markEnglishDetails(text: string): string {
  let out = text.replace(
    /\bat\s+(7(?::[0-5]\d)?|seven)(?![\d:.]|\s*(?:am|pm|a\.m|p\.m|o'?clock\s+in\s+the\s+morning|days?|weeks?|months?|years?|hours?|minutes?|times?|people|things|of)\b)/giu,
    (_, hour: string) => `at ${hour.toLowerCase() === 'seven' ? '7' : hour}pm`,
  );
  for (const [pattern, replacement] of PRIORITY_PHRASES) out = out.replace(pattern, replacement);
  out = out.replace(TAG_PHRASE, (_, list: string) =>
    list
      .split(/\s*(?:,|\band\b|&)\s*/u)
      .filter((t) => t.length > 0)
      .map((t) => `#${t}`)
      .join(' '),
  );
  return out;
}

export function parseEnglishDetails(text: string, clock: Clock, recurrence = false): Details {
  const read = parseMarked(markEnglishDetails(text).trim(), text, clock, recurrence);
  if (read.due_date || read.due_at) return read;
  // People say the moment first ("tonight at 9 take out the trash"), where quick add keeps a bare
  // "tonight" as a title word: a lead that is nothing but a moment is read as if it came last.
  const ws = text.trim().split(/\s+/u);
  for (let k = Math.min(5, ws.length - 1); k >= 1; k--) {
    const lead = readTime(markEnglishDetails(ws.slice(0, k).join(' ')), clock, false);
    if (lead.rest !== '' || !(lead.due_date || lead.due_at)) continue;
    const rest = ws.slice(k).join(' ').replace(/^,\s*/u, '');
    const moved = `${rest} ${ws.slice(0, k).join(' ').replace(/[,:]$/u, '')}`;
    const again = parseMarked(markEnglishDetails(moved).trim(), moved, clock, recurrence);
    if (again.due_date || again.due_at) return again;
  }
  return read;
}

function parseMarked(marked: string, text: string, clock: Clock, recurrence: boolean): Details {
  const parse = parseQuickAdd(marked, { ...clock, recurrence });
  // Quick add keeps the whole line as the title when every word was read; here that means no title.
  const everything = parse.matches.length > 0 && parse.title === marked.split(/\s+/u).join(' ');
  const title = parse.matches.length === 0 ? text.trim() : everything ? '' : parse.title;
  return {
    title,
    priority: parse.priority,
    tags: parse.tags,
    due_date: parse.due_date,
    due_at: parse.due_at,
    ...(parse.recurrence ? { recurrence: parse.recurrence } : {}),
    ...(parse.duration ? { duration: parse.duration } : {}),
  };
}

/**
 * Where quick add reads a duration in a line ("45 minute ke liye", "ایک گھنٹے کے لیے", "for 45 min"):
 * its minutes and the tokens it spans, compared without their punctuation; null where it reads none.
 */
export function durationIn(
  tokens: string[],
  clock: Clock,
): { minutes: number; from: number; length: number } | null {
  const bare = (t: string) => t.toLowerCase().replace(/[,.!?:;،۔]+$/u, '');
  const line = tokens.map(bare).join(' ');
  const parse = parseQuickAdd(line, { ...clock, urdu: true, timeOnly: true });
  const match = parse.matches.find((m) => m.kind === 'duration');
  if (!match || parse.duration === null) return null;
  const said = match.text.toLowerCase().split(/\s+/u);
  for (let from = 0; from + said.length <= tokens.length; from++)
    if (said.every((w, k) => bare(tokens[from + k]!) === w))
      return { minutes: parse.duration, from, length: said.length };
  return null;
}
