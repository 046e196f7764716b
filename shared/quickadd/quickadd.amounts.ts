// Quick add's amounts of time: a moment that far from now ("in 30 min", "do ghante baad", "+4
// hours") and how long a task takes ("for 45 min", "2h", "45 minute ke liye"). Dates and clock times:
// quickadd.dates.ts; the words they share: quickadd.words.ts.
import { AFTER, count, type Phrase, type Words, word } from './quickadd.words.js';

const CLOCK_UNITS = new Map<string, number>([
  ['minute', 1],
  ['minutes', 1],
  ['min', 1],
  ['mins', 1],
  ['hour', 60],
  ['hours', 60],
  ['hr', 60],
  ['hrs', 60],
]);

/** "in 30 min", "in an hour", "in half an hour": an exact instant. */
export function readRelative(words: Words, i: number): Phrase | null {
  const urdu = urduRelative(words, i);
  if (urdu) return urdu;
  const plus = /^\+(\d{1,4})$/u.exec(word(words, i));
  const plusUnit = CLOCK_UNITS.get(word(words, i + 1));
  // "+4 hours", "+30 min": that long from now.
  if (plus && plusUnit !== undefined)
    return {
      length: 2,
      strength: 'strong',
      effect: { kind: 'relative', minutes: Number(plus[1]) * plusUnit },
    };
  if (word(words, i) !== 'in') return null;
  const relative = (length: number, minutes: number): Phrase => ({
    length,
    strength: 'strong',
    effect: { kind: 'relative', minutes },
  });
  if (word(words, i + 1) === 'half' && word(words, i + 2) === 'an' && word(words, i + 3) === 'hour')
    return relative(4, 30);
  const n = count(word(words, i + 1));
  const unit = CLOCK_UNITS.get(word(words, i + 2));
  return n === null || unit === undefined ? null : relative(3, n * unit);
}

/** "do ghante baad", "30 minute mein": that long from now, said the Urdu way. */
function urduRelative(words: Words, i: number): Phrase | null {
  const n = count(word(words, i));
  const unit = CLOCK_UNITS.get(word(words, i + 1));
  if (n === null || unit === undefined || word(words, i + 2) !== AFTER) return null;
  return { length: 3, strength: 'strong', effect: { kind: 'relative', minutes: n * unit } };
}

const DURATION_UNITS = new Map<string, number>([...CLOCK_UNITS, ['m', 1], ['h', 60], ['hs', 60]]);
/** "45min", "2h", "1h30", "1h30m", "1.5h", "90m": an amount of time in one word. */
const AMOUNT = /^(\d{1,3}(?:\.\d{1,2})?)(min|mins|m|h|hr|hrs)(?:(\d{1,2})(?:m|min)?)?$/u;
/** The longest duration a task may have: 30 days. */
const MAX_DURATION = 43_200;

/**
 * An amount of time at `i`: "45 min", "2 hours", "1.5 hours", "2h", "1h30", and hours then minutes
 * ("1 h 30 min", "2 hours 15 minutes", "1h 30m"): minutes and words used.
 */
function readAmount(words: Words, i: number): { minutes: number; length: number } | null {
  const first = readOneAmount(words, i);
  if (first?.unit !== 60) return first;
  const more = readOneAmount(words, i + first.length);
  if (more?.unit !== 1 || more.minutes >= 60) return first;
  return { minutes: first.minutes + more.minutes, length: first.length + more.length };
}

function readOneAmount(words: Words, i: number): { minutes: number; length: number; unit: number } | null {
  const w0 = word(words, i);
  const spoken = spokenHours(words, i);
  if (spoken) return spoken;
  const joined = AMOUNT.exec(w0);
  if (joined) {
    const unit = DURATION_UNITS.get(joined[2]!)!;
    const extra = joined[3] === undefined ? 0 : Number(joined[3]);
    if (extra > 0 && unit !== 60) return null;
    return { minutes: Math.round(Number(joined[1]) * unit + extra), length: 1, unit: extra > 0 ? 1 : unit };
  }
  const n = /^\d{1,3}(?:\.\d{1,2})?$/u.test(w0) ? Number(w0) : count(w0);
  const unit = DURATION_UNITS.get(word(words, i + 1));
  if (n === null || unit === undefined) return null;
  if (w0 === 'an' && unit !== 60) return null;
  return { minutes: Math.round(n * unit), length: 2, unit };
}

/** Hours said with a part of one, the Urdu way, in minutes: the part's word, then its hours. */
const PARTS_OF_HOURS = new Map<string, (hours: number | null) => number | null>([
  // "derh ghanta" 1.5 hours, "dhai ghante" 2.5, "aadha ghanta" half an hour: no number after.
  ['~1:30', (hours) => (hours === null ? 90 : null)],
  ['~2:30', (hours) => (hours === null ? 150 : null)],
  ['~halfOf', (hours) => (hours === null ? 30 : null)],
  // "saarhe teen ghante" 3.5 hours, "sawa do ghante" 2.25, "paune do ghante" 1.75; "sawa ghanta" 1.25.
  ['~half', (hours) => (hours === null ? null : hours * 60 + 30)],
  ['~quarterPast', (hours) => (hours === null ? 75 : hours * 60 + 15)],
  ['~quarterTo', (hours) => (hours === null || hours < 1 ? null : hours * 60 - 15)],
]);

/** "derh ghante", "saarhe teen ghante", "aadha ghanta", "an hour and a half", "half an hour". */
function spokenHours(words: Words, i: number): { minutes: number; length: number; unit: number } | null {
  const w0 = word(words, i);
  if (w0 === 'half' && word(words, i + 1) === 'an' && word(words, i + 2) === 'hour')
    return { minutes: 30, length: 3, unit: 1 };
  const n = w0 === 'an' || w0 === 'a' ? 1 : /^\d{1,2}$/u.test(w0) ? Number(w0) : count(w0);
  const andAHalf = ['and', 'a', 'half'].every((w, k) => word(words, i + 2 + k) === w);
  if (n !== null && andAHalf && DURATION_UNITS.get(word(words, i + 1)) === 60)
    return { minutes: n * 60 + 30, length: 5, unit: 1 };
  const part = PARTS_OF_HOURS.get(w0);
  if (!part) return null;
  const hours = count(word(words, i + 1));
  const at = hours === null ? i + 1 : i + 2;
  const minutes = DURATION_UNITS.get(word(words, at)) === 60 ? part(hours) : null;
  return minutes === null ? null : { minutes, length: at - i + 1, unit: 1 };
}

/**
 * "for 45 min", "for 2h", "for an hour", "for 1.5 hours": how long the task takes; "45 minute ke
 * liye", "۲ گھنٹے کے لیے" the Urdu way (the amount, then "ke liye").
 */
export function readDuration(words: Words, i: number): Phrase | null {
  const duration = (length: number, minutes: number): Phrase | null =>
    minutes >= 1 && minutes <= MAX_DURATION
      ? { length, strength: 'strong', effect: { kind: 'duration', minutes } }
      : null;
  if (word(words, i) === 'for') {
    const amount = readAmount(words, i + 1);
    return amount ? duration(amount.length + 1, amount.minutes) : null;
  }
  const amount = readAmount(words, i);
  if (!amount) return null;
  const [of, purpose] = [word(words, i + amount.length), word(words, i + amount.length + 1)];
  if ((of === 'ke' || of === 'کے') && purpose === FOR_URDU)
    return duration(amount.length + 2, amount.minutes);
  return null;
}
/** "ke liye", "کے لیے": for (quickadd.urdu.ts). */
const FOR_URDU = '~liye';
