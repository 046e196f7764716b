// Questions about one task ("when's the gas bill due", "did i finish the quarterly report?", "have
// i called the dentist yet?", "گیس کا بل کب تک جمع کرانا ہے؟"): the patterns are data
// (lang/*.json, "questionPatterns"), the answer is read, never a change.
import en from '../lang/en.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { detectLanguage, type Lang, words } from '../language.js';

export interface TaskQuestion {
  ask: 'due' | 'done';
  /** The words naming the task. */
  task: string[];
}

const compile = (list: { ask: string; pattern: string }[]) =>
  list.map((p) => ({ ask: p.ask as TaskQuestion['ask'], pattern: new RegExp(p.pattern, 'iu') }));

const PATTERNS: Record<Lang, ReturnType<typeof compile>> = {
  en: compile(en.questionPatterns),
  roman: compile([...roman.questionPatterns, ...en.questionPatterns]),
  ur: compile(ur.questionPatterns),
};
const NAMING_NOISE = new Set([
  'wala',
  'wali',
  'wale',
  'والا',
  'والی',
  'والے',
  'task',
  'kaam',
  'کام',
  'تک',
  'tak',
]);

export function readQuestion(text: string): TaskQuestion | null {
  const line = text.trim();
  for (const { ask, pattern } of PATTERNS[detectLanguage(line)]) {
    const task = pattern.exec(line)?.groups?.task;
    if (!task) continue;
    const named = words(task).filter((w) => !NAMING_NOISE.has(w));
    if (named.length === 0 || named.length > 8) continue;
    return { ask, task: named };
  }
  return null;
}
