// Reminders in a quick add line: "remind me 1 hour before", "remind me at 8am", "{30m}", and the
// sensible hour of a time said without am/pm.
import { readDateOrTime } from './quickadd.dates.js';
import { count, DAY_PARTS, NOON, type Phrase, type Words, word } from './quickadd.words.js';

const REMIND = new Set(['remind', 'reminder', 'alert']);
const REMIND_AFTER = new Set([
  'me',
  'dilana',
  'dila',
  'dilaen',
  'dilayen',
  'karna',
  'karana',
  'دلانا',
  'دلائیں',
  'کرانا',
]);
const BEFORE = new Set(['before', 'early', 'earlier', 'ahead']);
/** "{30m}", "{1h}", "{2d}", "{8:00}", "{8am}": the documented shorthand. */
const BRACES = /^\{(?:(\d{1,5})([mhd])|(\d{1,2})(?::([0-5]\d))?(am|pm)?)\}$/;

/** "remind me 1 hour before", "remind me at 8am", "1 ghanta pehle yaad dilana", "{30m}". */
export function readReminder(words: Words, i: number): Phrase | null {
  const braces = BRACES.exec(word(words, i));
  if (braces) {
    const unit = braces[2];
    if (unit) {
      const before = Number(braces[1]) * (unit === 'm' ? 1 : unit === 'h' ? 60 : 1440);
      return before > MAX_BEFORE ? null : reminderPhrase(1, { kind: 'reminder', before });
    }
    const [hour, minute, suffix] = [Number(braces[3]), Number(braces[4] ?? 0), braces[5]];
    if (suffix ? hour < 1 || hour > 12 : hour > 23) return null;
    const at = ((suffix ? hour % 12 : hour) + (suffix === 'pm' ? 12 : 0)) * 60 + minute;
    return reminderPhrase(1, { kind: 'reminder', at, resolve: null });
  }
  // "1 ghanta pehle yaad dilana": the amount first, then the word for remind.
  const early = beforeAmount(words, i);
  if (early && REMIND.has(word(words, i + early.length))) {
    const tail = REMIND_AFTER.has(word(words, i + early.length + 1)) ? 2 : 1;
    return reminderPhrase(early.length + tail, { kind: 'reminder', before: early.minutes });
  }
  if (!REMIND.has(word(words, i))) return null;
  let at = i + 1;
  if (REMIND_AFTER.has(word(words, at))) at += 1;
  const amount = beforeAmount(words, at);
  if (amount) return reminderPhrase(at - i + amount.length, { kind: 'reminder', before: amount.minutes });
  const when = readDateOrTime(words, at);
  // "remind me tomorrow at 8am", "remind me friday 9": a day, then its time.
  const then = when?.effect.kind === 'date' ? readDateOrTime(words, at + when.length) : null;
  if (when?.effect.kind === 'date' && then?.effect.kind === 'time') {
    const { minutes, guess } = then.effect;
    const time = guess ? sensibleHour(minutes, when.effect.defaultTime) : minutes;
    const length = at - i + when.length + then.length;
    return reminderPhrase(length, { kind: 'reminder', at: time, resolve: when.effect.resolve });
  }
  if (when?.effect.kind === 'time') {
    const { minutes, guess } = when.effect;
    const time = guess ? sensibleHour(minutes, null) : minutes;
    return reminderPhrase(at - i + when.length, { kind: 'reminder', at: time, resolve: null });
  }
  if (when?.effect.kind === 'date' && when.effect.defaultTime !== null) {
    const { resolve, defaultTime } = when.effect;
    return reminderPhrase(at - i + when.length, { kind: 'reminder', at: defaultTime, resolve });
  }
  // "dentist friday 5pm, remind me", "kal 5 baje bill yaad dilana": at the due moment. Bare, so it
  // counts at the end of the line or beside a date ("Remind me to call mom" stays a title).
  return { length: at - i, strength: 'bare', effect: { kind: 'reminder', before: 0 } };
}

export function reminderPhrase(length: number, effect: Phrase['effect']): Phrase {
  return { length, strength: 'strong', effect };
}

/** Relative reminders reach back at most four weeks (as the task's reminders do). */
const MAX_BEFORE = 40_320;
const REMINDER_UNITS = new Map([
  ['minute', 1],
  ['minutes', 1],
  ['min', 1],
  ['mins', 1],
  ['m', 1],
  ['hour', 60],
  ['hours', 60],
  ['hr', 60],
  ['hrs', 60],
  ['h', 60],
  ['day', 1440],
  ['days', 1440],
  ['week', 10_080],
  ['weeks', 10_080],
]);

/** "1 hour before", "30 min early", "an hour before": minutes ahead of the due moment. */
export function beforeAmount(words: Words, i: number): { minutes: number; length: number } | null {
  const n = count(word(words, i));
  const unit = REMINDER_UNITS.get(word(words, i + 1));
  if (n === null || unit === undefined || !BEFORE.has(word(words, i + 2))) return null;
  const minutes = n * unit;
  return minutes > MAX_BEFORE ? null : { minutes, length: 3 };
}

/**
 * The sensible hour for a time said without am/pm ("tomorrow at 5"): 1-6 are the afternoon's
 * (13:00-18:59) unless a morning is said, 7-11 the morning's, 12 noon; a later part of the day
 * ("tonight at 9", "shaam 7 baje") makes any of 1-11 the afternoon's or evening's, but the night's
 * 1-4 and 12 ("kal raat 2 baje") its small hours.
 */
export function sensibleHour(minutes: number, part: number | null): number {
  const hour = Math.floor(minutes / 60);
  // "kal raat 2 baje", "tomorrow night at 12": the night's small hours and its midnight, as
  // "raat 2 baje" alone is (quickadd.dates.ts ofDayPart).
  if (part === DAY_PARTS.get('night') && (hour <= 4 || hour === 12)) return minutes % (12 * 60);
  if (hour < 1 || hour > 11) return minutes;
  if (part !== null) return part >= NOON ? minutes + NOON : minutes;
  return hour <= 6 ? minutes + NOON : minutes;
}
