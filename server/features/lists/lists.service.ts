// The list service: (db, userId, input) -> result. A caller sees their own lists and those shared
// with them (server/features/sharing); only the owner renames, archives or deletes one. A list's counts are
// read with it; deleting a list moves its tasks to the Inbox (or deletes them) first.
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import {
  authorize,
  memberCountOf,
  memberRoleIn,
  OWN_ROLE,
  type Role,
  SHARED_TASKS,
  sharedListsOf,
} from '../../platform/access/policy.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { lists, tasks } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { type ListInput, type ListPatch, MAX_LISTS } from './lists.schema.js';

export type ListRow = typeof lists.$inferSelect;
export interface List extends ListRow {
  openCount: number;
  totalCount: number;
  /** The caller's role in it. */
  role: Role;
  /** People it is shared with besides its owner. */
  memberCount: number;
}

/** Ids the API can express but no row can have simply do not exist. */
function assertPossibleListId(id: number): void {
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`List ${id}`);
}

const ownedList = (userId: string, id: number) => and(eq(lists.userId, userId), eq(lists.id, id));

type Counts = Map<number, [number, number]>;

/** Open and total task counts of the caller's lists and those shared with them. */
async function countsOf(db: Database, userId: string): Promise<Counts> {
  const rows = await rawQuery<{ list_id: unknown; open: unknown; total: unknown }>(
    db,
    // Own lists: one pass over tasks_user_list_position_idx; shared ones: tasks_list_idx.
    'select list_id, count(*) filter (where not completed) as open, count(*) as total from tasks ' +
      'where user_id = $1 and list_id is not null group by list_id union all ' +
      'select list_id, count(*) filter (where not completed), count(*) from tasks ' +
      `where ${SHARED_TASKS} group by list_id`,
    [userId],
  );
  return new Map(rows.map((r) => [Number(r.list_id), [Number(r.open), Number(r.total)]]));
}

/** The counts of one list (of `owner`). */
async function countsOfList(db: Database, owner: string, listId: number): Promise<Counts> {
  const rows = await rawQuery<{ open: unknown; total: unknown }>(
    db,
    'select count(*) filter (where not completed) as open, count(*) as total from tasks ' +
      'where user_id = $1 and list_id = $2',
    [owner, listId],
  );
  return new Map([[listId, [Number(rows[0]?.open ?? 0), Number(rows[0]?.total ?? 0)]]]);
}

const memberCount = memberCountOf(lists.id).mapWith(Number);
const listColumns = { ...getTableColumns(lists), memberCount };

const withCounts = (row: ListRow & { memberCount: number }, role: Role, counts: Counts): List => {
  const [openCount, totalCount] = counts.get(row.id) ?? [0, 0];
  return { ...row, openCount, totalCount, role, memberCount: row.memberCount };
};

export async function listLists(db: Database, userId: string, archived?: boolean): Promise<List[]> {
  const unarchived = archived === undefined ? undefined : eq(lists.archived, archived);
  const [own, shared, counts] = await Promise.all([
    db
      .select(listColumns)
      .from(lists)
      .where(and(eq(lists.userId, userId), unarchived)),
    db
      .select({ ...listColumns, role: memberRoleIn(lists.id, userId) })
      .from(lists)
      .where(and(sql`${lists.id} in ${sharedListsOf(userId)}`, unarchived)),
    countsOf(db, userId),
  ]);
  return [
    ...own.map((row) => withCounts(row, OWN_ROLE, counts)),
    ...shared.map(({ role, ...row }) => withCounts(row, role!, counts)),
  ].sort((a, b) => a.position - b.position || a.id - b.id);
}

export async function getList(db: Database, userId: string, id: number): Promise<List> {
  assertPossibleListId(id);
  const access = await authorize(db, userId, 'list.read', { list: id });
  const [row] = await db.select(listColumns).from(lists).where(eq(lists.id, id));
  if (!row) throw notFound(`List ${id}`);
  return withCounts(row, access.role, await countsOfList(db, access.ownerId, id));
}

/**
 * A list by name, ignoring case: the caller's own first (the first in sidebar order when several
 * share it), else one shared with them; null when none.
 */
export async function findListByName(db: Database, userId: string, name: string): Promise<ListRow | null> {
  const named = sql`lower(${lists.name}) = lower(${name.trim()})`;
  const order = [asc(lists.archived), asc(lists.position), asc(lists.id)];
  const [own] = await db
    .select()
    .from(lists)
    .where(and(eq(lists.userId, userId), named))
    .orderBy(...order)
    .limit(1);
  if (own) return own;
  const [shared] = await db
    .select(getTableColumns(lists))
    .from(lists)
    .where(and(sql`${lists.id} in ${sharedListsOf(userId)}`, named))
    .orderBy(...order)
    .limit(1);
  return shared ?? null;
}

export async function createList(db: Database, userId: string, input: ListInput): Promise<List> {
  // The count and the insert are one statement: a burst of creates cannot pass the limit together
  // by much, and a single user's requests are rate limited anyway.
  const rows = await rawQuery<{ id: unknown }>(
    db,
    'insert into lists (user_id, name, color, position) select $1, $2, $3, coalesce($4::float8, doable_new_position()) ' +
      'where (select count(*) from lists where user_id = $1) < $5 returning id',
    [userId, input.name, input.color ?? null, input.position ?? null, MAX_LISTS],
  );
  if (rows.length === 0) {
    throw new AppError(
      'CONFLICT',
      `You have ${MAX_LISTS} lists, the most one account can have: delete or merge some`,
    );
  }
  return getList(db, userId, Number(rows[0]!.id));
}

export async function updateList(db: Database, userId: string, id: number, patch: ListPatch): Promise<List> {
  assertPossibleListId(id);
  await authorize(db, userId, 'list.update', { list: id });
  const set: Partial<typeof lists.$inferInsert> = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.color !== undefined) set.color = patch.color;
  if (patch.position !== undefined) set.position = patch.position;
  if (patch.archived !== undefined) set.archived = patch.archived;
  const [row] = await db
    .update(lists)
    .set({ ...set, updatedAt: sql`now()` })
    .where(ownedList(userId, id))
    .returning({ id: lists.id });
  if (!row) throw notFound(`List ${id}`);
  return getList(db, userId, id);
}

/**
 * Deletes a list. Its tasks move to the Inbox (each gets a new version and a live event), or are
 * deleted with it (subtrees and all); one transaction either way.
 */
export async function deleteList(
  db: Database,
  userId: string,
  id: number,
  mode: 'inbox' | 'delete',
): Promise<void> {
  assertPossibleListId(id);
  await authorize(db, userId, 'list.delete', { list: id });
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const [row] = await tx.select({ id: lists.id }).from(lists).where(ownedList(userId, id)).for('update');
    if (!row) throw notFound(`List ${id}`);
    const inList = and(eq(tasks.userId, userId), eq(tasks.listId, id));
    if (mode === 'delete') {
      // Top-level tasks first: their subtrees go with them (the parent reference cascades).
      await tx.delete(tasks).where(and(inList, sql`${tasks.parentId} is null`));
      await tx.delete(tasks).where(inList);
    } else {
      await tx
        .update(tasks)
        .set({
          listId: null,
          sectionId: null,
          // In the Inbox only the owner can be assigned (its members go with the list).
          assigneeId: sql`case when ${tasks.assigneeId} = ${tasks.userId} then ${tasks.assigneeId} end`,
          updatedAt: sql`now()`,
          version: sql`${tasks.version} + 1`,
        })
        .where(inList);
    }
    await tx.delete(lists).where(ownedList(userId, id));
  });
}
