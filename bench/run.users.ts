// `npm run bench`'s users: their tokens, their seeded tasks, and the checks that a server answers
// them as ours does.
import { isDeepStrictEqual } from 'node:util';
import { SignJWT } from 'jose';
import { BenchError, log, options, SECRET } from './run.options.js';
import { finish, SERVER_SCRIPT, startService } from './run.processes.js';

export interface BenchUser {
  id: string;
  token: string;
  taskIds: number[];
}

export async function makeUser(id: string): Promise<BenchUser> {
  // Signed like server/cli/token.ts (npm run token) does.
  const token = await new SignJWT({ user_id: id })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(id)
    .setIssuedAt()
    .setExpirationTime('2h')
    .setIssuer('doable')
    .setAudience('doable')
    .sign(new TextEncoder().encode(SECRET));
  return { id, token, taskIds: [] };
}

export function makeUsers(): Promise<BenchUser[]> {
  return Promise.all(
    Array.from({ length: options.users }, (_, i) => makeUser(`bench-user-${String(i + 1).padStart(2, '0')}`)),
  );
}

export const authHeaders = (user: BenchUser) => ({ authorization: `Bearer ${user.token}` });
export const jsonHeaders = (user: BenchUser) => ({
  ...authHeaders(user),
  'content-type': 'application/json',
});

export async function expectJson(res: Response, status: number, what: string): Promise<any> {
  const text = await res.text();
  if (res.status !== status) throw new BenchError(`${what}: expected ${status}, got ${res.status}: ${text}`);
  return JSON.parse(text);
}

/** Creates every user's tasks through POST /api/me/tasks (one sequential writer per user). */
async function seed(baseUrl: string, users: BenchUser[]): Promise<void> {
  const started = performance.now();
  await Promise.all(
    users.map(async (user) => {
      user.taskIds = [];
      for (let i = 1; i <= options.tasksPerUser; i++) {
        const body = {
          title: `Task ${i} of ${user.id}: ${i % 4 === 0 ? 'review the quarterly plan with the team' : 'buy milk'}`,
          description: i % 2 === 0 ? `Notes for task ${i}. `.repeat(1 + (i % 5)) : null,
          completed: i % 3 === 0,
        };
        const res = await fetch(`${baseUrl}/api/me/tasks`, {
          method: 'POST',
          headers: jsonHeaders(user),
          body: JSON.stringify(body),
        });
        const task = await expectJson(res, 201, 'seeding POST /api/me/tasks');
        user.taskIds.push(task.id);
      }
    }),
  );
  const ms = performance.now() - started;
  log(`  seeded ${users.length} users x ${options.tasksPerUser} tasks in ${(ms / 1000).toFixed(1)} s`);
}

/**
 * Seeds the users through a server process of its own, stopped afterwards: every measured server
 * starts after the seeding, so none of them has served 1,200 POSTs before its list is measured
 * (whichever server had seeded spent about twice the Node CPU per list request of a fresh one).
 */
export async function seedThrough(name: string, env: NodeJS.ProcessEnv, users: BenchUser[]): Promise<void> {
  const seeder = await startService(name, SERVER_SCRIPT, env);
  try {
    await seed(seeder.url, users);
  } finally {
    await finish(seeder);
  }
}

/** The list endpoint answers a full page for a seeded user; returns the parsed body. */
export async function checkList(baseUrl: string, listPath: string, user: BenchUser): Promise<any> {
  const res = await fetch(`${baseUrl}${listPath}`, { headers: authHeaders(user) });
  const body = await expectJson(res, 200, `GET ${listPath}`);
  if (
    body.tasks?.length !== options.pageLimit ||
    body.count < options.tasksPerUser ||
    typeof body.next_cursor !== 'string'
  ) {
    throw new BenchError(
      `GET ${listPath}: unexpected page (${body.tasks?.length} tasks, count ${body.count})`,
    );
  }
  return body;
}

/** The bare server's create and rename answer the same fields as ours (a task of the same shape). */
export async function checkBareWrites(doableUrl: string, bareUrl: string, user: BenchUser): Promise<void> {
  const body = JSON.stringify({ title: 'Bench check', description: 'bare or not' });
  const shape = (task: Record<string, unknown>) => {
    const { id: _id, created_at: _c, updated_at: _u, position: _p, ...rest } = task;
    return rest;
  };
  const post = async (url: string, path: string) =>
    expectJson(
      await fetch(`${url}${path}`, { method: 'POST', headers: jsonHeaders(user), body }),
      201,
      `POST ${path}`,
    );
  const ours = await post(doableUrl, '/api/me/tasks');
  const bare = await post(bareUrl, `/api/${user.id}/tasks`);
  if (!isDeepStrictEqual(shape(ours), shape(bare))) {
    const differ = Object.keys({ ...shape(ours), ...shape(bare) }).filter(
      (key) => !isDeepStrictEqual(shape(ours)[key], shape(bare)[key]),
    );
    throw new BenchError(
      `the bare server does not create the same task as POST /api/me/tasks (${differ
        .map(
          (key) => `${key}: ${JSON.stringify(shape(ours)[key])} against ${JSON.stringify(shape(bare)[key])}`,
        )
        .join('; ')})`,
    );
  }
  const rename = JSON.stringify({ title: 'Bench check, renamed' });
  const patch = async (url: string, path: string) =>
    expectJson(
      await fetch(`${url}${path}`, { method: 'PATCH', headers: jsonHeaders(user), body: rename }),
      200,
      `PATCH ${path}`,
    );
  const ours2 = await patch(doableUrl, `/api/me/tasks/${ours.id}`);
  const bare2 = await patch(bareUrl, `/api/${user.id}/tasks/${bare.id}`);
  if (!isDeepStrictEqual(shape(ours2), shape(bare2)) || ours2.title !== 'Bench check, renamed') {
    throw new BenchError('the bare server does not rename a task as PATCH /api/me/tasks/:id does');
  }
}
