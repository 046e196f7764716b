// The built-in assistant on statements and news said in its own phrasings: dated statements added,
// a task that restates an open one proposed, the one task sharing a word suggested. Turns over the
// real tools (support.ts).
import { describe, expect, it } from 'vitest';
import type { AgentOutput, HistoryMessage } from '../../server/features/assistant/agent.js';
import { offlineAgent } from '../engine/index.js';
import { detectLanguage } from '../engine/language.js';
import { readEdit } from '../engine/stages/edits.js';
import { normalise } from '../engine/stages/normalise.js';
import { splitRequests } from '../engine/stages/split.js';
import { readStatement } from '../engine/stages/statement.js';
import { parseEnglishDetails } from '../engine/when.js';
import { type FixtureTask, realTools } from './support.js';

describe('in Karachi on a Wednesday morning', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const toolsOver = realTools(clock);
  const statement = (text: string) => readStatement(normalise(text), clock);

  describe('statements, proposals and suggestions in its own phrasings', () => {
    const conversation = (tasks: FixtureTask[]) => {
      const store = toolsOver(tasks);
      const history: HistoryMessage[] = [];
      return async (message: string) => {
        const out = await offlineAgent.run({ userId: 'u', message, history, ...clock, callTool: store.run });
        history.push(
          { role: 'user', content: message },
          { role: 'assistant', content: out.response, tool_calls: out.tool_calls, state: out.state },
        );
        return out;
      };
    };
    const changed = (out: AgentOutput) =>
      out.tool_calls.filter((c) => !['list_tasks', 'search_tasks', 'get_task'].includes(c.name));

    it('reads a moment said first as the due moment', () => {
      expect(parseEnglishDetails('tonight at 10 wash the car', clock)).toMatchObject({
        title: 'wash the car',
        due_at: '2025-06-11T17:00:00.000Z',
      });
      expect(parseEnglishDetails('tomorrow, ring the electrician', clock)).toMatchObject({
        title: 'ring the electrician',
        due_date: '2025-06-12',
      });
    });

    it('tells Roman Urdu statements from English by their everyday words', () => {
      expect(detectLanguage('kal subah chai patti lani hai')).toBe('roman');
      expect(detectLanguage('raat ko dawai yaad se leni hai')).toBe('roman');
      expect(detectLanguage('buy tea at the shop')).toBe('en');
    });

    it('adds a dated statement the model takes for an edit when no open task shares its words', async () => {
      const say = conversation([
        { id: 1, title: 'Call the plumber' },
        { id: 2, title: 'Call the bank' },
      ]);
      const out = await say('thursday 11am meeting with the architect');
      expect(changed(out).map((c) => c.name)).toEqual(['add_task_details']);
    });

    it('proposes a new task that restates an open one, and "yes" adds it', async () => {
      const say = conversation([{ id: 1, title: 'Renew passport' }]);
      const first = await say('need to renew passport by friday');
      expect(changed(first)).toEqual([]);
      expect(first.response).toContain('Say "yes"');
      const second = await say('yes please');
      expect(changed(second).map((c) => c.name)).toEqual(['add_task_details']);
    });

    it('a proposal answered "no" or with something else changes nothing of it', async () => {
      const say = conversation([{ id: 1, title: 'Renew passport' }]);
      await say('need to renew passport by friday');
      expect(changed(await say('nahi'))).toEqual([]);
    });

    it('suggests the one task sharing a word when none matches, and "haan" acts on it', async () => {
      const say = conversation([
        { id: 1, title: 'Water the balcony plants' },
        { id: 2, title: 'Pay rent' },
      ]);
      const first = await say('complete the terrace garden plants');
      expect(changed(first)).toEqual([]);
      const second = await say('haan');
      expect(changed(second).map((c) => [c.name, c.arguments.task_id])).toEqual([['complete_task', 1]]);
    });

    it('splits a message where each part stands alone by any stage (news, statements, commands)', () => {
      expect(splitRequests('paid the water bill, also move the dentist visit to monday', clock)).toHaveLength(
        2,
      );
      expect(splitRequests('بجلی کا بل جمع کرا دیا اور پرسوں درزی کے پاس جانا ہے', clock)).toHaveLength(2);
      expect(
        splitRequests('kal plumber ko bulana hai aur bijli wala kaam delete kar do', clock),
      ).toHaveLength(2);
      expect(splitRequests('add book flights, its urgent', clock)).toHaveLength(1);
      expect(splitRequests('add rice, lentils and oil', clock)).toHaveLength(1);
    });

    it('lists the tasks due tomorrow or overdue when asked without a list word', async () => {
      const tasks: FixtureTask[] = [
        { id: 1, title: 'Dentist visit', due_date: '2025-06-12' },
        { id: 2, title: 'Tax return', due_date: '2025-06-01' },
        { id: 3, title: 'Paint the fence', due_date: '2025-06-20' },
      ];
      const ask = async (message: string) => (await conversation(tasks)(message)).response;
      for (const q of ['anything on for tomorrow?', 'kal kya kya hai?', 'کل کے لیے کیا ہے؟']) {
        const reply = await ask(q);
        expect(reply).toContain('Dentist');
        expect(reply).not.toContain('fence');
      }
      for (const q of ['koi cheez overdue to nahi?', 'which ones are overdue']) {
        const reply = await ask(q);
        expect(reply).toContain('Tax');
        expect(reply).not.toContain('Dentist');
      }
    });

    it('moves the task the last turn was about when told "make it <moment>"', async () => {
      const say = conversation([]);
      await say('add renew the gym membership');
      const out = await say('make it friday');
      expect(changed(out).map((c) => [c.name, c.arguments.due_date])).toEqual([
        ['set_task_details', '2025-06-13'],
      ]);
    });

    it('adds a dated statement that merely contains a command word, when no task has its words', async () => {
      const say = conversation([{ id: 1, title: 'Pay rent' }]);
      const out = await say('tomorrow at 8 take out the recycling');
      expect(changed(out).map((c) => c.name)).toEqual(['add_task_details']);
    });

    it('adds a Roman Urdu appointment with a clock time and no verb, not a fact about a day', async () => {
      const say = conversation([]);
      expect(changed(await say('jumma 11 baje barber')).map((c) => c.name)).toEqual(['add_task_details']);
      expect(changed(await say('kal chutti hai'))).toEqual([]);
    });

    it('reads priority edits said as patterns of each language (data)', () => {
      const level = (text: string) => {
        const u = readEdit(text, clock);
        return u?.intent === 'update' ? u.change : null;
      };
      expect(level('set the visa forms to high priority')).toEqual({ priority: 'high' });
      expect(level("the garage sale isn't so urgent, low priority")).toEqual({ priority: 'low' });
      expect(level('passport renewal ko top priority pe kar do')).toEqual({ priority: 'high' });
      expect(level('پاسپورٹ والے کام کو زیادہ ترجیح پر کر دو')).toEqual({ priority: 'high' });
    });

    it('reads a daily part of the day and the end of the month', () => {
      expect(parseEnglishDetails('stretch every evening at 6', clock, true)).toMatchObject({
        title: 'stretch',
        recurrence: 'FREQ=DAILY',
        due_at: '2025-06-11T13:00:00.000Z',
      });
      expect(statement('mahine ke aakhir tak gas ka bill bharna hai')?.details.due_date).toBe('2025-06-30');
    });

    it('reopens a finished task when told it is not done after all, without "reopen"', async () => {
      const say = conversation([
        { id: 1, title: 'Clean the oven', completed: true },
        { id: 2, title: 'Book the venue' },
      ]);
      const out = await say("turns out the oven isn't really clean yet");
      expect(changed(out).map((c) => [c.name, c.arguments.task_id])).toEqual([['reopen_task', 1]]);
    });

    it('moves a task told as news with "till"/"until", and adds a statement whose title has a name in -ed', async () => {
      const say = conversation([{ id: 1, title: 'Order the anniversary flowers', due_date: '2025-06-12' }]);
      const moved = await say('the flowers are not needed until saturday now');
      expect(changed(moved).map((c) => [c.name, c.arguments.due_date])).toEqual([
        ['set_task_details', '2025-06-14'],
      ]);
      const added = await say('tomorrow at 6 i need to return the drill to mohammed');
      expect(changed(added).map((c) => c.name)).toEqual(['add_task_details']);
    });

    it('"it" after a change to an existing task is that task, in the same message', async () => {
      const say = conversation([{ id: 1, title: 'Dentist' }]);
      const out = await say("rename 'Dentist' to 'Dentist - cleaning' and set it to low priority");
      expect(changed(out).map((c) => [c.name, c.arguments.task_id])).toEqual([
        ['update_task', 1],
        ['set_task_details', 1],
      ]);
    });

    it('reads "every other <day>" and a day of the month as the repeat, never title words', () => {
      expect(parseEnglishDetails('descale the kettle every other friday', clock, true)).toMatchObject({
        title: 'descale the kettle',
        recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
        due_date: '2025-06-13',
      });
      expect(parseEnglishDetails('back up the laptop every other day', clock, true)).toMatchObject({
        title: 'back up the laptop',
        recurrence: 'FREQ=DAILY;INTERVAL=2',
      });
      // The first date is the next such day of the month, not today.
      expect(statement('har mahine ki 3 tareekh ko school ki van ka kiraya dena hai')?.details).toMatchObject(
        {
          recurrence: 'FREQ=MONTHLY;BYMONTHDAY=3',
          due_date: '2025-07-03',
        },
      );
      expect(statement('ہر مہینے کی 20 تاریخ کو گاڑی کی قسط بھرنی ہے')?.details).toMatchObject({
        recurrence: 'FREQ=MONTHLY;BYMONTHDAY=20',
        due_date: '2025-06-20',
      });
    });

    it('ends a title at its closing quote and leaves a reason clause out of it', async () => {
      const say = conversation([{ id: 1, title: 'Paint the fence' }]);
      const renamed = await say("change 'paint the fence' to 'paint the gate', i mixed them up");
      expect(changed(renamed).map((c) => [c.name, c.arguments.title])).toEqual([
        ['update_task', 'Paint the gate'],
      ]);
      const added = await say('order new wiper blades, the old ones are squeaking');
      expect(changed(added).map((c) => [c.name, c.arguments.title])).toEqual([
        ['add_task', 'Order new wiper blades'],
      ]);
    });

    it('edits the open task an Urdu or Roman Urdu line names, never adding one', async () => {
      const say = conversation([
        { id: 1, title: 'Chachi ko call karna' },
        { id: 2, title: 'Thesis likhna' },
        { id: 3, title: 'دادی کی دوا لانا' },
        { id: 4, title: 'Cycle theek karwana' },
      ]);
      const moves = async (m: string) => changed(await say(m)).map((c) => [c.name, c.arguments.task_id]);
      expect(await moves('thesis wala kaam low priority pe daal do')).toEqual([['set_task_details', 2]]);
      expect(await moves("chachi ko call karna ki jagah 'chachi aur chacha ko call karna' likh do")).toEqual([
        ['update_task', 1],
      ]);
      expect(await moves("دادی کی دوا لانا کی جگہ لکھ دو 'دادی اور نانی کی دوا لانا'")).toEqual([
        ['update_task', 3],
      ]);
      expect(await moves('thesis wala task roz raat 10 baje repeat kar do')).toEqual([
        ['set_task_details', 2],
      ]);
      // Words that point at a task no open task has: nothing is added.
      expect(await moves('printer wala kaam parson subah kar do')).toEqual([]);
      // A title joining news of one open task to another: asked, not added.
      expect(await moves('chachi ko call kar li aur cycle theek karwana jumma ko kar do')).not.toContainEqual(
        ['add_task_details', undefined],
      );
    });

    it('saves a note said as "for X, <note>, save that on it" on that task', async () => {
      const say = conversation([{ id: 1, title: 'Renew the lease' }]);
      const out = await say('for the lease, landlord wants the deposit in cash, please put that on it');
      expect(changed(out).map((c) => [c.name, c.arguments.task_id, c.arguments.description])).toEqual([
        ['update_task', 1, 'landlord wants the deposit in cash'],
      ]);
    });

    it('reads a priority said as news about how important a task is, with a reason after it', () => {
      const level = (text: string) => {
        const u = readEdit(text, clock);
        return u?.intent === 'update' ? u.change : null;
      };
      expect(level('the tax return is no longer pressing, drop it down to low')).toEqual({ priority: 'low' });
      expect(level('passport renewal is extremely urgent, highest priority please')).toEqual({
        priority: 'high',
      });
      expect(level('make the roof repair high priority, the rain is coming in')).toEqual({
        priority: 'high',
      });
      expect(level('گیس کے بل والا کام ضروری ہے، اسے ہائی پرائیورٹی کر دو')).toEqual({ priority: 'high' });
      // A second request after the comma is not a reason: the pattern leaves the line alone.
      expect(level('make the roof repair high priority, and move it to friday')).toBeNull();
    });

    it('completes the one open task a "brought / got done" line names, whatever the model hears', async () => {
      const say = conversation([
        { id: 1, title: 'Anday lana' },
        { id: 2, title: 'Gari ki tuning karwana' },
        { id: 3, title: 'ابو کا چشمہ لانا' },
        { id: 4, title: 'Atta lana' },
        { id: 5, title: 'Atta chakki jana' },
      ]);
      const done = async (m: string) => changed(await say(m)).map((c) => [c.name, c.arguments.task_id]);
      expect(await done('anday le aayi')).toEqual([['complete_task', 1]]);
      expect(await done('gari ki tuning karwa li hai')).toEqual([['complete_task', 2]]);
      expect(await done('ابو کا چشمہ لے آیا ہوں')).toEqual([['complete_task', 3]]);
      // Two open tasks have the word: nothing is completed.
      expect(await done('atta le aaya')).toEqual([]);
      // Still to do, not done.
      expect(await done('parson atta le aana')).not.toContainEqual(['complete_task', 4]);
    });

    it('reads English done news past an aside ("lol took me ages") or with a check mark', async () => {
      const say = conversation([
        { id: 1, title: 'Pay the gas bill' },
        { id: 2, title: 'Email the tax form to Bilal' },
      ]);
      const done = async (m: string) => changed(await say(m)).map((c) => [c.name, c.arguments.task_id]);
      expect(await done('paid the gas bill phew, took us forever in the queue')).toEqual([
        ['complete_task', 1],
      ]);
      expect(await done('tax form to bilal emailed ✅')).toEqual([['complete_task', 2]]);
    });

    it('reads "make project <words> high priority, ..." as an edit of that task, not a new list', async () => {
      const say = conversation([{ id: 1, title: 'Project budget' }]);
      const out = await say('make project budget top priority, and move it to monday');
      expect(changed(out).map((c) => c.name)).not.toContain('create_list');
      expect(changed(await say('make a new project called Garden')).map((c) => c.name)).toEqual([
        'create_list',
      ]);
    });
  });
});
