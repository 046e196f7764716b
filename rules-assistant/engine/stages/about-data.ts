// The words of task-first reading (lang/about.json) merged per language, the done words, and the
// small matchers about.ts and its parts share.
import about from '../lang/about.json' with { type: 'json' };
import en from '../lang/en.json' with { type: 'json' };
import roman from '../lang/roman.json' with { type: 'json' };
import ur from '../lang/ur.json' with { type: 'json' };
import type { Lang } from '../language.js';

export interface AboutData {
  pointers: string[];
  generic: string[];
  undone: string[];
  skip: string[];
  priorityPhrases: Record<string, string>;
  changeMarkers: string[];
  done: string[];
  not: string[];
  noteLeads: string[];
  noteSeparators: string[];
  filler: string[];
  later: string[];
  notYet: string[];
  futureEndings: string[];
  doneOfKind: Record<string, string>;
  otherDoing: string[];
}

const RAW: Record<Lang, AboutData> = { en: about.en, roman: about.roman, ur: about.ur };
/**
 * English and Roman Urdu share one set of lists: Roman Urdu is written with English words in it, and
 * a short Roman Urdu line ("invoice bhej di hai") is often taken for English.
 */
export const merged = (lang: Lang): AboutData =>
  lang === 'ur'
    ? RAW[lang]
    : {
        pointers: [...RAW.roman.pointers, ...RAW.en.pointers],
        generic: [...RAW.roman.generic, ...RAW.en.generic],
        undone: [...RAW.roman.undone, ...RAW.en.undone],
        skip: [...RAW.roman.skip, ...RAW.en.skip],
        priorityPhrases: { ...RAW.en.priorityPhrases, ...RAW.roman.priorityPhrases },
        changeMarkers: [...RAW.roman.changeMarkers, ...RAW.en.changeMarkers],
        done: [...RAW.roman.done, ...RAW.en.done],
        not: [...RAW.roman.not, ...RAW.en.not],
        noteLeads: [...RAW.roman.noteLeads, ...RAW.en.noteLeads],
        noteSeparators: [...RAW.roman.noteSeparators, ...RAW.en.noteSeparators],
        filler: [...RAW.roman.filler, ...RAW.en.filler],
        later: [...RAW.roman.later, ...RAW.en.later],
        notYet: [...RAW.roman.notYet, ...RAW.en.notYet],
        futureEndings: [...RAW.roman.futureEndings, ...RAW.en.futureEndings],
        doneOfKind: { ...RAW.roman.doneOfKind, ...RAW.en.doneOfKind },
        otherDoing: [...RAW.roman.otherDoing, ...RAW.en.otherDoing],
      };
export const DATA: Record<Lang, AboutData> = { en: merged('en'), roman: merged('roman'), ur: merged('ur') };
/** Each language's own done words (lang/*.json doneWords), shared with the done stage. */
export const DONE_WORDS: Record<Lang, string[]> = {
  en: en.doneWords,
  roman: [...roman.doneWords, ...en.doneWords],
  ur: ur.doneWords,
};

export const has = (line: string, phrase: string) => ` ${line} `.includes(` ${phrase} `);
export const anyOf = (line: string, phrases: string[]) =>
  phrases.some((p) => (/^[\p{L}\p{N}'\s-]+$/u.test(p) ? has(line, p) : line.includes(p)));

/** Day words: a date or time said without one keeps the task's day ("ab گیارہ بجے", "at 4pm now"). */
export const DAY =
  /\b(?:today|tonight|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weeks?|months?|weekends?|weekdays?|daily|mornings?|evenings?|afternoons?|nights?|noon|midnight|\d+(?:st|nd|rd|th)|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|aaj|kal|parson|somwar|mangal|budh|jumeraat|jumerat|jumma|juma|hafte|itwar|itwaar|tareekh|tarikh)\b|آج|کل|پرسوں|پیر|منگل|بدھ|جمعرات|جمعہ|جمعے|ہفتہ|ہفتے|اتوار|تاریخ|مہینے/iu;
