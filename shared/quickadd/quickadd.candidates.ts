// Which phrases a quick add line holds: every phrase that could start at each word, longest
// first, and which of them count where they stand (the rules in quickadd.ts's opening comment).
import { readDuration, readRelative } from './quickadd.amounts.js';
import { readDateOrTime, readDayPart, readNoDate } from './quickadd.dates.js';
import { readWord } from './quickadd.marks.js';
import { readEnds, readRecurrence } from './quickadd.recurrence.js';
import { beforeAmount, readReminder, reminderPhrase } from './quickadd.reminders.js';
import { type Token, tokenize } from './quickadd.tokens.js';
import type { QuickAddOptions } from './quickadd.types.js';
import { ARTICLES, type Candidate, DAY_PARTS, type Phrase, word } from './quickadd.words.js';

/** Every phrase that could start at each word, longest first, without overlaps. */
export function findCandidates(tokens: Token[], options: QuickAddOptions): Candidate[] {
  const allowRecurrence = options.recurrence !== false;
  const words = tokens.map((t) => t.word);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    const recurring = readRecurrence(words, i);
    if (recurring && !allowRecurrence) {
      i += recurring.head; // recurrence words stay in the title, untouched
      continue;
    }
    const repeats = allowRecurrence && candidates.some((c) => c.effect.kind === 'recurrence');
    let best: Phrase | null = null;
    for (const phrase of [
      options.timeOnly ? null : readWord(tokens, i, options),
      options.timeOnly ? null : readReminder(words, i),
      repeats ? readEnds(words, i) : null,
      readDateOrTime(words, i),
      readRelative(words, i),
      readDayPart(words, i),
      readDuration(words, i),
      readNoDate(words, i),
      readDeadline(tokens[i]!, options),
      recurring,
      TIES.has(words[i]!) ? TIE : null,
    ]) {
      if (phrase && (!best || phrase.length > best.length)) best = phrase;
    }
    const previous = candidates.at(-1);
    // A tie ("ko", "tak") only right after a date, time or repeat; it makes that one count anywhere
    // ("juma ko fees jama karwana": on Friday).
    if (best?.effect.kind === 'tie' && (!previous || previous.end !== i)) best = null;
    if (best?.effect.kind === 'tie' && previous && isWhen(previous)) previous.strength = 'strong';
    // Urdu puts when first ("parson doctor ke paas jana 11 baje"): a day said in Urdu or Roman Urdu
    // that opens the line counts when the line also says a time (accept: OPENINGS). Alone it may be
    // a name ("jumma khan ko 500 dene hain", "kal ho naa ho dekhni hai"), and quick add never guesses.
    // Not before "ki", "ka", "ke" (of): "kal ki meeting ke notes" names a meeting; nor before a capital.
    const next = tokens[best?.length ?? 0];
    const opensLine =
      i === 0 &&
      best?.effect.kind === 'date' &&
      next !== undefined &&
      !GENITIVES.has(next.word) &&
      !/^\p{Lu}/u.test(next.text);
    const opening = opensLine && tokens[0]?.urdu === true;
    // Todoist reads a date that opens the line ("thursday pick up the car", "27 jan Aunt Rubina's
    // birthday", "kal dawai lena"), except a one-word day before a capital ("Monday Blue" is a name)
    // and a day with its part ("Saturday night fever").
    // A weekday said in Urdu opens a line only with a time (above): it is also a name.
    const sureOpening =
      i === 0 &&
      best?.effect.kind === 'date' &&
      (best.effect.defaultTime === null || tokens[0]?.urdu === true) && // "Saturday night fever" is a film
      best.strength !== 'linked' &&
      next !== undefined &&
      !GENITIVES.has(next.word) &&
      (tokens[0]?.urdu === true
        ? opensLine && URDU_SURE_DAYS.has(tokens[0].word)
        : best.length > 1 || !/^\p{Lu}/u.test(next.text));
    const afterArticle = ARTICLES.has(word(words, i - 1)) && (!previous || previous.end < i);
    if (!best || (best.strength !== 'strong' && afterArticle)) {
      i += 1;
      continue;
    }
    candidates.push({ ...best, start: i, end: i + best.length });
    if (opening) OPENINGS.add(candidates.at(-1)!);
    if (sureOpening) SURE_OPENINGS.add(candidates.at(-1)!);
    i += best.length;
    // "remind me 1 day before and 1 hour before": each amount after "and" is a reminder too.
    while (best.effect.kind === 'reminder' && word(words, i) === 'and') {
      const more = beforeAmount(words, i + 1);
      if (!more) break;
      const length = more.length + 1;
      candidates.push({
        ...reminderPhrase(length, { kind: 'reminder', before: more.minutes }),
        start: i,
        end: i + length,
      });
      i += length;
    }
    // "every sunday evening at 8": a part of the day right after a repeat gives its time, as after a date.
    const part = best === recurring ? DAY_PARTS.get(word(words, i)) : undefined;
    if (part !== undefined) {
      candidates.push({
        length: 1,
        strength: 'linked',
        effect: { kind: 'daypart', minutes: part },
        start: i,
        end: i + 1,
      });
      i += 1;
    }
  }
  return candidates;
}

/** "{march 30}", "{next friday}", "{30/3}": a deadline, a date in braces (a time in braces is a reminder). */
function readDeadline(token: Token, options: QuickAddOptions): Phrase | null {
  const inner = /^\{(.+)\}$/u.exec(token.raw)?.[1];
  if (!inner) return null;
  const words = tokenize(inner, options.dateOrder, options.urdu === true).map((t) => t.word);
  const date = readDateOrTime(words, 0);
  if (date?.effect.kind !== 'date' || date.length !== words.length || date.effect.defaultTime !== null)
    return null;
  return { length: 1, strength: 'strong', effect: { kind: 'deadline', resolve: date.effect.resolve } };
}

const GENITIVES = new Set(['ki', 'ka', 'ke', 'kay', 'کی', 'کا', 'کے']);
/** Day words in Urdu or Roman Urdu that open their line (findCandidates). */
const OPENINGS = new WeakSet<Candidate>();
/** Dates that open their line and count as they stand (findCandidates). */
const SURE_OPENINGS = new WeakSet<Candidate>();
/** aaj, kal, parson (today, tomorrow, the day after): no one's name. */
const URDU_SURE_DAYS = new Set(['today', 'tomorrow', 'overmorrow']);

/** "juma ko" (on Friday), "kal tak" (by tomorrow), "kal se" (from tomorrow: the due date starts a repeat). */
const TIES = new Set(['~ko', '~tak', '~se']);
const TIE: Phrase = { length: 1, strength: 'linked', effect: { kind: 'tie' } };
const NOT_WHEN = new Set(['tag', 'priority', 'list', 'section', 'assignee', 'reminder', 'deadline']);
const isWhen = (c: Candidate) => !NOT_WHEN.has(c.effect.kind);

/**
 * Which candidates count: strong ones always; bare ones at the end of the line or next to a date,
 * time or recurrence that counts; linked ones only next to one. Repeated until nothing changes,
 * because each acceptance can make a neighbour's case.
 */
export function accept(candidates: Candidate[], wordCount: number): boolean[] {
  const accepted = candidates.map((c) => c.strength === 'strong' || SURE_OPENINGS.has(c));
  let changed = true;
  while (changed) {
    changed = false;
    let tailFrom = wordCount; // every word from here on is covered by an accepted candidate
    for (let k = candidates.length - 1; k >= 0; k--) {
      const c = candidates[k]!;
      if (c.end !== tailFrom) tailFrom = -1;
      const prev = candidates[k - 1];
      const next = candidates[k + 1];
      const whenBefore =
        prev !== undefined && accepted[k - 1] === true && prev.end === c.start && isWhen(prev);
      const whenAfter =
        next !== undefined && accepted[k + 1] === true && next.start === c.end && isWhen(next);
      // "kal subah 9 baje yaad dilana dawai": the word for remind right after the moment it is for.
      const besideWhen =
        (isWhen(c) && (whenBefore || whenAfter)) || (c.effect.kind === 'reminder' && whenBefore);
      if (!accepted[k] && (besideWhen || (c.strength === 'bare' && tailFrom === c.end))) {
        accepted[k] = true;
        changed = true;
      }
      // A repeat's end and a tie count as the tail they end: "daily 5 times", "juma ko".
      const tails = accepted[k] || c.effect.kind === 'ends' || c.effect.kind === 'tie';
      tailFrom = tails && tailFrom === c.end ? c.start : -1;
    }
  }
  // A day word opening an Urdu line counts when the line says a time that counts.
  if (candidates.some((c, k) => accepted[k] && c.effect.kind === 'time'))
    candidates.forEach((c, k) => {
      if (OPENINGS.has(c)) accepted[k] = true;
    });
  // A repeat's end ("until dec 31", "31 december tak", "10 times") counts wherever its repeat does.
  if (candidates.some((c, k) => accepted[k] && c.effect.kind === 'recurrence'))
    candidates.forEach((c, k) => {
      if (c.effect.kind === 'ends') accepted[k] = true;
    });
  return accepted;
}
