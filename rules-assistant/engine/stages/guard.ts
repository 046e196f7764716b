/**
 * The last check before a new task is added (decision 0113): words left in the title
 * after reading that show the reading failed. A date word the readers did not take ("new years
 * eve", "monday week", "half 7", "agle saal ke pehle", "9 baje"), a command verb ("remind",
 * "likh do", "ڈالو") or a pointer at a list, a parent task or an existing task ("wala",
 * "ke neeche", "کے نیچے") means the line was misread: it is asked about, never added. So does, in
 * Urdu and Roman Urdu, a denial ("نہیں", "nahi"), a change of plan ("مستری اب جمعرات کو آئے گا",
 * "ab ... hoga") or a note for a task named ("X میں لکھ لو کہ ..."): they tell of a task that exists.
 * The words are data, per language, in lang/guard.json.
 */
import guard from '../lang/guard.json' with { type: 'json' };
import type { Lang } from '../language.js';

type Kind = 'date' | 'command';

const whole = (s: string) => `(?<!\\p{L})(?:${s})(?!\\p{L})`;
const compile = (sources: string[]) => sources.map((s) => new RegExp(s, 'iu'));
const RULES: Record<
  Lang,
  { date: RegExp[]; command: RegExp[]; line: RegExp[]; repeat: RegExp[]; never: RegExp[] }
> = {
  en: {
    date: compile(guard.en.date),
    command: compile(guard.en.command),
    line: compile(guard.en.line),
    repeat: compile(guard.en.repeat),
    never: compile(guard.en.never),
  },
  roman: {
    date: compile([...guard.en.date, ...guard.roman.date]),
    command: compile([...guard.en.command, ...guard.roman.command]),
    line: compile([...guard.en.line, ...guard.roman.line]),
    repeat: compile([...guard.en.repeat, ...guard.roman.repeat]),
    never: compile([...guard.en.never, ...guard.roman.never]),
  },
  // Urdu script has no \\b: a word is bounded by anything that is not a letter ("سال" is not "سالگرہ").
  ur: {
    date: compile(guard.ur.date.map(whole)),
    command: compile(guard.ur.command.map(whole)),
    line: compile(guard.ur.line.map(whole)),
    repeat: compile(guard.ur.repeat.map(whole)),
    never: compile(guard.ur.never.map(whole)),
  },
};

export interface Unread {
  kind: Kind;
  /** The words that were not understood, as they stand in the title or line. */
  words: string;
}

/**
 * What in a new task's title (and the line it came from) shows it was misread, or null. The line
 * is checked only for pointers at a list or a parent task, which a plain new task never has.
 */
export function unreadWords(title: string, line: string, lang: Lang): Unread | null {
  const rules = RULES[lang];
  // A title the person put in quotes is taken as said ("add 'call the doodh wala'").
  const said = title.toLowerCase();
  const quoted = ['""', "''", '“”', '‘’'].some(([open, close]) =>
    line.toLowerCase().includes(`${open}${said}${close}`),
  );
  for (const kind of quoted ? [] : (['date', 'command'] as const)) {
    for (const rule of rules[kind]) {
      const found = rule.exec(title);
      if (found) return { kind, words: found[0] };
    }
  }
  for (const rule of rules.line) {
    const found = rule.exec(line);
    if (found) return { kind: 'command', words: found[0] };
  }
  return null;
}

const first = (rules: RegExp[], line: string): string | null => {
  for (const rule of rules) {
    const found = rule.exec(line);
    if (found) return found[0];
  }
  return null;
};

/** Date words in a message that no reader takes ("new years eve", "monday week", "half 7"), or null. */
export function unreadableDate(line: string, lang: Lang): string | null {
  return first(RULES[lang].never, line);
}

/** The words of a message that say a task repeats ("har do hafte baad", "every other week"), or null. */
export function repeatSaid(line: string, lang: Lang): string | null {
  return first(RULES[lang].repeat, line);
}

const SWEEP: Record<Lang, RegExp[]> = {
  en: compile(guard.en.sweep),
  roman: compile([...guard.en.sweep, ...guard.roman.sweep]),
  ur: compile(guard.ur.sweep),
};
const TAG_FILLER = new Set([...guard.en.tagFiller, ...guard.roman.tagFiller, ...guard.ur.tagFiller]);

/** "wipe all the business stuff": many tasks cleared in vague words; the words, or null. */
export function sweepSaid(line: string, lang: Lang): string | null {
  return first(SWEEP[lang], line);
}

/** Tags as read without the words after them that are no tag ("accounts as well" is "accounts"). */
export function realTags(tags: string[]): string[] {
  return tags.filter((tag) => !TAG_FILLER.has(tag.toLowerCase()));
}
