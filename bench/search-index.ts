// `npx tsx bench/search-index.ts`: which searches read one index, and what they cost without it.
// On the Postgres server (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/; a
// database doable_search_index_<random> is made there and dropped at the end): the `large`
// scenario's 100,000 tasks of one owner (bench/large.ts) and 20,000 of another who shares their
// busiest list with the first (so every search has its shared-lists branch), imported through
// POST /api/me/import. Each case is asked through the app (app.inject) as the first owner; every
// statement it sends with a text search (`@@`) is run again under EXPLAIN ANALYZE, five times in
// a transaction as it is and five times in a transaction that drops the index (BENCH_INDEX,
// default tasks_search_idx), both rolled back: the median time and the indexes each plan reads.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { SignJWT } from 'jose';
import pg from 'pg';
import { median } from '../scripts/harness.js';
import { buildApp } from '../server/app.js';
import { runMigrations } from '../server/migrate.js';
import { loadConfig } from '../server/platform/config.js';
import { openDatabase, rawQuery } from '../server/platform/db/client.js';
import { createServices } from '../server/services.js';
import { generateTasks, PICKS } from './large.js';

const SECRET = 'doable-bench-secret-not-for-production-0123456789abcdef';
const OWNER = 'bench-large';
const SHARER = 'bench-large-other';
const INDEX = process.env.BENCH_INDEX?.trim() || 'tasks_search_idx';
const NOW = Date.parse('2026-11-01T00:00:00Z');
const typo = (word: string) => word.slice(0, 2) + word.slice(3);
const filter = (text: string) => `filter=${encodeURIComponent(text)}`;

/** The product's search (q=, alone and with what makes it read tasks) and the filters' `search:`. */
const CASES = [
  `q=${PICKS.commonWord}`,
  `q=${PICKS.rareWord}`,
  `q=${PICKS.middleWord}&tag=${PICKS.secondTag}&status=pending`,
  `q=${PICKS.rareWord}&status=pending`,
  `q=${PICKS.rareWord}&sort=-created`,
  `q=${PICKS.middleWord}&sort=due`,
  `q=${PICKS.rareWord}&priority=high`,
  `q=${PICKS.commonWord}&priority=high`,
  `q=${PICKS.rareWord}&view=today`,
  `q=${PICKS.middleWord}&due=overdue`,
  `q=${PICKS.rareWord}&parent_id=none`,
  filter(`search: ${PICKS.rareWord}`),
  filter(`search: ${PICKS.middleWord} & no date`),
  filter(`search: ${typo(PICKS.middleWord)} & no date`),
  filter(`search: ${PICKS.commonWord} & p1`),
];

const token = (user: string) =>
  new SignJWT({ user_id: user })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user)
    .setIssuedAt()
    .setExpirationTime('2h')
    .setIssuer('doable')
    .setAudience('doable')
    .sign(new TextEncoder().encode(SECRET));

/** The statements `pool.query` runs while `fn` runs. */
async function sent(pool: pg.Pool, fn: () => Promise<void>): Promise<{ text: string; values: unknown[] }[]> {
  const out: { text: string; values: unknown[] }[] = [];
  const query = pool.query;
  pool.query = ((first: string | pg.QueryConfig, second?: unknown[]) => {
    const text = typeof first === 'string' ? first : first.text;
    out.push({ text, values: second ?? (typeof first === 'string' ? [] : (first.values ?? [])) });
    return (query as (...args: unknown[]) => unknown).call(pool, first, second);
  }) as typeof pool.query;
  try {
    await fn();
  } finally {
    pool.query = query;
  }
  return out;
}

/** The median execution time of five EXPLAIN ANALYZE runs, and the indexes the plan reads; `drop` drops INDEX first. */
async function explained(pool: pg.Pool, statement: { text: string; values: unknown[] }, drop: boolean) {
  const client = await pool.connect();
  try {
    await client.query('begin');
    if (drop) await client.query(`drop index ${INDEX}`);
    const times: number[] = [];
    let plan: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { rows } = await client.query(`explain (analyze) ${statement.text}`, statement.values);
      plan = rows.map((r) => String(r['QUERY PLAN']));
      times.push(Number(/Execution Time: ([\d.]+) ms/.exec(plan.at(-1)!)![1]));
    }
    const indexes = new Set(
      plan.flatMap((l) => [...l.matchAll(/ (?:using|on) (\w+_(?:idx|pkey))/g)].map((m) => m[1])),
    );
    return { ms: median(times), indexes: [...indexes] };
  } finally {
    await client.query('rollback');
    client.release();
  }
}

async function main(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/';
  const name = `doable_search_index_${randomBytes(4).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const adminQuery = async (text: string) => {
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    await c.query(text).finally(() => c.end());
  };
  await adminQuery(`create database "${name}"`);
  try {
    const handle = await openDatabase({ kind: 'server', url: url.toString(), poolMax: 4 });
    await runMigrations(handle);
    // A quiet production app (its 100 requests a second are enough for a case at a time).
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      BETTER_AUTH_SECRET: SECRET,
      APP_URL: 'http://127.0.0.1',
      DATABASE_URL: url.toString(),
    });
    const app = await buildApp({
      config,
      database: handle,
      services: await createServices(config, handle, SECRET),
    });
    await app.ready();
    try {
      const headers = async (user: string) => ({
        authorization: `Bearer ${await token(user)}`,
        'content-type': 'application/json',
      });
      for (const [user, count, seed] of [
        [OWNER, 100_000, 41],
        [SHARER, 20_000, 7],
      ] as const) {
        const tasks = generateTasks(count, seed, NOW);
        for (let start = 0; start < tasks.length; start += 10_000) {
          const res = await app.inject({
            method: 'POST',
            url: '/api/me/import',
            headers: await headers(user),
            payload: { format: 'doable-export', version: 1, tasks: tasks.slice(start, start + 10_000) },
          });
          if (res.statusCode !== 201) throw new Error(`import: ${res.statusCode} ${res.body}`);
        }
      }
      await rawQuery(
        handle.db,
        `insert into list_members (list_id, user_id, role)
          select l.id, $1, 'editor' from lists l join list_task_counts c on c.list_key = l.id
          where l.user_id = $2 order by c.total desc limit 1`,
        [OWNER, SHARER],
      );
      await rawQuery(handle.db, 'vacuum analyze', []);
      const pool = (handle.db as unknown as { $client: pg.Pool }).$client;
      const owner = await headers(OWNER);
      console.log(
        `Searches at 100,000 tasks, with and without ${INDEX}; load average ${os.loadavg()[0]!.toFixed(2)}`,
      );
      console.log(
        '(each statement with a text search: median of 5 EXPLAIN ANALYZE runs, ms; the indexes its plan reads)',
      );
      for (const query of CASES) {
        let count: unknown;
        const statements = await sent(pool, async () => {
          const res = await app.inject({
            method: 'GET',
            url: `/api/me/tasks?${query}&limit=50`,
            headers: owner,
          });
          if (res.statusCode !== 200) throw new Error(`${query}: ${res.statusCode} ${res.body}`);
          count = res.json().count;
        });
        console.log(`\n${decodeURIComponent(query)} (count ${count})`);
        for (const statement of statements.filter((s) => s.text.includes('@@'))) {
          const kept = await explained(pool, statement, false);
          const dropped = await explained(pool, statement, true);
          console.log(`  with    ${kept.ms.toFixed(1).padStart(7)}  ${kept.indexes.join(', ')}`);
          console.log(`  without ${dropped.ms.toFixed(1).padStart(7)}  ${dropped.indexes.join(', ')}`);
        }
      }
      console.log(`\nLoad average at the end ${os.loadavg()[0]!.toFixed(2)}`);
    } finally {
      await app.close();
      await handle.close();
    }
  } finally {
    await adminQuery(`drop database if exists "${name}" with (force)`);
  }
}

main().catch((error) => {
  console.error('search-index failed:', error);
  process.exit(1);
});
