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
import { englishSpecial } from './stages/phrasings.js';
import { namesTask, readTarget } from './stages/reference.js';
import { fromReminder, fromRepeat } from './stages/remind-repeat.js';
import { asksToUndo, selection, smallTalk } from './stages/smalltalk.js';
import { englishRename, readUpdate } from './stages/update.js';
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
export { isPastTense } from './stages/phrasings.js';
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
