// The statistical intent step: a multinomial naive Bayes model over word unigrams and bigrams and
// character n-grams (which carry Urdu spellings and typos), learned from labelled requests
// (lang/intents.json, built from the eval sets by rules-assistant/eval/intent-data.ts, and lang/intents.extra.json,
// written by hand). Deterministic, trained once on first use in a few milliseconds. The rules
// decide first; this decides only what they cannot (a statement with no command word).
import extra from '../lang/intents.extra.json' with { type: 'json' };
import examples from '../lang/intents.json' with { type: 'json' };

export interface Example {
  text: string;
  intent: string;
}

export interface IntentGuess {
  intent: string;
  /** The posterior probability of the winner, 0-1. */
  confidence: number;
  /** The winner's lead over the runner-up in log-probability. */
  margin: number;
  /** Every intent's posterior probability, 0-1. */
  probability: Record<string, number>;
}

const ALPHA = 0.3;
const CHAR_N = [2, 3, 4];

/** One spelling per letter: Arabic-script variants folded, Latin lower-cased, marks dropped. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064b-\u065f\u0670]/gu, '')
    .replace(/[يى]/gu, 'ی')
    .replace(/ك/gu, 'ک')
    .replace(/[ةه]/gu, 'ہ')
    .replace(/[^\p{L}\p{N}#!\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function features(text: string): string[] {
  const ws = foldText(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.replace(/\d+/gu, '0');
    out.push(`w:${w}`);
    if (i + 1 < ws.length) out.push(`b:${w} ${ws[i + 1]!.replace(/\d+/gu, '0')}`);
    const padded = `<${w}>`;
    for (const n of CHAR_N)
      for (let j = 0; j + n <= padded.length; j++) out.push(`c${n}:${padded.slice(j, j + n)}`);
  }
  if (ws.length > 0) out.push(`first:${ws[0]}`, `last:${ws.at(-1)}`);
  return out;
}

export interface IntentModel {
  classify(text: string): IntentGuess;
  intents: string[];
}

export function trainIntentModel(data: readonly Example[]): IntentModel {
  const docs = new Map<string, number>();
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const { text, intent } of data) {
    docs.set(intent, (docs.get(intent) ?? 0) + 1);
    const bag = counts.get(intent) ?? new Map<string, number>();
    counts.set(intent, bag);
    for (const f of features(text)) {
      bag.set(f, (bag.get(f) ?? 0) + 1);
      totals.set(intent, (totals.get(intent) ?? 0) + 1);
      vocabulary.add(f);
    }
  }
  const intents = [...docs.keys()].sort();
  const v = vocabulary.size;
  const classify = (text: string): IntentGuess => {
    const fs = features(text).filter((f) => vocabulary.has(f));
    const scores = intents.map((intent) => {
      const bag = counts.get(intent)!;
      const denominator = Math.log((totals.get(intent) ?? 0) + ALPHA * v);
      let score = Math.log(docs.get(intent)! / data.length);
      for (const f of fs) score += Math.log((bag.get(f) ?? 0) + ALPHA) - denominator;
      return { intent, score };
    });
    scores.sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
    const best = scores[0]!;
    const sum = scores.reduce((s, x) => s + Math.exp(x.score - best.score), 0);
    const probability: Record<string, number> = {};
    for (const x of scores) probability[x.intent] = Math.exp(x.score - best.score) / sum;
    return {
      intent: best.intent,
      confidence: 1 / sum,
      margin: best.score - (scores[1]?.score ?? Number.NEGATIVE_INFINITY),
      probability,
    };
  };
  return { classify, intents };
}

export const TRAINING: readonly Example[] = [...examples, ...extra];

/** The intent each tool's change carries out (the labels of the examples, rules-assistant/eval/intent-data.ts). */
export const INTENT_OF_CALL: Readonly<Record<string, string>> = {
  add_task: 'add',
  add_task_details: 'add',
  quick_add: 'add',
  complete_task: 'complete',
  delete_task: 'delete',
  update_task: 'update',
  set_task_details: 'update',
  reopen_task: 'reopen',
  skip_occurrence: 'update',
  move_task: 'move',
  add_subtask: 'subtask',
  create_list: 'list',
  assign_task: 'share',
  comment_on_task: 'share',
};

let model: IntentModel | null = null;

/** What the person most likely wants, by the model trained on every labelled example. */
export function guessIntent(text: string): IntentGuess {
  model ??= trainIntentModel(TRAINING);
  return model.classify(text);
}
