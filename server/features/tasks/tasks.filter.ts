// A filter (shared/filter/filter.ts) compiled into one SQL condition of the task list statement
// (tasks.list.sql.ts): the condition's text with positional parameters from `first` on, and their
// values. Names, labels, dates and words always travel as parameters; the text holds only constant
// fragments and the small integers of priorities. The statement's owner scope (the caller's own
// tasks, and those of lists shared with them) stays around it, so a filter only narrows.
// Date operands are read here, when the filter is used, by the date language in the owner's zone
// and date order at the database's clock (readFilterContext): a saved `due before: sunday` is next
// Sunday on the day it is opened.
import {
  dayOfResolved,
  type FilterDate,
  FilterError,
  type FilterNode,
  type FilterTerm,
  filterTerms,
  parseFilter,
  type ResolvedDate,
  resolveFilterDate,
  unknownDate,
} from '#shared/filter/filter.js';
import type { DateOrder } from '#shared/quickadd/quickadd.words.js';
import type { TimeContext } from '#shared/when/read.js';
import { VISIBLE_LIST_ROWS } from '../../platform/access/policy.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { DEFAULT_SETTINGS } from '../settings/settings.service.js';
import { DUE_ASC, dayStart, OVERDUE_SQL, TODAY_SQL } from './tasks.list.sql.js';
import { PRIORITIES, tagKey } from './tasks.schema.js';
import { searchQuery } from './tasks.search.js';
import { type TypoReading, typoReadings } from './tasks.typos.js';

export interface CompiledFilter {
  /** The condition, never null for a row (so `!` of it is its complement). */
  sql: string;
  values: unknown[];
  /**
   * Whether its matches are best found once, kept, counted and the page taken from them
   * (listStatement): a `search:` term, or a list or section named beside other terms (foundOnce).
   */
  foundOnce: boolean;
  /**
   * When an `overdue` term is one of the filter's top-level `&` terms: the condition of the others
   * (`(true)` for none). The list statement then counts overdue tasks as the `due=overdue` page does,
   * in two ranges of the open tasks' due index (OVERDUE_PARTS): `overdue` alone at 100,000 tasks
   * (19,544 overdue) read 11,394 pages of rows for its count in one condition (decision 0173).
   */
  besideOverdue?: string;
}

/** The terms a filter's top level joins with `&`. */
const conjuncts = (node: FilterNode): FilterNode[] =>
  node.op === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];

/**
 * Whether a filter without a `search:` term is one whose matches are best found once: a list or
 * section it requires (a term of its top-level `&`) beside another term. The count reads each of
 * the list's tasks through the list's index and the rest of the condition from the task's row; the
 * page, sorted by what no such index holds, read them all again. Found once, the page sorts the
 * few kept keys: `(7 days | overdue) & !@work & (p1 | p2) & #Project 001` at 100,000 tasks (14,550
 * in the list) 34 -> 22 ms median on the Postgres server, the list's ids given (decision 0173). Filters without such a
 * bound are not: their page can stop early on an index in its order while the count reads an index
 * alone (`no date` 30 -> 97 ms, `!p1` 31 -> 154 ms found once, decision 0173).
 */
const boundedByList = (tree: FilterNode) => {
  const terms = conjuncts(tree);
  return (
    terms.length > 1 &&
    terms.some((n) => n.op === 'term' && (n.term.kind === 'list' || n.term.kind === 'section'))
  );
};

/**
 * What a filter's terms name, read before it is compiled (one statement each, only for the kinds
 * a filter has): its `search:` texts as the caller's words (tasks.typos.ts), and the ids of the
 * lists and sections its `#List` and `/Section` terms name among those the caller sees (their own,
 * and lists shared with them; a task always belongs to its list's owner, so no task of theirs is in
 * another list). Ids as parameters let the planner read its statistics of each list's size, where
 * a join to the lists by name was planned as an average list (490 rows for 14,550).
 */
export interface FilterContext {
  searches: Map<string, TypoReading>;
  /** Ids by lower-cased name. */
  lists: Map<string, number[]>;
  sections: Map<string, number[]>;
  /**
   * What date operands are read at: the database's clock (the `now()` of the statement's other
   * date terms) and the owner's zone and date order; only when a filter has a date operand.
   */
  time?: TimeContext;
}

const namesOf = (trees: FilterNode[], kind: 'list' | 'section') => [
  ...new Set(
    trees.flatMap((tree) =>
      filterTerms(tree).flatMap((t) =>
        t.kind === kind && !(kind === 'list' && t.name.toLowerCase() === 'inbox')
          ? [t.name.toLowerCase()]
          : [],
      ),
    ),
  ),
];

/** The ids of the lists or sections the caller sees, by lower-cased name. */
async function namedIds(
  db: Database,
  userId: string,
  table: 'lists' | 'sections',
  names: string[],
): Promise<Map<string, number[]>> {
  const ids = new Map<string, number[]>();
  if (names.length === 0) return ids;
  const rows = await rawQuery<{ name: string; id: string | number }>(
    db,
    `select lower(name) as name, id from ${table} where lower(name) = any($2::text[]) and ` +
      VISIBLE_LIST_ROWS(table === 'lists' ? 'id' : 'list_id'),
    [userId, names],
  );
  for (const row of rows) ids.set(row.name, [...(ids.get(row.name) ?? []), Number(row.id)]);
  return ids;
}

/** Reads what the filters' terms name (FilterContext), for compileFilter. */
export async function readFilterContext(
  db: Database,
  userId: string,
  trees: FilterNode[],
): Promise<FilterContext> {
  const dated = trees.some(hasDates);
  const [searches, lists, sections, time] = await Promise.all([
    typoReadings(
      db,
      userId,
      trees.flatMap((tree) => filterTerms(tree).flatMap((t) => (t.kind === 'search' ? [t.text] : []))),
    ),
    namedIds(db, userId, 'lists', namesOf(trees, 'list')),
    namedIds(db, userId, 'sections', namesOf(trees, 'section')),
    dated ? readFilterTime(db, userId) : undefined,
  ]);
  return { searches, lists, sections, ...(time ? { time } : {}) };
}

/** Whether a filter has date operands (read at FilterContext's `time`). */
export const hasDates = (tree: FilterNode) => filterTerms(tree).some((t) => 'date' in t);

/**
 * The database's clock and the owner's zone and date order (their settings, or the defaults): what
 * a filter's dates are read at, in one statement.
 */
export async function readFilterTime(db: Database, userId: string): Promise<TimeContext> {
  const [row] = await rawQuery<{ ms: number | string; time_zone: string | null; date_order: string | null }>(
    db,
    'select extract(epoch from now()) * 1000 as ms, s.time_zone, s.date_order ' +
      'from (select 1) one left join user_settings s on s.user_id = $1',
    [userId],
  );
  return {
    now: new Date(Number(row!.ms)),
    timeZone: row?.time_zone ?? DEFAULT_SETTINGS.timeZone,
    dateOrder: (row?.date_order as DateOrder | null) ?? DEFAULT_SETTINGS.dateOrder,
  };
}

/** A filter's mistake as the 400 a request gets, naming its position and token. */
const badFilter = (error: FilterError) =>
  new AppError('BAD_REQUEST', error.message, {
    errors: [{ path: 'filter', location: 'query', message: error.message }],
  });

/** Reads a filter, or answers 400 naming the position and the token of its mistake. */
export function readFilter(text: string): FilterNode {
  try {
    return parseFilter(text);
  } catch (error) {
    if (error instanceof FilterError) throw badFilter(error);
    throw error;
  }
}

/**
 * What each date operand of a filter means at `time`, in order; throws the FilterError of the first
 * that does not read (one the parser took in another date order than the owner's, say).
 */
export function resolveFilterDates(tree: FilterNode, time: TimeContext): Map<FilterDate, ResolvedDate> {
  const resolved = new Map<FilterDate, ResolvedDate>();
  for (const t of filterTerms(tree)) {
    if (!('date' in t)) continue;
    const date = resolveFilterDate(t.date, time);
    // The parser told a day from an instant by the phrase; read here, it says the same.
    if (date === undefined || 'at' in date !== t.date.timed) throw unknownDate(t.date);
    resolved.set(t.date, date);
  }
  return resolved;
}

/**
 * Whether a filter has days: they start in the owner's time zone, the statement's parameter $3. A
 * date operand that is an instant (`+4 hours`, `today 5pm`) is compared as it is; a deadline is a
 * date, compared with the operand's day.
 */
export const filterNeedsZone = (tree: FilterNode) =>
  filterTerms(tree).some(
    (t) =>
      (t.kind === 'due' && t.when === 'overdue') ||
      t.kind === 'dueNext' ||
      t.kind === 'duePast' ||
      t.kind === 'dueOn' ||
      t.kind === 'completedOn' ||
      ((t.kind === 'dueBefore' ||
        t.kind === 'dueAfter' ||
        t.kind === 'completedBefore' ||
        t.kind === 'completedAfter') &&
        !t.date.timed),
  );

/** Todoist's p1 is the highest priority, p4 none. */
const PRIORITY_OF: Record<1 | 2 | 3 | 4, number> = {
  1: PRIORITIES.indexOf('high'),
  2: PRIORITIES.indexOf('medium'),
  3: PRIORITIES.indexOf('low'),
  4: PRIORITIES.indexOf('none'),
};

/** `*` in a name matches any characters: a LIKE pattern with everything else taken literally. */
const likePattern = (name: string) => name.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, '%');

/**
 * The condition of a filter, its parameters numbered from `first`; a date term refers to the
 * owner's time zone as $3 (filterNeedsZone), so the caller passes it there. Its date operands are
 * read at `context.time` (readFilterContext); one that does not read there is a 400.
 */
export function compileFilter(tree: FilterNode, first: number, context: FilterContext): CompiledFilter {
  const values: unknown[] = [];
  let search = false;
  const param = (value: unknown) => {
    values.push(value);
    return `$${first + values.length - 1}`;
  };
  let dates = new Map<FilterDate, ResolvedDate>();
  if (hasDates(tree)) {
    if (!context.time) throw new Error('compileFilter: a filter with dates needs the context’s time');
    try {
      dates = resolveFilterDates(tree, context.time);
    } catch (error) {
      if (error instanceof FilterError) throw badFilter(error);
      throw error;
    }
  }
  const resolved = (date: FilterDate) => dates.get(date)!;
  /** A calendar day's parameter: an instant's local day. */
  const dayParam = (date: ResolvedDate) => `${param(dayOfResolved(date, context.time!.timeZone))}::date`;
  /** The day's span, from its start to the next day's, of a column (due: DUE_ASC). */
  const onDay = (column: string, date: ResolvedDate) => {
    const day = dayParam(date);
    return `${column} >= ${dayStart(day)} and ${column} < ${dayStart(`${day} + 1`)}`;
  };
  /** Before a date: before its day starts (strict, by calendar day), or before the instant. */
  const before = (column: string, date: ResolvedDate) =>
    'at' in date ? `${column} < ${param(date.at)}::timestamptz` : `${column} < ${dayStart(dayParam(date))}`;
  /** After a date: from the start of the next day (Todoist's meaning), or after the instant. */
  const after = (column: string, date: ResolvedDate) =>
    'at' in date
      ? `${column} > ${param(date.at)}::timestamptz`
      : `${column} >= ${dayStart(`${dayParam(date)} + 1`)}`;
  const between = (from: number, to: number) =>
    `(${DUE_ASC} >= ${dayStart(`${TODAY_SQL} + ${from}`)} and ${DUE_ASC} < ${dayStart(`${TODAY_SQL} + ${to}`)})`;

  const term = (t: FilterTerm): string => {
    switch (t.kind) {
      case 'due':
        switch (t.when) {
          case 'none':
            return '(due_sort is null)';
          case 'noTime':
            return '(due_sort is not null and due_at is null)';
          case 'overdue':
            return `(${OVERDUE_SQL})`;
        }
        break;
      case 'dueNext':
        return between(0, t.days);
      case 'duePast':
        return `(${OVERDUE_SQL} and ${DUE_ASC} >= ${dayStart(`${TODAY_SQL} - ${t.days}`)})`;
      case 'dueBefore':
        return `(${before(DUE_ASC, resolved(t.date))})`;
      case 'dueAfter':
        return `(due_sort is not null and ${after(DUE_ASC, resolved(t.date))})`;
      case 'dueOn':
        return `(${onDay(DUE_ASC, resolved(t.date))})`;
      case 'deadlineBefore':
        return `(deadline is not null and deadline < ${dayParam(resolved(t.date))})`;
      case 'deadlineAfter':
        return `(deadline is not null and deadline > ${dayParam(resolved(t.date))})`;
      case 'deadlineOn':
        return `(deadline is not null and deadline = ${dayParam(resolved(t.date))})`;
      case 'noDeadline':
        return '(deadline is null)';
      case 'completedOn':
        return `(completed_at is not null and ${onDay('completed_at', resolved(t.date))})`;
      case 'completedBefore':
        return `(completed_at is not null and ${before('completed_at', resolved(t.date))})`;
      case 'completedAfter':
        return `(completed_at is not null and ${after('completed_at', resolved(t.date))})`;
      case 'priority':
        return `(priority = ${PRIORITY_OF[t.level]})`;
      case 'label':
        return t.name.includes('*')
          ? `exists (select from unnest(tag_keys) k where k like ${param(likePattern(tagKey(t.name)))})`
          : `(tag_keys @> array[${param(tagKey(t.name))}::text])`;
      case 'noLabels':
        return `(tag_keys = '{}'::text[])`;
      case 'list':
        // Lists do not nest, so ## (with sublists) is #. The Inbox is no list.
        if (t.name.toLowerCase() === 'inbox') return '(list_id is null)';
        return `(list_id is not null and list_id = any(${param(context.lists.get(t.name.toLowerCase()) ?? [])}::bigint[]))`;
      case 'section':
        return `(section_id is not null and section_id = any(${param(context.sections.get(t.name.toLowerCase()) ?? [])}::bigint[]))`;
      case 'assigned':
        if (t.to === 'me') return '(assignee_id is not null and assignee_id = $1)';
        if (t.to === 'others') return '(assignee_id is not null and assignee_id <> $1)';
        if (t.to === 'anyone') return '(assignee_id is not null)';
        return `exists (select from users u where u.id = tasks.assignee_id and lower(u.name) = lower(${param(t.to.name)}))`;
      case 'search': {
        // Every word as a prefix, each beside its corrections when none of the caller's title words
        // starts with it (readFilterContext: "search: inoice" finds "invoice").
        const words = context.searches.get(t.text)?.query ?? searchQuery(t.text);
        if (words === undefined) return '(false)';
        search = true;
        // On tasks' own search index, which the planner can combine with the other terms' indexes
        // (a bitmap of both): with the tables analyzed and a page read out of order costed as in
        // memory, 107 → 51 ms for a word in 11,000 of 100,000 tasks and no date, where the same term
        // through task_search was planned as a read of both tables (decision 0173). The statement's
        // scope (the caller's tasks, or their shared lists') stays around it.
        return `(tasks.search @@ doable_search_query(${param(words)}))`;
      }
      case 'recurring':
        return '(recurrence is not null)';
      case 'subtask':
        return '(parent_id is not null)';
    }
  };

  const node = (n: FilterNode): string => {
    if (n.op === 'term') return term(n.term);
    if (n.op === 'not') return `(not ${node(n.operand)})`;
    return `(${node(n.left)} ${n.op} ${node(n.right)})`;
  };
  // The top level's `&` terms each compiled once, so the condition beside an `overdue` among them
  // can be given without it (besideOverdue), on the same parameters.
  const terms = conjuncts(tree);
  const texts = terms.map(node);
  const joined = (parts: string[]) =>
    parts.length === 0 ? '(true)' : parts.length === 1 ? parts[0]! : `(${parts.join(' and ')})`;
  const overdue = terms.findIndex(
    (n) => n.op === 'term' && n.term.kind === 'due' && n.term.when === 'overdue',
  );
  return {
    sql: joined(texts),
    values,
    foundOnce: search || boundedByList(tree),
    ...(overdue === -1 ? {} : { besideOverdue: joined(texts.filter((_, i) => i !== overdue)) }),
  };
}
