// The `@` being typed in a comment and the members it could name. The server reads a mention as
// `@` and a member's name (server/features/notifications/mentions.ts), so the one chosen is
// inserted as `@Name`.
import type { Member } from './api';

/** Where the `@` before the caret starts and what follows it, when the caret is in a mention. */
export interface MentionQuery {
  /** The index of the `@`. */
  start: number;
  /** What is typed after it, up to the caret. */
  query: string;
}

const WORD = /[\p{L}\p{N}_]/u;
/** A name of up to three words and 60 characters: longer than that is prose, not a mention. */
const MAX_QUERY = 60;

/** The mention the caret is in: an `@` at the start or after a non-word character (an address is none). */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const start = text.lastIndexOf('@', caret - 1);
  if (start === -1 || caret - start - 1 > MAX_QUERY) return null;
  if (start > 0 && WORD.test(text[start - 1] ?? '')) return null;
  const query = text.slice(start + 1, caret);
  if (/[\n@]/.test(query) || /^\s/.test(query) || query.split(/\s+/).length > 3) return null;
  return { start, query };
}

/**
 * The members a query names: a word of their name or their email starting with it, in any case. A
 * space typed after a whole name ends the mention: "@Ana Lima " matches no one.
 */
export function membersMatching(members: readonly Member[], query: string, limit = 8): Member[] {
  const q = query.toLocaleLowerCase();
  return members
    .filter((m) => m.name.trim().length > 0)
    .filter((m) => {
      if (q === '') return true;
      const name = m.name.toLocaleLowerCase();
      return (
        name.startsWith(q) ||
        name.split(/\s+/).some((word) => word.startsWith(q)) ||
        (m.email?.toLocaleLowerCase().startsWith(q) ?? false)
      );
    })
    .slice(0, limit);
}

/** The text with the mention replaced by `@Name ` and where the caret goes after it. */
export function withMention(
  text: string,
  at: MentionQuery,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name.trim()} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: text.slice(0, at.start) + inserted + after, caret: at.start + inserted.length };
}
