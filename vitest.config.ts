import { defineConfig } from 'vitest/config';

const SERVER_SUITES = ['test/**/*.test.ts', 'rules-assistant/test/**/*.test.ts'];
const MOCKING_SUITES = ['test/route-tables.test.ts'];
// Suites that never reach a Postgres server: the rules assistant's (their tools run on an embedded
// database of their own, rules-assistant/eval/db-tools.ts) and those of pure functions and builds.
// With TEST_DATABASE_URL set (`npm run test:server`) they are left out: they would run the same
// code on the same embedded database again.
const DATABASE_FREE_SUITES = [
  'rules-assistant/test/**',
  'test/config.test.ts',
  'test/engines.test.ts',
  'test/formats.test.ts',
  'test/pglite-template.test.ts',
  'test/quickadd-fuzz.test.ts',
  'test/quickadd-phrases.test.ts',
  'test/quickadd-reasons.test.ts',
  'test/recurrence-property.test.ts',
  'test/recurrence-rules.test.ts',
  'test/recurrence-sequences.test.ts',
  'test/server-build.test.ts',
];
// Suites whose subject sits above the database, where its kind changes nothing they check: the
// command-line client and the assistant (over the API and its model: its tools are the REST routes'
// services, which the route suites run on both; the conversation suites, whose follow-ups read the
// state stored with each message, run on both), HTTP-level hardening,
// validation before any write (text Postgres cannot store is refused by a request hook before any
// route runs), the API contract and traces, the MCP tools (the same services; test/cross-user-tools
// tries their isolation on both), the real CalDAV clients' interplay with the protocol (the CalDAV
// suites run what it stores, its ETags and sync tokens on both), the foreign importers' readers
// (test/import.test.ts takes the import's writes to both), the time corpora (the filter corpus runs
// on an embedded database of its own), the policy's decision table and the route tables' coverage
// (test/cross-user-*.test.ts try isolation on both). With TEST_DATABASE_URL set they are left out
// too: the embedded pass runs them, and on the Postgres server they took a third of that pass
// (docs/development.md).
const ABOVE_THE_DATABASE_SUITES = [
  'test/bad-input-bodies.test.ts',
  'test/bad-input-requests.test.ts',
  'test/bad-input-unstorable.test.ts',
  'test/caldav-clients.test.ts',
  'test/caldav-tsdav.test.ts',
  'test/chat-assistant.test.ts',
  'test/chat-assistant-behaviours.test.ts',
  'test/chat-assistant-requests.test.ts',
  'test/chat-model.test.ts',
  'test/chat-model-local.test.ts',
  'test/chat-state.test.ts',
  'test/chat-time.test.ts',
  'test/cli.test.ts',
  'test/cli-language.test.ts',
  'test/client.test.ts',
  'test/hardening.test.ts',
  'test/http.test.ts',
  'test/import-foreign.test.ts',
  'test/mcp.test.ts',
  'test/openapi.test.ts',
  'test/policy-*.test.ts',
  'test/route-tables.test.ts',
  'test/time-corpus.test.ts',
  'test/tokens-contract.test.ts',
  'test/tracing.test.ts',
  'test/web/**',
];
const ISOLATED = { forks: { isolate: true } };
const onServer = Boolean(process.env.TEST_DATABASE_URL);
const SERVER_SETTINGS = {
  globalSetup: ['test/support/global-setup.ts'],
  setupFiles: ['test/support/setup.ts'],
  // A safety margin, not a budget: a suite's setup (its server, database and people, built once
  // per file) takes a few seconds on a quiet machine and must stay under 20 s; on a 2-core machine
  // shared with other work everything takes several times as long, and a 60 s limit on the hooks
  // failed a CI run there (docs/development.md). The tests' limit is the hooks': at load 10 the
  // heaviest tests took 45-57 s, near the 60 s they had. A hook or test that ends early costs
  // nothing for the limit.
  testTimeout: 180_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  test: {
    pool: 'forks',
    // A worker process runs file after file on the modules it has already loaded, instead of a new
    // process importing the whole server for each file: it cuts the CPU a run takes by a third
    // (docs/development.md). The server suites share no state through modules (each file opens its
    // own database and server; none changes process.env); the projects whose files need fresh
    // modules (the web app's components, suites that mock a module) reset them between files.
    poolOptions: { forks: { isolate: false } },
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
        'server/cli/migrate.ts',
        'server/cli/backup.ts',
        'server/cli/template.ts',
        'server/cli/token.ts',
        'server/cli/admin.ts',
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
          include: SERVER_SUITES,
          exclude: [
            'test/e2e/**',
            ...MOCKING_SUITES,
            ...(onServer ? [...DATABASE_FREE_SUITES, ...ABOVE_THE_DATABASE_SUITES] : []),
          ],
          ...SERVER_SETTINGS,
        },
      },
      {
        // Suites that replace a module with vi.mock need a fresh module graph of their own.
        extends: true,
        test: {
          name: 'server-mocking',
          include: MOCKING_SUITES,
          exclude: onServer ? ABOVE_THE_DATABASE_SUITES : [],
          ...SERVER_SETTINGS,
          poolOptions: ISOLATED,
        },
      },
      {
        // The web app's components (React, Testing Library) in happy-dom (about half jsdom's CPU here); the browser suite is test/e2e.
        extends: true,
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // In a pool of their own that starts each file afresh: the DOM and React keep state in
          // globals that a module reset does not clear.
          pool: 'threads',
          setupFiles: ['web/src/test/setup.ts'],
          // Above the 5 s a findBy may wait (web/src/test/setup.ts).
          testTimeout: 20_000,
        },
      },
    ],
  },
});
