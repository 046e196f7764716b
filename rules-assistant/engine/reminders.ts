// Reminders said in a message: "remind me 15 minutes before", "remind me at 5pm tomorrow about the
// report", "15 منٹ پہلے یاد دلانا", "kal 5 baje report ke baare mein yaad dilana". A relative one
// counts back from the task's due moment (the tools follow it when the task moves); one at a moment
// is an instant read in the person's zone, a day alone meaning 09:00 that day.
import { COUNT_WORDS } from '#shared/quickadd/quickadd.js';
import { words } from './language.js';
import { type Clock, numberWord, parseEnglishDetails, parseUrduDetails } from './when.js';
import { AFTER_WORDS, BEFORE_WORDS, FROM_WORDS, REMINDER_UNITS } from './when-words.js';

export type Reminder = { at: string } | { minutes_before: number };

/** What a line says about a reminder, and what is left of the line around it. */
export type ReminderSaying =
  /** "<rest>, remind me 15 minutes before [<of>]". */
  | { kind: 'before'; minutes: number; rest: string; of: string | null }
  /** "remind me at <moment> about <about>": the thing to be reminded of and when. */
  | { kind: 'about'; at: string; about: string };

const ENGLISH_NUMBERS = new Map<string, number>([
  ...COUNT_WORDS,
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
  ['forty five', 45],
  ['forty-five', 45],
  ['fortyfive', 45],
  ['half an', 0.5],
  ['half a', 0.5],
  ['a couple of', 2],
]);

function unitMinutes(unit: string): number | null {
  const u = unit.toLowerCase();
  if (/^(?:minutes?|mins?|m)$/u.test(u)) return 1;
  if (/^(?:hours?|hrs?|h)$/u.test(u)) return 60;
  if (/^days?$/u.test(u)) return 1440;
  if (/^weeks?$/u.test(u)) return 10_080;
  return REMINDER_UNITS.get(u) ?? null;
}

const EN_AMOUNT =
  '(\\d{1,5}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty[\\s-]?five|half\\s+an?|a\\s+couple\\s+of)\\s*(minutes?|mins?|m|hours?|hrs?|h|days?|weeks?)';
const EN_LEAD =
  '(?:(?:can\\s+you\\s+|could\\s+you\\s+|please\\s+)?(?:(?:remind|ping|alert|notify|warn|nudge)\\s+me|(?:give|send|drop)\\s+me\\s+a\\s+(?:nudge|reminder|ping|shout|heads[\\s-]?up)|(?:set|add|put|create)\\s+(?:a\\s+|the\\s+)?reminder|(?:a\\s+)?reminder))';
/** "..., and remind me 15 minutes before", "set a reminder for task 3 an hour before", "remind me the day before the trip". */
const EN_BEFORE = new RegExp(
  `(?:^|\\s*[,;]\\s*|\\s+[-–]\\s+|\\s+)(?:(?:and|also|please|with|then|just)\\s+)*${EN_LEAD}\\s+` +
    '(?:(?:to|for|on|about|of)\\s+(.+?)\\s+)?' +
    `(?:${EN_AMOUNT}|(the\\s+day|the\\s+week))\\s+(?:before(?:hand)?|earlier|ahead(?:\\s+of\\s+time)?|in\\s+advance|prior)` +
    "(?:\\s+(?:(?:it(?:'s|\\s+is)\\s+)?due|the\\s+deadline|(?:it|that|then)(?=\\s*$)|(.+?)))?(?:\\s+(?:is|are)\\s+due)?\\s*[.!]*$",
  'iu',
);
/** "remind me (at 5pm tomorrow) about (the report)" and "remind me about (the report) (at 5pm tomorrow)". */
const EN_REMIND = /^(?:(?:remind|ping|alert)\s+me|(?:set|add|create|make|put)\s+(?:a\s+)?reminder)\s+(.+)$/iu;
const EN_ABOUT = /^(?:about|of|regarding|re|for|on)\s+(.+)$/iu;

/** A whole phrase that is a moment ("at 5pm tomorrow", "friday", "in 20 minutes") as an instant. */
function englishMoment(text: string, clock: Clock): string | null {
  const t = text.trim();
  if (t.length === 0) return null;
  const read = parseEnglishDetails(t, clock);
  const filler = read.title
    .toLowerCase()
    .split(/\s+/u)
    .every((w) => ['', 'at', 'on', 'for', 'by', 'the', 'in'].includes(w));
  if (!filler) return null;
  if (read.due_at) return read.due_at;
  if (!read.due_date) return null;
  // A day alone: remind at 09:00 on it.
  return parseEnglishDetails(`${t} at 9am`, clock).due_at;
}

function englishAmount(number: string, unit: string): number | null {
  const n = /^\d+$/u.test(number)
    ? Number(number)
    : ENGLISH_NUMBERS.get(number.toLowerCase().replace(/\s+/gu, ' '));
  const per = unitMinutes(unit);
  if (n === undefined || per === null) return null;
  return Math.round(n * per);
}

export function englishReminder(text: string, clock: Clock): ReminderSaying | null {
  const before = EN_BEFORE.exec(text);
  if (before) {
    const minutes = before[4]
      ? /week/iu.test(before[4])
        ? 10_080
        : 1440
      : englishAmount(before[2]!, before[3]!);
    if (minutes !== null)
      return {
        kind: 'before',
        minutes,
        rest: text.slice(0, before.index).trim(),
        of: before[1] ?? before[5] ?? null,
      };
  }
  const remind = EN_REMIND.exec(text);
  if (!remind) return null;
  const body = remind[1]!.replace(/[.!]+$/u, '');
  // Only a moment ("remind me at 4pm"): about the task just talked about.
  const only = englishMoment(body, clock);
  if (only) return { kind: 'about', at: only, about: 'it' };
  // The moment first: "remind me at 5pm tomorrow about the report".
  const split = /\s+(?:about|of|regarding|re)\s+/giu;
  for (const m of body.matchAll(split)) {
    const at = englishMoment(body.slice(0, m.index), clock);
    if (at) return { kind: 'about', at, about: body.slice(m.index + m[0].length) };
  }
  // The thing first: "remind me about the report at 5pm tomorrow", "set a reminder for task 3 at 4pm".
  const about = EN_ABOUT.exec(body);
  if (!about) return null;
  const ws = about[1]!.split(' ');
  for (let i = 1; i < ws.length; i++) {
    const at = englishMoment(ws.slice(i).join(' '), clock);
    if (at) return { kind: 'about', at, about: ws.slice(0, i).join(' ') };
  }
  return null;
}

/** "remind me tomorrow at 5pm to call Ali" -> "remind me to call Ali tomorrow at 5pm": the add reads the rest. */
export function momentLast(text: string, clock: Clock): string {
  const m =
    /^((?:(?:remind|ping)\s+me|(?:set|create|add)\s+(?:a\s+)?reminder))\s+(.+?)\s+(to|that\s+i\s+(?:need|have)\s+to)\s+(.+)$/iu.exec(
      text,
    );
  if (!m || !englishMoment(m[2]!, clock)) return text;
  return `${m[1]} ${m[3]} ${m[4]} ${m[2]}`;
}

/** Lines that ask to be reminded, so a new task's due moment also gets a reminder then. */
export const ASKS_TO_BE_REMINDED =
  /(?:^|\s)(?:remind\s+me|(?:set|create|add|make)\s+(?:a\s+)?reminder|یاد\s+(?:دلا|دلوا|کرا|کروا)|یاد\s+دہانی|ریمائنڈر|yaad\s+(?:dila|dilwa|kara|karwa)|reminder)/iu;

// Urdu and Roman Urdu ------------------------------------------------------------------------------
// Units, before, after and from: the one table of Urdu date words (when-words.ts).

const HALF = new Set(['آدھا', 'آدھے', 'aadha', 'adha', 'aadhe', 'adhe']);
/** Words that only ask for a reminder ("مجھے ... یاد دلانا", "reminder laga do"). */
const URDU_REMIND_WORDS = new Set([
  'مجھے',
  'یاد',
  'دلانا',
  'دلا',
  'دلوا',
  'کرا',
  'کروا',
  'دلاؤ',
  'دلائیں',
  'دینا',
  'دے',
  'دیجیے',
  'دیں',
  'دو',
  'دہانی',
  'ریمائنڈر',
  'لگا',
  'لگاؤ',
  'لگائیں',
  'لگانا',
  'کر',
  'کرو',
  'کریں',
  'mujhe',
  'mujhay',
  'yaad',
  'dilana',
  'dila',
  'dilwa',
  'kara',
  'karwa',
  'dilao',
  'dilaen',
  'dilayen',
  'dena',
  'de',
  'dijiye',
  'dijie',
  'dein',
  'do',
  'reminder',
  'laga',
  'lagao',
  'lagana',
  'set',
  'kar',
  'karo',
  'kardo',
  'karein',
  'please',
  'plz',
  'pls',
]);
const ABOUT_MARKERS = [
  ['کے', 'بارے', 'میں'],
  ['ke', 'baare', 'mein'],
  ['ke', 'bare', 'mein'],
  ['ke', 'baray', 'mein'],
  ['ke', 'baare', 'me'],
  ['ke', 'bare', 'me'],
  ['کے', 'متعلق'],
  ['ke', 'mutalliq'],
];
/** "X کا ریمائنڈر", "X ki yaad dehani", "X ke liye reminder": the reminder is for the task X. */
const FOR_MARKERS = new Set(['کا', 'کی', 'کے', 'ka', 'ki', 'ke', 'لیے', 'لئے', 'liye', 'liey']);
/** "ke" / "کہ" joining "remind me" to what to be reminded of; "hai" / "ہے" ending it. */
const THAT = new Set(['کہ', 'ke', 'ki', 'kay', 'k']);
const BEING_ENDINGS = new Set(['ہے', 'hai', 'he']);

function urduAmount(tokens: string[], at: number): { minutes: number; from: number } | null {
  const per = unitMinutes(tokens[at - 1] ?? '');
  if (per === null) return null;
  const count = tokens[at - 2] ?? '';
  if (HALF.has(count)) return { minutes: per / 2, from: at - 2 };
  const n = /^\d{1,5}$/u.test(count) ? Number(count) : numberWord(count);
  if (n === null) return per === 60 || per === 1440 ? { minutes: per, from: at - 1 } : null;
  return { minutes: n * per, from: at - 2 };
}

function spliceMarker(tokens: string[], markers: string[][]): number {
  for (let i = 0; i < tokens.length; i++)
    for (const marker of markers)
      if (marker.every((w, k) => tokens[i + k] === w)) {
        tokens.splice(i, marker.length);
        return i;
      }
  return -1;
}

/** The Urdu or Roman Urdu reminder in a line, when it names one ("یاد دلا", "reminder", "یاد دہانی"). */
export function urduReminder(text: string, clock: Clock): ReminderSaying | null {
  if (!ASKS_TO_BE_REMINDED.test(text)) return null;
  const tokens = words(text);
  const before = tokens.findIndex((w, i) => BEFORE_WORDS.has(w) && urduAmount(tokens, i) !== null);
  if (before >= 0) {
    const { minutes, from } = urduAmount(tokens, before)!;
    const rest = [...tokens.slice(0, from), ...tokens.slice(before + 1)].filter(
      (w) => !URDU_REMIND_WORDS.has(w),
    );
    // "X سے ایک گھنٹہ پہلے", "X se 1 ghanta pehle": an hour before X.
    while (rest.length > 0 && (FOR_MARKERS.has(rest.at(-1)!) || FROM_WORDS.has(rest.at(-1)!))) rest.pop();
    return { kind: 'before', minutes, rest: rest.join(' '), of: null };
  }
  // "45 minute baad yaad dilana ke delivery wale ko call karna hai", "آدھے گھنٹے بعد یاد دلانا کہ ...":
  // a moment that long from now, about what follows.
  const after = tokens.findIndex((w, i) => AFTER_WORDS.has(w) && urduAmount(tokens, i) !== null);
  if (after >= 0) {
    const { minutes, from } = urduAmount(tokens, after)!;
    const about = [...tokens.slice(0, from), ...tokens.slice(after + 1)].filter(
      (w) => !URDU_REMIND_WORDS.has(w) && !THAT.has(w) && !BEING_ENDINGS.has(w),
    );
    if (about.length > 0) {
      const at = new Date(clock.now.getTime() + minutes * 60_000);
      at.setUTCSeconds(0, 0);
      return { kind: 'about', at: at.toISOString(), about: about.join(' ') };
    }
  }
  const rest = [...tokens];
  const marker = spliceMarker(rest, ABOUT_MARKERS);
  const kept = rest.filter((w) => !URDU_REMIND_WORDS.has(w));
  const read = parseUrduDetails(kept, clock);
  let at = read.due_at;
  if (!at && read.due_date)
    at = parseUrduDetails(
      [...kept.filter((w) => !/^\d{1,2}(?::\d\d)?$/u.test(w)), '9', 'بجے', 'صبح'],
      clock,
    ).due_at;
  if (!at) return null;
  // Only a moment ("کل 5 بجے یاد دلانا"): about the task just talked about.
  if (read.title.length === 0) return marker < 0 ? { kind: 'about', at, about: 'it' } : null;
  // Without "کے بارے میں" the reminder must be tied to the task by کا / ke: "X کا ریمائنڈر کل 5 بجے لگا دو".
  const title = words(read.title);
  while (title.length > 0 && FOR_MARKERS.has(title.at(-1)!)) title.pop();
  if (marker < 0 && title.length === words(read.title).length) return null;
  return { kind: 'about', at, about: title.join(' ') };
}
