// CalDAV's service: the caller's calendars (the Inbox and every list they can see), the tasks in
// one as calendar objects, sync tokens, and writes. Every write of a task or list goes through the
// task and list services (so events, counts, recurrence, reminders and webhooks follow as for
// REST) and every access decision through the policy; this file writes only its own tables
// (caldav_objects, caldav_collections). docs/caldav.md describes the protocol side.
import { and, eq, sql } from 'drizzle-orm';
import { servesAsSent } from '#shared/ical/ical.js';
import { ruleLeft } from '#shared/recurrence/index.js';
import { ownActor } from '../../platform/access/access.js';
import {
  LIST_PERMISSIONS,
  type ListPermissions,
  listAccess,
  listPermissions,
  RULES,
  SHARED_LIST_IDS,
  taskAccess,
} from '../../platform/access/policy.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import {
  CALDAV_EXTRA_MAX,
  caldavCollections,
  caldavObjects,
  lists,
  tasks,
} from '../../platform/db/schema.js';
import { numberEvents } from '../events/events.numbers.js';
import { listLists } from '../lists/lists.service.js';
import { getSettings } from '../settings/settings.service.js';
import { plainOf, type Task, taskColumns } from '../tasks/tasks.rows.js';
import { createTask, deleteTask, moveTask, replaceTask, setCompletion } from '../tasks/tasks.service.js';
import { placeOf, type ReadTodo, readTodo, unreadParent, writeTodo } from './caldav.ical.js';

/** The Inbox's segment in /dav/calendars/<user>/<segment>/. */
export const INBOX = 'inbox';

export interface Collection {
  /** The path segment: `inbox`, a list id, or the slug a client chose (MKCALENDAR). */
  segment: string;
  /** Whose tasks these are: the caller for the Inbox, the list's owner for a list. */
  ownerId: string;
  listId: number | null;
  name: string;
  color: string | null;
  /** What the policy lets the caller do with the list and its tasks (the Inbox: their own). */
  permissions: ListPermissions;
}

/** A task as a calendar object. */
export interface CalObject {
  task: Task;
  name: string;
  uid: string;
  extra: string | null;
  stamp: number;
  parentUid: string | null;
}

export const etagOf = (o: Pick<CalObject, 'task' | 'stamp'>) => `"${o.task.version}-${o.stamp}"`;

const inboxOf = (userId: string): Collection => ({
  segment: INBOX,
  ownerId: userId,
  listId: null,
  name: 'Inbox',
  color: null,
  permissions: ownActor(userId).permissions,
});

/** The caller's calendars: the Inbox, then their lists and those shared with them (unarchived). */
export async function listCollections(db: Database, userId: string): Promise<Collection[]> {
  const [visible, slugs] = await Promise.all([listLists(db, userId, false), slugsOf(db, userId)]);
  return [
    inboxOf(userId),
    ...visible.map((l) => ({
      segment: slugs.get(l.id) ?? String(l.id),
      ownerId: l.userId,
      listId: l.id,
      name: l.name,
      color: l.color,
      permissions: listPermissions(l.role),
    })),
  ];
}

async function slugsOf(db: Database, userId: string): Promise<Map<number, string>> {
  const rows = await db
    .select({ listId: caldavCollections.listId, slug: caldavCollections.slug })
    .from(caldavCollections)
    .where(eq(caldavCollections.userId, userId));
  return new Map(rows.map((r) => [r.listId, r.slug]));
}

/** The caller's name (else email) and email, for the principal. */
export async function principalOf(db: Database, userId: string): Promise<{ name: string; email: string }> {
  const [row] = await rawQuery<{ name: string | null; email: string | null }>(
    db,
    'select name, email from users where id = $1',
    [userId],
  );
  return { name: row?.name || row?.email || userId, email: row?.email ?? '' };
}

/** The sidebar positions of the caller's lists and those shared with them (calendar-order). */
export async function listPositions(db: Database, userId: string): Promise<Map<number, number>> {
  const rows = await rawQuery<{ id: unknown; position: unknown }>(
    db,
    `select id, position from lists where user_id = $1 or id = any(${SHARED_LIST_IDS})`,
    [userId],
  );
  return new Map(rows.map((r) => [Number(r.id), Number(r.position)]));
}

/** One of the caller's calendars by its segment; null when there is none the caller can see. */
export async function findCollection(
  db: Database,
  userId: string,
  segment: string,
): Promise<Collection | null> {
  if (segment === INBOX) {
    return inboxOf(userId);
  }
  let listId: number | undefined;
  if (/^[1-9]\d{0,15}$/.test(segment)) listId = Number(segment);
  else {
    const [row] = await db
      .select({ listId: caldavCollections.listId })
      .from(caldavCollections)
      .where(and(eq(caldavCollections.userId, userId), eq(caldavCollections.slug, segment)));
    listId = row?.listId;
  }
  if (listId === undefined || !Number.isSafeInteger(listId)) return null;
  const access = await listAccess(db, userId, listId);
  if (!access) return null;
  // The row alone (the access is decided above; getList would count its tasks too).
  const [list] = await db
    .select({ name: lists.name, color: lists.color, archived: lists.archived })
    .from(lists)
    .where(eq(lists.id, listId));
  if (!list || list.archived) return null;
  const [slugRow] = await db
    .select({ slug: caldavCollections.slug })
    .from(caldavCollections)
    .where(and(eq(caldavCollections.userId, userId), eq(caldavCollections.listId, listId)));
  const slug = slugRow?.slug;
  // A list with a slug answers only at its slug (one address per collection).
  if (slug !== undefined && slug !== segment) return null;
  return {
    segment,
    ownerId: access.ownerId,
    listId,
    name: list.name,
    color: list.color,
    permissions: listPermissions(access.role),
  };
}

const COLUMNS = {
  ...taskColumns,
  taskUid: tasks.uid,
  name: caldavObjects.name,
  icalUid: caldavObjects.icalUid,
  extra: caldavObjects.extra,
  stamp: caldavObjects.stamp,
};

type Row = Task & {
  taskUid: string;
  name: string | null;
  icalUid: string | null;
  extra: string | null;
  stamp: number | null;
};

const inCollection = (c: Collection) =>
  and(
    eq(tasks.userId, c.ownerId),
    c.listId === null ? sql`${tasks.listId} is null` : eq(tasks.listId, c.listId),
  );

function toObjects(rows: Row[], parents: Map<number, string> = new Map()): CalObject[] {
  const uids = new Map(rows.map((r) => [r.id, r.icalUid ?? r.taskUid]));
  return rows.map(({ taskUid, name, icalUid, extra, stamp, ...task }) => ({
    task,
    name: name ?? `${task.id}.ics`,
    uid: icalUid ?? taskUid,
    extra,
    stamp: stamp ?? 0,
    parentUid:
      task.parentId === null ? null : (uids.get(task.parentId) ?? parents.get(task.parentId) ?? null),
  }));
}

function selectObjects(db: Database) {
  return db
    .select(COLUMNS)
    .from(tasks)
    .leftJoin(caldavObjects, and(eq(caldavObjects.userId, tasks.userId), eq(caldavObjects.taskId, tasks.id)));
}

/** Every task of a calendar, as objects (completed occurrence records included). */
export async function listObjects(db: Database, c: Collection): Promise<CalObject[]> {
  const rows = (await selectObjects(db).where(inCollection(c)).orderBy(tasks.position, tasks.id)) as Row[];
  return toObjects(rows);
}

/** Some tasks of a calendar by id. */
async function objectsById(db: Database, c: Collection, ids: number[]): Promise<CalObject[]> {
  if (ids.length === 0) return [];
  const rows = (await selectObjects(db).where(
    and(inCollection(c), sql`${tasks.id} = any(${`{${ids.join(',')}}`}::bigint[])`),
  )) as Row[];
  return withParents(db, c, rows);
}

async function withParents(db: Database, c: Collection, rows: Row[]): Promise<CalObject[]> {
  const missing = rows.map((r) => r.parentId).filter((id): id is number => id !== null);
  const parents = new Map<number, string>();
  if (missing.length > 0) {
    const found = await rawQuery<{ id: unknown; uid: string }>(
      db,
      `select t.id, coalesce(o.ical_uid, t.uid::text) as uid from tasks t
        left join caldav_objects o on o.user_id = t.user_id and o.task_id = t.id
        where t.user_id = $1 and t.id = any($2::bigint[])`,
      [c.ownerId, `{${missing.join(',')}}`],
    );
    for (const r of found) parents.set(Number(r.id), r.uid);
  }
  return toObjects(rows, parents);
}

/** The object a resource name in a calendar stands for; null when none. */
export async function findObject(db: Database, c: Collection, name: string): Promise<CalObject | null> {
  const [named] = (await selectObjects(db).where(
    and(inCollection(c), eq(caldavObjects.name, name)),
  )) as Row[];
  if (named) return (await withParents(db, c, [named]))[0]!;
  const id = /^([1-9]\d{0,15})\.ics$/.exec(name)?.[1];
  if (!id) return null;
  const [row] = (await selectObjects(db).where(
    and(inCollection(c), eq(tasks.id, Number(id)), sql`${caldavObjects.name} is null`),
  )) as Row[];
  return row ? (await withParents(db, c, [row]))[0]! : null;
}

/**
 * The task of `ownerId` whose iCalendar UID is `uid` (given by a client, or a task's own uid),
 * among those `caller` can see.
 */
async function findByUid(
  db: Database,
  caller: string,
  ownerId: string,
  uid: string,
): Promise<{ id: number; listId: number | null } | null> {
  const rows = await rawQuery<{ id: unknown; list_id: unknown }>(
    db,
    `select t.id, t.list_id from caldav_objects o join tasks t on t.user_id = o.user_id and t.id = o.task_id
      where o.user_id = $1 and o.ical_uid = $2
     union all
     select t.id, t.list_id from tasks t where t.user_id = $1 and t.uid::text = lower($2)
       and $2 ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
       and not exists (select from caldav_objects o where o.user_id = t.user_id and o.task_id = t.id)
     limit 1`,
    [ownerId, uid],
  );
  const row = rows[0];
  // Only a task the caller can see (a member's PUT must not find the owner's other tasks).
  if (!row || !(await taskAccess(db, caller, Number(row.id)))) return null;
  return { id: Number(row.id), listId: row.list_id === null ? null : Number(row.list_id) };
}

/**
 * The object's VCALENDAR. DTSTAMP is the task's last change (RFC 5545 3.8.7.2 for objects without
 * METHOD), so the same ETag always names the same bytes.
 */
export const render = (o: CalObject, zone: string) =>
  writeTodo(o.task, { uid: o.uid, extra: o.extra, parentUid: o.parentUid, zone, now: o.task.updatedAt });

export async function zoneOf(db: Database, userId: string): Promise<string> {
  return (await getSettings(db, userId)).timeZone ?? 'UTC';
}

// --- Sync tokens (RFC 6578): the owner's event number and the latest CalDAV stamp. ---

/**
 * A token names the owner's last event and the last stamp of their CalDAV writes and departures.
 * Tokens of the form before departures were recorded (`data:,doable/`) are refused, so an app
 * holding one syncs in full once.
 */
const TOKEN = /^data:,doable-2\/([^/]+)\/(\d{1,18})\/(\d{1,18})$/;
const tokenOf = (c: Collection, p: Position) => `data:,doable-2/${c.segment}/${p.seq}/${p.stamp}`;

interface Position {
  seq: number;
  stamp: number;
}

/** The owner's position, their events committed so far numbered first (so counted in it). */
async function positionOf(db: Database, ownerId: string): Promise<Position & { oldest: number }> {
  await numberEvents(db, [ownerId], true);
  const [row] = await rawQuery<{ seq: unknown; oldest: unknown; stamp: unknown }>(
    db,
    `select (select coalesce(max(seq), 0) from task_events where user_id = $1) as seq,
            (select coalesce(min(seq), 0) from task_events where user_id = $1) as oldest,
            greatest((select coalesce(max(stamp), 0) from caldav_objects where user_id = $1),
                     (select coalesce(max(stamp), 0) from caldav_departures where user_id = $1)) as stamp`,
    [ownerId],
  );
  return { seq: Number(row?.seq ?? 0), oldest: Number(row?.oldest ?? 0), stamp: Number(row?.stamp ?? 0) };
}

/** A calendar's sync-token and getctag (which changes whenever the token does). */
export async function syncState(db: Database, c: Collection): Promise<{ token: string; ctag: string }> {
  const p = await positionOf(db, c.ownerId);
  return { token: tokenOf(c, p), ctag: `"${p.seq}-${p.stamp}"` };
}

export class InvalidSyncToken extends Error {}

/**
 * What changed in a calendar since `token` (empty: everything), RFC 6578 3.5: the objects now in it
 * that changed, and the names of those that left it (deleted or moved away), each under the name
 * this calendar knew it by (its departures); with the new token. Nothing of another calendar: a
 * change elsewhere is in neither list. A token not ours, of another calendar, or older than the
 * oldest event kept: InvalidSyncToken.
 */
export async function changesSince(
  db: Database,
  c: Collection,
  token: string,
): Promise<{ changed: CalObject[]; removed: string[]; token: string }> {
  const now = await positionOf(db, c.ownerId);
  const next = tokenOf(c, now);
  if (token === '') return { changed: await listObjects(db, c), removed: [], token: next };
  const match = TOKEN.exec(token);
  if (!match || decodeURIComponent(match[1]!) !== c.segment)
    throw new InvalidSyncToken('not a token of this calendar');
  const seq = Number(match[2]);
  const stamp = Number(match[3]);
  if (seq > now.seq || stamp > now.stamp || (seq < now.oldest - 1 && seq !== now.seq)) {
    throw new InvalidSyncToken('the token is too old or not ours');
  }
  // One statement: the tasks touched after the token (an event, or a CalDAV write), and the
  // departures from this calendar after it, less the names a member has now (a task that came back,
  // or another that took the name: those are among the touched).
  const rows = await rawQuery<{ task_id: unknown; name: string | null }>(
    db,
    `select task_id, null::text as name from (
       select task_id from task_events where user_id = $1 and seq > $2
       union select task_id from caldav_objects where user_id = $1 and stamp > $3) touched
     union all
     select distinct null::bigint, d.name from caldav_departures d
      where d.user_id = $1 and d.list_id is not distinct from $4::bigint and d.stamp > $3
        and not exists (select from caldav_objects o join tasks t on t.user_id = o.user_id and t.id = o.task_id
             where o.user_id = d.user_id and o.name = d.name and t.list_id is not distinct from d.list_id)
        and not exists (select from tasks t
             where t.user_id = d.user_id and t.list_id is not distinct from d.list_id
               and t.id = case when d.name ~ '^[1-9][0-9]{0,15}[.]ics$' then left(d.name, -4)::bigint end
               and not exists (select from caldav_objects o where o.user_id = t.user_id and o.task_id = t.id))`,
    [c.ownerId, seq, stamp, c.listId],
  );
  const changed = await objectsById(
    db,
    c,
    rows.filter((r) => r.name === null).map((r) => Number(r.task_id)),
  );
  const departed = rows.filter((r): r is { task_id: unknown; name: string } => r.name !== null);
  return { changed, removed: departed.map((r) => r.name), token: next };
}

/**
 * Forgets what no accepted sync token can need any more (the sweep of task events runs first): the
 * departures older than their owner's oldest kept event (a token is refused once its events are
 * swept), and the rows of deleted tasks. A thousand of each at a time.
 */
export async function sweepTombstones(db: Database): Promise<void> {
  await rawQuery(
    db,
    `delete from caldav_departures where ctid in (
       select d.ctid from caldav_departures d
        where d.created_at < coalesce((select e.created_at from task_events e
          where e.user_id = d.user_id order by e.seq limit 1), 'infinity')
        limit 1000)`,
    [],
  );
  await rawQuery(
    db,
    `delete from caldav_objects where (user_id, task_id) in (
       select o.user_id, o.task_id from caldav_objects o
        where not exists (select from tasks t where t.user_id = o.user_id and t.id = o.task_id)
        limit 1000)`,
    [],
  );
}

// --- Writes. ---

/** Why a write is refused, as a DAV status and precondition (with `inner` XML inside it, if any). */
export class DavRefusal extends Error {
  constructor(
    readonly status: number,
    readonly precondition: string | null,
    message: string,
    readonly inner = '',
  ) {
    super(message);
  }
}

/** RFC 4791 5.3.2.1 no-uid-conflict: the UID is a resource of this calendar already, named `existing`. */
export class UidConflict extends DavRefusal {
  constructor(
    readonly existing: string,
    uid: string,
  ) {
    super(403, 'c:no-uid-conflict', `A task with UID ${uid} is already in this calendar`);
  }
}

export interface Preconditions {
  ifMatch?: string | undefined;
  ifNoneMatch?: string | undefined;
}

function checkPreconditions(current: CalObject | null, p: Preconditions): void {
  // If-None-Match compares weakly, If-Match strongly (RFC 7232 3.1, 3.2): a weak tag never matches
  // there (ours are strong).
  if (p.ifNoneMatch !== undefined) {
    const tags = p.ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (current && (tags.includes('*') || tags.includes(etagOf(current)))) {
      throw new DavRefusal(412, null, 'The resource exists');
    }
  }
  if (p.ifMatch !== undefined) {
    const tags = p.ifMatch.split(',').map((t) => t.trim());
    if (!current || !(tags.includes('*') || tags.includes(etagOf(current)))) {
      throw new DavRefusal(412, null, 'The resource has changed (or does not exist)');
    }
  }
}

/**
 * The caller may do `permission` in a calendar (the policy's answer for them and its list), else a
 * 403 need-privileges with the policy's reason.
 */
export function assertMay(c: Collection, permission: keyof ListPermissions): void {
  if (!c.permissions[permission])
    throw new DavRefusal(403, 'd:need-privileges', RULES[LIST_PERMISSIONS[permission]].denied);
}

/** Whether the caller may write anything in a calendar: add, change or delete tasks, or change it. */
export const mayWrite = (c: Collection) =>
  c.permissions.create_tasks ||
  c.permissions.update_tasks ||
  c.permissions.delete_tasks ||
  c.permissions.update;

/**
 * PUT of a VTODO at `name` in a calendar: creates the task (201), replaces it (204), or, when its
 * UID is a task in another of the caller's calendars, moves that task here (201). Answers the ETag.
 */
export async function putObject(
  db: Database,
  caller: string,
  c: Collection,
  name: string,
  body: string,
  pre: Preconditions,
): Promise<{ created: boolean; etag: string | null }> {
  if (!c.permissions.create_tasks && !c.permissions.update_tasks) assertMay(c, 'update_tasks');
  const zone = await zoneOf(db, c.ownerId);
  const todo = readTodo(body, zone);
  const current = await findObject(db, c, name);
  // Replacing a task changes it (DAV:write-content); a new one, or one moved here, binds (DAV:bind).
  assertMay(c, current ? 'update_tasks' : 'create_tasks');
  checkPreconditions(current, pre);
  const sameUid = current ? null : await findByUid(db, caller, c.ownerId, todo.uid);
  if (sameUid && sameUid.listId === c.listId) {
    const [existing] = await objectsById(db, c, [sameUid.id]);
    throw new UidConflict(existing?.name ?? `${sameUid.id}.ics`, todo.uid);
  }
  const parentId = await parentOf(db, caller, c, todo);
  if (parentId === null && todo.parentUid !== null && todo.extra !== null) {
    // An unknown parent (it may come later): the link is kept as sent.
    todo.extra = unreadParent(todo.extra);
  }
  // What is kept besides the fields is stored as ical.js writes it (folded lines), which can be a
  // little longer than the body that was checked against max-resource-size.
  if (todo.extra !== null && Buffer.byteLength(todo.extra) > CALDAV_EXTRA_MAX) {
    throw new DavRefusal(
      413,
      'c:max-resource-size',
      `What a task keeps besides its fields is at most ${CALDAV_EXTRA_MAX} bytes`,
    );
  }
  const written = await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    let task: Task;
    let created = false;
    if (current) {
      task = await update(tx, caller, current.task, todo, c.listId, parentId);
    } else if (sameUid) {
      // A move: the task keeps its id, history and sharing; it changes list, then fields.
      const moved = await moveTask(tx, caller, sameUid.id, { list_id: c.listId, parent_id: null });
      task = await update(tx, caller, moved, todo, c.listId, parentId);
      created = true;
    } else {
      task = await createTask(tx, caller, { ...todo.input, list_id: c.listId, parent_id: parentId });
      created = true;
    }
    const position = placeOf(task.position, todo.sortOrder);
    if (position !== null) task = await moveTask(tx, caller, task.id, { position });
    await tx
      .insert(caldavObjects)
      .values({ userId: task.userId, taskId: task.id, name, icalUid: todo.uid, extra: todo.extra })
      .onConflictDoUpdate({
        target: [caldavObjects.userId, caldavObjects.taskId],
        set: {
          name,
          icalUid: todo.uid,
          extra: todo.extra,
          stamp: sql`nextval('caldav_stamp_seq')`,
          updatedAt: sql`now()`,
        },
      });
    return { created, task };
  });
  // RFC 4791 5.3.4: an ETag only when the client's copy is what we now serve: here, when every
  // property and alarm it sent is served as sent (we may add some, and stamp the times). Otherwise
  // (a recurring task moved on, a priority read as 1/5/9...) the client fetches it again.
  const stored = await findObject(db, c, name);
  if (!stored) return { created: written.created, etag: null };
  return { created: written.created, etag: servesAsSent(render(stored, zone), body) ? etagOf(stored) : null };
}

/** Replaces a task's fields from a VTODO; completion goes through setCompletion (recurring tasks advance). */
async function update(
  db: Database,
  caller: string,
  current: Task,
  todo: ReadTodo,
  listId: number | null,
  parentId: number | null,
): Promise<Task> {
  const completed = todo.input.completed ?? false;
  // The rule as served (a COUNT lowered to the occurrences left) is the task's own rule: kept, so
  // the series does not restart.
  const recurrence =
    current.recurrence !== null &&
    todo.input.recurrence === ruleLeft(current.recurrence, current.occurrencesDone)
      ? current.recurrence
      : todo.input.recurrence;
  let task = await replaceTask(
    db,
    caller,
    current.id,
    // What a VTODO does not carry (the plain fields, tasks.fields.ts) stays as it is.
    {
      ...plainOf(current),
      ...todo.input,
      recurrence,
      completed: current.completed,
      list_id: listId,
      parent_id: parentId,
    },
    [current.version],
  );
  if (completed !== task.completed)
    task = await setCompletion(db, caller, task.id, completed, [task.version]);
  return task;
}

async function parentOf(db: Database, caller: string, c: Collection, todo: ReadTodo): Promise<number | null> {
  if (todo.parentUid === null) return null;
  const parent = await findByUid(db, caller, c.ownerId, todo.parentUid);
  return parent && parent.listId === c.listId ? parent.id : null;
}

/** DELETE of an object (204); 412 when If-Match does not match. The name is kept for sync reports. */
export async function deleteObject(
  db: Database,
  caller: string,
  c: Collection,
  name: string,
  pre: Preconditions,
): Promise<boolean> {
  assertMay(c, 'delete_tasks');
  const current = await findObject(db, c, name);
  if (!current) return false;
  checkPreconditions(current, pre);
  await deleteTask(db, caller, current.task.id, [current.task.version]);
  return true;
}
