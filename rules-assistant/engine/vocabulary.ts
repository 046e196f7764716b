// The words the reading stages share, read once from lang/rules.json, where each list is keyed by
// the role it plays (command words, the words that point at a task, courtesy, denials): the stages
// that need the same word for the same reason take it from here, so no two keep their own copy.
import lists from './lang/rules.json' with { type: 'json' };
import type { Verb } from './meaning.js';

/** A pattern kept as data (`patterns` in lang/rules.json: source and flags). */
export function pattern(name: string): RegExp {
  const [source, flags] = (lists.patterns as Record<string, string[]>)[name]!;
  return new RegExp(source!, flags);
}
export function patternList(name: string): RegExp[] {
  return (lists.patternLists as Record<string, string[][]>)[name]!.map(
    ([source, flags]) => new RegExp(source!, flags),
  );
}
/** A pattern given in a stage's own data file as [source, flags]. */
export function compiled([source, flags]: string[] | readonly string[]): RegExp {
  return new RegExp(source!, flags);
}

/** Command words, in every language, and what each asks for. */
export const VERBS = new Map<string, Verb>(lists.verbs as [string, Verb][]);
export const POLITE = new Set(lists.polite);
/** Words that say which task without being part of its name. */
export const TARGET_FILLER = new Set(lists.targetFiller);
export const IT_WORDS = new Set(lists.itWords);
/** Words that make a phrase name a task already there: "the report task", "task 3", "رپورٹ والا کام". */
export const TASK_WORDS = new Set(lists.taskWords);
/** Words in a clause about a task that only restate the speaker's situation ("I don't need ... anymore"). */
export const CLAUSE_NOISE = new Set(lists.clauseNoise);
export const EN_NOT = new Set(lists.enNot);
export const UR_NOT = new Set<string>(lists.urNot);
/** Words that restate a denial without naming the task: "isn't actually done yet". */
export const NEGATION_FILLER = new Set(lists.negationFiller);
/** Words of an Urdu or Roman Urdu verb phrase, never part of a task's name. */
export const URDU_VERB_WORDS = new Set(lists.urduVerbWords);
export const URDU_ADD_WORDS = new Set(lists.urduAddWords);
/** "کی", "ka": the word joining a task to its field ("X کی ترجیح"). */
export const URDU_OF = new Set<string>(lists.urduOf);
/** Canonical spellings of short add verbs, which the typo fixer leaves alone. */
export const SPELLINGS = new Map(lists.spellings as [string, string][]);
/** Words around an Urdu afterthought's priority or day: "، یہ بہت ضروری ہے", ", ye kal tak hai". */
export const URDU_AFTER_FILLER = new Set(lists.urduAfterFiller);
/** A quoted span inside a line: its words are the title as typed, never commands. */
export const QUOTED_SPAN = pattern('quotedSpan');
