// `npm run bench:steps`: where the time of one list page goes (GET /api/me/tasks?limit=50, 60
// tasks), step by step, in one process with no load: each step run serially in batches, timed with
// process.hrtime, the figure the best batch's mean (the least disturbed by other work on the
// machine). Steps: the token check, the statement (a database round trip), rows into tasks,
// tasks into JSON objects, the response serializer, the request's log line, and the whole request
// through Fastify (app.inject: routing, hooks, validation, all of the above; no socket). The seed
// contract's statement is timed beside ours for scale. Beside each step's time, the bytes it
// allocates on the JavaScript heap per call and the bytes left in the young generation after each
// scavenge (V8's GC profiler over 2,000 calls): what the scavenges collect and copy, whose pauses
// are a list's tail latency; figures the machine's load does not move. Run with the server's V8
// flags (server/launch/v8-flags.mjs).
//
// Env: BENCH_DATABASE_URL (Postgres server, default postgres://postgres@127.0.0.1:5432/; a database
// doable_steps_<random> is created there and dropped at the end).
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import v8 from 'node:v8';
import Fastify from 'fastify';
import { SignJWT } from 'jose';
import pg from 'pg';
import { buildApp } from '../server/app.js';
import { listStatement, listTasks, listTasksJson } from '../server/features/tasks/tasks.list.js';
import { toTaskJson } from '../server/features/tasks/tasks.presenter.js';
import { TaskInputSchema, TaskListSchema } from '../server/features/tasks/tasks.schema.js';
import { createTask, updateTask } from '../server/features/tasks/tasks.service.js';
// @ts-expect-error: plain JavaScript (start.mjs runs it without tsx), no declarations.
import { setServerV8Flags } from '../server/launch/v8-flags.mjs';
import { runMigrations } from '../server/migrate.js';
import { loadConfig } from '../server/platform/config.js';
import { openDatabase, rawQuery } from '../server/platform/db/client.js';
import { namedQuery } from '../server/platform/db/prepared.js';
import { serializerCompiler } from '../server/platform/http/serializer.js';
import { createServices } from '../server/services.js';
import {
  DEFAULT_LIST_SHAPE,
  INSERT_SQL,
  insertParams,
  SEED_LIST_SQL,
  UPDATE_TITLE_SQL,
} from './baseline-sql.js';

const SECRET = 'doable-bench-secret-not-for-production-0123456789abcdef';
const USER = 'steps-user';
const BATCHES = 15;
const PER_BATCH = 200;

/** The best batch's mean in microseconds. */
async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < PER_BATCH; i++) await fn();
  let best = Number.POSITIVE_INFINITY;
  for (let b = 0; b < BATCHES; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < PER_BATCH; i++) await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1000 / PER_BATCH);
  }
  return best;
}

/**
 * Bytes allocated on the JavaScript heap per call, over ALLOCATION_CALLS calls: the heap's growth
 * between collections (each collection's heap before it, less the heap after the one before), from
 * V8's GC profiler; and the young generation's bytes left after each scavenge, on average: what a
 * scavenge copies, so what its pause grows with (tens of KB when only the call in flight survives).
 */
const ALLOCATION_CALLS = 2000;
async function allocated(fn: () => unknown | Promise<unknown>): Promise<{ bytes: number; survived: number }> {
  const profiler = new v8.GCProfiler();
  const used = () => v8.getHeapStatistics().used_heap_size;
  profiler.start();
  let last = used();
  for (let i = 0; i < ALLOCATION_CALLS; i++) await fn();
  const end = used();
  let bytes = 0;
  let survived = 0;
  let scavenges = 0;
  for (const gc of profiler.stop()?.statistics ?? []) {
    bytes += gc.beforeGC.heapStatistics.usedHeapSize - last;
    last = gc.afterGC.heapStatistics.usedHeapSize;
    if (gc.gcType !== 'Scavenge') continue;
    scavenges++;
    survived += gc.afterGC.heapSpaceStatistics.find((s) => s.spaceName === 'new_space')?.spaceUsedSize ?? 0;
  }
  return {
    bytes: (bytes + end - last) / ALLOCATION_CALLS,
    survived: scavenges === 0 ? 0 : survived / scavenges,
  };
}

async function main(): Promise<void> {
  // The flags the server runs with (server/launch/start.mjs), so the heap figures are its own.
  setServerV8Flags();
  const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/';
  const name = `doable_steps_${randomBytes(4).toString('hex')}`;
  const admin = new URL(serverUrl);
  if (admin.pathname === '' || admin.pathname === '/') admin.pathname = '/postgres';
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // The admin connection is opened for each statement, not held through the run: a connection held
  // idle for minutes can be ended by the server (another suite terminating backends), and an ended
  // pg client with no listener takes the process down.
  const adminQuery = async (text: string, values?: unknown[]) => {
    const client = new pg.Client({ connectionString: admin.toString() });
    client.on('error', () => {});
    await client.connect();
    try {
      await client.query(text, values);
    } finally {
      await client.end();
    }
  };
  await adminQuery(`create database "${name}"`);
  try {
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      BETTER_AUTH_SECRET: SECRET,
      APP_URL: 'http://127.0.0.1',
      DATABASE_URL: url.toString(),
      API_RATE_LIMIT: '0',
    });
    const database = await openDatabase({
      kind: 'server',
      url: url.toString(),
      directUrl: undefined,
      poolMax: 10,
    });
    await runMigrations(database);
    const services = await createServices(config, database, SECRET);
    const app = await buildApp({ config, database, services });
    await app.ready();
    try {
      const token = await new SignJWT({ user_id: USER })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(USER)
        .setIssuedAt()
        .setExpirationTime('2h')
        .setIssuer('doable')
        .setAudience('doable')
        .sign(new TextEncoder().encode(SECRET));
      const headers = { authorization: `Bearer ${token}` };
      for (let i = 1; i <= 60; i++) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/me/tasks',
          headers,
          payload: {
            title: `Task ${i}: ${i % 4 === 0 ? 'review the quarterly plan with the team' : 'buy milk'}`,
            description: i % 2 === 0 ? `Notes for task ${i}. `.repeat(1 + (i % 5)) : null,
            completed: i % 3 === 0,
          },
        });
        if (res.statusCode !== 201) throw new Error(`seeding: ${res.statusCode} ${res.body}`);
      }
      await rawQuery(database.db, 'vacuum analyze tasks', []);
      const { db } = database;
      const query = { limit: 50 };
      const statement = listStatement(DEFAULT_LIST_SHAPE);
      const params = [USER, 51];
      const page = await listTasks(db, USER, query);
      const json = { tasks: page.tasks.map(toTaskJson), count: page.count, next_cursor: page.nextCursor };
      const serialize = serializerCompiler({
        schema: TaskListSchema,
        method: 'GET',
        url: '/',
        httpStatus: '200',
      }) as (data: unknown) => string;
      const body = serialize(json);
      // Fastify's own logger (pino), as the app makes it, at info, into /dev/null.
      const { log } = Fastify({ logger: { level: 'info', stream: createWriteStream('/dev/null') } });
      const inject = async () => {
        const res = await app.inject({ method: 'GET', url: '/api/me/tasks?limit=50', headers });
        if (res.statusCode !== 200) throw new Error(`GET: ${res.statusCode}`);
      };

      if (process.env.STEPS_PROFILE === 'list' || process.env.STEPS_PROFILE === '1') {
        // Only whole requests, for a CPU profile of them (node --cpu-prof): see docs/benchmarks.md.
        const until = Date.now() + 8000;
        while (Date.now() < until) await inject();
        return;
      }
      const rows: Array<[string, number]> = [];
      const step = async (label: string, fn: () => unknown | Promise<unknown>) => {
        const us = await time(fn);
        const { bytes, survived } = await allocated(fn);
        rows.push([label, us]);
        const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
        console.log(
          `  ${label.padEnd(62)} ${us.toFixed(1).padStart(8)} µs ${kb(bytes)} KB allocated, ${kb(survived)} KB survive a scavenge`,
        );
      };
      console.log(
        `Steps of GET /api/me/tasks?limit=50 (60 tasks, ${body.length} bytes), best of ${BATCHES} batches of ${PER_BATCH}:`,
      );
      await step('token check (verifier.verify, cached HS256)', () => services.verifier.verify(token));
      // The caller is no list's member: listTasks runs the own-tasks statement (decision 0100).
      const { own } = statement;
      await step(
        own.name ? 'own-tasks statement, named (planned once per connection)' : 'own-tasks statement',
        () => (own.name ? namedQuery(db, own.name, own.text, params) : rawQuery(db, own.text, params)),
      );
      await step('the same statement unnamed (planned every time)', () => rawQuery(db, own.text, params));
      await step('the two-branch statement (a member of some list), unnamed', () =>
        rawQuery(db, statement.text, params),
      );
      // What the route runs (decision 0100): each task's JSON text from Postgres, joined.
      const ownJson = statement.json.own;
      await step(
        ownJson.name ? 'own-tasks JSON statement, named (what the route runs)' : 'own-tasks JSON statement',
        () =>
          ownJson.name
            ? namedQuery(db, ownJson.name, ownJson.text, params)
            : rawQuery(db, ownJson.text, params),
      );
      await step('listTasksJson (JSON statement + the page as text: the route)', () =>
        listTasksJson(db, USER, query),
      );
      await step('listTasks (statement + rows into tasks: the tools)', () => listTasks(db, USER, query));
      await step('presenter (50 tasks into JSON objects: not the route)', () => page.tasks.map(toTaskJson));
      await step('serializer (fast-json-stringify of the page: not the route)', () => serialize(json));
      await step('log line (pino, info, to /dev/null)', () =>
        log.info(
          { userId: USER, method: 'GET', route: '/api/:user_id/tasks/', status: 200, durationMs: 1.23 },
          'request',
        ),
      );
      await step('whole request through Fastify (app.inject, no socket)', inject);
      await step('seed contract statement, unnamed (the bare floor)', () =>
        rawQuery(db, SEED_LIST_SQL, [USER, 50]),
      );

      // Writes (goal 4 of docs/benchmarks.md): what a POST and a PATCH of a title spend beyond their statement,
      // which the bare write server of `npm run bench` sends as it is (the same SQL, triggers on).
      let n = 0;
      const next = () => `Write ${++n}: call the plumber`;
      const post = async () => {
        const res = await app.inject({
          method: 'POST',
          url: '/api/me/tasks',
          headers,
          payload: { title: next(), description: 'Notes' },
        });
        if (res.statusCode !== 201) throw new Error(`POST: ${res.statusCode}`);
      };
      const target = (await createTask(db, USER, { title: 'Patch me' })).id;
      const patch = async () => {
        const res = await app.inject({
          method: 'PATCH',
          url: `/api/me/tasks/${target}`,
          headers,
          payload: { title: next() },
        });
        if (res.statusCode !== 200) throw new Error(`PATCH: ${res.statusCode}`);
      };
      if (process.env.STEPS_PROFILE === 'writes') {
        const until = Date.now() + 8000;
        while (Date.now() < until) {
          await post();
          await patch();
        }
        return;
      }
      console.log('Steps of POST /api/me/tasks (a title and a description) and PATCH of a title:');
      await step('body validation (TaskInputSchema, zod)', () =>
        TaskInputSchema.parse({ title: 'Call the plumber', description: 'Notes' }),
      );
      await step('createTask (the service: its insert statement, row into a task)', () =>
        createTask(db, USER, { title: next(), description: 'Notes' }),
      );
      await step('bare insert statement, unnamed (the same SQL)', () =>
        rawQuery(db, INSERT_SQL, insertParams(USER, next(), 'Notes')),
      );
      await step('whole POST through Fastify (app.inject, no socket)', post);
      await step('updateTask (the service: its update statement, row into a task)', () =>
        updateTask(db, USER, target, { title: next() }),
      );
      await step('bare update statement, unnamed (the same SQL)', () => {
        const title = next();
        return rawQuery(db, UPDATE_TITLE_SQL, [title, USER, target, title]);
      });
      await step('whole PATCH through Fastify (app.inject, no socket)', patch);
    } finally {
      await app.close();
      await database.close();
    }
  } finally {
    await adminQuery('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
    await adminQuery(`drop database if exists "${name}"`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
