// Reads one message into what the person wants (an intent, the task it is about, the change).
// Pure and rule based: English is verb first, Urdu and Roman Urdu put the verb last, so the first
// command word wins in English and the last one in Urdu. Command words forgive a typo or two.
import type { Priority } from '../../tasks/quickadd.js';
import { withoutCourtesy } from './courtesy.js';
import en from './lang/en.json' with { type: 'json' };
import roman from './lang/roman.json' with { type: 'json' };
import lists from './lang/rules.json' with { type: 'json' };
import ur from './lang/ur.json' with { type: 'json' };
import { cleanText, closest, detectLanguage, editDistance, type Lang, ordinalOf, words } from './language.js';
import type { Change, Intent, ListFilters, Target, Understanding, Verb } from './meaning.js';
import {
  ASKS_TO_BE_REMINDED,
  englishReminder,
  momentLast,
  type ReminderSaying,
  urduReminder,
} from './reminders.js';
import { type RepeatSaying, readRepeat } from './repeats.js';
import { readAdd } from './stages/adding.js';
import { type Readers, readClauses, withoutContrast } from './stages/clauses.js';
import {
  correctTypos,
  isBulk,
  isCommandWord,
  pickVerb,
  stripVerb,
  urduVerb,
  withCorrections,
  withoutUrduVerbs,
} from './stages/commands.js';
import { asksAboutTasks, isCountQuestion, listWithoutVerb, readFilters } from './stages/listing.js';
import { withNegation } from './stages/negation.js';
import { ORDINARY } from './stages/normalise.js';
import { namesTask, readTarget } from './stages/reference.js';
import { fromReminder, fromRepeat } from './stages/remind-repeat.js';
import { asksToUndo, selection, smallTalk } from './stages/smalltalk.js';
import { addsWithAfterthought, urduDue, urduPriority, urduRename } from './stages/urdu-changes.js';
import {
  dueChange,
  FIELD,
  fieldChange,
  fieldList,
  priorityWord,
  quotedLead,
  TO,
  tagList,
  tidyTitle,
  unquote,
  valueChange,
} from './stages/values.js';
import {
  CLAUSE_NOISE,
  EN_NOT,
  IT_WORDS,
  NEGATION_FILLER,
  POLITE,
  pattern,
  patternList,
  QUOTED_SPAN,
  SPELLINGS,
  TARGET_FILLER,
  TASK_WORDS,
  UR_NOT,
  URDU_ADD_WORDS,
  URDU_AFTER_FILLER,
  URDU_OF,
  URDU_VERB_WORDS,
  VERBS,
} from './vocabulary.js';
import { type Clock, type Details, parseEnglishDetails, parseUrduDetails } from './when.js';

export type { Change, Intent, ListFilters, Status, Target, Understanding } from './meaning.js';
export { isCommandWord } from './stages/commands.js';
export { readFilters } from './stages/listing.js';
export { readTarget } from './stages/reference.js';
export { dueChange } from './stages/values.js';
export { IT_WORDS } from './vocabulary.js';

// The understanding ----------------------------------------------------------------------------

/** The readers the clause stage hands a clause back to. */
const READERS: Readers = { understand, readMessage, readPlain, readAdd };

export function understand(message: string, clock: Clock): Understanding {
  const raw = cleanText(message);
  if (words(raw).length === 0) return { intent: 'help' };
  const talk = smallTalk(raw);
  if (talk) return { intent: talk };
  const text = withoutCourtesy(raw, isCommandWord);
  return readClauses(text, clock, READERS) ?? readMessage(text, clock);
}

/** "X should be called Y", "call the X task Y", "name task 3 \"Y\"": a new title said without "rename". */
const EN_RENAMES: RegExp[] = patternList('enRenames');

function englishRename(text: string): Understanding | null {
  const line = text.replace(/[.!]+$/u, '').trim();
  for (const pattern of EN_RENAMES) {
    const m = pattern.exec(line);
    if (!m) continue;
    const title = tidyTitle(unquote(m[2]!));
    const target = readTarget(words(m[1]!));
    if (title.length === 0 || target.kind === 'none') continue;
    return { intent: 'update', target, change: { title } };
  }
  return null;
}

export function readMessage(message: string, clock: Clock): Understanding {
  return withNegation(readPlain(message, clock), message, clock, readPlain);
}

function readPlain(message: string, clock: Clock): Understanding {
  const lang = detectLanguage(message);
  const text = lang === 'en' ? withoutContrast(message, clock) : message;
  const ws = words(text);
  if (ws.length === 0) return { intent: 'help' };
  if (asksToUndo(text)) return { intent: 'undo' };
  const reminding = lang === 'en' ? englishReminder(text, clock) : urduReminder(text, clock);
  const reminder = reminding ? fromReminder(reminding, lang, clock, READERS) : null;
  if (reminder) return reminder;
  const repeating = readRepeat(text, lang === 'en', clock);
  const repeat = repeating ? fromRepeat(repeating, lang) : null;
  if (repeat) return repeat;
  const renamed = lang === 'en' ? englishRename(text) : null;
  if (renamed) return renamed;
  const priority =
    lang === 'en' || addsWithAfterthought(text)
      ? null
      : (urduRename(text) ?? urduPriority(text) ?? urduDue(text, clock));
  if (priority) return priority;
  const selected = selection(ws);
  if (selected !== null) return { intent: 'select', index: selected };

  const fixed = correctTypos(ws);
  const fixedText = withCorrections(text, ws, fixed);
  // A quoted title's own words ("رپورٹ مکمل کرنا") are not commands.
  const verb = lang === 'ur' ? urduVerb(text.replace(QUOTED_SPAN, ' "" ')) : pickVerb(fixed, lang);
  const special = lang === 'ur' ? null : englishSpecial(fixedText, fixed, clock);
  if (special) return special;
  if (verb === null) return listWithoutVerb(fixed) ?? { intent: 'unknown' };
  // "what's the weather", "tell me a joke": question words list tasks only when tasks are the subject.
  if (verb.verb === 'list' && !asksAboutTasks(fixed, verb.at, text)) return { intent: 'unknown' };

  if ((verb.verb === 'complete' || verb.verb === 'delete') && isBulk(fixed)) {
    return { intent: 'bulk', action: verb.verb };
  }
  switch (verb.verb) {
    case 'add':
      return readAdd(fixedText, lang, clock);
    case 'list':
      return { intent: 'list', filters: readFilters(fixed, text), count: isCountQuestion(fixed) };
    case 'complete':
    case 'delete':
    case 'reopen':
      return {
        intent: verb.verb,
        target: readTarget(lang === 'ur' ? withoutUrduVerbs(fixed) : stripVerb(fixed, verb.at)),
      };
    case 'update':
      return readUpdate(fixedText, fixed, lang, clock, verb.at);
  }
}

// Negation ------------------------------------------------------------------------------------
// A command word under a "not" never runs as said: "task 4 isn't done" reopens it (the state is
// denied), "don't delete X" changes nothing (the act is refused). A wrong change is worse than none.

// Updating ------------------------------------------------------------------------------------

function readUpdate(text: string, ws: string[], lang: Lang, clock: Clock, at: number): Understanding {
  const s = text.replace(/[.!]+$/u, '');
  const tokensOf = (part: string) => words(part);
  const make = (targetText: string, change: Change | null): Understanding => ({
    intent: 'update',
    target: readTarget(tokensOf(targetText)),
    change,
  });
  if (lang === 'ur' || lang === 'roman') {
    const renamed =
      /^(.+?)\s+(?:کا|ka)\s+(?:نام|naam|title|ٹائٹل)\s+(?:بدل|تبدیل|badal|change|tabdeel)\s*(?:کر|کے|kar|ke|karke|kr)?\s*(?:کے|ke)?\s+(.+?)\s+(?:رکھو|رکھ دو|رکھیں|کر دو|کرو|کریں|rakho|rakh do|rakhein|kar do|kardo|karo)$/iu.exec(
        s,
      );
    if (renamed) return make(renamed[1]!, { title: tidyTitle(renamed[2]!) });
    const into =
      /^(.+?)\s+(?:کو|ko)\s+(.+?)\s+(?:میں|سے|mein|main|me|se)\s+(?:بدلو|بدل دو|بدلیں|تبدیل کرو|تبدیل کریں|تبدیل کر دو|badlo|badal do|badlein|change karo|change kardo|change kar do|update karo|update kardo|tabdeel karo)$/iu.exec(
        s,
      );
    if (into) return make(into[1]!, valueChange(into[2]!, clock));
    return { intent: 'update', target: readTarget(stripVerb(ws, at)), change: null };
  }
  const patterns: [RegExp, (m: RegExpExecArray) => Understanding][] = [
    // A field named first ("the description of X to ...") says what changes, quoted value or not.
    [
      new RegExp(
        `\\b(?:change|update|edit|modify|set)\\s+(?:the\\s+)?${FIELD}\\s+(?:of|for|on|in)\\s+(.+?)\\s+${TO}\\s*(.+)$`,
        'iu',
      ),
      (m) => make(m[2]!, fieldChange(m[1]!, m[3]!, clock)),
    ],
    [
      new RegExp(
        `\\b(?:change|update|edit|modify|set)\\s+(.+?)(?:'s|s')\\s+${FIELD}\\s+${TO}\\s*(.+)$`,
        'iu',
      ),
      (m) => make(m[1]!, fieldChange(m[2]!, m[3]!, clock)),
    ],
    [
      // A quoted new title is the title as typed, whatever words it holds ("... to \"Send invoice to Acme\"").
      /\b(?:change|update|edit|modify|rename|retitle)\s+(.+?)\s+(?:to|into|as|so\s+(?:that\s+)?it\s+(?:says|reads)|to\s+(?:say|read))\s*:?\s*(["'])(.+)\2$/iu,
      (m) => make(m[1]!, { title: tidyTitle(m[3]!) }),
    ],
    [
      /\b(?:change|update|edit|modify)\s+(.+?)\s+so\s+(?:that\s+)?it\s+(?:says|reads)\s*:?\s*(.+)$/iu,
      (m) => make(m[1]!, { title: tidyTitle(quotedLead(m[2]!) ?? unquote(m[2]!)) }),
    ],
    [
      /\b(?:rename|retitle)\s+(.+?)\s+(?:to|as|into|:)\s+(.+)$/iu,
      (m) => make(m[1]!, { title: tidyTitle(quotedLead(m[2]!) ?? unquote(m[2]!)) }),
    ],
    [
      new RegExp(`\\b(?:change|update|edit|modify|set)\\s+(.+?)\\s+${FIELD}\\s+${TO}\\s*(.+)$`, 'iu'),
      (m) => make(m[1]!, fieldChange(m[2]!, m[3]!, clock)),
    ],
    [
      /\b(?:move|reschedule|postpone|push|shift|delay)\s+(.+?)\s+(?:to|for|until|till|on|by)\s+(.+)$/iu,
      (m) => make(m[1]!, dueChange(m[2]!, clock)),
    ],
    [
      /\b(?:set|make)\s+(?:the\s+)?priority\s+(?:of|for|on)\s+(.+?)\s+(?:to\s+)?(high|medium|low|none)$/iu,
      (m) => make(m[1]!, { priority: m[2]!.toLowerCase() as Priority }),
    ],
    [
      /\b(?:make|mark|set|flag)\s+(.+?)\s+(?:as\s+|to\s+)?(?:a\s+)?(high|medium|low|urgent|important|top)(?:[\s-]*priority)?$/iu,
      (m) => make(m[1]!, { priority: priorityWord(m[2]!) }),
    ],
    [/\b(?:prioriti[sz]e)\s+(.+)$/iu, (m) => make(m[1]!, { priority: 'high' })],
    [/\btag\s+(it|this|that)\s+(?:with\s+|as\s+)?(.+)$/iu, (m) => make(m[1]!, { addTags: tagList(m[2]!) })],
    [/\btag\s+(.+?)\s+(?:with|as)\s+(.+)$/iu, (m) => make(m[1]!, { addTags: tagList(m[2]!) })],
    [
      /\b(?:add|put)\s+(?:the\s+)?(?:tags?|labels?)\s+(.+?)\s+(?:to|on)\s+(.+)$/iu,
      (m) => make(m[2]!, { addTags: tagList(m[1]!) }),
    ],
    [
      /\b(?:remove|delete|drop)\s+(?:the\s+)?(?:tags?|labels?)\s+(.+?)\s+from\s+(.+)$/iu,
      (m) => make(m[2]!, { removeTags: tagList(m[1]!) }),
    ],
    [
      /\b(?:add|put|set)\s+(?:a\s+|the\s+)?(?:description|note|details|desc)\s+(?:to|for|on)\s+(.+?)\s*(?::|saying|that\s+says|-)\s*(.+)$/iu,
      (m) => make(m[1]!, { description: unquote(m[2]!) }),
    ],
    [
      /\b(?:set|make)\s+(.+?)\s+(?:due|deadline)\s+(?:to\s+|on\s+|for\s+|by\s+)?(.+)$/iu,
      (m) => make(m[1]!, dueChange(m[2]!, clock)),
    ],
    [
      /\b(?:change|update|edit|modify)\s+(.+?)\s+(?:to|into|as)\s+(.+)$/iu,
      (m) => make(m[1]!, valueChange(m[2]!, clock)),
    ],
    [
      // "update task 10: due tomorrow at 9am, priority high", "rename #4 - Call the bank".
      /\b(?:change|update|edit|modify|rename)\s+((?:task|todo|item|number)\s*#?\d+|#\d+)\s*[:-]\s*(.+)$/iu,
      (m) =>
        make(m[1]!, fieldList(m[2]!, clock) ?? { title: tidyTitle(quotedLead(m[2]!) ?? unquote(m[2]!)) }),
    ],
  ];
  for (const [pattern, build] of patterns) {
    const m = pattern.exec(s);
    if (m) return build(m);
  }
  return { intent: 'update', target: readTarget(stripVerb(ws, at)), change: null };
}

/** Update forms led by another verb: "mark ... as done", "add a tag ... to ...", "I finished ...". */
function englishSpecial(text: string, ws: string[], clock: Clock): Understanding | null {
  const joined = ws.join(' ').replace(/\b(it|that|this|one)'s\b/gu, '$1 is');
  const undated = dueRemoved(joined);
  if (undated) return undated;
  const changed = dueOrPriority(joined, clock);
  if (changed) return changed;
  const mark =
    /^(?:please\s+)?(?:mark|set|flag|make)\s+(.+?)\s+(?:as|to)\s+(not\s+done|undone|not\s+complete|incomplete|pending|open|unfinished|not\s+finished)$/u.exec(
      joined,
    );
  if (mark) return { intent: 'reopen', target: readTarget(words(mark[1]!)) };
  const markDone =
    /^(?:please\s+)?(?:mark|set|check|tick|cross|strike|knock)\s+(.+?)\s+(?:as\s+|to\s+)?(?:done|complete|completed|finished|off|out)(?:\s+(?:of\s+)?(?:my|the)\s+(?:list|tasks|todos?|to-do\s+list|todo\s+list))?$/u.exec(
      joined,
    );
  if (markDone) return { intent: 'complete', target: readTarget(words(markDone[1]!)) };
  if (/^(?:please\s+)?(?:mark|tick|check|cross|strike|knock)\s+(?:off|out)\s+/u.test(joined))
    return {
      intent: 'complete',
      target: readTarget(
        words(
          joined
            .replace(/^(?:please\s+)?\S+\s+\S+\s+/u, '')
            .replace(/\s+(?:from|on|in)\s+(?:my|the)\s+list$/u, ''),
        ),
      ),
    };
  // "take the X off my list": gone from the list, not done; "put it back (on my list)": open again.
  const offList =
    /^(?:please\s+)?(?:take|get|drop)\s+(.+?)\s+off\s+(?:of\s+)?(?:my|the)\s+(?:(?:todo|to-do|task)\s+)?(?:list|tasks|todos?|plate)$/u.exec(
      joined,
    );
  if (offList) return { intent: 'delete', target: readTarget(words(offList[1]!)) };
  const back =
    /^(?:please\s+)?(?:put|bring|add|move)\s+(.+?)\s+back(?:\s+(?:on|to|in|onto)\s+(?:my|the)\s+(?:(?:todo|to-do|task)\s+)?(?:list|tasks|todos?))?$/u.exec(
      joined,
    );
  if (back) return { intent: 'reopen', target: readTarget(words(back[1]!)) };
  const forget = /^(?:forget|never\s*mind|nevermind)\s+(?:about\s+)?(.+)$/u.exec(joined);
  if (forget && !/^(?:it|that|this)$/u.test(forget[1]!))
    return { intent: 'delete', target: readTarget(words(forget[1]!)) };
  if (
    /^(?:(?:please|can you|could you)\s+)*(?:add|put|remove|delete|drop)\s+(?:a\s+|the\s+)?(?:tags?|labels?|description|note|details)\s/u.test(
      joined,
    )
  )
    return readUpdate(text, ws, 'en', clock, 0);
  if (
    /^(?:please\s+)?(?:make|mark|flag)\s+.+\s+(?:high|medium|low|urgent|important)(?:[\s-]*priority)?$/u.test(
      joined,
    )
  )
    return readUpdate(text, ws, 'en', clock, 0);
  if (
    ADD_LEAD.test(joined) ||
    /^(?:jot|note|write|put)\s+down\s/u.test(joined) ||
    /^(?:note|jot)\s+(?!down\b)\S/u.test(joined) ||
    /^(?:put|add|stick|throw)\s+.+\s+(?:on|to|in|onto)\s+(?:my|the)\s+(?:[\w-]+\s+)?(?:list|tasks|todos?)\b/u.test(
      joined,
    ) ||
    /^(?:please\s+)?put\s+.+\s+(?:on|to|in)\s+my\s+(?:list|tasks|todos?)$/u.test(joined)
  )
    return readAdd(text, 'en', clock);
  const rid = /^(?:please\s+)?get\s+rid\s+of\s+(.+)$/u.exec(joined);
  if (rid) return { intent: 'delete', target: readTarget(words(rid[1]!)) };
  return pastCompletion(withAdverbsSpelt(joined));
}

const DUE_FIELD = lists.fragments.dueField;
const CLEARING = lists.fragments.clearing;
/** No due date any more: "remove the due date from X", "no deadline for X", "clear X's due date". */
const DUE_REMOVED: RegExp[] = [
  new RegExp(`^${CLEARING}\\s+${DUE_FIELD}\\s+(?:from|on|of|for|in)\\s+(.+)$`, 'u'),
  new RegExp(`^${CLEARING}\\s+(.+?)(?:'s|s')\\s+(?:due\\s+date|deadline|due\\s+time|date)$`, 'u'),
  /^(?:no|without(?:\s+a)?)\s+(?:due\s+date|deadline)\s+(?:for|on)\s+(.+)$/u,
  new RegExp(`^take\\s+${DUE_FIELD}\\s+(?:off|away\\s+from)\\s+(.+)$`, 'u'),
  /^(?:make|set|leave)\s+(.+?)\s+(?:with\s+no|without(?:\s+a)?)\s+(?:due\s+date|deadline)$/u,
  /^(.+?)\s+(?:has|needs|should\s+have|gets)\s+no\s+(?:due\s+date|deadline)(?:\s+any\s*more)?$/u,
  /^(.+?)\s+(?:doesn't|does\s+not|dont|don't)\s+need\s+a\s+(?:due\s+date|deadline)(?:\s+any\s*more)?$/u,
  new RegExp(`^${CLEARING}\\s+(?:the\\s+)?(?:due\\s+date|deadline)()$`, 'u'),
];

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
  const finished =
    /^(?:i\s+(?:have\s+|just\s+|already\s+)*(?:finished|completed|did|done)|i'?ve\s+(?:just\s+|already\s+)?(?:finished|completed|done)|i'?m\s+done\s+with|done\s+with|finished\s+with)\s+(.+)$/u.exec(
      joined,
    );
  if (finished) return { intent: 'complete', target: readTarget(words(finished[1]!)) };
  // "I paid the electricity bill", "just sent the invoice": the verb restates the task, so it stays a search word.
  const past =
    /^(?:(?:i|i've|ive|we|we've)\s+(?:have\s+|just\s+|already\s+|finally\s+|actually\s+|now\s+)*|(?:just|already|finally)\s+)(\S+)\s+(.+)$/u.exec(
      joined,
    );
  // "I finally did it", "just sent that": the verb and a pronoun, so the task is the one just talked about.
  if (past && isPastTense(past[1]!) && words(past[2]!).every((w) => IT_WORDS.has(w)))
    return { intent: 'complete', target: { kind: 'it' } };
  if (past && isPastTense(past[1]!))
    return { intent: 'complete', target: readTarget(words(`${past[1]} ${past[2]}`)) };
  const isDone = /^(.+?)\s+(?:is|are|was)\s+(?:now\s+)?(?:done|finished|complete|completed)$/u.exec(joined);
  if (isDone && !/^(?:what|which|is|are)\b/u.test(joined))
    return { intent: 'complete', target: readTarget(words(isDone[1]!)) };
  return null;
}

/**
 * A new due date or priority said without "change" or "set": "push the flight to June 27",
 * "X is due friday", "and it's due friday", "bump X up", "X is high priority".
 */
function dueOrPriority(joined: string, clock: Clock): Understanding | null {
  const line = joined.replace(/^(?:(?:and|also|oh|ok|okay|so)\s+)+/u, '');
  // "I need to renew my passport, it's urgent": a new task with an afterthought, read by readAdd.
  if (ADD_LEAD.test(line) || /^(?:add|create|new|remind|remember|schedule|jot|note)\b/u.test(line))
    return null;
  const update = (target: string, change: Change | null): Understanding | null =>
    change ? { intent: 'update', target: readTarget(words(target)), change } : null;
  const isDue =
    /^(?!(?:what|which|when|is|are|anything)\b)(.+?)\s+(?:is|are|should\s+be|will\s+be|now)\s+(?:now\s+)?due\s+(?:on\s+|by\s+|for\s+|at\s+)?(.+)$/u.exec(
      line,
    );
  if (isDue) return update(isDue[1]!, dueChange(isDue[2]!, clock));
  const moved =
    /^(?:push|shift|delay|bump|move|postpone|reschedule|pull|defer)\s+(?:back\s+|forward\s+)?(.+?)\s+(?:back\s+|forward\s+|out\s+)?(?:to|until|till|for|on|by)\s+(.+)$/u.exec(
      line,
    );
  if (moved) {
    const change = update(moved[1]!, dueChange(moved[2]!, clock));
    if (change) return change;
  }
  const bumped =
    /^(?:bump|push|move)\s+(up|down)?\s*(.+?)\s*(up|down)?(?:\s+(?:in|on)\s+(?:the\s+)?priority)?$/u.exec(
      line,
    );
  if (bumped && (bumped[1] || bumped[3]) && !(bumped[1] && bumped[3]))
    return update(bumped[2]!, { priority: (bumped[1] ?? bumped[3]) === 'up' ? 'high' : 'low' });
  const level =
    /^(?!(?:what|which|is|are)\b)(.+?)\s+(?:is|should\s+be)\s+(?:now\s+)?(?:a\s+)?(high|medium|low|top|urgent)(?:[\s-]*priority)?$/u.exec(
      line,
    );
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
