// The built-in assistant on everyday requests: adds, dates in the person's zone, Urdu, typos, which
// task when several match, and what it never does. Turns over the real tools (support.ts).
import { describe, expect, it } from 'vitest';
import { detectLanguage, editDistance } from '../engine/language.js';
import { understand } from '../engine/understand.js';
import { EVAL_NOW, EVAL_ZONE } from '../eval/run.js';
import { changesIn, chatsAt, type FixtureTask, MEETING_TASKS } from './support.js';

describe('over a meeting, its notes, milk and a call', () => {
  const USER = 'u';
  const chat = chatsAt({ now: EVAL_NOW, timeZone: EVAL_ZONE });
  const changes = changesIn;

  describe('everyday requests', () => {
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
      expect((await store.tasks()).at(-1)?.title).toBe('Buy groceries');
    });

    it('reads due moments, tags and priority with quick add, in the person’s time zone', async () => {
      const karachi = await chat().say('add call Ali tomorrow at 5pm #work !high');
      expect(karachi.tool_calls[0]).toMatchObject({
        name: 'add_task_details',
        arguments: {
          title: 'Call Ali',
          due_at: '2025-06-12T12:00:00.000Z',
          tags: ['work'],
          priority: 'high',
        },
      });
      const newYork = await chat(MEETING_TASKS, 'America/New_York').say('add call Ali tomorrow at 5pm');
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
      const answer = await first.confirmed('2');
      expect(changes(answer)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 1 } }]);
      expect(answer.response).toContain('"Team meeting"');

      const second = chat();
      await second.say('complete meeting');
      const named = await second.say('meeting notes');
      expect(changes(named)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 2 } }]);
    });

    it('finds a task by title words with a search before acting', async () => {
      const out = await chat().confirmed('remove the milk task');
      expect(out.tool_calls[0]?.name).toBe('search_tasks');
      expect(changes(out).map((c) => c.name)).toEqual(['delete_task']);
      expect(changes(out)[0]?.arguments).toEqual({ user_id: USER, task_id: 3 });
    });

    it('counts positions in the last list shown in the conversation', async () => {
      const { say, confirmed } = chat();
      const listed = await say('show my tasks');
      expect(listed.response).toMatch(/1\. Call mom/); // newest first
      const out = await say('complete the second one');
      expect(changes(out)).toMatchObject([{ name: 'complete_task', arguments: { task_id: 3 } }]);
      const last = await confirmed('delete the last one');
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
      for (const message of ['asdfgh', "what's the weather like?", 'go away', 'موسم کیسا ہے؟']) {
        const out = await chat().say(message);
        expect(out.tool_calls, message).toEqual([]);
      }
      // A question it cannot answer: what it can do, and where a model is chosen, in Urdu.
      expect((await chat().say('موسم کیسا ہے؟')).response).toMatch(/کر سکتا ہوں.*Settings → Assistant/u);
    });

    it('adds a to-do led by a verb of doing, without a command word', async () => {
      const out = await chat().say('walk the dog');
      expect(changes(out)).toEqual([
        expect.objectContaining({
          name: 'add_task',
          arguments: expect.objectContaining({ title: 'Walk the dog' }),
        }),
      ]);
      expect(out.response).toMatch(/Added "Walk the dog"/);
      // Pointing at the person or at a task already there is no to-do.
      for (const message of ['ask me later', 'book it for friday', 'check my tasks']) {
        const other = await chat().say(message);
        expect(changes(other), message).toEqual([]);
      }
    });

    it('never moves a task that a new task only resembles, and asks instead', async () => {
      // "rent" is a typo away from "Renew": news of a change to it, never; a new task, proposed.
      const tasks: FixtureTask[] = [{ id: 1, title: 'Renew domain', due_date: '2025-06-20' }];
      const out = await chat(tasks).say('rent due end of month');
      expect(changes(out)).toEqual([]);
      expect(out.response).toMatch(/Add "Rent".*\?/);
      // A name the title lacks is another person's task: "Mrs Khan" is not "Mrs. Qureshi".
      const suits: FixtureTask[] = [{ id: 1, title: 'Mrs. Qureshi ka suit', due_date: '2025-06-20' }];
      const khan = await chat(suits).say('Mrs Khan ka suit 15 tareekh tak ready karna hai');
      expect(changes(khan).filter((c) => c.name === 'set_task_details')).toEqual([]);
    });

    it('keeps the hour a task is due at when only a new day is said, and its day for a time', async () => {
      const tasks: FixtureTask[] = [
        { id: 1, title: 'Dentist appointment', due_at: '2025-06-13T07:00:00.000Z' },
      ];
      const day = await chat(tasks).say('push the dentist to monday');
      expect(changes(day)).toEqual([
        expect.objectContaining({
          name: 'set_task_details',
          arguments: expect.objectContaining({ due_at: '2025-06-16T07:00:00.000Z' }),
        }),
      ]);
      const time = await chat(tasks).say('the dentist got moved to 4pm');
      expect(changes(time)).toEqual([
        expect.objectContaining({
          name: 'set_task_details',
          arguments: expect.objectContaining({ due_at: '2025-06-13T11:00:00.000Z' }),
        }),
      ]);
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

    // Its speed is the eval's to print (`npm run eval` gives each set's mean and p95 a turn): a
    // timed assertion failed on a busy machine.
    it('is deterministic', async () => {
      const a = await chat().say('add pay rent on friday #bills');
      const b = await chat().say('add pay rent on friday #bills');
      expect(a).toEqual(b);
      const line = 'reschedule the meeting prep to next monday at 9am';
      const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };
      expect(understand(line, clock)).toEqual(understand(line, clock));
    });
  });
});
