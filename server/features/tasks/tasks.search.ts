// What a search reads of what a person typed: its words, and the full-text query they make.
/**
 * Turns what a person typed into a full-text query: every word must match, each as a prefix
 * (so "meet" finds "meeting" while typing). Words are quoted tsquery lexemes, so nothing typed
 * is read as query syntax. Undefined when nothing searchable is left.
 */
export function searchQuery(text: string): string | undefined {
  const words = searchWords(text);
  if (words.length === 0) return undefined;
  return words.map(prefixLexeme).join(' & ');
}

/** A word as a quoted tsquery lexeme matching as a prefix (its quotes and backslashes escaped). */
export const prefixLexeme = (word: string) => `'${word.replace(/\\/gu, '\\\\').replace(/'/gu, "''")}':*`;

/** The words of a search (at most 16), as searchQuery reads them. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 16);
}
