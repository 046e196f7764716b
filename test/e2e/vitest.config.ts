// The browser suite (`npm run test:e2e`): the real server (`npm start`'s build) on a fresh data
// directory (and with TEST_DATABASE_URL set, a fresh database on that Postgres server), driven
// through Debian's chromium by playwright-core. Not part of `npm test`.

import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files whose time is mostly a wait on the clock start first, so the wait runs beside the other
 * files instead of after them: the reminder test waits for its minute (up to 85 s), and by file
 * size (Vitest's order without a results cache, as in CI) it started 14th of 19 and ended the run.
 */
const WAITING_FIRST = ['repeats-and-reminders.e2e.ts'];

class WaitingFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const waits = (f: TestSpecification) => WAITING_FIRST.some((name) => f.moduleId.endsWith(`/${name}`));
    return [...sorted.filter(waits), ...sorted.filter((f) => !waits(f))];
  }
}

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    globalSetup: ['./global-setup.ts'],
    pool: 'forks',
    // Three files at once on two cores: each starts its own server on its own data directory, and
    // most of a file's time is waiting on the browser and the clock (the reminder waits for its
    // minute). Alone, on the same code: 239 s with two, 207 s with three, 223 s with four.
    maxWorkers: 3,
    testTimeout: 60_000,
    // A file's setup starts its server (support.ts waits up to 180 s for /health) and chromium: a few
    // seconds alone, many times that on two cores shared with other work (a CI run failed on a 60 s
    // setup limit there); the limit is a safety margin, and a hook that ends early costs nothing.
    hookTimeout: 240_000,
    // expect.poll waits up to 10 s (Vitest's default is 1 s): an answer from the server can take
    // longer than that on two busy cores, and a poll that passes returns as soon as it does.
    expect: { poll: { timeout: 10_000 } },
    sequence: { sequencer: WaitingFirst },
  },
});
