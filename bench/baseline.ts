// The bare baseline for `npm run bench`: node:http + a pg Pool, no framework, no auth, no
// validation, no logging. It answers GET /api/<user>/tasks[?limit=N] doing the same database and
// serialisation work as our list endpoint (src/tasks/tasks.service.ts, default status=all,
// sort=-created), so the benchmark can say how much the framework, auth and schemas cost.
//
// Env: PORT, HOST (default 127.0.0.1), DATABASE_URL, DATABASE_POOL_MAX (default 10, like ours).
import http from 'node:http';
import pg from 'pg';
import { LIST_SQL } from './baseline-sql.js';

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
  parent_id: string | null;
  position: number;
  subtasks: { open: number; total: number };
  created_at: Date;
  updated_at: Date;
  sort_key: Date;
  total: number;
}

const PRIORITY_NAMES = ['none', 'low', 'medium', 'high'];

const LIST_PATH = /^\/api\/([^/?]+)\/tasks\/?$/;

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

async function list(userId: string, limit: number): Promise<unknown> {
  const { rows } = await pool.query<Row>({
    text: LIST_SQL,
    values: [userId, limit + 1],
  });
  const page = rows.length > limit ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(
          JSON.stringify({ s: '-created', v: new Date(last.sort_key).toISOString(), id: Number(last.id) }),
        ).toString('base64url')
      : null;
  return {
    tasks: page.map((r) => ({
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
      parent_id: r.parent_id === null ? null : Number(r.parent_id),
      position: r.position,
      subtasks: r.subtasks,
      created_at: new Date(r.created_at).toISOString(),
      updated_at: new Date(r.updated_at).toISOString(),
    })),
    count: rows[0] ? Number(rows[0].total) : 0,
    next_cursor: nextCursor,
  };
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://baseline');
  let work: Promise<unknown> | undefined;
  if (req.method === 'GET' && url.pathname === '/health') {
    work = pool.query('select 1').then(() => ({ status: 'ok' }));
  } else {
    const match = req.method === 'GET' ? LIST_PATH.exec(url.pathname) : null;
    if (match) {
      const limit = Math.min(200, Math.max(1, Number(url.searchParams.get('limit') ?? 50) || 50));
      work = list(decodeURIComponent(match[1]!), limit);
    }
  }
  if (!work) return send(res, 404, { error: 'not found' });
  work.then(
    (body) => send(res, 200, body),
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
