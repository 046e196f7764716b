// Export and import of one owner's tasks. Export streams in id order, a batch at a time, so a
// user with 100,000 tasks never has them all in memory at once; every task carries its uid, its
// identity across accounts and servers. Import takes our JSON export back (validated as a whole
// before anything is written: transfer.reader.ts) and applies it a few hundred tasks per
// transaction, so other requests are served meanwhile: a task whose uid the owner already has is
// updated, or skipped when identical; any other is created (with the file's uid when it has one).
// A preview of an import is the same import with its writes left out (Plan, below; decision 0164).
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database } from '../../platform/db/client.js';
import { lists, sections, tagTaskCounts, tasks } from '../../platform/db/schema.js';
import { analyzeGrownTables } from '../../platform/db/statistics.js';
import { AppError } from '../../platform/errors.js';
import { toListJson } from '../lists/lists.presenter.js';
import { MAX_LISTS } from '../lists/lists.schema.js';
import { listLists } from '../lists/lists.service.js';
import { toSectionJson } from '../sections/sections.presenter.js';
import { MAX_SECTIONS } from '../sections/sections.schema.js';
import { getSettings } from '../settings/settings.service.js';
import { toTaskJson } from '../tasks/tasks.presenter.js';
import { dueSortOf, PLAIN_COLUMNS, type Task, taskColumns } from '../tasks/tasks.rows.js';
import { PRIORITIES, tagKey } from '../tasks/tasks.schema.js';
import { seriesOf } from '../tasks/tasks.series.js';
import { MAX_DEPTH } from '../tasks/tasks.tree.constants.js';
import { csvHeader, csvRow, type ExportTask, icsFooter, icsHeader, icsTodo } from './formats.js';
import type { LeftOut } from './import.foreign.js';
import type { ImportList, ImportResult, ImportTask } from './transfer.schema.js';

export const EXPORT_FORMATS = ['json', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

const BATCH = 1000;

/** The owner's tasks in id order, a batch per query, as the API shows them plus their uid. */
async function* ownedTasks(db: Database, userId: string): AsyncGenerator<ExportTask> {
  let after = 0;
  for (;;) {
    const batch: (Task & {
      uid: string;
      list: string | null;
      section: string | null;
      parentUid: string | null;
    })[] = await db
      .select({
        ...taskColumns,
        uid: tasks.uid,
        list: lists.name,
        section: sections.name,
        parentUid: sql<string | null>`(select p.uid from tasks p where p.id = ${tasks.parentId})`,
      })
      .from(tasks)
      .leftJoin(lists, eq(lists.id, tasks.listId))
      .leftJoin(sections, eq(sections.id, tasks.sectionId))
      .where(and(eq(tasks.userId, userId), gt(tasks.id, after)))
      .orderBy(asc(tasks.id))
      .limit(BATCH);
    for (const { list, section, parentUid, ...task } of batch) {
      // Who made a task and who it is assigned to name other accounts: not carried to another.
      const { created_by: _by, assignee_id: _to, ...json } = toTaskJson(task);
      yield { ...json, uid: task.uid, list, section, parent_uid: parentUid };
    }
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}

export interface ExportOptions {
  format: ExportFormat;
  timeZone: string;
  now?: Date;
}

/** The export as text chunks: header, one chunk per task, footer. */
export async function* exportTasks(
  db: Database,
  userId: string,
  options: ExportOptions,
): AsyncGenerator<string> {
  const now = options.now ?? new Date();
  const source = ownedTasks(db, userId);
  if (options.format === 'csv') {
    yield csvHeader();
    for await (const task of source) yield csvRow(task);
    return;
  }
  if (options.format === 'ics') {
    yield icsHeader({ calendarName: 'Doable tasks', now });
    for await (const task of source) yield icsTodo(task, { now });
    yield icsFooter();
    return;
  }
  const head = {
    format: 'doable-export',
    version: 1,
    exported_at: now.toISOString(),
    time_zone: options.timeZone,
    // The caller's own lists, each with its sections: the file holds their own tasks, not those of
    // lists shared with them.
    lists: await ownListsWithSections(db, userId),
  };
  yield `${JSON.stringify(head).slice(0, -1)},"tasks":[`;
  let first = true;
  for await (const task of source) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(task)}`;
    first = false;
  }
  yield '\n]}\n';
}

/** The owner's own lists as the API shows them, each with its sections in order. */
async function ownListsWithSections(db: Database, userId: string) {
  const [own, rows] = await Promise.all([
    listLists(db, userId),
    db
      .select()
      .from(sections)
      .where(eq(sections.userId, userId))
      .orderBy(asc(sections.listId), asc(sections.position), asc(sections.id)),
  ]);
  return own
    .filter((l) => l.userId === userId)
    .map((l) => ({
      ...toListJson(l),
      sections: rows.filter((r) => r.listId === l.id).map(toSectionJson),
    }));
}

/** Where an import's validated tasks come from, a batch at a time (transfer.reader.ts). */
export interface ImportSource {
  /** The number of tasks in the file. */
  readonly count: number;
  /** The file's lists (its tasks name lists too; either is matched by name or created). */
  readonly lists: ImportList[];
  /** Rows of another app's file that make no task, and why (none: every row makes one). */
  readonly leftOut?: LeftOut;
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

const completedAtOf = (t: ImportTask) => (t.completed ? (t.completed_at ?? t.updated_at ?? null) : null);
const recurrenceFromOf = (t: ImportTask) => (t.recurrence == null ? null : (t.recurrence_from ?? 'due'));

/** How an import found the lists, sections or tags a file names: made by it, or already the owner's. */
interface Made {
  created: number;
  existing: number;
}

/**
 * What one import decides, counted as it decides. A preview (dryRun) is the same import, its reads
 * and its decisions, with each write left out: what it would make gets a provisional id (negative,
 * never a row's) and is remembered as if written, so every later decision (a list found by name, a
 * task unchanged or moved, a cap reached) is the one the import then makes.
 */
class Plan {
  readonly lists: Made = { created: 0, existing: 0 };
  readonly sections: Made = { created: 0, existing: 0 };
  readonly tags: Made = { created: 0, existing: 0 };
  /** The lists and sections a preview would have made. */
  readonly provisionalLists: { id: number; name: string }[] = [];
  readonly provisionalSections: { id: number; listId: number; name: string }[] = [];
  #lastId = 0;
  readonly #counted = new Set<string>();
  constructor(readonly dryRun: boolean) {}

  /** A provisional id: what a preview has instead of a row it did not write. */
  provisionalId(): number {
    this.#lastId--;
    return this.#lastId;
  }

  /** Rows a preview would have made, with provisional ids, remembered in `into`. */
  provide<T extends object>(into: (T & { id: number })[], rows: T[]): (T & { id: number })[] {
    const made = rows.map((row) => ({ ...row, id: this.provisionalId() }));
    into.push(...made);
    return made;
  }

  countLists(keys: string[], created: string[] = []): void {
    this.#count('list', this.lists, keys, created);
  }

  countSections(keys: string[], created: string[] = []): void {
    this.#count('section', this.sections, keys, created);
  }

  /** The tags of a batch, new unless some task of the owner had them before the import. */
  countTags(keys: string[], before: ReadonlySet<string>): void {
    this.#count(
      'tag',
      this.tags,
      keys,
      keys.filter((key) => !before.has(key)),
    );
  }

  /** Each name once per import: made by it (in `created`), or already there. */
  #count(kind: string, into: Made, keys: string[], created: string[]): void {
    const made = new Set(created);
    for (const key of keys) {
      const at = `${kind}\u0000${key}`;
      if (this.#counted.has(at)) continue;
      this.#counted.add(at);
      if (made.has(key)) into.created++;
      else into.existing++;
    }
  }
}

/** The tags (case-folded) some task of the owner has, before an import. */
async function tagsBefore(db: Database, userId: string): Promise<Set<string>> {
  const rows = await db
    .select({ key: tagTaskCounts.tagKey })
    .from(tagTaskCounts)
    .where(and(eq(tagTaskCounts.userId, userId), gt(tagTaskCounts.total, 0)));
  return new Set(rows.map((r) => r.key));
}

/** List names (case-folded) to the owner's list ids, for one import. */
type ListIds = Map<string, number>;

const listKey = (name: string) => name.toLowerCase();

/**
 * The owner's lists for the names a batch (or the file's own list of lists) uses: each found by
 * name, case-insensitively, or created (with the file's color and archived flag). Past MAX_LISTS
 * lists the whole import is refused.
 */
async function ensureLists(
  tx: Database,
  userId: string,
  wanted: { name: string; color?: string | null; archived?: boolean; position?: number }[],
  ids: ListIds,
  plan: Plan,
): Promise<void> {
  const missing = new Map<string, (typeof wanted)[number]>();
  for (const list of wanted) {
    const key = listKey(list.name);
    if (!ids.has(key) && !missing.has(key)) missing.set(key, list);
  }
  if (missing.size === 0) return plan.countLists(wanted.map((l) => listKey(l.name)));
  const existing = [
    ...(await tx
      .select({ id: lists.id, name: lists.name })
      .from(lists)
      .where(eq(lists.userId, userId))
      .orderBy(asc(lists.archived), asc(lists.position), asc(lists.id))),
    ...plan.provisionalLists,
  ];
  for (const row of existing) {
    const key = listKey(row.name);
    if (!ids.has(key)) ids.set(key, row.id);
    missing.delete(key);
  }
  if (missing.size === 0) return plan.countLists(wanted.map((l) => listKey(l.name)));
  if (existing.length + missing.size > MAX_LISTS) {
    throw new AppError(
      'CONFLICT',
      `This import needs ${missing.size} new lists; an account has at most ${MAX_LISTS} lists`,
    );
  }
  const created = plan.dryRun
    ? plan.provide(
        plan.provisionalLists,
        [...missing.values()].map((list) => ({ name: list.name })),
      )
    : await tx
        .insert(lists)
        .values(
          [...missing.values()].map((list) => ({
            userId,
            name: list.name,
            color: list.color ?? null,
            archived: list.archived ?? false,
            ...(list.position === undefined ? {} : { position: list.position }),
          })),
        )
        .returning({ id: lists.id, name: lists.name });
  for (const row of created) ids.set(listKey(row.name), row.id);
  plan.countLists(
    wanted.map((l) => listKey(l.name)),
    created.map((row) => listKey(row.name)),
  );
}

const listIdOf = (t: ImportTask, ids: ListIds) =>
  t.list == null ? null : (ids.get(listKey(t.list)) ?? null);

/** A list's section names (case-folded, with the list's id) to the owner's section ids, for one import. */
type SectionIds = Map<string, number>;

const sectionKey = (listId: number, name: string) => `${listId}\u0000${name.toLowerCase()}`;

/**
 * The owner's sections for the (list, name) pairs a batch or the file's lists use: each found by
 * name in its list, case-insensitively, or created (last, or at the file's position). Past
 * MAX_SECTIONS in a list the whole import is refused.
 */
async function ensureSections(
  tx: Database,
  userId: string,
  wanted: { listId: number; name: string; position?: number | undefined }[],
  ids: SectionIds,
  plan: Plan,
): Promise<void> {
  const keys = wanted.map((s) => sectionKey(s.listId, s.name));
  const missing = new Map<string, (typeof wanted)[number]>();
  for (const section of wanted) {
    const key = sectionKey(section.listId, section.name);
    if (!ids.has(key) && !missing.has(key)) missing.set(key, section);
  }
  if (missing.size === 0) return plan.countSections(keys);
  const listIds = [...new Set([...missing.values()].map((s) => s.listId))];
  const existing = [
    ...(await tx
      .select({ id: sections.id, listId: sections.listId, name: sections.name })
      .from(sections)
      .where(
        and(
          eq(sections.userId, userId),
          sql`${sections.listId} = any(${`{${listIds.join(',')}}`}::bigint[])`,
        ),
      )
      .orderBy(asc(sections.position), asc(sections.id))),
    ...plan.provisionalSections.filter((s) => listIds.includes(s.listId)),
  ];
  for (const row of existing) {
    const key = sectionKey(row.listId, row.name);
    if (!ids.has(key)) ids.set(key, row.id);
    missing.delete(key);
  }
  if (missing.size === 0) return plan.countSections(keys);
  for (const listId of listIds) {
    const have = existing.filter((r) => r.listId === listId).length;
    const adding = [...missing.values()].filter((s) => s.listId === listId).length;
    if (have + adding > MAX_SECTIONS) {
      throw new AppError(
        'CONFLICT',
        `This import needs ${adding} new sections in one list; a list has at most ${MAX_SECTIONS} sections`,
      );
    }
  }
  const created = plan.dryRun
    ? plan.provide(
        plan.provisionalSections,
        [...missing.values()].map((s) => ({ listId: s.listId, name: s.name })),
      )
    : await tx
        .insert(sections)
        .values(
          [...missing.values()].map((section) => ({
            userId,
            listId: section.listId,
            name: section.name,
            ...(section.position === undefined ? {} : { position: section.position }),
          })),
        )
        .returning({ id: sections.id, listId: sections.listId, name: sections.name });
  for (const row of created) ids.set(sectionKey(row.listId, row.name), row.id);
  plan.countSections(
    keys,
    created.map((row) => sectionKey(row.listId, row.name)),
  );
}

/** The sections the file's lists hold, for ensureSections (their lists made already). */
const sectionsOfLists = (fileLists: ImportList[], listIds: ListIds) =>
  fileLists.flatMap((list) => {
    const listId = listIds.get(listKey(list.name));
    return listId === undefined
      ? []
      : list.sections.map((s) => ({ listId, name: s.name, position: s.position }));
  });

/** The sections a batch's tasks name, for ensureSections (their lists made already). */
const sectionsOfTasks = (batch: ImportTask[], listIds: ListIds) =>
  batch.flatMap((t) => {
    const listId = listIdOf(t, listIds);
    return listId === null || t.section == null ? [] : [{ listId, name: t.section }];
  });

const sectionIdOf = (t: ImportTask, listIds: ListIds, ids: SectionIds) => {
  const listId = listIdOf(t, listIds);
  return listId === null || t.section == null ? null : (ids.get(sectionKey(listId, t.section)) ?? null);
};

/** A new task for the owner from one task of the file: its uid (when it has one), timestamps and all. */
function newRow(userId: string, t: ImportTask, listIds: ListIds, sectionIds: SectionIds) {
  const created = t.created_at ?? t.updated_at;
  const completedAt = completedAtOf(t);
  const dueDate = t.due_date ?? null;
  const dueAt = t.due_at ?? null;
  return {
    userId,
    ...(t.uid === undefined ? {} : { uid: t.uid }),
    title: t.title,
    description: t.description ?? null,
    completed: t.completed,
    completedAt: completedAt ? new Date(completedAt) : t.completed ? sql`now()` : null,
    priority: PRIORITIES.indexOf(t.priority),
    tags: t.tags,
    tagKeys: t.tags.map(tagKey),
    dueDate,
    dueAt: dueAt ? new Date(dueAt) : null,
    dueSort: dueSortOf(userId, dueDate, dueAt),
    createdAt: created ? new Date(created) : sql`now()`,
    updatedAt: t.updated_at ? new Date(t.updated_at) : created ? new Date(created) : sql`now()`,
    ...seriesOf(userId, t.recurrence ?? null, t.recurrence_from ?? undefined, dueDate, dueAt),
    reminders: t.reminders,
    ...Object.fromEntries(PLAIN_COLUMNS.map((c) => [c.key, t[c.json] ?? null])),
    listId: listIdOf(t, listIds),
    sectionId: sectionIdOf(t, listIds, sectionIds),
    ...(t.position === undefined ? {} : { position: t.position }),
  };
}

/**
 * Whether the owner's task already says what the file says: everything an import writes but the
 * series link (compared once every task of the file has its id here) and the timestamps.
 */
function sameTask(current: Task, t: ImportTask, listIds: ListIds, sectionIds: SectionIds): boolean {
  const json = toTaskJson(current);
  if (t.list !== undefined && json.list_id !== listIdOf(t, listIds)) return false;
  if (t.list !== undefined && json.section_id !== sectionIdOf(t, listIds, sectionIds)) return false;
  if (t.position !== undefined && json.position !== t.position) return false;
  const completedAt = t.completed ? (completedAtOf(t) ?? json.completed_at) : null;
  return (
    json.title === t.title &&
    json.description === (t.description ?? null) &&
    json.completed === t.completed &&
    json.completed_at === completedAt &&
    json.priority === t.priority &&
    json.tags.length === t.tags.length &&
    json.tags.every((tag, i) => tag === t.tags[i]) &&
    json.due_date === (t.due_date ?? null) &&
    json.due_at === (t.due_at ?? null) &&
    json.recurrence === (t.recurrence ?? null) &&
    json.recurrence_from === recurrenceFromOf(t) &&
    JSON.stringify(json.reminders) === JSON.stringify(t.reminders) &&
    PLAIN_COLUMNS.every((c) => JSON.stringify(json[c.json]) === JSON.stringify(t[c.json] ?? null))
  );
}

/**
 * Brings the owner's tasks `changes` (id and the file's task) to what the file says, keeping their
 * ids and creation time: version + 1, updated_at now. As an edit does, a change of the rule or the
 * due moment restarts a series (its COUNT). One statement per batch.
 */
async function updateTasks(
  tx: Database,
  userId: string,
  zone: string,
  changes: { id: number; task: ImportTask }[],
  listIds: ListIds,
  sectionIds: SectionIds,
): Promise<void> {
  const rows = changes.map(({ id, task: t }) => ({
    id,
    // A file without lists (an older export) leaves the task's list and section alone.
    keep_list: t.list === undefined,
    list_id: listIdOf(t, listIds),
    section_id: sectionIdOf(t, listIds, sectionIds),
    position: t.position ?? null,
    title: t.title,
    description: t.description ?? null,
    completed: t.completed,
    completed_at: completedAtOf(t),
    priority: PRIORITIES.indexOf(t.priority),
    tags: t.tags,
    tag_keys: t.tags.map(tagKey),
    due_date: t.due_date ?? null,
    due_at: t.due_at ?? null,
    recurrence: t.recurrence ?? null,
    recurrence_from: recurrenceFromOf(t),
    reminders: t.reminders,
    ...Object.fromEntries(PLAIN_COLUMNS.map((c) => [c.name, t[c.json] ?? null])),
  }));
  await tx.execute(sql`
    update tasks set
      title = f.title,
      description = f.description,
      completed = f.completed,
      completed_at = case when f.completed then coalesce(f.completed_at, tasks.completed_at, now()) end,
      priority = f.priority,
      tags = f.tags,
      tag_keys = f.tag_keys,
      due_date = f.due_date,
      due_at = f.due_at,
      due_sort = coalesce(f.due_at, f.due_date::timestamp at time zone ${zone}),
      recurrence = f.recurrence,
      recurrence_from = f.recurrence_from,
      series_start_date = case when f.recurrence is not null
        then coalesce(f.due_date, (f.due_at at time zone ${zone})::date) end,
      series_start_time = case when f.recurrence is not null
        then to_char(f.due_at at time zone ${zone}, 'HH24:MI') end,
      occurrences_done = case when tasks.recurrence is distinct from f.recurrence
        or tasks.due_date is distinct from f.due_date or tasks.due_at is distinct from f.due_at
        then 0 else tasks.occurrences_done end,
      reminders = f.reminders,${sql.raw(PLAIN_COLUMNS.map((c) => `\n      ${c.name} = f.${c.name},`).join(''))}
      list_id = case when f.keep_list then tasks.list_id else f.list_id end,
      section_id = case when f.keep_list then tasks.section_id else f.section_id end,
      position = coalesce(f.position, tasks.position),
      version = tasks.version + 1,
      updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as f(
      id bigint, keep_list boolean, list_id bigint, section_id bigint, position float8, title text, description text, completed boolean, completed_at timestamptz,
      priority smallint, tags text[], tag_keys text[], due_date date, due_at timestamptz,
      recurrence text, recurrence_from text, reminders jsonb${sql.raw(PLAIN_COLUMNS.map((c) => `, ${c.name} ${c.type}`).join(''))})
    where tasks.user_id = ${userId} and tasks.id = f.id`);
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
  if (!plan.dryRun) await settleStatistics(db, counts.created);
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
