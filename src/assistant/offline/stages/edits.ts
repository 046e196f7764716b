// Field edits said as a pattern of the language rather than with a command word: a note added to a
// task ("X wale task mein note daal do: ...", "X والے کام میں لکھ دو کہ ..."), a tag put on it ("X pe
// 'errands' ka tag laga do", "X پر "بل" کا ٹیگ لگا دو", "tag X with 'housing'") or its date pushed
// ("X پیر تک آگے کر دو"). The patterns are data (lang/*.json, "editPatterns"): a `task` group names
// the task and a `value` group gives the new note, tag or date.

import type { Priority } from '../../../tasks/quickadd.js';
import en from '../lang/en.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { detectLanguage, type Lang, words } from '../language.js';
import { type Change, dueChange, readTarget, type Understanding } from '../understand.js';
import type { Clock } from '../when.js';

interface EditPattern {
  change: 'description' | 'tag' | 'untag' | 'due' | 'nodue' | 'norepeat' | 'priority' | 'title';
  pattern: RegExp;
}

const compile = (list: { change: string; pattern: string }[]): EditPattern[] =>
  list.map((p) => ({ change: p.change as EditPattern['change'], pattern: new RegExp(p.pattern, 'iu') }));

const PATTERNS: Record<Lang, EditPattern[]> = {
  // Roman Urdu with English nouns ("bike service pe ... ka tag laga do") may read as English.
  en: compile([...en.editPatterns, ...roman.editPatterns]),
  roman: compile([...roman.editPatterns, ...en.editPatterns]),
  ur: compile(ur.editPatterns),
};

const WALA = new Set([
  'wala',
  'wale',
  'wali',
  'waala',
  'waale',
  'والا',
  'والے',
  'والی',
  'task',
  'kaam',
  'کام',
]);

const LEVELS: Record<string, Priority> = en.priorityLevels as Record<string, Priority>;

function changeOf(kind: EditPattern['change'], value: string, clock: Clock): Change | null {
  if (kind === 'nodue') return { due_date: null, due_at: null };
  if (kind === 'norepeat') return { recurrence: null };
  const v = value.trim().replace(/[.!۔]+$/u, '');
  if (kind === 'priority') return LEVELS[v.toLowerCase()] ? { priority: LEVELS[v.toLowerCase()]! } : null;
  if (v.length === 0) return null;
  if (kind === 'description') return { description: v };
  // "X کی جگہ لکھ دو 'Y'", "X ki jagah 'Y' likh do": the quoted words are the new title as typed.
  if (kind === 'title') return { title: /^\p{Ll}/u.test(v) ? v[0]!.toUpperCase() + v.slice(1) : v };
  if (kind === 'tag') return { addTags: [v.replace(/^#/u, '')] };
  if (kind === 'untag') return { removeTags: [v.replace(/^#/u, '')] };
  return dueChange(v, clock);
}

/** The edit a message makes by one of its language's edit patterns, or null. */
export function readEdit(text: string, clock: Clock): Understanding | null {
  const line = text.trim();
  for (const { change, pattern } of PATTERNS[detectLanguage(line)]) {
    const m = pattern.exec(line);
    const task = m?.groups?.task;
    const value = m?.groups?.value ?? (change === 'nodue' || change === 'norepeat' ? '-' : undefined);
    if (!task || !value) continue;
    // "گیس والا بل اتوار تک": when two words are no date, the first belongs to the task.
    const split = value.trim().split(/\s+/u);
    const shorter = change === 'due' && split.length > 1 && !changeOf(change, value, clock);
    const named = words(shorter ? `${task} ${split[0]}` : task).filter((w) => !WALA.has(w));
    const target = readTarget(named);
    const made = changeOf(change, shorter ? split.slice(1).join(' ') : value, clock);
    if (target.kind === 'none' || !made) continue;
    return { intent: 'update', target, change: made };
  }
  return null;
}
