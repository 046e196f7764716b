// The filter language scored against a blind corpus of Todoist's date filters (test/time-corpus/,
// test/time-corpus-holdout/): for each line, an account in the line's zone and date order on a
// fresh embedded database, its tasks made by the task service, and the filter run by the list
// service (listTasks: the filter read, compiled and run as `GET /api/me/tasks?filter=` runs it), at
// the line's `now`. Used by scripts/time-corpus-filters.ts and test/time-corpus.test.ts.
//
// The line's `now` is the database's: a function `now()` in a schema searched before pg_catalog
// answers the instant in the setting `corpus.now`, so every `now()` of the statements (today,
// overdue) and the clock the filter reads its date phrases by are the line's.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { dayOf } from '#shared/time/days.js';
import { zonedInstant } from '#shared/time/zone.js';
import { updateSettings } from '../../server/features/settings/settings.service.js';
import { listTasks } from '../../server/features/tasks/tasks.list.js';
import { createTask } from '../../server/features/tasks/tasks.service.js';
import { runMigrations } from '../../server/migrate.js';
import {
  type DatabaseHandle,
  openDatabase,
  PGLITE_OPTIONS,
  rawQuery,
} from '../../server/platform/db/client.js';

interface CorpusTask {
  title: string;
  due_date?: string;
  due_at?: string;
  recurring?: boolean;
  deadline?: string;
}

interface Line {
  id: string;
  filter: string;
  now: string;
  zone: string;
  tasks: CorpusTask[];
  expect: string[];
}

/** An instant from a local wall time (YYYY-MM-DDTHH:MM[:SS]) in `zone`. */
function instantOf(local: string, zone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(local);
  if (!m) throw new Error(`not a local time: ${local}`);
  const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  const seconds = Number(m[6] ?? 0) * 1000;
  return new Date(zonedInstant(day, Number(m[4]) * 60 + Number(m[5]), zone) + seconds);
}

/** The corpus's convention: day-first in Karachi and Berlin, month-first in New York. */
const dateOrderOf = (zone: string) => (zone.startsWith('America/') ? 'mdy' : 'dmy');

/** A new embedded database with every migration applied (the script's: it has no test snapshot). */
async function migratedDatabase(): Promise<DatabaseHandle> {
  const database = await openDatabase({ kind: 'embedded', pglite: await PGlite.create(PGLITE_OPTIONS) });
  await runMigrations(database);
  return database;
}

/**
 * The lines that match, of how many, and each miss in words. `open` gives the fresh, migrated
 * database (the suite's: a copy of the run's migrated snapshot).
 */
export async function scoreFilters(
  file: URL,
  open: () => Promise<DatabaseHandle> = migratedDatabase,
): Promise<{ passed: number; total: number; misses: string[] }> {
  const lines: Line[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))
    .filter((l) => !l.header);

  const database = await open();
  const { db } = database;
  await rawQuery(db, 'create schema corpus_clock', []);
  await rawQuery(
    db,
    'create function corpus_clock.now() returns timestamptz language sql stable ' +
      "as $$ select current_setting('corpus.now')::timestamptz $$",
    [],
  );
  await rawQuery(db, "select set_config('corpus.now', $1, false)", [new Date().toISOString()]);
  await rawQuery(db, 'set search_path = corpus_clock, public, pg_catalog', []);

  const misses: string[] = [];
  let passed = 0;
  for (const line of lines) {
    const user = `corpus-${line.id}`;
    await rawQuery(db, 'insert into users (id, name, email) values ($1, $1, $2)', [
      user,
      `${user}@example.com`,
    ]);
    await updateSettings(db, user, { timeZone: line.zone, dateOrder: dateOrderOf(line.zone) });
    const now = instantOf(line.now, line.zone);
    await rawQuery(db, "select set_config('corpus.now', $1, false)", [now.toISOString()]);
    for (const task of line.tasks) {
      await createTask(db, user, {
        title: task.title,
        ...(task.due_date ? { due_date: task.due_date } : {}),
        ...(task.due_at ? { due_at: instantOf(task.due_at, line.zone).toISOString() } : {}),
        ...(task.recurring ? { recurrence: 'FREQ=DAILY' } : {}),
        ...(task.deadline ? { deadline: task.deadline } : {}),
      } as Parameters<typeof createTask>[2]);
    }
    let got: string[];
    try {
      const page = await listTasks(db, user, { filter: line.filter, limit: 200, status: 'all' });
      got = page.tasks.map((t) => t.title).sort();
    } catch (error) {
      misses.push(`${line.id}  ${line.filter}\n    error: ${(error as Error).message}`);
      continue;
    }
    const expected = [...line.expect].sort();
    if (got.join('\u0000') === expected.join('\u0000')) {
      passed++;
    } else {
      const extra = got.filter((t) => !expected.includes(t));
      const missing = expected.filter((t) => !got.includes(t));
      misses.push(
        `${line.id}  ${line.filter}  (now ${line.now} ${line.zone})\n` +
          `    expected [${expected.join(', ')}], got [${got.join(', ')}]` +
          `${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; extra ${extra.join(', ')}` : ''}`,
      );
    }
  }
  await database.close();
  return { passed, total: lines.length, misses };
}
