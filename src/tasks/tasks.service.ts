// The task service: every operation is (db, userId, input) -> result and always scoped by the
// owner. REST routes, MCP tools and the chat agent are thin adapters over these functions.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type Database, rawQuery } from '../db/client.js';
import { tasks, userSettings } from '../db/schema.js';
import { AppError, invalid, notFound } from '../errors.js';
import { localMoment, nextOccurrence, nextOccurrenceFromCompletion, parseRule } from '../recurrence/index.js';
import { getSettings } from '../settings/settings.service.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import {
  type ListQuery,
  PRIORITIES,
  type Priority,
  type Reminder,
  type Sort,
  type TaskInput,
  type TaskPatch,
  tagKey,
} from './tasks.schema.js';

/** A task as the service returns it (the row without its derived columns). */
export interface Task {
  id: number;
  userId: string;
  title: string;
  description: string | null;
  completed: boolean;
  completedAt: Date | null;
  /** Index into PRIORITIES: 0 none ... 3 high. */
  priority: number;
  tags: string[];
  dueDate: string | null;
  dueAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  /** RFC 5545 RRULE body of a recurring task, else null. */
  recurrence: string | null;
  recurrenceFrom: 'due' | 'completion' | null;
  /** On the record of a completed occurrence: the recurring task it belongs to. */
  seriesTaskId: number | null;
  /** Occurrences completed or skipped since the series (re)started, for COUNT. */
  occurrencesDone: number;
  /** The series' first due moment, local to the owner's zone (time only for timed series). */
  seriesStartDate: string | null;
  seriesStartTime: string | null;
  /** As given: `{at}` or `{minutes_before}`; the schedule they make lives in task_reminders. */
  reminders: Reminder[];
}

/** The columns a Task is made of; derived columns (tag keys, due sort key, search) stay in SQL. */
export const taskColumns = {
  id: tasks.id,
  userId: tasks.userId,
  title: tasks.title,
  description: tasks.description,
  completed: tasks.completed,
  completedAt: tasks.completedAt,
  priority: tasks.priority,
  tags: tasks.tags,
  dueDate: tasks.dueDate,
  dueAt: tasks.dueAt,
  createdAt: tasks.createdAt,
  updatedAt: tasks.updatedAt,
  version: tasks.version,
  recurrence: tasks.recurrence,
  recurrenceFrom: tasks.recurrenceFrom,
  seriesTaskId: tasks.seriesTaskId,
  occurrencesDone: tasks.occurrencesDone,
  seriesStartDate: tasks.seriesStartDate,
  seriesStartTime: tasks.seriesStartTime,
  reminders: tasks.reminders,
};

export interface TaskPage {
  tasks: Task[];
  /** Every matching task over all pages; null when the query asked not to count (count=none). */
  count: number | null;
  nextCursor: string | null;
}

/** Ids the API can express but no row can have (0, or beyond a JSON-safe integer) simply do not exist. */
function assertPossibleId(id: number): void {
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`Task ${id}`);
}

const ownedTask = (userId: string, id: number) => and(eq(tasks.userId, userId), eq(tasks.id, id));

/** The owner's time zone in list statements: a parameter read just before (see listTasks). */
const ZONE_PARAM = '$3::text';
const TODAY_SQL = `(now() at time zone ${ZONE_PARAM})::date`;
/** The instant a local calendar day starts in the owner's time zone. */
const dayStart = (day: string) => `((${day})::timestamp at time zone ${ZONE_PARAM})`;
const DUE_ASC = `coalesce(due_sort, 'infinity'::timestamptz)`;
const DUE_DESC = `coalesce(due_sort, '-infinity'::timestamptz)`;
/**
 * The search query for the words in one parameter (see searchQuery): all words as English stems
 * or all words as typed, each a prefix; the document holds both forms (schema.ts).
 */
const tsQuery = (param: string) =>
  `(to_tsquery('english', doable_unaccent(${param})) || to_tsquery('simple', doable_unaccent(${param})))`;

type SortField = 'created' | 'updated' | 'title' | 'due' | 'priority' | 'relevance';

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
};

export type DueBound = { date: string } | { instant: string };

/** What decides the SQL text of a list query; values always travel as parameters. */
export interface ListShape {
  sort: Sort;
  status: ListQuery['status'];
  search: boolean;
  priorities: boolean;
  tags: boolean;
  due: ListQuery['due'];
  before: 'date' | 'instant' | undefined;
  after: 'date' | 'instant' | undefined;
  cursor: boolean;
  /** Whether the page carries the count of all matching tasks (false: count=none). */
  count: boolean;
}

const boundKind = (bound: DueBound | undefined) =>
  bound === undefined ? undefined : 'date' in bound ? ('date' as const) : ('instant' as const);

/** Whether a list query's filters depend on the owner's time zone (days start in it). */
export const zoned = (shape: Pick<ListShape, 'due' | 'before' | 'after'>) =>
  (shape.due !== undefined && shape.due !== 'none') || shape.before === 'date' || shape.after === 'date';

/** The sort a query gets: its own, else relevance when searching, else newest first. */
export function effectiveSort(query: Pick<ListQuery, 'sort' | 'q'>): Sort {
  if (query.sort === 'relevance' && !query.q) {
    throw invalid('sort', 'relevance needs a search (q)', 'query');
  }
  return query.sort ?? (query.q ? 'relevance' : '-created');
}

/**
 * Turns what a person typed into a full-text query: every word must match, each as a prefix
 * (so "meet" finds "meeting" while typing). Words are quoted tsquery lexemes, so nothing typed
 * is read as query syntax. Undefined when nothing searchable is left.
 */
export function searchQuery(text: string): string | undefined {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 16);
  if (words.length === 0) return undefined;
  return words.map((w) => `'${w}':*`).join(' & ');
}

const statements = new Map<string, { text: string; count: string }>();

/**
 * The list statement for one shape of query: the page (limit + 1 rows, to know whether more
 * follow) and the total matching count (unless the shape skips it), in one round trip; plus a
 * count-only statement for an empty page. Built from constant fragments only and cached per shape.
 * Parameters: $1 owner, $2 limit + 1, $3 the owner's time zone when a filter needs it (a value
 * the planner can see, so it knows how many tasks a date range holds), then one per filter in the
 * order below, then the cursor's key and id.
 */
export function listStatement(shape: ListShape): { text: string; count: string } {
  const cacheKey = JSON.stringify(shape);
  const cached = statements.get(cacheKey);
  if (cached) return cached;
  const descending = shape.sort.startsWith('-') || shape.sort === 'relevance';
  const field = shape.sort.replace('-', '') as SortField;
  let next = zoned(shape) ? 4 : 3;
  const param = () => `$${next++}`;
  const where = ['user_id = $1'];
  if (shape.status !== 'all') where.push(`completed = ${param()}`);
  let queryParam = '';
  if (shape.search) {
    queryParam = param();
    where.push(`search @@ ${tsQuery(queryParam)}`);
  }
  if (shape.priorities) where.push(`priority = any(${param()}::smallint[])`);
  if (shape.tags) where.push(`tag_keys @> ${param()}::text[]`);
  if (shape.due === 'none') where.push('due_sort is null');
  if (shape.due === 'today') {
    where.push(`${DUE_ASC} >= ${dayStart(TODAY_SQL)} and ${DUE_ASC} < ${dayStart(`${TODAY_SQL} + 1`)}`);
  }
  if (shape.due === 'week') {
    where.push(`${DUE_ASC} >= ${dayStart(TODAY_SQL)} and ${DUE_ASC} < ${dayStart(`${TODAY_SQL} + 7`)}`);
  }
  let overdue: number | undefined;
  if (shape.due === 'overdue') {
    overdue = where.length;
    where.push(
      // The first bound follows from the second (a day starts before now) but lets an index serve it.
      `not completed and ${DUE_ASC} < now() and ${DUE_ASC} < (case when due_at is null then ${dayStart(TODAY_SQL)} else now() end)`,
    );
  }
  const bound = (kind: 'date' | 'instant') => {
    const p = param();
    return kind === 'date' ? dayStart(`${p}::date`) : `${p}::timestamptz`;
  };
  if (shape.before) where.push(`${DUE_ASC} < ${bound(shape.before)}`);
  if (shape.after) where.push(`${DUE_ASC} >= ${bound(shape.after)} and due_sort is not null`);
  const matching = where.join(' and ');
  // The count adds up disjoint parts of the matching tasks. Overdue ones are those due before today
  // began (all-day or not) and those due at an instant since then and before now: two ranges of
  // due_sort, which an index holding it counts without reading rows (due_at would need them).
  const parts =
    overdue === undefined
      ? [matching]
      : [
          `not completed and ${DUE_ASC} < least(now(), ${dayStart(TODAY_SQL)})`,
          `not completed and ${DUE_ASC} >= ${dayStart(TODAY_SQL)} and ${DUE_ASC} < now() and due_at is not null`,
        ].map((part) => where.map((clause, i) => (i === overdue ? part : clause)).join(' and '));
  const counting = parts.map((part) => `(select count(*)::int from tasks where ${part})`).join(' + ');

  const { expression, cast } = SORT_KEYS[field];
  const key = expression(descending, queryParam);
  const direction = descending ? 'desc' : 'asc';
  const cursorValues = shape.cursor ? `(${param()}::${cast}, ${param()}::bigint)` : '';
  const beyond = (sortBy: string, id: string) =>
    `(${sortBy}, ${id}) ${descending ? '<' : '>'} ${cursorValues}`;
  const after = shape.cursor ? ` and ${beyond(key, 'id')}` : '';
  // The cursor carries due_sort itself (null for "no due moment"), not the coalesced key.
  let sortKey = field === 'due' ? 'due_sort' : key;
  let total = shape.count ? counting : 'null::int';
  let rest = `from tasks where ${matching}${after} order by ${key} ${direction}, id ${direction} limit $2`;
  let matches = '';
  if (field === 'relevance') {
    // Ranking reads every match anyway: rank them once (ids and ranks only), then count them and
    // take the page from them, instead of a second pass over the matches for the count. Only the
    // page's rows are read in full (sorting whole rows was slower even without the count).
    matches =
      `with matches as materialized (select id as match_id, ${key} as match_rank from tasks where ${matching}), ` +
      `page as (select match_id, match_rank from matches${shape.cursor ? ` where ${beyond('match_rank', 'match_id')}` : ''} ` +
      'order by match_rank desc, match_id desc limit $2) ';
    sortKey = 'match_rank';
    if (shape.count) total = '(select count(*)::int from matches)';
    rest = 'from page join tasks on id = match_id where user_id = $1 order by match_rank desc, id desc';
  }
  const text =
    matches +
    'select id, user_id, title, description, completed, completed_at, priority, tags, ' +
    `to_char(due_date, 'YYYY-MM-DD') as due_date, due_at, created_at, updated_at, version, ` +
    'recurrence, recurrence_from, series_task_id, occurrences_done, ' +
    `to_char(series_start_date, 'YYYY-MM-DD') as series_start_date, series_start_time, reminders, ` +
    `${sortKey} as sort_key, ${total} as total ${rest}`;
  const count = `select ${counting} as total, $2::int as page`;
  const statement = { text, count };
  statements.set(cacheKey, statement);
  return statement;
}

export async function listTasks(db: Database, userId: string, query: ListQuery): Promise<TaskPage> {
  const sort = effectiveSort(query);
  const field = sort.replace('-', '') as SortField;
  const descending = sort.startsWith('-') || sort === 'relevance';
  const counted = query.count !== 'none';
  const before = query.due_before as DueBound | undefined;
  const after = query.due_after as DueBound | undefined;
  const params: unknown[] = [userId, query.limit + 1];
  if (zoned({ due: query.due, before: boundKind(before), after: boundKind(after) })) {
    params.push((await getSettings(db, userId)).timeZone);
  }
  if (query.status !== 'all') params.push(query.status === 'completed');
  let search = false;
  if (query.q) {
    const text = searchQuery(query.q);
    // Nothing searchable (only punctuation): nothing can match.
    if (text === undefined) return { tasks: [], count: counted ? 0 : null, nextCursor: null };
    params.push(text);
    search = true;
  }
  const priorities = query.priority && query.priority.length > 0 ? query.priority : undefined;
  if (priorities) params.push(priorities.map((p) => PRIORITIES.indexOf(p)));
  const tagKeys = query.tag && query.tag.length > 0 ? [...new Set(query.tag.map(tagKey))] : undefined;
  if (tagKeys) params.push(tagKeys);
  if (before) params.push('date' in before ? before.date : before.instant);
  if (after) params.push('date' in after ? after.date : after.instant);
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
  const filterParams = params.length;
  if (cursor) params.push(cursor.v, cursor.id);
  const statement = listStatement({
    sort,
    status: query.status,
    search,
    priorities: priorities !== undefined,
    tags: tagKeys !== undefined,
    due: query.due,
    before: boundKind(before),
    after: boundKind(after),
    cursor: cursor !== undefined,
    count: counted,
  });
  // The hot path goes to the driver directly: Drizzle's per-request SQL building and generic row
  // mapping were ~30 µs and ~14% of CPU per list request in a profile.
  const rows = await rawQuery<ListRow>(db, statement.text, params);

  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const last = page.at(-1);
  let count = !counted ? null : rows[0] ? Number(rows[0].total) : 0;
  if (counted && !rows[0] && cursor) {
    const [row] = await rawQuery<{ total: number }>(db, statement.count, params.slice(0, filterParams));
    count = Number(row?.total ?? 0);
  }
  const nextCursor =
    hasMore && last
      ? encodeCursor({ s: sort, v: cursorValue(field, descending, last.sort_key), id: Number(last.id) })
      : null;
  return { tasks: page.map(taskFromRow), count, nextCursor };
}

/** The text a cursor carries for a row's sort key. */
function cursorValue(field: SortField, descending: boolean, key: unknown): string {
  switch (field) {
    case 'title':
      return String(key);
    case 'priority':
    case 'relevance':
      return String(Number(key));
    case 'due':
      if (key === null || key === undefined) return descending ? '-infinity' : 'infinity';
      return asDate(key).toISOString();
    default:
      return asDate(key).toISOString();
  }
}

interface ListRow {
  [column: string]: unknown;
  id: number | string | bigint;
  user_id: string;
  title: string;
  description: string | null;
  completed: boolean;
  completed_at: Date | string | null;
  priority: number;
  tags: string[];
  due_date: string | null;
  due_at: Date | string | null;
  created_at: Date | string;
  updated_at: Date | string;
  version: number;
  recurrence: string | null;
  recurrence_from: 'due' | 'completion' | null;
  series_task_id: number | string | null;
  occurrences_done: number;
  series_start_date: string | null;
  series_start_time: string | null;
  reminders: Reminder[] | string;
  sort_key: unknown;
  total: number | null;
}

// Drivers differ in how they hand back raw values (int8 as string or bigint; timestamps parsed or not).
const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

function taskFromRow(row: ListRow): Task {
  return {
    id: Number(row.id),
    userId: row.user_id,
    title: row.title,
    description: row.description,
    completed: row.completed,
    completedAt: row.completed_at === null ? null : asDate(row.completed_at),
    priority: Number(row.priority),
    tags: row.tags,
    dueDate: row.due_date,
    dueAt: row.due_at === null ? null : asDate(row.due_at),
    createdAt: asDate(row.created_at),
    updatedAt: asDate(row.updated_at),
    version: Number(row.version),
    recurrence: row.recurrence,
    recurrenceFrom: row.recurrence_from,
    seriesTaskId: row.series_task_id === null ? null : Number(row.series_task_id),
    occurrencesDone: Number(row.occurrences_done),
    seriesStartDate: row.series_start_date,
    seriesStartTime: row.series_start_time,
    reminders: typeof row.reminders === 'string' ? JSON.parse(row.reminders) : row.reminders,
  };
}

export async function getTask(db: Database, userId: string, id: number): Promise<Task> {
  assertPossibleId(id);
  const [row] = await db.select(taskColumns).from(tasks).where(ownedTask(userId, id));
  if (!row) throw notFound(`Task ${id}`);
  return row;
}

/** The owner's time zone, for SQL run through Drizzle. */
const ownerZone = (userId: string) =>
  sql`coalesce((select ${userSettings.timeZone} from ${userSettings} where ${userSettings.userId} = ${userId}), 'UTC')`;

/** due_sort for a due moment: the instant itself, or the start of the all-day date in the owner's zone. */
export const dueSortOf = (userId: string, dueDate: string | null, dueAt: string | null) =>
  sql`coalesce(${dueAt}::timestamptz, (${dueDate}::date)::timestamp at time zone ${ownerZone(userId)})`;

/** Case-folded keys for tag names (already normalised and deduplicated by TagsSchema). */
const keysOf = (names: string[]) => names.map(tagKey);

const tagArray = (names: string[]) => sql.param(names, tasks.tags);

export async function createTask(db: Database, userId: string, input: TaskInput): Promise<Task> {
  const completed = input.completed ?? false;
  const dueDate = input.due_date ?? null;
  const dueAt = input.due_at ?? null;
  const tags = input.tags ?? [];
  const [row] = await db
    .insert(tasks)
    .values({
      userId,
      title: input.title,
      description: input.description ?? null,
      completed,
      completedAt: completed ? sql`now()` : null,
      priority: PRIORITIES.indexOf(input.priority ?? 'none'),
      tags,
      tagKeys: keysOf(tags),
      dueDate,
      dueAt: dueAt === null ? null : new Date(dueAt),
      dueSort: dueSortOf(userId, dueDate, dueAt),
      ...seriesOf(userId, input.recurrence ?? null, input.recurrence_from, dueDate, dueAt),
      reminders: input.reminders ?? [],
    })
    .returning(taskColumns);
  return row!;
}

/**
 * The series columns for a recurrence and its first due moment: the rule, what it counts from,
 * and the start as a local date (and HH:MM) in the owner's zone; counting restarts.
 */
export function seriesOf(
  userId: string,
  recurrence: string | null,
  from: 'due' | 'completion' | undefined,
  dueDate: SQL | string | null,
  dueAt: SQL | string | null,
) {
  if (recurrence === null) {
    return {
      recurrence: null,
      recurrenceFrom: null,
      seriesStartDate: null,
      seriesStartTime: null,
      occurrencesDone: 0,
    };
  }
  const zone = ownerZone(userId);
  return {
    recurrence,
    recurrenceFrom: from ?? 'due',
    seriesStartDate: sql`coalesce((${dueDate})::date, ((${dueAt})::timestamptz at time zone ${zone})::date)`,
    seriesStartTime: sql`to_char((${dueAt})::timestamptz at time zone ${zone}, 'HH24:MI')`,
    occurrencesDone: 0,
  };
}

/** A change to some fields of a task; the due moment changes as a whole. */
interface Changes {
  title?: string;
  description?: string | null;
  completed?: boolean;
  priority?: Priority;
  tags?: string[];
  /** The due moment; a side left undefined keeps its current value. */
  due?: { date?: string | null; at?: string | null };
  recurrence?: string | null;
  recurrenceFrom?: 'due' | 'completion';
  reminders?: Reminder[];
}

/**
 * The changes a PATCH body asks for. Setting one kind of due moment clears the other; clearing
 * one (null) leaves the other as it is.
 */
function patchChanges(patch: TaskPatch): Changes {
  const { due_date, due_at, recurrence, recurrence_from, ...rest } = patch;
  const changes: Changes = rest;
  if (recurrence !== undefined) changes.recurrence = recurrence;
  if (recurrence_from !== undefined) changes.recurrenceFrom = recurrence_from;
  if (due_date != null) changes.due = { date: due_date, at: null };
  else if (due_at != null) changes.due = { date: null, at: due_at };
  else if (due_date === null || due_at === null) changes.due = { date: due_date, at: due_at };
  return changes;
}

/**
 * The versions a write may apply to (from If-Match); undefined means any. A write whose
 * precondition fails changes nothing and answers 412; a missing task is still 404.
 */
export type Expected = number[] | undefined;

const versionMatches = (expected: Expected) =>
  expected === undefined ? undefined : sql`${tasks.version} = any(${`{${expected.join(',')}}`}::int[])`;

/** Explains why a conditional write touched no row: no such task (404), or a stale version (412). */
async function missedWrite(db: Database, userId: string, id: number, expected: Expected): Promise<Task> {
  const current = await getTask(db, userId, id);
  if (expected !== undefined && !expected.includes(current.version)) {
    throw new AppError('PRECONDITION_FAILED', `Task ${id} has changed since version ${expected.join(', ')}`);
  }
  return current;
}

/**
 * Applies changes to one owned task. A write that changes nothing leaves the row (its
 * updated_at and version) untouched, which makes PUT, PATCH and setting completion idempotent.
 */
async function applyChanges(
  db: Database,
  userId: string,
  id: number,
  changes: Changes,
  expected: Expected,
): Promise<Task> {
  assertPossibleId(id);
  const set: Record<string, unknown> = { updatedAt: sql`now()`, version: sql`${tasks.version} + 1` };
  const differs: SQL[] = [];
  if (changes.title !== undefined) {
    set.title = changes.title;
    differs.push(sql`${tasks.title} is distinct from ${changes.title}`);
  }
  if (changes.description !== undefined) {
    set.description = changes.description;
    differs.push(sql`${tasks.description} is distinct from ${changes.description}`);
  }
  if (changes.completed !== undefined) {
    set.completed = changes.completed;
    set.completedAt = changes.completed ? sql`coalesce(${tasks.completedAt}, now())` : null;
    differs.push(sql`${tasks.completed} is distinct from ${changes.completed}`);
  }
  if (changes.priority !== undefined) {
    const priority = PRIORITIES.indexOf(changes.priority);
    set.priority = priority;
    differs.push(sql`${tasks.priority} is distinct from ${priority}::smallint`);
  }
  if (changes.tags !== undefined) {
    set.tags = changes.tags;
    set.tagKeys = keysOf(changes.tags);
    differs.push(sql`${tasks.tags} is distinct from ${tagArray(changes.tags)}::text[]`);
  }
  const newAt = changes.due?.at === undefined ? sql`${tasks.dueAt}` : sql`${changes.due.at}::timestamptz`;
  const newDate = changes.due?.date === undefined ? sql`${tasks.dueDate}` : sql`${changes.due.date}::date`;
  if (changes.due !== undefined) {
    const { date, at } = changes.due;
    if (date !== undefined) {
      set.dueDate = date;
      differs.push(sql`${tasks.dueDate} is distinct from ${date}::date`);
    }
    if (at !== undefined) {
      set.dueAt = at === null ? null : new Date(at);
      differs.push(sql`${tasks.dueAt} is distinct from ${at}::timestamptz`);
    }
    set.dueSort = sql`coalesce(${newAt}, (${newDate})::timestamp at time zone ${ownerZone(userId)})`;
  }
  if (changes.reminders !== undefined) {
    const reminders = JSON.stringify(changes.reminders);
    set.reminders = sql`${reminders}::jsonb`;
    differs.push(sql`${tasks.reminders} is distinct from ${reminders}::jsonb`);
  }
  if (changes.recurrence !== undefined) {
    differs.push(sql`${tasks.recurrence} is distinct from ${changes.recurrence}`);
  }
  if (changes.recurrenceFrom !== undefined) {
    differs.push(sql`${tasks.recurrenceFrom} is distinct from ${changes.recurrenceFrom}`);
  }
  // Editing the rule or the due moment of a series restarts it from the (new) due moment.
  if (changes.recurrence !== undefined || changes.due !== undefined || changes.recurrenceFrom !== undefined) {
    const rule =
      changes.recurrence === undefined ? sql`${tasks.recurrence}` : sql`${changes.recurrence}::text`;
    const from =
      changes.recurrenceFrom === undefined
        ? sql`coalesce(${tasks.recurrenceFrom}, 'due')`
        : sql`${changes.recurrenceFrom}::text`;
    const zone = ownerZone(userId);
    set.recurrence = rule;
    set.recurrenceFrom = sql`case when ${rule} is null then null else ${from} end`;
    set.seriesStartDate = sql`case when ${rule} is null then null else coalesce(${newDate}, (${newAt} at time zone ${zone})::date) end`;
    set.seriesStartTime = sql`case when ${rule} is null then null else to_char(${newAt} at time zone ${zone}, 'HH24:MI') end`;
    // Only a real change of the rule or the due moment restarts the count (a PUT repeats them).
    set.occurrencesDone = sql`case when ${tasks.recurrence} is distinct from ${rule} or ${tasks.dueDate} is distinct from ${newDate} or ${tasks.dueAt} is distinct from ${newAt} then 0 else ${tasks.occurrencesDone} end`;
  }
  const [updated] = await recurrenceChecked(
    db
      .update(tasks)
      .set(set)
      .where(and(ownedTask(userId, id), versionMatches(expected), sql`(${sql.join(differs, sql` or `)})`))
      .returning(taskColumns),
  );
  return updated ?? missedWrite(db, userId, id, expected);
}

/** A recurring task left without a due moment is refused by the database: say why, as a 422. */
async function recurrenceChecked<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    const constraint = (err as { cause?: { constraint?: string }; constraint?: string }).cause?.constraint;
    if (constraint === 'tasks_recurrence_needs_due') {
      throw invalid(
        'recurrence',
        'needs a due_date or due_at: a recurring task always has a next occurrence',
        'body',
      );
    }
    throw err;
  }
}

export function replaceTask(
  db: Database,
  userId: string,
  id: number,
  input: TaskInput,
  expected?: Expected,
): Promise<Task> {
  return applyChanges(
    db,
    userId,
    id,
    {
      title: input.title,
      description: input.description ?? null,
      completed: input.completed ?? false,
      priority: input.priority ?? 'none',
      tags: input.tags ?? [],
      due: { date: input.due_date ?? null, at: input.due_at ?? null },
      recurrence: input.recurrence ?? null,
      reminders: input.reminders ?? [],
      // Not recurring: recurrence_from stays null (a repeated PUT must change nothing).
      ...(input.recurrence ? { recurrenceFrom: input.recurrence_from ?? 'due' } : {}),
    },
    expected,
  );
}

export function updateTask(
  db: Database,
  userId: string,
  id: number,
  patch: TaskPatch,
  expected?: Expected,
): Promise<Task> {
  return applyChanges(db, userId, id, patchChanges(patch), expected);
}

/**
 * Sets completion when `completed` is given (idempotent), else toggles it atomically. Completing
 * a recurring task completes its current occurrence instead (see advanceSeries).
 */
export async function setCompletion(
  db: Database,
  userId: string,
  id: number,
  completed: boolean | undefined,
  expected?: Expected,
  occurrence?: string,
): Promise<Task> {
  if (completed !== false) {
    const advanced = await advanceSeries(db, userId, id, 'complete', expected, occurrence);
    if (advanced) return advanced;
  }
  if (completed !== undefined) return applyChanges(db, userId, id, { completed }, expected);
  assertPossibleId(id);
  const [row] = await db
    .update(tasks)
    .set({
      completed: sql`not ${tasks.completed}`,
      completedAt: sql`case when ${tasks.completed} then null else now() end`,
      updatedAt: sql`now()`,
      version: sql`${tasks.version} + 1`,
    })
    .where(and(ownedTask(userId, id), versionMatches(expected)))
    .returning(taskColumns);
  return row ?? missedWrite(db, userId, id, expected);
}

/** Skips the current occurrence of a recurring task: it moves to the next one, with no record. */
export async function skipOccurrence(
  db: Database,
  userId: string,
  id: number,
  expected?: Expected,
  occurrence?: string,
): Promise<Task> {
  const advanced = await advanceSeries(db, userId, id, 'skip', expected, occurrence);
  if (!advanced)
    throw new AppError('CONFLICT', `Task ${id} is not a recurring task with an occurrence to skip`);
  return advanced;
}

/** Whether `occurrence` (a due_date, or an instant) names the task's current due moment. */
function isCurrentOccurrence(task: Task, occurrence: string): boolean {
  if (task.dueDate !== null) return occurrence === task.dueDate;
  const at = Date.parse(occurrence);
  return task.dueAt !== null && Number.isFinite(at) && at === task.dueAt.getTime();
}

/**
 * Completes or skips the current occurrence of a recurring task, under a row lock so two
 * requests cannot both advance it. Completing keeps a completed copy of the occurrence (linked by
 * series_task_id; history is never lost) and moves the task to its next occurrence, in the
 * owner's zone; the last occurrence completes the task itself. When `occurrence` names one the
 * series has already left (a retry, another tab), nothing happens again. Null when the task is
 * not a pending recurring task (the caller completes it the ordinary way).
 */
async function advanceSeries(
  db: Database,
  userId: string,
  id: number,
  mode: 'complete' | 'skip',
  expected: Expected,
  occurrence: string | undefined,
): Promise<Task | null> {
  assertPossibleId(id);
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Database;
    const [task] = await tx.select(taskColumns).from(tasks).where(ownedTask(userId, id)).for('update');
    if (!task) throw notFound(`Task ${id}`);
    if (!task.recurrence || task.completed) return null;
    if (expected !== undefined && !expected.includes(task.version)) {
      throw new AppError(
        'PRECONDITION_FAILED',
        `Task ${id} has changed since version ${expected.join(', ')}`,
      );
    }
    if (occurrence !== undefined && !isCurrentOccurrence(task, occurrence)) return task;
    const parsed = parseRule(task.recurrence);
    if (!parsed.ok) throw new Error(`stored recurrence of task ${id} does not parse: ${parsed.error}`);
    const { timeZone } = await getSettings(tx, userId);
    const done = task.occurrencesDone + 1;
    const time = task.seriesStartTime ?? undefined;
    const current = task.dueAt ? localMoment(task.dueAt, timeZone) : { date: task.dueDate! };
    const next =
      mode === 'complete' && task.recurrenceFrom === 'completion'
        ? nextOccurrenceFromCompletion(parsed.rule, new Date(), time, timeZone, done)
        : nextOccurrence(
            parsed.rule,
            time === undefined ? { date: task.seriesStartDate! } : { date: task.seriesStartDate!, time },
            time === undefined ? { date: current.date } : current,
            timeZone,
            done,
          );
    const bump = { occurrencesDone: done, updatedAt: sql`now()`, version: sql`${tasks.version} + 1` };
    if (!next) {
      if (mode === 'skip') {
        throw new AppError('CONFLICT', `This is the last occurrence of task ${id}: complete or delete it`);
      }
      // The last occurrence completes the series: the task itself is its record.
      const [row] = await tx
        .update(tasks)
        .set({ ...bump, completed: true, completedAt: sql`now()` })
        .where(ownedTask(userId, id))
        .returning(taskColumns);
      return row!;
    }
    if (mode === 'complete') {
      const dueAt = task.dueAt?.toISOString() ?? null;
      await tx.insert(tasks).values({
        userId,
        title: task.title,
        description: task.description,
        completed: true,
        completedAt: sql`now()`,
        priority: task.priority,
        tags: task.tags,
        tagKeys: keysOf(task.tags),
        dueDate: task.dueDate,
        dueAt: task.dueAt,
        dueSort: dueSortOf(userId, task.dueDate, dueAt),
        seriesTaskId: task.id,
        reminders: task.reminders,
      });
    }
    const nextDate = next.at ? null : next.date;
    const nextAt = next.at ?? null;
    const [row] = await tx
      .update(tasks)
      .set({
        ...bump,
        dueDate: nextDate,
        dueAt: nextAt === null ? null : new Date(nextAt),
        dueSort: dueSortOf(userId, nextDate, nextAt),
      })
      .where(ownedTask(userId, id))
      .returning(taskColumns);
    return row!;
  });
}

export async function deleteTask(
  db: Database,
  userId: string,
  id: number,
  expected?: Expected,
): Promise<void> {
  assertPossibleId(id);
  const deleted = await db
    .delete(tasks)
    .where(and(ownedTask(userId, id), versionMatches(expected)))
    .returning({ id: tasks.id });
  if (deleted.length === 0) await missedWrite(db, userId, id, expected);
}
