// Turns of the built-in assistant over the real task tools on a real database, for the assistant's
// suites: what it replied and the changes it asked the tools to make (reads left out). One embedded
// database per clock a suite uses, opened on first use and closed after the suite (the eval's:
// eval/db-tools.ts, from the run's migrated snapshot, the database's clock at the suite's instant); each conversation
// starts from its fixture tasks, loaded with their ids.

import { afterAll, beforeAll, expect } from 'vitest';
import { CHECK_CONFIRM } from '#shared/answers.js';
import type { AgentOutput, HistoryMessage, ToolRunner } from '../../server/features/assistant/agent.js';
import { snapshotBlob } from '../../test/support/database.js';
import { type EvalDatabase, migratedDumpFrom, openEvalDatabase } from '../eval/db-tools.js';
import { offlineAgent } from '../index.js';

// The migrated snapshot the run's global setup made once, not every migration again per worker.
migratedDumpFrom(snapshotBlob);

export interface Clock {
  now: Date;
  timeZone: string;
}

/** A task a conversation starts with (its id kept). */
export type FixtureTask = Parameters<EvalDatabase['tools']>[0]['tasks'][number];

/** A task as the tools list it. */
export interface ListedTask {
  id: number;
  title: string;
  completed: boolean;
  [field: string]: unknown;
}

const databases = new Map<string, Promise<EvalDatabase>>();
// A suite's helpers made while its tests are collected start opening their databases then; they are
// ready before the first test.
beforeAll(async () => {
  await Promise.all(databases.values());
}, 300_000);
afterAll(async () => {
  const open = [...databases.values()];
  databases.clear();
  for (const database of open) await (await database).close();
});

function databaseAt(now: Date): Promise<EvalDatabase> {
  const key = now.toISOString();
  let database = databases.get(key);
  if (!database) {
    database = openEvalDatabase(now);
    databases.set(key, database);
  }
  return database;
}

/**
 * The real tools for `userId` over `tasks` at the clock: the database emptied and the tasks loaded
 * (the previous tools of this clock's database closed). `tasks()` lists every task as it is now.
 */
export async function toolsOver(setup: {
  userId: string;
  tasks: FixtureTask[];
  now: Date;
  timeZone: string;
}): Promise<{ run: ToolRunner; tasks: () => Promise<ListedTask[]> }> {
  const database = await databaseAt(setup.now);
  const run = await database.tools(setup);
  const tasks = async () => {
    const listed = await run('list_tasks', { user_id: setup.userId, status: 'all' });
    return [...(listed.result as ListedTask[])].sort((a, b) => a.id - b.id);
  };
  return { run, tasks };
}

const changesOf = (calls: { name: string }[]) => calls.filter((c) => !/^(?:list|search|get)_/u.test(c.name));

export function assistantOver(tasks: FixtureTask[], clock: Clock) {
  void databaseAt(clock.now);
  return async (message: string) => {
    const { run } = await toolsOver({ userId: 'u', tasks, ...clock });
    const out = await offlineAgent.run({ userId: 'u', message, history: [], ...clock, callTool: run });
    return { reply: out.response, changes: changesOf(out.tool_calls) as typeof out.tool_calls };
  };
}

/** Several turns of one conversation over one set of tasks, each turn's changes apart. */
export function conversationOver(tasks: FixtureTask[], clock: Clock) {
  const tools = toolsOver({ userId: 'u', tasks, ...clock });
  const history: HistoryMessage[] = [];
  const say = async (message: string) => {
    const { run } = await tools;
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
    return { reply: out.response, changes: changesOf(out.tool_calls) as typeof out.tool_calls };
  };
  /** A tool run outside the conversation (someone else's change, made between two turns). */
  const call = async (name: string, args: Record<string, unknown>) =>
    (await tools).run(name, { user_id: 'u', ...args });
  return { say, tasks: async () => (await tools).tasks(), call };
}

/**
 * One message, answered "yes" when the assistant asks to check its reading first
 * (stages/checkfirst.ts): the changes are those the line makes once confirmed, and `asked` says
 * whether it was asked about.
 */
export function confirmingOver(tasks: FixtureTask[], clock: Clock) {
  void databaseAt(clock.now);
  return async (message: string) => {
    const { say } = conversationOver(tasks, clock);
    const first = await say(message);
    if (!Object.values(CHECK_CONFIRM).some((mark) => first.reply.includes(mark)))
      return { ...first, asked: false };
    const yes = await say('yes');
    return { ...yes, asked: true };
  };
}

/**
 * The real tools at a clock, for suites that run the assistant themselves: the function it returns gives
 * the tools over a fixture's tasks, loaded on first use (so two made in one test never share the database at
 * once unless both are used), and `tasks()` gives every task as it is now, with all its fields.
 */
export function realTools(clock: Clock) {
  void databaseAt(clock.now);
  return (fixture: FixtureTask[], timeZone = clock.timeZone) => {
    let tools: ReturnType<typeof toolsOver> | undefined;
    const open = () => {
      tools ??= toolsOver({ userId: 'u', tasks: fixture, now: clock.now, timeZone });
      return tools;
    };
    const run: ToolRunner = async (name, args) => (await open()).run(name, args);
    /** Every task with all its fields (as get_task answers it), by id. */
    const tasks = async () => {
      const listed = await (await open()).tasks();
      const got = await Promise.all(listed.map((t) => run('get_task', { user_id: 'u', task_id: t.id })));
      return got.map((g) => g.result as ListedTask);
    };
    return { run, tasks };
  };
}

/** The tasks the turn-by-turn suites start from: a meeting, its notes, milk and a call. */
export const MEETING_TASKS: FixtureTask[] = [
  { id: 1, title: 'Team meeting' },
  { id: 2, title: 'Meeting notes' },
  { id: 3, title: 'Buy milk', tags: ['home'] },
  { id: 4, title: 'Call mom', completed: true },
];

/** A turn's calls without the reads (list, search, get). */
export const changesIn = (out: AgentOutput) =>
  out.tool_calls.filter((c) => !['list_tasks', 'search_tasks', 'get_task'].includes(c.name));

/**
 * Conversations over the real tools at a clock, for suites that check the assistant's whole output:
 * `chat(tasks)` starts one on a fresh database; its say() runs one turn and keeps the history.
 */
export function chatsAt(clock: Clock) {
  const toolsOver = realTools(clock);
  return function chat(tasks: FixtureTask[] = MEETING_TASKS, timeZone = clock.timeZone) {
    const store = toolsOver(tasks, timeZone);
    const history: HistoryMessage[] = [];
    const say = async (message: string): Promise<AgentOutput> => {
      const out = await offlineAgent.run({
        userId: 'u',
        message,
        history,
        now: clock.now,
        timeZone,
        callTool: store.run,
      });
      history.push(
        { role: 'user', content: message },
        { role: 'assistant', content: out.response, tool_calls: out.tool_calls, state: out.state },
      );
      return out;
    };
    /**
     * A request that deletes: the assistant asks first and deletes nothing, "yes" carries it out
     * (stages/deletes.ts). Both turns' calls, in order.
     */
    const confirmed = async (message: string): Promise<AgentOutput> => {
      const asked = await say(message);
      expect(
        asked.tool_calls.map((c) => c.name),
        message,
      ).not.toContain('delete_task');
      expect(asked.response, message).toMatch(/Say "yes" to delete it|"haan" likhein|"ہاں" لکھیں/u);
      const yes = await say('yes');
      return { response: yes.response, tool_calls: [...asked.tool_calls, ...yes.tool_calls] };
    };
    return { say, store, confirmed };
  };
}
