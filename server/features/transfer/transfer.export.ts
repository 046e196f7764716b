// Export of one owner's tasks as JSON, CSV or iCalendar, streamed in id order a batch at a time, so a
// user with 100,000 tasks never has them all in memory at once; every task carries its uid, its
// identity across accounts and servers.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { icsFooter, icsHeader, icsTodo } from '#shared/ical/ical.js';
import type { Database } from '../../platform/db/client.js';
import { lists, sections, tasks } from '../../platform/db/schema.js';
import { toListJson } from '../lists/lists.presenter.js';
import { listLists } from '../lists/lists.service.js';
import { toSectionJson } from '../sections/sections.presenter.js';
import { toTaskJson } from '../tasks/tasks.presenter.js';
import { type Task, taskColumns } from '../tasks/tasks.rows.js';
import { csvHeader, csvRow, type ExportTask } from './formats.js';

export const EXPORT_FORMATS = ['json', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

/** Tasks per batch: an export reads, an import source hands over, this many at a time. */
export const BATCH = 1000;

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
