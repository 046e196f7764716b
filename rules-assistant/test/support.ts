// One turn of the built-in assistant over the in-memory tools, for the assistant's unit suites:
// what it replied and the changes it asked the tools to make (reads left out).

import { CHECK_CONFIRM } from '#shared/answers.js';
import type { HistoryMessage } from '../../server/features/assistant/agent.js';
import { offlineAgent } from '../engine/index.js';
import { type FixtureTask, memoryToolRunner } from '../eval/memory-tools.js';

export interface Clock {
  now: Date;
  timeZone: string;
}

export function assistantOver(tasks: FixtureTask[], clock: Clock) {
  return async (message: string) => {
    const { run } = memoryToolRunner({ userId: 'u', tasks, ...clock });
    const out = await offlineAgent.run({ userId: 'u', message, history: [], ...clock, callTool: run });
    return {
      reply: out.response,
      changes: out.tool_calls.filter((c) => !/^(?:list|search|get)_/u.test(c.name)),
    };
  };
}

/** Several turns of one conversation over one set of in-memory tasks, each turn's changes apart. */
export function conversationOver(tasks: FixtureTask[], clock: Clock) {
  const { run, tasks: held } = memoryToolRunner({ userId: 'u', tasks, ...clock });
  const history: HistoryMessage[] = [];
  const say = async (message: string) => {
    const out = await offlineAgent.run({
      userId: 'u',
      message,
      history: [...history],
      ...clock,
      callTool: run,
    });
    history.push(
      { role: 'user', content: message },
      { role: 'assistant', content: out.response, tool_calls: out.tool_calls, state: out.state },
    );
    return {
      reply: out.response,
      changes: out.tool_calls.filter((c) => !/^(?:list|search|get)_/u.test(c.name)),
    };
  };
  return { say, tasks: held };
}

/**
 * One message over in-memory tasks, answered "yes" when the assistant asks to check its reading
 * first (stages/checkfirst.ts): the changes are those the line makes once confirmed, and `asked`
 * says whether it was asked about.
 */
export function confirmingOver(tasks: FixtureTask[], clock: Clock) {
  return async (message: string) => {
    const { say } = conversationOver(tasks, clock);
    const first = await say(message);
    if (!Object.values(CHECK_CONFIRM).some((mark) => first.reply.includes(mark)))
      return { ...first, asked: false };
    const yes = await say('yes');
    return { ...yes, asked: true };
  };
}
