// A task handed to a person, said as news rather than as "assign X to Y": "Sara's taking
// over the pitch deck, put her on it", "Bilal should handle the stock audit himself, pls put it on
// him", "راشن سارہ لے آئے گی، یہ کام اس کے ذمے لگا دو". Its shape: a phrase of taking a task on
// (lang/handover.json cues), exactly one person of the user's shared lists named, and the rest of
// the line naming one open task by its title (taskNamed). The tools then check the person can be
// given it (a member of the task's list). Pure: the people and tasks are given.
import data from '../lang/handover.json' with { type: 'json' };
import { cleanText, type Lang, words } from '../language.js';
import { names } from '../shared.js';
import { type TaskLike, taskNamed, tellingWordsSaid } from './about.js';

/** English and Roman Urdu lines share their cues (a short Roman line is often taken for English). */
const LATIN = [...data.cues.roman, ...data.cues.en];
const CUES: Record<Lang, string[]> = { en: LATIN, roman: LATIN, ur: data.cues.ur };
const PRONOUNS = new Set(data.pronouns);

export interface Person {
  name: string;
}

const ASKED = new RegExp(data.asked[0]!, data.asked[1]);

/** Whether the line asks whether a person can take a task on ("can Sara take X? she knows them"). */
export function asksToHandOver(text: string): boolean {
  return ASKED.test(text.trim());
}

/** Whether the line holds a phrase of taking a task on. */
export function handsOver(text: string, lang: Lang): boolean {
  const line = ` ${words(text).join(' ')} `;
  return asksToHandOver(text) || CUES[lang].some((cue) => line.includes(` ${cue} `));
}

/** A word naming a person ("Sara's" too): a word of their name, or in Urdu letters its sound. */
const wordNames = (word: string, person: Person): boolean => names(person, word.replace(/['’]s$/u, ''));

/**
 * The one person named in a line, their name as said (`as`), and the line without their name or the
 * pronouns that stand for them or the task; null when no one or several are named.
 */
export function personNamed<P extends Person>(
  text: string,
  people: P[],
): { person: P; as: string; rest: string } | null {
  const said = words(text);
  const named = people.filter((p) => said.some((w) => wordNames(w, p)));
  if (named.length !== 1) return null;
  const person = named[0]!;
  // The name as said ("Sara", "سارہ"): the tools find the member by it.
  const as = said.find((w) => wordNames(w, person))!.replace(/['’]s$/u, '');
  const rest = said.filter((w) => !wordNames(w, person) && !PRONOUNS.has(w)).join(' ');
  const token = cleanText(text)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/u, ''))
    .find((w) => w.toLowerCase() === as);
  return { person, as: token ?? as, rest };
}

/**
 * The open task a hand-over names: the one taskNamed finds, else the task whose title shares at
 * least twice as many telling words with the line as any other's ("take care of the caterer" and
 * "Book the caterer for Eid"); null otherwise.
 */
export function taskHanded<T extends TaskLike>(said: string, tasks: T[], lang: Lang): T | null {
  // The words of taking it on ("take care of") name no task.
  let rest = ` ${said} `;
  for (const cue of CUES[lang]) rest = rest.replaceAll(` ${cue} `, ' ');
  const naming = taskNamed(rest, tasks, lang);
  if (naming) return naming.kind === 'one' ? naming.task : null;
  const [best, next] = tasks
    .map((task) => ({ task, n: tellingWordsSaid(rest, task.title, lang) }))
    .sort((a, b) => b.n - a.n);
  return best && best.n > 0 && best.n >= 2 * (next?.n ?? 0) ? best.task : null;
}
