import type { AgentOutput } from '../../server/features/assistant/agent.js';
import { lastChange } from './conversation.js';
import { say } from './replies.js';
import { refusal, type Turn } from './turn.js';

// Undo -----------------------------------------------------------------------------------------

// The rule: undo reverses the most recent change of the conversation. Reads (lists, searches) and
// questions are not changes, so "add X", "show my tasks", "undo" is about the add. The reply says
// what was undone. Reversing a completion or a reopen loses nothing and is done at once. Reversing
// an add deletes the task, so it is done at once only when it is unambiguous: the add was the turn
// just before and added one task. Otherwise the assistant names the task and asks; "yes" deletes it,
// "no" keeps it. A delete or an edit cannot be reversed, and the reply says so.

const REVERSE: Record<string, string> = {
  complete_task: 'reopen_task',
  reopen_task: 'complete_task',
  add_task: 'delete_task',
  add_task_details: 'delete_task',
  quick_add: 'delete_task',
};

export async function undo(turn: Turn, confirmed = false): Promise<AgentOutput> {
  const last = lastChange(turn.input.history);
  if (!last) return turn.reply(say.undoNothing());
  const { call } = last;
  const result = call.result as { task_id?: number; title?: string };
  const id = result.task_id ?? (call.arguments.task_id as number | undefined);
  if (id === undefined) return turn.reply(say.undoNothing());
  const title = result.title ?? `#${id}`;
  if (call.name === 'delete_task') return turn.reply(say.undoDelete(title));
  const tool = REVERSE[call.name];
  if (!tool) return turn.reply(say.undoUpdate());
  if (tool === 'delete_task' && !confirmed && !(last.justBefore && last.created === 1))
    return turn.ask(say.undoAddAsk(title, last.created), { kind: 'undo' });
  const outcome = await turn.call(tool, { task_id: id });
  if (outcome.isError) return turn.reply(refusal(outcome.result));
  const done = (outcome.result as { title?: string }).title ?? title;
  if (tool === 'reopen_task') return turn.reply(say.undoneCompletion(done));
  if (tool === 'complete_task') return turn.reply(say.undoneReopen(done));
  return turn.reply(say.undoneAdd(done));
}
