// A structured plan carried out: what a language model read from a message (server/features/
// assistant/plan.ts asks a small model for it as JSON), turned into the built-in assistant's own
// reading (an Understanding) and run through the same executor, the same matcher and the same
// confirmation rules as a message the rules read: tasks found by their words or their place in the
// last list shown (acting.ts), a deletion asked about and carried out on "yes" (stages/deletes.ts),
// dates read by the quick add reader (#shared/quickadd), questions answered from the tools' results.
// Nothing the model wrote is shown as an answer; no phrase is read here.
import { parseQuickAdd } from '#shared/quickadd/quickadd.js';
import type { AgentInput, AgentOutput, Plan } from '../../server/features/assistant/agent.js';
import { yesOrNo } from './conversation.js';
import { detectLanguage, words } from './language.js';
import { say } from './replies.js';
import { answerToDelete } from './stages/deletes.js';
import { finalState, lastAsked } from './state.js';
import { handle } from './told.js';
import { MUTATING, Turn } from './turn.js';
import type { Change, Target, Understanding } from './understand.js';

const INTENTS = new Set(['add', 'complete', 'delete', 'reopen', 'update', 'skip', 'list', 'other']);

/** The plan a reply was carried out from, kept in its state for "yes" to a question it put. */
function storedPlan(input: AgentInput): Plan | null {
  const plan = input.history.at(-1)?.state?.plan as Plan | undefined;
  return plan && typeof plan === 'object' && INTENTS.has(plan.intent) ? plan : null;
}

/** The due moment of a plan, read by the quick add reader; 'unread' when it says none it can read. */
function moment(
  when: string | null,
  clock: { now: Date; timeZone: string },
): Pick<Change, 'due_date' | 'due_at' | 'recurrence'> | 'unread' | null {
  if (!when?.trim()) return null;
  const read = parseQuickAdd(when, { now: clock.now, timeZone: clock.timeZone });
  if (!read.due_date && !read.due_at && !read.recurrence) return 'unread';
  return {
    ...(read.due_at ? { due_at: read.due_at } : { due_date: read.due_date }),
    ...(read.recurrence ? { recurrence: read.recurrence } : {}),
  };
}

function targetOf(plan: Plan): Target {
  if (plan.position !== null && Number.isSafeInteger(plan.position) && plan.position >= 1)
    return { kind: 'position', index: plan.position - 1 };
  const said = words(plan.task ?? '');
  return said.length > 0 ? { kind: 'title', words: said } : { kind: 'none' };
}

/** The plan as the built-in assistant's reading of a message, or a reply when it cannot be one. */
function understood(turn: Turn, plan: Plan): Understanding | AgentOutput {
  const when = moment(plan.when, turn.clock);
  if (when === 'unread') return turn.reply(say.askUnread(plan.title ?? plan.task ?? '', plan.when!, 'date'));
  const tags = plan.tags.filter((t) => t.trim()).map((t) => t.trim().replace(/^#/u, ''));
  switch (plan.intent) {
    case 'add':
      return {
        intent: 'add',
        description: null,
        details: {
          title: (plan.title ?? '').trim(),
          priority: plan.priority && plan.priority !== 'none' ? plan.priority : null,
          tags,
          due_date: when?.due_date ?? null,
          due_at: when?.due_at ?? null,
          recurrence: when?.recurrence ?? null,
        },
      };
    case 'complete':
    case 'delete':
    case 'reopen':
    case 'skip':
      return { intent: plan.intent, target: targetOf(plan) };
    case 'update': {
      const change: Change = { ...(when ?? {}) };
      if (plan.title?.trim() && plan.task) change.title = plan.title.trim();
      if (plan.priority) change.priority = plan.priority;
      if (tags.length > 0) change.addTags = tags;
      return { intent: 'update', target: targetOf(plan), change: Object.keys(change).length ? change : null };
    }
    case 'list':
      return {
        intent: 'list',
        count: false,
        filters: {
          ...(plan.status ? { status: plan.status } : {}),
          ...(plan.due ? { due: plan.due } : {}),
          ...(plan.task?.trim() ? { query: plan.task.trim() } : {}),
          ...(tags.length ? { tags } : {}),
          ...(plan.priority && plan.priority !== 'none' ? { priority: [plan.priority] } : {}),
        },
      };
    default:
      return { intent: 'unknown' };
  }
}

async function carryOut(input: AgentInput, plan: Plan): Promise<AgentOutput> {
  // Replies in the language the person wrote in. A new task's checks that read the line (words left
  // unread, a date no reader takes) read the title the plan gives, not the person's sentence: the
  // model has read that, and its date is checked by the quick add reader above.
  const lang = detectLanguage(input.message);
  const line = plan.intent === 'add' && plan.title?.trim() ? plan.title.trim() : input.message;
  const turn = new Turn({ ...input, message: line }, line, lang);
  const u = understood(turn, plan);
  if (!('intent' in u)) return u;
  // Anything the plan does not name is answered with what the assistant can do, never invented.
  if (u.intent === 'unknown') return turn.reply(say.unknown());
  return handle(turn, u);
}

/**
 * One turn carried out from a plan. The answer to a question the last reply put ("yes" to a
 * deletion) is taken first, from the plan kept with that reply; `read` (the model) is asked only
 * otherwise, and null from it (no plan) is answered with what the assistant can do.
 */
export async function carryOutPlan(
  input: AgentInput,
  read: () => Promise<Plan | null>,
): Promise<AgentOutput> {
  const lang = detectLanguage(input.message);
  const said = yesOrNo(input.message);
  const before = storedPlan(input);
  if (before && lastAsked(input.history)) {
    const confirmed = await answerToDelete(
      input,
      said,
      (again) => carryOut(again, before),
      say.declined()[lang],
      MUTATING,
    );
    if (confirmed) return withPlan(input, confirmed, before);
  }
  const plan = await read();
  if (!plan)
    return finalState(input.message, { response: say.unknown()[lang], tool_calls: [] }, input.history);
  return withPlan(input, await carryOut(input, plan), plan);
}

function withPlan(input: AgentInput, out: AgentOutput, plan: Plan): AgentOutput {
  const done = finalState(input.message, out, input.history);
  return { ...done, state: { ...done.state, plan: plan as unknown as Record<string, unknown> } };
}
