// Changes to a task said with an edit verb: "change the due date of X to friday", "rename X to Y",
// "move X to monday", "set the priority of X to high", "tag X with home", "remove the work tag from
// X", "add a note to X: ...", "update task 10: due tomorrow, priority high", "X ka naam badal kar Y
// rakho", "X ko Y mein badlo"; and a new title said without "rename" ("X should be called Y"). Each
// form is data (lang/update.json): a pattern, the group naming the task, and the change the other
// groups make, tried in order; when none fits, the task is named and the change is left to ask.
import data from '../lang/update.json' with { type: 'json' };
import { type Lang, words } from '../language.js';
import type { Change, Understanding } from '../meaning.js';
import { compiled, patternList } from '../vocabulary.js';
import type { Clock } from '../when.js';
import { stripVerb } from './commands.js';
import { readTarget } from './reference.js';
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
} from './values.js';

interface Form {
  pattern: RegExp;
  /** The group naming the task. */
  task: number;
  change: string;
  field?: number;
  value?: number;
}

const forms = (
  entries: { pattern: string[]; task: number; change: string; field?: number; value?: number }[],
) =>
  entries.map(
    (e): Form => ({
      ...e,
      pattern: compiled([e.pattern[0]!.replaceAll('{FIELD}', FIELD).replaceAll('{TO}', TO), e.pattern[1]!]),
    }),
  );
const ENGLISH = forms(data.en);
const URDU = forms(data.urdu);
/** "X should be called Y", "call the X task Y", "name task 3 \"Y\"": a new title said without "rename". */
const EN_RENAMES: RegExp[] = patternList('enRenames');

/** The change a form's groups make. */
function changeOf(form: Form, m: RegExpExecArray, clock: Clock): Change | null {
  const value = m[form.value ?? 0]!;
  const title = () => tidyTitle(quotedLead(value) ?? unquote(value));
  switch (form.change) {
    case 'field':
      return fieldChange(m[form.field!]!, value, clock);
    case 'titleAsSaid':
      return { title: tidyTitle(value) };
    case 'title':
      return { title: title() };
    case 'due':
      return dueChange(value, clock);
    case 'level':
      return { priority: value.toLowerCase() as Change['priority'] };
    case 'priorityWord':
      return { priority: priorityWord(value) };
    case 'high':
      return { priority: 'high' };
    case 'addTags':
      return { addTags: tagList(value) };
    case 'removeTags':
      return { removeTags: tagList(value) };
    case 'description':
      return { description: unquote(value) };
    case 'value':
      return valueChange(value, clock);
    case 'fieldsOrTitle':
      return fieldList(value, clock) ?? { title: title() };
  }
  throw new Error(`unknown change form ${form.change}`);
}

/** An edit of a task; `at` is where its command word is (`ws` typo-fixed). */
export function readUpdate(text: string, ws: string[], lang: Lang, clock: Clock, at: number): Understanding {
  const s = text.replace(/[.!]+$/u, '');
  for (const form of lang === 'en' ? ENGLISH : URDU) {
    const m = form.pattern.exec(s);
    if (m)
      return { intent: 'update', target: readTarget(words(m[form.task]!)), change: changeOf(form, m, clock) };
  }
  return { intent: 'update', target: readTarget(stripVerb(ws, at)), change: null };
}

export function englishRename(text: string): Understanding | null {
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
