// The task list's written-out SQL: one statement per shape of query (filters, sort, direction,
// cursor), built from constant fragments and cached; values always travel as parameters. A shape
// whose plan does not depend on its values is named (server/platform/db/prepared.ts), so Postgres
// plans it once per connection. What it buys: the default page's statement from about 2.6 to 0.9 ms
// a request on a Postgres server, its planning gone (docs/decisions/0100-list-pages-fetch-what-they-
// show-named-statements.md). Each statement has a JSON form (tasks.json.ts) and an own-tasks form
// for callers who are no list's member (tasks.list.ts picks).
import { HAS_SHARED_LISTS, OWN_TASKS, SHARED_LIST_IDS, SHARED_TASKS } from '../../platform/access/policy.js';
import { JSON_SELECT, jsonColumn } from './tasks.json.js';
import { presentedTableColumns, selectListOf, subtaskCountsSql } from './tasks.rows.js';
import { type ListQuery, type Sort, type Status, UPCOMING_DAYS } from './tasks.schema.js';

/**
 * How many matches a search ranks and counts: its newest (highest ids) this many. A word in 40% of a
 * 100,000-task list has 40,000 matches; reading, ranking and counting all of them cost 40-100 ms a
 * page, the window 2-5 ms (docs/decisions/0131-search-newest-matches-and-typos.md).
 * Pages of a search in another order still reach every match.
 */
export const SEARCH_WINDOW = 1000;

/** The caller's own tasks, and those of lists shared with them (owned by someone else): the policy's. */
const OWN = OWN_TASKS;
const SHARED = SHARED_TASKS;

/** The owner's time zone in list statements: a parameter read just before (see listTasks). */
const ZONE_PARAM = '$3::text';
export const TODAY_SQL = `(now() at time zone ${ZONE_PARAM})::date`;
/** The instant a local calendar day starts in the owner's time zone. */
export const dayStart = (day: string) => `((${day})::timestamp at time zone ${ZONE_PARAM})`;
export const DUE_ASC = `coalesce(due_sort, 'infinity'::timestamptz)`;
/**
 * Overdue: open, and due before today began (a day's task) or before now (a task with a time). The
 * first bound follows from the second (a day starts before now) but lets the open tasks' due index
 * serve it. The `due=overdue` page and a filter's `overdue` term (tasks.filter.ts) read it.
 */
export const OVERDUE_SQL = `not completed and ${DUE_ASC} < now() and ${DUE_ASC} < (case when due_at is null then ${dayStart(TODAY_SQL)} else now() end)`;
/**
 * The same tasks as OVERDUE_SQL in two disjoint parts, each a range of the open tasks' due index:
 * those due before today began (either kind), which the index counts without reading a row, and
 * those with a time due today before now (the few rows read for due_at). A count of overdue tasks
 * (the `due=overdue` page's, a filter's with `overdue` among its `&` terms) adds the two.
 */
export const OVERDUE_PARTS = [
  `not completed and ${DUE_ASC} < least(now(), ${dayStart(TODAY_SQL)})`,
  `not completed and ${DUE_ASC} >= ${dayStart(TODAY_SQL)} and ${DUE_ASC} < now() and due_at is not null`,
] as const;
const DUE_DESC = `coalesce(due_sort, '-infinity'::timestamptz)`;
/**
 * When a task falls due, the agenda order's key: its time, or for an all-day task the end of its day
 * (the last millisecond before the next day starts in the owner's zone); null without a due moment.
 * Overdue tasks come first (they fell due before today began), then each day's timed tasks by
 * their time, then that day's all-day tasks. Among the all-day tasks it rises with due_sort, and
 * among the timed ones it is due_sort: each kind is a range of the due indexes in their order.
 */
export const AGENDA_SORT = `case when due_at is null and due_date is not null then ${dayStart('due_date + 1')} - interval '1 millisecond' else due_sort end`;
const AGENDA_KEY = `coalesce(${AGENDA_SORT}, 'infinity'::timestamptz)`;
/** How far after its due_sort an all-day task's agenda key can be: a day and a daylight-saving hour. */
const AGENDA_SPAN = `interval '26 hours'`;
/**
 * The search query for the words in one parameter (see searchQuery): all words as English stems
 * or all words as typed, each a prefix; the document holds both forms (platform/db/schema/tasks.ts). Ranks use it.
 */
const tsQuery = (param: string) =>
  `(to_tsquery('english', doable_unaccent(${param})) || to_tsquery('simple', doable_unaccent(${param})))`;
/**
 * What a search filters with: the same tasks as tsQuery, as the stems alone when every stem is a
 * prefix of its word as typed (drizzle/0026_search_query.sql).
 */
const tsFilter = (param: string) => `doable_search_query(${param})`;

export type SortField =
  | 'created'
  | 'updated'
  | 'title'
  | 'due'
  | 'priority'
  | 'relevance'
  | 'manual'
  | 'agenda';

interface SortKey {
  /** SQL of the key, given the search query's parameter (relevance only) and direction. */
  expression: (descending: boolean, queryParam: string) => string;
  cast: string;
}

const SORT_KEYS: Record<SortField, SortKey> = {
  created: { expression: () => 'created_at', cast: 'timestamptz' },
  updated: { expression: () => 'updated_at', cast: 'timestamptz' },
  title: { expression: () => 'lower(title)', cast: 'text' },
  priority: { expression: () => 'priority', cast: 'smallint' },
  // Tasks without a due moment come last in either direction (each direction has its index).
  due: { expression: (descending) => (descending ? DUE_DESC : DUE_ASC), cast: 'timestamptz' },
  relevance: { expression: (_, q) => `ts_rank(search, ${tsQuery(q)})::float8`, cast: 'float8' },
  manual: { expression: () => 'position', cast: 'float8' },
  // Tasks without a due moment come last; it needs the owner's zone (zoned).
  agenda: { expression: () => AGENDA_KEY, cast: 'timestamptz' },
};

/** What decides the SQL text of a list query; values always travel as parameters. */
export interface ListShape {
  sort: Sort;
  status: Status;
  search: boolean;
  priorities: boolean;
  /** A tag filter: one tag key (its count may come from tag_task_counts), or several. */
  tags: false | 'one' | 'many';
  due: ListQuery['due'];
  before: 'date' | 'instant' | undefined;
  after: 'date' | 'instant' | undefined;
  cursor: boolean;
  /** Whether the page carries the count of all matching tasks (false: count=none). */
  count: boolean;
  view?: ListQuery['view'];
  /** A list filter: one list (a parameter), or the Inbox. */
  list?: 'id' | 'inbox';
  /** A parent filter: one task's subtasks (a parameter), or top-level tasks. */
  parent?: 'id' | 'none';
  /** Only tasks assigned to the caller. */
  assigned?: boolean;
  /** Only recurring tasks (true) or only those that do not repeat (false). */
  recurring?: boolean;
  /**
   * A filter's condition (tasks.filter.ts), its parameters numbered from where the other filters'
   * end; `filterValues` of them. Such a statement is neither cached nor named (its text varies).
   */
  filter?: string;
  filterValues?: number;
  /** Whether the filter has dates (days start in the owner's zone, parameter $3). */
  filterZoned?: boolean;
  /** Whether the filter's matches are found once (CompiledFilter.foundOnce: a `search:` term, or a list beside other terms). */
  filterFoundOnce?: boolean;
  /**
   * Whether `filter` is the condition beside an `overdue` among the filter's `&` terms
   * (CompiledFilter.besideOverdue): overdue is then a clause of its own, counted in two parts.
   */
  filterOverdue?: boolean;
}

/** Whether a list query's filters depend on the owner's time zone (days start in it). */
export const zoned = (
  shape: Pick<ListShape, 'due' | 'before' | 'after'> & {
    view?: ListQuery['view'];
    filterZoned?: boolean;
    sort?: Sort;
  },
) =>
  shape.sort === 'agenda' ||
  shape.filterZoned === true ||
  (shape.due !== undefined && shape.due !== 'none') ||
  shape.before === 'date' ||
  shape.after === 'date' ||
  shape.view === 'today' ||
  shape.view === 'upcoming';

/**
 * The select list of a PresentedTask in list statements, made from its Drizzle columns (the subtask
 * counts are added once the page is known).
 */
const TASK_SELECT = selectListOf(presentedTableColumns);

/**
 * The subtask counts of a page's row (the SQL name of its row) as jsonb: one probe of
 * tasks_parent_idx per row, skipped (null: none) for the caller's own tasks while the caller has no
 * subtasks at all (task_counts.subtasks, migration 0020, read once per statement): the probes were
 * about a third of the default page's statement on the `large` benchmark's user.
 */
const SUBTASK_COUNTS = (row: string) =>
  `case when ${row}.user_id <> $1 or (select c.subtasks > 0 from task_counts c where c.user_id = $1) ` +
  `then ${subtaskCountsSql(row)} end`;

/**
 * Whether the caller is a member of any list: the one row the own-tasks statements join their page
 * to (left), so they answer `shared` and the count even for an empty page.
 */
const PROBE = `(select ${HAS_SHARED_LISTS} as shared) m`;

/** The same for a page of the caller's own tasks only. */
const OWN_SUBTASK_COUNTS = (row: string) =>
  `case when (select c.subtasks > 0 from task_counts c where c.user_id = $1) then ${subtaskCountsSql(row)} end`;

/** A list statement: its text, the count-only statement, and its name when it may be named. */
export interface ListStatement {
  text: string;
  count: string;
  name: string | undefined;
  /**
   * The same statements answering each task as its JSON text (column `json`: the parts stored with
   * the task, made from the presenter's field list, around its subtask counts) with its id and its cursor key (`sort_key`, a timestamp as ISO text),
   * instead of its columns: what REST list pages send as they are (listTasksJson).
   */
  json: { text: string; name: string | undefined; own: { text: string; name: string | undefined } };
  /**
   * The same page for a caller who is no list's member: the caller's own tasks only (no shared-lists
   * branch, no shared count), plus a column `shared` saying whether the caller is a member of any
   * list after all, in which case the answer is discarded and `text` runs instead (see listTasks).
   * An empty page is one row whose id is null (it still carries `shared` and the count).
   */
  own: { text: string; name: string | undefined };
}

const statements = new Map<string, ListStatement>();

/** The columns of a merged page (the union of both branches), without the order key. */
const PAGE_COLUMNS = Object.values(presentedTableColumns)
  .map((column) => `page.${column.name}`)
  .join(', ');

/** Sorts whose key is a column the page shows, by that column's SQL name. */
export const SHOWN_KEYS: Partial<Record<SortField, string>> = {
  created: presentedTableColumns.createdAt.name,
  updated: presentedTableColumns.updatedAt.name,
  priority: presentedTableColumns.priority.name,
  manual: presentedTableColumns.position.name,
};

/**
 * Whether a shape's best plan is the same whatever its values, so Postgres may keep a generic plan
 * for it: the owner's tasks (or a parent's, or a list's in manual order) in an index's order,
 * from a cursor. Searches, tags, priorities, date ranges and the status match 0.1% or 40% of the
 * tasks by their values (a generic plan for status=pending read 100,000 tasks to find 50 where the
 * custom plan walks an index), so they are planned for their values every time. So is a list in
 * any other order: a list holds 10 tasks or 14,000, and the generic plan for the busiest list's
 * `-created` page read all 14,430 of them through the list's manual-order index and sorted them
 * (77 ms against 3 ms walking tasks_user_created_idx).
 */
const namable = (shape: ListShape) =>
  shape.filter === undefined &&
  (shape.list !== 'id' || shape.sort === 'manual') &&
  shape.status === 'all' &&
  !shape.search &&
  !shape.tags &&
  !shape.priorities &&
  shape.due === undefined &&
  shape.before === undefined &&
  shape.after === undefined &&
  shape.view === undefined;

/**
 * Whether a search's clauses are all on columns of task_search (the owner, the list or the Inbox,
 * the completion, the tags), so its matches can be found, ranked and counted there alone.
 */
const narrowSearch = (shape: ListShape) =>
  shape.filter === undefined &&
  !shape.priorities &&
  shape.due === undefined &&
  shape.before === undefined &&
  shape.after === undefined &&
  (shape.view === undefined || shape.view === 'inbox') &&
  shape.parent === undefined &&
  !shape.assigned &&
  shape.recurring === undefined;

/**
 * The list statement for one shape of query: the page (limit + 1 rows, to know whether more
 * follow) and the total matching count (unless the shape skips it), in one round trip; plus a
 * count-only statement for an empty page. Built from constant fragments only and cached per shape.
 * Parameters: $1 owner, $2 limit + 1, $3 the owner's time zone when a filter needs it (a value
 * the planner can see, so it knows how many tasks a date range holds), then one per filter in the
 * order below, then the cursor's key and id.
 */
export function listStatement(shape: ListShape): ListStatement {
  const cacheKey = shape.filter === undefined ? JSON.stringify(shape) : undefined;
  const cached = cacheKey === undefined ? undefined : statements.get(cacheKey);
  if (cached) return cached;
  const descending = shape.sort.startsWith('-') || shape.sort === 'relevance';
  const field = shape.sort.replace('-', '') as SortField;
  let next = zoned(shape) ? 4 : 3;
  const param = () => `$${next++}`;
  // The owner scope is where[0]: the caller's own tasks, or (the second branch of every statement)
  // those of lists shared with the caller; see SHARED.
  const where = [OWN];
  let statusParam: string | undefined;
  if (shape.status !== 'all') {
    statusParam = param();
    where.push(`completed = ${statusParam}`);
  }
  let queryParam = '';
  if (shape.search) {
    queryParam = param();
    where.push(`search @@ ${tsFilter(queryParam)}`);
  }
  if (shape.priorities) where.push(`priority = any(${param()}::smallint[])`);
  let tagParam: string | undefined;
  if (shape.tags) {
    tagParam = param();
    where.push(`tag_keys @> ${tagParam}::text[]`);
  }
  if (shape.due === 'none') where.push('due_sort is null');
  if (shape.due === 'today') {
    where.push(`${DUE_ASC} >= ${dayStart(TODAY_SQL)} and ${DUE_ASC} < ${dayStart(`${TODAY_SQL} + 1`)}`);
  }
  if (shape.due === 'week') {
    where.push(`${DUE_ASC} >= ${dayStart(TODAY_SQL)} and ${DUE_ASC} < ${dayStart(`${TODAY_SQL} + 7`)}`);
  }
  let overdue: number | undefined;
  if (shape.due === 'overdue' || shape.filterOverdue) {
    overdue = where.length;
    where.push(OVERDUE_SQL);
  }
  const bound = (kind: 'date' | 'instant') => {
    const p = param();
    return kind === 'date' ? dayStart(`${p}::date`) : `${p}::timestamptz`;
  };
  if (shape.view === 'today') {
    where.push(`not completed and ${DUE_ASC} < ${dayStart(`${TODAY_SQL} + 1`)}`);
  }
  if (shape.view === 'upcoming') {
    where.push(
      `not completed and ${DUE_ASC} >= ${dayStart(TODAY_SQL)} and ${DUE_ASC} < ${dayStart(`${TODAY_SQL} + ${UPCOMING_DAYS}`)}`,
    );
  }
  let listKey: string | undefined;
  if (shape.view === 'inbox' || shape.list === 'inbox') {
    where.push('list_id is null');
    listKey = '0';
  }
  if (shape.list === 'id') {
    listKey = `${param()}::bigint`;
    where.push(`list_id = ${listKey}`);
  }
  if (shape.parent === 'none') where.push('parent_id is null');
  if (shape.parent === 'id') where.push(`parent_id = ${param()}::bigint`);
  if (shape.assigned) where.push('assignee_id = $1');
  if (shape.recurring !== undefined) where.push(`recurrence is ${shape.recurring ? 'not ' : ''}null`);
  if (shape.before) where.push(`${DUE_ASC} < ${bound(shape.before)}`);
  if (shape.after) where.push(`${DUE_ASC} >= ${bound(shape.after)} and due_sort is not null`);
  if (shape.filter !== undefined) {
    where.push(shape.filter);
    next += shape.filterValues ?? 0;
  }
  const matching = where.join(' and ');
  const matchingShared = [SHARED, ...where.slice(1)].join(' and ');
  // Where a search's matches are found, ranked and counted: the narrow task_search table (migration
  // 0023) when every clause is on a column it holds (the owner, the list, the completion, the tags),
  // else tasks itself (docs/decisions/0131-search-newest-matches-and-typos.md).
  const searched = shape.search && narrowSearch(shape) ? 'task_search' : 'tasks';
  // The shared lists' matches always come from tasks, through tasks_list_idx: task_search has no
  // index by list, and with the owner's condition gone the planner took the search index over
  // everyone's matches (a bitmap of 257,583 rows at ten million tasks: 1.3 s a search).
  const sharedSearched = 'tasks';
  // A search counts no more than its window (one more, to tell "more than" from "exactly"): the
  // scan stops there instead of visiting every match of a common word.
  const countOf = (table: string, clauses: string) =>
    shape.search
      ? `(select count(*)::int from (select from ${table} where ${clauses} limit ${SEARCH_WINDOW + 1}) c)`
      : `(select count(*)::int from ${table} where ${clauses})`;
  // The count adds up disjoint parts of the matching tasks. Overdue ones are those due before today
  // began (all-day or not) and those due at an instant since then and before now: two ranges of
  // due_sort, which an index holding it counts without reading rows (due_at would need them).
  const parts =
    overdue === undefined
      ? [matching]
      : OVERDUE_PARTS.map((part) => where.map((clause, i) => (i === overdue ? part : clause)).join(' and '));
  // All of the owner's own tasks, or all open or done ones, are counted by the triggers of
  // migration 0019 (task_counts): one row instead of an index entry per task.
  const tallied = where.length === (statusParam === undefined ? 1 : 2);
  const tally =
    statusParam === undefined
      ? 'total'
      : `case when ${statusParam}::boolean then completed else total - completed end`;
  // Those that carry one tag (all, open or done) by the same triggers since migration 0021
  // (tag_task_counts): one row per owner and tag key.
  const tagTallied = shape.tags === 'one' && where.length === (statusParam === undefined ? 2 : 3);
  // A list's or the Inbox's tasks (all, open or done; all or top-level) are counted by the same
  // triggers since migration 0020 (list_task_counts): the list's one row, its owner's (the caller's,
  // or a list shared with the caller; an Inbox is never shared).
  const listTallied =
    listKey !== undefined &&
    !(shape.view === 'inbox' && shape.list === 'id') &&
    (shape.view === undefined || shape.view === 'inbox') &&
    (shape.parent === undefined || shape.parent === 'none') &&
    !shape.search &&
    !shape.priorities &&
    !shape.tags &&
    shape.due === undefined &&
    shape.before === undefined &&
    shape.after === undefined &&
    !shape.assigned &&
    shape.recurring === undefined &&
    shape.filter === undefined;
  const top = shape.parent === 'none' ? 'top_' : '';
  const listTally =
    statusParam === undefined
      ? `${top}total`
      : `case when ${statusParam}::boolean then ${top}completed else ${top}total - ${top}completed end`;
  // The count of the caller's own matching tasks: from a tally row where one holds it, else counted.
  const ownMatching = tallied
    ? `coalesce((select ${tally} from task_counts where user_id = $1), 0)`
    : tagTallied
      ? `coalesce((select ${tally} from tag_task_counts where user_id = $1 and tag_key = (${tagParam}::text[])[1]), 0)`
      : parts.map((part) => countOf(searched, part)).join(' + ');
  const counting = listTallied
    ? `coalesce((select ${listTally} from list_task_counts where list_key = ${listKey} and ` +
      `(user_id = $1 or list_key = any(${SHARED_LIST_IDS}))), 0)`
    : `${ownMatching} + ${countOf(sharedSearched, matchingShared)}`;
  // The count of the caller's own matching tasks alone: the above without its shared part (a list's
  // row counts a shared list's tasks too, and is only found through the caller's memberships).
  const ownCounting = listTallied
    ? `coalesce((select ${listTally} from list_task_counts where list_key = ${listKey} and user_id = $1), 0)`
    : ownMatching;

  const { expression, cast } = SORT_KEYS[field];
  const key = expression(descending, queryParam);
  const direction = descending ? 'desc' : 'asc';
  const cursorParams = shape.cursor ? { key: `${param()}::${cast}`, id: `${param()}::bigint` } : undefined;
  const cursorValues = cursorParams ? `(${cursorParams.key}, ${cursorParams.id})` : '';
  const beyond = (sortBy: string, id: string) =>
    `(${sortBy}, ${id}) ${descending ? '<' : '>'} ${cursorValues}`;
  const after = shape.cursor ? ` and ${beyond(key, 'id')}` : '';
  // The cursor carries due_sort itself (null for "no due moment"), not the coalesced key.
  const sortKey = field === 'due' ? 'due_sort' : field === 'agenda' ? AGENDA_SORT : key;
  const total = shape.count ? counting : 'null::int';
  // Two branches, each served by its own indexes in order: the caller's own tasks, and those of
  // lists shared with them (none for most callers: the policy's HAS_SHARED_LISTS, one index probe). Each gives
  // at most a page; the page is the first rows of both.
  // A sort by a column the page shows already carries its key (the driver parses each value, a
  // timestamp too, once per column: no copies of it).
  const shown = SHOWN_KEYS[field];
  const keys = shown ? '' : `, ${sortKey} as sort_key, ${key} as order_key`;
  const ordered = (scope: string, columns: string) =>
    `(select ${columns}${keys} from tasks where ${scope}${after} ` +
    `order by ${key} ${direction}, id ${direction} limit $2)`;
  // The agenda order in two parts, each a walk of the open tasks' due index in its order (no sort
  // of every task due before tomorrow, which the web app's Today reads page after page): the timed
  // tasks, whose key is due_sort, and the others, whose key rises with due_sort; a cursor starts
  // the second walk at most AGENDA_SPAN before its key. The page is the first rows of both.
  const agenda = (scope: string, columns: string) => {
    const part = (kind: string, from: string) =>
      `(select ${columns}${keys} from tasks where ${scope} and ${kind}${from} order by ${DUE_ASC}, id limit $2)`;
    const timedPart = part(
      'due_at is not null',
      cursorParams ? ` and (${DUE_ASC}, id) > ${cursorValues}` : '',
    );
    const dayPart = part(
      'due_at is null',
      cursorParams ? ` and ${DUE_ASC} >= ${cursorParams.key} - ${AGENDA_SPAN}${after}` : '',
    );
    return `(select * from (${timedPart} union all ${dayPart}) parts order by order_key, id limit $2)`;
  };
  const branch = (scope: string, columns = TASK_SELECT) =>
    field === 'agenda' ? agenda(scope, columns) : ordered(scope, columns);
  // The cursor's key in the JSON statements: timestamps as the cursor writes them (ISO 8601, ms).
  const timed = field === 'created' || field === 'updated' || field === 'due' || field === 'agenda';
  const cursorKey = (expression: string) => `${timed ? `doable_iso(${expression})` : expression} as sort_key`;
  // The subtask counts are read for the page's rows only, once both branches are merged.
  const pageOrder = `order by page.${shown ?? 'order_key'} ${direction}, page.id ${direction}`;
  let text =
    `select ${PAGE_COLUMNS}${shown ? '' : ', page.sort_key'}, ${SUBTASK_COUNTS('page')} as subtasks, ` +
    `${total} as total from (${branch(matching)} union all ${branch(matchingShared)}) page ${pageOrder} limit $2`;
  // For a caller who is no list's member (most callers): one branch, every row the caller's own.
  // Joined to the membership probe, so an empty page is still one row (its id null) that carries
  // `shared` and the count.
  const ownText =
    `select ${PAGE_COLUMNS}${shown ? '' : ', page.sort_key'}, ${OWN_SUBTASK_COUNTS('page')} as subtasks, ` +
    `${shape.count ? ownCounting : 'null::int'} as total, m.shared ` +
    `from ${PROBE} left join ${branch(matching)} page on true ${pageOrder}`;
  let own: ListStatement['own'] = { text: ownText, name: undefined };
  const jsonKey = cursorKey(`page.${shown ?? 'sort_key'}`);
  let json: ListStatement['json'] = {
    text:
      `select page.id, ${jsonKey}, ${jsonColumn('page', SUBTASK_COUNTS('page'))}, ${total} as total ` +
      `from (${branch(matching, JSON_SELECT)} union all ${branch(matchingShared, JSON_SELECT)}) page ` +
      `${pageOrder} limit $2`,
    name: undefined,
    own: {
      text:
        `select page.id, ${jsonKey}, ${jsonColumn('page', OWN_SUBTASK_COUNTS('page'))}, ` +
        `${shape.count ? ownCounting : 'null::int'} as total, m.shared ` +
        `from ${PROBE} left join ${branch(matching, JSON_SELECT)} page on true ${pageOrder}`,
      name: undefined,
    },
  };
  if (field === 'relevance') {
    // A search ranks its window only: the newest SEARCH_WINDOW matches (one more is read and ranked, so the
    // count can say "more than"), walking the owner's rows newest first (task_search_user_id_idx)
    // for a common word, or the search index for a rare one; then the page is taken from their ranks
    // and only its rows are read in full (sorting whole rows was slower even without the count).
    // A caller who is no list's member ranks their own tasks only: without the `or`, the planner can
    // combine the owner, the search and a tag in its index scans.
    // docs/decisions/0131-search-newest-matches-and-typos.md.
    // With a tag too, the window is ordered by `id + 0`, which no index gives: a word common alone
    // can be rare with a tag (q=invoice&tag=home: 993 matches of 100,000 tasks), and a newest-first
    // walk then reads every row of the owner, where the two search indexes' bitmaps and a sort of
    // their few matches take 18 ms (wrk p95 108 ms against 296 ms on the `large` benchmark's user).
    const windowOrder = shape.tags ? '(id + 0)' : 'id';
    const newestOf = (table: string, clauses: string) =>
      `select id, ${key} as match_rank from ${table} where ${clauses} ` +
      `order by ${windowOrder} desc limit ${SEARCH_WINDOW + 1}`;
    // The caller's own window, or (with lists shared with them) the newest of two windows, each
    // walked by its own index: one `or` of the two made the planner read every match of the word
    // in everyone's tasks (0.7-0.9 s a search for a member at ten million tasks, `npm run bench:scale`).
    const windowed = (branches: 'own' | 'both') =>
      `with newest as materialized (${
        branches === 'own'
          ? newestOf(searched, matching)
          : `select id, match_rank from ((${newestOf(searched, matching)}) union all ` +
            `(${newestOf(sharedSearched, matchingShared)})) b order by id desc limit ${SEARCH_WINDOW + 1}`
      }), ` +
      `matches as materialized (select id as match_id, match_rank from newest ` +
      `order by id desc limit ${SEARCH_WINDOW}), `;
    const windowCount = shape.count ? '(select count(*)::int from newest)' : 'null::int';
    const ranked = (subtasks: string, own: boolean) =>
      windowed(own ? 'own' : 'both') +
      `page as (select match_id, match_rank from matches${shape.cursor ? ` where ${beyond('match_rank', 'match_id')}` : ''} ` +
      'order by match_rank desc, match_id desc limit $2) ' +
      `select ${TASK_SELECT}, ${subtasks} as subtasks, match_rank as sort_key, ${windowCount} as total` +
      (own
        ? `, m.shared from ${PROBE} left join (page join tasks on id = match_id) on true `
        : ' from page join tasks on id = match_id ') +
      'order by match_rank desc, id desc';
    // The same answering JSON text.
    const rankedJson = (subtasks: string, own: boolean) =>
      windowed(own ? 'own' : 'both') +
      `page as (select match_id, match_rank from matches${shape.cursor ? ` where ${beyond('match_rank', 'match_id')}` : ''} ` +
      'order by match_rank desc, match_id desc limit $2) ' +
      `select tasks.id, match_rank as sort_key, ${jsonColumn('tasks', subtasks)}, ${windowCount} as total` +
      (own
        ? `, m.shared from ${PROBE} left join (page join tasks on id = match_id) on true `
        : ' from page join tasks on id = match_id ') +
      'order by match_rank desc, tasks.id desc';
    text = ranked(SUBTASK_COUNTS('tasks'), false);
    own = { text: ranked(OWN_SUBTASK_COUNTS('tasks'), true), name: undefined };
    json = {
      text: rankedJson(SUBTASK_COUNTS('tasks'), false),
      name: undefined,
      own: { text: rankedJson(OWN_SUBTASK_COUNTS('tasks'), true), name: undefined },
    };
  }
  if (shape.filterFoundOnce && shape.count && field !== 'relevance') {
    // A filter with a `search:` term, or a list beside other terms, finds its matches once: the page
    // and the count each scanning them read every match twice over (with a typo compared by
    // trigrams, 89 ms of which 39 the count and 49 the page, 1,406 matches in 100,000 tasks;
    // decision 0131; a list's, decision 0173).
    // The matches' ids and keys are kept, counted, and the page taken from them.
    const matchedOf = (clauses: string) =>
      `select id as match_id, ${key} as match_order, ${sortKey} as match_sort from tasks where ${clauses}`;
    const matched = (both: boolean) =>
      `with matched as materialized (${
        both ? `(${matchedOf(matching)}) union all (${matchedOf(matchingShared)})` : matchedOf(matching)
      }), picked as (select match_id, match_order, match_sort from matched` +
      `${shape.cursor ? ` where ${beyond('match_order', 'match_id')}` : ''} ` +
      `order by match_order ${direction}, match_id ${direction} limit $2) `;
    const picked = (columns: string) =>
      `(select ${columns}, match_sort as sort_key, match_order as order_key from picked join tasks on id = match_id) page`;
    const matchedCount = '(select count(*)::int from matched) as total';
    const sortColumn = shown ? '' : ', page.sort_key';
    text =
      matched(true) +
      `select ${PAGE_COLUMNS}${sortColumn}, ${SUBTASK_COUNTS('page')} as subtasks, ${matchedCount} ` +
      `from ${picked(TASK_SELECT)} ${pageOrder}`;
    own = {
      text:
        matched(false) +
        `select ${PAGE_COLUMNS}${sortColumn}, ${OWN_SUBTASK_COUNTS('page')} as subtasks, ${matchedCount}, m.shared ` +
        `from ${PROBE} left join ${picked(TASK_SELECT)} on true ${pageOrder}`,
      name: undefined,
    };
    json = {
      text:
        matched(true) +
        `select page.id, ${jsonKey}, ${jsonColumn('page', SUBTASK_COUNTS('page'))}, ${matchedCount} ` +
        `from ${picked(JSON_SELECT)} ${pageOrder}`,
      name: undefined,
      own: {
        text:
          matched(false) +
          `select page.id, ${jsonKey}, ${jsonColumn('page', OWN_SUBTASK_COUNTS('page'))}, ${matchedCount}, m.shared ` +
          `from ${PROBE} left join ${picked(JSON_SELECT)} on true ${pageOrder}`,
        name: undefined,
      },
    };
  }
  const count = `select ${counting} as total, $2::int as page`;
  const name = namable(shape) ? `doable_list_${statements.size}` : undefined;
  if (name) {
    own.name = `${name}_own`;
    json.name = `${name}_json`;
    json.own.name = `${name}_own_json`;
  }
  const statement = { text, count, name, own, json };
  if (cacheKey !== undefined) statements.set(cacheKey, statement);
  return statement;
}
