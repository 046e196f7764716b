// The risk of a planned change (decision 0113): how likely a change the readers planned is
// one the person did not ask for. The readers are rules; on requests nobody tuned them to they make
// a wrong change in 5-15% of lines (the blind first runs of sets 10-28). This stage does not read
// the line again: it scores the plan (each change's kind, how well the line names the task it
// changes, whether the line asks for anything in so many words, the words of done, not and later in
// it) with a logistic model learned from the blind first runs (rules-assistant/eval/risk-train.ts, weights in
// lang/risk.json), and a plan scored above the threshold is not carried out but said back and asked
// about ("I read this as: ... Shall I?"), so a "yes" makes it. The features are plain numbers with
// names, so the weights can be read.

import about from '../lang/about.json' with { type: 'json' };
import model from '../lang/risk.json' with { type: 'json' };
import riskWords from '../lang/risk-words.json' with { type: 'json' };
import { type Lang, words } from '../language.js';
import { saysADay, saysClockTime, strayWords, tellingWordsSaid, tellsOfOther } from './about.js';
import { asksSomething, isCommandWord, verbsSaid } from './commands.js';
import { guessIntent, INTENT_OF_CALL } from './intent.js';

export interface PlannedChange {
  name: string;
  args: Record<string, unknown>;
}

export interface OpenTask {
  id: number;
  title: string;
}

/** The kinds of change, by tool (and by field for set_task_details); each is a feature of its own. */
const KINDS = [
  'add_task',
  'add_task_details',
  'complete_task',
  'reopen_task',
  'update_task',
  'set_task_details',
  'delete_task',
  'move_task',
  'assign_task',
  'comment_on_task',
  'add_subtask',
  'skip_occurrence',
] as const;

export const FEATURES = [
  'bias',
  ...KINDS.map((k) => `kind:${k}`),
  'lang:roman',
  'lang:ur',
  'asks',
  'commandFirst',
  'question',
  'changes2+',
  'kinds2+',
  'words/20',
  'done',
  'not',
  'later',
  'digit',
  'task:covered',
  'task:stray/3',
  'task:tellsOfOther',
  'task:othersNamed/3',
  'task:unnamed',
  'add:titleWords/10',
  'add:commandInTitle',
  'add:namesTask',
  'intent:agrees',
  'intent:talk',
  'intent:add',
  'otherDoing',
  'clauses/3',
  'when',
  'add:titleShare',
  'add:pronounFirst',
  'add:askedToAdd',
  'add:askedOther',
  'change:askedToAdd',
] as const;

/** Words a title made of a told sentence starts with ("She lost hers", "They want"), per script. */
const PRONOUNS = new Set(riskWords.pronounsFirst);

const WORDS: Record<Lang, { done: Set<string>; not: Set<string>; later: Set<string>; other: Set<string> }> =
  (() => {
    const of = (langs: ('en' | 'roman' | 'ur')[]) => ({
      done: new Set(langs.flatMap((l) => about[l].done.flatMap((p) => words(p)))),
      not: new Set(langs.flatMap((l) => about[l].not.flatMap((p) => words(p)))),
      later: new Set(langs.flatMap((l) => about[l].later.flatMap((p) => words(p)))),
      other: new Set(langs.flatMap((l) => about[l].otherDoing.flatMap((p) => words(p)))),
    });
    return { en: of(['en', 'roman']), roman: of(['en', 'roman']), ur: of(['ur']) };
  })();

/** How much of a title's telling words a text holds (0-1); 0 for a title with none. */
function covered(text: string, title: string, lang: Lang): number {
  const telling = tellingWordsSaid(title, title, lang);
  return telling === 0 ? 0 : Math.min(1, tellingWordsSaid(text, title, lang) / telling);
}

/** The features of one planned change, in the order of FEATURES. */
export function changeFeatures(
  line: string,
  lang: Lang,
  change: PlannedChange,
  plan: PlannedChange[],
  tasks: OpenTask[],
): number[] {
  const said = words(line);
  const f: Record<string, number> = { bias: 1 };
  f[`kind:${change.name}`] = 1;
  if (lang !== 'en') f[`lang:${lang}`] = 1;
  f.asks = asksSomething(line) ? 1 : 0;
  f.commandFirst = isCommandWord(said[0] ?? '') ? 1 : 0;
  f.question = /[?؟]/u.test(line) ? 1 : 0;
  f['changes2+'] = plan.length >= 2 ? 1 : 0;
  f['kinds2+'] = new Set(plan.map((c) => c.name)).size >= 2 ? 1 : 0;
  f['words/20'] = Math.min(said.length, 40) / 20;
  const w = WORDS[lang];
  f.done = said.some((x) => w.done.has(x)) ? 1 : 0;
  f.not = said.some((x) => w.not.has(x)) ? 1 : 0;
  f.later = said.some((x) => w.later.has(x)) ? 1 : 0;
  f.digit = /\d/u.test(line) ? 1 : 0;
  f.otherDoing = said.some((x) => w.other.has(x)) ? 1 : 0;
  // Marks between clauses, not the one that ends the line.
  f['clauses/3'] = Math.min((line.match(/[,.;!?،۔؛؟]+(?=\s+\S)/gu) ?? []).length, 6) / 3;
  f.when = saysADay(line) || saysClockTime(line) ? 1 : 0;
  const verbs = verbsSaid(line);
  const id = change.args.task_id;
  if (typeof id === 'number') {
    f['change:askedToAdd'] = verbs.has('add') && verbs.size === 1 ? 1 : 0;
    const task = tasks.find((t) => t.id === id);
    if (!task) f['task:unnamed'] = 1;
    else {
      f['task:covered'] = covered(line, task.title, lang);
      f['task:stray/3'] = Math.min(strayWords(line, task, lang).stray.length, 6) / 3;
      f['task:tellsOfOther'] = tellsOfOther(line, task, lang) ? 1 : 0;
      const others = tasks.filter((t) => t.id !== id && tellingWordsSaid(line, t.title, lang) > 0).length;
      f['task:othersNamed/3'] = Math.min(others, 3) / 3;
    }
  }
  const title = change.args.title;
  if ((change.name === 'add_task' || change.name === 'add_task_details') && typeof title === 'string') {
    const titleWords = words(title);
    f['add:titleWords/10'] = Math.min(titleWords.length, 20) / 10;
    f['add:commandInTitle'] = titleWords.some((x) => isCommandWord(x)) ? 1 : 0;
    f['add:namesTask'] = Math.max(0, ...tasks.map((t) => covered(title, t.title, lang)));
    f['add:titleShare'] = Math.min(1, titleWords.length / Math.max(said.length, 1));
    f['add:pronounFirst'] = PRONOUNS.has(titleWords[0] ?? '') ? 1 : 0;
    f['add:askedToAdd'] = verbs.has('add') ? 1 : 0;
    // "please shift my appointment to thursday" added as a task: a change was asked for.
    f['add:askedOther'] = [...verbs].some((v) => v !== 'add' && v !== 'list') ? 1 : 0;
  }
  // The statistical intent step's view of the line (trained on the main set and held-outs 1-8 only).
  const guess = guessIntent(line).probability;
  f['intent:agrees'] = guess[INTENT_OF_CALL[change.name] ?? ''] ?? 0;
  f['intent:talk'] = (guess.chat ?? 0) + (guess.query ?? 0);
  f['intent:add'] = INTENT_OF_CALL[change.name] === 'add' ? 0 : (guess.add ?? 0);
  return FEATURES.map((name) => f[name] ?? 0);
}

const WEIGHTS: number[] = model.weights;
/** A plan scored at or above this is asked about, not carried out. */
export const RISK_THRESHOLD: number = model.threshold;

/** The probability, by the learned model, that a planned change is not one the person asked for. */
export function changeRisk(features: number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (WEIGHTS[i] ?? 0) * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The words of a change of date or priority per language, English's in each (lines mix them). */
const CHANGE_OF_FIELD: Record<Lang, Set<string>> = {
  en: new Set(riskWords.changeOfField.en),
  roman: new Set([...riskWords.changeOfField.roman, ...riskWords.changeOfField.en]),
  ur: new Set([...riskWords.changeOfField.ur, ...riskWords.changeOfField.en]),
};

/**
 * A plan that completes a task from a line asking to change a date or a priority ("the DSA deadline
 * got extended to wednesday", "bump the lab report up to urgent", "آخری تاریخ بڑھ کر ... ہو گئی"):
 * such a line tells of the task going on, so its completion is never made without asking, whatever
 * the model scores (a wrong completion hides the task; set 31's first run had three). The words of
 * change count only when no other planned change sets a date or a priority ("X ho gaya, aur Y ko
 * urgent kar do") and the completed task's title lacks them ("Email the supervisor about the
 * extension").
 */
export function completesAmidChange(
  line: string,
  lang: Lang,
  plan: PlannedChange[],
  tasks: OpenTask[],
): boolean {
  const completes = plan.filter((c) => c.name === 'complete_task');
  if (completes.length === 0) return false;
  const setsField = plan.some(
    (c) =>
      c.name !== 'complete_task' &&
      ['due_date', 'due_at', 'priority'].some((field) => c.args[field] !== undefined),
  );
  if (setsField) return false;
  const titled = new Set(
    completes.flatMap((c) => words(tasks.find((t) => t.id === c.args.task_id)?.title ?? '')),
  );
  return words(line).some((w) => !titled.has(w) && CHANGE_OF_FIELD[lang].has(w));
}

/** The highest risk among a plan's changes (0 for a plan with none). */
export function planRisk(line: string, lang: Lang, plan: PlannedChange[], tasks: OpenTask[]): number {
  return Math.max(0, ...plan.map((c) => changeRisk(changeFeatures(line, lang, c, plan, tasks))));
}
