// An imported task as a row: a new one, the sameness check that skips an unchanged one, and the
// batch UPDATE that brings changed ones to what the file says.
import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.js';
import { toTaskJson } from '../tasks/tasks.presenter.js';
import { dueSortOf, PLAIN_COLUMNS, type Task } from '../tasks/tasks.rows.js';
import { PRIORITIES, tagKey } from '../tasks/tasks.schema.js';
import { seriesOf } from '../tasks/tasks.series.js';
import { type ListIds, listIdOf, type SectionIds, sectionIdOf } from './transfer.plan.js';
import type { ImportTask } from './transfer.schema.js';

export const completedAtOf = (t: ImportTask) =>
  t.completed ? (t.completed_at ?? t.updated_at ?? null) : null;
export const recurrenceFromOf = (t: ImportTask) =>
  t.recurrence == null ? null : (t.recurrence_from ?? 'due');

/** A new task for the owner from one task of the file: its uid (when it has one), timestamps and all. */
export function newRow(userId: string, t: ImportTask, listIds: ListIds, sectionIds: SectionIds) {
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
export function sameTask(current: Task, t: ImportTask, listIds: ListIds, sectionIds: SectionIds): boolean {
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
    // A plain field the file does not name (an older export, another app's file) is kept as it is.
    PLAIN_COLUMNS.every(
      (c) => t[c.json] === undefined || JSON.stringify(json[c.json]) === JSON.stringify(t[c.json]),
    )
  );
}

/**
 * Brings the owner's tasks `changes` (id and the file's task) to what the file says, keeping their
 * ids and creation time: version + 1, updated_at now. As an edit does, a change of the rule or the
 * due moment restarts a series (its COUNT). One statement per batch.
 */
export async function updateTasks(
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
    ...Object.fromEntries(
      PLAIN_COLUMNS.flatMap((c) => [
        [c.name, t[c.json] ?? null],
        [`keep_${c.name}`, t[c.json] === undefined],
      ]),
    ),
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
      reminders = f.reminders,${sql.raw(PLAIN_COLUMNS.map((c) => `\n      ${c.name} = case when f.keep_${c.name} then tasks.${c.name} else f.${c.name} end,`).join(''))}
      list_id = case when f.keep_list then tasks.list_id else f.list_id end,
      section_id = case when f.keep_list then tasks.section_id else f.section_id end,
      position = coalesce(f.position, tasks.position),
      version = tasks.version + 1,
      updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as f(
      id bigint, keep_list boolean, list_id bigint, section_id bigint, position float8, title text, description text, completed boolean, completed_at timestamptz,
      priority smallint, tags text[], tag_keys text[], due_date date, due_at timestamptz,
      recurrence text, recurrence_from text, reminders jsonb${sql.raw(PLAIN_COLUMNS.map((c) => `, ${c.name} ${c.type}, keep_${c.name} boolean`).join(''))})
    where tasks.user_id = ${userId} and tasks.id = f.id`);
}
