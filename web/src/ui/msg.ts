// Marks English text to translate later with `t(text)` (i18n.ts): a table of labels at module level.
// Apart from i18n.ts so that a table loaded with a language (problems.ts) needs nothing more.
export const msg = (message: string): string => message;
