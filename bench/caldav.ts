// `npm run bench:caldav`: CalDAV sync of one list of CALDAV_TASKS (10,000) tasks, on the embedded
// database and on the Postgres server (BENCH_DATABASE_URL, default the local one), through a real
// server (server/main.ts) over HTTP as the clients do it (docs/caldav.md):
// - the first sync, as vdirsyncer makes it: PROPFIND Depth 1 for every member's ETag, then one
//   calendar-multiget of every href (the whole calendar's iCalendar);
// - the check DAVx5 makes before each sync: PROPFIND Depth 0 for the ctag and the sync token;
// - an incremental sync after one change made over the REST API: sync-collection from the last
//   token, which must name exactly the changed task.
// The targets (goal 7 of docs/benchmarks.md): first sync under 2 s, incremental sync p95 under 50 ms. Prints medians of
// CALDAV_ROUNDS (3) first syncs and p50/p95 of CALDAV_CHANGES (200) incremental ones; results in
// bench/results/caldav-<timestamp>.json.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, Instance, median, percentile, root, signToken } from '../scripts/harness.js';
import { generateTasks, importTasks } from './large.js';

const TASKS = Number(process.env.CALDAV_TASKS ?? 10_000);
const ROUNDS = Number(process.env.CALDAV_ROUNDS ?? 3);
const CHANGES = Number(process.env.CALDAV_CHANGES ?? 200);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECRET = 'doable-bench-secret-not-for-production-0123456789abcdef';
const EMAIL = 'caldav-bench@example.com';

const ms = (n: number) => Math.round(n * 10) / 10;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const at = performance.now();
  const value = await fn();
  return [value, performance.now() - at];
}

async function dav(url: string, auth: string, method: string, target: string, body: string, depth?: string) {
  const res = await fetch(url + target, {
    method,
    headers: {
      authorization: auth,
      'content-type': 'application/xml; charset=utf-8',
      ...(depth === undefined ? {} : { depth }),
    },
    body,
  });
  const text = await res.text();
  if (res.status !== 207) throw new Error(`${method} ${target}: ${res.status} ${text.slice(0, 300)}`);
  return text;
}

const hrefsOf = (xml: string) => [...xml.matchAll(/<d:href>([^<]+\.ics)<\/d:href>/g)].map((m) => m[1]!);
const tokenOf = (xml: string) => /<d:sync-token>([^<]+)<\/d:sync-token>/.exec(xml)?.[1];

async function measure(kind: 'embedded' | 'server') {
  const work = await mkdtemp(path.join(os.tmpdir(), 'doable-bench-caldav-'));
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  let drop = async () => {};
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    APP_URL: appUrl,
    BETTER_AUTH_SECRET: SECRET,
    API_RATE_LIMIT: '0',
    AUTH_RATE_LIMIT: '0',
    DATA_DIR: path.join(work, 'data'),
  };
  if (kind === 'server') {
    const name = `doable_bench_caldav_${process.pid}`;
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(SERVER_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: SERVER_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const instance = new Instance(`caldav-${kind}`, port, path.join(work, 'server.log'), env);
  await instance.start('/health/ready');
  try {
    const signUp = await fetch(`${appUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: appUrl },
      body: JSON.stringify({ name: 'Bench', email: EMAIL, password: 'bench password 2026' }),
    });
    const userId = ((await signUp.json()) as { user: { id: string } }).user.id;
    const token = await signToken(SECRET, userId);
    const api = (method: string, p: string, body?: unknown) =>
      fetch(`${appUrl}${p}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const made = await api('POST', '/api/me/api-keys', { name: 'bench', scopes: ['caldav'] });
    const { key } = (await made.json()) as { key: string };
    const auth = `Basic ${Buffer.from(`${EMAIL}:${key}`).toString('base64')}`;
    // The benchmark's usual tasks (bench/large.ts), all in one list.
    const generated = generateTasks(TASKS, 42, Date.now()).map((t) => ({ ...t, list: 'Bench' }));
    const loaded = await importTasks(appUrl, { id: userId, token }, generated);
    const lists = (await (await api('GET', '/api/me/lists')).json()) as {
      lists: Array<{ id: number; name: string }>;
    };
    const listId = lists.lists.find((l) => l.name === 'Bench')!.id;
    const calendar = `/dav/calendars/${encodeURIComponent(userId)}/${listId}/`;

    const firsts: number[] = [];
    let hrefs: string[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const [, took] = await timed(async () => {
        const listing = await dav(
          appUrl,
          auth,
          'PROPFIND',
          calendar,
          '<propfind xmlns="DAV:"><prop><resourcetype/><getcontenttype/><getetag/></prop></propfind>',
          '1',
        );
        hrefs = hrefsOf(listing);
        const multiget = await dav(
          appUrl,
          auth,
          'REPORT',
          calendar,
          `<C:calendar-multiget xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><prop><getetag/><C:calendar-data/></prop>${hrefs
            .map((h) => `<href>${h}</href>`)
            .join('')}</C:calendar-multiget>`,
        );
        bytes = multiget.length;
      });
      firsts.push(took);
    }
    if (hrefs.length !== TASKS) throw new Error(`the listing named ${hrefs.length} tasks`);

    const checks: number[] = [];
    const syncs: number[] = [];
    const syncBody = (t: string) =>
      `<sync-collection xmlns="DAV:"><sync-token>${t}</sync-token><sync-level>1</sync-level><prop><getetag/></prop></sync-collection>`;
    let syncToken = tokenOf(await dav(appUrl, auth, 'REPORT', calendar, syncBody(''), '0'));
    if (!syncToken) throw new Error('no sync token');
    const page = await api('GET', `/api/me/tasks?list_id=${listId}&limit=200&status=pending`);
    const { tasks } = (await page.json()) as { tasks: Array<{ id: number }> };
    for (let i = 0; i < CHANGES; i++) {
      const task = tasks[i % tasks.length]!;
      const changed = await api('PATCH', `/api/me/tasks/${task.id}`, { title: `Changed ${i}` });
      if (changed.status !== 200) throw new Error(`PATCH: ${changed.status}`);
      const [, check] = await timed(() =>
        dav(
          appUrl,
          auth,
          'PROPFIND',
          calendar,
          '<propfind xmlns="DAV:" xmlns:CS="http://calendarserver.org/ns/"><prop><CS:getctag/><sync-token/></prop></propfind>',
          '0',
        ),
      );
      checks.push(check);
      const [answer, took] = await timed(() =>
        dav(appUrl, auth, 'REPORT', calendar, syncBody(syncToken!), '0'),
      );
      syncs.push(took);
      const named = hrefsOf(answer);
      if (named.length !== 1) throw new Error(`an incremental sync named ${named.length} tasks`);
      syncToken = tokenOf(answer) ?? syncToken;
    }
    return {
      database: kind,
      tasks: TASKS,
      'import s': ms(loaded.seconds),
      'first sync median ms': ms(median(firsts)),
      'first sync ms (each)': firsts.map(ms).join(' / '),
      'calendar data MB': ms(bytes / 1_048_576),
      'ctag check p50 ms': ms(percentile(checks, 50)),
      'ctag check p95 ms': ms(percentile(checks, 95)),
      'incremental p50 ms': ms(percentile(syncs, 50)),
      'incremental p95 ms': ms(percentile(syncs, 95)),
    };
  } finally {
    await instance.stop('SIGTERM');
    await drop();
    await rm(work, { recursive: true, force: true });
  }
}

const kinds = (process.env.CALDAV_DATABASES ?? 'embedded,server').split(',') as Array<'embedded' | 'server'>;
const results = [];
for (const kind of kinds) {
  const row = await measure(kind);
  console.log(JSON.stringify(row));
  results.push(row);
}
console.table(results);
await mkdir(path.join(root, 'bench/results'), { recursive: true });
const file = path.join(
  root,
  'bench/results',
  `caldav-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
);
await writeFile(file, JSON.stringify({ results }, null, 2));
console.log(`Written: ${path.relative(root, file)}`);
