// The first stage: which language a message is in, and its misspelled date words put right
// ("tomorow", "parso", "پرسو"), from each language's data file. A word is only ever fixed into a
// date word, never into a command word, and never when it is an ordinary English word ("dairy"
// stays, "evning" becomes "evening"), so a fix cannot change what the person asked for.

import en from '../lang/en.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { closest, detectLanguage, type Lang } from '../language.js';

export interface Normalised {
  text: string;
  lang: Lang;
  /** Each word changed, as typed and as read. */
  fixes: [string, string][];
}

const SPELLINGS: Record<Lang, Record<string, string>> = {
  en: en.dateSpellings,
  roman: { ...en.dateSpellings, ...roman.dateSpellings },
  ur: ur.dateSpellings,
};
const DATE_WORDS = en.dateWords;
/** Everyday words a typo away from a command or date word, which are never "fixed". */
export const ORDINARY: ReadonlySet<string> = new Set([...en.ordinary, ...en.knownWords]);

/** A date word this word was meant to be, if it is clearly a misspelling of one. */
export function dateWordFor(word: string, lang: Lang): string | null {
  const lower = word.toLowerCase();
  const spelt = SPELLINGS[lang][lower];
  if (spelt) return spelt;
  if (lang === 'ur' || !/^[a-z]{6,}$/u.test(lower) || ORDINARY.has(lower) || DATE_WORDS.includes(lower))
    return null;
  return closest(lower, DATE_WORDS);
}

function fixWords(message: string, lang: Lang, fixes: [string, string][]): string {
  // Quoted words are a title as typed: they are left alone.
  return message.replace(
    /((?:^|(?<=\s))["“'][^"”']+["”'](?=$|[\s,.!?:;]))|([\p{L}\p{N}]+)/gu,
    (all, quoted, word) => {
      if (quoted || !word) return all;
      const fixed = dateWordFor(word, lang);
      if (!fixed || fixed === word.toLowerCase()) return all;
      fixes.push([word, fixed]);
      return fixed;
    },
  );
}

export function normalise(message: string): Normalised {
  const lang = detectLanguage(message);
  const fixes: [string, string][] = [];
  const text = fixWords(message, lang, fixes);
  if (lang === 'en') {
    // "kl subha doctor": Roman Urdu whose words were too misspelt to be recognised as such.
    const romanFixes: [string, string][] = [];
    const asRoman = fixWords(message, 'roman', romanFixes);
    if (romanFixes.length > fixes.length && detectLanguage(asRoman) === 'roman')
      return { text: asRoman, lang: 'roman', fixes: romanFixes };
  }
  return { text, lang, fixes };
}
