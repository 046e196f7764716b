// Opaque keyset cursors: the sort they belong to, the last row's sort value and id.
// Keyset paging stays correct (no duplicates, no gaps) while rows are added.
import { z } from 'zod';
import { invalid } from '../../platform/errors.js';

const CursorSchema = z.object({ s: z.string(), v: z.string(), id: z.number().int().positive() });
export type Cursor = z.infer<typeof CursorSchema>;

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Cursors are readable, so a client can edit one: accept only values of the form the server issues. */
function isIssuedValue(sort: string, value: string): boolean {
  const field = sort.replace('-', '');
  if (field === 'title') return value.length <= 1000 && !value.includes('\u0000') && value.isWellFormed();
  if (field === 'priority') return /^[0-3]$/.test(value);
  if (field === 'relevance' || field === 'manual')
    return /^[0-9.e+-]{1,30}$/.test(value) && Number.isFinite(Number(value));
  // Tasks without a due moment sort last: their cursor carries that end of the time line.
  if ((field === 'due' || field === 'agenda') && value === (sort.startsWith('-') ? '-infinity' : 'infinity'))
    return true;
  return ISO_MS.test(value) && new Date(value).toISOString() === value && value >= '1900';
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string, sort: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalid('cursor', 'is not a cursor this server issued', 'query');
  }
  const result = CursorSchema.safeParse(parsed);
  if (!result.success) throw invalid('cursor', 'is not a cursor this server issued', 'query');
  const cursor = result.data;
  if (cursor.s !== sort) throw invalid('cursor', `belongs to another sort order than ${sort}`, 'query');
  if (!isIssuedValue(sort, cursor.v)) throw invalid('cursor', 'is not a cursor this server issued', 'query');
  return cursor;
}
