// Refuses request text Postgres cannot store, once for every route: U+0000 (no text or jsonb
// value may hold it) and lone UTF-16 surrogates (JSON's "\ud800": no UTF-8 form; drivers would
// silently turn them into U+FFFD in text, and jsonb refuses them). Strings at any depth of the
// body, object keys, query values and path parameters are checked before validation, so no
// route, Better Auth's included, can reach the database with them. Header values need no check:
// Node's HTTP parser refuses NUL in them (400), and they are Latin-1, so they hold no surrogates.
import type { FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../errors.js';

type Location = NonNullable<FieldError['location']>;

/** At most this many fields are named; the rest of the request is not read further. */
const MAX_ERRORS = 20;
/** JSON media types, as Better Auth reads them (application/json, application/*+json). */
const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json/i;
const FORM_TYPE = /^application\/x-www-form-urlencoded/i;

/** Why `text` cannot be stored, or undefined when it can. */
export function unstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain NUL characters (U+0000)';
  if (!text.isWellFormed()) return 'must be valid Unicode text (no lone UTF-16 surrogates)';
  return undefined;
}

/** A key as it can be shown in a path: its unstorable characters escaped as JSON escapes them. */
const shown = (key: string) => JSON.stringify(key).slice(1, -1);

/**
 * The fields of `value` holding unstorable text, named like validation errors (`tasks.3.title`).
 * Iterative, so a deeply nested body cannot exhaust the stack.
 */
export function unstorableFields(value: unknown, location: Location): FieldError[] {
  const errors: FieldError[] = [];
  const pending: [unknown, string][] = [[value, '']];
  const at = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
  while (pending.length > 0 && errors.length < MAX_ERRORS) {
    const [item, path] = pending.pop()!;
    if (typeof item === 'string') {
      const why = unstorable(item);
      if (why) errors.push({ path, location, message: why });
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) pending.push([item[i], at(path, String(i))]);
    } else if (item !== null && typeof item === 'object' && !Buffer.isBuffer(item)) {
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const why = unstorable(key);
        if (why) errors.push({ path: at(path, shown(key)), location, message: `its name ${why}` });
        else pending.push([child, at(path, key)]);
      }
    }
  }
  return errors;
}

/**
 * The body as the handler will read it. Bodies the app parsed are used as they are; Better Auth's
 * scope passes raw bytes through, which are read here as Better Auth will: JSON, a form, or text.
 */
function readableBody(request: FastifyRequest): unknown {
  const body = request.body;
  if (!Buffer.isBuffer(body)) return body;
  const text = body.toString('utf8');
  const type = request.headers['content-type'] ?? '';
  if (JSON_TYPE.test(type)) {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return undefined; // not JSON: refused as such where it is read
    }
  }
  // Better Auth keeps the last value of a repeated form field, as this does.
  if (FORM_TYPE.test(type)) return Object.fromEntries(new URLSearchParams(text));
  return text;
}

/** A preValidation hook: 422 naming every field whose text cannot be stored; nothing runs. */
export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  const errors = [
    ...unstorableFields(request.params, 'params'),
    ...unstorableFields(request.query, 'query'),
    ...unstorableFields(readableBody(request), 'body'),
  ].slice(0, MAX_ERRORS);
  if (errors.length === 0) return;
  const named = errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
  throw new AppError('VALIDATION_ERROR', `Invalid ${errors[0]!.location}: ${named}`, { errors });
}
