// Field edits said as a pattern of the language rather than with a command word: a note added to a
// task ("X wale task mein note daal do: ...", "X والے کام میں لکھ دو کہ ..."), a tag put on it ("X pe
// 'errands' ka tag laga do", "X پر "بل" کا ٹیگ لگا دو", "tag X with 'housing'") or its date pushed
// ("X پیر تک آگے کر دو"). The patterns are data (lang/*.json, "editPatterns"): a `task` group names
// the task and a `value` group gives the new note, tag or date.

import type { Priority } from '#shared/quickadd/quickadd.js';
import extra from '../lang/edits.extra.json' with { type: 'json' };
import en from '../lang/en.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import { detectLanguage, type Lang, words } from '../language.js';
import { englishRule } from '../repeats.js';
import { type Change, dueChange, readTarget, type Understanding } from '../understand.js';
import { type Clock, parseUrduDetails } from '../when.js';
import { JOINERS, POSTPOSITIONS } from './target.js';

interface EditPattern {
  change:
    | 'description'
    | 'tag'
    | 'untag'
    | 'due'
    | 'nodue'
    | 'norepeat'
    | 'priority'
    | 'title'
    | 'shift'
    | 'repeat';
  pattern: RegExp;
  /** "X urgent hai": an edit only when an open task has those words, else read as anything else. */
  soft?: boolean;
}

const compile = (list: { change: string; pattern: string; soft?: boolean }[]): EditPattern[] =>
  list.map((p) => ({
    change: p.change as EditPattern['change'],
    pattern: new RegExp(p.pattern, 'iu'),
    ...(p.soft ? { soft: true } : {}),
  }));

const PATTERNS: Record<Lang, EditPattern[]> = {
  // Roman Urdu with English nouns ("bike service pe ... ka tag laga do") may read as English.
  en: compile([...extra.first.en, ...en.editPatterns, ...roman.editPatterns, ...extra.en, ...extra.roman]),
  roman: compile([...roman.editPatterns, ...extra.first.en, ...en.editPatterns, ...extra.roman, ...extra.en]),
  ur: compile([...ur.editPatterns, ...extra.ur]),
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

const LEVELS: Record<string, Priority> = { ...en.priorityLevels, ...extra.priorityLevels } as Record<
  string,
  Priority
>;

/** "a week", "2 din", "ایک ہفتہ": how many days an amount of time is, from each language's words. */
const NUMBERS: Record<string, number> = { ...en.shiftNumbers, ...roman.shiftNumbers, ...ur.shiftNumbers };
const UNITS: Record<string, number> = { ...en.shiftUnits, ...roman.shiftUnits, ...ur.shiftUnits };

function daysIn(amount: string): number | null {
  const ws = words(amount).filter((w) => w !== 'of' && w !== 'more' && w !== 'extra');
  const unit = UNITS[ws.at(-1) ?? ''];
  const count = ws.length === 1 ? 1 : /^\d+$/u.test(ws[0]!) ? Number(ws[0]) : NUMBERS[ws.at(-2) ?? ''];
  if (!unit || !count) return null;
  const days = unit * count;
  return days > 0 && days <= 366 ? days : null;
}

function changeOf(kind: EditPattern['change'], value: string, clock: Clock): Change | null {
  if (kind === 'nodue') return { due_date: null, due_at: null };
  if (kind === 'norepeat') return { recurrence: null };
  const v = value.trim().replace(/[.!۔]+$/u, '');
  if (kind === 'shift') {
    const days = daysIn(value);
    return days ? { shiftDays: days } : null;
  }
  if (kind === 'repeat') return repeatChange(v, clock);
  if (kind === 'priority') return LEVELS[v.toLowerCase()] ? { priority: LEVELS[v.toLowerCase()]! } : null;
  if (v.length === 0) return null;
  if (kind === 'description') return { description: v };
  // "X کی جگہ لکھ دو 'Y'", "X ki jagah 'Y' likh do": the quoted words are the new title as typed.
  if (kind === 'title') {
    // "... should read 'RSVP to Brig. Aslam'.": the quotes around a whole new title are not part of it.
    const t = v.replace(/^(["'“‘])(.+)["'”’]$/u, '$2').trim();
    return { title: /^\p{Ll}/u.test(t) ? t[0]!.toUpperCase() + t.slice(1) : t };
  }
  if (kind === 'tag') return { addTags: [v.replace(/^#/u, '')] };
  if (kind === 'untag') return { removeTags: [v.replace(/^#/u, '')] };
  return dueChange(v, clock);
}

/**
 * "every year", "har teen mahine baad", "ہر تین مہینے بعد": the rule a repeat edit sets (English
 * by the English reader, else the Urdu one, which reads Roman Urdu too), with its first moment.
 */
export function repeatChange(value: string, clock: Clock): Change | null {
  const english = englishRule(value, clock);
  const rule =
    english ??
    (() => {
      const read = parseUrduDetails(words(value), clock, true);
      return read.recurrence ? { rule: read.recurrence, due_at: read.due_at } : null;
    })();
  if (!rule) return null;
  return { recurrence: rule.rule, ...(rule.due_at ? { due_at: rule.due_at, due_date: null } : {}) };
}

/** The edit a message makes by one of its language's edit patterns, or null. */
export function readEdit(text: string, clock: Clock): Understanding | null {
  const line = text.trim();
  for (const { change, pattern, soft } of PATTERNS[detectLanguage(line)]) {
    const m = pattern.exec(line);
    const task = m?.groups?.task;
    const value = m?.groups?.value ?? (change === 'nodue' || change === 'norepeat' ? '-' : undefined);
    if (!task || !value) continue;
    // "گیس والا بل اتوار تک": when two words are no date, the first belongs to the task.
    const split = value.trim().split(/\s+/u);
    const shorter = change === 'due' && split.length > 1 && !changeOf(change, value, clock);
    const named = words(shorter ? `${task} ${split[0]}` : task).filter((w) => !WALA.has(w));
    // "postpone by a week": a joining word alone names no task.
    if (named.every((w) => JOINERS.has(w) || POSTPOSITIONS.has(w))) continue;
    const target = readTarget(named);
    const made = changeOf(change, shorter ? split.slice(1).join(' ') : value, clock);
    if (target.kind === 'none' || !made) continue;
    // "..., same time": the new day keeps the hour the task is due at (index.ts, keeptime.ts).
    if (m?.groups?.keep && made.due_date) made.keepTime = true;
    if (soft) made.onlyIfNamed = true;
    return { intent: 'update', target, change: made };
  }
  return null;
}
