// The assistant eval: every utterance in utterances.ts against an agent and a ToolRunner, scored
// per intent. `npm run eval` runs the built-in agent over the in-memory tools; runEval takes any
// Agent (a model) and any ToolRunner factory (the real tools over a database).
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHECK_CONFIRM, DELETE_CONFIRM } from '#shared/answers.js';
import type {
  Agent,
  HistoryMessage,
  ToolCallRecord,
  ToolRunner,
} from '../../server/features/assistant/agent.js';
import { modelAgent } from '../../server/features/assistant/model.js';
import { loadConfig } from '../../server/platform/config.js';
import { offlineAgent } from '../engine/index.js';
import { openEvalDatabase } from './db-tools.js';
import { heldout } from './heldout.js';
import { heldout2 } from './heldout2.js';
import { heldout3 } from './heldout3.js';
import { heldout4 } from './heldout4.js';
import { heldout5 } from './heldout5.js';
import { heldout6 } from './heldout6.js';
import { heldout7 } from './heldout7.js';
import { heldout8 } from './heldout8.js';
import { heldout9 } from './heldout9.js';
import { HELDOUT10_NOW, HELDOUT10_ZONE, heldout10 } from './heldout10.js';
import { HELDOUT11_NOW, HELDOUT11_ZONE, heldout11 } from './heldout11.js';
import { HELDOUT12_NOW, HELDOUT12_ZONE, heldout12 } from './heldout12.js';
import { HELDOUT13_NOW, HELDOUT13_ZONE, heldout13 } from './heldout13.js';
import { HELDOUT14_NOW, HELDOUT14_ZONE, heldout14 } from './heldout14.js';
import { HELDOUT15_NOW, HELDOUT15_ZONE, heldout15 } from './heldout15.js';
import { HELDOUT16_NOW, HELDOUT16_ZONE, heldout16 } from './heldout16.js';
import { HELDOUT17_NOW, HELDOUT17_ZONE, heldout17 } from './heldout17.js';
import { HELDOUT18_NOW, HELDOUT18_ZONE, heldout18 } from './heldout18.js';
import { HELDOUT19_NOW, HELDOUT19_ZONE, heldout19 } from './heldout19.js';
import { HELDOUT20_NOW, HELDOUT20_ZONE, heldout20 } from './heldout20.js';
import { HELDOUT21_NOW, HELDOUT21_ZONE, heldout21 } from './heldout21.js';
import { HELDOUT22_NOW, HELDOUT22_ZONE, heldout22 } from './heldout22.js';
import { HELDOUT23_NOW, HELDOUT23_ZONE, heldout23 } from './heldout23.js';
import { HELDOUT24_NOW, HELDOUT24_ZONE, heldout24 } from './heldout24.js';
import { HELDOUT25_NOW, HELDOUT25_ZONE, heldout25 } from './heldout25.js';
import { HELDOUT26_NOW, HELDOUT26_ZONE, heldout26 } from './heldout26.js';
import { HELDOUT27_NOW, HELDOUT27_ZONE, heldout27 } from './heldout27.js';
import { HELDOUT28_NOW, HELDOUT28_ZONE, heldout28 } from './heldout28.js';
import { HELDOUT29_NOW, HELDOUT29_ZONE, heldout29 } from './heldout29.js';
import { HELDOUT30_NOW, HELDOUT30_ZONE, heldout30 } from './heldout30.js';
import { HELDOUT31_NOW, HELDOUT31_ZONE, heldout31 } from './heldout31.js';
import { type FixtureTask, memoryToolRunner, type ToolSetup } from './memory-tools.js';
import { PROBES17_NOW, PROBES17_ZONE, probes17 } from './probes17.js';
import { type ExpectedCall, FIXTURES, type Utterance, utterances } from './utterances.js';

export const EVAL_NOW = new Date('2025-06-11T09:00:00.000Z'); // Wednesday, 14:00 in Karachi
export const EVAL_ZONE = 'Asia/Karachi';
const USER = 'eval-user';
/** The tools that change something (the rest read). */
export const MUTATING = new Set([
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
  /** Per language: cases, correct, and failures that changed something wrongly (see wrongChange). */
  outcomes: Record<string, { total: number; correct: number; wrong: number }>;
  failures: Failure[];
  /** Cases answered with the check-first question (rules-assistant/engine/stages/checkfirst.ts). */
  checked: number;
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
  /** The moment and zone the cases are written for (a set may carry its own clock). */
  clock: { now: Date; timeZone: string } = { now: EVAL_NOW, timeZone: EVAL_ZONE },
): Promise<EvalReport> {
  const report: EvalReport = {
    total: 0,
    passed: 0,
    accuracy: 0,
    byIntent: {},
    byLang: {},
    outcomes: {},
    failures: [],
    checked: 0,
    slowestMs: 0,
    meanMs: 0,
    p95Ms: 0,
  };
  const times: number[] = [];
  for (const u of cases) {
    const tasks = typeof u.fixture === 'string' ? FIXTURES[u.fixture] : u.fixture;
    const callTool = await makeToolRunner({ userId: USER, tasks, now: clock.now, timeZone: clock.timeZone });
    const history: HistoryMessage[] = [...(u.history ?? [])];
    let response = '';
    let calls: ToolCallRecord[] = [];
    let error: string | null = null;
    try {
      const say = async (message: string) => {
        const started = performance.now();
        const out = await agent.run({
          userId: USER,
          message,
          history,
          now: clock.now,
          timeZone: clock.timeZone,
          callTool,
        });
        times.push(performance.now() - started);
        history.push(
          { role: 'user', content: message },
          { role: 'assistant', content: out.response, tool_calls: out.tool_calls, state: out.state },
        );
        return out;
      };
      // A deletion is asked about before it is made (rules-assistant/engine/stages/deletes.ts): the
      // person says yes where they asked for one (an earlier turn of the case, or the case itself
      // when it expects a deletion), and the case is judged on both turns' changes, in the order the
      // case gives them (the other change of "delete X and do Y" is made on the first turn). Nobody
      // says yes to a deletion the case does not ask for: there, the question changed nothing.
      for (const message of u.before ?? []) {
        const out = await say(message);
        if (asksToDelete(out.response)) await say(YES_SAID[u.lang] ?? 'yes');
      }
      const out = await say(u.text);
      response = out.response;
      calls = out.tool_calls;
      if (expectsDeletion(u) && asksToDelete(response)) {
        const yes = await say(YES_SAID[u.lang] ?? 'yes');
        response = yes.response;
        calls = inExpectedOrder(u, [...calls, ...yes.tool_calls]);
      }
    } catch (err) {
      error = `threw ${err instanceof Error ? err.message : String(err)}`;
    }
    const reason = error ?? judge(u, response, calls);
    if (Object.values(CHECK_CONFIRM).some((mark) => response.includes(mark))) report.checked += 1;
    const bucket = report.byIntent[u.intent] ?? { total: 0, passed: 0 };
    report.byIntent[u.intent] = bucket;
    bucket.total += 1;
    report.total += 1;
    report.byLang[u.lang] = (report.byLang[u.lang] ?? 0) + 1;
    const outcome = report.outcomes[u.lang] ?? { total: 0, correct: 0, wrong: 0 };
    report.outcomes[u.lang] = outcome;
    outcome.total += 1;
    if (reason === null) {
      bucket.passed += 1;
      report.passed += 1;
      outcome.correct += 1;
    } else {
      const wrong = wrongChange(u, calls);
      if (wrong) outcome.wrong += 1;
      report.failures.push({
        utterance: u,
        reason: wrong ? `WRONG CHANGE: ${reason}` : reason,
        response,
        calls,
      });
    }
  }
  report.accuracy = report.total === 0 ? 0 : report.passed / report.total;
  times.sort((a, b) => a - b);
  report.slowestMs = times.at(-1) ?? 0;
  report.meanMs = times.reduce((a, b) => a + b, 0) / Math.max(times.length, 1);
  report.p95Ms = times[Math.floor(times.length * 0.95)] ?? 0;
  return report;
}

const URDU = /[\u0600-\u06ff]/u;

const YES_SAID: Record<string, string> = { en: 'yes', roman: 'haan', ur: 'ہاں' };
const expectsDeletion = (u: Utterance): boolean =>
  (u.expect.calls ?? []).some((c) => c.name === 'delete_task');
/** The calls with the changes ordered as the case lists them (reads first); stable otherwise. */
function inExpectedOrder(u: Utterance, calls: ToolCallRecord[]): ToolCallRecord[] {
  const expected = u.expect.calls ?? [];
  const rank = (c: ToolCallRecord) => {
    const i = expected.findIndex(
      (want) => want.name === c.name && argsMismatch(want, c, taskOf(u, c)) === null,
    );
    return i >= 0 ? i : expected.length;
  };
  const reads = calls.filter((c) => !MUTATING.has(c.name));
  const changes = calls
    .filter((c) => MUTATING.has(c.name))
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
  return [...reads, ...changes];
}
const asksToDelete = (response: string): boolean =>
  Object.values(DELETE_CONFIRM).some((mark) => response.includes(mark));

/**
 * A failed case "changed something wrongly" when a change the tools accepted is not one the case
 * expects (by name and listed arguments): a task added, changed or deleted that should not have
 * been. Failures that only did less (nothing, asked, or part of several changes) are not wrong.
 * Refused calls (the tool answered an error) changed nothing and are not counted here.
 */
export function wrongChange(u: Utterance, calls: ToolCallRecord[]): boolean {
  const expected = u.expect.calls ?? [];
  return calls.some(
    (c) =>
      MUTATING.has(c.name) &&
      !refused(c) &&
      !expected.some((want) => want.name === c.name && argsMismatch(want, c, taskOf(u, c)) === null),
  );
}

const refused = (c: ToolCallRecord): boolean =>
  typeof c.result === 'object' && c.result !== null && 'error' in c.result;

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
    const mismatch = argsMismatch(want, got, taskOf(u, got));
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

/** An instant written with an offset ("...T10:00:00+05:00") is the same as the one written in UTC. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/u;
// Arrays compare as sets: their items (objects too, by their JSON) sorted.
const norm = (v: unknown): unknown =>
  typeof v === 'string'
    ? INSTANT.test(v.trim())
      ? new Date(v.trim()).toISOString()
      : v.trim().toLowerCase()
    : Array.isArray(v)
      ? v
          .map(norm)
          .map((x) => JSON.stringify(x))
          .sort()
          .map((x) => JSON.parse(x))
      : v;

function argsMismatch(want: ExpectedCall, got: ToolCallRecord, task?: FixtureTask): string | null {
  for (const [key, value] of Object.entries(want.args ?? {})) {
    const actual = got.arguments[key];
    if (value === '*') {
      if (actual === undefined) return `${key} missing`;
      continue;
    }
    if (JSON.stringify(norm(actual)) !== JSON.stringify(norm(value)))
      return `${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`;
  }
  for (const key of want.absent ?? []) {
    const actual = got.arguments[key];
    // A null for a field the task never had changes nothing: the task ends as the case expects.
    if (actual === null && task && (task as unknown as Record<string, unknown>)[key] == null) continue;
    if (actual !== undefined) return `${key} should be absent`;
  }
  return null;
}

/** The fixture task a call names, as the case started (for what a call leaves unchanged). */
function taskOf(u: Utterance, got: ToolCallRecord): FixtureTask | undefined {
  const tasks = typeof u.fixture === 'string' ? FIXTURES[u.fixture] : u.fixture;
  return tasks?.find((t) => t.id === got.arguments.task_id);
}

export function printReport(
  report: EvalReport,
  name: string,
  log: (line: string) => void = console.log,
): void {
  const pct = (p: number, t: number) => `${((100 * p) / Math.max(t, 1)).toFixed(1)}%`;
  log(`Assistant eval: ${name}`);
  for (const [intent, { total, passed }] of Object.entries(report.byIntent).sort())
    log(
      `  ${intent.padEnd(10)} ${String(passed).padStart(3)}/${String(total).padEnd(3)} ${pct(passed, total)}`,
    );
  log(
    `  languages: ${Object.entries(report.byLang)
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')}`,
  );
  log(`  overall    ${report.passed}/${report.total} ${pct(report.passed, report.total)}`);
  log(
    `  by language (correct, wrong changes): ${Object.entries(report.outcomes)
      .map(
        ([l, o]) =>
          `${l} ${o.correct}/${o.total} ${pct(o.correct, o.total)}, wrong ${o.wrong} ${pct(o.wrong, o.total)}`,
      )
      .join('; ')}`,
  );
  log(`  asked to check first (rules-assistant/engine/stages/checkfirst.ts): ${report.checked}`);
  log(
    `  time per turn: mean ${report.meanMs.toFixed(2)} ms, p95 ${report.p95Ms.toFixed(2)} ms, slowest ${report.slowestMs.toFixed(2)} ms (first turns include JIT warm-up)`,
  );
  for (const f of report.failures) {
    log(
      `\nmiss [${f.utterance.intent}/${f.utterance.lang}] ${JSON.stringify(f.utterance.text)}: ${f.reason}`,
    );
    log(`  calls: ${f.calls.map((c) => `${c.name}(${JSON.stringify(c.arguments)})`).join(' ') || 'none'}`);
    log(`  reply: ${f.response.split('\n').join(' | ')}`);
  }
}

const THRESHOLD = 0.95;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // The held-out sets, each written blind to the assistant and reported, never gating. Their first
  // (blind) runs: 1-6 scored 77-94%, 7 (lists, subtasks, views) 35.8%, 8 (issue 18's, statements
  // without command words) 40%, 9 (sealed until issue 18's redesign was merged) 63.6%, 10 65.0%, 11 51.7%, 12 72.7%, 13 57.9%, 14 67.5% (sealed until this round was merged), 15 70.6%, 16 76.4%, 17 56.3%, 18 65.3% (64.6% on the code before that session's round), 19 54.2% (51.6% on the code before that session's round), 20 60.6% (the same on the code before that session's round), 21 63.2% (61.3% on the code before that session's rounds), 22 62.6% on the code before round 23 (67.7% on round 23's code, its second run, still unread), 23 69.0% on the code at session 12's start (67.7% on round 24's code, its second run, still unread), 24 60.3% on the code at session 13's start, 25 63.3% on the code at session 13's end (61.3% on its start's assistant, a second run still unread), 26 62.1% on session 14's first guard (62.7% on its start's assistant, still unread), 27 64.7% on all of session 14's work before it (the same on its start's assistant, still unread), 28 59.1% on session 14's work through set 27's fixes (58.5% on its start's assistant, still unread), 29 44.5% with session 15's check first, 8 wrong changes (49.0% and 15 wrong without the check, the session's starting reading), 30 51.6% with the check, 8 wrong (59.4% and 10 wrong without it), 31 45.2% with the check, 7 wrong (49.0% and 15 wrong without it; session 16, on 94cda5e). Sets 1-8
  // were then worked on with their misses in view; none is blind any more: regression data.
  const heldouts: [string, Utterance[]][] = [
    ['held-out', heldout],
    ['held-out 2', heldout2],
    ['held-out 3', heldout3],
    ['held-out 4', heldout4],
    ['held-out 5', heldout5],
    ['held-out 6', heldout6],
    ['held-out 7', heldout7],
    ['held-out 8', heldout8],
    ['held-out 9', heldout9],
  ];
  // Sets 10 on have clocks of their own (set 10: Friday 2025-10-24 19:30 in Karachi; set 11:
  // Wednesday 2026-03-11 09:15 in Karachi; set 12: Sunday 2025-12-28 22:40 in London; set 13: Thursday 2026-09-03 19:50 in Dubai; set 14: Monday 2026-02-16 07:35 in Karachi; set 15: Thursday 2026-07-30 22:45 in Karachi; set 16: Sunday 2026-10-04 09:10 in Karachi; set 17: Wednesday 2026-12-16 13:20 in Karachi; set 18: Monday 2027-02-08 08:40 in Karachi; set 19: Tuesday 2027-11-16 16:25 in Karachi; set 20: Thursday 2028-08-24 10:20 in Karachi; set 21: Monday 2029-11-12 17:35 in Karachi; set 22: Sunday 2030-04-07 09:15 in Karachi; set 23: Thursday 2031-01-16 15:40 in Karachi; set 24: Tuesday 2032-06-15 08:20 in Karachi; set 25: Friday 2033-03-11 18:45 in Karachi; set 26: Saturday 2034-08-19 11:05 in Karachi; set 27: Wednesday 2035-12-05 20:10 in Karachi; set 28: Monday 2036-04-14 07:50 in Karachi; set 29: Friday 2027-01-15 18:40 in Karachi; set 30: Tuesday 2027-06-29 21:35 in Karachi; set 31: Saturday 2028-03-18 10:25 in Karachi): each runs on a database whose clock is that moment.
  const ownClocks: [string, Utterance[], { now: Date; timeZone: string }][] = [
    ['held-out 10', heldout10, { now: HELDOUT10_NOW, timeZone: HELDOUT10_ZONE }],
    ['held-out 11', heldout11, { now: HELDOUT11_NOW, timeZone: HELDOUT11_ZONE }],
    ['held-out 12', heldout12, { now: HELDOUT12_NOW, timeZone: HELDOUT12_ZONE }],
    ['held-out 13', heldout13, { now: HELDOUT13_NOW, timeZone: HELDOUT13_ZONE }],
    ['held-out 14', heldout14, { now: HELDOUT14_NOW, timeZone: HELDOUT14_ZONE }],
    ['held-out 15', heldout15, { now: HELDOUT15_NOW, timeZone: HELDOUT15_ZONE }],
    ['held-out 16', heldout16, { now: HELDOUT16_NOW, timeZone: HELDOUT16_ZONE }],
    ['held-out 17', heldout17, { now: HELDOUT17_NOW, timeZone: HELDOUT17_ZONE }],
    ['held-out 18', heldout18, { now: HELDOUT18_NOW, timeZone: HELDOUT18_ZONE }],
    ['held-out 19', heldout19, { now: HELDOUT19_NOW, timeZone: HELDOUT19_ZONE }],
    ['held-out 20', heldout20, { now: HELDOUT20_NOW, timeZone: HELDOUT20_ZONE }],
    ['held-out 21', heldout21, { now: HELDOUT21_NOW, timeZone: HELDOUT21_ZONE }],
    ['held-out 22', heldout22, { now: HELDOUT22_NOW, timeZone: HELDOUT22_ZONE }],
    ['held-out 23', heldout23, { now: HELDOUT23_NOW, timeZone: HELDOUT23_ZONE }],
    ['held-out 24', heldout24, { now: HELDOUT24_NOW, timeZone: HELDOUT24_ZONE }],
    ['held-out 25', heldout25, { now: HELDOUT25_NOW, timeZone: HELDOUT25_ZONE }],
    ['held-out 26', heldout26, { now: HELDOUT26_NOW, timeZone: HELDOUT26_ZONE }],
    ['held-out 27', heldout27, { now: HELDOUT27_NOW, timeZone: HELDOUT27_ZONE }],
    ['held-out 28', heldout28, { now: HELDOUT28_NOW, timeZone: HELDOUT28_ZONE }],
    ['held-out 29', heldout29, { now: HELDOUT29_NOW, timeZone: HELDOUT29_ZONE }],
    ['held-out 30', heldout30, { now: HELDOUT30_NOW, timeZone: HELDOUT30_ZONE }],
    ['held-out 31', heldout31, { now: HELDOUT31_NOW, timeZone: HELDOUT31_ZONE }],
    ["probes 17 (the developer's, not blind)", probes17, { now: PROBES17_NOW, timeZone: PROBES17_ZONE }],
  ];
  // Every held-out set as one job, on a database of its own at its clock. The jobs are shared with a
  // second process (`--half`, spawned here) so both cores work; the reports are printed in the sets'
  // order at the end.
  const jobs: [string, Utterance[], { now: Date; timeZone: string }][] = [
    ...heldouts.map(([name, cases]): [string, Utterance[], { now: Date; timeZone: string }] => [
      name,
      cases,
      { now: EVAL_NOW, timeZone: EVAL_ZONE },
    ]),
    ...ownClocks,
  ];
  const half = process.argv.includes('--half') ? 1 : 0;
  const runJob = async (i: number): Promise<string> => {
    const [name, cases, clock] = jobs[i]!;
    const db = process.env.EVAL_TOOLS === 'memory' ? null : await openEvalDatabase(clock.now);
    const lines: string[] = [''];
    printReport(await runEval(offlineAgent, db ? db.tools : memoryTools, cases, clock), name, (l) =>
      lines.push(l),
    );
    await db?.close();
    return lines.join('\n');
  };
  // The first process also runs the main set (about a third of all lines): it takes a third of the jobs.
  const mine = jobs.map((_, i) => i).filter((i) => (i % 3 === 0) === (half === 0));
  if (half === 1) {
    for (const i of mine) process.stdout.write(`${JSON.stringify({ i, text: await runJob(i) })}\n`);
  } else {
    const other = execFile(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--half'],
      {
        maxBuffer: 1 << 28,
        env: process.env,
      },
    );
    const theirs = new Promise<string>((resolve, reject) => {
      let out = '';
      other.stdout?.on('data', (chunk: string) => {
        out += chunk;
      });
      other.on('error', reject);
      other.on('exit', (code) =>
        code === 0 ? resolve(out) : reject(new Error(`the second eval process exited with ${code}`)),
      );
    });
    const texts = new Map<number, string>();
    // The main set (the gate) first, then this process's half of the held-out sets.
    // The built-in assistant on the real tools over a real database (embedded PGlite, every
    // migration, the database's clock set to EVAL_NOW: rules-assistant/eval/db-tools.ts); a model too when
    // OPENAI_API_KEY / OPENAI_BASE_URL configure one (its score is reported, the 95% gate is the
    // built-in's). EVAL_TOOLS=memory runs the in-memory stand-ins instead (rules-assistant/eval/memory-tools.ts).
    const { model } = loadConfig();
    const database = process.env.EVAL_TOOLS === 'memory' ? null : await openEvalDatabase(EVAL_NOW);
    const tools: MakeToolRunner = database ? database.tools : memoryTools;
    console.log(`Tools: ${database ? 'the real tools on embedded PGlite' : 'in-memory stand-ins'}\n`);
    const report = await runEval(offlineAgent, tools);
    printReport(report, offlineAgent.name);
    if (report.accuracy < THRESHOLD) {
      console.log(`\nBelow ${THRESHOLD * 100}%.`);
      process.exitCode = 1;
    }
    if (model) {
      const agent = modelAgent(model);
      console.log('');
      printReport(await runEval(agent, tools), agent.name);
    }
    await database?.close();
    for (const i of mine) texts.set(i, await runJob(i));
    for (const line of (await theirs).split('\n').filter(Boolean)) {
      const { i, text } = JSON.parse(line) as { i: number; text: string };
      texts.set(i, text);
    }
    for (let i = 0; i < jobs.length; i++) console.log(texts.get(i) ?? `\n${jobs[i]![0]}: not run`);
  }
}
