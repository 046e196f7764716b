// A filter (shared/filter/filter.ts) compiled into one SQL condition of the task list statement
// (tasks.list.sql.ts): the condition's text with positional parameters from `first` on, and their
// values. Names, labels, dates and words always travel as parameters; the text holds only constant
// fragments and the small integers of priorities. The statement's owner scope (the caller's own
// tasks, and those of lists shared with them) stays around it, so a filter only narrows.
import {
  type FilterDate,
  FilterError,
  type FilterNode,
  type FilterTerm,
  filterTerms,
  parseFilter,
} from '#shared/filter/filter.js';
import { VISIBLE_LIST_ROWS } from '../../platform/access/policy.js';
import { type Database, rawQuery } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
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
  const [searches, lists, sections] = await Promise.all([
    typoReadings(
      db,
      userId,
      trees.flatMap((tree) => filterTerms(tree).flatMap((t) => (t.kind === 'search' ? [t.text] : []))),
    ),
    namedIds(db, userId, 'lists', namesOf(trees, 'list')),
    namedIds(db, userId, 'sections', namesOf(trees, 'section')),
  ]);
  return { searches, lists, sections };
}

/** Reads a filter, or answers 400 naming the position and the token of its mistake. */
export function readFilter(text: string): FilterNode {
  try {
    return parseFilter(text);
  } catch (error) {
    if (error instanceof FilterError) {
      throw new AppError('BAD_REQUEST', error.message, {
        errors: [{ path: 'filter', location: 'query', message: error.message }],
      });
    }
    throw error;
  }
}

/** Whether a filter has dates: they start in the owner's time zone, the statement's parameter $3. */
export const filterNeedsZone = (tree: FilterNode) =>
  filterTerms(tree).some(
    (t) =>
      (t.kind === 'due' && t.when !== 'none') ||
      t.kind === 'dueBefore' ||
      t.kind === 'dueAfter' ||
      t.kind === 'completedOn' ||
      t.kind === 'completedBefore' ||
      t.kind === 'completedAfter',
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
 * owner's time zone as $3 (filterNeedsZone), so the caller passes it there.
 */
export function compileFilter(tree: FilterNode, first: number, context: FilterContext): CompiledFilter {
  const values: unknown[] = [];
  let search = false;
  const param = (value: unknown) => {
    values.push(value);
    return `$${first + values.length - 1}`;
  };
  const day = (date: FilterDate) =>
    'date' in date ? dayStart(`${param(date.date)}::date`) : dayStart(`${TODAY_SQL} + ${date.daysFromToday}`);
  /** The start of the day after a date. */
  const dayAfter = (date: FilterDate) =>
    'date' in date
      ? dayStart(`${param(date.date)}::date + 1`)
      : dayStart(`${TODAY_SQL} + ${date.daysFromToday + 1}`);
  const between = (from: number, to: number) =>
    `(${DUE_ASC} >= ${dayStart(`${TODAY_SQL} + ${from}`)} and ${DUE_ASC} < ${dayStart(`${TODAY_SQL} + ${to}`)})`;

  const term = (t: FilterTerm): string => {
    switch (t.kind) {
      case 'due':
        switch (t.when) {
          case 'today':
            return between(0, 1);
          case 'tomorrow':
            return between(1, 2);
          case 'next7':
            return between(0, 7);
          case 'none':
            return '(due_sort is null)';
          case 'overdue':
            return `(${OVERDUE_SQL})`;
        }
        break;
      case 'dueBefore':
        return `(${DUE_ASC} < ${day(t.date)})`;
      case 'dueAfter': {
        // After the day: from the start of the next one (Todoist's meaning).
        const next: FilterDate = 'date' in t.date ? t.date : { daysFromToday: t.date.daysFromToday + 1 };
        const start = 'date' in next ? dayStart(`${param(next.date)}::date + 1`) : day(next);
        return `(due_sort is not null and ${DUE_ASC} >= ${start})`;
      }
      case 'completedOn': {
        const from = day(t.date);
        return `(completed_at is not null and completed_at >= ${from} and completed_at < ${dayAfter(t.date)})`;
      }
      case 'completedBefore':
        return `(completed_at is not null and completed_at < ${day(t.date)})`;
      case 'completedAfter':
        // As due after: from the start of the next day.
        return `(completed_at is not null and completed_at >= ${dayAfter(t.date)})`;
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
