// The operator's channel to a running server on the embedded database: a Unix socket beside the data
// (DATA_DIR/control.sock, readable by the data's owner only). The embedded database has one user, the
// server, so a command-line tool such as `npm run backup` asks the server to do the work while it
// runs, and opens the data itself only when no server answers. One JSON line each way.
import { createHash } from 'node:crypto';
import { chmod, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';

/** The longest request line a client may send. */
const MAX_REQUEST_BYTES = 4096;
/** How long a client may take to send its request line. */
const REQUEST_TIMEOUT_MS = 10_000;
/** Unix socket paths longer than this do not fit in sockaddr_un on every platform. */
const MAX_SOCKET_PATH = 100;

export type ControlHandlers = Record<string, (args: Record<string, unknown>) => Promise<unknown>>;

/** The socket of the server on `dataDir`: in it, or (for a long path) a name derived from it. */
export function controlSocketPath(dataDir: string): string {
  const beside = path.join(path.resolve(dataDir), 'control.sock');
  if (beside.length <= MAX_SOCKET_PATH) return beside;
  const digest = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  return path.join(os.tmpdir(), `doable-${digest}.sock`);
}

/** Whether something listens on `socket` (a socket file left by a process that ended does not). */
function answers(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect(socket);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

/**
 * Serves `handlers` on the data's socket until the returned function is called. Refuses when
 * another server answers there already (two servers on one embedded database would damage it).
 */
export async function serveControl(
  dataDir: string,
  handlers: ControlHandlers,
  log: FastifyBaseLogger,
): Promise<() => Promise<void>> {
  const socket = controlSocketPath(dataDir);
  if (await answers(socket)) {
    throw new Error(`Another Doable server is running on ${dataDir} (it answers on ${socket})`);
  }
  await rm(socket, { force: true });
  const server = net.createServer((connection) => {
    let received = '';
    connection.setEncoding('utf8');
    connection.on('error', () => {});
    // A client has this long to send its request; the command itself may take longer.
    connection.setTimeout(REQUEST_TIMEOUT_MS, () => connection.destroy());
    connection.on('data', (chunk: string) => {
      received += chunk;
      if (received.length > MAX_REQUEST_BYTES) {
        connection.end(`${JSON.stringify({ ok: false, error: 'The request is too long' })}\n`);
        return;
      }
      const end = received.indexOf('\n');
      if (end < 0) return;
      connection.removeAllListeners('data');
      connection.setTimeout(0);
      void answer(received.slice(0, end)).then((reply) => connection.end(`${JSON.stringify(reply)}\n`));
    });
  });
  const answer = async (line: string): Promise<{ ok: boolean; result?: unknown; error?: string }> => {
    try {
      const request = JSON.parse(line) as { command?: unknown; args?: unknown };
      const command = String(request.command);
      const handler = Object.hasOwn(handlers, command) ? handlers[command] : undefined;
      if (!handler) {
        return { ok: false, error: `Unknown command: ${command}` };
      }
      const args = typeof request.args === 'object' && request.args !== null ? request.args : {};
      log.info({ command }, 'control command');
      return { ok: true, result: await handler(args as Record<string, unknown>) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolve());
  });
  await chmod(socket, 0o600);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(socket, { force: true });
  };
}

/** A command the running server refused or failed. */
export class ControlError extends Error {
  override name = 'ControlError';
}

/** Whether a server runs on `dataDir` (its socket answers). */
export function serverRunning(dataDir: string): Promise<boolean> {
  return answers(controlSocketPath(dataDir));
}

/**
 * Sends `command` to the server running on `dataDir` and answers its result; undefined when no
 * server runs there (no socket, or one nobody listens on).
 */
export async function callControl(
  dataDir: string,
  command: string,
  args: Record<string, unknown> = {},
): Promise<{ result: unknown } | undefined> {
  const socket = controlSocketPath(dataDir);
  if (!(await answers(socket))) return undefined;
  const reply = await new Promise<string>((resolve, reject) => {
    const connection = net.connect(socket);
    let received = '';
    connection.setEncoding('utf8');
    connection.on('data', (chunk: string) => {
      received += chunk;
    });
    connection.once('end', () => resolve(received));
    connection.once('error', reject);
    connection.write(`${JSON.stringify({ command, args })}\n`);
  });
  const parsed = JSON.parse(reply) as { ok: boolean; result?: unknown; error?: string };
  if (!parsed.ok) throw new ControlError(parsed.error ?? 'The server failed the command');
  return { result: parsed.result };
}
