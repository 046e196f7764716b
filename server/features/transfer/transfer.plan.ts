// What an import decides about the lists, sections and tags a file names (Plan: counted as decided,
// provisional ids in a preview), and the owner's ids for them, found by name or created.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.js';
import { lists, sections, tagTaskCounts } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { MAX_LISTS } from '../lists/lists.schema.js';
import { MAX_SECTIONS } from '../sections/sections.schema.js';
import type { ImportList, ImportTask } from './transfer.schema.js';

/** How an import found the lists, sections or tags a file names: made by it, or already the owner's. */
export interface Made {
  created: number;
  existing: number;
}

/**
 * What one import decides, counted as it decides. A preview (dryRun) is the same import, its reads
 * and its decisions, with each write left out: what it would make gets a provisional id (negative,
 * never a row's) and is remembered as if written, so every later decision (a list found by name, a
 * task unchanged or moved, a cap reached) is the one the import then makes.
 */
export class Plan {
  readonly lists: Made = { created: 0, existing: 0 };
  readonly sections: Made = { created: 0, existing: 0 };
  readonly tags: Made = { created: 0, existing: 0 };
  /** The lists and sections a preview would have made. */
  readonly provisionalLists: { id: number; name: string }[] = [];
  readonly provisionalSections: { id: number; listId: number; name: string }[] = [];
  #lastId = 0;
  readonly #counted = new Set<string>();
  constructor(readonly dryRun: boolean) {}

  /** A provisional id: what a preview has instead of a row it did not write. */
  provisionalId(): number {
    this.#lastId--;
    return this.#lastId;
  }

  /** Rows a preview would have made, with provisional ids, remembered in `into`. */
  provide<T extends object>(into: (T & { id: number })[], rows: T[]): (T & { id: number })[] {
    const made = rows.map((row) => ({ ...row, id: this.provisionalId() }));
    into.push(...made);
    return made;
  }

  countLists(keys: string[], created: string[] = []): void {
    this.#count('list', this.lists, keys, created);
  }

  countSections(keys: string[], created: string[] = []): void {
    this.#count('section', this.sections, keys, created);
  }

  /** The tags of a batch, new unless some task of the owner had them before the import. */
  countTags(keys: string[], before: ReadonlySet<string>): void {
    this.#count(
      'tag',
      this.tags,
      keys,
      keys.filter((key) => !before.has(key)),
    );
  }

  /** Each name once per import: made by it (in `created`), or already there. */
  #count(kind: string, into: Made, keys: string[], created: string[]): void {
    const made = new Set(created);
    for (const key of keys) {
      const at = `${kind}\u0000${key}`;
      if (this.#counted.has(at)) continue;
      this.#counted.add(at);
      if (made.has(key)) into.created++;
      else into.existing++;
    }
  }
}

/** The tags (case-folded) some task of the owner has, before an import. */
export async function tagsBefore(db: Database, userId: string): Promise<Set<string>> {
  const rows = await db
    .select({ key: tagTaskCounts.tagKey })
    .from(tagTaskCounts)
    .where(and(eq(tagTaskCounts.userId, userId), gt(tagTaskCounts.total, 0)));
  return new Set(rows.map((r) => r.key));
}

/** List names (case-folded) to the owner's list ids, for one import. */
export type ListIds = Map<string, number>;

export const listKey = (name: string) => name.toLowerCase();

/**
 * The owner's lists for the names a batch (or the file's own list of lists) uses: each found by
 * name, case-insensitively, or created (with the file's color and archived flag). Past MAX_LISTS
 * lists the whole import is refused.
 */
export async function ensureLists(
  tx: Database,
  userId: string,
  wanted: { name: string; color?: string | null; archived?: boolean; position?: number }[],
  ids: ListIds,
  plan: Plan,
): Promise<void> {
  const missing = new Map<string, (typeof wanted)[number]>();
  for (const list of wanted) {
    const key = listKey(list.name);
    if (!ids.has(key) && !missing.has(key)) missing.set(key, list);
  }
  if (missing.size === 0) return plan.countLists(wanted.map((l) => listKey(l.name)));
  const existing = [
    ...(await tx
      .select({ id: lists.id, name: lists.name })
      .from(lists)
      .where(eq(lists.userId, userId))
      .orderBy(asc(lists.archived), asc(lists.position), asc(lists.id))),
    ...plan.provisionalLists,
  ];
  for (const row of existing) {
    const key = listKey(row.name);
    if (!ids.has(key)) ids.set(key, row.id);
    missing.delete(key);
  }
  if (missing.size === 0) return plan.countLists(wanted.map((l) => listKey(l.name)));
  if (existing.length + missing.size > MAX_LISTS) {
    throw new AppError(
      'CONFLICT',
      `This import needs ${missing.size} new lists; an account has at most ${MAX_LISTS} lists`,
    );
  }
  const created = plan.dryRun
    ? plan.provide(
        plan.provisionalLists,
        [...missing.values()].map((list) => ({ name: list.name })),
      )
    : await tx
        .insert(lists)
        .values(
          [...missing.values()].map((list) => ({
            userId,
            name: list.name,
            color: list.color ?? null,
            archived: list.archived ?? false,
            ...(list.position === undefined ? {} : { position: list.position }),
          })),
        )
        .returning({ id: lists.id, name: lists.name });
  for (const row of created) ids.set(listKey(row.name), row.id);
  plan.countLists(
    wanted.map((l) => listKey(l.name)),
    created.map((row) => listKey(row.name)),
  );
}

export const listIdOf = (t: ImportTask, ids: ListIds) =>
  t.list == null ? null : (ids.get(listKey(t.list)) ?? null);

/** A list's section names (case-folded, with the list's id) to the owner's section ids, for one import. */
export type SectionIds = Map<string, number>;

export const sectionKey = (listId: number, name: string) => `${listId}\u0000${name.toLowerCase()}`;

/**
 * The owner's sections for the (list, name) pairs a batch or the file's lists use: each found by
 * name in its list, case-insensitively, or created (last, or at the file's position). Past
 * MAX_SECTIONS in a list the whole import is refused.
 */
export async function ensureSections(
  tx: Database,
  userId: string,
  wanted: { listId: number; name: string; position?: number | undefined }[],
  ids: SectionIds,
  plan: Plan,
): Promise<void> {
  const keys = wanted.map((s) => sectionKey(s.listId, s.name));
  const missing = new Map<string, (typeof wanted)[number]>();
  for (const section of wanted) {
    const key = sectionKey(section.listId, section.name);
    if (!ids.has(key) && !missing.has(key)) missing.set(key, section);
  }
  if (missing.size === 0) return plan.countSections(keys);
  const listIds = [...new Set([...missing.values()].map((s) => s.listId))];
  const existing = [
    ...(await tx
      .select({ id: sections.id, listId: sections.listId, name: sections.name })
      .from(sections)
      .where(
        and(
          eq(sections.userId, userId),
          sql`${sections.listId} = any(${`{${listIds.join(',')}}`}::bigint[])`,
        ),
      )
      .orderBy(asc(sections.position), asc(sections.id))),
    ...plan.provisionalSections.filter((s) => listIds.includes(s.listId)),
  ];
  for (const row of existing) {
    const key = sectionKey(row.listId, row.name);
    if (!ids.has(key)) ids.set(key, row.id);
    missing.delete(key);
  }
  if (missing.size === 0) return plan.countSections(keys);
  for (const listId of listIds) {
    const have = existing.filter((r) => r.listId === listId).length;
    const adding = [...missing.values()].filter((s) => s.listId === listId).length;
    if (have + adding > MAX_SECTIONS) {
      throw new AppError(
        'CONFLICT',
        `This import needs ${adding} new sections in one list; a list has at most ${MAX_SECTIONS} sections`,
      );
    }
  }
  const created = plan.dryRun
    ? plan.provide(
        plan.provisionalSections,
        [...missing.values()].map((s) => ({ listId: s.listId, name: s.name })),
      )
    : await tx
        .insert(sections)
        .values(
          [...missing.values()].map((section) => ({
            userId,
            listId: section.listId,
            name: section.name,
            ...(section.position === undefined ? {} : { position: section.position }),
          })),
        )
        .returning({ id: sections.id, listId: sections.listId, name: sections.name });
  for (const row of created) ids.set(sectionKey(row.listId, row.name), row.id);
  plan.countSections(
    keys,
    created.map((row) => sectionKey(row.listId, row.name)),
  );
}

/** The sections the file's lists hold, for ensureSections (their lists made already). */
export const sectionsOfLists = (fileLists: ImportList[], listIds: ListIds) =>
  fileLists.flatMap((list) => {
    const listId = listIds.get(listKey(list.name));
    return listId === undefined
      ? []
      : list.sections.map((s) => ({ listId, name: s.name, position: s.position }));
  });

/** The sections a batch's tasks name, for ensureSections (their lists made already). */
export const sectionsOfTasks = (batch: ImportTask[], listIds: ListIds) =>
  batch.flatMap((t) => {
    const listId = listIdOf(t, listIds);
    return listId === null || t.section == null ? [] : [{ listId, name: t.section }];
  });

export const sectionIdOf = (t: ImportTask, listIds: ListIds, ids: SectionIds) => {
  const listId = listIdOf(t, listIds);
  return listId === null || t.section == null ? null : (ids.get(sectionKey(listId, t.section)) ?? null);
};
