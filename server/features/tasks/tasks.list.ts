// Listing tasks: reads a list query into its shape and parameters, runs the shape's statement
// (tasks.list.sql.ts) on the driver directly, and answers a page of tasks (listTasks, for the
// assistant's tools) or the page's JSON text (listTasksJson, for REST: tasks.json.ts), with its
// count and next cursor. Drizzle's per-request SQL building and generic row mapping were ~30 µs and
// ~14% of CPU per list request in a profile, hence the driver.
import { type Database, rawQuery } from '../../platform/db/client.js';
import { namedQuery } from '../../platform/db/prepared.js';
import { invalid } from '../../platform/errors.js';
import { getSettings } from '../settings/settings.service.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { deriveBeforeSearch } from './tasks.derived.js';
import { compileFilter, filterNeedsZone, readFilter, readFilterContext } from './tasks.filter.js';
import { listPageJson } from './tasks.json.js';
import { listStatement, SEARCH_WINDOW, SHOWN_KEYS, type SortField, zoned } from './tasks.list.sql.js';
import { asDate, type PresentedTask, presentedTableColumns, rowReader } from './tasks.rows.js';
import {
  type DueBound,
  LIST_DEFAULTS,
  type ListQuery,
  PRIORITIES,
  type Sort,
  tagKey,
} from './tasks.schema.js';
import { searchQuery } from './tasks.search.js';
import { correctedQuery } from './tasks.typos.js';

// bench/ reads the statements, the search window and zoned() through this module.
export { listStatement, SEARCH_WINDOW, searchQuery, zoned };

export interface TaskPage {
  /** What the presenter shows of each task (not the version or the series' bookkeeping). */
  tasks: PresentedTask[];
  /**
   * Every matching task over all pages; null when the query asked not to count (count=none). A
   * search counts at most SEARCH_WINDOW matches: with more, this is SEARCH_WINDOW and `countExact`
   * is false.
   */
  count: number | null;
  /** False when a search found more than SEARCH_WINDOW matches (the count is then a lower bound). */
  countExact: boolean;
  nextCursor: string | null;
}

const boundKind = (bound: DueBound | undefined) =>
  bound === undefined ? undefined : 'date' in bound ? ('date' as const) : ('instant' as const);

/** The sort a view has when the query gives none. */
const VIEW_SORTS: Record<NonNullable<ListQuery['view']>, Sort> = {
  today: 'agenda',
  upcoming: 'agenda',
  inbox: 'manual',
};

/**
 * The sort a query gets: its own, else relevance when searching, else its view's, else the agenda
 * order for what is due today, else newest first.
 */
export function effectiveSort(query: Pick<ListQuery, 'sort' | 'q' | 'view' | 'due'>): Sort {
  if (query.sort === 'relevance' && !query.q) {
    throw invalid('sort', 'relevance needs a search (q)', 'query');
  }
  if (query.sort) return query.sort;
  if (query.q) return 'relevance';
  if (query.view) return VIEW_SORTS[query.view];
  return query.due === 'today' ? 'agenda' : '-created';
}

/** A row of a list statement: a Task's columns by their SQL names (as the driver hands them), and more. */
interface ListRow {
  [column: string]: unknown;
  id: unknown;
  /** Whether the caller is a member of any list (the own-tasks statements only). */
  shared?: boolean;
  /** The sort key, when the page does not show it already (SHOWN_KEYS), or always in JSON statements. */
  sort_key?: unknown;
  /** The task's JSON text (JSON statements only). */
  json?: string;
  total: number | null;
}

const taskFromRow = rowReader<PresentedTask>(presentedTableColumns);

/**
 * Callers recently seen to be a member of some list, whose pages go straight to the two-branch
 * statement. A hint only: a wrong entry costs one statement more, never a wrong page. Bounded.
 */
const members = new Set<string>();
const MEMBERS_MAX = 10_000;

function rememberMember(userId: string): void {
  if (members.size >= MEMBERS_MAX) members.clear();
  members.add(userId);
}

export async function listTasks(db: Database, userId: string, options: ListQuery): Promise<TaskPage> {
  const { rows, count, countExact, nextCursor } = await listRows(db, userId, options, false);
  return { tasks: rows.map(taskFromRow), count, countExact, nextCursor };
}

/**
 * The same page as the REST response's JSON text ({tasks, count, next_cursor}, as TaskListSchema
 * serializes it): Postgres builds each task's JSON from the presenter's field list, so Node neither
 * parses a page's columns nor serializes them (docs/decisions/0100-list-pages.md).
 */
export async function listTasksJson(db: Database, userId: string, options: ListQuery): Promise<string> {
  const { rows, count, countExact, nextCursor } = await listRows(db, userId, options, true);
  return listPageJson(rows, count, countExact, nextCursor);
}

/** A page's rows: a Task's columns each (json false), or each task's JSON text (json true). */
async function listRows(
  db: Database,
  userId: string,
  options: ListQuery,
  json: boolean,
  /** A search that found nothing, read again as its owner's words (tasks.typos.ts): its tsquery text. */
  corrected?: string,
): Promise<{ rows: ListRow[]; count: number | null; countExact: boolean; nextCursor: string | null }> {
  const status = options.status ?? LIST_DEFAULTS.status;
  const limit = options.limit ?? LIST_DEFAULTS.limit;
  const counted = (options.count ?? LIST_DEFAULTS.count) !== 'none';
  const query = { ...options, q: options.q?.trim() || undefined };
  const sort = effectiveSort(query);
  const field = sort.replace('-', '') as SortField;
  const descending = sort.startsWith('-') || sort === 'relevance';
  const before = query.due_before;
  const after = query.due_after;
  const params: unknown[] = [userId, limit + 1];
  // A filter is read first: its mistakes are answered before anything is queried.
  const filterTree = query.filter?.trim() ? readFilter(query.filter) : undefined;
  const filterZoned = filterTree !== undefined && filterNeedsZone(filterTree);
  if (
    zoned({
      due: query.due,
      before: boundKind(before),
      after: boundKind(after),
      view: query.view,
      filterZoned,
      sort,
    })
  ) {
    params.push((await getSettings(db, userId)).timeZone);
  }
  if (status !== 'all') params.push(status === 'completed');
  let search = false;
  if (query.q) {
    const text = searchQuery(query.q);
    // Nothing searchable (only punctuation): nothing can match.
    if (text === undefined)
      return { rows: [], count: counted ? 0 : null, countExact: true, nextCursor: null };
    params.push(corrected ?? text);
    search = true;
    // The caller's search rows follow their writes: brought up to date first (tasks.derived.ts).
    if (corrected === undefined) await deriveBeforeSearch(db, userId);
  }
  const priorities = query.priority && query.priority.length > 0 ? query.priority : undefined;
  if (priorities) params.push(priorities.map((p) => PRIORITIES.indexOf(p)));
  const tagKeys = query.tag && query.tag.length > 0 ? [...new Set(query.tag.map(tagKey))] : undefined;
  if (tagKeys) params.push(tagKeys);
  if (typeof query.list_id === 'number') params.push(query.list_id);
  if (typeof query.parent_id === 'number') params.push(query.parent_id);
  if (before) params.push('date' in before ? before.date : before.instant);
  if (after) params.push('date' in after ? after.date : after.instant);
  const filter =
    filterTree === undefined
      ? undefined
      : compileFilter(filterTree, params.length + 1, await readFilterContext(db, userId, [filterTree]));
  if (filter) params.push(...filter.values);
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
  const filterParams = params.length;
  if (cursor) params.push(cursor.v, cursor.id);
  const shaped = listStatement({
    sort,
    status,
    search,
    priorities: priorities !== undefined,
    tags: tagKeys === undefined ? false : tagKeys.length === 1 ? 'one' : 'many',
    due: query.due,
    before: boundKind(before),
    after: boundKind(after),
    cursor: cursor !== undefined,
    count: counted,
    view: query.view,
    list: query.list_id === undefined ? undefined : query.list_id === 'inbox' ? 'inbox' : 'id',
    parent: query.parent_id === undefined ? undefined : query.parent_id === 'none' ? 'none' : 'id',
    ...(query.assigned === 'me' ? { assigned: true } : {}),
    ...(query.recurring === undefined ? {} : { recurring: query.recurring === 'true' }),
    ...(filter === undefined
      ? {}
      : {
          filter: filter.besideOverdue ?? filter.sql,
          filterValues: filter.values.length,
          ...(filter.besideOverdue === undefined ? {} : { filterOverdue: true }),
          filterZoned,
          ...(filter.foundOnce ? { filterFoundOnce: true } : {}),
        }),
  });
  const statement = json ? { ...shaped.json, count: shaped.count } : shaped;
  // The hot path goes to the driver directly: Drizzle's per-request SQL building and generic row
  // mapping were ~30 µs and ~14% of CPU per list request in a profile.
  const run = (text: string, name: string | undefined) =>
    name === undefined ? rawQuery<ListRow>(db, text, params) : namedQuery<ListRow>(db, name, text, params);
  // A caller who is no list's member gets the page without the shared-lists branch; the answer says
  // whether that held, and when it did not the two-branch statement runs. `members` only picks which
  // to try first, so it may be stale on any instance.
  let rows: ListRow[] | undefined;
  /** The count the statement answered; undefined when it answered no row (an empty page). */
  let total: unknown;
  if (!members.has(userId)) {
    const ownRows = await run(statement.own.text, statement.own.name);
    // Always one row at least: an empty page is one row whose id is null.
    if (ownRows[0]?.shared === false) {
      total = ownRows[0].total;
      rows = ownRows[0].id === null ? [] : ownRows;
    } else {
      rememberMember(userId);
    }
  }
  if (rows === undefined) {
    rows = await run(statement.text, statement.name);
    total = rows[0]?.total;
  }

  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  let count = !counted ? null : total === undefined ? 0 : Number(total);
  if (counted && total === undefined && cursor) {
    const [row] = await rawQuery<{ total: number }>(db, statement.count, params.slice(0, filterParams));
    count = Number(row?.total ?? 0);
  }
  // A search that found nothing at all is tried again as the words its owner has ("plnts" finds
  // "Water plants"); its later pages find nothing exactly either, so they come from the same search.
  if (search && corrected === undefined && page.length === 0) {
    let exact = count;
    if (exact === null) {
      const [row] = await rawQuery<{ total: number }>(db, statement.count, params.slice(0, filterParams));
      exact = Number(row?.total ?? 0);
    }
    if (exact === 0) {
      const read = await correctedQuery(db, userId, query.q ?? '');
      if (read !== undefined) return listRows(db, userId, options, json, read);
    }
  }
  // A search's count stops past its window (listStatement's countOf and newest).
  const countExact = !search || count === null || count <= SEARCH_WINDOW;
  if (!countExact) count = SEARCH_WINDOW;
  const nextCursor =
    hasMore && last
      ? encodeCursor({
          s: sort,
          v: cursorValue(field, descending, last[json ? 'sort_key' : (SHOWN_KEYS[field] ?? 'sort_key')]),
          id: Number(last.id),
        })
      : null;
  return { rows: page, count, countExact, nextCursor };
}

/** The text a cursor carries for a row's sort key. */
function cursorValue(field: SortField, descending: boolean, key: unknown): string {
  switch (field) {
    case 'title':
      return String(key);
    case 'priority':
    case 'relevance':
    case 'manual':
      return String(Number(key));
    case 'due':
    case 'agenda':
      if (key === null || key === undefined) return descending ? '-infinity' : 'infinity';
      return asDate(key).toISOString();
    default:
      return asDate(key).toISOString();
  }
}
