// When the news of task-first reading (about.ts) happened: another task too, not yet, in the future,
// a verb of the title told in the past.
import { dayIn } from '#shared/time/zone.js';
import about from '../lang/about.json' with { type: 'json' };
import { type Lang, sameWord, words } from '../language.js';
import { type Clock, parseEnglishDetails, parseUrduDetails } from '../when.js';
import { anyOf, DATA } from './about-data.js';
import { content } from './about-naming.js';
import { isPastTense } from './phrasings.js';

const ALSO = new Set(['bhi', 'bhee', 'بھی']);
const LINKS = new Set(['ka', 'ki', 'ke', 'ne', 'ko', 'کا', 'کی', 'کے', 'نے', 'کو']);

/**
 * "Rana traders ne cheeku ka bhi order de diya", "میڈم فوزیہ کا بھی انٹرویو": "bhi" (also) after a
 * word the task's title lacks and its "ka" / "ne" tells of another thing besides the task, not of the
 * task itself ("Kashif ka bhi phone ho gaya" of "Kashif ka phone" is news of it).
 */
export function saysAnotherToo(text: string, title: string, lang: Lang): boolean {
  if (lang === 'en') return false;
  const said = words(text);
  const own = words(title);
  return said.some((w, i) => {
    if (!ALSO.has(w)) return false;
    let j = i - 1;
    while (j >= 0 && LINKS.has(said[j]!)) j -= 1;
    // Only "X ka bhi", "X ne bhi": the thing or the one doing it, not "tag bhi laga do", "le bhi gayi".
    if (j === i - 1) return false;
    const before = said[j];
    return (
      before !== undefined && content(before) && !own.some((t) => sameWord(before, t) || sameWord(t, before))
    );
  });
}

const PERFECTIVE = about.perfective;
const LIGHT: Record<Lang, Set<string>> = {
  en: new Set(),
  roman: new Set(PERFECTIVE.light.roman),
  ur: new Set(PERFECTIVE.light.ur),
};
const NOT_DONE_NEWS = new Set([...PERFECTIVE.notDone, ...PERFECTIVE.notNews]);
const ASKING = new Set(PERFECTIVE.asking);
const TIES = new Set(PERFECTIVE.postpositions);

/**
 * "week 6 ki slides bana li", "شرارہ سل گیا", "merged Sara's login PR", "quiz marks are up": once
 * the words naming the task (at `used`) are gone, a verb in its completed form tells of the task done
 * (lang/about.json `perfective`), unless a word of change, failure, loss or a start says otherwise.
 */
export function perfectiveNews(all: string[], used: Set<number>, lang: Lang, clock: Clock): boolean {
  if (all.some((w) => NOT_DONE_NEWS.has(w) || ASKING.has(w))) return false;
  const rest = all.filter((_, i) => !used.has(i));
  const details = lang === 'en' ? parseEnglishDetails(rest.join(' '), clock) : parseUrduDetails(rest, clock);
  // "the toner came in this morning" is news; "... is actually due the 22nd" gives a moment to come.
  const today = dayIn(clock.now, clock.timeZone);
  if (
    (details.due_at && new Date(details.due_at) > clock.now) ||
    (details.due_date && details.due_date > today)
  )
    return false;
  // A short Roman Urdu line is often taken for English: its light verbs count there too.
  const light = LIGHT[lang === 'en' ? 'roman' : lang];
  if (rest.some((w, i) => i > 0 && light.has(w) && !TIES.has(rest[i - 1]!))) return true;
  const line = ` ${rest.join(' ')} `;
  return (
    lang === 'en' && (rest.some(isPastTense) || PERFECTIVE.englishStates.some((s) => line.includes(` ${s} `)))
  );
}

/** The same day of the next week (YYYY-MM-DD). */
export function nextWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 7)).toISOString().slice(0, 10);
}

/** "can be done by the 25th", "ho jayega": a line saying a thing will be done, not that it was. */
export function saysNotYet(text: string, lang: Lang): boolean {
  return anyOf(words(text).join(' '), DATA[lang].notYet);
}

/**
 * A verb in the future tense ("ری یونین ڈنر اب جمعہ کو ہوگا", "kal jama karunga", "I'll send it"):
 * what will happen, never news of a thing done. An ending of one or two letters ("گا" said apart)
 * counts only as a whole word, so "زندگی" is no future.
 */
export function saysFuture(text: string, lang: Lang): boolean {
  const endings = DATA[lang].futureEndings;
  return words(text).some((w) =>
    endings.some((e) => w === e || (e.length >= 3 && w.length > e.length && w.endsWith(e))),
  );
}

/** English verbs whose past is not the word with -ed ("paid", "sent", "bought"). */
const IRREGULAR_PAST: Record<string, string[]> = {
  pay: ['paid'],
  send: ['sent'],
  buy: ['bought'],
  get: ['got', 'gotten'],
  take: ['took', 'taken'],
  write: ['wrote', 'written'],
  make: ['made'],
  do: ['did', 'done'],
  go: ['went', 'gone'],
  bring: ['brought'],
  give: ['gave', 'given'],
  sell: ['sold'],
  find: ['found'],
  tell: ['told'],
  meet: ['met'],
  teach: ['taught'],
  catch: ['caught'],
};

/**
 * The first word of an English title, a verb ("Submit attendance register", "Pick up uniforms"),
 * said in the past ("submitted", "submited", "picked up"): news of the task done. Only a word of
 * at least three letters, and only its past, never the verb itself ("submit the register").
 */
export function saysTitleVerbDone(said: string[], title: string): boolean {
  const verb = words(title)[0];
  if (!verb || verb.length < 3 || !/^[a-z]+$/u.test(verb)) return false;
  const forms = new Set(IRREGULAR_PAST[verb] ?? []);
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  forms.add(`${stem}ed`);
  if (/[^aeiou]y$/u.test(verb)) forms.add(`${verb.slice(0, -1)}ied`);
  // A doubled last letter, and its common misspelling without ("submitted", "submited").
  forms.add(`${verb}${verb.at(-1)}ed`);
  return said.some((w) => forms.has(w));
}
