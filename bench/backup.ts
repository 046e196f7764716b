// `npm run bench:backup`: how long a backup and a restore take, how big the file is, and (on the
// embedded database, which runs one transaction at a time) how long reads wait while a backup is
// written, against the same reads with no backup running.
//
// Data: BENCH_BACKUP_USERS users (10) sharing BENCH_BACKUP_TASKS tasks (100,000), inserted with SQL
// (the triggers fill the events, tallies and search as the API would); tags, descriptions and due
// dates on some. For each kind (embedded on disk in a temporary DATA_DIR, on its worker thread;
// the Postgres server at BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres,
// in a new database dropped afterwards): BENCH_ROUNDS (3) backups and restores into a new empty
// database, medians; a reader meanwhile runs one user's first page of 50 tasks in a loop, and its
// latencies during the backups are compared with a run of the same length without one.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { median, percentile } from '../scripts/harness.js';
import { restoreBackup } from '../server/features/backup/backup.restore.js';
import { Backups } from '../server/features/backup/backup.service.js';
import { runMigrations, SCHEMA } from '../server/migrate.js';
import {
  type DatabaseHandle,
  openDatabase,
  PGLITE_OPTIONS,
  queryRows,
} from '../server/platform/db/client.js';

const USERS = Number(process.env.BENCH_BACKUP_USERS ?? 10);
const TASKS = Number(process.env.BENCH_BACKUP_TASKS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function fill(handle: DatabaseHandle): Promise<void> {
  await queryRows(
    handle.db,
    sql`insert into users (id, name, email) select 'bench-' || i, 'Bench ' || i, 'bench' || i || '@example.com'
        from generate_series(1, ${USERS}::int) i`,
  );
  const batch = 10_000;
  for (let from = 0; from < TASKS; from += batch) {
    await queryRows(
      handle.db,
      sql`insert into tasks (user_id, title, description, tags, tag_keys, due_date, completed)
          select 'bench-' || (1 + i % ${USERS}), 'Task ' || i || ' water the plants',
                 case when i % 3 = 0 then repeat('Notes about task ' || i || '. ', 5) end,
                 case when i % 4 = 0 then array['home', 'tag' || (i % 30)] else '{}' end,
                 case when i % 4 = 0 then array['home', 'tag' || (i % 30)] else '{}' end,
                 case when i % 2 = 0 then date '2026-01-01' + (i % 700)::int end,
                 i % 5 = 0
          from generate_series(${from + 1}::int, ${Math.min(from + batch, TASKS)}::int) i`,
    );
  }
}

/** Runs `reader` in a loop until `until` settles; answers each read's milliseconds. */
async function readWhile(handle: DatabaseHandle, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const times: number[] = [];
  while (!done) {
    const started = performance.now();
    await queryRows(
      handle.db,
      sql`select id, title from tasks where user_id = 'bench-1' and not completed order by id limit 50`,
    );
    times.push(performance.now() - started);
  }
  return times;
}

interface Target {
  handle: DatabaseHandle;
  drop(): Promise<void>;
}

async function embeddedTarget(dir?: string): Promise<Target> {
  const dataDir = dir ?? (await mkdtemp(path.join(os.tmpdir(), 'doable-bench-backup-')));
  const handle = await openDatabase({ kind: 'embedded', dataDir });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function emptyEmbedded(): Promise<Target> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'doable-bench-restore-'));
  const pglite = await PGlite.create(path.join(dataDir, 'pglite'), PGLITE_OPTIONS);
  const handle = await openDatabase({ kind: 'embedded', pglite });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function serverTarget(migrated: boolean): Promise<Target> {
  const name = `doable_bench_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'server', url: url.toString(), poolMax: 4 });
  if (migrated) await runMigrations(handle);
  return {
    handle,
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: SERVER_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function bench(kind: 'embedded' | 'server'): Promise<Record<string, number | string>> {
  const source = kind === 'embedded' ? await embeddedTarget() : await serverTarget(true);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'doable-bench-files-'));
  try {
    if (kind === 'embedded') await runMigrations(source.handle);
    const filled = performance.now();
    await fill(source.handle);
    const fillMs = performance.now() - filled;
    const backups: number[] = [];
    const restores: number[] = [];
    const during: number[] = [];
    const idle: number[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const file = path.join(dir, `round-${round}.jsonl.gz`);
      const started = performance.now();
      const writing = new Backups(source.handle, { dir, everyMs: undefined, keep: ROUNDS }).run(file);
      const reads = readWhile(source.handle, writing);
      const summary = await writing;
      backups.push(performance.now() - started);
      during.push(...(await reads));
      bytes = summary.bytes;
      const quiet = new Promise((r) => setTimeout(r, backups.at(-1)));
      idle.push(...(await readWhile(source.handle, quiet)));
      const target = kind === 'embedded' ? await emptyEmbedded() : await serverTarget(false);
      try {
        const restoring = performance.now();
        await restoreBackup(target.handle, file, SCHEMA);
        restores.push(performance.now() - restoring);
      } finally {
        await target.drop();
      }
    }
    return {
      kind,
      tasks: TASKS,
      'fill s': (fillMs / 1000).toFixed(1),
      'backup s': (median(backups) / 1000).toFixed(2),
      MB: (bytes / 1024 / 1024).toFixed(1),
      'restore s': (median(restores) / 1000).toFixed(2),
      'read p50 idle ms': percentile(idle, 50).toFixed(1),
      'read p50 during ms': percentile(during, 50).toFixed(1),
      'read p99 idle ms': percentile(idle, 99).toFixed(1),
      'read p99 during ms': percentile(during, 99).toFixed(1),
      'read max during ms': Math.max(...during).toFixed(0),
      'reads during': during.length,
    };
  } finally {
    await source.drop();
    await rm(dir, { recursive: true, force: true });
  }
}

const kinds = (process.env.BENCH_BACKUP_KINDS ?? 'embedded,server').split(',') as ('embedded' | 'server')[];
const results = [];
for (const kind of kinds) results.push(await bench(kind));
console.table(results);
