// Import of one owner's tasks (export: transfer.export.ts). Import takes our JSON export back (validated as a whole
// before anything is written: transfer.reader.ts) and applies it a few hundred tasks per
// transaction, so other requests are served meanwhile: a task whose uid the owner already has is
// updated, or skipped when identical; any other is created (with the file's uid when it has one).
// A preview of an import is the same import with its writes left out (Plan, transfer.plan.ts; decision 0164).
import { and, eq, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database } from '../../platform/db/client.js';
import { tasks } from '../../platform/db/schema.js';
import { analyzeGrownTables } from '../../platform/db/statistics.js';
import { AppError } from '../../platform/errors.js';
import { getSettings } from '../settings/settings.service.js';
import { deriveNow } from '../tasks/tasks.derived.js';
import { taskColumns } from '../tasks/tasks.rows.js';
import { tagKey } from '../tasks/tasks.schema.js';
import { MAX_DEPTH } from '../tasks/tasks.tree.constants.js';
import type { DatesAsText, LeftOut } from './import.foreign.js';
import { BATCH } from './transfer.export.js';
import {
  ensureLists,
  ensureSections,
  type ListIds,
  listIdOf,
  Plan,
  type SectionIds,
  sectionIdOf,
  sectionsOfLists,
  sectionsOfTasks,
  tagsBefore,
} from './transfer.plan.js';
import { newRow, sameTask, updateTasks } from './transfer.rows.js';
import type { ImportList, ImportResult, ImportTask } from './transfer.schema.js';

/** Where an import's validated tasks come from, a batch at a time (transfer.reader.ts). */
export interface ImportSource {
  /** The number of tasks in the file. */
  readonly count: number;
  /** The file's lists (its tasks name lists too; either is matched by name or created). */
  readonly lists: ImportList[];
  /** Rows of another app's file that make no task, and why (none: every row makes one). */
  readonly leftOut?: LeftOut;
  /** Tasks of another app's file whose date is kept as text (none: every date was read). */
  readonly datesAsText?: DatesAsText;
  /** The file's tasks in order, in batches of at most 1000. */
  batches(): AsyncIterable<ImportTask[]>;
}

/** An import whose tasks are already in memory. */
export function importSourceOf(list: ImportTask[], lists: ImportList[] = []): ImportSource {
  return {
    count: list.length,
    lists,
    async *batches() {
      for (let start = 0; start < list.length; start += BATCH) yield list.slice(start, start + BATCH);
    },
  };
}

/**
 * How many tasks of a file one transaction of an import writes (creates, updates, or links to their
 * parents or series). An import commits every this many and lets other requests' statements run
 * before it goes on: on the embedded database (one connection) nothing else runs while a
 * transaction is open, and on a Postgres server its row locks are held this long only. About 40-80
 * ms of writing each on a shared 2-core machine.
 */
export const IMPORT_WRITE_BATCH = 250;

/** One task of the file, as the import found or made it here. */
interface Noted {
  /** Its id here. */
  id: number;
  task: ImportTask;
  /** Its parent here now (null for a top-level task, and for one just created with no parent yet). */
  parent: number | null;
  /** Its series link here before the import (null for a task just created). */
  series: number | null;
  outcome: 'created' | 'updated' | 'skipped';
}

/** The owner's stored columns of a task (not its subtask counts: an import compares none). */
const { subtasks: _subtasks, ...storedColumns } = taskColumns;
const NO_SUBTASKS = { open: 0, total: 0 };

/** Lets the statements other requests have queued run before the import's next transaction. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

const inChunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
};

/** Where a subtask goes with its parent: its tree's top task's list and section (undefined: its own stay). */
interface Relink {
  id: number;
  parent: number;
  list: number | null | undefined;
  section: number | null;
}

/** Sets parents (and the lists and sections of their tree's top task), one statement. */
async function setParents(tx: Database, userId: string, rows: Relink[]): Promise<void> {
  // A new version (and a live event) for each, created ones too: their creation event had no parent.
  await tx.execute(
    sql`update tasks set parent_id = l.parent, version = tasks.version + 1, updated_at = now(),
          list_id = case when l.keep then tasks.list_id else l.list end,
          section_id = case when l.keep then tasks.section_id else l.section end
        from unnest(${arrayLiteral(rows.map((r) => r.id))}::bigint[],
          ${arrayLiteral(rows.map((r) => r.parent))}::bigint[],
          ${arrayLiteral(rows.map((r) => r.list ?? null))}::bigint[],
          ${arrayLiteral(rows.map((r) => r.section))}::bigint[],
          ${arrayLiteral(rows.map((r) => r.list === undefined))}::boolean[]) as l(id, parent, list, section, keep)
        where tasks.user_id = ${userId} and tasks.id = l.id`,
  );
}

/** Integers (or nulls) as one Postgres array literal: one parameter, whatever the driver. */
const arrayLiteral = (values: readonly (number | boolean | null)[]) =>
  `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;

/** Another import's uid written first (the one-per-owner uid index) is a 409 saying what to do. */
function conflictOr(error: unknown): unknown {
  const { cause, constraint } = error as { cause?: { constraint?: string }; constraint?: string };
  if ((cause?.constraint ?? constraint) !== 'tasks_user_uid_idx') return error;
  return new AppError(
    'CONFLICT',
    'Another import added some of these tasks at the same time; send the file again to finish it (what is already imported is skipped)',
    { cause: error },
  );
}

export interface ImportOptions {
  /** Stops the import before its next transaction (the client has gone). */
  signal?: AbortSignal;
  /** A preview: decide and count everything as the import would, write nothing. */
  dryRun?: boolean;
}

/**
 * Applies a (validated) export to the owner's tasks, keeping completion, timestamps, priority,
 * tags, due moments, reminders and recurrence:
 * - a task with a uid the owner already has: skipped when identical, else updated (same id,
 *   version + 1); the file wins;
 * - any other task is created: with the file's uid when it has one (an export of another account,
 *   or of another server), else a new one (older exports carry no uids), and a new id.
 * Subtasks end up under their parents, occurrence records linked to their series' task here, found
 * by the file's ids (a series outside the file: a new record has no link, a task already here
 * keeps its own). Tasks of the owner that are not in the file are left alone.
 *
 * Written IMPORT_WRITE_BATCH tasks per transaction, other requests' statements running in between;
 * the file has been validated whole before (a bad task: nothing written). An import stopped half
 * way (the client gone, a 409, the server stopped) has written some of the file: the same file sent
 * again skips those and writes the rest, since tasks are matched by uid. Inside the caller's
 * transaction (an Idempotency-Key), all in that one transaction instead: all or nothing.
 *
 * With `dryRun` nothing is written and no transaction is held: the same reads and decisions, the
 * same refusals (a cap on lists or sections), and the same answer, counted by the same Plan.
 */
export async function importTasks(
  db: Database,
  userId: string,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const plan = new Plan(options.dryRun === true);
  const counts = { imported: 0, created: 0, updated: 0, skipped: 0 };
  const result = () => ({
    ...counts,
    lists: { ...plan.lists },
    sections: { ...plan.sections },
    tags: { ...plan.tags },
    left_out: source.leftOut ?? { count: 0, rows: [] },
    dates_as_text: source.datesAsText ?? { count: 0, rows: [] },
  });
  if (source.count === 0) return result();
  const inCallerTransaction: boolean = db instanceof PgTransaction;
  /** One transaction of the import (or part of the caller's), then a pause for everyone else. */
  const step = async (work: (tx: Database) => Promise<void>) => {
    // A preview only reads: no transaction to hold.
    if (inCallerTransaction || plan.dryRun) return work(db);
    if (options.signal?.aborted) throw new Error('the import was stopped: the client went away');
    await db.transaction(async (tx) => work(tx as unknown as Database));
    await pause();
  };

  const { timeZone } = await getSettings(db, userId);
  const tagsHere = await tagsBefore(db, userId);
  const listIds: ListIds = new Map();
  const sectionIds: SectionIds = new Map();
  /** The file's ids to the ids here. */
  const idOf = new Map<number, number>();
  /** The file's uids to the ids here. */
  const idOfUid = new Map<string, number>();
  /** The list the file gave each of its tasks (by id here); undefined when it named none. */
  const listOf = new Map<number, number | null | undefined>();
  /** The section the file gave each of its tasks (by id here), in the list it gave. */
  const sectionOf = new Map<number, number | null>();
  /**
   * The top task of each task's tree in the file (ids here), for the tasks whose ancestors are all
   * known already: a subtask created after its parent is created under it at once.
   */
  const topOf = new Map<number, number>();
  /** Tasks of the file that name a parent. */
  const children: Noted[] = [];
  /** Tasks of the file that are, or may need to be, occurrence records of a series. */
  const links: Noted[] = [];
  const namesParent = (t: ImportTask) => t.parent_uid != null || t.parent_id != null;
  const parentOfTask = (t: ImportTask) =>
    t.parent_uid != null
      ? idOfUid.get(t.parent_uid)
      : t.parent_id != null
        ? idOf.get(t.parent_id)
        : undefined;
  /** The top of a task's tree when its ancestors are known (noting it), else undefined. */
  const settleTop = (id: number, t: ImportTask): number | undefined => {
    const parent = namesParent(t) ? parentOfTask(t) : id;
    const top = parent === id ? id : parent === undefined ? undefined : topOf.get(parent);
    if (top !== undefined) topOf.set(id, top);
    return top;
  };
  const note = (n: Noted) => {
    const t = n.task;
    if (t.id !== undefined) idOf.set(t.id, n.id);
    if (t.uid !== undefined) idOfUid.set(t.uid, n.id);
    listOf.set(n.id, t.list === undefined ? undefined : listIdOf(t, listIds));
    sectionOf.set(n.id, sectionIdOf(t, listIds, sectionIds));
    if (namesParent(t)) children.push(n);
    if (t.series_task_id !== undefined && (t.series_task_id !== null || n.series !== null)) links.push(n);
    counts[n.outcome]++;
  };

  /** Brings one batch of the file's tasks in: updates, skips and creates, in one transaction. */
  const writeBatch = async (tx: Database, batch: ImportTask[]) => {
    await ensureLists(
      tx,
      userId,
      batch.flatMap((t) => (t.list == null ? [] : [{ name: t.list }])),
      listIds,
      plan,
    );
    await ensureSections(tx, userId, sectionsOfTasks(batch, listIds), sectionIds, plan);
    plan.countTags(
      batch.flatMap((t) => t.tags.map(tagKey)),
      tagsHere,
    );
    const uids = batch.flatMap((t) => (t.uid === undefined ? [] : [t.uid]));
    const existing =
      uids.length === 0
        ? []
        : await tx
            .select({ ...storedColumns, uid: tasks.uid })
            .from(tasks)
            .where(and(eq(tasks.userId, userId), sql`${tasks.uid} = any(${`{${uids.join(',')}}`}::uuid[])`));
    const byUid = new Map(existing.map((task) => [task.uid, task]));
    const creates: ImportTask[] = [];
    const changes: { id: number; task: ImportTask }[] = [];
    for (const t of batch) {
      const found = t.uid === undefined ? undefined : byUid.get(t.uid);
      if (found === undefined) {
        creates.push(t);
        continue;
      }
      const same = sameTask({ ...found, subtasks: NO_SUBTASKS }, t, listIds, sectionIds);
      if (!same) changes.push({ id: found.id, task: t });
      note({
        id: found.id,
        task: t,
        parent: found.parentId,
        series: found.seriesTaskId,
        outcome: same ? 'skipped' : 'updated',
      });
      settleTop(found.id, t);
    }
    if (changes.length > 0 && !plan.dryRun)
      await updateTasks(tx, userId, timeZone, changes, listIds, sectionIds);
    if (creates.length === 0) return;
    // A subtask whose parent and the rest of its tree are here already is created under it.
    const rows = creates.map((t) => {
      const row: ReturnType<typeof newRow> & { parentId?: number } = newRow(userId, t, listIds, sectionIds);
      const parent = namesParent(t) ? parentOfTask(t) : undefined;
      const top = parent === undefined ? undefined : topOf.get(parent);
      if (parent === undefined || top === undefined) return { row, parent: null };
      row.parentId = parent;
      const list = listOf.get(top);
      if (list !== undefined) {
        row.listId = list;
        row.sectionId = sectionOf.get(top) ?? null;
      }
      return { row, parent };
    });
    const inserted = plan.dryRun
      ? rows.map(() => ({ id: plan.provisionalId() }))
      : await tx
          .insert(tasks)
          .values(rows.map((r) => r.row))
          .returning({ id: tasks.id });
    const late: Relink[] = [];
    inserted.forEach(({ id }, i) => {
      const t = creates[i]!;
      const n: Noted = { id, task: t, parent: rows[i]!.parent, series: null, outcome: 'created' };
      note(n);
      const top = settleTop(id, t);
      // Its parent was created by this same statement: put under it now.
      if (n.parent === null && namesParent(t) && top !== undefined) {
        n.parent = parentOfTask(t)!;
        late.push({ id, parent: n.parent, list: listOf.get(top), section: sectionOf.get(top) ?? null });
      }
    });
    if (late.length > 0 && !plan.dryRun) await setParents(tx, userId, late);
  };

  try {
    await step(async (tx) => {
      await ensureLists(tx, userId, source.lists, listIds, plan);
      await ensureSections(tx, userId, sectionsOfLists(source.lists, listIds), sectionIds, plan);
    });
    for await (const batch of source.batches()) {
      for (const part of inChunks(batch, IMPORT_WRITE_BATCH)) await step((tx) => writeBatch(tx, part));
    }
    // Subtasks whose parent came later in the file, or that had another parent here: put under the
    // parent the file names (the import contract has checked that the tree has no cycle and nests at
    // most MAX_DEPTH deep), each in its top ancestor's list. A task that was identical but for its
    // parent has changed after all.
    const parentOf = new Map<number, number>();
    for (const child of children) {
      const parent = parentOfTask(child.task);
      if (parent !== undefined) parentOf.set(child.id, parent);
    }
    const relink: Relink[] = [];
    for (const child of children) {
      const parent = parentOf.get(child.id);
      if (parent === undefined || parent === child.parent) continue;
      if (child.outcome === 'skipped') {
        counts.skipped--;
        counts.updated++;
        child.outcome = 'updated';
      }
      let top = parent;
      for (let hops = 0; parentOf.has(top) && hops < MAX_DEPTH; hops++) top = parentOf.get(top)!;
      relink.push({ id: child.id, parent, list: listOf.get(top), section: sectionOf.get(top) ?? null });
    }
    if (!plan.dryRun)
      for (const part of inChunks(relink, IMPORT_WRITE_BATCH))
        await step((tx) => setParents(tx, userId, part));
    // Occurrence records point at their series' task here; a task that was identical but for its
    // link has changed after all.
    const series: [number, number | null, boolean][] = [];
    for (const link of links) {
      const to = link.task.series_task_id == null ? null : idOf.get(link.task.series_task_id);
      if (to === undefined || to === link.series) continue;
      const bump = link.outcome === 'skipped';
      if (bump) {
        counts.skipped--;
        counts.updated++;
      }
      series.push([link.id, to, bump]);
    }
    for (const part of plan.dryRun ? [] : inChunks(series, IMPORT_WRITE_BATCH)) {
      await step((tx) =>
        tx
          .execute(
            sql`update tasks set series_task_id = l.series,
                  version = tasks.version + case when l.bump then 1 else 0 end,
                  updated_at = case when l.bump then now() else tasks.updated_at end
                from unnest(${arrayLiteral(part.map(([id]) => id))}::bigint[],
                  ${arrayLiteral(part.map(([, s]) => s))}::bigint[],
                  ${arrayLiteral(part.map(([, , b]) => b))}::boolean[]) as l(id, series, bump)
                where tasks.user_id = ${userId} and tasks.id = l.id`,
          )
          .then(() => {}),
      );
    }
  } catch (error) {
    throw conflictOr(error);
  }
  counts.imported = counts.created + counts.updated;
  if (!plan.dryRun) {
    // The imported tasks' search rows and title words at once, in one statement, not a round later.
    if (counts.imported > 0) await deriveNow(db, userId);
    await settleStatistics(db, counts.created);
  }
  return result();
}

/**
 * After an import that grew the table by a good share (autovacuum's rule for analyzing: 50 rows
 * plus 10% of the table), brings the planner's statistics up to date at once, for the tasks and for
 * every table their triggers filled beside them (the search table, the words, the events: decision
 * 0173): PGlite never autovacuums, and a Postgres server gets to it within a minute or so, planning
 * meanwhile for the old, smaller tables (a search for a common word at 100,000 tasks read all of its
 * 40,000 matches: 95 ms against 11). The tasks are vacuumed too (their visibility map, for
 * index-only scans), except inside the caller's transaction (an Idempotency-Key), where VACUUM
 * cannot run. A vacuum or analyze already running is not waited for.
 */
async function settleStatistics(db: Database, imported: number): Promise<void> {
  if (imported < 50) return;
  const table = (await db.execute(
    sql`select reltuples::float8 as estimate from pg_class where oid = 'tasks'::regclass`,
  )) as unknown as { rows: { estimate: number }[] };
  if (imported < 50 + 0.1 * Math.max(0, Number(table.rows[0]?.estimate ?? 0))) return;
  if (!(db instanceof PgTransaction)) await db.execute(sql.raw('vacuum (analyze, skip_locked) tasks'));
  await analyzeGrownTables(db);
}
