// The task tools, defined once over the services: the MCP server (features/mcp/mcp.server.ts,
// over HTTP and in process) serves them, and both chat agents (built-in and model) call them
// through an in-process MCP client. The first five keep the seed contract's names, parameters and result shapes exactly;
// the rest expose what the API has beyond them (search and filters, priority, tags, due dates,
// lists, sharing). Each tool is defined with its kind (tools.tasks.ts, tools.lists.ts,
// tools.sharing.ts); this is the catalogue, in the order clients and models are given it.
import { AppError } from '../../platform/errors.js';
import { type ToolContext, type ToolDefinition, ToolError } from './tools.contract.js';
import { createListTool, listListsTool, listTagsTool } from './tools.lists.js';
import {
  createSectionTool,
  deleteSectionTool,
  listSectionsTool,
  renameSectionTool,
} from './tools.sections.js';
import {
  assignTaskTool,
  commentOnTaskTool,
  listActivityTool,
  listCommentsTool,
  listMembersTool,
  listNotificationsTool,
} from './tools.sharing.js';
import {
  addSubtaskTool,
  addTaskDetailsTool,
  addTaskTool,
  completeTaskTool,
  deleteTaskTool,
  getTaskTool,
  listTasksTool,
  moveTaskTool,
  quickAddTool,
  reopenTaskTool,
  searchTasksTool,
  setTaskDetailsTool,
  skipOccurrenceTool,
  updateTaskTool,
} from './tools.tasks.js';

export type { ToolContext, ToolDefinition } from './tools.contract.js';
// The rules assistant's evaluation fakes the tools' answers with this shape.
export type { ToolTask } from './tools.tasks.js';

export const TOOLS: ToolDefinition[] = [
  addTaskTool,
  listTasksTool,
  completeTaskTool,
  deleteTaskTool,
  updateTaskTool,
  searchTasksTool,
  getTaskTool,
  addTaskDetailsTool,
  setTaskDetailsTool,
  quickAddTool,
  skipOccurrenceTool,
  reopenTaskTool,
  listListsTool,
  createListTool,
  listSectionsTool,
  createSectionTool,
  renameSectionTool,
  deleteSectionTool,
  moveTaskTool,
  addSubtaskTool,
  assignTaskTool,
  commentOnTaskTool,
  listCommentsTool,
  listActivityTool,
  listMembersTool,
  listNotificationsTool,
  listTagsTool,
];

export interface ToolOutcome {
  result: unknown;
  structured: object;
  isError: boolean;
}

/**
 * Runs a tool for the caller with arguments already checked against its input schema. The
 * `user_id` argument must name the caller: it exists for the contract, never to reach another
 * user. Refusals (wrong user, not found, invalid values) are error results with a message.
 */
export async function runTool(
  tool: ToolDefinition,
  context: ToolContext,
  args: Record<string, unknown>,
): Promise<ToolOutcome> {
  try {
    if (args.user_id !== context.userId && args.user_id !== 'me') {
      throw new ToolError(`user_id must be your own id (${context.userId})`);
    }
    const { result, structured } = await tool.run(context, args);
    return { result, structured, isError: false };
  } catch (err) {
    const refusal =
      err instanceof ToolError
        ? err.message
        : err instanceof AppError && err.status < 500
          ? err.message
          : null;
    if (refusal === null) throw err;
    // The REST API's stable code goes with the message (AUTH_FORBIDDEN: a viewer's write, say).
    const result = err instanceof AppError ? { error: refusal, code: err.code } : { error: refusal };
    return { result, structured: result, isError: true };
  }
}

export const toolByName = (name: string) => TOOLS.find((t) => t.name === name);
