// The Todoist importer scored against a blind corpus of Todoist's date language (test/time-corpus/,
// test/time-corpus-holdout/): each English phrase goes in as the DATE of a one-task Todoist CSV
// (DATE_LANG en, TIMEZONE the phrase's zone, the account's date order the phrase's, the import's
// `now` the phrase's), through the import path as the import worker runs it (the CSV converted by
// fromTodoistCsv, then checked by the import contract, ImportSchema: what the import stores), and
// the stored due date or moment, the first three occurrences of its repeat, whether it counts from
// completion, its duration and its deadline are compared with what the corpus expects.
//
// The corpus's phrases are quick-add text: a title and date words ("buy milk today"). A Todoist DATE
// holds only the date words, so the phrase fed to the importer is the line's text less its expected
// title: the text whole when the expected title is "", else the text with the title's words taken
// out (the first run of words equal to the title, compared case-insensitively; the corpus's titles
// are the text's words in order, without the date words and their particles such as "on" and "at",
// which stay in the phrase: "dentist on friday" gives "on friday"). Lines whose title words are not
// found in the text in order, and lines with no date words left (nothing to import as a DATE), are
// counted apart and not scored. Lines the corpus marks unsure are counted apart too. Urdu and Roman
// Urdu lines are not used: Todoist's DATE_LANG has neither.
//
// The comparison is quick add's (test/support/time-corpus.ts), without the title. Used by
// scripts/time-corpus-import.ts (`npm run corpus:import`) and test/time-corpus.test.ts.
import { readFileSync } from 'node:fs';
import { fromTodoistCsv } from '../../server/features/transfer/import.foreign.js';
import { ImportSchema } from '../../server/features/transfer/transfer.schema.js';
import { dueInCorpusTerms, instantOf, misses, type Phrase } from './time-corpus.js';

const words = (s: string) => s.normalize('NFC').trim().split(/\s+/u).filter(Boolean);

/** The date words of a line: its text less its expected title; null when the title is not found. */
export function datePhrase(text: string, title: string | undefined): string | null {
  if (title === undefined || title.trim() === '') return text.trim();
  const all = words(text);
  const want = words(title).map((w) => w.toLowerCase());
  for (let at = 0; at + want.length <= all.length; at++) {
    if (want.every((w, i) => all[at + i]!.toLowerCase() === w))
      return [...all.slice(0, at), ...all.slice(at + want.length)].join(' ');
  }
  return null;
}

const quoted = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** What the importer stores for a DATE, in the corpus's terms. */
function imported(p: Phrase, phrase: string) {
  const csv =
    'TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT\r\n' +
    `task,A task,,4,1,Me (1),,${quoted(phrase)},en,${p.zone},,\r\n`;
  const options = {
    listName: 'Corpus',
    timeZone: p.zone,
    now: instantOf(p.now, p.zone),
    dateOrder: p.date_order === 'DMY' ? 'dmy' : 'mdy',
  } as Parameters<typeof fromTodoistCsv>[1];
  const { left_out: _leftOut, dates_as_text: _datesAsText, ...document } = fromTodoistCsv(csv, options);
  const checked = ImportSchema.safeParse(document);
  if (!checked.success) throw new Error(`refused by the import contract: ${checked.error.message}`);
  const task = checked.data.tasks[0]!;
  return {
    title: undefined,
    ...dueInCorpusTerms(p, task),
    fromCompletion: task.recurrence_from === 'completion',
    duration: task.duration ?? null,
    deadline: task.deadline ?? null,
    keptAsText: (task.description ?? '').includes(`Due: ${phrase}`),
  };
}

export interface ImportTally {
  right: number;
  all: number;
  unsureRight: number;
  unsure: number;
  kept: number;
  noTitle: number;
  noDate: number;
}

/** The tally of the English lines and each miss in words. */
export function scoreImport(file: URL): { tally: ImportTally; missed: string[] } {
  const missed: string[] = [];
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Phrase & { header?: boolean })
    .filter((l) => !l.header && l.lang === 'en');

  const tally = { right: 0, all: 0, unsureRight: 0, unsure: 0, kept: 0, noTitle: 0, noDate: 0 };
  for (const p of lines) {
    const phrase = datePhrase(p.text, p.expect.title);
    if (phrase === null) {
      tally.noTitle++;
      missed.push(`${p.id}  ${p.text}\n    not scored: its title's words are not in its text`);
      continue;
    }
    if (phrase === '') {
      tally.noDate++;
      continue;
    }
    let wrong: string[];
    let kept = false;
    try {
      const got = imported(p, phrase);
      kept = got.keptAsText;
      wrong = misses(p, got);
    } catch (error) {
      wrong = [`threw ${(error as Error).message}`];
    }
    if (p.expect.unsure) {
      tally.unsure++;
      if (wrong.length === 0) tally.unsureRight++;
    } else {
      tally.all++;
      if (wrong.length === 0) tally.right++;
      else if (kept) tally.kept++;
    }
    if (wrong.length > 0)
      missed.push(
        `${p.id}${p.expect.unsure ? ' (unsure)' : ''}  DATE "${phrase}"${kept ? ' (kept as text)' : ''}\n    ${wrong.join('; ')}`,
      );
  }
  return { tally, missed };
}
