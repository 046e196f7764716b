// Lists, subtasks and manual order: where a task goes (its list, parent and position among its
// siblings), checked against cycles and the nesting limit, and what follows for its subtree
// (completing a parent completes its open subtasks; reopening it restores them; moving it to
// another list takes its subtasks along). Every statement is scoped by the owner.
import { type SQL, sql } from 'drizzle-orm';
import { type Actor, actorAt, assertMayPlace, sees } from '../../platform/access/access.js';
import { STRAY_ASSIGNEE } from '../../platform/access/policy.js';
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
  /** An exact position among its siblings, without an anchor (CalDAV's X-APPLE-SORT-ORDER; not in the API). */
  position?: number;
}

export interface Node extends Place {
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
async function nodeOf(db: Database, owner: string, id: number): Promise<Node | undefined> {
  if (!Number.isSafeInteger(id) || id < 1) return undefined;
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select id, list_id, parent_id, position, section_id from tasks where user_id = ${owner} and id = ${id}`,
  );
  return row ? asNode(row) : undefined;
}

/** A task and its ancestors, nearest first; empty when the owner has no such task. */
async function chainOf(db: Database, owner: string, id: number): Promise<number[]> {
  const rows = await queryRows<{ id: unknown }>(
    db,
    sql`with recursive up(id, parent_id, n) as (
          select id, parent_id, 1 from tasks where user_id = ${owner} and id = ${id}
          union all
          select t.id, t.parent_id, up.n + 1 from tasks t join up on t.id = up.parent_id
          where t.user_id = ${owner} and up.n < ${MAX_DEPTH + 8})
        select id from up order by n`,
  );
  return rows.map((r) => Number(r.id));
}

/** The descendants of some tasks (not the tasks themselves), and the height of the deepest below them. */
export async function descendantsOf(
  db: Database,
  owner: string,
  roots: number[],
): Promise<{ ids: number[]; height: number }> {
  if (roots.length === 0) return { ids: [], height: 0 };
  const rows = await queryRows<{ id: unknown; n: unknown }>(
    db,
    sql`with recursive down(id, n) as (
          select id, 1 from tasks where user_id = ${owner} and parent_id = any(${ids(roots)})
          union all
          select t.id, down.n + 1 from tasks t join down on t.parent_id = down.id
          where t.user_id = ${owner} and down.n < ${MAX_DEPTH + 8})
        select id, n from down`,
  );
  return { ids: rows.map((r) => Number(r.id)), height: Math.max(0, ...rows.map((r) => Number(r.n))) };
}

/**
 * Locks these tasks and their subtrees, in id order, before anything writes to them: writers that
 * touch several rows take every row lock before the owner's event lock (see events.service.ts).
 */
export async function lockTrees(db: Database, owner: string, roots: number[]): Promise<number[]> {
  return (await lockNodes(db, owner, roots)).map((node) => node.id);
}

/** lockTrees, answering where each locked task is. */
export async function lockNodes(db: Database, owner: string, roots: number[]): Promise<Node[]> {
  if (roots.length === 0) return [];
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`with recursive tree(id, n) as (
          select id, 1 from tasks where user_id = ${owner} and id = any(${ids(roots)})
          union all
          select t.id, tree.n + 1 from tasks t join tree on t.parent_id = tree.id
          where t.user_id = ${owner} and tree.n < ${MAX_DEPTH + 8})
        select id, list_id, parent_id, position, section_id from tasks
        where user_id = ${owner} and id in (select id from tree) order by id for update`,
  );
  return rows.map(asNode);
}

async function assertListOwned(db: Database, owner: string, listId: number, location: 'body' | 'query') {
  const [row] = Number.isSafeInteger(listId)
    ? await queryRows(db, sql`select 1 from lists where user_id = ${owner} and id = ${listId}`)
    : [];
  if (!row) throw invalid('list_id', 'is not one of your lists', location);
}

/**
 * 422 unless `sectionId` is a section of the owner's list `listId` (none in the Inbox): a section of
 * another list, or one the caller cannot see, answers the same.
 */
async function assertSectionOf(db: Database, owner: string, listId: number | null, sectionId: number) {
  const [row] =
    listId !== null && Number.isSafeInteger(sectionId)
      ? await queryRows(
          db,
          sql`select 1 from sections where user_id = ${owner} and list_id = ${listId} and id = ${sectionId}`,
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
  owner: string,
  parentId: number,
  movingId: number | null,
  height: number,
) {
  const chain = await chainOf(db, owner, parentId);
  if (chain.length === 0) throw invalid('parent_id', 'is not one of your tasks', 'body');
  if (movingId !== null && chain.includes(movingId)) {
    throw invalid('parent_id', 'a task cannot go under itself or one of its own subtasks', 'body');
  }
  if (chain.length + 1 + height > MAX_DEPTH) {
    throw invalid('parent_id', `subtasks nest at most ${MAX_DEPTH} levels deep`, 'body');
  }
  return (await nodeOf(db, owner, parentId))!;
}

/**
 * Where a new task goes: under its parent (in the parent's list and section), else in the given
 * list (and section of it) or the Inbox. A list or section that disagrees with the parent's is refused.
 */
export async function placeNew(
  db: Database,
  owner: string,
  listId: number | null | undefined,
  parentId: number | null | undefined,
  sectionId?: number | null,
): Promise<Place & { sectionId: number | null }> {
  if (parentId != null) {
    const parent = await parentFor(db, owner, parentId, null, 0);
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
  if (listId != null) await assertListOwned(db, owner, listId, 'body');
  if (sectionId != null) await assertSectionOf(db, owner, listId ?? null, sectionId);
  return { listId: listId ?? null, parentId: null, sectionId: sectionId ?? null };
}

/** SQL matching the siblings of a place (same list and parent). */
const groupOf = (owner: string, place: Place): SQL =>
  sql`user_id = ${owner} and ${place.listId === null ? sql`list_id is null` : sql`list_id = ${place.listId}`} and ${
    place.parentId === null ? sql`parent_id is null` : sql`parent_id = ${place.parentId}`
  }`;

/** Renumbers a group's positions 1024, 2048, ... in their current order (when a gap is used up). */
async function rebalance(db: Database, owner: string, place: Place): Promise<void> {
  await db.execute(sql`update tasks set position = r.n * ${STEP}, updated_at = now(), version = version + 1
    from (select id, row_number() over (order by position, id) as n from tasks where ${groupOf(owner, place)}) r
    where tasks.id = r.id and tasks.user_id = ${owner} and tasks.position <> r.n * ${STEP}`);
}

/**
 * The position beside an anchor (before or after it) among its siblings, leaving `self` out: the
 * midpoint of the two neighbours, or a step past the end. Null when the neighbours are too close
 * for a midpoint between them (the caller rebalances and asks again).
 */
async function positionBeside(
  db: Database,
  owner: string,
  place: Place,
  anchor: Node,
  side: 'before' | 'after',
  self: number,
): Promise<number | null> {
  const before = side === 'before';
  const [row] = await queryRows<{ position: unknown }>(
    db,
    sql`select position from tasks where ${groupOf(owner, place)} and id <> ${self}
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
async function positionAtEnd(db: Database, owner: string, place: Place, self: number): Promise<number> {
  const [row] = await queryRows<{ position: unknown }>(
    db,
    sql`select max(position) as position from tasks where ${groupOf(owner, place)} and id <> ${self}`,
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
 * Where a move takes a task (`task`: where it is, as read under its lock): the target's list and
 * parent (an anchor's siblings when before_id or after_id is given), no cycles, at most MAX_DEPTH
 * levels with its subtree, and a position between its new neighbours. Undefined fields of the
 * target keep what the task has; moving to another list without a parent makes it a top-level
 * task there. A member's actor is resolved once in each list the move names (the anchor's, the
 * parent's, the destination): they must see it, and may add tasks to the destination.
 */
export async function placeMove(
  db: Database,
  actor: Actor,
  task: Node | undefined,
  id: number,
  target: MoveTarget,
): Promise<Move> {
  if (!task) throw notFound(`Task ${id}`);
  const { owner } = actor;
  const actors = new Map<number | null, Promise<Actor | null>>();
  // The lists of the owner's rows are the owner's own; a list the request names may not be.
  const at = (listId: number | null, ownersRow: boolean) => {
    if (ownersRow && actor.caller === owner) return Promise.resolve(actor);
    if (!actors.has(listId)) actors.set(listId, actorAt(db, actor, listId));
    return actors.get(listId)!;
  };
  const anchorId = target.before_id ?? target.after_id;
  const side = target.before_id !== undefined ? 'before' : 'after';
  let anchor: Node | undefined;
  if (anchorId !== undefined) {
    const field = side === 'before' ? 'before_id' : 'after_id';
    if (anchorId === id) throw invalid(field, 'a task cannot be placed beside itself', 'body');
    anchor = await nodeOf(db, owner, anchorId);
    // A task of the owner's that the actor cannot see answers as one that does not exist.
    if (!anchor || !sees(await at(anchor.listId, true)))
      throw invalid(field, 'is not one of your tasks', 'body');
  }
  let parentId: number | null;
  if (target.parent_id !== undefined) parentId = target.parent_id;
  else if (anchor) parentId = anchor.parentId;
  else if (target.list_id !== undefined && target.list_id !== task.listId) parentId = null;
  else parentId = task.parentId;

  const subtree = await descendantsOf(db, owner, [id]);
  let listId: number | null;
  let sectionId: number | null;
  if (parentId !== null) {
    const parent = await parentFor(db, owner, parentId, id, subtree.height);
    assertParentsSection(parent, target.section_id);
    sectionId = parent.sectionId;
    if (!sees(await at(parent.listId, true))) throw invalid('parent_id', 'is not one of your tasks', 'body');
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
    if (listId !== task.listId && !sees(await at(listId, target.list_id === undefined)))
      throw invalid('list_id', 'is not one of your lists', 'body');
    // The section given; else a new sibling's; else the one it has, within its list; else none.
    if (target.section_id !== undefined) sectionId = target.section_id;
    else if (anchor) sectionId = anchor.sectionId;
    else sectionId = listId === task.listId ? task.sectionId : null;
    if (sectionId !== null && (target.section_id !== undefined || listId !== task.listId))
      await assertSectionOf(db, owner, listId, sectionId);
  }
  // A member moves only within and between lists where they may add tasks (the source was the
  // actor's own resolution).
  if (listId !== task.listId)
    assertMayPlace(await at(listId, parentId !== null || target.list_id === undefined));
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
    let found = await positionBeside(db, owner, place, anchor, side, id);
    if (found === null) {
      await rebalance(db, owner, place);
      anchor = (await nodeOf(db, owner, anchor.id))!;
      found = (await positionBeside(db, owner, place, anchor, side, id))!;
    }
    position = found;
  } else if (target.position !== undefined) {
    position = target.position;
  } else if (listId === task.listId && parentId === task.parentId) {
    position = task.position;
  } else {
    position = await positionAtEnd(db, owner, place, id);
  }
  return { listId, parentId, position, sectionId, descendants: subtree.ids };
}

/**
 * Moves descendants to their ancestor's new list and section (each changed one gets a new version
 * and event).
 */
export async function carryToList(
  db: Database,
  owner: string,
  descendants: number[],
  listId: number | null,
  sectionId: number | null,
) {
  if (descendants.length === 0) return;
  await db.execute(sql`update tasks set list_id = ${listId}, section_id = ${sectionId}, updated_at = now(),
    version = version + 1 where user_id = ${owner} and id = any(${ids(descendants)})
    and (list_id is distinct from ${listId} or section_id is distinct from ${sectionId})`);
}

/**
 * The descendants of completed tasks, each with its top ancestor's completion time (`at`): what
 * completing those tasks completes, and what reopening them reopens.
 */
const subtreesOfCompleted = (owner: string, roots: number[]) =>
  sql`with recursive down(id, at, n) as (
        select t.id, p.completed_at, 1 from tasks t join tasks p on p.id = t.parent_id
        where p.user_id = ${owner} and p.id = any(${ids(roots)}) and p.completed and t.user_id = ${owner}
        union all
        select t.id, down.at, down.n + 1 from tasks t join down on t.parent_id = down.id
        where t.user_id = ${owner} and down.n < ${MAX_DEPTH + 8})`;

/**
 * Completes the open descendants of tasks that were just completed, with their parent's completion
 * time: that shared moment is how reopening the parent knows which to restore.
 */
export async function completeSubtrees(db: Database, owner: string, roots: number[]): Promise<number> {
  if (roots.length === 0) return 0;
  const rows = await queryRows(
    db,
    sql`${subtreesOfCompleted(owner, roots)}
        update tasks set completed = true, completed_at = down.at, updated_at = now(), version = version + 1
        from down where tasks.id = down.id and tasks.user_id = ${owner} and not tasks.completed
        returning tasks.id`,
  );
  return rows.length;
}

/**
 * Before completed tasks reopen: reopens the descendants that were completed with them (same
 * completion time), the undo of completeSubtrees. Subtasks done on their own stay done.
 */
export async function reopenSubtrees(db: Database, owner: string, roots: number[]): Promise<number> {
  if (roots.length === 0) return 0;
  const rows = await queryRows(
    db,
    sql`${subtreesOfCompleted(owner, roots)}
        update tasks set completed = false, completed_at = null, updated_at = now(), version = version + 1
        from down where tasks.id = down.id and tasks.user_id = ${owner} and tasks.completed
          and tasks.completed_at = down.at
        returning tasks.id`,
  );
  return rows.length;
}

/** A recurring task's next occurrence starts with every subtask open again. */
export async function resetSubtasks(db: Database, owner: string, id: number): Promise<void> {
  const { ids: descendants } = await descendantsOf(db, owner, [id]);
  if (descendants.length === 0) return;
  await db.execute(sql`update tasks set completed = false, completed_at = null, updated_at = now(),
    version = version + 1 where user_id = ${owner} and id = any(${ids(descendants)}) and completed`);
}

/**
 * Unassigns, among the owner's tasks `ids`, those assigned to someone who may no longer be (the
 * policy's STRAY_ASSIGNEE: after a move, no member of the list they are now in); answers how many.
 */
export async function unassignStrays(db: Database, owner: string, ids: number[]): Promise<number> {
  const rows = await queryRows(
    db,
    sql`update tasks set assignee_id = null, version = version + 1, updated_at = now()
        where user_id = ${owner} and id = any(${`{${ids.join(',')}}`}::bigint[]) and ${sql.raw(STRAY_ASSIGNEE)}
        returning id`,
  );
  return rows.length;
}
