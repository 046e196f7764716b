// The languages the product speaks: English is the source (its text is the message id, so it has
// no catalog), every other language is a folder of catalogs, shared/i18n/catalogs/<code>/
// (docs/translating.md), and the pseudo-locale is made from English as it is shown
// (pseudo.ts).

/** The source language: messages are written in it and it needs no catalog. */
export const SOURCE_LANGUAGE = 'en';

/**
 * The pseudo-locale: every message accented, about 30% longer and right to left, made from the
 * English text; the browser suite runs the app in it to find text that is not in a catalog,
 * text that overflows and layout that assumes left to right.
 */
export const PSEUDO_LANGUAGE = 'en-XA';

/** Languages written right to left (by their primary subtag). */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(language: string): 'ltr' | 'rtl' {
  return language === PSEUDO_LANGUAGE || RIGHT_TO_LEFT.has(language.split('-')[0]!.toLowerCase())
    ? 'rtl'
    : 'ltr';
}

/**
 * The first of `wanted` (a person's languages in order, BCP 47 tags such as navigator.languages)
 * that `available` has, exactly or by its primary subtag ("ur-PK" finds "ur"); else English.
 */
export function chooseLanguage(
  wanted: readonly (string | null | undefined)[],
  available: readonly string[],
): string {
  for (const tag of wanted) {
    if (!tag) continue;
    const exact = available.find((a) => a.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = available.find((a) => a.toLowerCase() === tag.split('-')[0]!.toLowerCase());
    if (base) return base;
  }
  return SOURCE_LANGUAGE;
}
