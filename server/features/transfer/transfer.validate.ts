// Reads an import body: bytes to JSON (or another app's CSV to our import document) to the import
// contract. No framework, no database: it runs in the import worker (transfer.worker.ts), off the
// main thread and under the worker's heap limit, for every import.
import type { z } from 'zod';
import type { ErrorCode, FieldError } from '../../platform/errors.js';
import { unstorableFields, unstorable as unstorableText } from '../../platform/http/storable.js';
import { ForeignFormatError, fromTickTickCsv, fromTodoistCsv, type LeftOut } from './import.foreign.js';
import { type ImportInput, ImportSchema } from './transfer.schema.js';

/** What an import body is: our JSON export, or another app's CSV with what its conversion needs. */
export type ImportFormat =
  | { kind: 'doable' }
  | { kind: 'todoist'; listName: string; timeZone: string }
  | { kind: 'ticktick'; timeZone: string };

/** A refused file names at most this many field errors (a broken 100,000-task file has many). */
export const MAX_FIELD_ERRORS = 100;

/** Why a body is refused, as plain data (it crosses from the worker): an AppError's parts. */
export interface ImportProblem {
  code: Extract<ErrorCode, 'BAD_REQUEST' | 'VALIDATION_ERROR'>;
  detail: string;
  errors?: FieldError[];
}

export type ImportReading =
  | { ok: true; input: ImportInput; leftOut: LeftOut }
  | { ok: false; problem: ImportProblem };

const NONE_LEFT_OUT: LeftOut = { count: 0, rows: [] };

/** Field errors as server/platform/http/problem.ts words them for any other request body. */
function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    if (out.length >= MAX_FIELD_ERRORS) break;
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          path: [...base, key].join('.'),
          location: 'body',
          message: 'is not a known field',
        });
      }
    } else if (base.length === 0 && issue.code === 'invalid_type') {
      out.push({ path: '', location: 'body', message: 'a JSON object body is required' });
    } else {
      out.push({ path: base.join('.'), location: 'body', message: issue.message });
    }
  }
  return out.slice(0, MAX_FIELD_ERRORS);
}

/**
 * The body in its format: UTF-8 JSON (an empty body is no body), or a Todoist or TickTick CSV
 * converted to our import document (import.foreign.ts); then checked against the import contract
 * alike (the same checks, the same cap on tasks).
 */
export function readImportBody(bytes: Uint8Array, format: ImportFormat = { kind: 'doable' }): ImportReading {
  const text = new TextDecoder().decode(bytes);
  let value: unknown;
  /** Rows of another app's file that make no task (our JSON is taken whole or refused). */
  let leftOut = NONE_LEFT_OUT;
  if (format.kind !== 'doable') {
    // The file's text as the app's hook checks a text body (it sees this route's body only as bytes).
    const why = unstorableText(text);
    if (why) {
      return {
        ok: false,
        problem: {
          code: 'VALIDATION_ERROR',
          detail: `Invalid body: ${why}`,
          errors: [{ path: '', location: 'body', message: why }],
        },
      };
    }
    try {
      const { left_out, ...document } =
        format.kind === 'todoist'
          ? fromTodoistCsv(text, { listName: format.listName, timeZone: format.timeZone })
          : fromTickTickCsv(text, { timeZone: format.timeZone });
      value = document;
      leftOut = left_out;
    } catch (error) {
      if (!(error instanceof ForeignFormatError)) throw error;
      return {
        ok: false,
        problem: {
          code: 'VALIDATION_ERROR',
          detail: error.message,
          errors: [{ path: '', location: 'body', message: error.message }],
        },
      };
    }
  } else if (text !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, problem: { code: 'BAD_REQUEST', detail: 'The request body is not valid JSON' } };
    }
  }
  // What the app's preValidation hook (server/platform/http/storable.ts) refuses in every other body, refused
  // here alike: the hook sees this route's body only as the bytes it has not read.
  const unstorable = unstorableFields(value, 'body');
  if (unstorable.length > 0) {
    const named = unstorable.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
    return {
      ok: false,
      problem: { code: 'VALIDATION_ERROR', detail: `Invalid body: ${named}`, errors: unstorable },
    };
  }
  const result = ImportSchema.safeParse(value);
  if (result.success) return { ok: true, input: result.data, leftOut };
  const errors = fieldErrors(result.error.issues);
  const more = result.error.issues.length - errors.length;
  const named = errors.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  return {
    ok: false,
    problem: {
      code: 'VALIDATION_ERROR',
      detail: `Invalid body: ${named}${more > 0 ? `; and ${more} more` : ''}`,
      errors,
    },
  };
}
