// What is said to the assistant rather than asked of the tasks: a greeting, thanks, a call for
// help, "undo" (with its lead-ins: "wait no, undo that", "نہیں، واپس کر دو", "nahi nahi, wapas kar
// do"), and an answer to "which one?" ("2", "the first one", "dusra wala", "آخری والا"). It decides
// from the whole line only, before any command word is looked for. The words are data: greeting,
// thanks and help are `patterns` in lang/rules.json, undo and the answer's filler lang/smalltalk.json.
import data from '../lang/smalltalk.json' with { type: 'json' };
import { ordinalOf } from '../language.js';
import { pattern } from '../vocabulary.js';

const GREETING = pattern('greeting');
const THANKS = pattern('thanks');
const HELP = pattern('help');
const LANGS = [data.en, data.ur, data.roman];
const UNDO = new RegExp(
  `^(?:(?:${LANGS.flatMap((l) => l.undoLeads).join('|')})[,!.]?\\s+)*(?:${LANGS.flatMap((l) => l.undoForms).join('|')})[!.\\s]*$`,
  'iu',
);
const SELECTION_FILLER = new Set(LANGS.flatMap((l) => l.selectionFiller));

/** A greeting, thanks or call for help said as the whole line, or null. */
export function smallTalk(raw: string): 'greet' | 'thanks' | 'help' | null {
  if (GREETING.test(raw)) return 'greet';
  if (THANKS.test(raw)) return 'thanks';
  if (HELP.test(raw)) return 'help';
  return null;
}

/** "wait no, undo that", "oops, take that back", "نہیں، واپس کر دو", "nahi nahi, wapas kar do". */
export function asksToUndo(text: string): boolean {
  return UNDO.test(text);
}

/** "2", "the first one", "number 3", "dusra wala", "آخری والا": an answer to "which one?". */
export function selection(ws: string[]): number | null {
  const rest = ws.filter((w) => !SELECTION_FILLER.has(w));
  if (rest.length !== 1) return null;
  const only = rest[0]!.replace(/^#/u, '');
  if (/^\d{1,3}$/u.test(only)) return Number(only) - 1;
  return ordinalOf(only);
}
