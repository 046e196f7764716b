// News of one task done beside a remark that another is still open: "ward 6 checklist
// done, the ward 4 one is still pending", "DBMS wali assignment jama ho gayi, DS wali abhi baqi
// hai", "دودھ والے کو پیسے دے دیے، دھوبی کا ابھی باقی ہے". The remark changes nothing, but its
// words name the other task, so the whole line named two and was asked about. The remark's clause is
// dropped when another clause tells of a thing done; the line is then read without it. Words are
// data (lang/contrast.json, and each language's doneWords).
import data from '../lang/contrast.json' with { type: 'json' };
import en from '../lang/en.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { words } from '../language.js';

const DONE = [...data.done, ...en.doneWords, ...roman.doneWords, ...ur.doneWords];
const has = (clause: string, phrases: string[]) => {
  const line = ` ${words(clause).join(' ')} `;
  return phrases.some((p) => line.includes(` ${p} `));
};

/** The line without its clauses saying another task is still open, when a clause tells of one done; else null. */
export function withoutStillOpen(text: string): string | null {
  const clauses = text
    .split(/\s*(?:[,;.،۔]|\s(?:but|while|whereas|lekin|magar|par|جبکہ|لیکن|مگر)\s)\s*/iu)
    .filter((c) => words(c).length > 0);
  if (clauses.length < 2) return null;
  const open = clauses.filter((c) => has(c, data.stillOpen) && !has(c, DONE));
  const kept = clauses.filter((c) => !open.includes(c));
  // News of a thing done: a done word, or an English verb in the past ("9A quizzes marked").
  const told = (c: string) => has(c, DONE) || words(c).some((w) => /^[a-z]{3,}ed$/u.test(w));
  if (open.length === 0 || kept.length === 0 || !kept.some(told)) return null;
  return kept.join(', ');
}
