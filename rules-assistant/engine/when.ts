// Due moments, priorities and tags in a message. Time is read by the product's one reader
// (readTime: shared/when/read.ts, quick add's phrase tables): English lines through when-english.ts,
// Urdu and Roman Urdu ones through when-urdu.ts, which finds their words of time with the shared
// table of Urdu date words (when-words.ts) and hands them to the same reader.
import { type Clock, type Details, markEnglishDetails, readTime } from './when-english.js';
import { parseUrduDetails } from './when-urdu.js';

export {
  type Clock,
  type Details,
  markEnglishDetails,
  parseEnglishDetails,
  readTime,
} from './when-english.js';
export { parseUrduDetails } from './when-urdu.js';
export { numberWord, weekdayWord } from './when-words.js';

/** Whether a line is nothing but a due moment ("tomorrow at 5pm", "کل", "friday"). */
export function parseDueOnly(text: string, tokens: string[], clock: Clock): Details | null {
  const read = readTime(markEnglishDetails(text), clock);
  // A repeat ("every month") is no due moment.
  if (read.recurrence) return null;
  if ((read.due_date || read.due_at) && isOnlyFiller(read.rest))
    return { title: '', priority: null, tags: [], due_date: read.due_date, due_at: read.due_at };
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
