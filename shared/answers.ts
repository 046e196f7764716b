// The closing words of the built-in assistant's yes-or-no questions, per language, in one place:
// each question ends with its words; a later turn knows by them what was asked (the server keeps
// nothing between turns); and the web app offers the two answers as buttons under a message that
// ends so (web/src/assistant/AssistantPanel.tsx imports this file, so it imports nothing).

type Words = Record<'en' | 'ur' | 'roman', string>;

/** A proposal or a guess ("Did you mean ...?"): "yes" carries it out (index.ts pendingQuestion). */
export const PROPOSAL_CONFIRM: Words = {
  en: 'Say "yes" to go ahead',
  ur: 'ہاں کہیں تو کر دوں',
  roman: '"haan" kahein to kar doon',
};

/** A plan said back before it is made (stages/checkfirst.ts). */
export const CHECK_CONFIRM: Words = {
  en: 'Say "yes" to go ahead, or "no" to leave it.',
  ur: 'کرنے کے لیے "ہاں" لکھیں، چھوڑنے کے لیے "نہیں"۔',
  roman: 'Karne ke liye "haan" likhein, chhorne ke liye "nahi".',
};

/** A deletion named before it is made (stages/deletes.ts). */
export const DELETE_CONFIRM: Words = {
  en: 'Say "yes" to delete it, or "no" to keep it.',
  ur: 'حذف کرنے کے لیے "ہاں" لکھیں، رکھنے کے لیے "نہیں"۔',
  roman: 'Delete karne ke liye "haan" likhein, rakhne ke liye "nahi".',
};

/** Undoing an add that was not the last turn's one task (index.ts undo). */
export const UNDO_CONFIRM: Words = {
  en: 'Say "yes" to delete it or "no" to keep it.',
  ur: '"ہاں" یا "نہیں" لکھیں۔',
  roman: '"haan" ya "nahi" likhein.',
};

const ANSWERS: Record<keyof Words, [string, string]> = {
  en: ['yes', 'no'],
  ur: ['ہاں', 'نہیں'],
  roman: ['haan', 'nahi'],
};

/** The two answers to a message that ends one of the questions above, in its language; else null. */
export function yesNoAnswers(content: string): [string, string] | null {
  for (const lang of ['en', 'ur', 'roman'] as const) {
    const marks = [PROPOSAL_CONFIRM, CHECK_CONFIRM, DELETE_CONFIRM, UNDO_CONFIRM].map((m) => m[lang]);
    if (marks.some((mark) => content.includes(mark))) return ANSWERS[lang];
  }
  return null;
}
