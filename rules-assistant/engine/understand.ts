// Reads one message into what the person wants (an intent, the task it is about, the change): a
// short pipeline of named stages, each a module under stages/ with its language knowledge as data
// under lang/ (docs/assistant.md lists them). Pure and rule based; the order below is the order in
// which the stages get to decide, and the first that reads the line wins. The statistical intent
// model, statements, news, edits and guards (index.ts and their stages) come after this reading.
import { withoutCourtesy } from './courtesy.js';
import { cleanText, detectLanguage, words } from './language.js';
import type { Understanding } from './meaning.js';
import { englishReminder, urduReminder } from './reminders.js';
import { readRepeat } from './repeats.js';
import { ledByATask, readAdd } from './stages/adding.js';
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
import { englishSpecial } from './stages/phrasings.js';
import { readTarget } from './stages/reference.js';
import { fromReminder, fromRepeat } from './stages/remind-repeat.js';
import { asksToUndo, selection, smallTalk } from './stages/smalltalk.js';
import { englishRename, readUpdate } from './stages/update.js';
import { addsWithAfterthought, urduDue, urduPriority, urduRename } from './stages/urdu-changes.js';
import { QUOTED_SPAN } from './vocabulary.js';
import type { Clock } from './when.js';

export type { Change, Intent, ListFilters, Status, Target, Understanding } from './meaning.js';
export { isCommandWord } from './stages/commands.js';
export { readFilters } from './stages/listing.js';
export { isPastTense } from './stages/phrasings.js';
export { readTarget } from './stages/reference.js';
export { dueChange } from './stages/values.js';
export { IT_WORDS } from './vocabulary.js';

/** The readers the clause stage hands a clause back to. */
const READERS: Readers = { understand, readMessage, readPlain, readAdd };

/**
 * A whole message: small talk first, courtesy off, then its clauses (a refusal, a remark, a task
 * named in one clause for a command in another), else the line read as one request.
 */
export function understand(message: string, clock: Clock): Understanding {
  const raw = cleanText(message);
  if (words(raw).length === 0) return { intent: 'help' };
  const talk = smallTalk(raw);
  if (talk) return { intent: talk };
  const text = withoutCourtesy(raw, isCommandWord);
  return readClauses(text, clock, READERS) ?? readMessage(text, clock);
}

/** One request, its negation taken into account ("don't delete X", "X isn't done"). */
export function readMessage(message: string, clock: Clock): Understanding {
  return withNegation(readPlain(message, clock), message, clock, readPlain);
}

/**
 * One request read in order: undo; a reminder or repeat phrase; a rename, priority or due day said
 * with a field word; an answer to "which one?"; then the command word (typos fixed), English
 * phrasings without one, and what the command asks: an add, a list question, a change.
 */
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
  const urduChange =
    lang === 'en' || addsWithAfterthought(text)
      ? null
      : (urduRename(text) ?? urduPriority(text) ?? urduDue(text, clock));
  if (urduChange) return urduChange;
  const selected = selection(ws);
  if (selected !== null) return { intent: 'select', index: selected };

  const fixed = correctTypos(ws);
  const fixedText = withCorrections(text, ws, fixed);
  if (ledByATask(text)) return readAdd(fixedText, lang, clock);
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
