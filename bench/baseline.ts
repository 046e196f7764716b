// The bare baselines for `npm run bench`: node:http + a pg Pool, no framework, no auth, no
// validation, no logging. The user is in the path. It answers
// - GET /api/<user>/tasks[?limit=N]: the same statement and serialisation work as our list
//   endpoint (server/features/tasks/tasks.list.ts, default status=all, sort=-created): each task's JSON text
//   from Postgres, passed through;
// - GET /seed/<user>/tasks[?limit=N]: the floor the issue sets, a page of the seed contract's
//   fields (id, user_id, title, description, completed, created_at, updated_at) and the count;
// - POST /api/<user>/tasks and PATCH /api/<user>/tasks/<id> ({title, description?} / {title}):
//   the statements our create and rename send (bench/baseline-sql.ts), one autocommit statement
//   each as ours are, with the same triggers firing (events, reminders, webhook fan-out);
// - POST /seed/<user>/tasks and PATCH /seed/<user>/tasks/<id>: the write floor, the seed
//   contract's row inserted into and updated in a plain table with the list index, no triggers
//   (bench/baseline-sql.ts: SEED_TABLE_SQL, which the benchmark runs before it starts this).
//
// Env: PORT, HOST (default 127.0.0.1), DATABASE_URL, DATABASE_POOL_MAX (default 10, like ours).
import http from 'node:http';
import pg from 'pg';
import {
  INSERT_SQL,
  insertParams,
  LIST_SQL,
  PLAIN_NAMES,
  SEED_INSERT_SQL,
  SEED_LIST_SQL,
  SEED_UPDATE_SQL,
  UPDATE_TITLE_SQL,
} from './baseline-sql.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('baseline: DATABASE_URL is required');
  process.exit(1);
}

const pool = new pg.Pool({
  connectionString: databaseUrl,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
  connectionTimeoutMillis: 5000,
  idleTimeoutMillis: 30_000,
  application_name: 'doable-bench-baseline',
});
pool.on('error', () => {});

// Rows come back with pg's default type parsers (timestamps as Dates), as listTasks gets them.
interface Row {
  id: string;
  user_id: string;
  title: string;
  description: string | null;
  completed: boolean;
  completed_at: Date | null;
  priority: number;
  tags: string[];
  due_date: string | null;
  due_at: Date | null;
  recurrence: string | null;
  recurrence_from: string | null;
  series_task_id: string | null;
  reminders: unknown[];
  list_id: string | null;
  section_id: string | null;
  parent_id: string | null;
  position: number;
  created_by: string | null;
  assignee_id: string | null;
  subtasks: { open: number; total: number } | null;
  created_at: Date;
  updated_at: Date;
  total: number;
}

const PRIORITY_NAMES = ['none', 'low', 'medium', 'high'];

const LIST_PATH = /^\/api\/([^/?]+)\/tasks\/?$/;
const SEED_PATH = /^\/seed\/([^/?]+)\/tasks\/?$/;
const TASK_PATH = /^\/api\/([^/?]+)\/tasks\/([0-9]+)$/;
const SEED_TASK_PATH = /^\/seed\/([^/?]+)\/tasks\/([0-9]+)$/;

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const json = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

function taskJson(r: Row) {
  return {
    id: Number(r.id),
    user_id: r.user_id,
    title: r.title,
    description: r.description,
    completed: r.completed,
    completed_at: r.completed_at === null ? null : new Date(r.completed_at).toISOString(),
    priority: PRIORITY_NAMES[r.priority],
    tags: r.tags,
    due_date: r.due_date,
    due_at: r.due_at === null ? null : new Date(r.due_at).toISOString(),
    recurrence: r.recurrence,
    recurrence_from: r.recurrence_from,
    series_task_id: r.series_task_id === null ? null : Number(r.series_task_id),
    reminders: r.reminders,
    list_id: r.list_id === null ? null : Number(r.list_id),
    section_id: r.section_id === null ? null : Number(r.section_id),
    parent_id: r.parent_id === null ? null : Number(r.parent_id),
    position: r.position,
    created_by: r.created_by ?? r.user_id,
    assignee_id: r.assignee_id,
    ...Object.fromEntries(PLAIN_NAMES.map((name) => [name, (r as unknown as Record<string, unknown>)[name]])),
    subtasks: r.subtasks ?? { open: 0, total: 0 },
    created_at: new Date(r.created_at).toISOString(),
    updated_at: new Date(r.updated_at).toISOString(),
  };
}

interface SeedRow {
  id: string;
  user_id: string;
  title: string;
  description: string | null;
  completed: boolean;
  created_at: Date;
  updated_at: Date;
  total: number;
}

/** The seed contract's list: its seven fields and the count, newest first. */
async function seedList(userId: string, limit: number): Promise<unknown> {
  const { rows } = await pool.query<SeedRow>({ text: SEED_LIST_SQL, values: [userId, limit] });
  return {
    tasks: rows.map((r) => ({
      id: Number(r.id),
      user_id: r.user_id,
      title: r.title,
      description: r.description,
      completed: r.completed,
      created_at: r.created_at.toISOString(),
      updated_at: r.updated_at.toISOString(),
    })),
    count: rows[0] ? Number(rows[0].total) : 0,
  };
}

function readBody(req: http.IncomingMessage): Promise<any> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(text));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

async function create(userId: string, body: { title: string; description?: string | null }) {
  const { rows } = await pool.query<Row>({
    text: INSERT_SQL,
    values: insertParams(userId, body.title, body.description ?? null),
  });
  return taskJson(rows[0]!);
}

async function rename(userId: string, id: number, body: { title: string }): Promise<unknown> {
  const { rows } = await pool.query<Row>({
    text: UPDATE_TITLE_SQL,
    values: [body.title, userId, id, body.title],
  });
  return rows[0] ? taskJson(rows[0]) : undefined;
}

/** The seed contract's seven fields of a row of seed_tasks. */
function seedJson(r: Omit<SeedRow, 'total'>) {
  return {
    id: Number(r.id),
    user_id: r.user_id,
    title: r.title,
    description: r.description,
    completed: r.completed,
    created_at: r.created_at.toISOString(),
    updated_at: r.updated_at.toISOString(),
  };
}

/** The write floor's create and rename: one statement on the plain table each. */
async function seedCreate(userId: string, body: { title: string; description?: string | null }) {
  const { rows } = await pool.query<SeedRow>({
    text: SEED_INSERT_SQL,
    values: [userId, body.title, body.description ?? null],
  });
  return seedJson(rows[0]!);
}

async function seedRename(userId: string, id: number, body: { title: string }): Promise<unknown> {
  const { rows } = await pool.query<SeedRow>({ text: SEED_UPDATE_SQL, values: [body.title, userId, id] });
  return rows[0] ? seedJson(rows[0]) : undefined;
}

/** A row of LIST_SQL: each task's JSON text as Postgres built it. */
interface JsonRow {
  id: string | null;
  sort_key: string;
  json: string;
  total: number;
}

/** Our list's work without the framework: the same statement, its JSON text passed through. */
async function list(userId: string, limit: number): Promise<string> {
  const { rows } = await pool.query<JsonRow>({
    text: LIST_SQL,
    values: [userId, limit + 1],
  });
  const all = rows[0]?.id === null ? [] : rows;
  const page = all.length > limit ? all.slice(0, limit) : all;
  const last = page.at(-1);
  const nextCursor =
    all.length > limit && last
      ? Buffer.from(JSON.stringify({ s: '-created', v: last.sort_key, id: Number(last.id) })).toString(
          'base64url',
        )
      : null;
  return `{"tasks":[${page.map((r) => r.json).join(',')}],"count":${rows[0] ? Number(rows[0].total) : 0},"next_cursor":${JSON.stringify(nextCursor)}}`;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://baseline');
  let work: Promise<unknown> | undefined;
  let status = 200;
  const limit = () => Math.min(200, Math.max(1, Number(url.searchParams.get('limit') ?? 50) || 50));
  const list_ = req.method === 'GET' || req.method === 'POST' ? LIST_PATH.exec(url.pathname) : null;
  const seed = req.method === 'GET' || req.method === 'POST' ? SEED_PATH.exec(url.pathname) : null;
  const task = req.method === 'PATCH' ? TASK_PATH.exec(url.pathname) : null;
  const seedTask = req.method === 'PATCH' ? SEED_TASK_PATH.exec(url.pathname) : null;
  if (req.method === 'GET' && url.pathname === '/health') {
    work = pool.query('select 1').then(() => ({ status: 'ok' }));
  } else if (list_ && req.method === 'GET') {
    work = list(decodeURIComponent(list_[1]!), limit());
  } else if (seed && req.method === 'GET') {
    work = seedList(decodeURIComponent(seed[1]!), limit());
  } else if (seed) {
    const user = decodeURIComponent(seed[1]!);
    status = 201;
    work = readBody(req).then((body) => seedCreate(user, body));
  } else if (seedTask) {
    const user = decodeURIComponent(seedTask[1]!);
    const id = Number(seedTask[2]);
    work = readBody(req).then((body) => seedRename(user, id, body));
  } else if (list_) {
    const user = decodeURIComponent(list_[1]!);
    status = 201;
    work = readBody(req).then((body) => create(user, body));
  } else if (task) {
    const user = decodeURIComponent(task[1]!);
    const id = Number(task[2]);
    work = readBody(req).then((body) => rename(user, id, body));
  }
  if (!work) return send(res, 404, { error: 'not found' });
  work.then(
    (body) => (body === undefined ? send(res, 404, { error: 'not found' }) : send(res, status, body)),
    (error: unknown) => {
      console.error('baseline: request failed:', error instanceof Error ? error.message : error);
      send(res, 500, { error: 'internal' });
    },
  );
});
server.keepAliveTimeout = 72_000;

const stop = () => {
  server.close();
  server.closeIdleConnections();
  pool.end().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

server.listen(Number(process.env.PORT ?? 3100), process.env.HOST ?? '127.0.0.1');
