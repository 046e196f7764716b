// The notifications inbox: reading yours, marking them read, and writing them in the transaction of
// the write that causes them. Assignments and completions are written by triggers on the activity
// of shared lists (migration 0045); comments, mentions and members joining or leaving here, by the
// services that make those writes (docs/decisions/0165).
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { membersOf } from '../../platform/access/policy.js';
import { EVENTS_CHANNEL, INBOX_CHANGED } from '../../platform/db/channels.js';
import { type Database, queryRows } from '../../platform/db/client.js';
import { notifications, users } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { mentionedIn, type Person } from './mentions.js';
import type { NotificationJson, NotificationPage, NotificationQuery } from './notifications.schema.js';

const columns = {
  id: notifications.id,
  kind: notifications.kind,
  actorId: notifications.actorId,
  actorName: users.name,
  taskId: notifications.taskId,
  listId: notifications.listId,
  commentId: notifications.commentId,
  subject: notifications.subject,
  excerpt: notifications.excerpt,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
};

type Row = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] | null };

const toJson = (r: Row): NotificationJson => ({
  id: r.id!,
  kind: r.kind!,
  actor: { id: r.actorId!, name: r.actorName ?? 'Deleted account' },
  task_id: r.taskId,
  list_id: r.listId,
  comment_id: r.commentId,
  subject: r.subject!,
  excerpt: r.excerpt,
  read: r.readAt !== null,
  read_at: r.readAt?.toISOString() ?? null,
  created_at: r.createdAt!.toISOString(),
});

const select = (db: Database) =>
  db.select(columns).from(notifications).leftJoin(users, eq(users.id, notifications.actorId));

/** Wakes the user's event streams on every instance: they send the new unread count. */
async function wakeStreams(db: Database, userId: string): Promise<void> {
  await queryRows(db, sql`select pg_notify(${EVENTS_CHANNEL}, ${INBOX_CHANGED + userId})`);
}

/** How many of the user's notifications are unread. */
export async function unreadCount(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** A page of the user's notifications, with their unread count. */
export async function listNotifications(
  db: Database,
  userId: string,
  query: NotificationQuery,
): Promise<NotificationPage> {
  const filter =
    query.unread === undefined
      ? undefined
      : query.unread
        ? isNull(notifications.readAt)
        : sql`${notifications.readAt} is not null`;
  const order =
    query.order === 'unread_first'
      ? [sql`(${notifications.readAt} is null) desc`, desc(notifications.id)]
      : [desc(notifications.id)];
  const rows = await select(db)
    .where(and(eq(notifications.userId, userId), filter))
    .orderBy(...order)
    .limit(query.limit + 1)
    .offset(query.offset);
  const more = rows.length > query.limit;
  const shown = more ? rows.slice(0, query.limit) : rows;
  return {
    notifications: shown.map(toJson),
    unread_count: await unreadCount(db, userId),
    next_offset: more ? query.offset + query.limit : null,
  };
}

/** Marks one of the user's notifications read or unread (404 for any other). */
export async function markNotification(
  db: Database,
  userId: string,
  id: number,
  read: boolean,
): Promise<NotificationJson> {
  const changed = await db
    .update(notifications)
    .set({ readAt: read ? sql`coalesce(${notifications.readAt}, now())` : null })
    .where(and(eq(notifications.userId, userId), eq(notifications.id, id)))
    .returning({ id: notifications.id });
  if (changed.length > 0) await wakeStreams(db, userId);
  const [row] = await select(db).where(and(eq(notifications.userId, userId), eq(notifications.id, id)));
  if (!row) throw notFound(`Notification ${id}`);
  return toJson(row);
}

/** Marks every unread notification of the user read. */
export async function markAllRead(
  db: Database,
  userId: string,
): Promise<{ marked: number; unread_count: number }> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (rows.length > 0) await wakeStreams(db, userId);
  return { marked: rows.length, unread_count: await unreadCount(db, userId) };
}

/** What the user's event stream tells of the inbox: the unread count and the newest notification. */
export async function inboxState(
  db: Database,
  userId: string,
): Promise<{ unread_count: number; latest_id: number }> {
  const [row] = await queryRows<{ unread: unknown; latest: unknown }>(
    db,
    sql`select (select count(*) from notifications where user_id = ${userId} and read_at is null) as unread,
               (select coalesce(max(id), 0) from notifications where user_id = ${userId}) as latest`,
  );
  return { unread_count: Number(row?.unread ?? 0), latest_id: Number(row?.latest ?? 0) };
}

const EXCERPT = 200;

/**
 * The comment's start as plain text: Markdown's links become their text and its emphasis and code
 * marks go, whitespace is folded, and it is cut between characters (never inside a surrogate pair).
 */
const excerptOf = (body: string): string => {
  const plain = body
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '');
  const chars = Array.from(plain.replace(/\s+/g, ' ').trim());
  return chars.length <= EXCERPT ? chars.join('') : `${chars.slice(0, EXCERPT - 1).join('')}…`;
};

/**
 * Notifies, for a new comment (in the comment's transaction), those who can read its task and
 * follow it (its owner, its assignee, earlier commenters) or are @mentioned in it; never its author.
 * For an edited comment (`previous` is its body before), only those it now mentions for the first
 * time: a mention added in an edit reaches its person once, and followers are not told again.
 */
export async function notifyComment(
  tx: Database,
  author: string,
  taskId: number,
  commentId: number,
  body: string,
  previous?: string,
): Promise<void> {
  const readers = await queryRows<Person & { follows: boolean }>(
    tx,
    sql`with task as (select id, user_id, list_id, assignee_id from tasks where id = ${taskId}),
             reader as (
               select user_id from task
               union select m.user_id from task cross join lateral ${membersOf(sql`task.list_id`)} m
             )
        select u.id, u.name,
               (u.id = (select user_id from task) or u.id = (select assignee_id from task)
                or exists (select 1 from task_comments c where c.task_id = ${taskId} and c.author_id = u.id
                             and c.id <> ${commentId})) as follows
          from reader r join users u on u.id = r.user_id
          where u.id <> ${author}`,
  );
  if (readers.length === 0) return;
  const mentioned = mentionedIn(body, readers);
  if (previous !== undefined) {
    const before = mentionedIn(previous, readers);
    const told = await queryRows<{ user_id: string }>(
      tx,
      sql`select user_id from notifications where comment_id = ${commentId} and kind = 'mention'`,
    );
    for (const id of [...before, ...told.map((t) => t.user_id)]) mentioned.delete(id);
  }
  const recipients = readers.filter((r) => mentioned.has(r.id) || (previous === undefined && r.follows));
  if (recipients.length === 0) return;
  const [task] = await queryRows<{ title: string; list_id: unknown }>(
    tx,
    sql`select title, list_id from tasks where id = ${taskId}`,
  );
  await tx.insert(notifications).values(
    recipients.map((r) => ({
      userId: r.id,
      kind: mentioned.has(r.id) ? ('mention' as const) : ('comment' as const),
      actorId: author,
      taskId,
      listId: task?.list_id == null ? null : Number(task.list_id),
      commentId,
      subject: Array.from(task?.title ?? '')
        .slice(0, 500)
        .join(''),
      excerpt: excerptOf(body),
    })),
  );
}

/** Notifies a list's owner (in the membership's transaction) that someone else joined or left it. */
export async function notifyMembership(
  tx: Database,
  kind: 'joined' | 'left',
  member: string,
  listId: number,
): Promise<void> {
  await queryRows(
    tx,
    sql`insert into notifications (user_id, kind, actor_id, list_id, subject)
        select l.user_id, ${kind}, ${member}, l.id, left(l.name, 500)
          from lists l where l.id = ${listId} and l.user_id <> ${member}`,
  );
}
