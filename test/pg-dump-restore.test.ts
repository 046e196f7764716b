// Postgres's own backup tools on a populated database: `pg_dump -Fc` restored by `pg_restore`, and
// a plain `pg_dump` replayed by `psql -v ON_ERROR_STOP=1 -f`, each into a new database, exit 0 and
// bring back every row of every table (the stored task JSON parts and search vectors computed
// again while restoring, under the empty search_path pg_dump sets); the app on the restored
// database serves the same tasks and signs the same people in. Also: every function of the schema
// finds its tables and functions under an empty search_path (writes fire the triggers there).
// Runs on the Postgres server with PostgreSQL's client tools (TEST_DATABASE_URL; .ci/run); skipped
// on the embedded database, which pg_dump cannot reach.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../server/platform/db/client.js';
import { createServerDatabase, onServer } from './support/database.js';
import { join, ok, type Person, person, sessionCookie } from './support/people.js';
import { startTestServer, type TestServer } from './support/server.js';

const run = promisify(execFile);
const PASSWORD = 'correct horse battery staple';

/** The folder of PostgreSQL's client tools: PG_BIN, else the newest of Debian's, else the PATH's. */
function toolsFolder(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'pg_restore')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return path.join(root, versions[0], 'bin');
  const onPath = (process.env.PATH ?? '').split(':').find((dir) => existsSync(path.join(dir, 'pg_restore')));
  return onPath;
}
const tools = onServer ? toolsFolder() : undefined;
const tool = (name: string) => path.join(tools!, name);

/** Runs a client tool; its exit code, and what it wrote to stderr. */
async function runTool(name: string, args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(tool(name), args, { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stderr: failed.stderr ?? String(error),
    };
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Every table of the app's schema and drizzle's: its row count and a digest of its rows, in key order. */
async function contents(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `select format('%I.%I', n.nspname, c.relname) as name from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname in ('public', 'drizzle') order by 1`,
    );
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: number; digest: string | null }>(
        `select count(*)::int as rows, md5(string_agg(r::text, E'\\n' order by r::text)) as digest from ${name} r`,
      );
      out[name] = { rows: rows[0]!.rows, digest: rows[0]!.digest ?? '' };
    }
    return out;
  });
}

describe.skipIf(!tools)(
  'pg_dump and pg_restore (needs TEST_DATABASE_URL and PostgreSQL client tools)',
  () => {
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const drops: (() => Promise<void>)[] = [];
    let dir: string;
    let sourceUrl: string;
    let alice: Person;
    let bob: Person;
    /** What the app served on the source database, per person. */
    const served: Record<string, unknown> = {};
    let before: Awaited<ReturnType<typeof contents>>;

    const newDatabase = async (template?: string) => {
      const made = await createServerDatabase(serverUrl, template);
      drops.push(made.drop);
      return made.url;
    };

    /** What the app serves of everyone's tasks, lists and comments. */
    async function serve(server: TestServer, who: Person[]) {
      const out: Record<string, unknown> = {};
      for (const p of who) {
        const as = server.as(p.id);
        const tasks = await ok(as('GET', '/api/me/tasks?status=all&limit=100'));
        const lists = await ok(as('GET', '/api/me/lists'));
        const comments = [];
        for (const task of tasks.tasks) {
          const res = await as('GET', `/api/me/tasks/${task.id}/comments`);
          if (res.status === 200) comments.push(res.body);
        }
        out[p.id] = { tasks, lists, comments };
      }
      return out;
    }

    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'doable-pgdump-'));
      sourceUrl = await newDatabase(inject('serverTemplate') ?? undefined);
      const database = await openDatabase({ kind: 'server', url: sourceUrl, poolMax: 5 });
      const server = await startTestServer({ database });
      try {
        await person(server, 'Root');
        alice = await person(server, 'Alice');
        bob = await person(server, 'Bob');
        const list = await ok(alice.as('POST', '/api/me/lists', { body: { name: 'Home' } }), 201);
        await join(alice, list.id, bob, 'editor');
        const at = new Date(Date.now() + 30 * 86_400_000).toISOString();
        const errand = await ok(
          alice.as('POST', '/api/me/tasks', {
            body: {
              title: 'Café errand',
              description: 'Pâté, bread and the *usual*',
              list_id: list.id,
              priority: 'high',
              tags: ['shop', 'food'],
              due_at: at,
              reminders: [{ minutes_before: 30 }, { at }],
            },
          }),
          201,
        );
        await ok(
          alice.as('POST', '/api/me/tasks', {
            body: { title: 'Milk', parent_id: errand.id, list_id: list.id },
          }),
          201,
        );
        const done = await ok(alice.as('POST', '/api/me/tasks', { body: { title: 'Done already' } }), 201);
        await ok(alice.as('PATCH', `/api/me/tasks/${done.id}`, { body: { completed: true } }));
        await ok(
          bob.as('POST', '/api/me/tasks', { body: { title: 'Bob alone', due_date: '2099-01-02' } }),
          201,
        );
        await ok(
          alice.as('POST', `/api/me/tasks/${errand.id}/comments`, { body: { body: 'Before noon' } }),
          201,
        );
        await ok(bob.as('POST', `/api/me/tasks/${errand.id}/comments`, { body: { body: 'On my way' } }), 201);
        Object.assign(served, await serve(server, [alice, bob]));
      } finally {
        // The workers stop with the server: nothing changes the rows while they are dumped and compared.
        await server.close();
      }
      before = await contents(sourceUrl);
      expect(before['public.tasks']!.rows).toBe(4);
      expect(before['public.task_comments']!.rows).toBe(2);
      expect(before['public.task_reminders']!.rows).toBe(2);
    });

    afterAll(async () => {
      for (const drop of drops) await drop().catch(() => {});
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    /** The restored database has every row, and the app on it serves and signs in as before. */
    async function expectRestored(url: string) {
      expect(await contents(url)).toEqual(before);
      const database: DatabaseHandle = await openDatabase({ kind: 'server', url, poolMax: 5 });
      const server = await startTestServer({ database });
      try {
        expect(await serve(server, [alice, bob])).toEqual(served);
        for (const p of [alice, bob]) expect(await sessionCookie(server, p.email, PASSWORD)).toMatch(/=/);
        // It takes writes too: the triggers and generated columns work on the restored schema.
        const made = await ok(
          server.as(alice.id)('POST', '/api/me/tasks', { body: { title: 'After the restore' } }),
          201,
        );
        expect(made.title).toBe('After the restore');
      } finally {
        await server.close();
      }
    }

    it('pg_dump -Fc, then pg_restore into a new database: exit 0, every row, the same answers', async () => {
      const file = path.join(dir, 'doable.dump');
      const dumped = await runTool('pg_dump', ['-Fc', '-f', file, '-d', sourceUrl]);
      expect(dumped, dumped.stderr).toMatchObject({ code: 0 });
      const target = await newDatabase();
      const restored = await runTool('pg_restore', ['-d', target, file]);
      expect(restored.stderr).not.toMatch(/error/i);
      expect(restored.code).toBe(0);
      await expectRestored(target);
    });

    it('plain pg_dump, then psql -v ON_ERROR_STOP=1 -f into a new database: exit 0, every row, the same answers', async () => {
      const file = path.join(dir, 'doable.sql');
      const dumped = await runTool('pg_dump', ['-f', file, '-d', sourceUrl]);
      expect(dumped, dumped.stderr).toMatchObject({ code: 0 });
      const target = await newDatabase();
      const replayed = await runTool('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', target, '-f', file]);
      expect(replayed.stderr).not.toMatch(/error/i);
      expect(replayed.code).toBe(0);
      await expectRestored(target);
    });

    it("every function of the schema sets its search_path, or names only built-ins and its schema's names", async () => {
      const unset = await withClient(sourceUrl, async (client) => {
        const { rows } = await client.query<{ name: string }>(
          `select p.proname as name from pg_proc p
            where p.pronamespace = 'public'::regnamespace
              and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass
                                and d.objid = p.oid and d.deptype = 'e')
              and not coalesce('search_path=public' = any(p.proconfig), false)
            order by 1`,
        );
        return rows.map((r) => r.name);
      });
      // Inlined by the planner (a SET clause would stop it): built-ins only, or schema-qualified.
      expect(unset).toEqual([
        'doable_actor',
        'doable_iso',
        'doable_new_position',
        'doable_next_agenda',
        'doable_subtask_counts',
        'doable_task_json',
        'doable_task_json_head',
        'doable_task_json_tail',
        'doable_unaccent',
      ]);
    });

    it('writes under an empty search_path (a data-only restore, replication) fire every trigger and work', async () => {
      const url = await newDatabase(inject('serverTemplate') ?? undefined);
      await withClient(url, async (client) => {
        await client.query(`set search_path = ''`);
        await client.query(
          `insert into public.users (id, name, email, email_verified, created_at, updated_at)
           values ('u1', 'U', 'u@example.com', true, now(), now())`,
        );
        const { rows } = await client.query<{ id: string; head: string }>(
          `insert into public.tasks (user_id, title, description, due_at, reminders)
           values ('u1', 'Crème brûlée', 'for Sunday', now() + interval '3 days', '[{"minutes_before": 15}]')
           returning id, json_head as head`,
        );
        const id = rows[0]!.id;
        expect(rows[0]!.head).toContain('"title":"Crème brûlée"');
        await client.query(
          `insert into public.tasks (user_id, title, parent_id) values ('u1', 'Sugar', $1)`,
          [id],
        );
        await client.query(
          `update public.tasks set title = 'Crème caramel', completed = true where id = $1`,
          [id],
        );
        const { rows: read } = await client.query<{ json: { title: string; subtasks: unknown } }>(
          `select public.doable_task_json(t) as json from public.tasks t where t.id = $1`,
          [id],
        );
        expect(read[0]!.json).toMatchObject({ title: 'Crème caramel', subtasks: { open: 1, total: 1 } });
        const { rows: found } = await client.query(
          `select id from public.tasks where search @@ public.doable_search_query('creme')`,
        );
        expect(found).toHaveLength(1);
        await client.query(`delete from public.tasks where user_id = 'u1'`);
      });
    });
  },
);
