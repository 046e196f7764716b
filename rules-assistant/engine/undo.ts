import { type AgentOutput, focusIn } from '../../server/features/assistant/agent.js';
import { act } from './acting.js';
import { lastChange } from './conversation.js';
import data from './lang/smalltalk.json' with { type: 'json' };
import { words } from './language.js';
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

const OPEN_AGAIN = new Set([...data.en.openAgain, ...data.roman.openAgain, ...data.ur.openAgain]);

export async function undo(turn: Turn, confirmed = false): Promise<AgentOutput> {
  // "isay wapis khol do" after "X ho gaya tha na?" answered about X: X opened again, not the
  // conversation's last change (the task only looked at is what "it" is).
  const focus = focusIn(turn.input.history);
  if (
    focus?.did === 'shown' &&
    focus.tasks.length === 1 &&
    words(turn.input.message).some((w) => OPEN_AGAIN.has(w))
  )
    return act(turn, 'reopen', { kind: 'id', id: focus.tasks[0]!.id }, null);
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
