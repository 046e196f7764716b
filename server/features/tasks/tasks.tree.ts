// Lists, subtasks and manual order: where a task goes (its list, parent and position among its
// siblings), checked against cycles and the nesting limit, and what follows for its subtree
// (completing a parent completes its open subtasks; reopening it restores them; moving it to
// another list takes its subtasks along). Every statement is scoped by the owner.
import { type SQL, sql } from 'drizzle-orm';
import { assertActorMayPlace } from '../../platform/access/access.js';
import { actorSees } from '../../platform/access/policy.js';
import { type Database, queryRows } from '../../platform/db/client.js';
import { invalid, notFound } from '../../platform/errors.js';
import { MAX_DEPTH } from './tasks.tree.constants.js';

export { MAX_DEPTH };

/** The gap a new neighbour keeps from the one at a group's end. */
const STEP = 1024;

/** Where a task is: its list (null: the Inbox) and parent (null: top level). */
export interface Place {
  listId: number | null;
  parentId: number | null;
}

/** A move's target, as the API takes it. */
export interface MoveTarget {
  list_id?: number | null;
  section_id?: number | null;
  parent_id?: number | null;
  before_id?: number;
  after_id?: number;
}

interface Node extends Place {
  id: number;
  position: number;
  sectionId: number | null;
}

const asNode = (row: Record<string, unknown>): Node => ({
  id: Number(row.id),
  listId: row.list_id === null ? null : Number(row.list_id),
  parentId: row.parent_id === null ? null : Number(row.parent_id),
  position: Number(row.position),
  sectionId: row.section_id === null ? null : Number(row.section_id),
});

const ids = (list: number[]) => sql`${`{${list.join(',')}}`}::bigint[]`;

/** The owner's task with this id, or undefined. */
async function nodeOf(db: Database, userId: string, id: number): Promise<Node | undefined> {
  if (!Number.isSafeInteger(id) || id < 1) return undefined;
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select id, list_id, parent_id, position, section_id from tasks where user_id = ${userId} and id = ${id}`,
  );
  return row ? asNode(row) : undefined;
}

/** A task and its ancestors, nearest first; empty when the owner has no such task. */
async function chainOf(db: Database, userId: string, id: number): Promise<number[]> {
  const rows = await queryRows<{ id: unknown }>(
    db,
    sql`with recursive up(id, parent_id, n) as (
          select id, parent_id, 1 from tasks where user_id = ${userId} and id = ${id}
          union all
          select t.id, t.parent_id, up.n + 1 from tasks t join up on t.id = up.parent_id
          where t.user_id = ${userId} and up.n < ${MAX_DEPTH + 8})
        select id from up order by n`,
  );
  return rows.map((r) => Number(r.id));
}

/** The descendants of some tasks (not the tasks themselves), and the height of the deepest below them. */
export async function descendantsOf(
  db: Database,
  userId: string,
  roots: number[],
): Promise<{ ids: number[]; height: number }> {
  if (roots.length === 0) return { ids: [], height: 0 };
  const rows = await queryRows<{ id: unknown; n: unknown }>(
    db,
    sql`with recursive down(id, n) as (
          select id, 1 from tasks where user_id = ${userId} and parent_id = any(${ids(roots)})
          union all
          select t.id, down.n + 1 from tasks t join down on t.parent_id = down.id
          where t.user_id = ${userId} and down.n < ${MAX_DEPTH + 8})
        select id, n from down`,
  );
  return { ids: rows.map((r) => Number(r.id)), height: Math.max(0, ...rows.map((r) => Number(r.n))) };
}

/**
 * Locks these tasks and their subtrees, in id order, before anything writes to them: writers that
 * touch several rows take every row lock before the owner's event lock (see events.service.ts).
 */
export async function lockTrees(db: Database, userId: string, roots: number[]): Promise<number[]> {
  if (roots.length === 0) return [];
  const rows = await queryRows<{ id: unknown }>(
    db,
    sql`with recursive tree(id, n) as (
          select id, 1 from tasks where user_id = ${userId} and id = any(${ids(roots)})
          union all
          select t.id, tree.n + 1 from tasks t join tree on t.parent_id = tree.id
          where t.user_id = ${userId} and tree.n < ${MAX_DEPTH + 8})
        select id from tasks where user_id = ${userId} and id in (select id from tree) order by id for update`,
  );
  return rows.map((r) => Number(r.id));
}

async function assertListOwned(db: Database, userId: string, listId: number, location: 'body' | 'query') {
  const [row] = Number.isSafeInteger(listId)
    ? await queryRows(db, sql`select 1 from lists where user_id = ${userId} and id = ${listId}`)
    : [];
  if (!row) throw invalid('list_id', 'is not one of your lists', location);
}

/**
 * 422 unless `sectionId` is a section of the owner's list `listId` (none in the Inbox): a section of
 * another list, or one the caller cannot see, answers the same.
 */
async function assertSectionOf(db: Database, userId: string, listId: number | null, sectionId: number) {
  const [row] =
    listId !== null && Number.isSafeInteger(sectionId)
      ? await queryRows(
          db,
          sql`select 1 from sections where user_id = ${userId} and list_id = ${listId} and id = ${sectionId}`,
        )
      : [];
  if (!row) throw invalid('section_id', 'is not a section of the task’s list', 'body');
}

/** A subtask's section is its parent's: one that names another is refused. */
function assertParentsSection(parent: Node, sectionId: number | null | undefined) {
  if (sectionId !== undefined && sectionId !== parent.sectionId) {
    throw invalid(
      'section_id',
      'a subtask is in its parent’s section: leave section_id out or give the parent’s',
      'body',
    );
  }
}

/** The parent a task may go under: one of the owner's tasks, with room for `height` levels below the child. */
async function parentFor(
  db: Database,
  userId: string,
  parentId: number,
  movingId: number | null,
  height: number,
) {
  const chain = await chainOf(db, userId, parentId);
  if (chain.length === 0) throw invalid('parent_id', 'is not one of your tasks', 'body');
  if (movingId !== null && chain.includes(movingId)) {
    throw invalid('parent_id', 'a task cannot go under itself or one of its own subtasks', 'body');
  }
  if (chain.length + 1 + height > MAX_DEPTH) {
    throw invalid('parent_id', `subtasks nest at most ${MAX_DEPTH} levels deep`, 'body');
  }
  return (await nodeOf(db, userId, parentId))!;
}

/**
 * Where a new task goes: under its parent (in the parent's list and section), else in the given
 * list (and section of it) or the Inbox. A list or section that disagrees with the parent's is refused.
 */
export async function placeNew(
  db: Database,
  userId: string,
  listId: number | null | undefined,
  parentId: number | null | undefined,
  sectionId?: number | null,
): Promise<Place & { sectionId: number | null }> {
  if (parentId != null) {
    const parent = await parentFor(db, userId, parentId, null, 0);
    if (listId !== undefined && listId !== parent.listId) {
      throw invalid(
        'list_id',
        'a subtask is in its parent’s list: leave list_id out or give the parent’s',
        'body',
      );
    }
    assertParentsSection(parent, sectionId);
    return { listId: parent.listId, parentId, sectionId: parent.sectionId };
  }
  if (listId != null) await assertListOwned(db, userId, listId, 'body');
  if (sectionId != null) await assertSectionOf(db, userId, listId ?? null, sectionId);
  return { listId: listId ?? null, parentId: null, sectionId: sectionId ?? null };
}

/** SQL matching the siblings of a place (same list and parent). */
const groupOf = (userId: string, place: Place): SQL =>
  sql`user_id = ${userId} and ${place.listId === null ? sql`list_id is null` : sql`list_id = ${place.listId}`} and ${
    place.parentId === null ? sql`parent_id is null` : sql`parent_id = ${place.parentId}`
  }`;

/** Renumbers a group's positions 1024, 2048, ... in their current order (when a gap is used up). */
async function rebalance(db: Database, userId: string, place: Place): Promise<void> {
  await db.execute(sql`update tasks set position = r.n * ${STEP}, updated_at = now(), version = version + 1
    from (select id, row_number() over (order by position, id) as n from tasks where ${groupOf(userId, place)}) r
    where tasks.id = r.id and tasks.user_id = ${userId} and tasks.position <> r.n * ${STEP}`);
}

/**
 * The position beside an anchor (before or after it) among its siblings, leaving `self` out: the
 * midpoint of the two neighbours, or a step past the end. Null when the neighbours are too close
 * for a midpoint between them (the caller rebalances and asks again).
 */
async function positionBeside(
  db: Database,
  userId: string,
  place: Place,
  anchor: Node,
  side: 'before' | 'after',
  self: number,
): Promise<number | null> {
  const before = side === 'before';
  const [row] = await queryRows<{ position: unknown }>(
    db,
    sql`select position from tasks where ${groupOf(userId, place)} and id <> ${self}
        and (position, id) ${before ? sql`<` : sql`>`} (${anchor.position}::float8, ${anchor.id}::bigint)
        order by position ${before ? sql`desc` : sql`asc`}, id ${before ? sql`desc` : sql`asc`} limit 1`,
  );
  if (!row) return before ? anchor.position - STEP : anchor.position + STEP;
  const neighbour = Number(row.position);
  const mid = (neighbour + anchor.position) / 2;
  const [low, high] = before ? [neighbour, anchor.position] : [anchor.position, neighbour];
  return mid > low && mid < high ? mid : null;
}

/** The position after every sibling (leaving `self` out). */
async function positionAtEnd(db: Database, userId: string, place: Place, self: number): Promise<number> {
  const [row] = await queryRows<{ position: unknown }>(
    db,
    sql`select max(position) as position from tasks where ${groupOf(userId, place)} and id <> ${self}`,
  );
  return row?.position === null || row?.position === undefined ? STEP : Number(row.position) + STEP;
}

export interface Move extends Place {
  position: number;
  sectionId: number | null;
  /** The moved task's descendants (they follow it to its list). */
  descendants: number[];
}

/**
 * Where a move takes a task: the target's list and parent (an anchor's siblings when before_id or
 * after_id is given), no cycles, at most MAX_DEPTH levels with its subtree, and a position between
 * its new neighbours. Undefined fields of the target keep what the task has; moving to another
 * list without a parent makes it a top-level task there.
 */
export async function placeMove(
  db: Database,
  userId: string,
  id: number,
  target: MoveTarget,
  actor: string = userId,
): Promise<Move> {
  const task = await nodeOf(db, userId, id);
  if (!task) throw notFound(`Task ${id}`);
  const anchorId = target.before_id ?? target.after_id;
  const side = target.before_id !== undefined ? 'before' : 'after';
  let anchor: Node | undefined;
  if (anchorId !== undefined) {
    const field = side === 'before' ? 'before_id' : 'after_id';
    if (anchorId === id) throw invalid(field, 'a task cannot be placed beside itself', 'body');
    anchor = await nodeOf(db, userId, anchorId);
    // A task of the owner's that the actor cannot see answers as one that does not exist.
    if (!anchor || !(await actorSees(db, userId, actor, anchor.listId)))
      throw invalid(field, 'is not one of your tasks', 'body');
  }
  let parentId: number | null;
  if (target.parent_id !== undefined) parentId = target.parent_id;
  else if (anchor) parentId = anchor.parentId;
  else if (target.list_id !== undefined && target.list_id !== task.listId) parentId = null;
  else parentId = task.parentId;

  const subtree = await descendantsOf(db, userId, [id]);
  let listId: number | null;
  let sectionId: number | null;
  if (parentId !== null) {
    const parent = await parentFor(db, userId, parentId, id, subtree.height);
    assertParentsSection(parent, target.section_id);
    sectionId = parent.sectionId;
    if (!(await actorSees(db, userId, actor, parent.listId)))
      throw invalid('parent_id', 'is not one of your tasks', 'body');
    if (target.list_id !== undefined && target.list_id !== parent.listId) {
      throw invalid(
        'list_id',
        'a subtask is in its parent’s list: leave list_id out or give the parent’s',
        'body',
      );
    }
    listId = parent.listId;
  } else {
    listId = target.list_id !== undefined ? target.list_id : anchor ? anchor.listId : task.listId;
    if (listId !== null && listId !== task.listId) await assertListOwned(db, userId, listId, 'body');
    // The section given; else a new sibling's; else the one it has, within its list; else none.
    if (target.section_id !== undefined) sectionId = target.section_id;
    else if (anchor) sectionId = anchor.sectionId;
    else sectionId = listId === task.listId ? task.sectionId : null;
    if (sectionId !== null && (target.section_id !== undefined || listId !== task.listId))
      await assertSectionOf(db, userId, listId, sectionId);
  }
  // A member moves only within and between lists where they are an editor (the source was checked
  // by asTaskOwner).
  if (listId !== task.listId) await assertActorMayPlace(db, userId, actor, listId);
  const place = { listId, parentId };
  if (anchor && (anchor.listId !== listId || anchor.parentId !== parentId)) {
    throw invalid(
      side === 'before' ? 'before_id' : 'after_id',
      'must be a sibling at the destination (same list and parent)',
      'body',
    );
  }
  let position: number;
  if (anchor) {
    let found = await positionBeside(db, userId, place, anchor, side, id);
    if (found === null) {
      await rebalance(db, userId, place);
      anchor = (await nodeOf(db, userId, anchor.id))!;
      found = (await positionBeside(db, userId, place, anchor, side, id))!;
    }
    position = found;
  } else if (listId === task.listId && parentId === task.parentId) {
    position = task.position;
  } else {
    position = await positionAtEnd(db, userId, place, id);
  }
  return { listId, parentId, position, sectionId, descendants: subtree.ids };
}

/**
 * Moves descendants to their ancestor's new list and section (each changed one gets a new version
 * and event).
 */
export async function carryToList(
  db: Database,
  userId: string,
  descendants: number[],
  listId: number | null,
  sectionId: number | null,
) {
  if (descendants.length === 0) return;
  await db.execute(sql`update tasks set list_id = ${listId}, section_id = ${sectionId}, updated_at = now(),
    version = version + 1 where user_id = ${userId} and id = any(${ids(descendants)})
    and (list_id is distinct from ${listId} or section_id is distinct from ${sectionId})`);
}

/**
 * The descendants of completed tasks, each with its top ancestor's completion time (`at`): what
 * completing those tasks completes, and what reopening them reopens.
 */
const subtreesOfCompleted = (userId: string, roots: number[]) =>
  sql`with recursive down(id, at, n) as (
        select t.id, p.completed_at, 1 from tasks t join tasks p on p.id = t.parent_id
        where p.user_id = ${userId} and p.id = any(${ids(roots)}) and p.completed and t.user_id = ${userId}
        union all
        select t.id, down.at, down.n + 1 from tasks t join down on t.parent_id = down.id
        where t.user_id = ${userId} and down.n < ${MAX_DEPTH + 8})`;

/**
 * Completes the open descendants of tasks that were just completed, with their parent's completion
 * time: that shared moment is how reopening the parent knows which to restore.
 */
export async function completeSubtrees(db: Database, userId: string, roots: number[]): Promise<number> {
  if (roots.length === 0) return 0;
  const rows = await queryRows(
    db,
    sql`${subtreesOfCompleted(userId, roots)}
        update tasks set completed = true, completed_at = down.at, updated_at = now(), version = version + 1
        from down where tasks.id = down.id and tasks.user_id = ${userId} and not tasks.completed
        returning tasks.id`,
  );
  return rows.length;
}

/**
 * Before completed tasks reopen: reopens the descendants that were completed with them (same
 * completion time), the undo of completeSubtrees. Subtasks done on their own stay done.
 */
export async function reopenSubtrees(db: Database, userId: string, roots: number[]): Promise<number> {
  if (roots.length === 0) return 0;
  const rows = await queryRows(
    db,
    sql`${subtreesOfCompleted(userId, roots)}
        update tasks set completed = false, completed_at = null, updated_at = now(), version = version + 1
        from down where tasks.id = down.id and tasks.user_id = ${userId} and tasks.completed
          and tasks.completed_at = down.at
        returning tasks.id`,
  );
  return rows.length;
}

/** A recurring task's next occurrence starts with every subtask open again. */
export async function resetSubtasks(db: Database, userId: string, id: number): Promise<void> {
  const { ids: descendants } = await descendantsOf(db, userId, [id]);
  if (descendants.length === 0) return;
  await db.execute(sql`update tasks set completed = false, completed_at = null, updated_at = now(),
    version = version + 1 where user_id = ${userId} and id = any(${ids(descendants)}) and completed`);
}
