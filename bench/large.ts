// The `large` scenario of `npm run bench` (bench/run.ts drives it): one user with 100,000 tasks,
// imported through POST /api/me/import, whose filtered, searched and sorted list pages are
// measured; and, on the Postgres server, the plans behind the slowest of them.
//
// The data is seeded-random but shaped like a real list: words drawn with a Zipf distribution
// (so a common word matches 40% of the tasks and a rare one about 170), mostly no
// priority, 0-3 of 30 tags (also Zipf), 60% with a due date or instant over -1y..+1y, 40% done.
// A second, small user with the same kind of data checks that nothing leaks between owners.
import type pg from 'pg';
import { decodeCursor } from '../server/features/tasks/cursor.js';
import {
  effectiveSort,
  listStatement,
  SEARCH_WINDOW,
  searchQuery,
  zoned,
} from '../server/features/tasks/tasks.list.js';
import { ListQuerySchema, PRIORITIES, tagKey } from '../server/features/tasks/tasks.schema.js';
import { mulberry32 } from '../test/support/random.js';

export const LARGE_TASKS = 100_000;
export const OTHER_TASKS = 2_000;
export const LARGE_USER_ID = 'bench-large';
export const OTHER_USER_ID = 'bench-large-other';
/** Tasks per import request (the endpoint takes up to 100,000 in one). */
const IMPORT_CHUNK = 50_000;
const DAY_MS = 86_400_000;

export interface LargeUser {
  id: string;
  token: string;
}

// ---------------------------------------------------------------------------------------------
// Data

/** Draws items with probability proportional to 1 / rank (Zipf, s = 1). */
function zipf<T>(items: readonly T[], random: () => number): () => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= items.length; rank++) {
    sum += 1 / rank;
    cumulative.push(sum);
  }
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

// Most frequent first: PICKS below chooses search words by rank.
const WORDS = (
  'email call review report meeting plan update team project budget client draft order check fix ' +
  'write send prepare schedule invoice book clean pay buy read doctor garden car house kitchen ' +
  'design website release deploy test bug feature document contract presentation slides notes ' +
  'agenda quarterly weekly monthly annual insurance bank groceries milk bread coffee lunch dinner ' +
  'birthday gift party travel flight hotel ticket passport visa renew license subscription backup ' +
  'laptop phone printer server database migration security audit password account customer ' +
  'support feedback survey interview candidate hiring onboarding training workshop conference ' +
  'talk blog newsletter campaign marketing sales lead proposal quote estimate supplier shipment ' +
  'delivery warehouse inventory stock price discount refund receipt expense payroll salary ' +
  'pension mortgage rent landlord plumber electrician paint fence roof window door furniture sofa ' +
  'desk chair lamp bike repair tires oil gym yoga swim dentist pharmacy vitamins vet dog cat walk ' +
  'school homework teacher parents kids library museum concert movie recipe bake cake wine cheese ' +
  'vegetables fruit laundry dishes trash recycling'
).split(' ');
/** Each appears in about 0.2% of tasks (some 170 of 100,000). */
const RARE_WORDS = (
  'quokka zeppelin marzipan kumquat xylophone ocarina gazebo tuxedo walrus narwhal origami ' +
  'sauerkraut trombone yurt zither kayak lighthouse meteorite pergola quinoa'
).split(' ');
const FILLER = 'the for with and to about before after'.split(' ');
const TAGS = (
  'work home errands urgent finance health family shopping projectx admin waiting someday phone ' +
  'email reading travel car garden kids school fitness taxes house friends learning writing music ' +
  'volunteer legal q3-review'
).split(' ');

/** What the measured cases filter and search for. */
export const PICKS = {
  commonWord: WORDS[3]!,
  middleWord: WORDS[19]!,
  rareWord: RARE_WORDS[0]!,
  commonTag: TAGS[0]!,
  secondTag: TAGS[1]!,
  rareTag: TAGS[28]!,
} as const;

/** The large user's lists: most tasks are in one, the rest in the Inbox. */
export const LARGE_LISTS = 200;
const listName = (i: number) => `Project ${String(i).padStart(3, '0')}`;

interface ExportTask {
  uid: string;
  list: string | null;
  parent_uid: string | null;
  title: string;
  description: string | null;
  completed: boolean;
  completed_at: string | null;
  priority: (typeof PRIORITIES)[number];
  tags: string[];
  due_date?: string;
  due_at?: string;
  created_at: string;
  updated_at: string;
}

/** Tasks of one user, created over the two years before `now`. */
export function generateTasks(count: number, seed: number, now: number): ExportTask[] {
  const random = mulberry32(seed);
  const word = zipf(WORDS, random);
  const tag = zipf(TAGS, random);
  const int = (n: number) => Math.floor(random() * n);
  const words = (n: number) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0 && random() < 0.2) out.push(FILLER[int(FILLER.length)]!);
      out.push(word());
    }
    if (random() < 0.02) out.splice(int(out.length + 1), 0, RARE_WORDS[int(RARE_WORDS.length)]!);
    return out;
  };
  const list = zipf(
    Array.from({ length: LARGE_LISTS }, (_, i) => listName(i + 1)),
    random,
  );
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const tasks: ExportTask[] = [];
  /** The latest top-level task of each list, and its child: parents for subtasks. */
  const lastParent = new Map<string | null, { uid: string; child: string | null }>();
  for (let i = 0; i < count; i++) {
    const title = words(2 + int(5)).join(' ');
    const description = random() < 0.5 ? `${words(6 + int(30)).join(' ')}.` : null;
    const created = now - random() * 730 * DAY_MS;
    const updated = created + random() * (now - created);
    const completed = random() < 0.4;
    const p = random();
    const priority = p < 0.7 ? 'none' : p < 0.82 ? 'low' : p < 0.92 ? 'medium' : 'high';
    const t = random();
    const tagCount = t < 0.3 ? 0 : t < 0.65 ? 1 : t < 0.9 ? 2 : 3;
    const tags = new Set<string>();
    while (tags.size < tagCount) tags.add(tag());
    // 85% in a list (Zipf over 200), 15% in the Inbox; 10% are subtasks (a fifth of those two deep).
    const inList = random() < 0.85 ? list() : null;
    const uid = `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
    let parentUid: string | null = null;
    const parent = lastParent.get(inList);
    const sub = random();
    if (parent && sub < 0.1) {
      parentUid = sub < 0.02 && parent.child ? parent.child : parent.uid;
      if (parentUid === parent.uid) parent.child = uid;
    } else {
      lastParent.set(inList, { uid, child: null });
    }
    const task: ExportTask = {
      uid,
      list: inList,
      parent_uid: parentUid,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      description,
      completed,
      completed_at: completed ? new Date(updated).toISOString() : null,
      priority,
      tags: [...tags],
      created_at: new Date(created).toISOString(),
      updated_at: new Date(updated).toISOString(),
    };
    const d = random();
    if (d < 0.3) {
      task.due_date = new Date(now + (int(731) - 365) * DAY_MS).toISOString().slice(0, 10);
    } else if (d < 0.6) {
      // On a quarter hour, like a time picker.
      const at = now + (random() * 2 - 1) * 365 * DAY_MS;
      task.due_at = new Date(Math.round(at / 900_000) * 900_000).toISOString();
    }
    tasks.push(task);
  }
  return tasks;
}

export interface ImportTiming {
  tasks: number;
  requests: number;
  seconds: number;
  tasksPerSec: number;
}

/** Imports tasks through POST /api/me/import in chunks of IMPORT_CHUNK. */
export async function importTasks(
  baseUrl: string,
  user: LargeUser,
  tasks: ExportTask[],
): Promise<ImportTiming> {
  const started = performance.now();
  let requests = 0;
  for (let start = 0; start < tasks.length; start += IMPORT_CHUNK) {
    const chunk = tasks.slice(start, start + IMPORT_CHUNK);
    const res = await fetch(`${baseUrl}/api/me/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'doable-export', version: 1, tasks: chunk }),
      signal: AbortSignal.timeout(600_000),
    });
    const text = await res.text();
    if (res.status !== 201) throw new Error(`POST /api/me/import: expected 201, got ${res.status}: ${text}`);
    const imported = JSON.parse(text).imported;
    if (imported !== chunk.length)
      throw new Error(`POST /api/me/import: imported ${imported} of ${chunk.length}`);
    requests++;
  }
  const seconds = (performance.now() - started) / 1000;
  return { tasks: tasks.length, requests, seconds, tasksPerSec: tasks.length / seconds };
}

// ---------------------------------------------------------------------------------------------
// Cases

export interface LargeCase {
  name: string;
  /** The query string of GET /api/me/tasks, limit included. */
  query: string;
  /** The count the answer must report, where the seeded data decides it without SQL. */
  expectedCount?: number;
}

const LIMIT = 50;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function getPage(baseUrl: string, user: LargeUser, query: string): Promise<any> {
  const res = await fetch(`${baseUrl}/api/me/tasks?${query}`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  const text = await res.text();
  if (res.status !== 200)
    throw new Error(`GET /api/me/tasks?${query}: expected 200, got ${res.status}: ${text}`);
  return JSON.parse(text);
}

/** The user's busiest list (by total tasks), as GET /lists answers it. */
async function busiestList(
  baseUrl: string,
  user: LargeUser,
): Promise<{ id: number; name: string; total: number }> {
  const res = await fetch(`${baseUrl}/api/me/lists`, { headers: { authorization: `Bearer ${user.token}` } });
  const body = (await res.json()) as { lists: { id: number; name: string; total_count: number }[] };
  if (body.lists.length !== LARGE_LISTS)
    throw new Error(`large: ${body.lists.length} lists, expected ${LARGE_LISTS}`);
  const top = body.lists.reduce((a, b) => (b.total_count > a.total_count ? b : a));
  return { id: top.id, name: top.name, total: top.total_count };
}

/** The measured pages; the cursor case walks a few pages first to get its cursor. */
export async function largeCases(
  baseUrl: string,
  user: LargeUser,
  tasks: ExportTask[],
): Promise<LargeCase[]> {
  const busiest = await busiestList(baseUrl, user);
  const now = Date.now();
  const count = (test: (t: ExportTask) => boolean) => tasks.reduce((n, t) => n + (test(t) ? 1 : 0), 0);
  let cursor = '';
  for (let page = 1; page <= 4; page++) {
    const body = await getPage(baseUrl, user, `sort=-priority&limit=${LIMIT}${cursor}`);
    if (typeof body.next_cursor !== 'string') throw new Error('sort=-priority: no next_cursor by page 4');
    cursor = `&cursor=${encodeURIComponent(body.next_cursor)}`;
  }
  const q = (...parts: string[]) => [...parts, `limit=${LIMIT}`].join('&');
  return [
    { name: 'default (-created)', query: q(), expectedCount: tasks.length },
    {
      name: 'status=pending&sort=due',
      query: q('status=pending', 'sort=due'),
      expectedCount: count((t) => !t.completed),
    },
    { name: 'priority=high', query: q('priority=high'), expectedCount: count((t) => t.priority === 'high') },
    {
      name: `tag=${PICKS.commonTag}`,
      query: q(`tag=${PICKS.commonTag}`),
      expectedCount: count((t) => t.tags.includes(PICKS.commonTag)),
    },
    {
      name: `tag=${PICKS.rareTag}&tag=${PICKS.commonTag}`,
      query: q(`tag=${PICKS.rareTag}`, `tag=${PICKS.commonTag}`),
      expectedCount: count((t) => t.tags.includes(PICKS.rareTag) && t.tags.includes(PICKS.commonTag)),
    },
    { name: 'due=overdue', query: q('due=overdue') },
    { name: 'due=week&sort=priority', query: q('due=week', 'sort=priority') },
    { name: `q=${PICKS.commonWord}`, query: q(`q=${PICKS.commonWord}`) },
    { name: `q=${PICKS.rareWord}`, query: q(`q=${PICKS.rareWord}`) },
    {
      name: `q=${PICKS.middleWord}&tag=${PICKS.secondTag}&status=pending`,
      query: q(`q=${PICKS.middleWord}`, `tag=${PICKS.secondTag}`, 'status=pending'),
    },
    { name: 'sort=-priority&cursor (page 5)', query: `sort=-priority&limit=${LIMIT}${cursor}` },
    // A later page as the web app asks for it: the count came with the first page.
    {
      name: 'sort=-priority&cursor&count=none (page 5)',
      query: `sort=-priority&limit=${LIMIT}${cursor}&count=none`,
    },
    {
      name: 'due_after..due_before (+-30 d)',
      query: q(`due_after=${day(now - 30 * DAY_MS)}`, `due_before=${day(now + 30 * DAY_MS)}`),
    },
    // The views and list pages.
    { name: 'view=today', query: q('view=today') },
    { name: 'view=upcoming', query: q('view=upcoming') },
    { name: 'view=inbox (manual)', query: q('view=inbox'), expectedCount: count((t) => t.list === null) },
    {
      name: `list page, open, manual (${busiest.total} tasks)`,
      query: q(`list_id=${busiest.id}`, 'parent_id=none', 'status=pending', 'sort=manual'),
      expectedCount: count((t) => t.list === busiest.name && t.parent_uid === null && !t.completed),
    },
    {
      name: 'list page, -created',
      query: q(`list_id=${busiest.id}`),
      expectedCount: count((t) => t.list === busiest.name),
    },
  ];
}

/** Each case answers 200 with a non-empty page of the user's own tasks and the expected count. */
export async function checkCase(baseUrl: string, user: LargeUser, c: LargeCase): Promise<any> {
  const body = await getPage(baseUrl, user, c.query);
  const fail = (why: string) => new Error(`large ${c.name}: ${why}`);
  if (!Array.isArray(body.tasks) || body.tasks.length === 0) throw fail('empty page');
  if (body.tasks.some((t: { user_id: string }) => t.user_id !== user.id)) throw fail("another user's task");
  if (c.expectedCount !== undefined && body.count !== c.expectedCount) {
    throw fail(`count ${body.count}, expected ${c.expectedCount}`);
  }
  if ((body.count === null) !== c.query.includes('count=none')) throw fail(`count ${body.count}`);
  // Uncounted pages come from a walk through more than LIMIT tasks.
  const full = body.count === null || body.count > LIMIT;
  if (full !== (body.tasks.length === LIMIT && typeof body.next_cursor === 'string')) {
    throw fail(`page of ${body.tasks.length} with count ${body.count}`);
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// Plans

/**
 * The statement and parameters GET /api/me/tasks?<query> runs, as listTasksJson builds them, for an
 * owner in `timeZone` (the benchmark's users keep the default) who is no list's member.
 */
export function listQuerySql(
  userId: string,
  queryString: string,
  timeZone = 'UTC',
): { text: string; full: string; count: string; params: unknown[]; filterParams: number } {
  const search = new URLSearchParams(queryString);
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const all = search.getAll(key);
    raw[key] = all.length === 1 ? all[0]! : all;
  }
  const query = ListQuerySchema.parse(raw);
  const sort = effectiveSort(query);
  const before = query.due_before as { date: string } | { instant: string } | undefined;
  const after = query.due_after as { date: string } | { instant: string } | undefined;
  const kind = (b: typeof before) => (b === undefined ? undefined : 'date' in b ? 'date' : 'instant');
  const params: unknown[] = [userId, query.limit + 1];
  if (zoned({ due: query.due, before: kind(before), after: kind(after), view: query.view }))
    params.push(timeZone);
  if (query.status !== 'all') params.push(query.status === 'completed');
  const text = query.q ? searchQuery(query.q) : undefined;
  if (text) params.push(text);
  const priorities = query.priority?.length ? query.priority : undefined;
  if (priorities) params.push(priorities.map((p) => PRIORITIES.indexOf(p)));
  const tagKeys = query.tag?.length ? [...new Set(query.tag.map(tagKey))] : undefined;
  if (tagKeys) params.push(tagKeys);
  if (typeof query.list_id === 'number') params.push(query.list_id);
  if (typeof query.parent_id === 'number') params.push(query.parent_id);
  if (before) params.push('date' in before ? before.date : before.instant);
  if (after) params.push('date' in after ? after.date : after.instant);
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
  const filterParams = params.length;
  if (cursor) params.push(cursor.v, cursor.id);
  const statement = listStatement({
    sort,
    status: query.status,
    search: text !== undefined,
    priorities: priorities !== undefined,
    tags: tagKeys === undefined ? false : tagKeys.length === 1 ? 'one' : 'many',
    due: query.due,
    before: kind(before),
    after: kind(after),
    cursor: cursor !== undefined,
    count: query.count !== 'none',
    view: query.view,
    list: query.list_id === undefined ? undefined : query.list_id === 'inbox' ? 'inbox' : 'id',
    parent: query.parent_id === undefined ? undefined : query.parent_id === 'none' ? 'none' : 'id',
  });
  // The benchmark's users are no list's members: the endpoint runs the own-tasks statement (0100),
  // in its JSON form (0100).
  return {
    text: statement.json.own.text,
    full: statement.json.text,
    count: statement.count,
    params,
    filterParams,
  };
}

/**
 * Runs the statement behind a case directly and checks it answers what the endpoint answered
 * (so the plan shown is the plan of the endpoint's statement).
 */
export async function sameAsEndpoint(
  client: pg.Client,
  userId: string,
  c: LargeCase,
  body: any,
): Promise<void> {
  const { text, params } = listQuerySql(userId, c.query);
  const { rows } = await client.query(text, params);
  // The own-tasks statement answers an empty page as one row whose id is null.
  const ids = rows
    .filter((r) => r.id !== null)
    .slice(0, LIMIT)
    .map((r) => Number(r.id));
  const expected = body.tasks.map((t: { id: number }) => t.id);
  const total = rows[0]?.total ?? null;
  // A search's statement counts one match past its window; the endpoint then says SEARCH_WINDOW
  // and count_exact: false (docs/decisions/0131-search-newest-matches-and-typos.md).
  const count =
    total === null
      ? null
      : /(^|[?&])q=/.test(c.query)
        ? Math.min(Number(total), SEARCH_WINDOW)
        : Number(total);
  if (ids.join() !== expected.join() || count !== body.count) {
    throw new Error(`large ${c.name}: the reproduced statement does not answer what the endpoint answered`);
  }
}

interface PlanNode {
  'Node Type': string;
  'Parent Relationship'?: string;
  'Subplan Name'?: string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Actual Total Time': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Heap Fetches'?: number;
  'Sort Method'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  executionMs: number;
  /** The same query with count=none: what the page alone costs. */
  pageOnlyMs: number;
  /** The count-only statement (the matching rows over all pages). */
  countOnlyMs: number;
  planningMs: number;
  sharedHit: number;
  sharedRead: number;
  nodes: string[];
}

interface Explained {
  Plan: PlanNode;
  'Execution Time': number;
  'Planning Time': number;
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement, after one unmeasured execution. */
async function explained(client: pg.Client, text: string, params: unknown[]): Promise<Explained> {
  await client.query(text, params);
  const { rows } = await client.query(`explain (analyze, buffers, format json) ${text}`, params);
  return rows[0]['QUERY PLAN'][0];
}

/**
 * The plan of the statement behind a case (EXPLAIN (ANALYZE, BUFFERS)), with the execution
 * times of its two halves apart: the page alone and the count alone.
 */
export async function explain(
  client: pg.Client,
  userId: string,
  c: LargeCase,
  /** The caller is a member of a shared list: the endpoint runs the two-branch statement. */
  member = false,
): Promise<PlanSummary> {
  const { text, full, count, params, filterParams } = listQuerySql(userId, c.query);
  const uncounted = listQuerySql(userId, c.query.includes('count=none') ? c.query : `${c.query}&count=none`);
  const result = await explained(client, member ? full : text, params);
  const page = await explained(client, member ? uncounted.full : uncounted.text, uncounted.params);
  const total = await explained(client, count, params.slice(0, filterParams));
  const nodes: string[] = [];
  const walk = (node: PlanNode, depth: number) => {
    const what = [
      node['Subplan Name'] ? `[${node['Subplan Name']}] ` : '',
      node['Node Type'],
      node['Index Name']
        ? ` using ${node['Index Name']}`
        : node['Relation Name']
          ? ` on ${node['Relation Name']}`
          : '',
    ].join('');
    const extra = [
      `rows ${node['Actual Rows']}${node['Actual Loops'] > 1 ? ` x${node['Actual Loops']}` : ''}`,
      `${node['Actual Total Time'].toFixed(1)} ms`,
      node['Rows Removed by Filter'] ? `filtered out ${node['Rows Removed by Filter']}` : '',
      node['Rows Removed by Index Recheck'] ? `rechecked out ${node['Rows Removed by Index Recheck']}` : '',
      node['Heap Fetches'] !== undefined ? `heap fetches ${node['Heap Fetches']}` : '',
      node['Sort Method'] ? node['Sort Method'] : '',
    ].filter(Boolean);
    nodes.push(`${'  '.repeat(depth)}${what} (${extra.join(', ')})`);
    for (const child of node.Plans ?? []) walk(child, depth + 1);
  };
  walk(result.Plan, 0);
  return {
    executionMs: result['Execution Time'],
    pageOnlyMs: page['Execution Time'],
    countOnlyMs: total['Execution Time'],
    planningMs: result['Planning Time'],
    sharedHit: result.Plan['Shared Hit Blocks'] ?? 0,
    sharedRead: result.Plan['Shared Read Blocks'] ?? 0,
    nodes,
  };
}
