// One evaluation for any assistant: `npm run eval -- --base-url URL --model NAME [--key KEY]
// [--mode agent|plan|auto] [--stream auto|on|off] [--num-ctx N]`, or `--builtin`; `--set NAME`
// (repeatable; default: every held-out set) and `--limit N` (the first N lines of each set) for a
// quick run; `--misses` lists each miss. Each set runs on a fresh embedded database at its clock, its
// cases through the agent on the real tools (runEval, as the built-in's run), judged by the changes
// made to the user's tasks. Printed per language: correct, asked, did nothing and wrong changes, each
// with its Wilson 95% interval, and the model, its settings and the fixed prompt's size in tokens.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Agent } from '../../server/features/assistant/agent.js';
import {
  agentPromptTokens,
  type ModelSettings,
  modelAgent,
  resolveModel,
} from '../../server/features/assistant/model.js';
import { planPromptTokens } from '../../server/features/assistant/plan.js';
import { probeServer } from '../../server/features/assistant/probe.js';
import { offlineAgent } from '../engine/index.js';
import { carryOutPlan } from '../engine/plan.js';
import { openEvalDatabase } from './db-tools.js';
import { type Outcome, runEval } from './run.js';
import { listSets, loadSet, SETS_DIR, setFile } from './sets.js';

export interface TargetedOptions {
  /** The model, or undefined for the built-in assistant. */
  model: ModelSettings | undefined;
  /** Set files; every held-out set when none was named. */
  sets: string[];
  limit: number | undefined;
  misses: boolean;
}

const USAGE =
  'usage: npm run eval -- (--builtin | --base-url URL --model NAME [--key KEY] [--mode agent|plan|auto] ' +
  '[--stream auto|on|off] [--num-ctx N]) [--set NAME]... [--limit N] [--misses]';

/** The options of a targeted run; throws with the usage on anything unreadable. */
export function parseTargeted(args: string[]): TargetedOptions {
  const { values } = parseArgs({
    args,
    options: {
      'base-url': { type: 'string' },
      model: { type: 'string' },
      key: { type: 'string' },
      mode: { type: 'string' },
      stream: { type: 'string' },
      'num-ctx': { type: 'string' },
      'timeout-ms': { type: 'string' },
      builtin: { type: 'boolean' },
      set: { type: 'string', multiple: true },
      limit: { type: 'string' },
      misses: { type: 'boolean' },
    },
    strict: true,
  });
  const fail = (why: string): never => {
    throw new Error(`${why}\n${USAGE}`);
  };
  const positive = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    return Number.isSafeInteger(n) && n > 0 ? n : fail(`--${name} must be a positive whole number`);
  };
  const oneOf = <T extends string>(
    name: string,
    text: string | undefined,
    allowed: readonly T[],
  ): T | undefined =>
    text === undefined || (allowed as readonly string[]).includes(text)
      ? (text as T | undefined)
      : fail(`--${name} must be one of ${allowed.join(', ')}`);
  if (values.builtin && values['base-url']) fail('--builtin and --base-url exclude each other');
  let model: ModelSettings | undefined;
  if (!values.builtin) {
    const baseUrl = values['base-url'] ?? fail('give --base-url URL --model NAME, or --builtin');
    if (!/^https?:\/\//u.test(baseUrl)) fail('--base-url must be an http(s) URL');
    model = {
      baseUrl: baseUrl.replace(/\/+$/u, ''),
      name: values.model ?? fail('--model NAME is needed with --base-url'),
      apiKey: values.key,
      timeoutMs: positive('timeout-ms', values['timeout-ms']) ?? 120_000,
      mode: oneOf('mode', values.mode, ['agent', 'plan', 'auto'] as const) ?? 'auto',
      stream: oneOf('stream', values.stream, ['auto', 'on', 'off'] as const) ?? 'auto',
      numCtx: positive('num-ctx', values['num-ctx']),
    };
  }
  const sets = values.set?.length ? values.set.map((name) => setFile(name)) : listSets('held-out');
  return { model, sets, limit: positive('limit', values.limit), misses: values.misses === true };
}

/** The Wilson score interval of k successes in n at 95%, as fractions. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.959964;
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** "31 77.5% (62.3-88.0)": a count, its share and its 95% interval. */
export function shareText(k: number, n: number): string {
  const [lo, hi] = wilson(k, n);
  const pct = (x: number) => (100 * x).toFixed(1);
  return `${k} ${pct(k / Math.max(n, 1))}% (${pct(lo)}-${pct(hi)})`;
}

const LANG_ORDER = ['en', 'roman', 'ur'];

/** The table of a run: a line per language and one for all, counts with their 95% intervals. */
export function outcomeTable(outcomes: Record<string, Outcome>): string[] {
  const all: Outcome = { total: 0, correct: 0, wrong: 0, asked: 0, nothing: 0 };
  const rows = Object.entries(outcomes).sort(
    ([a], [b]) =>
      ((LANG_ORDER.indexOf(a) + 99) % 99) - ((LANG_ORDER.indexOf(b) + 99) % 99) || a.localeCompare(b),
  );
  for (const [, o] of rows) for (const k of Object.keys(all) as (keyof Outcome)[]) all[k] += o[k];
  const cell = (text: string) => text.padEnd(22);
  const line = (lang: string, o: Outcome) =>
    `  ${lang.padEnd(6)}${String(o.total).padStart(5)}  ${cell(shareText(o.correct, o.total))}${cell(shareText(o.asked, o.total))}${cell(shareText(o.nothing, o.total))}${shareText(o.wrong, o.total)}`;
  return [
    `  ${'lang'.padEnd(6)}${'cases'.padStart(5)}  ${cell('correct')}${cell('asked')}${cell('did nothing')}wrong changes`,
    ...rows.map(([lang, o]) => line(lang, o)),
    line('all', all),
    '  (a count, its share and its Wilson 95% interval; the rest of the misses made part of what was asked)',
  ];
}

/** Runs the chosen sets through one assistant and prints the table; the exit code. */
export async function runTargeted(
  args: string[],
  log: (line: string) => void = console.log,
): Promise<number> {
  let options: TargetedOptions;
  try {
    options = parseTargeted(args);
  } catch (err) {
    log(err instanceof Error ? err.message : String(err));
    return 2;
  }
  let agent: Agent = offlineAgent;
  if (options.model) {
    const settings = options.model;
    const { mode, traits } = await resolveModel(settings);
    const probed = await probeServer(settings).catch(() => null);
    agent = modelAgent(settings, carryOutPlan);
    const server = traits.ollama
      ? `Ollama ${probed?.version ?? ''}${probed?.parameterSize ? `, ${probed.parameterSize} parameters` : ''}`
      : 'not Ollama';
    const streamed = settings.stream === 'on' || (settings.stream !== 'off' && !traits.ollama);
    log(`Assistant: model ${settings.name} at ${settings.baseUrl} (${server})`);
    log(
      `Settings: mode ${mode}${settings.mode === 'auto' ? ' (auto)' : ''}, streamed ${streamed ? 'yes' : 'no'}` +
        `${settings.numCtx ? `, num_ctx ${settings.numCtx}` : ''}, key ${settings.apiKey ? 'given' : 'none'}, temperature 0`,
    );
    const tokens = mode === 'plan' ? planPromptTokens() : agentPromptTokens();
    log(
      `Prompt: ${tokens} tokens of system prompt and ${mode === 'plan' ? 'plan schema' : 'tools'} (estimate: characters / 4)`,
    );
  } else {
    log('Assistant: the built-in rules assistant (no model)');
  }
  const total: Record<string, Outcome> = {};
  const misses: string[] = [];
  const started = performance.now();
  for (const file of options.sets) {
    const set = loadSet(file);
    const cases = options.limit === undefined ? set.cases : set.cases.slice(0, options.limit);
    const name = path.relative(SETS_DIR, file).replace(/\.jsonl$/u, '');
    const db = await openEvalDatabase(set.clock.now);
    try {
      const report = await runEval(agent, db.tools, cases, set.clock);
      log(`  ${name}: ${report.passed}/${report.total} correct`);
      for (const [lang, o] of Object.entries(report.outcomes)) {
        const sum = total[lang] ?? { total: 0, correct: 0, wrong: 0, asked: 0, nothing: 0 };
        total[lang] = sum;
        for (const k of Object.keys(sum) as (keyof Outcome)[]) sum[k] += o[k];
      }
      for (const f of report.failures) {
        misses.push(`  miss [${name} ${f.utterance.lang}] ${JSON.stringify(f.utterance.text)}: ${f.reason}`);
        const before = [
          ...(f.utterance.before ?? []),
          ...(f.utterance.history ?? []).map((h) => h.content ?? ''),
        ];
        if (before.length > 0) misses.push(`    after: ${before.map((b) => JSON.stringify(b)).join(' | ')}`);
        misses.push(`    reply: ${f.response.split('\n').join(' | ')}`);
      }
    } finally {
      await db.close();
    }
  }
  log('');
  for (const line of outcomeTable(total)) log(line);
  log(`  ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (options.misses) for (const line of misses) log(line);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runTargeted(process.argv.slice(2));
  process.exit();
}
