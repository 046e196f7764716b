// Reopening said without the word reopen: "the update to my manager bounced, put it back as not
// done", "mark the gym as not done", "X wala kaam wapas baaki kaamon mein daal do", "درزی والا کام
// دوبارہ باقی کاموں میں ڈال دیں". The patterns are data (lang/reopen.json); the caller reopens the one
// finished task the words name, and does nothing (asks) when none or several do.
import data from '../lang/reopen.json' with { type: 'json' };
import { words } from '../language.js';

const PATTERNS = data.patterns.map((source) => new RegExp(source, 'iu'));
const NOISE = new Set(data.taskNoise);

/** The words naming the task to open again, or null when the line does not ask for that. */
export function readReopen(text: string): string[] | null {
  const line = text.trim();
  for (const pattern of PATTERNS) {
    const task = pattern.exec(line)?.groups?.task;
    if (!task) continue;
    const said = words(task).filter((w) => !NOISE.has(w));
    if (said.length > 0) return said;
  }
  return null;
}
