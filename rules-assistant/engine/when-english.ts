// English due moments, priorities and tags, read by the quick-add parser (the one date engine).
import { COUNT_WORDS, type Priority, parseQuickAdd } from '#shared/quickadd/quickadd.js';

export interface Details {
  title: string;
  priority: Priority | null;
  tags: string[];
  due_date: string | null;
  due_at: string | null;
  /** An RRULE ("every sunday", "ہر اتوار"), read only where a new task is described. */
  recurrence?: string | null;
}

export interface Clock {
  now: Date;
  timeZone: string;
}

const PRIORITY_PHRASES: [RegExp, string][] = [
  [/\b(?:with\s+)?(?:a\s+)?(high|medium|low)[\s-]+priority\b/giu, '!$1'],
  [/\bpriority\s*(?:is\s*|of\s*|:\s*|=\s*)?(high|medium|low)\b/giu, '!$1'],
  [/\b(?:urgent|urgently|asap)\b/giu, '!high'],
  [/\b(?:top|highest|max(?:imum)?)[\s-]+priority\b/giu, '!high'],
];

/** "tagged work and home", "with tags work, home", "tag: errands" -> "#work #home". */
const TAG_PHRASE =
  /\b(?:tagged(?:\s+as|\s+with)?|(?:with\s+)?(?:the\s+)?tags?|labell?ed(?:\s+as)?)\s*:?\s+([\p{L}\p{N}_-]+(?:\s*(?:,|and|&)\s*[\p{L}\p{N}_-]+)*)/giu;

/** Rewrites English priority and tag phrases into quick add's "!high" and "#tag" forms. */
export function markEnglishDetails(text: string): string {
  // "every morning at 8", "every evening": a daily repeat at that part of the day, the hour read in it.
  text = text.replace(
    /\bevery\s+(morning|afternoon|evening|night)(?:\s+at\s+(\d{1,2}(?::[0-5]\d)?)(?!\s*(?:am|pm|a\.m|p\.m)\b))?\b/giu,
    (_, part: string, hour?: string) =>
      hour
        ? `every day at ${hour}${part.toLowerCase() === 'morning' ? 'am' : 'pm'}`
        : part.toLowerCase() === 'night'
          ? 'every day at night'
          : `every day in the ${part.toLowerCase()}`,
  );
  // Hours in words ("half past three", "at seven", "seven o'clock", "around 9ish") as digits, and a
  // time said loosely ("around 5", "at about 6", "5ish") as "at 5", so the hour reads as "at 5" does.
  text = text
    .replace(
      /\b(at|around|about|by|past|to|till|until|before)\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|mins?|times?|people|things|of)\b)/giu,
      (_, lead: string, n: string) => `${lead} ${COUNT_WORDS.get(n.toLowerCase())}`,
    )
    .replace(
      /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+o'?clock\b|\s+(?:in\s+the\s+)?(?:morning|afternoon|evening)\b|\s+(?:am|pm)\b)/giu,
      (n: string) => String(COUNT_WORDS.get(n.toLowerCase())),
    )
    .replace(/\b(\d{1,2})\s+o'?clock\b/giu, '$1')
    .replace(
      /\b(?:at\s+)?(?:around|roughly|approximately|approx|about)\s+(?=\d{1,2}(?::[0-5]\d)?(?:\s*(?:am|pm|a\.m|p\.m))?(?:\s*$|[\s,.!?;]))/giu,
      (m: string) => (/about/iu.test(m) && !/^at/iu.test(m) ? m : 'at '),
    )
    .replace(/\b(\d{1,2}(?::[0-5]\d)?)\s*-?ish\b/giu, 'at $1');
  // "quarter past 6", "half past 4", "quarter to 9": clock times quick add reads ("6:15"); a part of
  // the day said after the hour ("at 6:15 in the evening") says am or pm.
  text = text
    .replace(/\bquarter\s+past\s+(\d{1,2})\b/giu, '$1:15')
    .replace(/\bhalf\s+past\s+(\d{1,2})\b/giu, '$1:30')
    .replace(/\bquarter\s+to\s+(\d{1,2})\b/giu, (_, h: string) => `${((Number(h) + 10) % 12) + 1}:45`)
    .replace(
      /\b(\d{1,2}(?::[0-5]\d)?)\s+(?:in\s+the\s+)?(morning|afternoon|evening|night)\b/giu,
      (_, t: string, part: string) => `${t}${part.toLowerCase() === 'morning' ? 'am' : 'pm'}`,
    );
  // "at 4" for a task is 4 in the afternoon, as people mean it (Urdu "4 baje" reads the same):
  // a bare hour from 1 to 7 is pm, with its minutes too ("at 4:30"); "at 9" stays 09:00.
  let out = text.replace(
    /\bat\s+([1-7](?::[0-5]\d)?)(?![\d:.]|\s*(?:am|pm|a\.m|p\.m|o'?clock\s+in\s+the\s+morning)\b)/giu,
    'at $1pm',
  );
  out = out.replace(/\b(by|before|until|till)\s+the\s+end\s+of\b/giu, 'by end of');
  // "not needed till sunday", "until friday": a due moment, as "by" reads it.
  out = out.replace(/\b(?:till|until|untill|til)\s+(?!end\b)/giu, 'by ');
  // "every other tuesday", "every other day": every second one, never a title word.
  out = out.replace(/\bevery\s+other\s+(day|week|month|year)\b/giu, 'every 2 $1s');
  out = out.replace(
    /\bevery\s+other\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu,
    'every 2 weeks on $1',
  );
  // "on the 1st of every month": quick add reads it as "every month on the 1st".
  out = out.replace(
    /\bon\s+the\s+(\d{1,2}(?:st|nd|rd|th))\s+of\s+every\s+month\b/giu,
    'every month on the $1',
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
    const lead = parseMarked(markEnglishDetails(ws.slice(0, k).join(' ')), '', clock, recurrence);
    if (lead.title !== '' || !(lead.due_date || lead.due_at)) continue;
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
  };
}
