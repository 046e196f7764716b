// Which task the words of a request point at, before any task is looked at: an id ("task 5",
// "#5", "کام نمبر 5"), several ids ("9 and 10"), a row of the list on screen ("the second one",
// "number 3"), the task just talked about ("it", "اسے"), or the words of a title to look for. The
// target stage (target.ts) then scores titles against those words. The lead, joiner, filler and
// pronoun words are data (lang/rules.json: idLeads, numberWords, idJoiners, targetFiller, itWords).
import lists from '../lang/rules.json' with { type: 'json' };
import { ordinalOf } from '../language.js';
import type { Target } from '../meaning.js';
import { IT_WORDS, POLITE, TARGET_FILLER, TASK_WORDS } from '../vocabulary.js';

/** Words before a number that make it a task id: "task 5", "کام نمبر 5", "id 5". */
const ID_LEADS = new Set<string>(lists.idLeads);
/** "number 5" alone counts like a row of a numbered list, which is what people read it from. */
const NUMBER_WORDS = new Set<string>(lists.numberWords);
/** Words that join several ids: "9 and 10", "3, 4 aur 5", "tasks 2 & 7". */
const ID_JOINERS = new Set<string>(lists.idJoiners);
/** Words that may stand beside a position without naming a task: "the last one", "second in the list". */
const POSITION_COMPANIONS = new Set<string>(lists.positionCompanions);

/** Particles of a verb of moving that may follow "it": "move it up", "push it back", "bring it forward". */
const PARTICLES = new Set(['up', 'back', 'out', 'over', 'forward', 'ahead', 'down', 'along']);

export function readTarget(ws: string[]): Target {
  const numbers = ws.filter((w) => !TARGET_FILLER.has(w) && !POLITE.has(w) && !ID_JOINERS.has(w));
  if (numbers.length >= 2 && numbers.every((w) => /^#?\d{1,9}$/u.test(w))) {
    const ids = [...new Set(numbers.map((w) => Number(w.replace(/^#/u, ''))))];
    return ids.length === 1 ? { kind: 'id', id: ids[0]! } : { kind: 'ids', ids };
  }
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const hash = /^#(\d{1,9})$/u.exec(w);
    if (hash) return { kind: 'id', id: Number(hash[1]) };
    if (ID_LEADS.has(w) || NUMBER_WORDS.has(w)) {
      const next = (ws[i + 1] ?? '').replace(/^#/u, '');
      if (!/^\d{1,9}$/u.test(next)) continue;
      const id = ID_LEADS.has(w) || ID_LEADS.has(ws[i - 1] ?? '');
      return id ? { kind: 'id', id: Number(next) } : { kind: 'numbered', n: Number(next) };
    }
  }
  const rest = ws.filter((w) => !TARGET_FILLER.has(w) && !POLITE.has(w));
  if (rest.length === 1 && /^\d{1,9}$/u.test(rest[0]!)) return { kind: 'id', id: Number(rest[0]) };
  const positions = rest.map(ordinalOf).filter((p): p is number => p !== null);
  const words = rest.filter((w) => ordinalOf(w) === null && !IT_WORDS.has(w));
  if (positions.length === 1 && words.filter((w) => !POSITION_COMPANIONS.has(w)).length === 0)
    return { kind: 'position', index: positions[0]! };
  if (rest.every((w) => IT_WORDS.has(w)) && ws.some((w) => IT_WORDS.has(w))) return { kind: 'it' };
  // "move it up to friday", "push that back": a particle of the verb after "it" names no task.
  const pointed = ws.findIndex((w) => IT_WORDS.has(w));
  if (pointed >= 0 && rest.length > 0 && rest.every((w) => IT_WORDS.has(w) || PARTICLES.has(w)))
    if (rest.every((w) => ws.indexOf(w) > pointed)) return { kind: 'it' };
  if (rest.length === 0) return { kind: 'none' };
  return { kind: 'title', words: rest.filter((w) => !IT_WORDS.has(w) || rest.length === 1) };
}

/** Whether the words name a task already there: an id, a position, "it", or a task word ("X wala kaam"). */
export function namesTask(ws: string[], target: Target): boolean {
  return target.kind !== 'title' && target.kind !== 'none' ? true : ws.some((w) => TASK_WORDS.has(w));
}
