// `npx tsx bench/writes.ts`: where one write's time goes, on each database, with no load: the
// statements the task service sends for one create (POST /api/me/tasks, a title and a description)
// and one rename (PATCH /api/me/tasks/{id}, a title), each timed as the app sends it, then each run
// again under EXPLAIN (ANALYZE, BUFFERS) in a transaction rolled back, which gives the statement's
// own time and every trigger's; then the commit of one write alone (its WAL flush); last the whole
// requests through the app (app.inject), with every statement each sends. Each figure is the
// median of RUNS. On the server, last, the Postgres CPU of one write in a loop, with its triggers,
// without them and without the search vector's index on tasks, and the CPU of the account check
// (loopCpu).
//
// Env: BENCH_DATABASES (embedded,server), BENCH_WRITES_PLANS=1 (print the plans too),
// BENCH_DATABASE_URL (Postgres server, default
// postgres://postgres@127.0.0.1:5432/; a database doable_writes_<random> is created there and
// dropped at the end).
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import pg from 'pg';
import { median } from '../scripts/harness.js';
import { buildApp } from '../server/app.js';
import { createTask, updateTask } from '../server/features/tasks/tasks.service.js';
import { runMigrations } from '../server/migrate.js';
import { loadConfig } from '../server/platform/config.js';
import { type Database, type DatabaseHandle, openDatabase, rawQuery } from '../server/platform/db/client.js';
import { createServices } from '../server/services.js';

const SECRET = 'doable-bench-secret-not-for-production-0123456789abcdef';

const USER = 'writes-user';
const RUNS = 15;

interface Sent {
  text: string;
  params: unknown[];
  ms: number;
}

/** Records every statement the driver runs while `fn` runs (pool.query or PGlite's query). */
async function recorded(db: Database, fn: () => Promise<unknown>): Promise<Sent[]> {
  const client = (db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } }).$client;
  const sent: Sent[] = [];
  const restore = [wrap(client, sent)];
  // A transaction's statements go to a client of the pool.
  if (client instanceof pg.Pool) {
    const pool = client;
    const connect = pool.connect;
    // pool.query itself connects with a callback: that form is passed on as it is.
    pool.connect = ((callback?: unknown) => {
      if (callback) return (connect as (cb: unknown) => void).call(pool, callback);
      return (connect as () => Promise<pg.PoolClient>).call(pool).then((c) => {
        restore.push(wrap(c as unknown as { query: (...args: unknown[]) => Promise<unknown> }, sent));
        return c;
      });
    }) as typeof pool.connect;
    restore.push(() => {
      pool.connect = connect;
    });
  }
  try {
    await fn();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return sent;
}

/** Records each query of `client` into `sent`; answers a function that stops it. */
function wrap(client: { query: (...args: unknown[]) => Promise<unknown> }, sent: Sent[]): () => void {
  const original = client.query;
  client.query = async function (this: unknown, ...args: unknown[]) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const text = typeof first === 'string' ? first : first.text;
    const params = second ?? (typeof first === 'string' ? undefined : first.values) ?? [];
    const start = process.hrtime.bigint();
    try {
      return await original.apply(this, args);
    } finally {
      sent.push({ text, params, ms: Number(process.hrtime.bigint() - start) / 1e6 });
    }
  };
  return () => {
    client.query = original;
  };
}

const short = (text: string) => text.replace(/\s+/g, ' ').slice(0, 70);
const ms = (n: number) => `${n.toFixed(3)} ms`;

/** A plan's execution time and trigger lines, summed by name over the runs (medians). */
function planTimes(plans: string[][]): Array<[string, number]> {
  const byName = new Map<string, number[]>();
  for (const plan of plans) {
    for (const line of plan) {
      const trigger = /^Trigger (\S+)(?: on \S+)?: time=([\d.]+) calls=(\d+)/.exec(line.trim());
      const total = /^Execution Time: ([\d.]+) ms/.exec(line.trim());
      const planning = /^Planning Time: ([\d.]+) ms/.exec(line.trim());
      const entry = trigger
        ? [`trigger ${trigger[1]}`, Number(trigger[2])]
        : total
          ? ['execution (statement and triggers)', Number(total[1])]
          : planning
            ? ['planning', Number(planning[1])]
            : undefined;
      if (!entry) continue;
      const list = byName.get(entry[0] as string) ?? [];
      list.push(entry[1] as number);
      byName.set(entry[0] as string, list);
    }
  }
  return [...byName].map(([name, values]) => [name, median(values)]);
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement, in a transaction rolled back (the write is undone). */
async function explained(db: Database, statement: Sent): Promise<string[]> {
  const client = (db as unknown as { $client: unknown }).$client;
  const run = async (query: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>) => {
    await query('begin');
    try {
      const { rows } = await query(`explain (analyze, buffers) ${statement.text}`, statement.params);
      return rows.map((r) => String(Object.values(r as object)[0]));
    } finally {
      await query('rollback');
    }
  };
  if (client instanceof pg.Pool) {
    const c = await client.connect();
    try {
      return await run((text, params) => c.query(text, params));
    } finally {
      c.release();
    }
  }
  return run((text, params) => rawQuery(db, text, params ?? []).then((rows) => ({ rows })));
}

/**
 * The statements one whole request sends (app.inject: authentication, validation, the service,
 * the response), each with its time: POST /api/me/tasks and PATCH /api/me/tasks/{id}.
 */
async function requests(handle: DatabaseHandle, env: Record<string, string>): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    BETTER_AUTH_SECRET: SECRET,
    APP_URL: 'http://127.0.0.1',
    API_RATE_LIMIT: '0',
    ...env,
  });
  const services = await createServices(config, handle, SECRET);
  const app = await buildApp({ config, database: handle, services });
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
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    let id = 0;
    const post = () =>
      app
        .inject({
          method: 'POST',
          url: '/api/me/tasks',
          headers,
          payload: { title: `Request task ${id}`, description: 'Created by npm run bench' },
        })
        .then((res) => {
          if (res.statusCode !== 201) throw new Error(`POST: ${res.statusCode} ${res.body}`);
          id = res.json().id;
        });
    const patch = (i: number) =>
      app
        .inject({ method: 'PATCH', url: `/api/me/tasks/${id}`, headers, payload: { title: `Renamed ${i}` } })
        .then((res) => {
          if (res.statusCode !== 200) throw new Error(`PATCH: ${res.statusCode} ${res.body}`);
        });
    // Warm: the token's cache, named statements, plans.
    for (let i = 0; i < 5; i++) {
      await post();
      await patch(i);
    }
    const posts: Sent[][] = [];
    const patches: Sent[][] = [];
    const whole: { post: number[]; patch: number[] } = { post: [], patch: [] };
    for (let i = 0; i < RUNS; i++) {
      let start = process.hrtime.bigint();
      posts.push(await recorded(handle.db, post));
      whole.post.push(Number(process.hrtime.bigint() - start) / 1e6);
      start = process.hrtime.bigint();
      patches.push(await recorded(handle.db, () => patch(100 + i)));
      whole.patch.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    for (const [name, runs, times] of [
      ['POST /api/me/tasks', posts, whole.post],
      ['PATCH /api/me/tasks/{id}', patches, whole.patch],
    ] as const) {
      console.log(`  ${name}: ${ms(median(times))} in all, ${runs[0]!.length} statement(s)`);
      runs[0]!.forEach((s, k) => {
        console.log(`    ${ms(median(runs.map((r) => r[k]?.ms ?? 0))).padStart(10)}  ${short(s.text)}`);
      });
    }
  } finally {
    await app.close();
  }
}

async function breakdown(
  kind: 'embedded' | 'server',
  handle: DatabaseHandle,
  env: Record<string, string>,
): Promise<void> {
  const { db } = handle;
  await runMigrations(handle);
  await rawQuery(db, 'insert into users (id, name, email) values ($1, $1, $2) on conflict do nothing', [
    USER,
    `${USER}@example.com`,
  ]);
  for (let i = 0; i < 60; i++) await createTask(db, USER, { title: `Seed task ${i} groceries` });
  const input = (i: number) => ({ title: `Benchmark task ${i}`, description: 'Created by npm run bench' });
  const created: Sent[][] = [];
  const updated: Sent[][] = [];
  let last = 0;
  for (let i = 0; i < RUNS; i++) {
    created.push(
      await recorded(db, async () => {
        last = (await createTask(db, USER, input(i))).id;
      }),
    );
    updated.push(await recorded(db, () => updateTask(db, USER, last, { title: `Renamed ${i}` })));
  }
  console.log(`\n== ${kind}: one create and one rename as the service sends them (median of ${RUNS})`);
  for (const [name, runs] of [
    ['create', created],
    ['rename', updated],
  ] as const) {
    console.log(`  ${name}: ${runs[0]!.length} statement(s)`);
    runs[0]!.forEach((s, k) => {
      console.log(`    ${ms(median(runs.map((r) => r[k]?.ms ?? 0))).padStart(10)}  ${short(s.text)}`);
    });
    const write = runs[0]!.findIndex((s) => /^\s*(insert into tasks|update tasks)/i.test(s.text));
    if (write < 0) continue;
    const plans: string[][] = [];
    for (let i = 0; i < 7; i++)
      plans.push(await explained(db, runs[Math.min(i, runs.length - 1)]!.at(write)!));
    console.log(`    EXPLAIN (ANALYZE, BUFFERS) of the ${name}'s write, rolled back (median of 7):`);
    if (process.env.BENCH_WRITES_PLANS === '1')
      console.log(
        plans
          .at(-1)!
          .map((l) => `      | ${l}`)
          .join('\n'),
      );
    for (const [label, value] of planTimes(plans)) console.log(`    ${ms(value).padStart(10)}  ${label}`);
  }
  // The commit alone: a write in a transaction, then COMMIT timed by itself (the WAL flush, the
  // NOTIFY queue's lock when a trigger notifies).
  const commits: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await db.transaction(async (tx) => {
      await createTask(tx as unknown as Database, USER, input(1000 + i));
    });
  }
  const client = (db as unknown as { $client: unknown }).$client;
  for (let i = 0; i < RUNS; i++) {
    const statement = created[i]!.find((s) => /^\s*insert into tasks/i.test(s.text))!;
    if (client instanceof pg.Pool) {
      const c = await client.connect();
      try {
        await c.query('begin');
        await c.query(statement.text, statement.params);
        const start = process.hrtime.bigint();
        await c.query('commit');
        commits.push(Number(process.hrtime.bigint() - start) / 1e6);
      } finally {
        c.release();
      }
    } else {
      await rawQuery(db, 'begin', []);
      await rawQuery(db, statement.text, statement.params);
      const start = process.hrtime.bigint();
      await rawQuery(db, 'commit', []);
      commits.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  console.log(`  commit of one create, alone: ${ms(median(commits))}`);
  console.log(`  whole requests through the app (app.inject), median of ${RUNS}:`);
  await requests(handle, env);
}

/** Rounds of the per-backend CPU loop, and the writes in each. */
const LOOP_ROUNDS = 5;
const LOOP_WRITES = 1500;

/**
 * The Postgres CPU of one write, without the network, the driver or Node: LOOP_WRITES single-row
 * INSERTs of a titled, described task in one DO block, then as many renames (each bumping the
 * version, as the app's do), in a transaction rolled back, read from the backend's own
 * /proc/<pid>/stat (the server must run on this machine). Each window ends by merging the GIN
 * indexes' pending lists (gin_clean_pending_list: work a later vacuum would otherwise do for the
 * writes). Three kinds of round, taking turns so all see the same machine: as the app writes,
 * with every trigger off (`session_replication_role = replica`), and with the triggers on but
 * without the search vector's GIN index on tasks (tasks_search_idx, dropped in the transaction).
 * Each round's figure, and their median. Last, the account check every API request sends before
 * its write (the authentication hook's `doable_user_disabled`), LOOP_WRITES times as a named
 * statement: the Node and the Postgres CPU of one (accountCheckCpu).
 */
async function loopCpu(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    const stat = `/proc/${rows[0]!.pid}/stat`;
    const cpuMs = async () => {
      const fields = (await readFile(stat, 'utf8')).split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
    };
    await client.query(
      `insert into users (id, name, email) values ('loop-user', 'Loop', 'loop@example.com') on conflict do nothing`,
    );
    const kinds = ['as written', 'triggers off', 'no tasks_search_idx'] as const;
    const figures = new Map(kinds.map((k) => [k, { insert: [] as number[], rename: [] as number[] }]));
    // The GIN indexes of tasks whose pending lists a window merges.
    const gins = async () =>
      (
        await client.query<{ name: string }>(
          `select i.relname as name from pg_index x join pg_class i on i.oid = x.indexrelid
            join pg_am a on a.oid = i.relam where x.indrelid = 'tasks'::regclass and a.amname = 'gin'`,
        )
      ).rows.map((r) => r.name);
    const clean = async (names: string[]) => {
      for (const name of names) await client.query('select gin_clean_pending_list($1::regclass)', [name]);
    };
    for (let round = 0; round < kinds.length * LOOP_ROUNDS; round++) {
      const kind = kinds[round % kinds.length]!;
      const figure = figures.get(kind)!;
      await client.query('begin');
      if (kind === 'triggers off') await client.query('set local session_replication_role = replica');
      if (kind === 'no tasks_search_idx') await client.query('drop index tasks_search_idx');
      const indexes = await gins();
      await clean(indexes);
      let before = await cpuMs();
      await client.query(`do $$ begin for i in 1..${LOOP_WRITES} loop
        insert into tasks (user_id, title, description)
          values ('loop-user', 'Buy milk and eggs at the corner shop ' || i, 'A short description of the task');
        end loop; end $$`);
      await clean(indexes);
      figure.insert.push(((await cpuMs()) - before) / LOOP_WRITES);
      before = await cpuMs();
      await client.query(`do $$ declare t record; begin
        for t in select id from tasks where user_id = 'loop-user' loop
          update tasks set title = 'Renamed task number ' || t.id, version = version + 1 where id = t.id;
        end loop; end $$`);
      await clean(indexes);
      figure.rename.push(((await cpuMs()) - before) / LOOP_WRITES);
      await client.query('rollback');
    }
    const shown = (xs: number[]) =>
      `${xs.map((x) => x.toFixed(2)).join(', ')} (median ${median(xs).toFixed(2)})`;
    console.log(`\nserver: Postgres CPU a write, ${LOOP_WRITES} in a loop, ${LOOP_ROUNDS} rounds (ms)`);
    for (const [kind, figure] of figures) {
      const label = kind === 'as written' ? '' : `, ${kind}`;
      console.log(`  insert${label}: ${shown(figure.insert)}`);
      console.log(`  rename${label}: ${shown(figure.rename)}`);
    }
    await accountCheckCpu(client, cpuMs);
  } finally {
    await client.end();
  }
}

/** The authentication hook's account check (Authenticator.disabled), as it sends it: Node and Postgres CPU of one. */
async function accountCheckCpu(client: pg.Client, backendCpuMs: () => Promise<number>): Promise<void> {
  const check = {
    name: 'doable_user_disabled',
    text: 'select id from users where id = $1 and disabled_at is not null',
    values: ['loop-user'],
  };
  for (let i = 0; i < 100; i++) await client.query(check);
  const node: number[] = [];
  const postgres: number[] = [];
  for (let round = 0; round < LOOP_ROUNDS; round++) {
    const pgBefore = await backendCpuMs();
    const nodeBefore = process.cpuUsage();
    for (let i = 0; i < LOOP_WRITES; i++) await client.query(check);
    const nodeUsed = process.cpuUsage(nodeBefore);
    postgres.push(((await backendCpuMs()) - pgBefore) / LOOP_WRITES);
    node.push((nodeUsed.user + nodeUsed.system) / 1000 / LOOP_WRITES);
  }
  console.log(
    `  the account check (doable_user_disabled), CPU of one: Node ${median(node).toFixed(3)} ms, ` +
      `Postgres ${median(postgres).toFixed(3)} ms (medians of ${LOOP_ROUNDS} rounds of ${LOOP_WRITES})`,
  );
}

async function main(): Promise<void> {
  const databases = (process.env.BENCH_DATABASES ?? 'embedded,server').split(',').map((s) => s.trim());
  console.log(
    `Write breakdown; load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  if (databases.includes('embedded')) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'doable-writes-'));
    const handle = await openDatabase({ kind: 'embedded', dataDir });
    try {
      await breakdown('embedded', handle, { DATA_DIR: dataDir });
    } finally {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  if (databases.includes('server')) {
    const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/';
    const name = `doable_writes_${randomBytes(4).toString('hex')}`;
    const admin = new URL(serverUrl);
    if (admin.pathname === '' || admin.pathname === '/') admin.pathname = '/postgres';
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const adminQuery = async (text: string) => {
      const c = new pg.Client({ connectionString: admin.toString() });
      c.on('error', () => {});
      await c.connect();
      try {
        await c.query(text);
      } finally {
        await c.end();
      }
    };
    await adminQuery(`create database "${name}"`);
    try {
      const handle = await openDatabase({ kind: 'server', url: url.toString(), poolMax: 2 });
      try {
        await breakdown('server', handle, { DATABASE_URL: url.toString() });
      } finally {
        await handle.close();
      }
      await loopCpu(url.toString());
    } finally {
      await adminQuery(`drop database if exists "${name}" with (force)`);
    }
  }
  console.log(
    `Load average at the end ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
}

main().catch((error) => {
  console.error('write breakdown failed:', error);
  process.exit(1);
});
