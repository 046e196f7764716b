// A Vitest reporter that times every suite's setup (its beforeAll and beforeEach hooks, per file
// and per describe) and prints the slowest at the end of the run, beside the usual reporter:
//   npx vitest run --reporter=default --reporter=./test/support/setup-times.ts
// SETUP_TIMES_FILE=path also writes every hook's time there (tab-separated). The times are taken
// in the main process as the workers report the hooks, so they are right to about a tenth of a
// second. A suite's setup must stay under 20 s on a quiet machine (docs/development.md).
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

type Hook = Parameters<NonNullable<Reporter['onHookStart']>>[0];

const SHOWN = 15;

export default class SetupTimes implements Reporter {
  private readonly starts = new Map<string, number>();
  private readonly times = new Map<string, number>();

  private key(hook: Hook) {
    return `${hook.name}\u0000${hook.entity.id}`;
  }

  onHookStart(hook: Hook) {
    if (hook.name === 'beforeAll' || hook.name === 'beforeEach')
      this.starts.set(this.key(hook), performance.now());
  }

  onHookEnd(hook: Hook) {
    const start = this.starts.get(this.key(hook));
    if (start === undefined) return;
    this.starts.delete(this.key(hook));
    const module: TestModule = hook.entity.type === 'module' ? hook.entity : hook.entity.module;
    const where =
      hook.entity.type === 'module' ? 'file' : hook.entity.type === 'suite' ? hook.entity.name : 'each test';
    const what = `${path.relative(process.cwd(), module.moduleId)}\t${hook.name}\t${where}`;
    const ms = performance.now() - start;
    // beforeAll: the longest of its runs; beforeEach: the sum over the file's tests.
    const before = this.times.get(what) ?? 0;
    this.times.set(what, hook.name === 'beforeEach' ? before + ms : Math.max(before, ms));
    if (process.env.SETUP_TIMES_FILE)
      appendFileSync(process.env.SETUP_TIMES_FILE, `${what}\t${Math.round(ms)}\n`);
  }

  onTestRunEnd() {
    const slowest = [...this.times].sort((a, b) => b[1] - a[1]).slice(0, SHOWN);
    if (slowest.length === 0) return;
    console.log('\nSlowest setups (s, file, hook, where):');
    for (const [what, ms] of slowest) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)}  ${what}`);
  }
}
