// A closing clause that only names a tag, in Roman Urdu and Urdu: "jumma ko quotation bhejna, tag
// work laga dena", "پرسوں ٹوکن ٹیکس جمع کرانا، ٹیگ گاڑی" (English tag phrases are read by
// when-english.ts in quick add's forms). The clause after the
// line's last comma, read whole by one pattern per language (lang/tag-clause.json), is put in quick
// add's form ("#car") at the end of the line, so every reader after it reads a tag and no title keeps
// the clause. A clause with anything else in it is left as typed.
import data from '../lang/tag-clause.json' with { type: 'json' };
import type { Lang } from '../language.js';

const PATTERNS: Partial<Record<Lang, RegExp>> = {
  roman: new RegExp(data.patterns.roman, 'iu'),
  ur: new RegExp(data.patterns.ur, 'u'),
};

/** The line with its closing tag clause as "#name", or the line as it was. */
export function tagClauseMarked(text: string, lang: Lang): string {
  if (!PATTERNS[lang]) return text;
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('،'));
  if (cut <= 0) return text;
  const clause = text
    .slice(cut + 1)
    .trim()
    .replace(/[.!۔]+$/u, '');
  const found = PATTERNS[lang]?.exec(clause)?.groups;
  const tag = found?.tag ?? found?.tag2;
  if (!tag) return text;
  return `${text.slice(0, cut).trimEnd()} #${tag}`;
}
