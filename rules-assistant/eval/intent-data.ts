// Builds the intent classifier's labelled examples (rules-assistant/engine/lang/intents.json) from
// the eval sets: `npx tsx rules-assistant/eval/intent-data.ts`. A case's label is what the person wanted, read from
// what the judge expects: its first change (add, complete, ...), else a read (query), else help
// (chat). A question the assistant should ask back keeps the case's own intent when that names an
// action (an ambiguous "delete the meeting" still wants a deletion); negations, refusals and
// follow-up turns (with `before` or history) are left out: their meaning is not in their words.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { INTENT_OF_CALL } from '../engine/stages/intent.js';
import { heldout } from './heldout.js';
import { heldout2 } from './heldout2.js';
import { heldout3 } from './heldout3.js';
import { heldout4 } from './heldout4.js';
import { heldout5 } from './heldout5.js';
import { heldout6 } from './heldout6.js';
import { heldout7 } from './heldout7.js';
import { heldout8 } from './heldout8.js';
import type { Utterance } from './utterances.js';
import { utterances } from './utterances.js';

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

export const SETS: Record<string, Utterance[]> = {
  main: utterances,
  heldout,
  heldout2,
  heldout3,
  heldout4,
  heldout5,
  heldout6,
  heldout7,
  heldout8,
};

export function labelled(sets: Record<string, Utterance[]> = SETS): Labelled[] {
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
