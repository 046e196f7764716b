// What quick add may name in a line, for one user: their lists (own and shared, unarchived), and,
// for the list a task goes to, its sections and its people. The parser gets names; these give ids.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { QuickAddList } from '#shared/quickadd/quickadd.js';
import { membersOf, sharedListsOf } from '../../platform/access/policy.js';
import { type Database, queryRows } from '../../platform/db/client.js';
import { lists, sections, users } from '../../platform/db/schema.js';

export interface PlaceList {
  id: number;
  name: string;
}

/** The user's unarchived lists, own ones first in sidebar order (a name used twice: the first wins). */
export async function listsForQuickAdd(db: Database, caller: string): Promise<PlaceList[]> {
  const order = [asc(lists.position), asc(lists.id)];
  const [own, shared] = await Promise.all([
    db
      .select({ id: lists.id, name: lists.name })
      .from(lists)
      .where(and(eq(lists.userId, caller), eq(lists.archived, false)))
      .orderBy(...order),
    db
      .select({ id: lists.id, name: lists.name })
      .from(lists)
      .where(and(sql`${lists.id} in ${sharedListsOf(caller)}`, eq(lists.archived, false)))
      .orderBy(...order),
  ]);
  const seen = new Set<string>();
  return [...own, ...shared].filter((l) => {
    const key = l.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface ListDetails {
  sections: { id: number; name: string }[];
  /** The owner, then the members; user ids for assignee_id. */
  people: { id: string; name: string; email: string | null }[];
}

/** A list's sections and people; `list` is one of listsForQuickAdd's, so the caller may read it. */
export async function detailsForQuickAdd(db: Database, listId: number): Promise<ListDetails> {
  const [sectionRows, ownerRows, memberRows] = await Promise.all([
    db
      .select({ id: sections.id, name: sections.name })
      .from(sections)
      .where(eq(sections.listId, listId))
      .orderBy(asc(sections.position), asc(sections.id)),
    db
      .select({ id: lists.userId, name: users.name, email: users.email })
      .from(lists)
      .leftJoin(users, eq(users.id, lists.userId))
      .where(eq(lists.id, listId)),
    queryRows<{ id: string; name: string; email: string }>(
      db,
      sql`select m.user_id as id, u.name, u.email from ${membersOf(listId)} m join users u on u.id = m.user_id
          order by m.since, m.user_id`,
    ),
  ]);
  // A list nobody shares has no one to assign: the owner alone is not "people" for +name.
  const people =
    memberRows.length === 0
      ? []
      : [...ownerRows, ...memberRows].map((p) => ({ id: p.id, name: p.name ?? '', email: p.email }));
  return { sections: sectionRows, people };
}

/** The list as the parser sees it. */
export function quickAddList(list: PlaceList, details?: ListDetails): QuickAddList {
  if (!details) return { name: list.name };
  return {
    name: list.name,
    sections: details.sections.map((s) => s.name),
    members: details.people.map((p) => ({ name: p.name, email: p.email })),
  };
}
