// Builds rules-assistant/eval/risk-data.json, the training data of the risk model (rules-assistant/eval/risk-train.ts): the BLIND
// first runs of the held-out sets whose header names `risk` (10 and 13-30; sets 11 and 12 were
// committed after they had been read, 9 and 31 are kept out),
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
import { listSets, readHeader, setFile } from './sets.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
/** The held-out sets the risk model trains on (their headers say `risk`): 10 and 13-30. */
const BLIND_SETS = listSets('training')
  .map((f) => readHeader(f))
  .filter((h) => h.trained_on_by.includes('risk') && /^heldout\d+$/u.test(h.id ?? ''))
  .map((h) => Number(h.id!.slice('heldout'.length)));

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
  // The readers' own plan: a commit that has the check first is run without it.
  const { offlineAgent, uncheckedAgent } = await load('rules-assistant/engine/index.ts');
  const agent = uncheckedAgent ?? offlineAgent;
  const { openEvalDatabase } = await load('rules-assistant/eval/db-tools.ts');
  // The sets as this checkout's loader reads them (runAll copies eval/ and sets/ into the checkout).
  const { loadSet } = await load('rules-assistant/eval/sets.ts');
  for (const set of sets) {
    const { cases, clock } = loadSet(set === 0 ? 'training/main.jsonl' : setFile(`heldout${set}`));
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
      const tasks = u.fixture;
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

/** The commit that added a set (its header's added_in): the assistant at that commit had never seen it. */
const sealedAt = (set: number): string => {
  const commit = readHeader(setFile(`heldout${set}`)).added_in;
  if (!commit) throw new Error(`heldout${set}: no added_in in its header`);
  return commit;
};

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
    // This commit's eval and sets. NOTE: older commits may keep the assistant at
    // src/assistant/offline/ and the eval at eval/: run.ts's imports need mapping there first.
    for (const [from, to] of [
      [here, 'rules-assistant/eval'],
      [path.join(here, '../sets'), 'rules-assistant/sets'],
    ] as const) {
      rmSync(path.join(dir, to), { recursive: true, force: true });
      cpSync(from, path.join(dir, to), { recursive: true });
    }
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
