// Todoist's marks in a quick add line, each one word (or quoted): priorities, #List or #tag,
// @label, /Section, +person.
import type { Token } from './quickadd.tokens.js';
import type { QuickAddList, QuickAddOptions } from './quickadd.types.js';
import {
  DIGITS_ONLY,
  MAX_TAG_LENGTH,
  type Phrase,
  PRIORITIES,
  PRIORITY_LEVELS,
  PRIORITY_WORDS,
  TAG,
} from './quickadd.words.js';

const BANGS = /^!{1,3}$/;
const URGENT = new Set(['urgent', 'urgently', 'asap']);
const PERSON = /^\+([\p{L}\p{N}][\p{L}\p{N}._-]{0,63})$/u;
const unquote = (s: string) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);

/** Priorities, #List or #tag, @label, /Section, +person: Todoist's marks, each one word (or quoted). */
export function readWord(tokens: Token[], i: number, options: QuickAddOptions): Phrase | null {
  const token = tokens[i]!;
  const priority = PRIORITIES.get(BANGS.test(token.raw) ? token.raw : token.word);
  if (priority) return { length: 1, strength: 'strong', effect: { kind: 'priority', priority } };
  // "Send the invoice today urgent": a word of urgency counts at the end of the line only
  // ("Urgent care appointment" is a title).
  if (URGENT.has(token.word))
    return { length: 1, strength: 'bare', effect: { kind: 'priority', priority: 'high' } };
  // "Send the invoice high priority", "بل جمع کرانا ہائی پرائیورٹی": at the end of the line only, as
  // "urgent" ("High priority customers" is a title).
  const level = PRIORITY_LEVELS.get(token.word);
  if (level && PRIORITY_WORDS.has(tokens[i + 1]?.word ?? ''))
    return { length: 2, strength: 'bare', effect: { kind: 'priority', priority: level } };
  const head = token.text[0];
  if (head === '#') {
    const list = listNamed(tokens, i, options.lists ?? []);
    if (list) return { length: list.length, strength: 'strong', effect: { kind: 'list', name: list.name } };
  }
  if (head === '/' && /^\/(?:"[^"]+"|[\p{L}\p{N}][^/]{0,63})$/u.test(token.text)) {
    const name = unquote(token.text.slice(1)).trim();
    return { length: 1, strength: 'strong', effect: { kind: 'section', name } };
  }
  const person = PERSON.exec(token.text)?.[1];
  if (person) return { length: 1, strength: 'strong', effect: { kind: 'assignee', name: person } };
  const tag = TAG.exec(head === '@' ? `#${token.text.slice(1)}` : token.text)?.[1];
  if (tag && !DIGITS_ONLY.test(tag) && [...tag].length <= MAX_TAG_LENGTH)
    return { length: 1, strength: 'strong', effect: { kind: 'tag', tag } };
  return null;
}

/** The list "#Home", "#"Side Project"" or "#Side Project" names (the longest name that fits). */
function listNamed(tokens: Token[], i: number, lists: readonly QuickAddList[]) {
  const byName = new Map(lists.map((l) => [l.name.toLowerCase(), l.name]));
  const first = tokens[i]!.text.slice(1);
  if (first.startsWith('"')) {
    const name = byName.get(unquote(first).toLowerCase());
    return name ? { name, length: 1 } : null;
  }
  for (let length = Math.min(4, tokens.length - i); length >= 1; length--) {
    const words = tokens.slice(i, i + length).map((t, k) => (k === length - 1 ? t.text : t.raw));
    const name = byName.get(words.join(' ').slice(1).toLowerCase());
    if (name) return { name, length };
  }
  return null;
}
