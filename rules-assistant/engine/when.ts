// Due moments, priorities and tags in a message. English goes through the quick-add parser as is;
// Urdu and Roman Urdu words for days, times and urgency are first turned into the English phrase
// quick add reads, so there is one date engine.
import { COUNT_WORDS, DAY_PARTS, type Priority, parseQuickAdd } from '#shared/quickadd/quickadd.js';
import { dayOf, weekdayOf } from '#shared/time/days.js';
import { dayIn } from '#shared/time/zone.js';

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

// Urdu script and Roman Urdu ---------------------------------------------------------------------

const DAY_WORDS = new Map<string, string>([
  ['آج', 'today'],
  ['aaj', 'today'],
  ['aj', 'today'],
  ['کل', 'tomorrow'],
  ['kal', 'tomorrow'],
  ['پرسوں', 'day after tomorrow'],
  ['parson', 'day after tomorrow'],
  ['parsoon', 'day after tomorrow'],
  ['پیر', 'monday'],
  ['somwar', 'monday'],
  ['peer', 'monday'],
  ['منگل', 'tuesday'],
  ['mangal', 'tuesday'],
  ['بدھ', 'wednesday'],
  ['budh', 'wednesday'],
  ['جمعرات', 'thursday'],
  ['jumeraat', 'thursday'],
  ['jumerat', 'thursday'],
  ['جمعہ', 'friday'],
  ['juma', 'friday'],
  ['jumma', 'friday'],
  ['jummah', 'friday'],
  ['ہفتہ', 'saturday'],
  ['hafta', 'saturday'],
  ['اتوار', 'sunday'],
  ['itwar', 'sunday'],
  ['itwaar', 'sunday'],
  // Roman Urdu borrows the English names: "har saturday subah 8 baje", "monday ko".
  ['monday', 'monday'],
  ['tuesday', 'tuesday'],
  ['wednesday', 'wednesday'],
  ['thursday', 'thursday'],
  ['friday', 'friday'],
  ['saturday', 'saturday'],
  ['sunday', 'sunday'],
]);
const URDU_SPANS = new Map<string, string>([
  ['دن', 'day'],
  ['din', 'day'],
  ['ہفتے', 'week'],
  ['hafte', 'week'],
  ['haftay', 'week'],
  ['مہینے', 'month'],
  ['mahine', 'month'],
  ['mahinay', 'month'],
]);
const MONTH_END_START = new Set(['مہینے', 'مہینہ', 'mahine', 'mahinay', 'maheene', 'month']);
const MONTH_END = new Set(['آخر', 'آخیر', 'akhir', 'aakhir', 'akhri', 'end', 'ikhtitam']);
const NEXT_WEEK = new Set(['اگلے ہفتے', 'agle hafte', 'aglay haftay', 'agle haftay']);
/** Parts of the day, as quick add names them (its DAY_PARTS give each one time and say am or pm). */
const PERIODS = new Map<string, string>([
  ['صبح', 'morning'],
  ['subah', 'morning'],
  ['subha', 'morning'],
  ['دوپہر', 'afternoon'],
  ['dopahar', 'afternoon'],
  ['dopehar', 'afternoon'],
  ['sehpehar', 'afternoon'],
  ['sehpahar', 'afternoon'],
  ['seh-pehar', 'afternoon'],
  ['شام', 'evening'],
  ['shaam', 'evening'],
  ['sham', 'evening'],
  ['رات', 'night'],
  ['raat', 'night'],
]);
const OCLOCK = new Set(['بجے', 'baje', 'bajay', 'bje']);
const URDU_PRIORITY = new Map<string, Priority>([
  ['اہم', 'high'],
  ['ضروری', 'high'],
  ['فوری', 'high'],
  ['zaroori', 'high'],
  ['zaruri', 'high'],
  ['ahem', 'high'],
  ['aham', 'high'],
  ['urgent', 'high'],
]);
const LEVEL_WORDS = new Map<string, Priority>([
  ['زیادہ', 'high'],
  ['اونچی', 'high'],
  ['high', 'high'],
  ['zyada', 'high'],
  ['ziada', 'high'],
  ['oonchi', 'high'],
  ['اعلی', 'high'],
  ['اونچا', 'high'],
  ['aala', 'high'],
  ['درمیانی', 'medium'],
  ['medium', 'medium'],
  ['darmiyani', 'medium'],
  ['کم', 'low'],
  ['low', 'low'],
  ['kam', 'low'],
]);
const PRIORITY_WORDS = new Set(['ترجیح', 'اہمیت', 'priority', 'tarjeeh', 'tarjih', 'prio']);
/** Postpositions that only tie a date to the sentence ("کل تک", "juma ko"). */
const DATE_TIES = new Set(['تک', 'کو', 'tak', 'ko', 'by', 'on', 'at']);
const ENGLISH_WHEN =
  /^(?:today|tomorrow|tonight|noon|midnight|\d{1,2}(?::\d\d)?(?:am|pm)|\d{4}-\d\d-\d\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

const NUMBER_WORDS = new Map<string, number>([
  ['ایک', 1],
  ['دو', 2],
  ['تین', 3],
  ['چار', 4],
  ['پانچ', 5],
  ['چھ', 6],
  ['چھے', 6],
  ['سات', 7],
  ['آٹھ', 8],
  ['نو', 9],
  ['دس', 10],
  ['گیارہ', 11],
  ['بارہ', 12],
  ['ek', 1],
  ['aik', 1],
  ['do', 2],
  ['teen', 3],
  ['tin', 3],
  ['char', 4],
  ['chaar', 4],
  ['panch', 5],
  ['paanch', 5],
  ['chay', 6],
  ['chhe', 6],
  ['che', 6],
  ['chhay', 6],
  ['saat', 7],
  ['sat', 7],
  ['aath', 8],
  ['ath', 8],
  ['nau', 9],
  ['no', 9],
  ['das', 10],
  ['dus', 10],
  ['gyarah', 11],
  ['gyara', 11],
  ['giyarah', 11],
  ['barah', 12],
  ['bara', 12],
  ['baarah', 12],
  ['پندرہ', 15],
  ['بیس', 20],
  ['تیس', 30],
  ['پینتالیس', 45],
  ['pandrah', 15],
  ['pandra', 15],
  ['bees', 20],
  ['tees', 30],
  ['paintalis', 45],
]);

/** A number said in Urdu or Roman Urdu words ("پندرہ", "das"), or null. */
export function numberWord(word: string): number | null {
  return NUMBER_WORDS.get(word.toLowerCase()) ?? null;
}
/** ساڑھے = half past, سوا = quarter past, پونے = quarter to. */
const FRACTIONS = new Map<string, number>([
  ['ساڑھے', 30],
  ['saarhe', 30],
  ['sarhe', 30],
  ['sadhe', 30],
  ['saade', 30],
  ['سوا', 15],
  ['sawa', 15],
  ['پونے', -15],
  ['pone', -15],
  ['paune', -15],
]);

/** "دس بجے" -> "10 بجے", "saarhe paanch baje" -> "5:30 baje": numbers in words before an o'clock word. */
function spellOutHours(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.toLowerCase();
    const next = (tokens[i + 1] ?? '').toLowerCase();
    const after = (tokens[i + 2] ?? '').toLowerCase();
    const hourOf = (t: string) => NUMBER_WORDS.get(t) ?? (/^\d{1,2}$/u.test(t) ? Number(t) : null);
    const fraction = FRACTIONS.get(w);
    if (fraction !== undefined && hourOf(next) !== null && OCLOCK.has(after)) {
      const h = hourOf(next)!;
      const [hour, minute] = fraction < 0 ? [h === 1 ? 12 : h - 1, 60 + fraction] : [h, fraction];
      out.push(`${hour}:${String(minute).padStart(2, '0')}`);
      i += 1;
    } else if (NUMBER_WORDS.has(w) && OCLOCK.has(next)) out.push(String(NUMBER_WORDS.get(w)));
    else out.push(tokens[i]!);
  }
  return out;
}

/** "ہر" / "har" (every) before a day or a unit, and the words that are a recurrence by themselves. */
const EVERY = new Set(['ہر', 'har', 'hr']);
const REPEAT_UNITS = new Map<string, string>([
  ['روز', 'day'],
  ['دن', 'day'],
  ['roz', 'day'],
  ['din', 'day'],
  ['ہفتے', 'week'],
  ['ہفتہ', 'week'],
  ['hafte', 'week'],
  ['haftay', 'week'],
  ['hafta', 'week'],
  ['مہینے', 'month'],
  ['مہینہ', 'month'],
  ['mahine', 'month'],
  ['maheene', 'month'],
  ['mahina', 'month'],
  ['سال', 'year'],
  ['saal', 'year'],
]);
const DAILY = new Set(['روز', 'roz', 'rooz']);
const REPEAT_WORDS = new Map<string, string>([
  ['روزانہ', 'every day'],
  ['rozana', 'every day'],
  ['roozana', 'every day'],
  ['daily', 'every day'],
  ['weekly', 'every week'],
  ['monthly', 'every month'],
]);

/** The word for a date after a day of the month: "5 تاریخ", "1 tareekh". */
const DAY_OF_MONTH = new Set(['تاریخ', 'تاریخوں', 'tareekh', 'tarikh', 'tarik', 'tareek', 'date']);

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

/** "ہر اتوار" -> "every sunday", "har 2 hafte" -> "every 2 weeks", "روزانہ" -> "every day"; with its length. */
function urduRepeat(tokens: string[], i: number): { english: string; length: number } | null {
  const w = tokens[i]!.toLowerCase();
  const alone = REPEAT_WORDS.get(w);
  if (alone) return { english: alone, length: 1 };
  // "roz shaam 7 baje", "روز صبح": every day at that time of day.
  const following = (tokens[i + 1] ?? '').toLowerCase();
  if (DAILY.has(w) && (PERIODS.has(following) || /^\d{1,2}(?::\d\d)?$/u.test(following)))
    return { english: 'every day', length: 1 };
  if (!EVERY.has(w)) return null;
  const next = (tokens[i + 1] ?? '').toLowerCase().replace(/[,.!?:;]+$/u, '');
  const n = /^\d{1,3}$/u.test(next) ? Number(next) : NUMBER_WORDS.get(next);
  if (n !== undefined && n !== null) {
    const unit = REPEAT_UNITS.get((tokens[i + 2] ?? '').toLowerCase().replace(/[,.!?:;]+$/u, ''));
    // "ہر تین مہینے بعد", "har 2 hafte baad": every 3 months, "after" adding nothing.
    const after = ['بعد', 'baad', 'bad'].includes((tokens[i + 3] ?? '').toLowerCase()) ? 1 : 0;
    return unit ? { english: `every ${n} ${unit}s`, length: 3 + after } : null;
  }
  const unit = REPEAT_UNITS.get(next);
  if (unit === 'month') {
    // "har mahine ki 5 tareekh", "ہر مہینے کی 5 تاریخ": a day of the month, its first the next such day.
    const rest = tokens.slice(i + 2, i + 5).map((t) => t.toLowerCase().replace(/[,.!?:;]+$/u, ''));
    const skip = ['کی', 'کے', 'ki', 'ke'].includes(rest[0] ?? '') ? 1 : 0;
    const day = /^\d{1,2}$/u.test(rest[skip] ?? '') ? Number(rest[skip]) : null;
    if (day !== null && day >= 1 && day <= 31 && DAY_OF_MONTH.has(rest[skip + 1] ?? ''))
      return { english: `every month on the ${ordinal(day)}`, length: 4 + skip };
  }
  if (unit) return { english: `every ${unit}`, length: 2 };
  const day = weekdayWord(next);
  if (!day) return null;
  // "har monday aur thursday", "ہر پیر، بدھ اور جمعہ": every one of the days listed.
  const days = [day];
  let length = 2;
  for (;;) {
    const joiner = (tokens[i + length] ?? '').toLowerCase();
    const skip = LIST_AND.has(joiner) ? 1 : 0;
    const more = weekdayWord((tokens[i + length + skip] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, ''));
    if (!more || (!skip && !/[,،]$/u.test(tokens[i + length - 1] ?? ''))) break;
    days.push(more);
    length += skip + 1;
  }
  return { english: `every ${days.join(' and ')}`, length };
}

const LIST_AND = new Set(['aur', 'or', 'اور', 'and', '&']);

/** A weekday said in Urdu, Roman Urdu or English ("پیر", "somwar", "monday"), as its English name. */
export function weekdayWord(word: string): string | null {
  const day = DAY_WORDS.get(word);
  return day && /day$/u.test(day) && !['today', 'tomorrow'].includes(day) ? day : null;
}

const NEXT_WORDS = new Set(['اگلے', 'اگلا', 'اگلی', 'agle', 'aglay', 'agla', 'agli', 'agley']);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday a word names when it is today's in the clock's zone ("budh" on a Wednesday), else null. */
function nextOfToday(word: string | undefined, clock: Clock): string | null {
  const day = weekdayWord((word ?? '').toLowerCase().replace(/[,.!?:;]+$/u, ''));
  if (!day) return null;
  const [y, m, d] = dayIn(clock.now, clock.timeZone).split('-').map(Number);
  const today = WEEKDAYS[weekdayOf(dayOf(y!, m!, d!))];
  return day === today ? day : null;
}

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
    if (
      count !== null &&
      unit &&
      !dated &&
      ['میں', 'mein', 'me', 'main', 'بعد', 'baad', 'bad'].includes((tokens[i + 2] ?? '').toLowerCase())
    ) {
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

/** A day of the month said as a number ("20", "پندرہ"), 1 to 31; else null. */
function dayNumber(w: string): number | null {
  const n = /^\d{1,2}$/u.test(w) ? Number(w) : numberWord(w);
  return n !== null && n !== undefined && n >= 1 && n <= 31 ? n : null;
}

/** Month names in English (whole or short) and Urdu, as quick add reads them. */
const MONTHS = new Map<string, string>([
  ...(
    [
      ['jan', 'january'],
      ['feb', 'february'],
      ['mar', 'march'],
      ['apr', 'april'],
      ['may', 'may'],
      ['jun', 'june'],
      ['jul', 'july'],
      ['aug', 'august'],
      ['sep', 'sept', 'september'],
      ['oct', 'october'],
      ['nov', 'november'],
      ['dec', 'december'],
    ] as string[][]
  ).flatMap((names) => names.map((n) => [n, names[0]!] as [string, string])),
  ...([
    ['جنوری', 'jan'],
    ['فروری', 'feb'],
    ['مارچ', 'mar'],
    ['اپریل', 'apr'],
    ['مئی', 'may'],
    ['جون', 'jun'],
    ['جولائی', 'jul'],
    ['اگست', 'aug'],
    ['ستمبر', 'sep'],
    ['اکتوبر', 'oct'],
    ['نومبر', 'nov'],
    ['دسمبر', 'dec'],
  ] as [string, string][]),
]);

/**
 * A day of a named month at i ("2 sept", "25th december", "Dec 31", "25 دسمبر", "دسمبر کی 25
 * تاریخ"), as quick add reads it ("sep 2"), with how many tokens it takes; else null.
 */
function monthDayAt(tokens: string[], i: number): { english: string; length: number } | null {
  const at = (k: number) => (tokens[i + k] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, '');
  const day = (w: string) => {
    const m = /^(\d{1,2})(?:st|nd|rd|th)?$/u.exec(w);
    const n = m ? Number(m[1]) : (numberWord(w) ?? 0);
    return n >= 1 && n <= 31 ? n : null;
  };
  const first = day(at(0));
  if (first !== null && MONTHS.has(at(1))) return { english: `${MONTHS.get(at(1))} ${first}`, length: 2 };
  const month = MONTHS.get(at(0));
  if (!month) return null;
  const next = day(at(1));
  if (next !== null && /^\d/u.test(at(1))) return { english: `${month} ${next}`, length: 2 };
  // "دسمبر کی 25 تاریخ", "december ki 25 tareekh".
  const tied = ['کی', 'ki'].includes(at(1)) ? day(at(2)) : null;
  if (tied !== null && DAY_OF_MONTH.has(at(3))) return { english: `${month} ${tied}`, length: 4 };
  return null;
}

const SATURDAY_FORMS = new Set(['ہفتے', 'ہفتہ', 'hafte', 'haftay', 'hafta']);
/** Words before ہفتہ / hafta that make it a whole week ("پورا ہفتہ", "sara hafta"). */
const WHOLE = new Set(['پورا', 'پورے', 'سارا', 'سارے', 'poora', 'pura', 'poore', 'pure', 'saara', 'saare']);
const NOT_BEFORE_SATURDAY = new Set(['اگلے', 'پچھلے', 'اس', 'agle', 'aglay', 'pichle', 'is', 'har', 'ہر']);

/** How many tokens say Saturday at i ("ہفتے کے دن" 3, "ہفتے کو" 2), or 0. */
function saturdayAt(tokens: string[], i: number): number {
  const at = (k: number) => (tokens[i + k] ?? '').toLowerCase().replace(/[,.!?:;،]+$/u, '');
  if (!SATURDAY_FORMS.has(at(0))) return 0;
  const before = at(-1);
  if (NOT_BEFORE_SATURDAY.has(before) || /^\d+$/u.test(before) || NUMBER_WORDS.has(before)) return 0;
  if (['کے', 'ke', 'kay'].includes(at(1)) && ['دن', 'din'].includes(at(2))) return 3;
  if (['کو', 'ko'].includes(at(1))) return 2;
  return 0;
}

/** A tie word directly after a date or time word ("kal tak", "5 baje tak"). */
function isTie(tokens: string[], i: number): boolean {
  const before = (tokens[i - 1] ?? '').toLowerCase();
  return (
    DAY_WORDS.has(before) ||
    OCLOCK.has(before) ||
    PERIODS.has(before) ||
    ENGLISH_WHEN.test(before) ||
    MONTH_END.has(before) ||
    before === 'ہفتے'
  );
}

/** Whether a line is nothing but a due moment ("tomorrow at 5pm", "کل", "friday"). */
export function parseDueOnly(text: string, tokens: string[], clock: Clock): Details | null {
  const english = parseEnglishDetails(`${text}`, clock);
  if ((english.due_date || english.due_at) && isOnlyFiller(english.title)) return english;
  const urdu = parseUrduDetails(tokens, clock);
  if ((urdu.due_date || urdu.due_at) && isOnlyFiller(urdu.title)) return urdu;
  return null;
}

function isOnlyFiller(title: string): boolean {
  return title
    .toLowerCase()
    .split(/\s+/u)
    .every(
      (w) => w === '' || ['to', 'for', 'on', 'by', 'the', 'until', 'till', 'کر', 'دو', 'کو'].includes(w),
    );
}
