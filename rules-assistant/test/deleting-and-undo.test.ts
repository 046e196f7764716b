// The built-in assistant deleting (always asked about first, stages/deletes.ts) and undoing the last
// change; due moments said in words. Turns over the real tools (support.ts), and once over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/support/server.js';
import { EVAL_NOW, EVAL_ZONE } from '../eval/run.js';
import { changesIn, chatsAt, conversationOver, type FixtureTask, MEETING_TASKS } from './support.js';

describe('over a gym, milk, a car service and a plumber', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Renew the gym membership', due_date: '2025-06-20' },
    { id: 2, title: 'Doodh lana' },
    { id: 3, title: 'گاڑی کی سروس کروانا' },
    { id: 4, title: 'Call the plumber' },
  ];
  const open = (tasks: { id: number }[]) => tasks.map((t) => t.id).sort();

  describe('a deletion is asked about first', () => {
    it('names the task, deletes nothing, and "yes" deletes exactly that task', async () => {
      const { say, tasks } = conversationOver(TASKS, clock);
      const asked = await say('delete the gym membership task');
      expect(asked.changes).toEqual([]);
      expect(asked.reply).toMatch(/Delete "Renew the gym membership"\?/u);
      expect(asked.reply).toMatch(/gone for good/u);
      expect(open(await tasks())).toEqual([1, 2, 3, 4]);
      const yes = await say('yes');
      expect(yes.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['delete_task', 1]]);
      expect(yes.reply).toMatch(/Deleted "Renew the gym membership"/u);
      expect(open(await tasks())).toEqual([2, 3, 4]);
    });

    it('"no" keeps the task', async () => {
      const { say, tasks } = conversationOver(TASKS, clock);
      await say('remove the plumber task');
      const no = await say('no');
      expect(no.changes).toEqual([]);
      expect(open(await tasks())).toEqual([1, 2, 3, 4]);
    });

    it('another request after the question is read as itself, and deletes nothing', async () => {
      const { say, tasks } = conversationOver(TASKS, clock);
      await say('delete the plumber task');
      const next = await say('mark the gym membership as done');
      expect(next.changes.map((c) => c.name)).toEqual(['complete_task']);
      expect(open(await tasks())).toEqual([1, 2, 3, 4]);
      // The question is no longer the last turn: "yes" now deletes nothing.
      const yes = await say('yes');
      expect(yes.changes.map((c) => c.name)).not.toContain('delete_task');
    });

    it('Roman Urdu: asked in Roman Urdu, "haan" deletes', async () => {
      const { say, tasks } = conversationOver(TASKS, clock);
      const asked = await say('doodh lana wala task delete kar do');
      expect(asked.changes).toEqual([]);
      expect(asked.reply).toMatch(/haan/u);
      const yes = await say('haan');
      expect(yes.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['delete_task', 2]]);
      expect(open(await tasks())).toEqual([1, 3, 4]);
    });

    it('Urdu: asked in Urdu, "ہاں" deletes', async () => {
      const { say, tasks } = conversationOver(TASKS, clock);
      const asked = await say('گاڑی کی سروس والا کام حذف کر دو');
      expect(asked.changes).toEqual([]);
      expect(asked.reply).toMatch(/حذف کر دوں؟/u);
      const yes = await say('ہاں');
      expect(yes.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['delete_task', 3]]);
      expect(open(await tasks())).toEqual([1, 2, 4]);
    });

    it('"yes" deletes only a task the question named, even if the tasks changed in between', async () => {
      const { say, tasks, call } = conversationOver(TASKS, clock);
      await say('delete the plumber task');
      // Someone renames the task before the answer: the question named another title.
      await call('update_task', { task_id: 4, title: 'Call the plumber about the geyser' });
      const yes = await say('yes');
      expect(yes.changes.map((c) => c.name)).not.toContain('delete_task');
      expect(open(await tasks())).toEqual([1, 2, 3, 4]);
    });

    it('the other change of "delete X and add Y" is made once, the deletion on "yes"', async () => {
      const { say, tasks } = conversationOver(TASKS, clock);
      const asked = await say('add buy stamps and delete the plumber task');
      const added = asked.changes.filter((c) => c.name.startsWith('add_task'));
      expect(asked.changes.map((c) => c.name)).not.toContain('delete_task');
      const yes = await say('yes');
      expect(yes.changes.map((c) => c.name)).toEqual(['delete_task']);
      const after = await tasks();
      expect(after.filter((t) => /stamps/iu.test(t.title))).toHaveLength(added.length);
      expect(after.some((t) => t.id === 4)).toBe(false);
    });
  });
});

describe('over a meeting, its notes, milk and a call', () => {
  const chat = chatsAt({ now: EVAL_NOW, timeZone: EVAL_ZONE });
  const changes = changesIn;

  describe('undo, due questions, dates in words, parts of the day', () => {
    // EVAL_NOW is Wednesday 2025-06-11, 14:00 in Karachi.
    const DATED: FixtureTask[] = [
      { id: 1, title: 'Pay rent', due_date: '2025-06-11' },
      { id: 2, title: 'Buy milk', due_date: '2025-06-11', completed: true },
      { id: 3, title: 'Call Ali', due_at: '2025-06-12T12:00:00.000Z' },
      { id: 4, title: 'Book flights', due_date: '2025-06-16', priority: 'high' },
      { id: 5, title: 'Return books', due_date: '2025-06-10' },
      { id: 6, title: 'Renew passport', due_date: '2026-01-05', priority: 'high' },
      { id: 7, title: 'Send invoice', due_date: '2025-06-12', completed: true },
    ];
    const titles = (tasks: { title: string }[]) => tasks.map((t) => t.title);

    it('undoes the change of the turn just before at once, and says what it undid', async () => {
      const { say, store } = chat();
      await say('add buy stamps');
      const undone = await say('undo that');
      expect(changes(undone)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 5 } }]);
      expect(undone.response).toMatch(/^Undone: .*"Buy stamps"/u);
      expect(titles(await store.tasks())).not.toContain('Buy stamps');
    });

    it('asks before deleting a task added earlier than the last turn; a list is not a change', async () => {
      const { say, store } = chat();
      await say('add buy stamps');
      await say('show my tasks');
      const asked = await say('undo that');
      expect(changes(asked)).toEqual([]);
      expect(asked.response).toMatch(/"Buy stamps"[\s\S]*\?/u);
      expect(titles(await store.tasks())).toContain('Buy stamps');
      const confirmed = await say('yes');
      expect(changes(confirmed)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 5 } }]);
      expect(titles(await store.tasks())).not.toContain('Buy stamps');

      const kept = chat();
      await kept.say('add buy stamps');
      await kept.say('show my tasks');
      await kept.say('undo');
      const no = await kept.say('no');
      expect(changes(no)).toEqual([]);
      expect(titles(await kept.store.tasks())).toContain('Buy stamps');

      const urdu = chat([]);
      await urdu.say('دودھ خریدنا شامل کرو');
      await urdu.say('میرے کام دکھاؤ');
      const question = await urdu.say('واپس کرو');
      expect(changes(question)).toEqual([]);
      expect(question.response).toMatch(/دودھ خریدنا[\s\S]*[?؟]/u);
      const yes = await urdu.say('جی ہاں');
      expect(changes(yes)).toMatchObject([{ name: 'delete_task', arguments: { task_id: 1 } }]);
    });

    it('reverses a completion made before a list at once (nothing is lost), naming the task', async () => {
      const { say } = chat();
      await say('complete the milk task');
      await say('show my tasks');
      const out = await say('undo');
      expect(changes(out)).toMatchObject([{ name: 'reopen_task', arguments: { task_id: 3 } }]);
      expect(out.response).toMatch(/^Undone: .*"Buy milk"/u);
    });

    it('asks which of two tasks added in one turn, never deleting both or guessing', async () => {
      const { say, store } = chat([]);
      await say('add "buy eggs" and "buy bread"');
      expect(titles(await store.tasks())).toEqual(['Buy eggs', 'Buy bread']);
      const out = await say('undo');
      expect(changes(out)).toEqual([]);
      expect(out.response).toMatch(/"Buy bread"[\s\S]*\?/u);
      expect((await say('yes please')).tool_calls.map((c) => c.name)).toEqual(['delete_task']);
      expect(titles(await store.tasks())).toEqual(['Buy eggs']);
    });

    it('lists only pending tasks for questions about today, this week or what is due, unless asked otherwise', async () => {
      for (const text of ['what is due today?', "what's on today", 'آج کے کام دکھاؤ', 'aaj kya karna hai']) {
        const out = await chat(DATED).say(text);
        expect(out.response, text).toMatch(/Pay rent/u);
        expect(out.response, text).not.toMatch(/Buy milk/u);
      }
      const tomorrow = await chat(DATED).say("what's due tomorrow?");
      expect(tomorrow.response).toMatch(/Call Ali/u);
      expect(tomorrow.response).not.toMatch(/Send invoice|Buy milk/u);
      const week = await chat(DATED).say('what is due this week?');
      expect(week.response).toMatch(/Call Ali/u);
      expect(week.response).not.toMatch(/Send invoice|Buy milk/u);
      expect((await chat(DATED).say('what did I finish today?')).response).toMatch(/Buy milk/u);
      const all = await chat(DATED).say('show all tasks due today');
      expect(all.response).toMatch(/Pay rent[\s\S]*Buy milk|Buy milk[\s\S]*Pay rent/u);
    });

    it('says due moments in words on the person’s clock, never as ISO dates', async () => {
      const list = (await chat(DATED).say('show high priority tasks')).response;
      expect(list).toMatch(/Book flights \(high priority, due Mon 16 Jun\)/u);
      expect(list).toMatch(/Renew passport \(high priority, due Mon 5 Jan 2026\)/u);
      const week = (await chat(DATED).say('what is due this week?')).response;
      expect(week).toMatch(/Pay rent \(due today\)/u);
      expect(week).toMatch(/Call Ali \(due tomorrow at 5 PM\)/u);
      expect((await chat(DATED).say('anything overdue?')).response).toMatch(
        /Return books \(due yesterday\)/u,
      );
      const added = await chat().say('add call Ali tomorrow at 5:30pm');
      expect(added.response).toBe('Added "Call Ali" (due tomorrow at 5:30 PM) to your tasks.');
      const newYork = await chat(MEETING_TASKS, 'America/New_York').say('add call Ali tomorrow at 5pm');
      expect(newYork.response).toMatch(/due tomorrow at 5 PM/u);
      const moved = await chat().say('move task 3 to friday');
      expect(moved.response).toMatch(/due Fri 13 Jun/u);
      const reminded = await chat().say('remind me to call the bank tomorrow at 5pm');
      expect(reminded.response).not.toMatch(/\d{4}-\d\d-\d\d/u);
      const urdu = await chat([]).say('کل شام 5 بجے ڈاکٹر کے پاس جانا شامل کرو');
      expect(urdu.response).toMatch(/آخری تاریخ کل شام 5 بجے/u);
      const roman = await chat([]).say('kal shaam 5 baje doctor ke paas jana add karo');
      expect(roman.response).toMatch(/due kal shaam 5 baje/u);
      const urduList = (await chat(DATED).say('اس ہفتے کے کام دکھاؤ')).response;
      expect(urduList).toMatch(/Book flights \(اہم، آخری تاریخ پیر 16 جون\)/u);
      for (const reply of [
        list,
        week,
        urdu.response,
        roman.response,
        urduList,
        moved.response,
        added.response,
      ])
        expect(reply).not.toMatch(/\d{4}-\d\d-\d\d|\d\d:\d\d/u);
    });

    it('reads parts of the day and "yesterday" in the three languages', async () => {
      const due = async (text: string) => (await chat([]).say(text)).tool_calls[0]?.arguments;
      expect(await due('add call mom tomorrow morning')).toMatchObject({
        title: 'Call mom',
        due_at: '2025-06-12T04:00:00.000Z',
      });
      expect(await due('add water the plants this evening')).toMatchObject({
        title: 'Water the plants',
        due_at: '2025-06-11T14:00:00.000Z',
      });
      expect(await due('add pay the fine yesterday')).toMatchObject({
        title: 'Pay the fine',
        due_date: '2025-06-10',
      });
      expect(await due('kal subah doodh lena add karo')).toMatchObject({
        title: 'Doodh lena',
        due_at: '2025-06-12T04:00:00.000Z',
      });
      expect(await due('کل شام ڈاکٹر کو فون کرنا شامل کرو')).toMatchObject({
        title: 'ڈاکٹر کو فون کرنا',
        due_at: '2025-06-12T14:00:00.000Z',
      });
      expect(await due('aaj raat kapre dhona add karo')).toMatchObject({
        due_at: '2025-06-11T17:00:00.000Z',
      });
      expect(await due('parson dopahar bank jana add karo')).toMatchObject({
        due_at: '2025-06-13T07:00:00.000Z',
      });
    });
  });

  describe('undo and due questions over HTTP, with the real tools and database', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server.close());

    it('lists only pending tasks due today, says dates in words, and asks before undoing an add across a list', async () => {
      const call = server.as('usability-12');
      await call('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi' } });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi' }).format(new Date());
      const say = async (message: string, conversation_id?: number) => {
        const res = await call('POST', '/api/me/chat', {
          body: { message, ...(conversation_id ? { conversation_id } : {}) },
        });
        expect(res.status, res.text).toBe(200);
        return res.body as { response: string; conversation_id: number; tool_calls: { name: string }[] };
      };
      await call('POST', '/api/me/tasks', { body: { title: 'Pay rent', due_date: today } });
      const done = await call('POST', '/api/me/tasks', { body: { title: 'Buy milk', due_date: today } });
      await call('PATCH', `/api/me/tasks/${done.body.id}/complete`);
      const due = await say('what is due today?');
      expect(due.response).toMatch(/Pay rent \(due today\)/u);
      expect(due.response).not.toMatch(/Buy milk/u);

      const added = await say('add call the bank tomorrow morning');
      expect(added.response).toBe('Added "Call the bank" (due tomorrow at 9 AM) to your tasks.');
      const id = added.conversation_id;
      await say('show my tasks', id);
      const asked = await say('undo that', id);
      expect(asked.tool_calls.map((c) => c.name)).not.toContain('delete_task');
      expect(asked.response).toMatch(/"Call the bank"[\s\S]*\?/u);
      const titles = async () =>
        ((await call('GET', '/api/me/tasks')).body.tasks as { title: string }[]).map((t) => t.title);
      expect(await titles()).toContain('Call the bank');
      const yes = await say('yes', id);
      expect(yes.tool_calls.map((c) => c.name)).toEqual(['delete_task']);
      expect(await titles()).not.toContain('Call the bank');
    });
  });
});
