// A Markdown description as the plain text a task row previews: the words as they read, without
// the marks that format them ("**Book** the [hotel](https://...)" reads "Book the hotel"). The
// formatted description is the editor's (ui/Markdown.tsx); a row is part of the first load, under
// its size budget, so it takes away only the common marks and never loads the Markdown reader.

/** A link or image (its text), a line's opening mark (heading, quote, list item), or strong or emphasised text. */
const MARKS = /!?\[([^\]]*)\]\([^)]*\)|^ *(?:#+|[-*>]) +|(\*\*?|__?)(\S(?:.*?\S)?)\2/gmu;

/** The text of a description written in Markdown, its common formatting marks taken away. */
export const markdownAsText = (markdown: string): string =>
  markdown.replace(MARKS, (_, link?: string, _mark?: string, marked?: string) => link ?? marked ?? '').trim();
