// The assistant eval: every utterance in utterances.ts against an agent and a ToolRunner, scored
// per intent. `npm run eval` runs the built-in agent over the in-memory tools; runEval takes any
// Agent (a model) and any ToolRunner factory (the real tools over a database).
import { pathToFileURL } from 'node:url';
import type { Agent, HistoryMessage, ToolCallRecord, ToolRunner } from '../src/assistant/agent.js';
import { modelAgent } from '../src/assistant/model.js';
import { offlineAgent } from '../src/assistant/offline/index.js';
import { loadConfig } from '../src/config.js';
import { heldout } from './heldout.js';
import { heldout2 } from './heldout2.js';
import { heldout3 } from './heldout3.js';
import { heldout4 } from './heldout4.js';
import { heldout5 } from './heldout5.js';
import { heldout6 } from './heldout6.js';
import { heldout7 } from './heldout7.js';
import { memoryToolRunner, type ToolSetup } from './memory-tools.js';
import { type ExpectedCall, FIXTURES, type Utterance, utterances } from './utterances.js';

export const EVAL_NOW = new Date('2025-06-11T09:00:00.000Z'); // Wednesday, 14:00 in Karachi
export const EVAL_ZONE = 'Asia/Karachi';
const USER = 'eval-user';
const MUTATING = new Set([
  'add_task',
  'add_task_details',
  'complete_task',
  'delete_task',
  'update_task',
  'set_task_details',
  'reopen_task',
  'quick_add',
  'create_list',
  'move_task',
  'add_subtask',
  'skip_occurrence',
  'assign_task',
  'comment_on_task',
]);

export type MakeToolRunner = (setup: ToolSetup) => ToolRunner | Promise<ToolRunner>;

export interface Failure {
  utterance: Utterance;
  reason: string;
  response: string;
  calls: ToolCallRecord[];
}

export interface EvalReport {
  total: number;
  passed: number;
  accuracy: number;
  byIntent: Record<string, { total: number; passed: number }>;
  byLang: Record<string, number>;
  failures: Failure[];
  slowestMs: number;
  /** Per turn, tools included (the in-memory ones cost microseconds). */
  meanMs: number;
  p95Ms: number;
}

export const memoryTools: MakeToolRunner = (setup) => memoryToolRunner(setup).run;

export async function runEval(
  agent: Agent,
  makeToolRunner: MakeToolRunner = memoryTools,
  cases: Utterance[] = utterances,
): Promise<EvalReport> {
  const report: EvalReport = {
    total: 0,
    passed: 0,
    accuracy: 0,
    byIntent: {},
    byLang: {},
    failures: [],
    slowestMs: 0,
    meanMs: 0,
    p95Ms: 0,
  };
  const times: number[] = [];
  for (const u of cases) {
    const tasks = typeof u.fixture === 'string' ? FIXTURES[u.fixture] : u.fixture;
    const callTool = await makeToolRunner({ userId: USER, tasks, now: EVAL_NOW, timeZone: EVAL_ZONE });
    const history: HistoryMessage[] = [...(u.history ?? [])];
    let response = '';
    let calls: ToolCallRecord[] = [];
    let error: string | null = null;
    try {
      for (const message of [...(u.before ?? []), u.text]) {
        const started = performance.now();
        const out = await agent.run({
          userId: USER,
          message,
          history,
          now: EVAL_NOW,
          timeZone: EVAL_ZONE,
          callTool,
        });
        times.push(performance.now() - started);
        history.push(
          { role: 'user', content: message },
          { role: 'assistant', content: out.response, tool_calls: out.tool_calls },
        );
        response = out.response;
        calls = out.tool_calls;
      }
    } catch (err) {
      error = `threw ${err instanceof Error ? err.message : String(err)}`;
    }
    const reason = error ?? judge(u, response, calls);
    const bucket = report.byIntent[u.intent] ?? { total: 0, passed: 0 };
    report.byIntent[u.intent] = bucket;
    bucket.total += 1;
    report.total += 1;
    report.byLang[u.lang] = (report.byLang[u.lang] ?? 0) + 1;
    if (reason === null) {
      bucket.passed += 1;
      report.passed += 1;
    } else report.failures.push({ utterance: u, reason, response, calls });
  }
  report.accuracy = report.total === 0 ? 0 : report.passed / report.total;
  times.sort((a, b) => a - b);
  report.slowestMs = times.at(-1) ?? 0;
  report.meanMs = times.reduce((a, b) => a + b, 0) / Math.max(times.length, 1);
  report.p95Ms = times[Math.floor(times.length * 0.95)] ?? 0;
  return report;
}

const URDU = /[\u0600-\u06ff]/u;

/** Null when the outcome is right, else why not. */
export function judge(u: Utterance, response: string, calls: ToolCallRecord[]): string | null {
  const mutations = calls.filter((c) => MUTATING.has(c.name));
  const expected = u.expect.calls ?? [];
  if (mutations.length !== expected.length)
    return `expected ${expected.length} change(s) [${expected.map((c) => c.name).join(', ')}], got [${mutations.map((c) => c.name).join(', ')}]`;
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i]!;
    const got = mutations[i]!;
    if (got.name !== want.name) return `call ${i + 1}: expected ${want.name}, got ${got.name}`;
    const mismatch = argsMismatch(want, got);
    if (mismatch) return `call ${i + 1} ${got.name}: ${mismatch}`;
  }
  for (const read of u.expect.reads ?? []) {
    if (!calls.some((c) => c.name === read.name && argsMismatch(read, c) === null))
      return `expected a read ${read.name} ${JSON.stringify(read.args ?? {})}`;
  }
  if (u.expect.outcome === 'ask' && !/[?؟]/u.test(response)) return 'expected a question';
  if (u.expect.outcome === 'help' && calls.length > 0) return 'expected help without tool calls';
  const outsideQuotes = response.replace(/"[^"]*"/gu, '');
  if (u.lang === 'ur' && !URDU.test(outsideQuotes)) return 'expected an Urdu reply';
  if (u.lang !== 'ur' && URDU.test(outsideQuotes)) return 'expected a reply in Latin script';
  if (u.expect.reply && !new RegExp(u.expect.reply, 'iu').test(response))
    return `reply should match /${u.expect.reply}/`;
  return null;
}

const norm = (v: unknown): unknown =>
  typeof v === 'string' ? v.trim().toLowerCase() : Array.isArray(v) ? v.map(norm).sort() : v;

function argsMismatch(want: ExpectedCall, got: ToolCallRecord): string | null {
  for (const [key, value] of Object.entries(want.args ?? {})) {
    const actual = got.arguments[key];
    if (value === '*') {
      if (actual === undefined) return `${key} missing`;
      continue;
    }
    if (JSON.stringify(norm(actual)) !== JSON.stringify(norm(value)))
      return `${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`;
  }
  for (const key of want.absent ?? []) if (got.arguments[key] !== undefined) return `${key} should be absent`;
  return null;
}

export function printReport(report: EvalReport, name: string): void {
  const pct = (p: number, t: number) => `${((100 * p) / Math.max(t, 1)).toFixed(1)}%`;
  console.log(`Assistant eval: ${name}`);
  for (const [intent, { total, passed }] of Object.entries(report.byIntent).sort())
    console.log(
      `  ${intent.padEnd(10)} ${String(passed).padStart(3)}/${String(total).padEnd(3)} ${pct(passed, total)}`,
    );
  console.log(
    `  languages: ${Object.entries(report.byLang)
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')}`,
  );
  console.log(`  overall    ${report.passed}/${report.total} ${pct(report.passed, report.total)}`);
  console.log(
    `  time per turn: mean ${report.meanMs.toFixed(2)} ms, p95 ${report.p95Ms.toFixed(2)} ms, slowest ${report.slowestMs.toFixed(2)} ms (first turns include JIT warm-up)`,
  );
  for (const f of report.failures) {
    console.log(
      `\nFAIL [${f.utterance.intent}/${f.utterance.lang}] ${JSON.stringify(f.utterance.text)}: ${f.reason}`,
    );
    console.log(
      `  calls: ${f.calls.map((c) => `${c.name}(${JSON.stringify(c.arguments)})`).join(' ') || 'none'}`,
    );
    console.log(`  reply: ${f.response.split('\n').join(' | ')}`);
  }
}

const THRESHOLD = 0.95;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // The built-in assistant always; a model too when OPENAI_API_KEY / OPENAI_BASE_URL configure one
  // (same utterances, same in-memory tools; its score is reported, the 95% gate is the built-in's).
  const { model } = loadConfig();
  const report = await runEval(offlineAgent);
  printReport(report, offlineAgent.name);
  if (report.accuracy < THRESHOLD) {
    console.log(`\nBelow ${THRESHOLD * 100}%.`);
    process.exitCode = 1;
  }
  // The held-out set (eval/heldout.ts, written blind to the assistant): reported, never gating.
  console.log('');
  printReport(await runEval(offlineAgent, memoryTools, heldout), 'held-out');
  if (model) {
    const agent = modelAgent(model);
    printReport(await runEval(agent), agent.name);
  }
  // A second held-out set (eval/heldout2.ts, also written blind): reported, never gating.
  console.log('');
  printReport(await runEval(offlineAgent, memoryTools, heldout2), 'held-out 2');
  // A third held-out set (eval/heldout3.ts, also written blind): reported last, never gating.
  console.log('');
  printReport(await runEval(offlineAgent, memoryTools, heldout3), 'held-out 3');
  // A fourth (eval/heldout4.ts, written blind; 87.5% on its one blind run): reported, never gating.
  console.log('');
  printReport(await runEval(offlineAgent, memoryTools, heldout4), 'held-out 4');
  // A fifth (eval/heldout5.ts, written blind after the fixes for 4; 93.8% on its one blind run).
  console.log('');
  printReport(await runEval(offlineAgent, memoryTools, heldout5), 'held-out 5');
  // A sixth (eval/heldout6.ts, written blind after the fixes for 5; 77.5% on its one blind run).
  console.log('');
  printReport(await runEval(offlineAgent, memoryTools, heldout6), 'held-out 6');
  // A seventh (eval/heldout7.ts, written blind: lists, subtasks, views; 35.8% on its one blind run,
  // 100% after changes made with its misses in view).
  console.log('');
  printReport(await runEval(offlineAgent, memoryTools, heldout7), 'held-out 7');
}
