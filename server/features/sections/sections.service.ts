// The section service: (db, caller, input) -> result. A section is of one list and belongs to the
// list's owner; whoever may see the list reads its sections, whoever may change its tasks (owner,
// editors) adds, renames, reorders and deletes them (the policy's section.update). Deleting a section
// keeps its tasks in the list, in no section, unless asked to delete them too. Tasks choose their
// section through the task service (section_id); this file never moves a task but to clear it.
import { and, asc, eq, sql } from 'drizzle-orm';
import { actingAs } from '../../platform/access/access.js';
import { authorize, can, forbidden, listAccess } from '../../platform/access/policy.js';
import { type Database, queryRows } from '../../platform/db/client.js';
import { sections, tasks } from '../../platform/db/schema.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { MAX_SECTIONS, type SectionInput, type SectionPatch } from './sections.schema.js';

export type Section = typeof sections.$inferSelect;

/** The gap a section placed at an end keeps from its neighbour. */
const STEP = 1024;

const inOrder = [asc(sections.position), asc(sections.id)];

/** A list's sections in order (404 when the caller cannot see the list). */
export async function listSections(db: Database, caller: string, listId: number): Promise<Section[]> {
  await authorize(db, caller, 'list.read', { list: listId });
  return db
    .select()
    .from(sections)
    .where(eq(sections.listId, listId))
    .orderBy(...inOrder);
}

async function sectionRow(db: Database, id: number): Promise<Section> {
  const [row] = await db.select().from(sections).where(eq(sections.id, id));
  if (!row) throw notFound(`Section ${id}`);
  return row;
}

export async function getSection(db: Database, caller: string, id: number): Promise<Section> {
  await authorize(db, caller, 'list.read', { section: id });
  return sectionRow(db, id);
}

/**
 * The position beside another section of the same list: the midpoint with its neighbour on that
 * side, or a step past the end; the list's sections are renumbered once when no midpoint is left.
 */
async function positionBeside(
  db: Database,
  section: Pick<Section, 'listId'> & { id?: number },
  anchorId: number,
  side: 'before' | 'after',
): Promise<number> {
  const field = side === 'before' ? 'before_id' : 'after_id';
  if (anchorId === section.id) throw invalid(field, 'a section cannot be placed beside itself', 'body');
  for (let attempt = 0; attempt < 2; attempt++) {
    const [anchor] = await db
      .select()
      .from(sections)
      .where(and(eq(sections.id, anchorId), eq(sections.listId, section.listId)));
    if (!anchor) throw invalid(field, 'is not a section of this list', 'body');
    const before = side === 'before';
    const [row] = await queryRows<{ position: unknown }>(
      db,
      sql`select position from sections where list_id = ${section.listId} and id <> ${section.id ?? 0}
          and (position, id) ${before ? sql`<` : sql`>`} (${anchor.position}::float8, ${anchor.id}::bigint)
          order by position ${before ? sql`desc` : sql`asc`}, id ${before ? sql`desc` : sql`asc`} limit 1`,
    );
    if (!row) return before ? anchor.position - STEP : anchor.position + STEP;
    const neighbour = Number(row.position);
    const mid = (neighbour + anchor.position) / 2;
    const [low, high] = before ? [neighbour, anchor.position] : [anchor.position, neighbour];
    if (mid > low && mid < high) return mid;
    // No room between them: renumber the list's sections 1024, 2048, ... in their order, once.
    await queryRows(
      db,
      sql`update sections set position = r.n * ${STEP}, updated_at = now()
          from (select id, row_number() over (order by position, id) as n from sections where list_id = ${section.listId}) r
          where sections.id = r.id and sections.position <> r.n * ${STEP}`,
    );
  }
  throw new AppError('CONFLICT', 'The sections could not be reordered: try again');
}

/** Where `place` puts a section: its position, undefined when it says nothing of it. */
async function positionOf(
  db: Database,
  section: Pick<Section, 'listId'> & { id?: number },
  place: { position?: number; before_id?: number; after_id?: number },
): Promise<number | undefined> {
  if (place.position !== undefined) return place.position;
  if (place.before_id !== undefined) return positionBeside(db, section, place.before_id, 'before');
  if (place.after_id !== undefined) return positionBeside(db, section, place.after_id, 'after');
  return undefined;
}

/**
 * Adds a section to a list the caller may change (the list named in the body: 422 when they cannot
 * see it, 403 for a viewer); 409 beyond MAX_SECTIONS.
 */
export async function createSection(db: Database, caller: string, input: SectionInput): Promise<Section> {
  const access = await listAccess(db, caller, input.list_id);
  if (!access) throw invalid('list_id', 'is not one of your lists', 'body');
  if (!can(access.role, 'section.update')) throw forbidden('section.update');
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    // The list's row lock: concurrent adds to one list count one after the other.
    await queryRows(tx, sql`select 1 from lists where id = ${input.list_id} for update`);
    const position = await positionOf(tx, { listId: input.list_id }, input);
    const [row] = await queryRows<{ id: unknown }>(
      tx,
      sql`insert into sections (user_id, list_id, name, position)
          select ${access.ownerId}, ${input.list_id}, ${input.name}, coalesce(${position ?? null}::float8, doable_new_position())
          where (select count(*) from sections where list_id = ${input.list_id}) < ${MAX_SECTIONS}
          returning id`,
    );
    if (!row) {
      throw new AppError(
        'CONFLICT',
        `This list has ${MAX_SECTIONS} sections, the most one list can have: delete or merge some`,
      );
    }
    return sectionRow(tx, Number(row.id));
  });
}

/** Renames a section or moves it among its list's sections. */
export async function updateSection(
  db: Database,
  caller: string,
  id: number,
  patch: SectionPatch,
): Promise<Section> {
  await authorize(db, caller, 'section.update', { section: id });
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const [current] = await tx.select().from(sections).where(eq(sections.id, id)).for('update');
    if (!current) throw notFound(`Section ${id}`);
    const position = await positionOf(tx, current, patch);
    const set: Partial<typeof sections.$inferInsert> = {};
    if (patch.name !== undefined) set.name = patch.name;
    if (position !== undefined) set.position = position;
    const [row] = await tx
      .update(sections)
      .set({ ...set, updatedAt: sql`now()` })
      .where(eq(sections.id, id))
      .returning();
    return row!;
  });
}

/**
 * Deletes a section. Its tasks stay in the list in no section (`keep`: each gets a new version and a
 * live event), or are deleted with it, subtasks and all (`delete`, which needs task.delete too); one
 * transaction either way, run as the caller (a member's changes are recorded as theirs).
 */
export async function deleteSection(
  db: Database,
  caller: string,
  id: number,
  mode: 'keep' | 'delete',
): Promise<void> {
  const access = await authorize(db, caller, 'section.update', { section: id });
  if (mode === 'delete' && !can(access.role, 'task.delete')) throw forbidden('task.delete');
  const owner = access.ownerId;
  const run = async (tx: Database) => {
    const [row] = await tx.select().from(sections).where(eq(sections.id, id)).for('update');
    if (!row) throw notFound(`Section ${id}`);
    const inSection = and(eq(tasks.userId, owner), eq(tasks.listId, row.listId), eq(tasks.sectionId, id));
    if (mode === 'delete') {
      // Top-level tasks first: their subtrees go with them (the parent reference cascades).
      await tx.delete(tasks).where(and(inSection, sql`${tasks.parentId} is null`));
      await tx.delete(tasks).where(inSection);
    } else {
      await tx
        .update(tasks)
        .set({ sectionId: null, updatedAt: sql`now()`, version: sql`${tasks.version} + 1` })
        .where(inSection);
    }
    await tx.delete(sections).where(eq(sections.id, id));
  };
  if (owner === caller) {
    await db.transaction(async (txn) => run(txn as unknown as Database));
  } else {
    await actingAs(db, caller, run);
  }
}
