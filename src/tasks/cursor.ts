// Opaque keyset cursors: the sort they belong to, the last row's sort value and id.
// Keyset paging stays correct (no duplicates, no gaps) while rows are added.
import { z } from 'zod';
import { invalid } from '../errors.js';

const CursorSchema = z.object({ s: z.string(), v: z.string(), id: z.number().int().positive() });
export type Cursor = z.infer<typeof CursorSchema>;

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
  if (result.data.s !== sort) throw invalid('cursor', `belongs to another sort order than ${sort}`, 'query');
  return result.data;
}
