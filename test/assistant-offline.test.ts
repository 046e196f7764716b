// The built-in assistant: behaviours one by one over the in-memory tools, then the whole eval.
// Pure unit tests: no server, no database.
import { describe, expect, it } from 'vitest';
import { type FixtureTask, memoryToolRunner } from '../eval/memory-tools.js';
import { EVAL_NOW, EVAL_ZONE, runEval } from '../eval/run.js';
import type { AgentOutput, HistoryMessage } from '../src/assistant/agent.js';
import { offlineAgent } from '../src/assistant/offline/index.js';
import { detectLanguage, editDistance } from '../src/assistant/offline/language.js';
import { understand } from '../src/assistant/offline/understand.js';

const USER = 'user-1';
const TASKS: FixtureTask[] = [
  { id: 1, title: 'Team meeting' },
  { id: 2, title: 'Meeting notes' },
  { id: 3, title: 'Buy milk', tags: ['home'] },
  { id: 4, title: 'Call mom', completed: true },
];

/** A conversation over a fresh store: say() runs one turn and keeps the history. */
function chat(tasks: FixtureTask[] = TASKS, timeZone = EVAL_ZONE) {
  const store = memoryToolRunner({ userId: USER, tasks, now: EVAL_NOW, timeZone });
  const history: HistoryMessage[] = [];
  const say = async (message: string): Promise<AgentOutput> => {
    const out = await offlineAgent.run({
      userId: USER,
      message,
      history,
      now: EVAL_NOW,
      timeZone,
      callTool: store.run,
    });
    history.push(
      { role: 'user', content: message },
      { role: 'assistant', content: out.response, tool_calls: out.tool_calls },
    );
    return out;
  };
  return { say, store };
}

const changes = (out: AgentOutput) =>
  out.tool_calls.filter((c) => !['list_tasks', 'search_tasks', 'get_task'].includes(c.name));

describe('offline assistant', () => {
  it('adds a plain task with add_task and confirms it by name', async () => {
    const { say, store } = chat();
    const out = await say('add buy groceries');
    expect(out.tool_calls).toEqual([
      {
        name: 'add_task',
        arguments: { user_id: USER, title: 'Buy groceries' },
        result: { task_id: 5, status: 'created', title: 'Buy groceries' },
      },
    ]);
    expect(out.response).toContain('"Buy groceries"');
    expect(store.tasks.at(-1)?.title).toBe('Buy groceries');
  });

  it('reads due moments, tags and priority with quick add, in the person’s time zone', async () => {
    const karachi = await chat().say('add call Ali tomorrow at 5pm #work !high');
    expect(karachi.tool_calls[0]).toMatchObject({
      name: 'add_task_details',
      arguments: { title: 'Call Ali', due_at: '2025-06-12T12:00:00.000Z', tags: ['work'], priority: 'high' },
    });
    const newYork = await chat(TASKS, 'America/New_York').say('add call Ali tomorrow at 5pm');
    expect(newYork.tool_calls[0]?.arguments.due_at).toBe('2025-06-12T21:00:00.000Z');
  });

  it('answers Urdu in Urdu and reads Urdu dates', async () => {
    const out = await chat([]).say('کل شام 5 بجے ڈاکٹر کے پاس جانا شامل کرو');
    expect(out.tool_calls[0]?.arguments).toMatchObject({
      title: 'ڈاکٹر کے پاس جانا',
      due_at: '2025-06-12T12:00:00.000Z',
    });
    expect(out.response).toMatch(/شامل کر دیا گیا/);
    const roman = await chat().say('milk wala task mukammal karo');
    expect(roman.response).toMatch(/mukammal ho gaya/);
  });

  it('forgives typos in command words', async () => {
    expect(understand('delte task 3', { now: EVAL_NOW, timeZone: EVAL_ZONE })).toMatchObject({
      intent: 'delete',
      target: { kind: 'id', id: 3 },
    });
    expect(understand('compelte task 3', { now: EVAL_NOW, timeZone: EVAL_ZONE }).intent).toBe('complete');
    expect(understand('shwo my tasks', { now: EVAL_NOW, timeZone: EVAL_ZONE }).intent).toBe('list');
    expect(editDistance('compelte', 'complete')).toBe(1);
  });

  it('asks which task when several match, then acts on the answer by position or by name', async () => {
    const first = chat();
    const question = await first.say('delete the meeting task');
    expect(changes(question)).toEqual([]);
    expect(question.response).toMatch(/Which one/);
    expect(question.response).toMatch(/1\. .+\n2\. /);
    const answer = await first.say('2');
    expect(changes(answer)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 1 } }]);
    expect(answer.response).toContain('"Team meeting"');

    const second = chat();
    await second.say('complete meeting');
    const named = await second.say('meeting notes');
    expect(changes(named)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 2 } }]);
  });

  it('finds a task by title words with a search before acting', async () => {
    const out = await chat().say('remove the milk task');
    expect(out.tool_calls.map((c) => c.name)).toEqual(['search_tasks', 'delete_task']);
    expect(out.tool_calls[1]?.arguments).toEqual({ user_id: USER, task_id: 3 });
  });

  it('counts positions in the last list shown in the conversation', async () => {
    const { say } = chat();
    const listed = await say('show my tasks');
    expect(listed.response).toMatch(/1\. Call mom/); // newest first
    const out = await say('complete the second one');
    expect(changes(out)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 3 } }]);
    const last = await say('delete the last one');
    expect(changes(last)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 1 } }]);
  });

  it('says gracefully when nothing matches, and passes on tool refusals', async () => {
    const none = await chat().say('complete the dentist task');
    expect(changes(none)).toEqual([]);
    expect(none.response).toMatch(/couldn't find.*show my tasks/i);
    const missing = await chat().say('complete task 99');
    expect(missing.response).toMatch(/Task 99 was not found/);
  });

  it('never acts on what it does not understand', async () => {
    for (const message of ['asdfgh', "what's the weather like?", 'buy milk', 'موسم کیسا ہے؟']) {
      const out = await chat().say(message);
      expect(out.tool_calls, message).toEqual([]);
    }
    expect((await chat().say('موسم کیسا ہے؟')).response).toMatch(/معذرت/);
  });

  it('refuses to change everything at once', async () => {
    const out = await chat().say('delete all my tasks');
    expect(out.tool_calls).toEqual([]);
    expect(out.response).toMatch(/one task at a time/);
  });

  it('undoes a completion by reopening the task', async () => {
    const { say } = chat();
    await say('complete task 3');
    const out = await say('undo');
    expect(changes(out)).toMatchObject([{ name: 'reopen_task', arguments: { task_id: 3 } }]);
  });

  it('merges new tags with the current ones', async () => {
    const out = await chat().say('add tag errands to task 3');
    expect(changes(out)).toMatchObject([
      { name: 'set_task_details', arguments: { task_id: 3, tags: ['home', 'errands'] } },
    ]);
  });

  it('tells the three languages apart', () => {
    expect(detectLanguage('show my tasks')).toBe('en');
    expect(detectLanguage('میرے کام دکھاؤ')).toBe('ur');
    expect(detectLanguage('mere tasks dikhao')).toBe('roman');
  });

  it('is deterministic and fast', async () => {
    const a = await chat().say('add pay rent on friday #bills');
    const b = await chat().say('add pay rent on friday #bills');
    expect(a).toEqual(b);
    const started = performance.now();
    for (let i = 0; i < 100; i++)
      understand('reschedule the meeting prep to next monday at 9am', { now: EVAL_NOW, timeZone: EVAL_ZONE });
    expect((performance.now() - started) / 100).toBeLessThan(5);
  });
});

describe('assistant eval', () => {
  it('gets at least 95% of the utterances right', async () => {
    const report = await runEval(offlineAgent);
    const failures = report.failures.map((f) => `${f.utterance.text}: ${f.reason}`);
    expect(report.total).toBeGreaterThanOrEqual(170);
    expect(failures.length / report.total, failures.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
