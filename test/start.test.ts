// The real entry point in a child process: configuration errors, start, and graceful shutdown.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServerDatabase, onServer } from './support/database.js';
import { signHs256, TEST_SECRET } from './support/server.js';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

function run(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number>;
} {
  const child = spawn(process.execPath, [tsx, 'src/main.ts'], {
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

  it('starts, serves, and on SIGTERM finishes the in-flight request before exiting 0', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'doable-start-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env: Record<string, string> = {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      BETTER_AUTH_SECRET: TEST_SECRET,
    };
    if (onServer) {
      const db = await createServerDatabase(process.env.TEST_DATABASE_URL!);
      cleanups.push(db.drop);
      env.DATABASE_URL = db.url;
    }
    const { child, output, exit } = run(env);
    const port = await waitForListening(output);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);

    // Begin a request but hold back the end of its body, then ask the server to stop.
    const token = await signHs256({ sub: 'shutdown-user' }, { expiresIn: '5m' });
    const body = JSON.stringify({ title: 'Finished during shutdown' });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/me/tasks',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => {
            text += d;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    const finished = await response;
    expect(finished.status).toBe(201);
    expect(JSON.parse(finished.body).title).toBe('Finished during shutdown');
    expect(await exit).toBe(0);
    expect(output()).toContain('shutting down');
    // Never a token in the log.
    expect(output()).not.toContain(token);
    expect(output()).toMatch(/"route":"\/api\/:user_id\/tasks","status":201/);
    // A fresh embedded database and the first module load take seconds; on a busy shared machine, tens.
  }, 120_000);
});
