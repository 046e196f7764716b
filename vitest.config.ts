import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    // Vitest runs one file at a time on a 2-core machine (its default is cores - 1); two at once
    // overlap one file's waits (child processes, timers, the database) with another's work.
    maxWorkers: 2,
    coverage: {
      provider: 'v8',
      include: ['server/**/*.ts', 'shared/**/*.ts', 'rules-assistant/engine/**/*.ts'],
      // Process entry points: exercised by test/start.test.ts in a child process (which v8
      // coverage of this process cannot see) and by the start smoke check in .ci/run.
      // The embedded database's worker thread (server/platform/db/pglite.worker.ts) runs in an isolate of its
      // own, which this process's v8 coverage does not see either; test/pglite-thread.test.ts
      // and every embedded suite go through it.
      exclude: [
        'server/main.ts',
        'server/migrate-cli.ts',
        'server/template-cli.ts',
        'server/platform/db/pglite.worker.ts',
      ],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/**/*.test.ts', 'rules-assistant/test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/setup.ts'],
          // Generous: on a busy 2-core machine, opening embedded databases on disk takes tens of seconds.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The web app's components (React, Testing Library) in jsdom; the browser suite is test/e2e.
        extends: true,
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['web/src/test/setup.ts'],
          // Above the 5 s a findBy may wait (web/src/test/setup.ts).
          testTimeout: 20_000,
        },
      },
    ],
  },
});
