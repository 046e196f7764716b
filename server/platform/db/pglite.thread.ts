// The embedded database on a worker thread, seen from the main thread: the part of PGlite's
// interface that Drizzle (drizzle-orm/pglite) and client.ts use (query, exec, transaction, listen,
// close, closed), each call a message to pglite.worker.ts. Postgres's work then runs on the other
// core while this thread parses, authenticates and serializes requests.
import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { messages, types } from '@electric-sql/pglite';
import { workerFile } from '../workers.js';
import {
  decodeResult,
  type ParserTable,
  type QueryRequestOptions,
  type Reply,
  type Request,
  type WireError,
  type WorkerInit,
} from './pglite.protocol.js';

/**
 * The transaction whose callback is running (and everything it calls or starts), while it is open.
 * The worker runs nothing else from BEGIN to the end, so a statement sent outside that transaction
 * from inside its callback (the database handle instead of the transaction's, or a library with a
 * handle of its own) would wait for the transaction, which waits for it: forever, with every later
 * call queued behind. Such a statement fails at once instead (`outsideOpenTransaction`).
 */
const openTransaction = new AsyncLocalStorage<{ thread: PGliteThread; open: boolean }>();

/** SQLSTATE 08006 (connection failure): the app's error model answers 503, and a retry may work. */
const STOPPED_CODE = '08006';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
type ParserMap = Record<number, (value: string, typeId: number) => unknown>;

export interface ThreadQueryOptions {
  rowMode?: 'object' | 'array';
  parsers?: ParserMap;
  paramTypes?: number[];
  /** Keep the statement parsed under this name (server/platform/db/prepared.ts): one name, one text. */
  name?: string;
}

export interface ThreadResults<Row = Record<string, unknown>> {
  rows: Row[];
  fields: Array<{ name: string; dataTypeID: number }>;
  affectedRows?: number;
}

/** A transaction's session: its statements run in order, none from elsewhere between them. */
export interface ThreadTransaction {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: unknown[],
    options?: ThreadQueryOptions,
  ): Promise<ThreadResults<Row>>;
  exec(text: string, options?: { rowMode?: 'object' | 'array' }): Promise<ThreadResults[]>;
  rollback(): Promise<void>;
  readonly closed: boolean;
}

/** An error from the worker, re-created with its Postgres fields (code, constraint, detail...). */
function fromWire(wire: WireError): Error {
  const error =
    wire.fields.code !== undefined
      ? new messages.DatabaseError(wire.message, 0, 'error')
      : Object.assign(new Error(wire.message), { name: wire.name });
  for (const [key, value] of Object.entries(wire.fields)) {
    if (value !== undefined) (error as unknown as Record<string, unknown>)[key] = value;
  }
  return error;
}

function stoppedError(why: string): Error {
  return Object.assign(new Error(`The embedded database stopped: ${why}`), { code: STOPPED_CODE });
}

/** PGlite's parsers with those of the array types (element OID, array OID), as PGlite sets them. */
function withArrays(arrayTypes: Array<[number, number]>): ParserTable {
  const table: ParserTable = { ...types.parsers };
  for (const [element, array] of arrayTypes) {
    table[array] = (value) => types.arrayParser(value, table[element] as types.Parser, array);
  }
  return table;
}

/** Where DATA_DIR keeps the embedded database. */
export const embeddedDatabaseDir = (dataDir: string) => path.join(dataDir, 'pglite');

/** A thread `npm start` started before the server's bundle loaded (server/launch/database-thread.mjs). */
interface EarlyThread {
  dataDir: string;
  worker: Worker;
  /** Stops keeping the thread's events and answers those kept so far, oldest first. */
  release(): Array<['message' | 'error' | 'exit', unknown]>;
}

const EARLY_THREAD = Symbol.for('doable.earlyDatabaseThread');

/** The thread `npm start` started, if any, now this caller's to take over or end. */
function takeEarlyThread(): EarlyThread | undefined {
  const holder = globalThis as { [EARLY_THREAD]?: EarlyThread };
  const early = holder[EARLY_THREAD];
  delete holder[EARLY_THREAD];
  return early;
}

/** Ends a thread `npm start` started for a database this configuration does not use. */
export function discardEarlyThread(): void {
  const early = takeEarlyThread();
  if (!early) return;
  early.release();
  void early.worker.terminate();
}

/**
 * Starts opening the embedded database of DATA_DIR on its own thread (`waitReady` says when it is
 * open), or takes over the one `npm start` already started for it. main.ts calls it first thing,
 * before it loads the app's modules.
 */
export function openEmbeddedThread(dataDir: string): PGliteThread {
  const init = { dataDir: embeddedDatabaseDir(dataDir) };
  const early = takeEarlyThread();
  if (early?.dataDir === init.dataDir) return new PGliteThread(init, early);
  if (early) {
    early.release();
    void early.worker.terminate();
  }
  return new PGliteThread(init);
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * Threads whose in-memory database closed, kept for the next one: a new thread loads PGlite and
 * compiles its WebAssembly again, about 1.5 s of CPU that a kept thread does not spend (the test
 * suites open hundreds of in-memory databases, docs/development.md). Idle, they do not keep the
 * process alive. Only openers that ask (`reuseThread`: the test suites) share them; a server never
 * keeps an idle thread, and a database on disk always gets a thread of its own.
 */
const idleThreads = new Map<Worker, () => void>();
const MAX_IDLE_THREADS = 2;

function keptThread(init: WorkerInit): Worker | undefined {
  if (!('snapshotFile' in init)) return undefined;
  const [entry] = idleThreads;
  if (!entry) return undefined;
  const [worker, forget] = entry;
  forget();
  worker.ref();
  worker.postMessage({ op: 'open', id: 0, init } satisfies Request);
  return worker;
}

/** Keeps a thread whose database closed, its proxy's listeners already off. */
function keepThread(worker: Worker): void {
  worker.unref();
  // One that fails or ends while idle is forgotten.
  const forget = () => {
    idleThreads.delete(worker);
    worker.off('error', forget);
    worker.off('exit', forget);
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  idleThreads.set(worker, forget);
}

export class PGliteThread {
  readonly worker: Worker;
  private readonly reusable: boolean;
  /** Takes this proxy's listeners off the thread, to hand it on. */
  private readonly detach: () => void;
  /** Resolves when the database is open (calls made before are queued, not lost). */
  readonly waitReady: Promise<void>;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<(payload: string) => void>>();
  private nextId = 1;
  /** PGlite's parsers by type OID, its arrays' too once the worker said which they are. */
  private parsers: ParserTable = { ...types.parsers };
  private openTransactions = 0;
  private stopped: Error | undefined;
  private closing: Promise<void> | undefined;
  private drained: (() => void) | undefined;

  /**
   * `early`: the thread `npm start` started with `init`, taken over with what it said so far.
   * `reuseThread`: an in-memory database's thread may come from, and go back to, the kept ones.
   */
  constructor(init: WorkerInit, early?: EarlyThread, reuseThread = false) {
    this.reusable = reuseThread && 'snapshotFile' in init;
    const kept = early || !this.reusable ? undefined : keptThread(init);
    if (early) {
      this.worker = early.worker;
    } else if (kept) {
      this.worker = kept;
    } else {
      // From source a bundle of pglite.worker.ts (server/platform/workers.ts); in the build, pglite.worker.js.
      this.worker = new Worker(workerFile('pglite.worker', import.meta.url), { workerData: init });
    }
    let ready: () => void;
    let failed: (error: Error) => void;
    this.waitReady = new Promise<void>((resolve, reject) => {
      ready = resolve;
      failed = reject;
    });
    // Nobody may be waiting on it (queued calls fail on their own); never an unhandled rejection.
    this.waitReady.catch(() => {});
    const onMessage = (reply: Reply) => {
      switch (reply.kind) {
        case 'ready':
          this.parsers = withArrays(reply.arrayTypes);
          ready();
          return;
        case 'failed':
          this.stop(fromWire(reply.error));
          failed(this.stopped!);
          return;
        case 'notify':
          for (const listener of this.listeners.get(reply.channel) ?? []) listener(reply.payload);
          return;
        case 'result':
        case 'error': {
          const call = this.pending.get(reply.id);
          if (!call) return;
          this.pending.delete(reply.id);
          if (reply.kind === 'result') call.resolve(reply.value);
          else call.reject(fromWire(reply.error));
          this.checkDrained();
          return;
        }
      }
    };
    // A crash of the worker (an exception, a WASM abort, running out of memory) fails every call
    // in flight and every later one with a connection failure: 503 answers, never a hang.
    const onError = (error: Error) => {
      this.stop(stoppedError(error.message));
      failed(this.stopped!);
    };
    const onExit = (code: number) => {
      this.stop(stoppedError(`its thread exited (${code})`));
      failed(this.stopped!);
    };
    this.worker.on('message', onMessage);
    this.worker.on('error', onError);
    this.worker.on('exit', onExit);
    this.detach = () => {
      this.worker.off('message', onMessage);
      this.worker.off('error', onError);
      this.worker.off('exit', onExit);
    };
    // What an early thread said before it was taken over, in its order (the listeners above are
    // on already: nothing falls between).
    for (const [kind, value] of early?.release() ?? []) {
      if (kind === 'message') onMessage(value as Reply);
      else if (kind === 'error') onError(value as Error);
      else onExit(value as number);
    }
  }

  get closed(): boolean {
    return this.stopped !== undefined || this.closing !== undefined;
  }

  private stop(error: Error): void {
    this.stopped ??= error;
    for (const call of this.pending.values()) call.reject(this.stopped);
    this.pending.clear();
    this.checkDrained();
  }

  /**
   * The error for a statement (or transaction) begun outside the transaction whose callback is
   * running: it would wait for that transaction to end, which waits for it. Undefined otherwise.
   * Work that needs the database, the network or another handle runs after the commit.
   */
  private outsideOpenTransaction(): Error | undefined {
    const current = openTransaction.getStore();
    if (!current?.open || current.thread !== this) return undefined;
    return new Error(
      'A statement outside the open transaction, sent from inside it: on the embedded database it would wait for that transaction forever (use the transaction, or run it after the commit)',
    );
  }

  private call<T>(request: DistributiveOmit<Request, 'id'>, allowWhileClosing = false): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    // Same message as PGlite's own once closed: the app's error model knows it (a 503).
    if (this.closing && !allowWhileClosing) return Promise.reject(new Error('PGlite is closed'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private statement(
    tx: number | undefined,
    text: string,
    params: unknown[] | undefined,
    options: ThreadQueryOptions | undefined,
    inTransaction: boolean,
  ): Promise<ThreadResults> {
    const wire: QueryRequestOptions = {};
    if (options?.paramTypes) wire.paramTypes = options.paramTypes;
    if (options?.name) wire.name = options.name;
    return this.call<Uint8Array>(
      { op: 'query', tx, text, params: params ?? [], options: wire },
      inTransaction,
    ).then(
      // The caller's parsers looked up before the defaults, column by column: Drizzle passes a new
      // parser map with every statement it builds, so a merged table per map would be a copy of the
      // whole table per statement (7.5% of the main thread's time under POSTs, measured:
      // docs/decisions/0110-embedded-database-on-a-worker-thread.md).
      (bytes) => decodeResult(bytes, this.parsers, options?.rowMode, options?.parsers) as ThreadResults,
    );
  }

  query<Row = Record<string, unknown>>(
    text: string,
    params?: unknown[],
    options?: ThreadQueryOptions,
  ): Promise<ThreadResults<Row>> {
    const refused = this.outsideOpenTransaction();
    if (refused) return Promise.reject(refused);
    return this.statement(undefined, text, params, options, false) as Promise<ThreadResults<Row>>;
  }

  /** Copies the database to `to`: its directory, or a tar file of it (pglite.worker.ts). */
  copyTo(to: string): Promise<'dir' | 'tar'> {
    return this.call({ op: 'copy', to });
  }

  exec(text: string, options?: { rowMode?: 'object' | 'array' }): Promise<ThreadResults[]> {
    const refused = this.outsideOpenTransaction();
    if (refused) return Promise.reject(refused);
    return this.call({ op: 'exec', text, rowMode: options?.rowMode });
  }

  /**
   * Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws (or called
   * `rollback()`). The worker runs nothing else from BEGIN to the end, as PGlite itself does.
   */
  async transaction<T>(fn: (tx: ThreadTransaction) => Promise<T>): Promise<T> {
    const refused = this.outsideOpenTransaction();
    if (refused) throw refused;
    this.openTransactions++;
    try {
      const tx = await this.call<number>({ op: 'begin' });
      let closed = false;
      const open = () => {
        if (closed) throw new Error('Transaction is closed');
      };
      const session: ThreadTransaction = {
        query: async (text, params, options) => {
          open();
          return this.statement(tx, text, params, options, true) as never;
        },
        exec: async (text, options) => {
          open();
          return this.call({ op: 'exec', tx, text, rowMode: options?.rowMode }, true);
        },
        rollback: async () => {
          open();
          closed = true;
          await this.call({ op: 'end', tx, commit: false }, true);
        },
        get closed() {
          return closed;
        },
      };
      let result: T;
      const current = { thread: this, open: true };
      try {
        result = await openTransaction
          .run(current, () => fn(session))
          .finally(() => {
            // What the callback started and left running may use the database once it has ended.
            current.open = false;
          });
      } catch (error) {
        if (!closed) {
          closed = true;
          await this.call({ op: 'end', tx, commit: false }, true).catch(() => {});
        }
        throw error;
      }
      if (!closed) {
        closed = true;
        await this.call({ op: 'end', tx, commit: true }, true);
      }
      return result;
    } finally {
      this.openTransactions--;
      this.checkDrained();
    }
  }

  /** Calls `onNotify` for every NOTIFY on `channel`; resolves to a function that stops it. */
  async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.call({ op: 'listen', channel });
    }
    set.add(onNotify);
    return async () => {
      const current = this.listeners.get(channel);
      if (!current?.delete(onNotify) || current.size > 0) return;
      this.listeners.delete(channel);
      if (!this.closed) await this.call({ op: 'unlisten', channel });
    };
  }

  private checkDrained(): void {
    if (this.drained && this.pending.size === 0 && this.openTransactions === 0) this.drained();
  }

  /**
   * Refuses new calls, lets the ones in flight (and open transactions) finish, closes PGlite in
   * the worker (which writes what it holds to DATA_DIR), then ends the thread.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (!this.stopped && (this.pending.size > 0 || this.openTransactions > 0)) {
        await new Promise<void>((resolve) => {
          this.drained = resolve;
          this.checkDrained();
        });
      }
      let closedCleanly = false;
      if (!this.stopped)
        closedCleanly = await this.call({ op: 'close' }, true).then(
          () => true,
          () => false,
        );
      this.stop(new Error('PGlite is closed'));
      if (closedCleanly && this.reusable && idleThreads.size < MAX_IDLE_THREADS) {
        this.detach();
        keepThread(this.worker);
      } else {
        await this.worker.terminate();
      }
    })();
    return this.closing;
  }
}
