// The assistant eval: the phrase sets of rules-assistant/sets/ (read by ./sets.ts) against an agent
// and a ToolRunner, scored per intent. `npm run eval` runs the built-in agent over the real tools on
// embedded PGlite (./db-tools.ts), every set; `npm run eval:quick` a fixed sample (see runQuick);
// runEval takes any Agent (a model) and any ToolRunner factory.
import { execFile, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
import { carryOutPlan } from '../engine/plan.js';
import { openEvalDatabase } from './db-tools.js';
import {
  type ExpectedCall,
  type FixtureTask,
  listSets,
  loadSet,
  type PhraseSet,
  readHeader,
  SETS_DIR,
  type ToolSetup,
  type Utterance,
} from './sets.js';

/** The gating set: utterances of the builder's, with the rounds written for it as its parts. */
export const MAIN_SET = 'training/main.jsonl';
const mainClock = readHeader(MAIN_SET).clock;
/** The main set's clock: Wednesday 2025-06-11, 14:00 in Karachi. */
export const EVAL_NOW = new Date(mainClock.now);
export const EVAL_ZONE = mainClock.zone;
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

export interface Outcome {
  total: number;
  correct: number;
  wrong: number;
  asked: number;
  nothing: number;
}

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
  /**
   * Per language: cases, correct, failures that changed something wrongly (see wrongChange), and of
   * the failures that changed nothing, those that asked (a question) and those that did nothing.
   */
  outcomes: Record<string, Outcome>;
  failures: Failure[];
  /** Cases answered with the check-first question (rules-assistant/engine/stages/checkfirst.ts). */
  checked: number;
  slowestMs: number;
  /** Per turn, tools included. */
  meanMs: number;
  p95Ms: number;
}

export async function runEval(
  agent: Agent,
  makeToolRunner: MakeToolRunner,
  cases: Utterance[],
  /** The moment and zone the cases are written for (each set's header carries its clock). */
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
    const callTool = await makeToolRunner({
      userId: USER,
      tasks: u.fixture,
      now: clock.now,
      timeZone: clock.timeZone,
    });
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
    const outcome = report.outcomes[u.lang] ?? { total: 0, correct: 0, wrong: 0, asked: 0, nothing: 0 };
    report.outcomes[u.lang] = outcome;
    outcome.total += 1;
    if (reason === null) {
      bucket.passed += 1;
      report.passed += 1;
      outcome.correct += 1;
    } else {
      const wrong = wrongChange(u, calls);
      if (wrong) outcome.wrong += 1;
      else if (!calls.some((c) => MUTATING.has(c.name) && !refused(c))) {
        if (/[?؟]/u.test(response)) outcome.asked += 1;
        else outcome.nothing += 1;
      }
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
  return u.fixture.find((t) => t.id === got.arguments.task_id);
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

/** Whether the arguments ask for a targeted run (model-run.ts) rather than the full or quick run. */
function targetedRun(args: string[]): boolean {
  return args.some((a) =>
    ['--base-url', '--model', '--builtin', '--set', '--limit', '--mode'].includes(a.split('=')[0]!),
  );
}

/** A set to run: its file's place under rules-assistant/sets/ (its name in the report) and its cases. */
interface Job {
  name: string;
  set: PhraseSet;
}

/**
 * Every set that runs on its own, the main set first, then the rest in the order they were written
 * (their headers' `id`: heldout1, heldout2, ..., heldout42, probes17; both folders).
 */
export function allSets(): Job[] {
  const files = [...listSets('training'), ...listSets('held-out')];
  const name = (file: string) => path.relative(SETS_DIR, file).replace(/\.jsonl$/u, '');
  const main = path.join(SETS_DIR, MAIN_SET);
  const order = (file: string) => {
    const header = readHeader(file);
    return header.id ?? header.set;
  };
  const rest = files
    .filter((f) => f !== main)
    .sort((a, b) => order(a).localeCompare(order(b), 'en', { numeric: true }));
  return [main, ...rest].map((file) => ({ name: name(file), set: loadSet(file) }));
}

/**
 * The quick regression run (`npm run eval:quick`, CI): every QUICK_EVERY-th case of all the sets in
 * allSets()'s order, a fixed choice whatever passes, on the real tools over one database whose clock
 * moves to each set's. The rules are deterministic, so its correct count is exact: it must equal
 * quick.json's (`--record` writes it after a deliberate change).
 */
const QUICK_EVERY = 16;
const QUICK_FILE = fileURLToPath(new URL('./quick.json', import.meta.url));

/**
 * This file run again with `flag` in a second process (so both cores work); answers what it printed.
 * Started at once: the caller does its own share meanwhile, then awaits this.
 */
function inSecondProcess(flag: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), flag],
      { maxBuffer: 1 << 28, env: process.env },
      (error, stdout) =>
        error
          ? reject(new Error(`the second eval process (${flag}) failed: ${error.message}`))
          : resolve(stdout),
    );
  });
}

/** One set's share of the quick run, as a process of it reports it. */
interface QuickPart {
  i: number;
  lines: string[];
  byLang: Record<string, { total: number; correct: number; wrong: number }>;
}

/** The quick run's cases: every QUICK_EVERY-th of all the sets, in allSets()'s order. */
function quickPicks() {
  let at = 0;
  return allSets().map(({ name, set }) => ({
    name,
    clock: set.clock,
    cases: set.cases.filter(() => at++ % QUICK_EVERY === 0),
  }));
}

/**
 * The quick run's sets of one process (`part` 0 or 1 of two: every other set), each on one database
 * of the process whose clock moves to the set's. Each case starts from its own fixture
 * (db-tools.ts), so how the sets are shared out changes no answer.
 */
async function quickPart(part: number): Promise<QuickPart[]> {
  const picked = quickPicks();
  const db = await openEvalDatabase(EVAL_NOW);
  const parts: QuickPart[] = [];
  for (const [i, { name, clock, cases }] of picked.entries()) {
    if (i % 2 !== part || cases.length === 0) continue;
    await db.setClock(clock.now);
    const report = await runEval(offlineAgent, db.tools, cases, clock);
    const lines = [`  ${name.padEnd(22)} ${report.passed}/${report.total}`];
    const byLang: QuickPart['byLang'] = {};
    for (const [lang, o] of Object.entries(report.outcomes))
      byLang[lang] = { total: o.total, correct: o.correct, wrong: o.wrong };
    for (const f of report.failures)
      lines.push(`    miss [${f.utterance.lang}] ${JSON.stringify(f.utterance.text)}: ${f.reason}`);
    parts.push({ i, lines, byLang });
  }
  await db.close();
  return parts;
}

/** The quick run: half the sets here, half in a second process (`--quick-part`), so both cores work. */
async function runQuick(record: boolean): Promise<void> {
  const started = performance.now();
  const other = inSecondProcess('--quick-part');
  const mine = await quickPart(0);
  const parts = [...mine, ...(JSON.parse(await other) as QuickPart[])].sort((a, b) => a.i - b.i);
  const total = { cases: 0, correct: 0, wrong: 0 };
  const byLang: QuickPart['byLang'] = {};
  for (const part of parts) {
    for (const [lang, o] of Object.entries(part.byLang)) {
      const sum = byLang[lang] ?? { total: 0, correct: 0, wrong: 0 };
      byLang[lang] = sum;
      sum.total += o.total;
      sum.correct += o.correct;
      sum.wrong += o.wrong;
      total.cases += o.total;
      total.correct += o.correct;
      total.wrong += o.wrong;
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Assistant eval, quick: every ${QUICK_EVERY}th case of every set, the real tools on embedded PGlite`,
  );
  for (const part of parts) for (const line of part.lines) console.log(line);
  console.log(
    `  by language: ${Object.entries(byLang)
      .sort()
      .map(([l, o]) => `${l} ${o.correct}/${o.total}, wrong ${o.wrong}`)
      .join('; ')}`,
  );
  console.log(`  overall ${total.correct}/${total.cases}, wrong changes ${total.wrong}; ${seconds} s`);
  const recorded = { every: QUICK_EVERY, cases: total.cases, correct: total.correct, wrong: total.wrong };
  if (record) {
    writeFileSync(QUICK_FILE, `${JSON.stringify(recorded, null, 2)}\n`);
    console.log(`Recorded in ${path.relative(process.cwd(), QUICK_FILE)}.`);
    return;
  }
  const want = JSON.parse(readFileSync(QUICK_FILE, 'utf8')) as typeof recorded;
  if (JSON.stringify(want) !== JSON.stringify(recorded)) {
    console.log(
      `\nExpected ${JSON.stringify(want)} (quick.json), got ${JSON.stringify(recorded)}. The rules are deterministic: a change of score is a change of behaviour (after a deliberate one, record it: npm run eval:quick -- --record).`,
    );
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // Every set of rules-assistant/sets/ (both folders; each header says who wrote it, whether blind,
  // its first run and what trains on it). The main set gates at 95%; the others are reported, each
  // on a database of its own at its clock. The jobs are shared with a second process (`--half`,
  // spawned here) so both cores work; the reports are printed in the sets' order at the end.
  const started = performance.now();
  if (targetedRun(process.argv.slice(2))) {
    // A run of chosen sets for any assistant (a model too): model-run.ts, in a process of its own.
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(new URL('./model-run.ts', import.meta.url)),
        ...process.argv.slice(2),
      ],
      { stdio: 'inherit', env: process.env },
    );
    process.exitCode = await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
    process.exit();
  }
  if (process.argv.includes('--quick-part')) {
    process.stdout.write(JSON.stringify(await quickPart(1)));
    process.exit();
  }
  if (process.argv.includes('--quick')) {
    await runQuick(process.argv.includes('--record'));
    process.exit();
  }
  const [main, ...jobs] = allSets();
  const half = process.argv.includes('--half') ? 1 : 0;
  const runJob = async (i: number): Promise<string> => {
    const { name, set } = jobs[i]!;
    const db = await openEvalDatabase(set.clock.now);
    const lines: string[] = [''];
    printReport(await runEval(offlineAgent, db.tools, set.cases, set.clock), name, (l) => lines.push(l));
    await db.close();
    return lines.join('\n');
  };
  // The first process also runs the main set (about a fifth of all lines): it takes a third of the jobs.
  const mine = jobs.map((_, i) => i).filter((i) => (i % 3 === 0) === (half === 0));
  if (half === 1) {
    for (const i of mine) process.stdout.write(`${JSON.stringify({ i, text: await runJob(i) })}\n`);
  } else {
    const theirs = inSecondProcess('--half');
    const texts = new Map<number, string>();
    // The main set (the gate) first, then this process's share of the other sets. The built-in
    // assistant on the real tools over a real database (embedded PGlite, every migration, the
    // database's clock set to the set's: rules-assistant/eval/db-tools.ts); a model too when
    // OPENAI_API_KEY / OPENAI_BASE_URL configure one (its score is reported, the 95% gate is the
    // built-in's).
    const { model } = loadConfig();
    const database = await openEvalDatabase(main!.set.clock.now);
    console.log('Tools: the real tools on embedded PGlite\n');
    const report = await runEval(offlineAgent, database.tools, main!.set.cases, main!.set.clock);
    printReport(report, `${main!.name} (${offlineAgent.name})`);
    if (report.accuracy < THRESHOLD) {
      console.log(`\nBelow ${THRESHOLD * 100}%.`);
      process.exitCode = 1;
    }
    if (model) {
      const agent = modelAgent(model, carryOutPlan);
      console.log('');
      printReport(await runEval(agent, database.tools, main!.set.cases, main!.set.clock), agent.name);
    }
    await database.close();
    for (const i of mine) texts.set(i, await runJob(i));
    for (const line of (await theirs).split('\n').filter(Boolean)) {
      const { i, text } = JSON.parse(line) as { i: number; text: string };
      texts.set(i, text);
    }
    for (let i = 0; i < jobs.length; i++) console.log(texts.get(i) ?? `\n${jobs[i]!.name}: not run`);
    console.log(`\nEval took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
}
