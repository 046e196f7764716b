// What every tool is and shares: its definition (contract, annotations), its refusals, the
// arguments most tools take and how they are read. The catalogue is tools.ts.
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { findListByName, listLists } from '../lists/lists.service.js';
import type { Task } from '../tasks/tasks.rows.js';

export interface ToolContext {
  db: Database;
  /** The authenticated caller: every tool acts for this user only. */
  userId: string;
  /**
   * The moment the tools read words like "tomorrow" from (quick_add); the server's clock when absent.
   * The assistant's evaluation sets it to its case's clock, as it sets the database's.
   */
  now?: () => Date;
}

export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  /** Plain JSON-Schema-friendly shapes (no transforms); values are re-validated by the service schemas. */
  input: z.ZodObject;
  output: z.ZodObject;
  annotations: ToolAnnotations;
  /**
   * Runs the tool. `result` is the contract's shape (an array for list_tasks); `structured` is
   * the same as an object, for MCP's structuredContent.
   */
  run(context: ToolContext, args: Record<string, unknown>): Promise<{ result: unknown; structured: object }>;
}

/** A tool refusal the caller (person or model) can act on; becomes an error result, never a crash. */
export class ToolError extends Error {
  override name = 'ToolError';
}

export const READ = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};

export const CREATE = {
  readOnlyHint: false,
  destructiveHint: false,
  idempotentHint: false,
  openWorldHint: false,
};

export const CHANGE = {
  readOnlyHint: false,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};

export const DESTROY = {
  readOnlyHint: false,
  destructiveHint: true,
  idempotentHint: true,
  openWorldHint: false,
};

export const userIdArg = z
  .string()
  .min(1)
  .max(255)
  .describe('Your own user id (or "me"); any other id is refused');

export const taskIdArg = z.number().int().positive().describe('The task id');

export const listArg = z
  .string()
  .min(1)
  .max(100)
  .describe('A list of yours by name (case does not matter), or "inbox" for tasks in no list');

export const ActionResult = z.object({
  task_id: z.number().int(),
  status: z.string(),
  title: z.string(),
});

/** Validates with a service schema; its first complaint becomes the tool's error message. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const at = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new ToolError(`${at}${issue.message}`);
}

export const action = (task: Task, status: string) => {
  const result = { task_id: task.id, status, title: task.title };
  return { result, structured: result };
};

/**
 * The list a `list` argument names: null for the Inbox, else one of the caller's lists by name. A
 * name the caller has no list for is refused with the names they have (never anyone else's).
 */
export async function listIdFor(db: Database, userId: string, name: string): Promise<number | null> {
  const wanted = name.trim().replace(/^#/, '');
  if (/^inbox$/i.test(wanted)) return null;
  const found = await findListByName(db, userId, wanted);
  if (found) return found.id;
  const names = (await listLists(db, userId, false)).map((l) => l.name);
  throw new ToolError(
    names.length === 0
      ? `You have no list called "${wanted}" (you have no lists yet; create_list makes one)`
      : `You have no list called "${wanted}". Your lists: ${names.join(', ')}`,
  );
}

/** A list the caller can see, by name (their own first, then ones shared with them); the Inbox is no list here. */
export async function sharedListIdFor(db: Database, userId: string, name: string): Promise<number> {
  const id = await listIdFor(db, userId, name);
  if (id === null) throw new ToolError('The Inbox is not a list: name one of your lists');
  return id;
}
