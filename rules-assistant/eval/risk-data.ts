// Builds rules-assistant/eval/risk-data.json, the training data of the risk model (rules-assistant/eval/risk-train.ts): the BLIND
// first runs of held-out sets 10 and 13 on (sets 11 and 12 were sealed after they had been read),
// each on the commit that sealed it, so on an assistant that had never seen its lines, plus the main
// set on the current commit (training only: it was tuned to). Every run uses the real tools and
// this commit's rules-assistant/eval/ (judge, sets); a commit from before deletions were asked about gets a judge
// without that question.
//
//   npx tsx rules-assistant/eval/risk-data.ts              all of it (a git worktree per sealing commit, under
//                                          $TMPDIR/doable-risk, node_modules linked; a few minutes)
//   npx tsx rules-assistant/eval/risk-data.ts --run 0,15   inside a checkout: run those sets (0: the main set) and
//                                          print their rows as JSON lines (used by the above)
//
// A row: the set, the language, the line, the tasks it was said to (id and title), each change the
// tools accepted (name, task_id, title) with whether the case expected it, and the outcome.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const BLIND_SETS = [10, ...Array.from({ length: 18 }, (_, i) => 13 + i)]; // 10, 13-30

interface Call {
  name: string;
  arguments: Record<string, unknown>;
  result: unknown;
}

/** Runs sets in the checkout at the working directory and prints one JSON line per case. */
async function runHere(sets: number[]): Promise<void> {
  const root = process.cwd();
  const load = (p: string) => import(pathToFileURL(path.join(root, p)).href);
  const run = await load('rules-assistant/eval/run.ts');
  // The readers' own plan: a commit with the check first (session 15 on) is run without it.
  const { offlineAgent, uncheckedAgent } = await load('rules-assistant/engine/index.ts');
  const agent = uncheckedAgent ?? offlineAgent;
  const { openEvalDatabase } = await load('rules-assistant/eval/db-tools.ts');
  const { utterances, FIXTURES } = await load('rules-assistant/eval/utterances.ts');
  for (const set of sets) {
    let cases = utterances;
    let clock = { now: run.EVAL_NOW, timeZone: run.EVAL_ZONE };
    if (set !== 0) {
      const mod = await load(`rules-assistant/eval/heldout${set}.ts`);
      cases = mod[`heldout${set}`];
      if (mod[`HELDOUT${set}_NOW`])
        clock = { now: mod[`HELDOUT${set}_NOW`], timeZone: mod[`HELDOUT${set}_ZONE`] };
    }
    const db = await openEvalDatabase(clock.now);
    const said = new Map<string, { tool_calls: Call[] }>();
    const recording = {
      name: 'recording',
      async run(input: { message: string }) {
        const out = await agent.run(input);
        said.set(input.message, out);
        return out;
      },
    };
    for (const u of cases) {
      said.clear();
      const report = await run.runEval(recording, db.tools, [u], clock);
      const failure = report.failures[0];
      const calls: Call[] = failure ? failure.calls : (said.get(u.text)?.tool_calls ?? []);
      const tasks = typeof u.fixture === 'string' ? FIXTURES[u.fixture] : u.fixture;
      const refused = (c: Call) => typeof c.result === 'object' && c.result !== null && 'error' in c.result;
      const changes = calls
        .filter((c) => run.MUTATING.has(c.name) && !refused(c))
        .map((c) => ({
          name: c.name,
          args: Object.fromEntries(
            Object.entries(c.arguments).filter(([k]) => k === 'task_id' || k === 'title'),
          ),
          wrong: run.wrongChange(u, [c]),
        }));
      const row = {
        set,
        lang: u.lang,
        text: u.text,
        tasks:
          changes.length > 0
            ? (tasks ?? []).map((t: { id: number; title: string }) => ({ id: t.id, title: t.title }))
            : [],
        changes,
        pass: !failure,
        wrong: failure ? failure.reason.startsWith('WRONG') : false,
        ask: u.expect.outcome === 'ask',
      };
      process.stdout.write(`${JSON.stringify(row)}\n`);
    }
    await db.close();
  }
}

/** The commit that added a set's file: the assistant at that commit had never seen the set. */
const sealedAt = (set: number): string =>
  execFileSync(
    'git',
    ['log', '--diff-filter=A', '--format=%h', '--', `rules-assistant/eval/heldout${set}.ts`],
    { cwd: repo },
  )
    .toString()
    .trim()
    .split('\n')
    .at(-1)!;

function runAll(): void {
  const base = path.join(os.tmpdir(), 'doable-risk');
  const rows: string[] = [];
  const inCheckout = (dir: string, sets: number[]) =>
    execFileSync(
      'npx',
      ['tsx', path.join(dir, 'rules-assistant/eval/risk-data.ts'), '--run', sets.join(',')],
      {
        cwd: dir,
        maxBuffer: 1 << 28,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
      .toString()
      .split('\n')
      .filter(Boolean);
  for (const set of BLIND_SETS) {
    const commit = sealedAt(set);
    const dir = path.join(base, commit);
    if (!existsSync(dir)) {
      execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: repo, stdio: 'ignore' });
      symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
    }
    rmSync(path.join(dir, 'eval'), { recursive: true, force: true });
    cpSync(here, path.join(dir, 'eval'), { recursive: true });
    // The judge imports a stage's words (a question's ending) that an older commit may not have yet.
    const runTs = path.join(dir, 'rules-assistant/eval/run.ts');
    const judge = readFileSync(runTs, 'utf8').replace(
      /^import \{ (\w+) \} from '\.\.\/src\/assistant\/offline\/stages\/([\w-]+)\.js';$/gmu,
      (line, name: string, stage: string) =>
        existsSync(path.join(dir, `rules-assistant/engine/stages/${stage}.ts`))
          ? line
          : `const ${name}: Record<string, string> = {};`,
    );
    writeFileSync(runTs, judge);
    const got = inCheckout(dir, [set]);
    console.error(`set ${set} on ${commit}: ${got.length} cases`);
    rows.push(...got);
  }
  rows.unshift(...inCheckout(repo, [0]));
  writeFileSync(path.join(here, 'risk-data.json'), `[\n${rows.join(',\n')}\n]\n`);
  console.error(
    `Wrote rules-assistant/eval/risk-data.json (${rows.length} rows). Worktrees left in ${base}: git worktree prune after removing it.`,
  );
}

const at = process.argv.indexOf('--run');
if (at >= 0) await runHere(process.argv[at + 1]!.split(',').map(Number));
else runAll();
