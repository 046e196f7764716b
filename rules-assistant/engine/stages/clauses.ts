// Clauses around a request, read before the request itself: a command refused in one clause
// ("do NOT mark anything as done, just show me what's high priority") leaves the other clauses as
// the request; "<clause naming a task>, <command> it" ("just paid the electricity bill, mark it
// complete") takes the task from the clause and the command from the rest; a remark or reason
// after a command ("remove the dry cleaning task, I don't need it anymore", "X hata do kyunke ab
// zaroorat nahi") is dropped; and a value set aside ("low priority, not high") only restates the
// change. It decides which clause is the request, then hands that clause back to the readers it
// is given (`Readers`), so it reads nothing twice in its own way. Its cut words are data
// (lang/clauses.json; remark, noise and topic words and patterns in lang/rules.json).
import { withoutCourtesy } from '../courtesy.js';
import data from '../lang/clauses.json' with { type: 'json' };
import lists from '../lang/rules.json' with { type: 'json' };
import { detectLanguage, type Lang, words } from '../language.js';
import type { Intent, Reader, Understanding } from '../meaning.js';
import {
  CLAUSE_NOISE,
  compiled,
  EN_NOT,
  IT_WORDS,
  NEGATION_FILLER,
  pattern,
  TARGET_FILLER,
  TASK_WORDS,
  UR_NOT,
} from '../vocabulary.js';
import { type Clock, parseUrduDetails } from '../when.js';
import { isCommandWord } from './commands.js';
import { readTarget } from './reference.js';
import { dueChange } from './values.js';

/** The readers a clause is handed back to (understand.ts). */
export interface Readers {
  understand: Reader;
  /** One line, negation included. */
  readMessage: Reader;
  /** One line, without looking for a "not". */
  readPlain: Reader;
  readAdd: (text: string, lang: Lang, clock: Clock) => Understanding;
}

const INSTEAD_AT_END = compiled(data.en.insteadAtEnd);
const REMARK = compiled(data.en.remark);
const CLAUSE_CUT = compiled(data.en.clauseCut);
const NAMING_WORDS = new Set(data.en.namingWords);
const URDU_BECAUSE = compiled(data.urdu.because);

/**
 * The request a line makes when one of its clauses is a refusal, a remark or the task named for a
 * command in another clause; null when its clauses are no such thing (the line is read whole).
 */
export function readClauses(text: string, clock: Clock, read: Readers): Understanding | null {
  return (
    withoutRefusal(text, clock, read) ?? splitClause(text, clock, read) ?? withoutRemark(text, clock, read)
  );
}

/** Words that open the clause said instead of a refused one: "..., just show me", "بس ... دکھاؤ". */
const INSTEAD = pattern('instead');

/**
 * "do NOT mark anything as done, just show me what's high priority": a command refused in one
 * clause contributes nothing, and the other clauses are the request.
 */
function withoutRefusal(text: string, clock: Clock, read: Readers): Understanding | null {
  const clauses = text
    .split(/\s*(?:[,;]|\.\s|\s[-–]\s)\s*/u)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  if (clauses.length < 2) return null;
  const refused = clauses.filter((c) => read.readMessage(c, clock).intent === 'declined');
  const kept = clauses.filter((c) => !refused.includes(c));
  if (refused.length === 0 || kept.length === 0) return null;
  const rest = kept.map((c) => c.replace(INSTEAD, '').replace(INSTEAD_AT_END, '')).join(', ');
  const u = read.understand(rest, clock);
  if (['unknown', 'help', 'declined', 'greet', 'thanks'].includes(u.intent)) return null;
  // "don't delete the rent task, complete it instead": "it" is the task the refusal named.
  if ('target' in u && u.target.kind === 'it') {
    const named = read.readPlain(refused.at(-1)!, clock);
    if ('target' in named && named.target.kind === 'title') {
      const ws = named.target.words.filter((w) => !EN_NOT.has(w) && !UR_NOT.has(w));
      if (ws.length > 0) return { ...u, target: { kind: 'title', words: ws } };
    } else if ('target' in named && named.target.kind !== 'it' && named.target.kind !== 'none')
      return { ...u, target: named.target };
  }
  return u;
}

/** Words of a remark on a request that name no task: "I don't need it anymore", "it's not happening". */
const REMARK_WORDS = new Set(lists.remarkWords);

/**
 * "remove the dry cleaning task, I don't need it anymore", "delete task 4 because plans changed":
 * the command before a remark or a reason is the whole request; the remark names no task.
 */
function withoutRemark(text: string, clock: Clock, read: Readers): Understanding | null {
  // A short Roman Urdu line is often taken for English: one with "ne" is read as Roman Urdu too.
  const roman = / (?:ne|نے) /u.test(` ${text} `) ? withoutUrduReason(text, clock, read) : null;
  if (roman || detectLanguage(text) !== 'en') return roman ?? withoutUrduReason(text, clock, read);
  const cut = REMARK.exec(text);
  if (!cut || cut.index === 0) return null;
  const remark = cut[1] ?? cut[2]!;
  const isRemark =
    cut[2] !== undefined ||
    words(remark).every((w) => CLAUSE_NOISE.has(w) || IT_WORDS.has(w) || REMARK_WORDS.has(w)) ||
    // "reopen the license task, the inspector found a typo": a reason that asks for nothing.
    (words(remark).length >= 3 &&
      !words(remark).some((w) => IT_WORDS.has(w) || TASK_WORDS.has(w) || /^#?\d/u.test(w)) &&
      read.readMessage(remark, clock).intent === 'unknown');
  if (!isRemark) return null;
  const command = read.readMessage(text.slice(0, cut.index), clock);
  if (command.intent !== 'complete' && command.intent !== 'delete' && command.intent !== 'reopen')
    return null;
  return command.target.kind === 'title' || command.target.kind === 'id' || command.target.kind === 'numbered'
    ? command
    : null;
}

const ACTS_ON_TASK = new Set<Intent>(['complete', 'delete', 'reopen', 'update', 'skip']);

function actsOnNamedTask(u: Understanding): boolean {
  return (
    ACTS_ON_TASK.has(u.intent) &&
    'target' in u &&
    (u.target.kind === 'title' || u.target.kind === 'id' || u.target.kind === 'numbered')
  );
}

/**
 * "کارڈ والا کام دوبارہ کھول دیں، کارڈ میں غلطی نکل آئی ہے", "X hata do kyunke ab zaroorat nahi":
 * a reason said before or after the command asks for nothing, so the command alone is the request.
 */
function withoutUrduReason(text: string, clock: Clock, read: Readers): Understanding | null {
  const because = URDU_BECAUSE.exec(text);
  const at = because ? because.index : text.indexOf(',');
  if (at <= 0) return null;
  const left = text.slice(0, at).trim();
  const right = text.slice(at + (because ? because[0].length : 1)).trim();
  if (left.length === 0 || right.length === 0) return null;
  const first = read.readMessage(left, clock);
  const second = read.readMessage(right, clock);
  // "license renewal urgent kar do, warden ne warning di hai": a clause telling what someone else
  // did (its subject marked by "ne" / "نے") is the reason, whatever its verb reads as.
  const told =
    /(?:^|\s)(?:ne|نے)\s/u.test(` ${right}`) &&
    !/(?:^|\s)(?:maine|mainey|hum\s+ne|میں\s+نے|ہم\s+نے)\s/iu.test(` ${right} `);
  if (actsOnNamedTask(first) && (because || second.intent === 'unknown' || told)) return first;
  if (!because && actsOnNamedTask(second) && first.intent === 'unknown') return second;
  return null;
}

/**
 * "<clause naming a task>, <command> it": "just paid the electricity bill, mark it complete",
 * "I need to buy a gift for Zara, can you add that". The command says what, the clause says which.
 */
function splitClause(text: string, clock: Clock, read: Readers): Understanding | null {
  const cuts = [...text.matchAll(CLAUSE_CUT)].reverse();
  for (const cut of cuts) {
    const left = text.slice(0, cut.index).trim();
    const right = text.slice(cut.index + cut[0].length).trim();
    if (left.length === 0 || right.length === 0) continue;
    const rightWords = words(right);
    if (!rightWords.some((w) => IT_WORDS.has(w))) continue;
    const command = read.readMessage(withoutCourtesy(right, isCommandWord), clock);
    if (command.intent === 'add') {
      if (words(command.details.title).every((w) => IT_WORDS.has(w) || TARGET_FILLER.has(w)))
        return read.readAdd(left, detectLanguage(left), clock);
      continue;
    }
    if (!('target' in command) || command.target.kind !== 'it') continue;
    // "add X, tag it home": the "it" is the task being added, which the add reads whole.
    if (command.intent === 'update' && read.readMessage(left, clock).intent === 'add') return null;
    const target = readTarget(referenceWords(left, clock));
    if (target.kind === 'none' || target.kind === 'it') continue;
    return { ...command, target };
  }
  return null;
}

/** "about the X thing", "regarding X", "X wala kaam": a part of a clause that names a task on purpose. */
const TOPIC = pattern('topic');

/**
 * The words of a clause that name the task it is about: "hey so about the espresso machine thing,
 * the technician just called ..." names the espresso machine; "X isn't actually done" names X. The
 * part said on purpose ("about the X thing", "X wala kaam") wins; days, rules, denials and the
 * speaker's situation are never part of a name.
 */
export function referenceWords(clause: string, clock: Clock): string[] {
  const parts = clause.split(/\s*(?:[,;]|\.\s|\s[-–]\s)\s*/u).filter((p) => p.trim().length > 0);
  const named =
    parts.find((p) => words(p).some((w) => TASK_WORDS.has(w) || NAMING_WORDS.has(w))) ??
    parts.find((p) => TOPIC.test(p));
  let part = named ?? clause;
  const topic = named ? TOPIC.exec(named) : null;
  if (topic) part = topic[1]!;
  const lang = detectLanguage(part);
  const ws = words(part);
  const undated = lang === 'en' ? null : parseUrduDetails(ws, clock, true);
  const kept =
    undated && (undated.due_date || undated.due_at || undated.recurrence) ? words(undated.title) : ws;
  return kept.filter(
    (w) =>
      !CLAUSE_NOISE.has(w) &&
      !EN_NOT.has(w) &&
      !UR_NOT.has(w) &&
      !NEGATION_FILLER.has(w) &&
      !OCCURRENCE_NOISE.has(w),
  );
}

/** Words that say when, not which: "this week", "is baar", "اس ہفتے". */
const OCCURRENCE_NOISE = new Set(lists.occurrenceNoise);

const CONTRAST = pattern('contrast');
const LEVEL_ONLY = pattern('levelOnly');
const LEVEL_AT_END = pattern('levelAtEnd');

/**
 * "X should be low priority, not high", "move X to friday instead of thursday": the value set
 * aside only restates what is being changed, so it goes, and the rest reads as usual.
 */
export function withoutContrast(text: string, clock: Clock): string {
  const m = CONTRAST.exec(text);
  if (!m) return text;
  const head = m[1]!.replace(/[,\s]+$/u, '');
  const aside = m[2]!.trim();
  // Only a value set against one of its kind: "low priority, not high", "friday, not thursday".
  if (LEVEL_ONLY.test(aside)) return LEVEL_AT_END.test(head) ? head : text;
  if (!dueChange(aside, clock)) return text;
  const hs = head.split(' ');
  for (let k = 1; k <= Math.min(4, hs.length - 1); k++)
    if (dueChange(hs.slice(-k).join(' '), clock)) return head;
  return text;
}
