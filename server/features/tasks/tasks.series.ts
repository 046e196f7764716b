// Recurring tasks: a series' columns from its rule and first due moment, moving a series to its
// next occurrence when the current one is completed or skipped (in the owner's time zone), and
// back when that completion is taken back (Undo).
import { and, eq, type SQL, sql } from 'drizzle-orm';
import {
  localMoment,
  nextOccurrence,
  nextOccurrenceFromCompletion,
  parseRule,
} from '#shared/recurrence/index.js';
import { actorOn, asActor } from '../../platform/access/access.js';
import type { Database } from '../../platform/db/client.js';
import { tasks } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { getSettings } from '../settings/settings.service.js';
import {
  assertExpected,
  assertPossibleId,
  dueSortOf,
  type Expected,
  keysOf,
  ownedTask,
  ownerZone,
  plainColumnsOf,
  type Task,
  taskColumns,
} from './tasks.rows.js';
import { completeSubtrees, lockTrees, resetSubtasks } from './tasks.tree.js';

/**
 * The series columns for a recurrence and its first due moment: the rule, what it counts from,
 * and the start as a local date (and HH:MM) in the owner's zone; counting restarts.
 */
export function seriesOf(
  owner: string,
  recurrence: string | null,
  from: 'due' | 'completion' | undefined,
  dueDate: SQL | string | null,
  dueAt: SQL | string | null,
) {
  if (recurrence === null) {
    return {
      recurrence: null,
      recurrenceFrom: null,
      seriesStartDate: null,
      seriesStartTime: null,
      occurrencesDone: 0,
    };
  }
  const zone = ownerZone(owner);
  return {
    recurrence,
    recurrenceFrom: from ?? 'due',
    seriesStartDate: sql`coalesce((${dueDate})::date, ((${dueAt})::timestamptz at time zone ${zone})::date)`,
    seriesStartTime: sql`to_char((${dueAt})::timestamptz at time zone ${zone}, 'HH24:MI')`,
    occurrencesDone: 0,
  };
}

/** Skips the current occurrence of a recurring task: it moves to the next one, with no record. */
export async function skipOccurrence(
  db: Database,
  caller: string,
  id: number,
  expected?: Expected,
  occurrence?: string,
): Promise<Task> {
  const actor = await actorOn(db, caller, 'task.update', { task: id });
  return asActor(db, actor, async (tx) => {
    const advanced = await advanceSeries(tx, actor.owner, id, 'skip', expected, occurrence);
    if (!advanced)
      throw new AppError('CONFLICT', `Task ${id} is not a recurring task with an occurrence to skip`);
    return advanced;
  });
}

/** Whether `occurrence` (a due_date, or an instant) names the task's current due moment. */
function isCurrentOccurrence(task: Pick<Task, 'dueDate' | 'dueAt'>, occurrence: string): boolean {
  if (task.dueDate !== null) return occurrence === task.dueDate;
  const at = Date.parse(occurrence);
  return task.dueAt !== null && Number.isFinite(at) && at === task.dueAt.getTime();
}

/**
 * Completes or skips the current occurrence of a recurring task, under a row lock so two
 * requests cannot both advance it. Completing keeps a completed copy of the occurrence (linked by
 * series_task_id; history is never lost) and moves the task to its next occurrence, in the
 * owner's zone; the last occurrence completes the task itself. When `occurrence` names one the
 * series has already left (a retry, another tab), nothing happens again. Null when the task is
 * not a pending recurring task (the caller completes it the ordinary way).
 */
export async function advanceSeries(
  db: Database,
  owner: string,
  id: number,
  mode: 'complete' | 'skip',
  expected: Expected,
  occurrence: string | undefined,
): Promise<Task | null> {
  assertPossibleId(id);
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    await lockTrees(tx, owner, [id]);
    const [task] = await tx.select(taskColumns).from(tasks).where(ownedTask(owner, id)).for('update');
    if (!task) throw notFound(`Task ${id}`);
    if (!task.recurrence || task.completed) return null;
    assertExpected(id, task.version, expected);
    if (occurrence !== undefined && !isCurrentOccurrence(task, occurrence)) return task;
    const parsed = parseRule(task.recurrence);
    if (!parsed.ok) throw new Error(`stored recurrence of task ${id} does not parse: ${parsed.error}`);
    const { timeZone } = await getSettings(tx, owner);
    const done = task.occurrencesDone + 1;
    const time = task.seriesStartTime ?? undefined;
    const current = task.dueAt ? localMoment(task.dueAt, timeZone) : { date: task.dueDate! };
    const next =
      mode === 'complete' && task.recurrenceFrom === 'completion'
        ? nextOccurrenceFromCompletion(parsed.rule, new Date(), time, timeZone, done)
        : nextOccurrence(
            parsed.rule,
            time === undefined ? { date: task.seriesStartDate! } : { date: task.seriesStartDate!, time },
            time === undefined ? { date: current.date } : current,
            timeZone,
            done,
          );
    const bump = { occurrencesDone: done, updatedAt: sql`now()`, version: sql`${tasks.version} + 1` };
    if (!next) {
      if (mode === 'skip') {
        throw new AppError('CONFLICT', `This is the last occurrence of task ${id}: complete or delete it`);
      }
      // The last occurrence completes the series: the task itself is its record.
      const [row] = await tx
        .update(tasks)
        .set({ ...bump, completed: true, completedAt: sql`now()` })
        .where(ownedTask(owner, id))
        .returning(taskColumns);
      if (row!.subtasks.open === 0 || (await completeSubtrees(tx, owner, [id])) === 0) return row!;
      const [done] = await tx.select(taskColumns).from(tasks).where(ownedTask(owner, id));
      return done!;
    }
    if (mode === 'complete') {
      const dueAt = task.dueAt?.toISOString() ?? null;
      await tx.insert(tasks).values({
        userId: owner,
        title: task.title,
        description: task.description,
        completed: true,
        completedAt: sql`now()`,
        priority: task.priority,
        tags: task.tags,
        tagKeys: keysOf(task.tags),
        dueDate: task.dueDate,
        dueAt: task.dueAt,
        dueSort: dueSortOf(owner, task.dueDate, dueAt),
        seriesTaskId: task.id,
        reminders: task.reminders,
        listId: task.listId,
        sectionId: task.sectionId,
        parentId: task.parentId,
        ...plainColumnsOf(task),
      });
    }
    // The next occurrence starts with its subtasks open again.
    await resetSubtasks(tx, owner, id);
    const nextDate = next.at ? null : next.date;
    const nextAt = next.at ?? null;
    const [row] = await tx
      .update(tasks)
      .set({
        ...bump,
        dueDate: nextDate,
        dueAt: nextAt === null ? null : new Date(nextAt),
        dueSort: dueSortOf(owner, nextDate, nextAt),
      })
      .where(ownedTask(owner, id))
      .returning(taskColumns);
    return row!;
  });
}

/**
 * Takes back the completion of `occurrence` of a recurring task (an Undo): the completed copy that
 * completion kept is deleted and the task moves back to that occurrence, which counts as not done
 * again. Only a completion the task is still as it left (nothing completed, skipped or edited
 * since: its updated_at is the copy's completed_at, one transaction's now()) can be taken back,
 * else 409; when the task is at that occurrence already (a retry), nothing happens again. Its
 * subtasks, opened when it moved on, stay open. Null when the task is not a pending recurring task
 * (the caller reopens it the ordinary way).
 */
export async function reopenOccurrence(
  db: Database,
  owner: string,
  id: number,
  expected: Expected,
  occurrence: string,
): Promise<Task | null> {
  assertPossibleId(id);
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    await lockTrees(tx, owner, [id]);
    const [task] = await tx.select(taskColumns).from(tasks).where(ownedTask(owner, id)).for('update');
    if (!task) throw notFound(`Task ${id}`);
    if (!task.recurrence || task.completed) return null;
    assertExpected(id, task.version, expected);
    if (isCurrentOccurrence(task, occurrence)) return task;
    const [record] = await tx
      .select({ id: tasks.id, dueDate: tasks.dueDate, dueAt: tasks.dueAt })
      .from(tasks)
      .where(and(eq(tasks.userId, owner), eq(tasks.seriesTaskId, id), eq(tasks.completedAt, task.updatedAt)));
    if (!record || !isCurrentOccurrence(record, occurrence)) {
      throw new AppError(
        'CONFLICT',
        `Task ${id} has changed since occurrence ${occurrence} was completed: that completion cannot be taken back`,
      );
    }
    await tx.delete(tasks).where(ownedTask(owner, record.id));
    const [row] = await tx
      .update(tasks)
      .set({
        occurrencesDone: sql`greatest(${tasks.occurrencesDone} - 1, 0)`,
        dueDate: record.dueDate,
        dueAt: record.dueAt,
        dueSort: dueSortOf(owner, record.dueDate, record.dueAt?.toISOString() ?? null),
        updatedAt: sql`now()`,
        version: sql`${tasks.version} + 1`,
      })
      .where(ownedTask(owner, id))
      .returning(taskColumns);
    return row!;
  });
}
