// One turn of the built-in assistant: the tools it calls, the reply it gives and the question it
// puts (state.ts), and the words of a tool's refusal.

import type { AgentInput, AgentOutput, ToolCallRecord } from '../../server/features/assistant/agent.js';
import { detectLanguage, type Lang } from './language.js';
import type { Change } from './meaning.js';
import type { Reminder } from './reminders.js';
import { inDateOrder, numbered, type ShownTask, say } from './replies.js';
import { viewOnly } from './shared.js';
import type { Unread } from './stages/leftover.js';
import type { Ask, Choice, NewTask } from './state.js';
import type { Clock } from './when.js';

export const MUTATING = new Set([
  'add_task',
  'add_task_details',
  'complete_task',
  'delete_task',
  'update_task',
  'set_task_details',
  'reopen_task',
  'quick_add',
  'skip_occurrence',
  'assign_task',
  'comment_on_task',
]);
export const READS = new Set(['list_tasks', 'search_tasks']);
/** What "which one?" and the other questions about which task is meant leave as state. */
export const WHICH: Ask = { kind: 'which' };
/** A "which one?" that keeps what the line asked done, so an answer naming one carries it out (stages/choice.ts). */
export const whichTo = (
  action: 'complete' | 'delete' | 'reopen' | 'update' | 'skip',
  change: Change | null = null,
): Ask => ({ kind: 'which', action, change });
/** What a guess leaves as state: "yes" carries it out. */
export const PROPOSED: Ask = { kind: 'proposal' };
/** What a new task proposed leaves as state: "yes" adds it as read. */
export const proposedAdd = (task: NewTask): Ask => ({ kind: 'proposal', add: task });
export const SHOW_AT_MOST = 25;

export interface Found {
  id: number;
  title?: string;
  completed?: boolean;
  tags?: string[];
  reminders?: Reminder[];
  due_date?: string | null;
  due_at?: string | null;
  recurrence?: string | null;
}

export type Action = 'complete' | 'delete' | 'reopen' | 'update' | 'skip';

/** A task as get_task tells it, read once per turn. */
export interface Current {
  title: string | null;
  tags: string[];
  reminders: Reminder[];
  due: boolean;
  due_date: string | null;
  due_at: string | null;
  recurrence: string | null;
}

export class Turn {
  readonly calls: ToolCallRecord[] = [];
  /** Tasks read with get_task during this turn. */
  readonly current = new Map<number, Current>();
  readonly lang: Lang;
  readonly clock: Clock;
  constructor(
    readonly input: AgentInput,
    message: string,
    lang?: Lang,
  ) {
    this.lang = lang ?? detectLanguage(message);
    this.clock = { now: input.now, timeZone: input.timeZone, dateOrder: input.dateOrder ?? null };
  }

  async call(name: string, args: Record<string, unknown>): Promise<{ result: unknown; isError: boolean }> {
    const full = { user_id: this.input.userId, ...args };
    const outcome = await this.input.callTool(name, full);
    this.calls.push({ name, arguments: full, result: outcome.result });
    return outcome;
  }

  /**
   * The tasks as a numbered list in date order (unless `asGiven`, for an order the person asked
   * for); the reply keeps them as its state's `shown`, which "the second one" is read against.
   */
  numbered(tasks: ShownTask[], asGiven = false): string {
    const ordered = (asGiven ? tasks : inDateOrder(tasks, this.clock.timeZone)).slice(0, SHOW_AT_MOST);
    this.shown = ordered.map((t) => ({ id: t.id, title: t.title }));
    return numbered(ordered, this.lang, this.clock);
  }
  /** The tasks the reply numbered (Turn.numbered), in the order shown. */
  shown: Choice[] | null = null;

  reply(text: Record<Lang, string>): AgentOutput {
    const out: AgentOutput = { response: text[this.lang], tool_calls: this.calls };
    return this.shown ? { ...out, state: { asks: [], shown: this.shown } } : out;
  }

  /** A reply that puts a question: what it asked is kept as the turn's state (state.ts). */
  ask(text: Record<Lang, string>, asked: Ask): AgentOutput {
    const state = { asks: [asked], ...(this.shown ? { shown: this.shown } : {}) };
    return { response: text[this.lang], tool_calls: this.calls, state };
  }

  /** A reply saying the line was not understood, or not what to change: its clauses may be read alone. */
  unread(text: Record<Lang, string>, understood: Unread, asked?: Ask): AgentOutput {
    const out = asked ? this.ask(text, asked) : this.reply(text);
    UNREAD.set(out, understood);
    return out;
  }
}

/** Replies that understood nothing to do (stages/leftover.ts reads such a line clause by clause). */
export const UNREAD = new WeakMap<AgentOutput, Unread>();

/** Replies in the three languages, where the wording is the same shape. */
export const said = (en: string, roman: string, ur: string): Record<Lang, string> => ({ en, roman, ur });

/** A tool's refusal in words: a viewer's write is said plainly, anything else as the tool said it. */
export function refusal(result: unknown): Record<Lang, string> {
  if ((result as { code?: unknown } | null)?.code === 'AUTH_FORBIDDEN') return viewOnly();
  return say.toolError(errorText(result));
}

function errorText(result: unknown): string {
  const message = (result as { error?: unknown } | null)?.error;
  return typeof message === 'string' ? message.replace(/[.]$/u, '') : 'the tool refused';
}
