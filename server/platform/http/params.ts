// The path parameter every route under /api/{user_id}/ shares; routes add their own ids to it.
import { z } from 'zod';

export const UserParamsSchema = z.strictObject({
  user_id: z.string().min(1).max(255).describe('Your user id, or "me"'),
});
