// What the fault run (scripts/faults.ts) and the cluster run (scripts/cluster.ts) share: app
// instances as child processes, a throwaway Postgres server, answers counted by status, a
// live-update client that resumes with Last-Event-ID, and the checks (acknowledged writes lost,
// events missed or repeated).
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { chown, mkdir, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import pg from 'pg';
// @ts-expect-error: plain JavaScript (it runs without tsx), no declarations.
import { ensureServerBuild } from '../server/launch/build-server.mjs';

export const run = promisify(execFile);
export const root = path.resolve(import.meta.dirname, '..');
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `say` prints a line with the seconds since `clock()` was called. */
export function clock() {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  return { elapsed, say: (line: string) => console.log(`[${elapsed()}] ${line}`) };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The p-th percentile (nearest rank, 0-100) of `values`; NaN for none. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

// ---------------------------------------------------------------------------------------------
// Postgres.

/** One statement on a connection of its own. */
export async function query<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function postgresReady(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await query(url, 'select 1');
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await sleep(250);
    }
  }
}

/**
 * A Postgres server of its own in a temporary directory (Debian's binaries), on a free loopback
 * port, trust auth: started, restarted and removed by the run, so nobody else's server is touched.
 * As root it runs as the `postgres` user (pg_ctl refuses root).
 */
export class ThrowawayPostgres {
  private bin = '';
  port = 0;

  constructor(readonly dir: string) {}

  get adminUrl() {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  urlOf(database: string) {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private async as(command: string, args: string[]) {
    const runAsPostgres = process.getuid?.() === 0;
    return runAsPostgres
      ? run('runuser', ['-u', 'postgres', '--', command, ...args], { cwd: '/tmp' })
      : run(command, args, { cwd: '/tmp' });
  }

  async start(): Promise<void> {
    const versions = (await run('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin'])).stdout.trim().split('\n');
    this.bin = versions.sort((x, y) => Number(y.split('/')[4]) - Number(x.split('/')[4]))[0]!;
    await mkdir(this.dir, { recursive: true });
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
      await chown(this.dir, Number(stdout.trim()), gid);
    }
    this.port = await freePort();
    const data = path.join(this.dir, 'data');
    await this.as(path.join(this.bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
    await this.as(path.join(this.bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      options,
      '-l',
      path.join(this.dir, 'postgres.log'),
      '-w',
      'start',
    ]);
    await postgresReady(this.adminUrl);
  }

  /** `fast` (clean) or `immediate` (like a crash: recovery on start); the time until it answers. */
  async restart(mode: 'fast' | 'immediate'): Promise<number> {
    const at = Date.now();
    // With -l, as at start: otherwise the server keeps pg_ctl's output pipes open, and waiting for
    // pg_ctl would never end.
    await this.as(path.join(this.bin, 'pg_ctl'), [
      '-D',
      path.join(this.dir, 'data'),
      '-l',
      path.join(this.dir, 'postgres.log'),
      '-m',
      mode,
      '-w',
      'restart',
    ]);
    await postgresReady(this.adminUrl);
    return Date.now() - at;
  }

  async remove(): Promise<void> {
    if (this.bin) {
      await this.as(path.join(this.bin, 'pg_ctl'), [
        '-D',
        path.join(this.dir, 'data'),
        '-m',
        'immediate',
        'stop',
      ]).catch(() => {});
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// App instances as child processes, started as `npm start` starts the server: its build
// (`node server/launch/start.mjs`), made first when its source changed. Through tsx each start
// took about 5.5 s of CPU, from the build about 1.2 s (docs/journal/ci-time.md).

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let serverBuild: Promise<unknown> | undefined;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class Instance {
  child: ChildProcess | undefined;
  exited: Promise<Exit> = Promise.resolve({ code: null, signal: null });
  up = false;

  constructor(
    readonly name: string,
    readonly port: number,
    readonly logFile: string,
    /** The environment, whole (nothing is inherited but PATH). */
    readonly env: Record<string, string>,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  get running() {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process and waits until `probe` answers 200; resolves to the milliseconds it took. */
  async start(probe = '/health', timeoutMs = 180_000): Promise<number> {
    // Once per run, before the first start: instances start several at once, and each would build.
    serverBuild ??= ensureServerBuild();
    await serverBuild;
    const at = Date.now();
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, ['server/launch/start.mjs'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.up = false;
        resolve({ code, signal });
      }),
    );
    const until = at + timeoutMs;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited during start; see ${this.logFile}`);
      try {
        const res = await fetch(`${this.url}${probe}`, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        if (res.status === 200) {
          this.up = true;
          return Date.now() - at;
        }
      } catch {
        // not listening yet
      }
      await sleep(50);
    }
    throw new Error(`${this.name} did not answer ${probe} with 200; see ${this.logFile}`);
  }

  /** Sends `signal` and waits for the exit. */
  async stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<Exit & { ms: number }> {
    const at = Date.now();
    this.up = false;
    this.child?.kill(signal);
    const exit = await this.exited;
    return { ...exit, ms: Date.now() - at };
  }
}

/** An HS256 token for `userId`, as the instances (sharing BETTER_AUTH_SECRET) accept it. */
export function signToken(secret: string, userId: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));
}

// ---------------------------------------------------------------------------------------------
// HTTP as a client sees it: every answer counted.

export interface Answer {
  status: number;
  body: { id?: number } | string;
  contentType: string;
  retryAfter: string | null;
  /** Which instance answered, when a balancer says so (`x-backend`). */
  backend: string | null;
}

export class AnswerStats {
  readonly byStatus = new Map<number, number>();
  noAnswer = 0;
  /** 503s from the app without problem+json or Retry-After (Fastify's own answer while closing was one). */
  bare503 = 0;
  /** 502-504 answers the balancer made itself (no `x-backend`): it found no instance to answer. */
  balancerErrors = 0;
  readonly unexpected: string[] = [];

  /** `viaBalancer`: answers come through a balancer that names the instance in `x-backend`. */
  constructor(private readonly viaBalancer = false) {}

  count(answer: Answer | undefined): void {
    if (!answer) {
      this.noAnswer++;
      return;
    }
    this.byStatus.set(answer.status, (this.byStatus.get(answer.status) ?? 0) + 1);
    if (this.viaBalancer && answer.backend === null && answer.status >= 502 && answer.status <= 504) {
      this.balancerErrors++;
    } else if (
      answer.status === 503 &&
      (!answer.contentType.startsWith('application/problem+json') || !answer.retryAfter)
    ) {
      this.bare503++;
    }
  }

  get fiveHundreds() {
    return this.byStatus.get(500) ?? 0;
  }

  statusLine(): string {
    return [...this.byStatus]
      .sort(([x], [y]) => x - y)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
  }
}

export async function call(
  base: string,
  token: string,
  method: string,
  p: string,
  body?: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 10_000,
): Promise<Answer> {
  const res = await fetch(base + p, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    body: contentType.includes('json') && text ? JSON.parse(text) : text,
    contentType,
    retryAfter: res.headers.get('retry-after'),
    backend: res.headers.get('x-backend'),
  };
}

export const refused = (error: unknown) =>
  (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';

// ---------------------------------------------------------------------------------------------
// The live-update client: reads `id:` lines, reconnects with Last-Event-ID after any fault.

export class EventClient {
  /** Times each event number was received. */
  readonly seen = new Map<number, number>();
  /** The `event:` type and task of each number received. */
  readonly kinds = new Map<number, { type: string; taskId: number | undefined }>();
  lastId = 0;
  connections = 0;
  /** Reconnections that resumed (Last-Event-ID > 0) on another instance than the previous stream's. */
  resumedElsewhere = 0;
  private backend: string | null = null;
  private stopped = false;
  private request: http.ClientRequest | undefined;

  /** `target` is asked for the base URL at each connection. */
  constructor(
    private readonly target: () => string,
    private readonly token: string,
  ) {}

  start(): void {
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.request?.destroy();
  }

  private async connect(): Promise<void> {
    while (!this.stopped) {
      await new Promise<void>((resolve) => {
        const req = http.get(
          `${this.target()}/api/me/events`,
          {
            headers: {
              authorization: `Bearer ${this.token}`,
              accept: 'text/event-stream',
              'last-event-id': String(this.lastId),
            },
          },
          (res) => {
            if (res.statusCode !== 200) {
              res.resume();
              res.on('end', resolve);
              return;
            }
            this.connections++;
            const backend = (res.headers['x-backend'] as string | undefined) ?? null;
            if (this.lastId > 0 && backend !== null && this.backend !== null && backend !== this.backend) {
              this.resumedElsewhere++;
            }
            this.backend = backend;
            let buffer = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              buffer += chunk;
              let end = buffer.indexOf('\n\n');
              while (end >= 0) {
                this.frame(buffer.slice(0, end));
                buffer = buffer.slice(end + 2);
                end = buffer.indexOf('\n\n');
              }
            });
            res.on('close', resolve);
          },
        );
        req.on('error', () => resolve());
        this.request = req;
      });
      if (!this.stopped) await sleep(300);
    }
  }

  private frame(block: string): void {
    const id = /^id: ?(\d+)$/m.exec(block)?.[1];
    if (id === undefined) return;
    const n = Number(id);
    this.seen.set(n, (this.seen.get(n) ?? 0) + 1);
    const type = /^event: ?(.+)$/m.exec(block)?.[1] ?? 'message';
    const taskId = /"task_id":(\d+)/.exec(block)?.[1];
    this.kinds.set(n, { type, taskId: taskId === undefined ? undefined : Number(taskId) });
    this.lastId = n;
  }
}

// ---------------------------------------------------------------------------------------------
// The checks.

export interface TaskRecord {
  id: number;
  /** The content of the last acknowledged write. */
  acked: string;
  /** Titles of writes sent after it that got no 2xx: they may or may not have landed. */
  uncertain: string[];
  /** An acknowledged completion (nothing in these runs un-completes a task). */
  completed?: boolean;
}

/** Acknowledged writes that are not in the database, given its rows (id → title, completed). */
export function lostWrites(
  records: Iterable<TaskRecord>,
  stored: Map<number, { title: string; completed?: boolean }>,
): string[] {
  const lost: string[] = [];
  for (const record of records) {
    const row = stored.get(record.id);
    if (row === undefined) lost.push(`task ${record.id} (acknowledged "${record.acked}") is missing`);
    else if (row.title !== record.acked && !record.uncertain.includes(row.title)) {
      lost.push(`task ${record.id} has "${row.title}", acknowledged "${record.acked}"`);
    } else if (record.completed && row.completed === false) {
      lost.push(`task ${record.id} was acknowledged completed but is not`);
    }
  }
  return lost;
}

/** What a client that saw `seen` missed, saw twice, or saw that the table does not hold. */
export function streamCheck(ids: number[], seen: Map<number, number>) {
  const inTable = new Set(ids);
  return {
    missed: ids.filter((id) => !seen.has(id)),
    repeated: [...seen].filter(([, n]) => n > 1).map(([id]) => id),
    unknown: [...seen.keys()].filter((id) => !inTable.has(id)),
  };
}
