// The path parameter every route under /api/{user_id}/ shares; routes add their own ids to it.
import { z } from 'zod';

export const UserParamsSchema = z.strictObject({
  user_id: z.string().min(1).max(255).describe('Your user id, or "me"'),
});

/**
 * A row id in a path: digits. One too large for a JavaScript number (or a bigint) can name no row,
 * so it becomes 0, which no row has: the route answers 404 as for any id that does not exist,
 * instead of overflowing a query (`9223372036854775808` was a 500).
 */
export const idParam = (what: string) =>
  z
    .string()
    .regex(/^[0-9]+$/, 'must be a positive integer')
    .transform((digits) => {
      const id = Number(digits);
      return Number.isSafeInteger(id) ? id : 0;
    })
    .describe(what);
