// The embedded database's own thread: owns the PGlite instance and answers the main thread's
// requests (pglite.protocol.ts), so Postgres's work runs beside the HTTP server instead of between
// its requests. PGlite runs one statement at a time; a transaction keeps it to itself from BEGIN to
// its end, and its statements arrive in order on one session. What the thread buys
// (docs/decisions/0110-embedded-database-on-a-worker-thread.md): the main thread's CPU per request
// from 7-24 to 1.3-4.5 ms, p99 at 50 connections 1.5 against 4.1 s for the list and 0.4 against 4.1 s
// for create (a busy machine). Statements run as protocol batches: pglite.batches.ts.
import { constants } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { Statements } from './pglite.batches.js';
import { embeddedOptions, PGLITE_OPTIONS } from './pglite.options.js';
import {
  type Reply,
  type Request,
  toWireError,
  type WireResult,
  type WorkerInit,
} from './pglite.protocol.js';
import { seedFromTemplate } from './pglite.template.js';

const port = parentPort!;
const post = (reply: Reply) => port.postMessage(reply);

type Session = Pick<Transaction, 'query' | 'exec'>;
type StatementRequest = Extract<Request, { op: 'query' | 'exec' }>;

async function open(init: WorkerInit): Promise<PGlite> {
  if ('dataDir' in init) {
    await mkdir(init.dataDir, { recursive: true });
    await seedFromTemplate(init.dataDir);
    return PGlite.create(init.dataDir, embeddedOptions(init.dataDir));
  }
  return PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: await snapshot(init.snapshotFile) });
}

/**
 * The tests' snapshot files this thread has read, by path: a thread that opens database after
 * database (`reuseThread`) reads each file once. PGlite only reads the bytes (untars them into its
 * own file system), so they are handed over as they are, without the copy a Blob's arrayBuffer()
 * makes: about 0.2 s of CPU less for each of the hundred and more databases a test run opens.
 */
const snapshots = new Map<string, ArrayBuffer>();

/** A Blob whose arrayBuffer() answers bytes already held (PGlite reads a dump by arrayBuffer()). */
class HeldBytes extends Blob {
  readonly #held: ArrayBuffer;
  constructor(held: ArrayBuffer) {
    super([]);
    this.#held = held;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#held);
  }
}

async function snapshot(file: string): Promise<Blob> {
  let bytes = snapshots.get(file);
  if (!bytes) {
    const read = await readFile(file);
    bytes = read.buffer.slice(read.byteOffset, read.byteOffset + read.byteLength);
    snapshots.set(file, bytes);
  }
  return new HeldBytes(bytes);
}

function toWireResult(result: {
  rows: unknown[];
  fields: Array<{ name: string; dataTypeID: number }>;
  affectedRows?: number;
}): WireResult {
  // Only what crosses: PGlite's result may carry a blob and other members.
  const { rows, fields, affectedRows } = result;
  const out: WireResult = { rows, fields, affectedRows };
  const extra = result as { rowCount?: number; command?: string };
  if (extra.rowCount !== undefined) out.rowCount = extra.rowCount;
  if (extra.command !== undefined) out.command = extra.command;
  return out;
}

async function runStatement(
  statements: Statements,
  session: Session,
  request: StatementRequest,
  inTransaction: boolean,
): Promise<unknown> {
  if (request.op === 'exec') {
    const results = await session.exec(request.text, { rowMode: request.rowMode });
    return results.map(toWireResult);
  }
  return statements.run(request, inTransaction);
}

/** The statements of one open transaction, in the order they were sent, until its end. */
class TransactionQueue {
  private readonly waiting: Request[] = [];
  private wake: (() => void) | undefined;

  push(request: Request): void {
    this.waiting.push(request);
    this.wake?.();
  }

  async next(): Promise<Request> {
    while (this.waiting.length === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
    return this.waiting.shift()!;
  }
}

function serve(db: PGlite, init: WorkerInit): void {
  const transactions = new Map<number, TransactionQueue>();
  const unlisteners = new Map<string, () => Promise<void>>();
  let nextTx = 1;
  let closing = false;

  const statements = new Statements(db, (channel, payload) => post({ kind: 'notify', channel, payload }));
  const answer = (id: number, work: Promise<unknown>) =>
    work.then(
      (value) =>
        // A statement's answer (its bytes) is moved to the main thread, not copied.
        value instanceof Uint8Array
          ? port.postMessage({ kind: 'result', id, value } satisfies Reply, [value.buffer as ArrayBuffer])
          : post({ kind: 'result', id, value }),
      (error: unknown) => post({ kind: 'error', id, error: toWireError(error) }),
    );

  const begin = (id: number) => {
    const tx = nextTx++;
    const queue = new TransactionQueue();
    transactions.set(tx, queue);
    let end: Extract<Request, { op: 'end' }> | undefined;
    // PGlite's transaction() holds the database from BEGIN to COMMIT or ROLLBACK; other requests
    // queue behind it. A statement's error is answered to its sender, who decides to roll back.
    const done = db.transaction(async (session) => {
      post({ kind: 'result', id, value: tx });
      for (;;) {
        const request = await queue.next();
        if (request.op === 'end') {
          end = request;
          if (!request.commit) await session.rollback();
          return;
        }
        if (request.op === 'query' || request.op === 'exec')
          await answer(request.id, runStatement(statements, session, request, true));
        else
          post({
            kind: 'error',
            id: request.id,
            error: toWireError(new Error(`${request.op} inside a transaction`)),
          });
      }
    });
    done.then(
      () => {
        transactions.delete(tx);
        if (end) post({ kind: 'result', id: end.id, value: null });
      },
      (error: unknown) => {
        transactions.delete(tx);
        // BEGIN failed (no end yet: answer the begin) or COMMIT failed (answer the end).
        post({ kind: 'error', id: end?.id ?? id, error: toWireError(error) });
      },
    );
  };

  const onMessage = (request: Request) => {
    if ('tx' in request && request.tx !== undefined) {
      const queue = transactions.get(request.tx);
      if (queue) queue.push(request);
      else post({ kind: 'error', id: request.id, error: toWireError(new Error('Transaction is closed')) });
      return;
    }
    if (closing && request.op !== 'close') {
      post({ kind: 'error', id: request.id, error: toWireError(new Error('PGlite is closed')) });
      return;
    }
    switch (request.op) {
      case 'query':
      case 'exec':
        void answer(request.id, runStatement(statements, db, request, false));
        return;
      case 'begin':
        begin(request.id);
        return;
      case 'listen':
        void answer(
          request.id,
          (async () => {
            if (unlisteners.has(request.channel)) return;
            const channel = request.channel;
            unlisteners.set(
              channel,
              await db.listen(channel, (payload) => post({ kind: 'notify', channel, payload })),
            );
          })(),
        );
        return;
      case 'unlisten':
        void answer(
          request.id,
          (async () => {
            const unlisten = unlisteners.get(request.channel);
            unlisteners.delete(request.channel);
            if (unlisten && !db.closed) await unlisten();
          })(),
        );
        return;
      case 'copy':
        void answer(request.id, copy(db, init, request.to));
        return;
      case 'close':
        closing = true;
        void answer(
          request.id,
          (async () => {
            if (!db.closed) await db.close();
            // Closed: this thread may open another in-memory database (pglite.thread.ts keeps it
            // for the next one), listening for that before the close is answered.
            port.off('message', onMessage);
            awaitNextOpen();
          })(),
        );
        return;
      case 'open':
        post({ kind: 'error', id: request.id, error: toWireError(new Error('a database is open')) });
        return;
    }
  };
  port.on('message', onMessage);
}

/**
 * Copies the database to `to` (see the `copy` request). After a checkpoint, while no transaction is
 * open and no statement runs (PGlite's own two locks), the files hold exactly what was committed;
 * a directory on disk is copied by the operating system, far faster than a tar made in WASM.
 */
async function copy(db: PGlite, init: WorkerInit, to: string): Promise<'dir' | 'tar'> {
  await db.exec('checkpoint');
  if ('dataDir' in init) {
    await db._runExclusiveTransaction(() =>
      db._runExclusiveQuery(() =>
        cp(init.dataDir, to, { recursive: true, mode: constants.COPYFILE_FICLONE }),
      ),
    );
    return 'dir';
  }
  const dump = await db.dumpDataDir('none');
  await writeFile(to, new Uint8Array(await dump.arrayBuffer()), { mode: 0o600 });
  return 'tar';
}

/**
 * The array types and their element types, as PGlite learns them at its start: the main thread
 * decodes arrays with them as PGlite would.
 */
async function arrayTypes(db: PGlite): Promise<Array<[number, number]>> {
  const { rows } = await db.query<{ oid: number; typarray: number }>(
    `select b.oid, b.typarray from pg_catalog.pg_type a
     left join pg_catalog.pg_type b on b.oid = a.typelem
     where a.typcategory = 'A' group by b.oid, b.typarray order by b.oid`,
  );
  return rows.map((row) => [row.oid, row.typarray]);
}

/** Opens the database `init` names and serves it; says `ready` (with its array types) or `failed`. */
async function start(init: WorkerInit): Promise<void> {
  try {
    const db = await open(init);
    // Before any answer: the main thread needs them to decode one.
    const types = await arrayTypes(db);
    serve(db, init);
    post({ kind: 'ready', arrayTypes: types });
  } catch (error) {
    post({ kind: 'failed', error: toWireError(error) });
  }
}

/** After a close: the next `open` starts another database on this thread (nothing else comes). */
function awaitNextOpen(): void {
  port.once('message', (request: Request) => {
    if (request.op === 'open') void start(request.init);
    else {
      post({ kind: 'error', id: request.id, error: toWireError(new Error('PGlite is closed')) });
      awaitNextOpen();
    }
  });
}

void start(workerData as WorkerInit);
