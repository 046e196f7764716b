// The import worker: one per import, of any size and format (transfer.reader.ts starts it). Parses
// (our JSON, or another app's CSV converted) and validates the body off the main thread and under
// the worker's heap limit, then hands the tasks over a batch at a time, as the database takes them.
// Messages in: { next: true } for the next batch. Out: the reading (invalid, or valid with the task
// count and the Idempotency-Key fingerprint), then { batch } per request, [] once all are sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportList, ImportTask } from './transfer.schema.js';
import { type ImportFormat, readImportBody } from './transfer.validate.js';

export interface ImportWorkerData {
  body: Uint8Array;
  /** What the body is: our JSON export, a Todoist or TickTick CSV, or a Todoist backup (ZIP). */
  format: ImportFormat;
  /** The route for requestHash, when the request has an Idempotency-Key. */
  hashRoute: string | null;
  batchSize: number;
}

export type ImportWorkerMessage =
  | { kind: 'invalid'; problem: import('./transfer.validate.js').ImportProblem }
  | {
      kind: 'valid';
      count: number;
      lists: import('./transfer.schema.js').ImportList[];
      hash: string | null;
      leftOut: import('./import.foreign.js').LeftOut;
      datesAsText: import('./import.foreign.js').DatesAsText;
    }
  | { kind: 'batch'; tasks: import('./transfer.schema.js').ImportTask[] };

/**
 * The file's lists and, after them, every other list its tasks name (case-insensitively), each with
 * every section its tasks name: all of them are found or created before the first task is written,
 * so a file that would take the account past its cap on lists (or a list past its cap on sections)
 * is refused before anything is written.
 */
function everyList(lists: ImportList[], tasks: readonly ImportTask[]): ImportList[] {
  const byName = new Map<string, ImportList>();
  const out = lists.map((l) => ({ ...l, sections: [...l.sections] }));
  for (const l of out) if (!byName.has(l.name.toLowerCase())) byName.set(l.name.toLowerCase(), l);
  for (const { list, section } of tasks) {
    if (list == null) continue;
    let named = byName.get(list.toLowerCase());
    if (!named) {
      named = { name: list, archived: false, sections: [] };
      byName.set(list.toLowerCase(), named);
      out.push(named);
    }
    // And the sections its tasks name, so a list past its cap on sections is refused first too.
    const key = section?.toLowerCase();
    if (key !== undefined && !named.sections.some((s) => s.name.toLowerCase() === key))
      named.sections.push({ name: section! });
  }
  return out;
}

const port = parentPort;
if (port) {
  const data = workerData as ImportWorkerData;
  const { hashRoute, batchSize } = data;
  const reading = readImportBody(data.body, data.format);
  // The bytes are done with: only the tasks stay (until the import ends and this worker with it).
  data.body = new Uint8Array(0);
  if (!reading.ok) {
    port.postMessage({ kind: 'invalid', problem: reading.problem } satisfies ImportWorkerMessage);
  } else {
    const { tasks } = reading.input;
    const hash = hashRoute
      ? (await import('../../platform/http/idempotency.js')).requestHash(hashRoute, reading.input)
      : null;
    port.postMessage({
      kind: 'valid',
      count: tasks.length,
      lists: everyList(reading.input.lists, tasks),
      hash,
      leftOut: reading.leftOut,
      datesAsText: reading.datesAsText,
    } satisfies ImportWorkerMessage);
    let next = 0;
    port.on('message', () => {
      const batch = tasks.slice(next, next + batchSize);
      next += batchSize;
      port.postMessage({ kind: 'batch', tasks: batch } satisfies ImportWorkerMessage);
    });
  }
}
