// Comments on a task; who may read, write, edit and delete them is the policy's (comment.* in
// server/platform/access/policy.ts). A comment goes with its task.
import { and, asc, eq, sql } from 'drizzle-orm';
import { authorize, can, forbidden } from '../../platform/access/policy.js';
import { type Database, queryRows } from '../../platform/db/client.js';
import { taskComments, users } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { notifyComment } from '../notifications/notifications.service.js';
import { getTask, taskFor } from '../tasks/tasks.service.js';
import type { CommentJson } from './sharing.schema.js';

/** Comments one task may have. */
export const MAX_COMMENTS = 1000;

const columns = {
  id: taskComments.id,
  taskId: taskComments.taskId,
  authorId: taskComments.authorId,
  authorName: users.name,
  body: taskComments.body,
  createdAt: taskComments.createdAt,
  updatedAt: taskComments.updatedAt,
};

type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] | null };

const toJson = (row: Row): CommentJson => ({
  id: row.id!,
  task_id: row.taskId!,
  author: { id: row.authorId!, name: row.authorName ?? 'Deleted account' },
  body: row.body!,
  created_at: row.createdAt!.toISOString(),
  updated_at: row.updatedAt!.toISOString(),
});

const select = (db: Database) =>
  db.select(columns).from(taskComments).leftJoin(users, eq(users.id, taskComments.authorId));

/** The comments on a task the caller can read, oldest first. */
export async function listComments(db: Database, caller: string, taskId: number): Promise<CommentJson[]> {
  await getTask(db, caller, taskId);
  const rows = await select(db).where(eq(taskComments.taskId, taskId)).orderBy(asc(taskComments.id));
  return rows.map(toJson);
}

/** Comments on a task the caller can write (its owner or an editor; 403 for a viewer). */
export async function addComment(
  db: Database,
  caller: string,
  taskId: number,
  body: string,
): Promise<CommentJson> {
  await taskFor(db, caller, taskId, 'comment.create');
  const id = await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const [row] = await queryRows<{ id: unknown }>(
      tx,
      sql`insert into task_comments (task_id, author_id, body)
          select ${taskId}, ${caller}, ${body}
          where (select count(*) from task_comments where task_id = ${taskId}) < ${MAX_COMMENTS}
          returning id`,
    );
    if (!row) throw new AppError('CONFLICT', `A task can have at most ${MAX_COMMENTS} comments`);
    await notifyComment(tx, caller, taskId, Number(row.id), body);
    return Number(row.id);
  });
  return oneComment(db, taskId, id);
}

async function oneComment(db: Database, taskId: number, id: number): Promise<CommentJson> {
  const [row] = await select(db).where(and(eq(taskComments.taskId, taskId), eq(taskComments.id, id)));
  if (!row) throw notFound(`Comment ${id}`);
  return toJson(row);
}

/**
 * Whether the caller may edit (or delete) a comment: 404 when the task or the comment is not
 * visible to them, 403 when the policy says no (comment.update, comment.delete).
 */
async function mayChangeComment(
  db: Database,
  caller: string,
  taskId: number,
  id: number,
  change: 'edit' | 'delete',
): Promise<void> {
  const { role } = await authorize(db, caller, 'task.read', { task: taskId });
  const [row] = await db
    .select({ author: taskComments.authorId })
    .from(taskComments)
    .where(and(eq(taskComments.taskId, taskId), eq(taskComments.id, id)));
  if (!row) throw notFound(`Comment ${id}`);
  const action = change === 'edit' ? 'comment.update' : 'comment.delete';
  if (!can(role, action, { author: row.author === caller })) throw forbidden(action);
}

export async function editComment(
  db: Database,
  caller: string,
  taskId: number,
  id: number,
  body: string,
): Promise<CommentJson> {
  await mayChangeComment(db, caller, taskId, id, 'edit');
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const [before] = await queryRows<{ body: string }>(
      tx,
      sql`select body from task_comments where id = ${id} and author_id = ${caller} for update`,
    );
    if (!before || before.body === body) return;
    await tx.update(taskComments).set({ body, updatedAt: sql`now()` }).where(eq(taskComments.id, id));
    // Someone @mentioned for the first time in the edit is told, as in a new comment.
    await notifyComment(tx, caller, taskId, id, body, before.body);
  });
  return oneComment(db, taskId, id);
}

export async function deleteComment(db: Database, caller: string, taskId: number, id: number): Promise<void> {
  await mayChangeComment(db, caller, taskId, id, 'delete');
  await db.delete(taskComments).where(and(eq(taskComments.taskId, taskId), eq(taskComments.id, id)));
}
