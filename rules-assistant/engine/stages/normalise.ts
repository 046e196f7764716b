// The first stage: which language a message is in, and its misspelled date words put right
// ("tomorow", "parso", "پرسو"), from each language's data file. A word is only ever fixed into a
// date word, never into a command word, and never when it is an ordinary English word ("dairy"
// stays, "evning" becomes "evening"), so a fix cannot change what the person asked for.

import { withoutAddress } from '../courtesy.js';
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
  // "months", "evenings": another form of a date word is no misspelling of it (a weekday's plural,
  // "tuesdays", is still read as the weekday).
  if (DATE_WORDS.some((d) => !d.endsWith('day') && lower.startsWith(d) && lower.length - d.length <= 2))
    return null;
  return closest(lower, DATE_WORDS);
}

const KEPT_AFTER: Record<string, string[]> = Object.fromEntries(
  Object.entries(en.notFixedAfter).filter(([word]) => word !== '_about') as [string, string[]][],
);

/** Whether a word is kept as typed after the word before it ("new years eve" stays "eve"). */
function keptAfter(word: string, before: string): boolean {
  const after = KEPT_AFTER[word.toLowerCase()];
  if (!after) return false;
  const previous = /([\p{L}']+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  return previous !== undefined && after.includes(previous);
}

function fixWords(message: string, lang: Lang, fixes: [string, string][]): string {
  // Quoted words are a title as typed: they are left alone.
  return message.replace(
    /((?:^|(?<=\s))["“'][^"”']+["”'](?=$|[\s,.!?:;]))|([\p{L}\p{N}]+)/gu,
    (all, quoted, word, offset: number) => {
      if (quoted || !word) return all;
      if (keptAfter(word, message.slice(0, offset))) return all;
      const fixed = dateWordFor(word, lang);
      if (!fixed || fixed === word.toLowerCase()) return all;
      fixes.push([word, fixed]);
      return fixed;
    },
  );
}

const SAYINGS = [...en.dateSayings.sayings, ...roman.dateSayings.sayings, ...ur.dateSayings.sayings].map(
  ([source, to]) => [new RegExp(source!, 'giu'), to!] as const,
);

/** Days and times said by name ("new years eve", "half 7") put as quick add reads them ("dec 31", "7:30"). */
function readSayings(message: string, fixes: [string, string][]): string {
  let text = message;
  for (const [pattern, to] of SAYINGS)
    text = text.replace(pattern, (...args: unknown[]) => {
      const all = args[0] as string;
      const read = to.replace('$1', String(args[1] ?? ''));
      fixes.push([all, read]);
      return read;
    });
  return text;
}

const { _about: _spellingsAbout, ...TEXTING } = roman.spellings;
const TEXTED: Record<string, string> = TEXTING;

/**
 * Roman Urdu as it is texted, in its usual spelling: "hogya" as "ho gaya", "kr lia" as "kar liya",
 * "krwana" as "karwana" (`spellings` in lang/roman.json: only words that are no English word).
 * Quoted words are a title as typed and stay. Not a fix worth telling: nothing is read otherwise.
 */
export function spelledOut(text: string): string {
  return text.replace(
    /((?:^|(?<=\s))["“'][^"”']+["”'](?=$|[\s,.!?:;]))|([A-Za-z][A-Za-z0-9]*)/gu,
    (all, quoted, word: string | undefined) => {
      if (quoted || !word) return all;
      const usual = TEXTED[word.toLowerCase()];
      if (!usual) return all;
      return word[0] === word[0]!.toUpperCase() && word[0] !== word[0]!.toLowerCase()
        ? usual[0]!.toUpperCase() + usual.slice(1)
        : usual;
    },
  );
}

export function normalise(typed: string): Normalised {
  const said: [string, string][] = [];
  const message = readSayings(withoutAddress(spelledOut(typed)), said);
  const lang = detectLanguage(message);
  const fixes: [string, string][] = [...said];
  const text = fixWords(message, lang, fixes);
  if (lang === 'en') {
    // "kl subha doctor": Roman Urdu whose words were too misspelt to be recognised as such.
    const romanFixes: [string, string][] = [...said];
    const asRoman = fixWords(message, 'roman', romanFixes);
    if (romanFixes.length > fixes.length && detectLanguage(asRoman) === 'roman')
      return { text: asRoman, lang: 'roman', fixes: romanFixes };
  }
  return { text, lang, fixes };
}
