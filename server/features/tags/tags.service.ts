// Tags live on their tasks (tasks.tags in the owner's spelling, tasks.tag_keys case-folded), so a
// task and its tags change together, under the task's version. These operations work across all
// of one owner's tasks; every statement is scoped by the owner.
import { type Database, rawQuery } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { tagKey } from '../tasks/tasks.schema.js';

export interface TagSummary {
  /** The spelling most of the owner's tasks use (ties: the first in code point order). */
  name: string;
  open: number;
  total: number;
}

const SUMMARY = `
  select x.key, mode() within group (order by x.name collate "C") as name,
         count(*)::int as total, (count(*) filter (where not t.completed))::int as open
  from tasks t, unnest(t.tags, t.tag_keys) as x(name, key)
  where t.user_id = $1`;

interface SummaryRow {
  key: string;
  name: string;
  total: number;
  open: number;
}

const present = (row: SummaryRow): TagSummary => ({
  name: row.name,
  open: Number(row.open),
  total: Number(row.total),
});

/** Every tag of the owner with its open and total task counts, ordered by name (ignoring case). */
export async function listTags(db: Database, userId: string): Promise<TagSummary[]> {
  const rows = await rawQuery<SummaryRow>(db, `${SUMMARY} group by x.key order by x.key`, [userId]);
  return rows.map(present);
}

async function summaryOf(db: Database, userId: string, key: string): Promise<TagSummary> {
  const [row] = await rawQuery<SummaryRow>(
    db,
    `${SUMMARY} and t.tag_keys @> array[$2::text] and x.key = $2 group by x.key`,
    [userId, key],
  );
  if (!row) throw notFound(`Tag ${JSON.stringify(key)}`);
  return present(row);
}

/**
 * Renames a tag on every task that has it. Renaming onto a tag the task already has merges the
 * two (the task keeps one, at the earlier position); every affected task takes the new spelling,
 * changes version and updated_at. Renaming to another spelling of the same tag respells it.
 */
export async function renameTag(db: Database, userId: string, from: string, to: string): Promise<TagSummary> {
  const fromKey = tagKey(from);
  const toKey = tagKey(to);
  const changed = await rawQuery<{ id: number }>(
    db,
    `with affected as (
       select id, tags, tag_keys from tasks
       where user_id = $1 and tag_keys @> array[$2::text]
       for update
     ), mapped as (
       select a.id, u.o,
              case when u.k in ($2, $4) then $3 else u.n end as n,
              case when u.k = $2 then $4 else u.k end as k
       from affected a, unnest(a.tags, a.tag_keys) with ordinality as u(n, k, o)
     ), kept as (
       select distinct on (id, k) id, o, n, k from mapped order by id, k, o
     ), rebuilt as (
       select id, array_agg(n order by o) as tags, array_agg(k order by o) as tag_keys
       from kept group by id
     )
     update tasks t
     set tags = r.tags, tag_keys = r.tag_keys, version = t.version + 1, updated_at = now()
     from rebuilt r
     where t.id = r.id and t.user_id = $1
     returning t.id`,
    [userId, fromKey, to, toKey],
  );
  if (changed.length === 0) throw notFound(`Tag ${JSON.stringify(from)}`);
  return summaryOf(db, userId, toKey);
}

/** Removes a tag from every task that has it (each changes version and updated_at). */
export async function deleteTag(db: Database, userId: string, name: string): Promise<number> {
  const key = tagKey(name);
  const changed = await rawQuery<{ id: number }>(
    db,
    `update tasks t
     set tags = coalesce(
           (select array_agg(u.n order by u.o) from unnest(t.tags, t.tag_keys) with ordinality as u(n, k, o)
            where u.k <> $2),
           '{}'::text[]),
         tag_keys = array_remove(t.tag_keys, $2),
         version = t.version + 1, updated_at = now()
     where t.user_id = $1 and t.tag_keys @> array[$2::text]
     returning t.id`,
    [userId, key],
  );
  if (changed.length === 0) throw notFound(`Tag ${JSON.stringify(name)}`);
  return changed.length;
}
