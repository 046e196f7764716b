// Builds the intent classifier's labelled examples (rules-assistant/engine/lang/intents.json) from
// the training sets whose header names `intents`: `npx tsx rules-assistant/eval/intent-data.ts`. A case's label is what the person wanted, read from
// what the judge expects: its first change (add, complete, ...), else a read (query), else help
// (chat). A question the assistant should ask back keeps the case's own intent when that names an
// action (an ambiguous "delete the meeting" still wants a deletion); negations, refusals and
// follow-up turns (with `before` or history) are left out: their meaning is not in their words.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { INTENT_OF_CALL } from '../engine/stages/intent.js';
import { listSets, loadSet, readHeader, type Utterance } from './sets.js';

export interface Labelled {
  text: string;
  lang: Utterance['lang'];
  intent: string;
  set: string;
}

const ACTIONS = new Set(['add', 'complete', 'delete', 'update', 'reopen']);

export function labelOf(u: Utterance): string | null {
  if (u.before || u.history) return null;
  const first = u.expect.calls?.[0];
  if (first) return INTENT_OF_CALL[first.name] ?? null;
  if (u.expect.outcome === 'help') return 'chat';
  if (u.expect.outcome === 'ask') return ACTIONS.has(u.intent) ? u.intent : null;
  if (u.expect.reads?.length || /^(?:list|search|view|list-read|lists|query)$/u.test(u.intent))
    return 'query';
  return null;
}

/**
 * The sets the intent examples are drawn from: those whose header says `intents` trains on them (the
 * main set with its parts, the blind sets heldout1-8), the main set first, then in the order written.
 */
export function intentSets(): Record<string, Utterance[]> {
  const files = listSets('training').filter((f) => readHeader(f).trained_on_by.includes('intents'));
  files.sort((a, b) => Number(path.basename(b) === 'main.jsonl') - Number(path.basename(a) === 'main.jsonl'));
  return Object.fromEntries(
    files.map((f) => {
      const { header, cases } = loadSet(f);
      return [header.set, cases];
    }),
  );
}

export function labelled(sets: Record<string, Utterance[]> = intentSets()): Labelled[] {
  const out: Labelled[] = [];
  const seen = new Set<string>();
  for (const [set, cases] of Object.entries(sets))
    for (const u of cases) {
      const intent = labelOf(u);
      const key = u.text.trim().toLowerCase();
      if (!intent || seen.has(key)) continue;
      seen.add(key);
      out.push({ text: u.text, lang: u.lang, intent, set });
    }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = labelled();
  const file = new URL('../engine/lang/intents.json', import.meta.url);
  writeFileSync(
    file,
    `[\n${rows.map((r) => JSON.stringify({ text: r.text, lang: r.lang, intent: r.intent })).join(',\n')}\n]\n`,
  );
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.intent] = (counts[r.intent] ?? 0) + 1;
  console.log(`${rows.length} labelled examples`, counts);
}
