// A closing clause that only names a tag: "jumma ko quotation bhejna, tag work laga dena", "پرسوں
// ٹوکن ٹیکس جمع کرانا، ٹیگ گاڑی", "re-export the teaser, tag it clients" (English tag phrases inside
// a line are read by when-english.ts in quick add's forms). The clause after the
// line's last comma, read whole by one pattern per language (lang/tag-clause.json), is put in quick
// add's form ("#car") at the end of the line, so every reader after it reads a tag and no title keeps
// the clause. A clause with anything else in it is left as typed.
import data from '../lang/tag-clause.json' with { type: 'json' };

// Tried on a line of any language: a texted Roman Urdu line is often taken for English.
const PATTERNS = [
  new RegExp(data.patterns.roman, 'iu'),
  new RegExp(data.patterns.ur, 'u'),
  new RegExp(data.patterns.en, 'iu'),
];
const tagIn = (clause: string): string | null => {
  for (const pattern of PATTERNS) {
    const found = pattern.exec(clause.trim().replace(/[.!۔]+$/u, ''))?.groups;
    if (found) return found.tag ?? found.tag2 ?? null;
  }
  return null;
};

/** The line with its closing tag clause as "#name" (a line that is only one: "#name"), or the line as it was. */
export function tagClauseMarked(text: string): string {
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('،'));
  // "is pe office ka tag laga do", "اس پر کام کا ٹیگ لگا دو": a line that is only the clause is the
  // tag alone, a bare change of the task in focus (stages/focus.ts).
  if (cut <= 0) {
    const tag = tagIn(text);
    return tag ? `#${tag}` : text;
  }
  const tag = tagIn(text.slice(cut + 1));
  if (!tag) return text;
  return `${text.slice(0, cut).trimEnd()} #${tag}`;
}
