// Requests addressed to a task or a list by name first (decision 0113): "eid ki
// tayyari ke neeche likh do: mehndi, choorian", "شادی والی لسٹ میں ڈال دیں: ...", "X wale task pe
// comment kar do ke ...", "X wala kaam Family list mein shift kar do", "in the garden list: mulch",
// "nayi list banao jiska naam ho Safar". Each pattern (lang/addressed.json) puts the line into the
// one command form the other readers take ("add a subtask to X: Y", "add Y to the X list", "comment
// on the X task: Y", "add a note to X: Y", "move X to the Y list", "create a list called X"), so
// one code path carries out each request however it was said.
import addressed from '../lang/addressed.json' with { type: 'json' };
import type { Lang } from '../language.js';

interface Rule {
  pattern: RegExp;
  to: string;
}

const compile = (list: { pattern: string; to: string }[]): Rule[] =>
  list.map((r) => ({ pattern: new RegExp(r.pattern, 'iu'), to: r.to }));
const RULES: Record<Lang, Rule[]> = {
  en: compile(addressed.en),
  roman: compile([...addressed.roman, ...addressed.en]),
  ur: compile(addressed.ur),
};

/** The request in its command form, or null when no pattern of the language takes the line. */
export function readAddressed(text: string, lang: Lang): string | null {
  const line = text.trim().replace(/[.!۔]+$/u, '');
  if (line.length > 400) return null;
  for (const { pattern, to } of RULES[lang]) {
    const groups = pattern.exec(line)?.groups;
    if (!groups) continue;
    const parts = Object.values(groups).filter((v) => v !== undefined);
    if (parts.some((v) => v.trim().length === 0)) continue;
    // A task's name is found by its words: "fact-check" is "fact check", never a separator to read.
    const said = (key: string) =>
      key === 'task' ? (groups[key] ?? '').replace(/-/gu, ' ') : (groups[key] ?? '');
    return to.replace(/\{(task|list|value)\}/gu, (_, key: string) => said(key).trim());
  }
  return null;
}
