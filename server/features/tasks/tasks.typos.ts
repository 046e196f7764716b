// A search read as the words its owner has (decision 0131): each searched word that no title word
// starts with stands beside the title words closest to it ("inoice" or "invoice"), from the titles
// of the caller and of the owners of lists shared with them (task_words, migration 0050). The search
// then runs as any search does, on its full-text index: `q` when it found nothing, a filter's
// `search:` term always.
import { SHARED_LIST_OWNERS } from '../../platform/access/policy.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { deriveBeforeSearch } from './tasks.derived.js';
import { prefixLexeme, searchWords } from './tasks.search.js';

/**
 * A title word is a correction of a searched word when it is this close by trigrams (pg_trgm's
 * similarity, 0-1: "plnts" and "plants" 0.44, "inoice" and "invoice" 0.5), or within a few edits of
 * it (typoEdits): trigrams miss short words and swapped letters ("watr" and "water" 0.38, "reprot" and
 * "report" 0.27), while unrelated words sharing a letter pair are near 0.2-0.3 ("novl" and "now").
 */
const TYPO_SIMILARITY = 0.4;
/** The trigram similarity below which a title word is not even compared by its edits. */
const CANDIDATE_SIMILARITY = 0.2;
/** At most this many title words stand for one searched word, the closest first. */
const ALTERNATIVES = 5;
/**
 * At most this many searched words of one request are compared with the caller's words (each is an
 * index lookup for each owner); later ones are searched as typed. A search has up to 16 words, a
 * filter up to 40 terms.
 */
const MAX_COMPARED_WORDS = 8;
/** Candidates read for one searched word, the closest by trigrams first. */
const CANDIDATES_READ = 30;

/**
 * Each searched word's candidates: the words of the caller's titles and of the owners of the lists
 * shared with them that start with it, or else share enough trigrams with it, the closest first;
 * each with the word as typed, lower case and accent-folded as the search document holds words.
 * Only an owner's words sharing a trigram with it are read (task_words' index of each word's
 * trigrams, migration 0051; a word starting with it shares its first). An owner's words outside a
 * shared list only widen the query: what it finds is still only what the caller may see.
 */
const CANDIDATES = `
  with owners as materialized (
    select $1::text as user_id
    union
    ${SHARED_LIST_OWNERS}
  )
  select s.n::int as n, s.typed, c.word, c.prefix, c.similarity
    from (select lower(doable_unaccent(r.raw)) as typed, r.n from unnest($2::text[]) with ordinality as r(raw, n)) s
    cross join lateral (
      select distinct w.word, starts_with(w.word, s.typed) as prefix, similarity(w.word, s.typed)::float8 as similarity
        from owners o join task_words w on w.user_id = o.user_id
        where show_trgm(w.word) && show_trgm(s.typed)
          and (starts_with(w.word, s.typed) or similarity(w.word, s.typed) >= ${CANDIDATE_SIMILARITY})
        order by prefix desc, similarity desc, w.word
        limit ${CANDIDATES_READ}
    ) c`;

/** How many edits a word of this length may be from a correction: one up to 4 letters, else two. */
const allowedEdits = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * The edits between two words (optimal string alignment: a letter added, dropped, changed, or two
 * neighbours swapped), or Infinity when it is over `most`. Words are short (a title word), so the
 * whole table is filled.
 */
function typoEdits(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return Number.POSITIVE_INFINITY;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  const d = rows[a.length]![b.length]!;
  return d > most ? Number.POSITIVE_INFINITY : d;
}

/** A search read as its owner's words: its full-text query, and whether any word was corrected. */
export interface TypoReading {
  /** to_tsquery's text: every searched word a prefix, or, when no title word starts with it, a group of it and its corrections. */
  query: string;
  corrected: boolean;
}

/**
 * Each search text read as the caller's words (one statement for them all): every searched word
 * that no title word of theirs starts with stands with its closest title words ("inoice" with
 * "invoice"), the word itself kept (it may be in a description). Texts without a searchable word
 * are left out.
 */
export async function typoReadings(
  db: Database,
  userId: string,
  texts: string[],
): Promise<Map<string, TypoReading>> {
  const readings = new Map<string, TypoReading>();
  const searched = [...new Set(texts)].map((text) => ({ text, words: searchWords(text) }));
  const all = searched.flatMap((s) => s.words);
  if (all.length === 0) return readings;
  // The title words follow their owners' writes: brought up to date first (tasks.derived.ts).
  await deriveBeforeSearch(db, userId);
  const rows = await rawQuery<{
    n: number;
    typed: string;
    word: string;
    prefix: boolean;
    similarity: number;
  }>(db, CANDIDATES, [userId, all.slice(0, MAX_COMPARED_WORDS)]);
  const byWord = new Map<number, typeof rows>();
  for (const row of rows) byWord.set(row.n, [...(byWord.get(row.n) ?? []), row]);
  let at = 0;
  for (const { text, words } of searched) {
    if (words.length === 0) continue;
    let corrected = false;
    const groups = words.map((raw) => {
      const found = byWord.get(++at) ?? [];
      // As the search document holds a word (lower case, accents folded), from the statement.
      const typed = found[0]?.typed ?? raw.toLowerCase();
      if (found.length === 0 || found.some((r) => r.prefix)) return [typed];
      const near = found
        .map((r) => ({ ...r, edits: typoEdits(r.typed, r.word, allowedEdits(r.typed)) }))
        .filter((r) => r.edits !== Number.POSITIVE_INFINITY || r.similarity >= TYPO_SIMILARITY)
        .sort((a, b) => a.edits - b.edits || b.similarity - a.similarity)
        .slice(0, ALTERNATIVES)
        .map((r) => r.word);
      if (near.length > 0) corrected = true;
      return [typed, ...near];
    });
    const query = groups
      .map((g) => (g.length === 1 ? prefixLexeme(g[0]!) : `(${g.map(prefixLexeme).join(' | ')})`))
      .join(' & ');
    readings.set(text, { query, corrected });
  }
  return readings;
}

/**
 * The full-text query a search that found nothing is tried again with, or undefined when no word
 * of it is near a word the caller has (it would find nothing again).
 */
export async function correctedQuery(
  db: Database,
  userId: string,
  text: string,
): Promise<string | undefined> {
  const reading = (await typoReadings(db, userId, [text])).get(text);
  return reading?.corrected ? reading.query : undefined;
}
