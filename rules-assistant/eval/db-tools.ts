// The eval's tools on a real database: the real task tools (server/features/assistant/tools.ts, through the
// in-process MCP client the chat uses) over embedded PGlite with every migration, each case's
// fixture loaded through the service layer. The database's clock is the eval's: an `eval_clock.now()`
// first on the search path answers the eval's instant wherever the SQL says now() (today, overdue,
// completed_at), so "today" means 2025-06-11 in Karachi for the tools as for the agent.
import { PGlite } from '@electric-sql/pglite';
import type { ToolRunner } from '../../server/features/assistant/agent.js';
import { createList } from '../../server/features/lists/lists.service.js';
import { connectTools } from '../../server/features/mcp/mcp.client.js';
import { TaskInputSchema } from '../../server/features/tasks/tasks.schema.js';
import { createTask, setCompletion } from '../../server/features/tasks/tasks.service.js';
import { runMigrations } from '../../server/migrate.js';
import {
  type DatabaseHandle,
  openDatabase,
  PGLITE_OPTIONS,
  rawQuery,
} from '../../server/platform/db/client.js';
import { type FixtureTask, PEOPLE, SHARED_LISTS, type ToolSetup } from './sets.js';

/** What a case's tools may write, emptied between cases (the owner's rows go with their parents). */
const CASE_TABLES = [
  'task_comments',
  'tasks',
  'list_members',
  'list_invitations',
  'lists',
  'task_activity',
  'task_events',
  'task_reminders',
  'idempotency_keys',
  'email_outbox',
  'push_deliveries',
];

/** What a loaded fixture consists of, in insert order. */
const SNAPSHOT_TABLES = ['lists', 'list_members', 'tasks', 'task_activity'];

export interface EvalDatabase {
  /** The tools for one case: its fixture loaded, the caller bound (the previous case's connection closed). */
  tools: (setup: ToolSetup) => Promise<ToolRunner>;
  /** Moves the database's clock (the quick run's sets share one database; a full run opens one a set). */
  setClock(now: Date): Promise<void>;
  close(): Promise<void>;
}

/**
 * The migrated empty database, made and dumped once a process: each set's database is loaded from
 * the dump (as the tests' are) instead of running initdb and every migration again, which cost
 * seconds a set.
 */
let migrated: Promise<Blob | File> | undefined;
const migratedDump = (): Promise<Blob | File> => {
  migrated ??= (async () => {
    const pglite = new PGlite(PGLITE_OPTIONS);
    const handle = await openDatabase({ kind: 'embedded', pglite });
    await runMigrations(handle);
    const dump = await pglite.dumpDataDir('none');
    await handle.close();
    return dump;
  })();
  return migrated;
};

/**
 * Takes the migrated empty database from `load` instead of migrating one (the test suites pass the
 * snapshot their global setup made once a run); a process that has made its own keeps it.
 */
export function migratedDumpFrom(load: () => Promise<Blob>): void {
  migrated ??= load();
}

export async function openEvalDatabase(now: Date): Promise<EvalDatabase> {
  const pglite = await PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: await migratedDump() });
  const handle: DatabaseHandle = await openDatabase({ kind: 'embedded', pglite });
  const { db } = handle;
  const sql = (text: string, params: unknown[] = []) => rawQuery<Record<string, unknown>>(db, text, params);
  await sql('create schema eval_clock');
  await sql('set search_path to eval_clock, pg_catalog, public');
  /** Each snapshot table's stored columns (generated ones, like the search vector, are rebuilt). */
  const columns = new Map<string, string>();
  for (const table of SNAPSHOT_TABLES) {
    const cols = await sql(
      "select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position",
      [table],
    );
    columns.set(table, cols.map((c) => `"${String(c.column_name)}"`).join(', '));
  }
  let zone: string | null = null;
  /** Each fixture's rows once loaded through the services (keyed by the fixture array itself). */
  const snapshots = new Map<FixtureTask[], { userId: string; rows: Record<string, string> }>();
  let previous: { close(): Promise<void> } | null = null;
  /** The instant the SQL's now() answers (eval_clock.now(), first on the search path). */
  const setClock = async (at: Date) => {
    await sql(
      `create or replace function eval_clock.now() returns timestamptz language sql stable as $$ select '${at.toISOString()}'::timestamptz $$`,
    );
    now = at;
    // Fixtures loaded at another moment were made that long before it.
    snapshots.clear();
  };
  await setClock(now);

  const setup = async ({ userId, tasks, timeZone }: ToolSetup) => {
    await previous?.close();
    previous = null;
    if (zone !== timeZone) {
      for (const p of [{ ...PEOPLE[0]!, user_id: userId }, ...PEOPLE.slice(1)]) {
        await sql('insert into users (id, name, email) values ($1, $2, $3) on conflict (id) do nothing', [
          p.user_id,
          p.name,
          p.email,
        ]);
        await sql(
          'insert into user_settings (user_id, time_zone) values ($1, $2) on conflict (user_id) do update set time_zone = $2',
          [p.user_id, timeZone],
        );
      }
      zone = timeZone;
    }
    // Emptied by deletes in one round trip (a truncate of every table costs ~150 ms a case here).
    await pglite.exec(CASE_TABLES.map((t) => `delete from ${t};`).join('\n'));
    const saved = snapshots.get(tasks);
    if (saved && saved.userId === userId) {
      await restore(saved.rows);
      return connect(userId, tasks);
    }
    // Lists in the fixture's first-seen order; shared ones owned and joined as SHARED_LISTS says.
    const listIds = new Map<string, number>();
    for (const t of tasks) {
      if (!t.list || listIds.has(t.list)) continue;
      const people = SHARED_LISTS[t.list] ?? [[userId, 'owner'] as const];
      const owner = people[0]![0] === 'eval-user' ? userId : people[0]![0];
      const list = await createList(db, owner, { name: t.list });
      for (const [member, role] of people.slice(1)) {
        if (role === 'owner') continue;
        await sql('insert into list_members (list_id, user_id, role) values ($1, $2, $3)', [
          list.id,
          member === 'eval-user' ? userId : member,
          role,
        ]);
      }
      listIds.set(t.list, list.id);
    }
    for (const t of [...tasks].sort((a, b) => a.id - b.id)) {
      await sql("select setval(pg_get_serial_sequence('tasks', 'id'), $1, false)", [t.id]);
      const author = t.created_by && t.created_by !== 'eval-user' ? t.created_by : userId;
      const task = await createTask(
        db,
        author,
        TaskInputSchema.parse({
          title: t.title,
          ...(t.description ? { description: t.description } : {}),
          ...(t.priority ? { priority: t.priority } : {}),
          ...(t.tags ? { tags: t.tags } : {}),
          ...(t.due_date ? { due_date: t.due_date } : {}),
          ...(t.due_at ? { due_at: t.due_at } : {}),
          ...(t.recurrence ? { recurrence: t.recurrence } : {}),
          ...(t.reminders ? { reminders: t.reminders } : {}),
          ...(t.list ? { list_id: listIds.get(t.list)! } : {}),
          ...(t.assignee_id ? { assignee_id: t.assignee_id === 'eval-user' ? userId : t.assignee_id } : {}),
        }),
      );
      if (task.id !== t.id) throw new Error(`fixture task ${t.id} was stored as ${task.id}`);
      if (t.completed) await setCompletion(db, author, t.id, true);
      // A fixture's ages: minutes_ago, else its order (newest = highest id).
      const created = new Date(now.getTime() - (t.minutes_ago ?? 1000 - t.id) * 60_000);
      // A completed one given an age was finished that long ago too ("what did I finish this
      // week?"); one without was finished now.
      await sql(
        'update tasks set created_at = $2, completed_at = case when completed and $3 then $2 else completed_at end where id = $1',
        [t.id, created, t.minutes_ago !== undefined],
      );
      await sql("update task_activity set at = $2 where task_id = $1 and action = 'created'", [
        t.id,
        created,
      ]);
    }
    const rows: Record<string, string> = {};
    for (const table of SNAPSHOT_TABLES) {
      const [r] = await sql(`select coalesce(json_agg(t), '[]')::text as rows from ${table} t`);
      rows[table] = String(r!.rows);
    }
    snapshots.set(tasks, { userId, rows });
    return connect(userId, tasks);
  };

  /** A fixture loaded before, back as it was: rows as stored (triggers rebuild reminders and events). */
  const restore = async (rows: Record<string, string>) => {
    for (const table of SNAPSHOT_TABLES) {
      // The tasks' search rows and title words follow their events (decision 0180): derived
      // before the events their inserts wrote are dropped, as the app's deriver would.
      if (table === 'task_activity')
        await pglite.exec(
          'select doable_derive(array(select distinct user_id from tasks), true); delete from task_activity; delete from task_events;',
        );
      const cols = columns.get(table)!;
      await sql(
        `insert into ${table} (${cols}) overriding system value select ${cols} from json_populate_recordset(null::${table}, $1::json)`,
        [rows[table]],
      );
    }
    await sql(
      "select setval(pg_get_serial_sequence('lists', 'id'), coalesce((select max(id) from lists), 0) + 1, false)",
    );
  };

  const connect = async (userId: string, tasks: FixtureTask[]) => {
    // New tasks continue the fixture's ids.
    const next = Math.max(0, ...tasks.map((t) => t.id)) + 1;
    await sql("select setval(pg_get_serial_sequence('tasks', 'id'), $1, false)", [next]);
    // quick_add reads its words at the eval's clock, as the SQL does.
    const tools = await connectTools(db, userId, () => now);
    previous = tools;
    return tools.callTool;
  };

  return {
    tools: setup,
    setClock,
    close: async () => {
      await previous?.close();
      await handle.close();
    },
  };
}
