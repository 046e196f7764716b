// The path parameter every route under /api/{user_id}/ shares; routes add their own ids to it.
import { z } from 'zod';

export const UserParamsSchema = z.strictObject({
  user_id: z.string().min(1).max(255).describe('Your user id, or "me"'),
});

/**
 * A row id in a path: 1 to 15 digits. Ids are bigserial, but none reaches 10^15 and a JavaScript
 * number holds every integer below 2^53 exactly, so a longer one is refused (400) before any query
 * rather than overflowing one (`9223372036854775808` was a 500).
 */
export const idParam = (what: string) =>
  z
    .string()
    .regex(/^[0-9]{1,15}$/, 'must be a positive integer of at most 15 digits')
    .transform(Number)
    .describe(what);
