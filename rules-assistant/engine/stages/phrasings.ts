// English requests said with other words than the command words, read before the command word
// is acted on: "mark X as done" / "as not done", "tick off X", "take X off my list", "put X back",
// "forget X", "get rid of X", "no deadline for X", "X is due friday", "push X to monday", "bump X
// up", "X is high priority", "I finished X", "just paid the bill", "X is done", and the adds led by
// "jot down", "note", "put X on my list". It decides the intent and the words naming the task; the
// dates are read by when.ts. Roman Urdu lines go through it too (people mix the languages). The
// patterns are data (lang/phrasings.json; the past-verb lists and add lead in lang/rules.json).
import data from '../lang/phrasings.json' with { type: 'json' };
import lists from '../lang/rules.json' with { type: 'json' };
import { closest, words } from '../language.js';
import type { Change, Target, Understanding } from '../meaning.js';
import { compiled, IT_WORDS, pattern } from '../vocabulary.js';
import type { Clock } from '../when.js';
import { readAdd } from './adding.js';
import { readTarget } from './reference.js';
import { readUpdate } from './update.js';
import { dueChange, priorityWord } from './values.js';

const { dueRemoved: _, ...patterns } = data.en;
/** The patterns of lang/phrasings.json by name. */
const F = Object.fromEntries(Object.entries(patterns).map(([name, p]) => [name, compiled(p)])) as Record<
  keyof typeof patterns,
  RegExp
>;

/** Update forms led by another verb: "mark ... as done", "add a tag ... to ...", "I finished ...". */
export function englishSpecial(text: string, ws: string[], clock: Clock): Understanding | null {
  const joined = ws.join(' ').replace(F.itIs, '$1 is');
  const undated = dueRemoved(joined);
  if (undated) return undated;
  const changed = dueOrPriority(joined, clock);
  if (changed) return changed;
  const mark = F.markUndone.exec(joined);
  if (mark) return { intent: 'reopen', target: readTarget(words(mark[1]!)) };
  const markDone = F.markDone.exec(joined);
  if (markDone) return { intent: 'complete', target: readTarget(words(markDone[1]!)) };
  if (F.markOff.test(joined))
    return {
      intent: 'complete',
      target: readTarget(words(joined.replace(F.markOffLead, '').replace(F.fromList, ''))),
    };
  // "take the X off my list": gone from the list, not done; "put it back (on my list)": open again.
  const offList = F.offList.exec(joined);
  if (offList) return { intent: 'delete', target: readTarget(words(offList[1]!)) };
  const back = F.putBack.exec(joined);
  if (back) return { intent: 'reopen', target: readTarget(words(back[1]!)) };
  // "i don't need the groceries task anymore": no longer needed is deleted.
  const unneeded = F.noLongerNeeded.exec(joined);
  if (unneeded && !F.pronounOnly.test(unneeded[1]!))
    return { intent: 'delete', target: readTarget(words(unneeded[1]!)) };
  const forget = F.forget.exec(joined);
  if (forget && !F.pronounOnly.test(forget[1]!))
    return { intent: 'delete', target: readTarget(words(forget[1]!)) };
  if (F.detailsLead.test(joined)) return readUpdate(text, ws, 'en', clock, 0);
  if (F.levelLead.test(joined)) return readUpdate(text, ws, 'en', clock, 0);
  if (
    ADD_LEAD.test(joined) ||
    F.addDown.test(joined) ||
    F.addNote.test(joined) ||
    F.addToList.test(joined) ||
    F.addToMyList.test(joined)
  )
    return readAdd(text, 'en', clock);
  const rid = F.getRidOf.exec(joined);
  if (rid) return { intent: 'delete', target: readTarget(words(rid[1]!)) };
  return pastCompletion(withAdverbsSpelt(joined));
}

/** No due date any more: "remove the due date from X", "no deadline for X", "clear X's due date". */
const DUE_REMOVED: RegExp[] = data.en.dueRemoved.map(
  (source) =>
    new RegExp(
      source
        .replaceAll('{CLEARING}', lists.fragments.clearing)
        .replaceAll('{DUE_FIELD}', lists.fragments.dueField),
      'u',
    ),
);

function dueRemoved(joined: string): Understanding | null {
  for (const pattern of DUE_REMOVED) {
    const m = pattern.exec(joined);
    if (!m) continue;
    const target = m[1] ? readTarget(words(m[1])) : ({ kind: 'it' } as Target);
    return { intent: 'update', target, change: { due_date: null, due_at: null } };
  }
  return null;
}

const ADVERBS: string[] = lists.adverbs;

/** "i finaly booked", "alredy paid": typos in the adverbs a first-person report opens with. */
function withAdverbsSpelt(joined: string): string {
  const ws = joined.split(' ');
  for (let i = 0; i < Math.min(ws.length, 3); i++) {
    const w = ws[i]!;
    if (w.length < 5 || ADVERBS.includes(w)) continue;
    const fix = closest(w, ADVERBS);
    if (fix) ws[i] = fix;
  }
  return ws.join(' ');
}

/** "I finished X", "done with X", "I paid the bill", "X is done": work reported as done. */
function pastCompletion(joined: string): Understanding | null {
  const finished = F.finished.exec(joined);
  if (finished) return { intent: 'complete', target: readTarget(words(finished[1]!)) };
  // "I paid the electricity bill", "just sent the invoice": the verb restates the task, so it stays a search word.
  const past = F.pastDeed.exec(joined);
  // "I finally did it", "just sent that": the verb and a pronoun, so the task is the one just talked about.
  if (past && isPastTense(past[1]!) && words(past[2]!).every((w) => IT_WORDS.has(w)))
    return { intent: 'complete', target: { kind: 'it' } };
  if (past && isPastTense(past[1]!))
    return { intent: 'complete', target: readTarget(words(`${past[1]} ${past[2]}`)) };
  const isDone = F.isDone.exec(joined);
  if (isDone && !F.question.test(joined))
    return { intent: 'complete', target: readTarget(words(isDone[1]!)) };
  return null;
}

/**
 * A new due date or priority said without "change" or "set": "push the flight to June 27",
 * "X is due friday", "and it's due friday", "bump X up", "X is high priority".
 */
function dueOrPriority(joined: string, clock: Clock): Understanding | null {
  const line = joined.replace(F.openers, '');
  // "I need to renew my passport, it's urgent": a new task with an afterthought, read by readAdd.
  if (ADD_LEAD.test(line) || F.addWords.test(line)) return null;
  const update = (target: string, change: Change | null): Understanding | null =>
    change ? { intent: 'update', target: readTarget(words(target)), change } : null;
  const isDue = F.isDue.exec(line);
  if (isDue) return update(isDue[1]!, dueChange(isDue[2]!, clock));
  const moved = F.moved.exec(line);
  if (moved) {
    const change = update(moved[1]!, dueChange(moved[2]!, clock));
    if (change) return change;
  }
  const bumped = F.bumped.exec(line);
  if (bumped && (bumped[1] || bumped[3]) && !(bumped[1] && bumped[3]))
    return update(bumped[2]!, { priority: (bumped[1] ?? bumped[3]) === 'up' ? 'high' : 'low' });
  const level = F.level.exec(line);
  if (level) return update(level[1]!, { priority: priorityWord(level[2]!) });
  return null;
}

const IRREGULAR_PAST = new Set(lists.irregularPast);
const NOT_DONE_PAST = new Set(lists.notDonePast);

export function isPastTense(w: string): boolean {
  if (NOT_DONE_PAST.has(w)) return false;
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'));
}

const ADD_LEAD = pattern('addLead');
