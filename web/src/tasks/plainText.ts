// A Markdown description as the plain text a task row previews: the words as they read, without
// the marks that format them ("**Book** the [hotel](https://...)" reads "Book the hotel"). The
// formatted description is the editor's (ui/Markdown.tsx); a row stays light and never loads the
// Markdown reader. Raw HTML stays as written, as the editor shows it.

const LINE_MARKS = [
  /^\s{0,3}#{1,6}\s+/u, // a heading
  /^\s{0,3}>\s?/u, // a quote
  /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/u, // a list item, a checkbox
];

/** A line without its block marks, and the rule lines ("---", "***") gone. */
function plainLine(line: string): string | null {
  if (/^\s{0,3}(?:[-*_]\s*){3,}$/u.test(line) || /^\s*```/u.test(line)) return null;
  let text = line;
  for (const mark of LINE_MARKS) text = text.replace(mark, '');
  return text;
}

// A backslash escape shows the character, and its character marks nothing: it is kept aside, as a
// private-use character, until the marks are gone.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!~>])/gu;
const hide = (_: string, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
const KEPT = /[\ue000-\ue07f]/gu;
const show = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xe000);

/** The text of a description written in Markdown, its formatting marks taken away. */
export function markdownAsText(markdown: string): string {
  const lines = markdown
    .replace(ESCAPED, hide)
    .split(/\r?\n/u)
    .map(plainLine)
    .filter((line): line is string => line !== null);
  return (
    lines
      .join('\n')
      // An image shows its alt text, a link its text: ![alt](src), [text](href), [text][ref].
      .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/\[([^\]]+)\]\((?:[^)(]|\([^)]*\))*\)/gu, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
      // <https://example.com> is the address itself.
      .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/gu, '$1')
      // Code, strong, emphasis and struck text keep their words.
      .replace(/`+([^`]+)`+/gu, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/gu, '$2')
      .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/gu, '$1')
      .replace(KEPT, show)
      .trim()
  );
}
