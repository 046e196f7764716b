// Reads an import body without holding up everyone else's requests: every import, of any size and
// format, in a worker thread (transfer.worker.ts) that parses, converts and validates it under a heap
// limit and then hands the tasks over a batch at a time as the database takes them, so the main
// thread never parses the file nor holds it parsed. Also: how many imports one instance reads at once.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { AppError } from '../../platform/errors.js';
import { workerFile } from '../../platform/workers.js';
import type { ImportTask } from './transfer.schema.js';
import type { ImportSource } from './transfer.service.js';
import type { ImportFormat, ImportProblem } from './transfer.validate.js';
import type { ImportWorkerData, ImportWorkerMessage } from './transfer.worker.js';

/**
 * Imports one instance reads and writes at once, whatever their size or format; more are answered
 * 503 with Retry-After. One: a large one takes a core and a few hundred MB while it is read, a few
 * KB of another app's CSV can make 100,000 tasks to write, and imports are rare.
 */
export const IMPORT_CONCURRENCY = 1;

export const IMPORT_RETRY_AFTER_SECONDS = 5;

/**
 * The old-generation heap of one import worker. A 48 MB export of 100,000 tasks peaks at about
 * 400 MB while it is parsed and validated; a worker that runs out is stopped and the import refused
 * (413), never the server.
 */
const WORKER_HEAP_MB = 768;

const BATCH = 1000;

/** An import's tasks, read and validated; close() when done with them (frees the worker). */
export interface ImportReading extends ImportSource {
  /** The Idempotency-Key fingerprint of the body (requestHash), when asked for. */
  readonly hash: string | null;
  close(): void;
}

export interface ReadOptions {
  /** What the body is (default our JSON export). */
  format?: ImportFormat;
  /** The route to fingerprint the body for (an Idempotency-Key), or null. */
  hashRoute: string | null;
  /** Stops reading (the worker) when the client has gone. */
  signal?: AbortSignal;
  /** The worker's old-generation heap in MB (default WORKER_HEAP_MB). */
  workerHeapMb?: number;
}

const refused = (problem: ImportProblem) =>
  new AppError(problem.code, problem.detail, problem.errors ? { errors: problem.errors } : {});

const tooLarge = () =>
  new AppError('PAYLOAD_TOO_LARGE', 'This file is too large to import at once: split it into smaller files');

/**
 * Reads an import body in the import worker: refused with the AppError a bad body gets (400 not
 * JSON, 422 naming the fields or saying what the CSV is not, 413 when it outgrows the worker's
 * heap), else its tasks, to be taken a batch at a time.
 */
export async function readImport(body: Uint8Array, options: ReadOptions): Promise<ImportReading> {
  return readInWorker(body, options);
}

function startWorker(options: WorkerOptions): Worker {
  // From source a bundle of transfer.worker.ts (server/platform/workers.ts); in the build, transfer.worker.js.
  return new Worker(workerFile('transfer.worker', import.meta.url), options);
}

async function readInWorker(body: Uint8Array, options: ReadOptions): Promise<ImportReading> {
  // The body moves to the worker without a copy when it owns its whole buffer (Fastify's is).
  const bytes =
    body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : new Uint8Array(body);
  const workerData: ImportWorkerData = {
    body: bytes,
    format: options.format ?? { kind: 'doable' },
    hashRoute: options.hashRoute,
    batchSize: BATCH,
  };
  const worker = startWorker({
    workerData,
    transferList: [bytes.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb ?? WORKER_HEAP_MB },
    stdout: false,
    stderr: false,
  });
  const received: ImportWorkerMessage[] = [];
  let waiting: { resolve(message: ImportWorkerMessage): void; reject(error: unknown): void } | null = null;
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = null;
  };
  worker.on('message', (message: ImportWorkerMessage) => {
    if (waiting) {
      waiting.resolve(message);
      waiting = null;
    } else received.push(message);
  });
  worker.on('error', (error: Error & { code?: string }) =>
    fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge() : error),
  );
  worker.on('exit', () => fail(new Error('the import worker stopped')));
  const next = () =>
    new Promise<ImportWorkerMessage>((resolve, reject) => {
      const message = received.shift();
      if (message) resolve(message);
      else if (failure !== undefined) reject(failure);
      else waiting = { resolve, reject };
    });
  const onAbort = () => {
    fail(new Error('the client went away'));
    void worker.terminate();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  const close = () => {
    options.signal?.removeEventListener('abort', onAbort);
    void worker.terminate();
  };

  let first: ImportWorkerMessage;
  try {
    first = await next();
  } catch (error) {
    close();
    throw error;
  }
  if (first.kind !== 'valid') {
    close();
    throw first.kind === 'invalid'
      ? refused(first.problem)
      : new Error('the import worker answered out of turn');
  }
  const { count, hash, lists, leftOut, datesAsText } = first;
  return {
    count,
    lists,
    hash,
    leftOut,
    datesAsText,
    close,
    async *batches(): AsyncGenerator<ImportTask[]> {
      for (let taken = 0; taken < count; ) {
        worker.postMessage({ next: true });
        const message = await next();
        if (message.kind !== 'batch' || message.tasks.length === 0) {
          throw new Error('the import worker answered out of turn');
        }
        taken += message.tasks.length;
        yield message.tasks;
      }
    },
  };
}

/**
 * An import body as the route's content-type parser hands it on: bytes nothing has read yet, and
 * whether they came as JSON, as CSV text or as a ZIP archive. Not a Buffer and with nothing enumerable, so the app-wide
 * hooks that look into bodies (the storable text check) pass it by on the main thread; readImport
 * checks the same things where it parses.
 */
export class ImportBody {
  readonly #bytes: Buffer;
  readonly #kind: 'json' | 'csv' | 'zip';
  constructor(bytes: Buffer, kind: 'json' | 'csv' | 'zip') {
    this.#bytes = bytes;
    this.#kind = kind;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
  get kind(): 'json' | 'csv' | 'zip' {
    return this.#kind;
  }
}

/** A fixed number of imports at a time, per instance. */
export class ImportSlots {
  private used = 0;
  constructor(readonly size: number) {}

  /** A slot and the function that frees it (once), or null when all are taken. */
  take(): (() => void) | null {
    if (this.used >= this.size) return null;
    this.used++;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.used--;
    };
  }
}
