// Due moments, priorities and tags in a message. English goes through the quick-add parser as is;
// Urdu and Roman Urdu words for days, times and urgency are first turned into the English phrase
// quick add reads, so there is one date engine (when-english.ts; Urdu and Roman Urdu: when-urdu.ts,
// its words: when-words.ts).
import { type Clock, type Details, parseEnglishDetails } from './when-english.js';
import { parseUrduDetails } from './when-urdu.js';

export { type Clock, type Details, markEnglishDetails, parseEnglishDetails } from './when-english.js';
export { parseUrduDetails } from './when-urdu.js';
export { numberWord, weekdayWord } from './when-words.js';

/** Whether a line is nothing but a due moment ("tomorrow at 5pm", "کل", "friday"). */
export function parseDueOnly(text: string, tokens: string[], clock: Clock): Details | null {
  const english = parseEnglishDetails(`${text}`, clock);
  if ((english.due_date || english.due_at) && isOnlyFiller(english.title)) return english;
  const urdu = parseUrduDetails(tokens, clock);
  if ((urdu.due_date || urdu.due_at) && isOnlyFiller(urdu.title)) return urdu;
  return null;
}

function isOnlyFiller(title: string): boolean {
  return title
    .toLowerCase()
    .split(/\s+/u)
    .every(
      (w) => w === '' || ['to', 'for', 'on', 'by', 'the', 'until', 'till', 'کر', 'دو', 'کو'].includes(w),
    );
}
