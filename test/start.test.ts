// The real entry point in a child process: configuration errors, start, and graceful shutdown.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../server/platform/db/client.js';
import { createServerDatabase, lastingDatabase, onServer } from './support/database.js';
import { signHs256, TEST_SECRET } from './support/server.js';

const root = path.resolve(import.meta.dirname, '..');
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

function run(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number>;
} {
  // What `npm start` runs: the server's build, rebuilt first when the source changed.
  const child = spawn(process.execPath, ['server/launch/start.mjs'], {
    cwd: root,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    out += d;
  });
  const exit = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { child, output: () => out, exit };
}

/** What a start needs: a fresh data directory, the test secret and, on the server project, a
 * database of its own (unless `database: false`); all removed after the file. */
async function startEnv({
  database = onServer,
}: {
  database?: boolean;
} = {}): Promise<Record<string, string>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'doable-start-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    BETTER_AUTH_SECRET: TEST_SECRET,
  };
  if (database) {
    const db = await createServerDatabase(process.env.TEST_DATABASE_URL!);
    cleanups.push(db.drop);
    env.DATABASE_URL = db.url;
  }
  return env;
}

async function waitForListening(output: () => string, timeoutMs = 90_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const match = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output());
    if (match) return Number(match[1]);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start:\n${output()}`);
}

describe('npm start', () => {
  it('refuses a bad variable with a message naming it', async () => {
    const { output, exit } = run({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    expect(await exit).toBe(1);
    expect(output()).toContain('PORT');
    expect(output()).toContain('DATABASE_URL');
  });

  it('refuses to start in production without a strong secret', async () => {
    const { output, exit } = run({ NODE_ENV: 'production' });
    expect(await exit).toBe(1);
    expect(output()).toContain('BETTER_AUTH_SECRET');
  });

  it('on SIGTERM finishes in-flight requests with Connection: close, refuses new ones with a 503 problem, and exits 0 at once', async () => {
    const env = await startEnv();
    const { child, output, exit } = run(env);
    const port = await waitForListening(output);
    // A keep-alive agent that never drops idle sockets itself: only the server can end them.
    const agent = new http.Agent({ keepAlive: true });
    cleanups.push(async () => agent.destroy());
    const token = await signHs256({ sub: 'shutdown-user' }, { expiresIn: '5m' });
    const headers = { authorization: `Bearer ${token}` };
    const health = await get(agent, port, '/health', {});
    expect(health.status).toBe(200);

    // A live-update stream, open through the shutdown.
    const stream = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http
        .get({ agent, host: '127.0.0.1', port, path: '/api/me/events', headers }, resolve)
        .on('error', reject);
    });
    expect(stream.statusCode).toBe(200);
    const streamEnded = new Promise<void>((resolve) => {
      stream.on('close', resolve);
      stream.resume();
    });

    // A request in flight on a keep-alive connection: its body is held back past the signal.
    const body = JSON.stringify({ title: 'Finished during shutdown' });
    let postSocket: net.Socket | undefined;
    const post = new Promise<Answer>((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/me/tasks',
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => collect(res, resolve),
      );
      req.on('socket', (socket) => {
        postSocket = socket;
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 500);
    });
    // A request whose headers are still arriving when the server starts to drain.
    const late = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => late.once('connect', resolve));
    late.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    let lateText = '';
    late.on('data', (d) => {
      lateText += d;
    });
    const lateClosed = new Promise<void>((resolve) => late.on('close', () => resolve()));

    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    late.write('\r\n');

    const finished = await post;
    await lateClosed;
    const lastAnswer = Date.now();
    const code = await exit;
    const exitedAfter = Date.now() - lastAnswer;

    expect(finished.status).toBe(201);
    expect(JSON.parse(finished.body).title).toBe('Finished during shutdown');
    expect(finished.headers.connection).toBe('close');
    expect(postSocket?.destroyed).toBe(true);
    await streamEnded;

    const [head = '', lateBody = ''] = lateText.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
    expect(head).toMatch(/^content-type: application\/problem\+json/im);
    expect(head).toMatch(/^retry-after: \d+/im);
    expect(head).toMatch(/^connection: close/im);
    expect(JSON.parse(lateBody.replace(/^[0-9a-f]+\r\n|\r\n0\r\n$/g, ''))).toMatchObject({
      status: 503,
      error_code: 'SERVICE_UNAVAILABLE',
    });

    expect(code).toBe(0);
    // Once the last answer is out, not at the shutdown timeout (10 s by default): the process
    // closed its connections itself. Not a speed limit (a loaded machine stretches this to a few
    // seconds); the "timed out" line below is the other half.
    expect(exitedAfter).toBeLessThan(8000);
    expect(output()).toContain('shutting down');
    expect(output()).not.toContain('timed out');
    // The database was closed before exiting.
    expect(output()).toContain('"msg":"shut down"');
    // Never a token in the log.
    expect(output()).not.toContain(token);
    expect(output()).toMatch(/"route":"\/api\/:user_id\/tasks","status":201/);
    // A fresh embedded database and the first module load take seconds; on a busy shared machine, tens.
  }, 120_000);

  it('answers ready on a later start only once a changed schema is migrated: a task can be added at once', async () => {
    // A database an earlier start migrated: a copy of the run's migrated one (an earlier start of
    // its own cost a process, a database opened cold and its shutdown, none of which this checks).
    const earlier = await lastingDatabase();
    cleanups.push(earlier.cleanup);
    const env = { ...(await startEnv({ database: false })), ...earlier.env };

    // Since that start the code changed what the schema should be: the database holds another
    // stamp, and lacks a function this code installs (task events need it).
    const database = await earlier.open();
    await rawQuery(database.db, "update drizzle.doable_schema_stamp set stamp = 'another schema'", []);
    await rawQuery(database.db, 'drop function doable_task_json(tasks)', []);
    await database.close();

    const later = run(env);
    const port = await waitForListening(later.output);
    const agent = new http.Agent();
    cleanups.push(async () => agent.destroy());
    expect((await get(agent, port, '/health/ready', {})).status).toBe(200);
    const token = await signHs256({ sub: 'later-start-user' }, { expiresIn: '5m' });
    const post = (path: string, body: unknown) =>
      new Promise<Answer>((resolve, reject) => {
        http
          .request(
            {
              agent,
              host: '127.0.0.1',
              port,
              method: 'POST',
              path,
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            },
            (res) => collect(res, resolve),
          )
          .on('error', reject)
          .end(JSON.stringify(body));
      });
    expect((await post('/api/me/tasks', { title: 'Right after the start' })).status).toBe(201);
    // A large import (over 256 KiB) is read in the build's import worker (transfer.worker.js).
    const tasks = Array.from({ length: 1500 }, (_, i) => ({
      title: `Imported ${i}`,
      description: 'x'.repeat(200),
    }));
    const imported = await post('/api/me/import', { format: 'doable-export', version: 1, tasks });
    expect(imported.status, imported.body).toBe(201);
    later.child.kill('SIGTERM');
    expect(await later.exit).toBe(0);
  }, 120_000);

  it.skipIf(!onServer)(
    'waits for a database that is not up yet, and one that drops connections while it starts, then serves',
    async () => {
      const db = await createServerDatabase(process.env.TEST_DATABASE_URL!);
      cleanups.push(db.drop);
      const target = new URL(db.url);
      // A port nothing listens on yet: the database "is still starting".
      const probe = net.createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const port = (probe.address() as net.AddressInfo).port;
      await new Promise<void>((resolve) => probe.close(() => resolve()));
      const url = new URL(db.url);
      url.host = `127.0.0.1:${port}`;
      const { child, output } = run({
        ...(await startEnv({ database: false })),
        DATABASE_URL: url.toString(),
      });
      const until = Date.now() + 60_000;
      while (!output().includes('the database cannot be reached yet') && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(output()).toContain('ECONNREFUSED');
      expect(child.exitCode).toBe(null);

      // The database comes up, but its first two connections are cut as a restart would cut them.
      let cut = 0;
      const proxy = net.createServer((client) => {
        if (cut < 2) {
          cut++;
          client.destroy();
          return;
        }
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        client.pipe(upstream).pipe(client);
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
      });
      cleanups.push(() => new Promise<void>((resolve) => proxy.close(() => resolve())));
      await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));

      const appPort = await waitForListening(output);
      const agent = new http.Agent();
      cleanups.push(async () => agent.destroy());
      expect((await get(agent, appPort, '/health/ready', {})).status).toBe(200);
      expect(cut).toBe(2);
      // Retrying never printed the connection string (it may hold a password).
      expect(output()).not.toContain(url.toString());
      child.kill('SIGTERM');
    },
    120_000,
  );
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function collect(res: http.IncomingMessage, resolve: (answer: Answer) => void): void {
  let text = '';
  res.on('data', (d) => {
    text += d;
  });
  res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
}

function get(agent: http.Agent, port: number, p: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get({ agent, host: '127.0.0.1', port, path: p, headers }, (res) => collect(res, resolve))
      .on('error', reject);
  });
}
