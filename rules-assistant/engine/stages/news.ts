// News of a task done, said the ways the done stage (done.ts) does not read: passive or arrival
// news ("the gas cylinder's been booked", "the plumber came too", "bijli ka bill app se bhar
// diya") and news whose words go on to say how or when ("paid the electricity bill just now from
// the app"). The patterns and word lists are data (lang/news.extra.json). It only says which words
// name the task; the caller completes the one open task they name and asks when several match.
import en from '../lang/en.json' with { type: 'json' };
import news from '../lang/news.extra.json' with { type: 'json' };
import { type Lang, words } from '../language.js';

interface NewsData {
  passive: string[];
  cut: string[];
  dropped: string[];
  later: string[];
}

const DATA: Record<Lang, NewsData> = { en: news.en, roman: news.roman, ur: news.ur };
const PASSIVE: Record<Lang, RegExp[]> = {
  en: DATA.en.passive.map((p) => new RegExp(p, 'iu')),
  roman: [...DATA.roman.passive, ...DATA.en.passive].map((p) => new RegExp(p, 'iu')),
  ur: DATA.ur.passive.map((p) => new RegExp(p, 'iu')),
};
const set = (lang: Lang, key: 'cut' | 'dropped' | 'later') =>
  new Set(lang === 'roman' ? [...DATA.roman[key], ...DATA.en[key]] : DATA[lang][key]);
const CUT: Record<Lang, Set<string>> = {
  en: set('en', 'cut'),
  roman: set('roman', 'cut'),
  ur: set('ur', 'cut'),
};
const DROPPED: Record<Lang, Set<string>> = {
  en: set('en', 'dropped'),
  roman: set('roman', 'dropped'),
  ur: set('ur', 'dropped'),
};
const LATER: Record<Lang, Set<string>> = {
  en: set('en', 'later'),
  roman: set('roman', 'later'),
  ur: set('ur', 'later'),
};
const DEEDS = new Set(en.doneWords.filter((w) => !w.includes(' ')));
const NOT = new Set([
  'not',
  "isn't",
  "hasn't",
  "wasn't",
  "haven't",
  "didn't",
  'yet',
  'never',
  'nahi',
  'nahin',
  'na',
  'نہیں',
]);

/**
 * The words naming the task in news of it done that the done stage read as `terms` (its words, cut
 * where they go on to say how or when: "paid the electricity bill | just now from the app"), at
 * least one word kept.
 */
export function trimNews(terms: string[], lang: Lang): string[] {
  // "paid" in "paid the bill" tells of the deed, not which task ("Pay electricity bill").
  const kept = terms.filter((w) => !DROPPED[lang].has(w) && !DEEDS.has(w));
  const cut = kept.findIndex((w, i) => i >= 2 && CUT[lang].has(w));
  return cut > 0 ? kept.slice(0, cut) : kept;
}

/** The words naming the task in passive or arrival news of it done, or null. */
export function passiveNews(text: string, lang: Lang): string[] | null {
  if (/[?؟]/u.test(text)) return null;
  const all = words(text);
  if (all.some((w) => NOT.has(w) || LATER[lang].has(w) || /\d/u.test(w))) return null;
  for (const pattern of PASSIVE[lang]) {
    const task = pattern.exec(text.trim())?.groups?.task;
    if (!task) continue;
    const named = words(task).filter((w) => !['the', 'my', 'our', 'a', 'an', 'ka', 'ki', 'ke'].includes(w));
    if (named.length > 0) return named;
  }
  return null;
}
