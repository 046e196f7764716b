// Reads an import body: bytes to JSON to the import contract. No framework, no database, so it runs
// the same inline (small bodies) and in the import worker (transfer.worker.ts, large ones).
import type { z } from 'zod';
import type { ErrorCode, FieldError } from '../../platform/errors.js';
import { unstorableFields } from '../../platform/http/storable.js';
import { type ImportInput, ImportSchema } from './transfer.schema.js';

/** A refused file names at most this many field errors (a broken 100,000-task file has many). */
export const MAX_FIELD_ERRORS = 100;

/** Why a body is refused, as plain data (it crosses from the worker): an AppError's parts. */
export interface ImportProblem {
  code: Extract<ErrorCode, 'BAD_REQUEST' | 'VALIDATION_ERROR'>;
  detail: string;
  errors?: FieldError[];
}

export type ImportReading = { ok: true; input: ImportInput } | { ok: false; problem: ImportProblem };

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

/** The body, read as UTF-8 JSON (an empty body is no body) and checked against the import contract. */
export function readImportBody(bytes: Uint8Array): ImportReading {
  const text = new TextDecoder().decode(bytes);
  let value: unknown;
  if (text !== '') {
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
  if (result.success) return { ok: true, input: result.data };
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
