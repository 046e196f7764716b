// Reads an import body: bytes to JSON (or another app's CSV to our import document) to the import
// contract. No framework, no database: it runs in the import worker (transfer.worker.ts), off the
// main thread and under the worker's heap limit, for every import.
import type { z } from 'zod';
import type { DateOrder } from '#shared/quickadd/quickadd.words.js';
import type { ErrorCode, FieldError } from '../../platform/errors.js';
import { unstorableFields, unstorable as unstorableText } from '../../platform/http/storable.js';
import {
  type DatesAsText,
  ForeignFormatError,
  fromTickTickCsv,
  fromTodoistBackup,
  fromTodoistCsv,
  type LeftOut,
} from './import.foreign.js';
import { ZipRefused } from './import.zip.js';
import { type ImportInput, ImportSchema } from './transfer.schema.js';

/**
 * What an import body is: our JSON export, or another app's CSV (or Todoist's backup, a ZIP of
 * them) with what its conversion needs: the account's zone and date order, and the moment relative
 * dates are read from (the import's, unless given).
 */
export type ImportFormat =
  | { kind: 'doable' }
  | {
      kind: 'todoist';
      listName: string;
      timeZone: string;
      dateOrder?: DateOrder | null;
      now?: Date;
      /** A backup: a ZIP of one CSV per project, each its own list (listName is not used). */
      zip?: boolean;
    }
  | { kind: 'ticktick'; timeZone: string; dateOrder?: DateOrder | null; now?: Date };

/** A refused file names at most this many field errors (a broken 100,000-task file has many). */
export const MAX_FIELD_ERRORS = 100;

/** Why a body is refused, as plain data (it crosses from the worker): an AppError's parts. */
export interface ImportProblem {
  code: Extract<ErrorCode, 'BAD_REQUEST' | 'VALIDATION_ERROR' | 'PAYLOAD_TOO_LARGE'>;
  detail: string;
  errors?: FieldError[];
}

export type ImportReading =
  | { ok: true; input: ImportInput; leftOut: LeftOut; datesAsText: DatesAsText }
  | { ok: false; problem: ImportProblem };

const NONE_LEFT_OUT: LeftOut = { count: 0, rows: [] };
const NO_DATES_AS_TEXT: DatesAsText = { count: 0, rows: [] };

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
  const zip = format.kind === 'todoist' && format.zip === true;
  const text = zip ? '' : new TextDecoder().decode(bytes);
  let value: unknown;
  /** Rows of another app's file that make no task (our JSON is taken whole or refused). */
  let leftOut = NONE_LEFT_OUT;
  /** Tasks of another app's file whose date is kept as text. */
  let datesAsText = NO_DATES_AS_TEXT;
  if (format.kind !== 'doable') {
    const refused = (why: string): ImportReading => ({
      ok: false,
      problem: {
        code: 'VALIDATION_ERROR',
        detail: `Invalid body: ${why}`,
        errors: [{ path: '', location: 'body', message: why }],
      },
    });
    // The file's text as the app's hook checks a text body (it sees this route's body only as bytes).
    const why = zip ? undefined : unstorableText(text);
    if (why) return refused(why);
    try {
      const reading = {
        timeZone: format.timeZone,
        dateOrder: format.dateOrder ?? null,
        now: format.now ?? new Date(),
      };
      const { left_out, dates_as_text, ...document } =
        format.kind === 'ticktick'
          ? fromTickTickCsv(text, reading)
          : zip
            ? fromTodoistBackup(bytes, reading)
            : fromTodoistCsv(text, { ...reading, listName: format.listName });
      value = document;
      leftOut = left_out;
      datesAsText = dates_as_text;
    } catch (error) {
      if (!(error instanceof ForeignFormatError)) throw error;
      return {
        ok: false,
        problem: {
          code: error instanceof ZipRefused && error.tooLarge ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_ERROR',
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
  if (result.success) return { ok: true, input: result.data, leftOut, datesAsText };
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
