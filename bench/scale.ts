// `npm run bench:scale`: many people on one Postgres server. SCALE_USERS users (10,000) with
// SCALE_TASKS tasks each (1,000: ten million in all), five lists each, the first list of every
// fifth person shared with the next four (editors), 30% of tasks tagged, 60% dated over two years,
// 30% completed, the newest 50 tasks of each person as events; then every list page, a shared
// list's page, search, Today, Upcoming and a create, each at SCALE_CONNECTIONS (50) connections
// spread over SCALE_SAMPLE (2,000) random people, through one instance and (SCALE_INSTANCES=3,
// the default) through three behind HAProxy. Reported: req/s, p50, p95, p99 and max, errors.
//
// The load is set-based SQL, not the API: rows go in with triggers off (session_replication_role),
// then the tables the triggers keep (counts, tag counts, the search table, events) are filled in
// one statement each, as the migrations that made them filled them (drizzle/0019, 0020, 0021,
// 0023, 0014). The database (SCALE_DATABASE, default doable_scale_<users>x<tasks>) is kept and
// reused by later runs unless SCALE_RELOAD=1. Env: BENCH_DATABASE_URL (the server, default
// postgres://postgres@127.0.0.1:5432/postgres), SCALE_DURATION (s per case, 15), SCALE_WARMUP (3),
// SCALE_POOL (each instance's DATABASE_POOL_MAX, 20), SCALE_PLANS (EXPLAIN ANALYZE of the slowest
// cases' statements, 1). Results: a table on stdout and bench/results/scale-<timestamp>.json.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, Instance, root, signToken, sleep } from '../scripts/harness.js';
import { runMigrations } from '../server/migrate.js';
import { openDatabase } from '../server/platform/db/client.js';
import { mulberry32 } from '../test/support/random.js';
import { explain } from './large.js';
import { type WrkRequest, type WrkResult, wrk } from './wrk.js';

const env = process.env;
const USERS = Number(env.SCALE_USERS ?? 10_000);
const TASKS = Number(env.SCALE_TASKS ?? 1000);
const LISTS = 5;
const GROUP = 5;
const EVENTS = 50;
const CONNECTIONS = Number(env.SCALE_CONNECTIONS ?? 50);
const SAMPLE = Math.min(USERS, Number(env.SCALE_SAMPLE ?? 2000));
const DURATION = Number(env.SCALE_DURATION ?? 15);
const WARMUP = Number(env.SCALE_WARMUP ?? 3);
const POOL = Number(env.SCALE_POOL ?? 20);
const INSTANCES = (env.SCALE_INSTANCES ?? '1,3').split(',').map(Number);
const SERVER_URL = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = env.SCALE_DATABASE ?? `doable_scale_${USERS}x${TASKS}`;
const SECRET = 'doable-bench-secret-not-for-production-0123456789abcdef';
/** Users per INSERT of tasks: 200,000 rows a statement at 1,000 each. */
const USERS_PER_CHUNK = Math.max(1, Math.floor(200_000 / TASKS));
const WORDS = [
  'water',
  'plants',
  'call',
  'mum',
  'pay',
  'rent',
  'book',
  'dentist',
  'buy',
  'milk',
  'review',
  'report',
  'fix',
  'bike',
  'email',
  'team',
  'plan',
  'trip',
  'clean',
  'kitchen',
  'read',
  'chapter',
  'write',
  'notes',
  'renew',
  'passport',
  'order',
  'printer',
  'ink',
  'prepare',
  'slides',
  'walk',
  'dog',
  'laundry',
  'gym',
];

const databaseUrl = (() => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
})();

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const at = performance.now();
  const result = await fn();
  console.log(`  ${label}: ${((performance.now() - at) / 1000).toFixed(1)} s`);
  return result;
}

async function client(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

/** Whether the database holds a complete load of this size (the last step writes the marker). */
async function loaded(): Promise<boolean> {
  const admin = await client(SERVER_URL);
  try {
    const { rows } = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (rows.length === 0) return false;
  } finally {
    await admin.end();
  }
  const db = await client(databaseUrl);
  try {
    const { rows } = await db.query("select to_regclass('public.scale_loaded') is not null as done");
    return rows[0].done as boolean;
  } finally {
    await db.end();
  }
}

async function load(): Promise<Record<string, number>> {
  const started = performance.now();
  const admin = await client(SERVER_URL);
  await admin.query(`drop database if exists ${DATABASE} with (force)`);
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const handle = await openDatabase({ kind: 'server', url: databaseUrl, poolMax: 2 });
  await runMigrations(handle);
  await handle.close();
  const db = await client(databaseUrl);
  const words = `array[${WORDS.map((w) => `'${w}'`).join(',')}]`;
  const word = (salt: number) => `(${words})[1 + ((i * ${salt}) % ${WORDS.length})]`;
  try {
    await db.query(
      "set session_replication_role = replica; set synchronous_commit = off; set maintenance_work_mem = '512MB'",
    );
    console.log(`Loading ${USERS} users x ${TASKS} tasks into ${DATABASE}:`);
    await timed('users', () =>
      db.query(
        `insert into users (id, name, email, email_verified)
         select 'scale-' || u, 'Scale ' || u, 'scale' || u || '@example.com', true from generate_series(1, $1::int) u`,
        [USERS],
      ),
    );
    await timed('lists', () =>
      db.query(
        `insert into lists (user_id, name, position)
         select 'scale-' || u, 'List ' || k, k from generate_series(1, $1::int) u, generate_series(1, ${LISTS}) k order by u, k`,
        [USERS],
      ),
    );
    await timed('shared lists (members)', () =>
      db.query(
        `insert into list_members (list_id, user_id, role)
         select l.id, 'scale-' || (leader + m), 'editor'
         from generate_series(1, $1::int, ${GROUP}) leader
         join lists l on l.user_id = 'scale-' || leader and l.name = 'List 1'
         cross join generate_series(1, ${GROUP - 1}) m
         where leader + m <= $1`,
        [USERS],
      ),
    );
    await timed(`tasks (${USERS_PER_CHUNK * TASKS} a statement)`, async () => {
      for (let first = 1; first <= USERS; first += USERS_PER_CHUNK) {
        const last = Math.min(USERS, first + USERS_PER_CHUNK - 1);
        // i numbers the task across everyone; n is its number within its owner's tasks.
        await db.query(
          `insert into tasks (user_id, title, list_id, tags, tag_keys, due_date, due_sort, completed, completed_at, priority, position)
           select 'scale-' || u, initcap(${word(7919)}) || ' ' || ${word(104729)} || ' ' || ${word(1299709)} || ' #' || n,
                  case when n % 6 = 0 then null else (u - 1) * ${LISTS} + 1 + n % ${LISTS} end,
                  case when n % 10 < 3 then array[${word(31)}] else '{}' end,
                  case when n % 10 < 3 then array[${word(31)}] else '{}' end,
                  case when n % 10 < 6 then current_date - 365 + (i % 730)::int end,
                  -- due_sort as the app keeps it (tasks.rows.ts dueSortOf), in UTC: no one set a zone.
                  case when n % 10 < 6 then (current_date - 365 + (i % 730)::int)::timestamp at time zone 'UTC' end,
                  n % 10 >= 7,
                  case when n % 10 >= 7 then now() - ((i % 400) || ' days')::interval end,
                  case when n % 17 = 0 then 3 when n % 11 = 0 then 2 else 0 end,
                  n
           from generate_series($1::int, $2::int) u, generate_series(1, ${TASKS}) n,
                lateral (select (u::bigint - 1) * ${TASKS} + n as i) k`,
          [first, last],
        );
      }
    });
    // The tables the triggers keep, filled as the migrations that made them filled them.
    await timed('task_counts', () =>
      db.query(`insert into task_counts (user_id, total, completed, subtasks)
        select user_id, count(*)::int, (count(*) filter (where completed))::int, (count(*) filter (where parent_id is not null))::int
        from tasks group by user_id`),
    );
    await timed('list_task_counts', () =>
      db.query(`insert into list_task_counts (list_key, user_id, total, completed, top_total, top_completed)
        select coalesce(list_id, 0), user_id, count(*)::int, (count(*) filter (where completed))::int,
               (count(*) filter (where parent_id is null))::int, (count(*) filter (where completed and parent_id is null))::int
        from tasks group by 1, 2`),
    );
    await timed('tag_task_counts', () =>
      db.query(`insert into tag_task_counts (user_id, tag_key, total, completed)
        select t.user_id, k.key, count(*)::int, (count(*) filter (where t.completed))::int
        from tasks t cross join lateral (select distinct u as key from unnest(t.tag_keys) u) k group by 1, 2`),
    );
    await timed('task_search', () =>
      db.query(`insert into task_search (id, user_id, list_id, completed, tag_keys, search)
        select id, user_id, list_id, completed, tag_keys, search from tasks`),
    );
    // Statistics first: doable_task_json's subtask counts are planned per row, and on a table never
    // analysed they cost about 10 ms a task instead of microseconds.
    await timed('analyze', () => db.query('analyze'));
    await timed(`events (the newest ${EVENTS} tasks of each person)`, () =>
      // Each person's newest tasks by a walk down tasks_user_id_idx (a window over every task,
      // joined back, sorted and hashed ten million rows and ran for over ten minutes).
      db.query(`insert into task_events (user_id, type, task_id, data, seq)
        select t.user_id, 'created', t.id, doable_task_json(t), row_number() over (partition by t.user_id order by t.id)
        from users u cross join lateral (
          select * from tasks t where t.user_id = u.id order by t.id desc limit ${EVENTS}
        ) t`),
    );
    await timed('analyze task_events', () => db.query('analyze task_events'));
    await db.query('create table scale_loaded (at timestamptz default now())');
    const { rows } = await db.query(
      `select (select count(*) from users)::int as users, (select count(*) from lists)::int as lists,
              (select count(*) from list_members)::int as members, (select count(*) from tasks)::int as tasks,
              (select count(*) from task_events)::int as events,
              pg_database_size(current_database())::bigint / 1048576 as mb`,
    );
    const summary = { ...rows[0], seconds: Math.round((performance.now() - started) / 1000) };
    console.log(`  loaded: ${JSON.stringify(summary)}`);
    return summary;
  } finally {
    await db.end();
  }
}

interface Case {
  name: string;
  requests: WrkRequest[];
}

async function cases(): Promise<Case[]> {
  const random = mulberry32(20261126);
  const people = Array.from({ length: SAMPLE }, () => 1 + Math.floor(random() * USERS));
  const db = await client(databaseUrl);
  const lists = new Map<string, number[]>();
  const shared = new Map<string, number>();
  try {
    const ids = people.map((u) => `scale-${u}`);
    for (const row of (
      await db.query('select id, user_id from lists where user_id = any($1) order by id', [ids])
    ).rows) {
      lists.set(row.user_id, [...(lists.get(row.user_id) ?? []), Number(row.id)]);
    }
    for (const row of (
      await db.query('select list_id, user_id from list_members where user_id = any($1)', [ids])
    ).rows) {
      shared.set(row.user_id, Number(row.list_id));
    }
  } finally {
    await db.end();
  }
  const tokens = new Map<number, string>();
  for (const u of people) tokens.set(u, await signToken(SECRET, `scale-${u}`));
  const get = (u: number, p: string): WrkRequest => ({
    method: 'GET',
    path: p,
    headers: { authorization: `Bearer ${tokens.get(u)}` },
  });
  const members = people.filter((u) => shared.has(`scale-${u}`));
  return [
    { name: 'all open tasks, first page', requests: people.map((u) => get(u, '/api/me/tasks?limit=50')) },
    {
      name: "a list's page",
      requests: people.map((u, i) =>
        get(u, `/api/me/tasks?list_id=${lists.get(`scale-${u}`)![i % LISTS]}&limit=50`),
      ),
    },
    {
      name: "a shared list's page (a member)",
      requests: members.map((u) => get(u, `/api/me/tasks?list_id=${shared.get(`scale-${u}`)}&limit=50`)),
    },
    { name: 'the lists (sidebar)', requests: people.map((u) => get(u, '/api/me/lists')) },
    {
      name: 'search (one word)',
      requests: people.map((u, i) => get(u, `/api/me/tasks?q=${WORDS[i % WORDS.length]}&limit=50`)),
    },
    { name: 'Today', requests: people.map((u) => get(u, '/api/me/tasks?view=today&limit=50')) },
    { name: 'Upcoming', requests: people.map((u) => get(u, '/api/me/tasks?view=upcoming&limit=50')) },
    {
      name: 'create a task',
      requests: people.map((u) => ({
        method: 'POST',
        path: '/api/me/tasks',
        headers: { authorization: `Bearer ${tokens.get(u)}`, 'content-type': 'application/json' },
        body: '{"title":"Scale run [<id>]"}',
      })),
    },
  ];
}

async function haproxy(ports: number[], workDir: string): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const file = path.join(workDir, 'haproxy.cfg');
  await writeFile(
    file,
    [
      'global',
      '  maxconn 4096',
      'defaults',
      '  mode http',
      '  timeout connect 5s',
      '  timeout client 30s',
      '  timeout server 30s',
      'frontend doable',
      `  bind 127.0.0.1:${port}`,
      '  default_backend app',
      'backend app',
      '  balance roundrobin',
      ...ports.map((p, i) => `  server app${i} 127.0.0.1:${p}`),
      '',
    ].join('\n'),
  );
  const child = spawn('haproxy', ['-f', file, '-db'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop: () => child.kill() };
    await sleep(100);
  }
  child.kill();
  throw new Error('haproxy did not answer');
}

async function measure(count: number, all: Case[], workDir: string): Promise<Record<string, unknown>[]> {
  const instances: Instance[] = [];
  for (let i = 0; i < count; i++) {
    const instance = new Instance(`scale-${i}`, await freePort(), path.join(workDir, `instance-${i}.log`), {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      APP_URL: 'http://127.0.0.1',
      BETTER_AUTH_SECRET: SECRET,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: String(POOL),
      API_RATE_LIMIT: '0',
      AUTH_RATE_LIMIT: '0',
      DATA_DIR: path.join(workDir, `data-${i}`),
    });
    await instance.start('/health/ready');
    instances.push(instance);
  }
  const balancer =
    count > 1
      ? await haproxy(
          instances.map((i) => i.port),
          workDir,
        )
      : undefined;
  const url = balancer?.url ?? instances[0]!.url;
  const rows: Record<string, unknown>[] = [];
  try {
    for (const c of all) {
      if (c.requests.length === 0) continue;
      if (WARMUP > 0) await wrk(url, c.requests, CONNECTIONS, WARMUP);
      const r: WrkResult = await wrk(url, c.requests, CONNECTIONS, DURATION);
      const row = {
        instances: count,
        case: c.name,
        'req/s': r.reqPerSec,
        'p50 ms': r.latencyMs.p50,
        'p95 ms': r.latencyMs.p95,
        'p99 ms': r.latencyMs.p99,
        'max ms': r.latencyMs.max,
        errors: r.non2xx + r.errors + r.timeouts,
      };
      console.log(JSON.stringify(row));
      rows.push(row);
    }
  } finally {
    balancer?.stop();
    for (const instance of instances) await instance.stop('SIGTERM');
  }
  return rows;
}

/**
 * The plans of the list statements behind the cases (bench/large.ts's explain: the endpoint's own
 * statement, EXPLAIN (ANALYZE, BUFFERS)), for a person in no shared list (the statement without
 * the shared branch).
 */
async function plans(): Promise<string> {
  const db = await client(databaseUrl);
  try {
    const { rows } = await db.query(
      `select u.id from users u where not exists (select 1 from list_members m where m.user_id = u.id) order by u.id limit 1`,
    );
    const user = rows[0].id as string;
    const member = (await db.query('select user_id from list_members order by user_id limit 1')).rows[0]
      .user_id as string;
    const out: string[] = [];
    for (const [name, query, who] of [
      ['all open tasks, first page', 'limit=50', user],
      ['search (one word)', 'q=plants&limit=50', user],
      ['search (one word), a member of a shared list', 'q=plants&limit=50', member],
      ['Today', 'view=today&limit=50', user],
      ['Upcoming', 'view=upcoming&limit=50', user],
    ] as const) {
      const plan = await explain(db, who, { name, query }, who === member);
      out.push(
        `-- ${name} (${who}): ${plan.executionMs.toFixed(1)} ms (page ${plan.pageOnlyMs.toFixed(1)}, count ${plan.countOnlyMs.toFixed(1)}), ` +
          `buffers hit ${plan.sharedHit} read ${plan.sharedRead}\n${plan.nodes.join('\n')}`,
      );
    }
    return out.join('\n\n');
  } finally {
    await db.end();
  }
}

const workDir = await mkdtemp(path.join(os.tmpdir(), 'doable-scale-'));
const load_ = env.SCALE_RELOAD === '1' || !(await loaded()) ? await load() : undefined;
if (!load_) console.log(`Reusing ${DATABASE} (SCALE_RELOAD=1 loads it again).`);
const all = await cases();
const results: Record<string, unknown>[] = [];
for (const count of INSTANCES) results.push(...(await measure(count, all, workDir)));
console.table(results);
const planText = env.SCALE_PLANS === '0' ? '' : await plans();
if (planText) console.log(`\n${planText}`);
await mkdir(path.join(root, 'bench/results'), { recursive: true });
const file = path.join(root, 'bench/results', `scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(
  file,
  JSON.stringify({ users: USERS, tasks: TASKS, load: load_, results, plans: planText }, null, 2),
);
console.log(`Written: ${path.relative(root, file)}; logs in ${workDir}`);
