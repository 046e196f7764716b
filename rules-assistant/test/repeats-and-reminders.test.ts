// The built-in assistant on repeating tasks (rules, a skipped time, what only looks like a skip) and
// reminders (before a due moment, before a named task, N hours from now). Turns over the real tools
// (support.ts) and the reading alone.
import { describe, expect, it } from 'vitest';
import type { AgentOutput, HistoryMessage } from '../../server/features/assistant/agent.js';
import { offlineAgent } from '../engine/index.js';
import { repeatText } from '../engine/replies.js';
import { understand } from '../engine/understand.js';
import { EVAL_NOW, EVAL_ZONE } from '../eval/run.js';
import { assistantOver, changesIn, chatsAt, type FixtureTask, MEETING_TASKS, realTools } from './support.js';

describe('over repeating chores, fees and bills', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Swimming lesson for Hamza', due_date: '2025-06-14', recurrence: 'FREQ=WEEKLY;BYDAY=SA' },
    { id: 2, title: 'Water the garden', due_date: '2025-06-11', recurrence: 'FREQ=DAILY' },
    { id: 3, title: 'Pay the cook', due_date: '2025-06-30', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=30' },
    { id: 4, title: 'Quran class ki fees', due_date: '2025-06-13', recurrence: 'FREQ=WEEKLY;BYDAY=FR' },
    { id: 5, title: 'باورچی کی تنخواہ', due_date: '2025-06-30', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=30' },
    { id: 6, title: 'Buy swimming goggles', due_date: '2025-06-12' },
    { id: 7, title: 'Team standup', due_date: '2025-06-16', recurrence: 'FREQ=WEEKLY;BYDAY=MO' },
    { id: 8, title: 'Return library books', due_date: '2025-06-02' },
    { id: 9, title: 'لائٹ کا بل', due_date: '2025-06-05' },
  ];
  const say = assistantOver(TASKS, clock);

  describe('this one time of a repeating task is off', () => {
    it.each([
      ["no swimming for hamza this saturday, he's got a fever", 1],
      ["it's raining all day so the garden doesn't need water today", 2],
      ['the cook is away this month, we are not paying him', 3],
      ['is jumma quran class ki fees nahi deni, teacher chutti pe hain', 4],
      ['اس مہینے باورچی کو تنخواہ نہیں دینی، وہ گاؤں گیا ہوا ہے', 5],
    ])('%s: skips task %i', async (line, id) => {
      const { changes } = await say(line);
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['skip_occurrence', id]]);
    });
  });

  describe('lines that only look like a skip', () => {
    it.each([
      "don't forget hamza's swimming this saturday",
      'watered the garden today, no problem',
      'is there no swimming lesson this saturday?',
      'no more swimming lessons for hamza, he hates it',
      // Its next time is on Monday the 16th, not in this week's days left.
      'no standup this friday, the boss is away',
      // A task that does not repeat is never skipped.
      'not buying the swimming goggles today',
    ])('%s: skips nothing', async (line) => {
      const { changes } = await say(line);
      expect(changes.filter((c) => c.name === 'skip_occurrence')).toEqual([]);
    });
  });
});

describe('over household errands and a repeating lesson', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Swimming lesson for Hamza', due_date: '2025-06-14', recurrence: 'FREQ=WEEKLY;BYDAY=SA' },
    { id: 2, title: 'Call the plumber about the leak', due_date: '2025-06-12' },
    { id: 3, title: 'Pay the cook', due_date: '2025-06-30' },
    { id: 5, title: 'باورچی کی تنخواہ', due_date: '2025-06-30' },
    { id: 7, title: 'Renew car insurance', due_date: '2025-06-20' },
    { id: 10, title: 'Bijli ka bill jama karna', due_date: '2025-06-15' },
  ];
  const say = assistantOver(TASKS, clock);

  describe('a part of the day after a repeat', () => {
    it.each([
      ['plan the meals every sunday evening at 8', '2025-06-15T15:00:00.000Z'],
      ['every monday morning water the plants', '2025-06-16T04:00:00.000Z'],
    ])('%s: due at that time, repeating', async (line, at) => {
      const { changes } = await say(line);
      expect(changes.map((c) => [c.name, c.arguments.due_at, Boolean(c.arguments.recurrence)])).toEqual([
        ['add_task_details', at, true],
      ]);
    });
  });
});

describe('over errands in Roman Urdu, English and Urdu', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Gaari ki tuning karwani', due_date: '2025-06-13' },
    { id: 2, title: 'Cheeni aur chai ki patti lani', due_date: '2025-06-12' },
    { id: 3, title: 'Dhobi ko kapray dene', due_date: '2025-06-12' },
    { id: 4, title: 'Apply for the Schengen visa', due_date: '2025-06-25' },
    { id: 5, title: 'Renew the domain name' },
    { id: 6, title: 'Phone Rizwan about the flat rent' },
    { id: 7, title: 'جنریٹر کا تیل بدلوانا', due_date: '2025-06-14' },
    { id: 8, title: 'امی کی دوائی لانا', due_date: '2025-06-12' },
  ];
  const say = assistantOver(TASKS, clock);

  it('an Urdu reminder asked with "یاد کرا دینا" is set', async () => {
    const { changes } = await say('جمعہ کو بارہ بجے ابو کو ہسپتال لے جانا ہے، ایک گھنٹہ پہلے یاد کرا دینا');
    expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
    expect(changes[0]!.arguments).toMatchObject({ reminders: [{ minutes_before: 60 }] });
  });

  describe('a reminder counted back from a task the line names', () => {
    const tasks = assistantOver(
      [
        { id: 1, title: 'رات کی ڈیوٹی', due_at: '2025-06-11T16:00:00.000Z' },
        { id: 2, title: 'امی کی ڈاکٹر سے ملاقات', due_at: '2025-06-12T07:00:00.000Z' },
      ],
      clock,
    );

    it.each([
      ['رات کی ڈیوٹی سے پندرہ منٹ پہلے یاد دہانی لگا دیں', 1, 15],
      ['امی کی ڈاکٹر والی ملاقات سے ایک گھنٹہ پہلے یاد دلا دینا', 2, 60],
    ])('%s goes on task %i, %i minutes before, and adds nothing', async (line, id, minutes) => {
      const { changes } = await tasks(line);
      expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.reminders])).toEqual([
        ['set_task_details', id, [{ minutes_before: minutes }]],
      ]);
    });
  });
});

describe('over visa, school, insurance and wedding errands', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('a thing to do reminded N hours from now', () => {
    const over = assistantOver([], clock);

    it.each([
      'teen ghante baad yaad dilana ke darzi ko phone karna hai',
      'تین گھنٹے بعد یاد دلانا کہ درزی کو فون کرنا ہے',
      'remind me in 3 hours to phone the tailor',
    ])('"%s" is due then, reminded when due', async (line) => {
      const { changes } = await over(line);
      expect(changes).toHaveLength(1);
      expect(changes[0]!.arguments).toMatchObject({
        due_at: '2025-06-11T12:00:00.000Z',
        reminders: [{ minutes_before: 0 }],
      });
    });

    it('a reminder about a topic keeps its moment as a reminder alone', async () => {
      const { changes } = await over('aaj raat 9 baje dawai ke baare mein yaad dilana');
      expect(changes[0]!.arguments.due_at).toBeUndefined();
    });
  });
});

describe('over a meeting, its notes, milk and a call', () => {
  const USER = 'u';
  const toolsOver = realTools({ now: EVAL_NOW, timeZone: EVAL_ZONE });
  const chat = chatsAt({ now: EVAL_NOW, timeZone: EVAL_ZONE });
  const changes = changesIn;

  describe('reminders', () => {
    const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };
    const TOMORROW_5PM = '2025-06-12T12:00:00.000Z';

    /** A conversation over the real tools, which keep reminders. */
    function remindingChat(tasks: FixtureTask[] = MEETING_TASKS) {
      const { run } = toolsOver(tasks);
      const history: HistoryMessage[] = [];
      return async (message: string): Promise<AgentOutput> => {
        const out = await offlineAgent.run({
          userId: USER,
          message,
          history,
          now: EVAL_NOW,
          timeZone: EVAL_ZONE,
          callTool: run,
        });
        history.push(
          { role: 'user', content: message },
          { role: 'assistant', content: out.response, tool_calls: out.tool_calls, state: out.state },
        );
        return out;
      };
    }

    it('reads reminders before the due moment, at a moment, and on "remind me to X at T"', () => {
      expect(understand('add call Ali tomorrow at 5pm, remind me 15 minutes before', clock)).toMatchObject({
        intent: 'add',
        details: { title: 'Call Ali', due_at: TOMORROW_5PM },
        reminders: [{ minutes_before: 15 }],
      });
      expect(understand('remind me at 5pm tomorrow about the quarterly report', clock)).toMatchObject({
        intent: 'add',
        details: { title: 'Quarterly report', due_at: null, due_date: null },
        reminders: [{ at: TOMORROW_5PM }],
      });
      expect(understand('remind me about the quarterly report at 5pm tomorrow', clock)).toMatchObject({
        reminders: [{ at: TOMORROW_5PM }],
      });
      // A day alone reminds at 09:00 (04:00 UTC in Karachi).
      expect(understand('remind me friday about the gas bill', clock)).toMatchObject({
        reminders: [{ at: '2025-06-13T04:00:00.000Z' }],
      });
      expect(understand('remind me tomorrow at 5pm to call Ali', clock)).toMatchObject({
        details: { title: 'Call Ali', due_at: TOMORROW_5PM },
        reminders: [{ minutes_before: 0 }],
      });
      expect(understand('set a reminder for task 3 half an hour before', clock)).toEqual({
        intent: 'update',
        target: { kind: 'id', id: 3 },
        change: { reminders: [{ minutes_before: 30 }] },
      });
      expect(understand('remind me the day before the dentist appointment', clock)).toMatchObject({
        target: { kind: 'title', words: ['dentist', 'appointment'] },
        change: { reminders: [{ minutes_before: 1440 }] },
      });
      expect(understand('remind me 15 minutes before', clock)).toMatchObject({
        target: { kind: 'it' },
        change: { reminders: [{ minutes_before: 15 }] },
      });
      // Without "remind": no reminder.
      expect(understand('add call Ali tomorrow at 5pm', clock)).not.toHaveProperty('reminders');
    });

    it('reads Urdu and Roman Urdu reminders', () => {
      expect(understand('کل شام 5 بجے مجھے رپورٹ کے بارے میں یاد دلانا', clock)).toMatchObject({
        intent: 'add',
        details: { title: 'رپورٹ' },
        reminders: [{ at: TOMORROW_5PM }],
      });
      expect(understand('اسے 15 منٹ پہلے یاد دلانا', clock)).toMatchObject({
        intent: 'update',
        target: { kind: 'it' },
        change: { reminders: [{ minutes_before: 15 }] },
      });
      expect(understand('رپورٹ والے کام کے لیے ایک گھنٹہ پہلے یاد دہانی لگا دو', clock)).toMatchObject({
        target: { kind: 'title', words: ['رپورٹ'] },
        change: { reminders: [{ minutes_before: 60 }] },
      });
      expect(understand('task 3 ka reminder kal 5 baje laga do', clock)).toMatchObject({
        target: { kind: 'id', id: 3 },
        change: { reminders: [{ at: TOMORROW_5PM }] },
      });
      expect(
        understand('kal shaam 5 baje ammi ko call karna, aadha ghanta pehle yaad dila dena', clock),
      ).toMatchObject({
        intent: 'add',
        details: { title: 'Ammi ko call karna', due_at: TOMORROW_5PM },
        reminders: [{ minutes_before: 30 }],
      });
    });

    it('puts a reminder on the task just added, a named task, or one that matches "about ..."', async () => {
      const say = remindingChat();
      await say('add call Ali tomorrow at 5pm');
      const before = await say('remind me 15 minutes before');
      expect(changes(before)).toMatchObject([
        { name: 'set_task_details', arguments: { task_id: 5, reminders: [{ minutes_before: 15 }] } },
      ]);
      expect(before.response).toMatch(/reminder 15 minutes before/);
      // A second reminder keeps the first.
      const more = await say('and remind me an hour before');
      expect(changes(more)[0]?.arguments.reminders).toEqual([{ minutes_before: 15 }, { minutes_before: 60 }]);

      const about = await remindingChat()('remind me at 5pm tomorrow about the milk');
      expect(changes(about)).toMatchObject([
        { name: 'set_task_details', arguments: { task_id: 3, reminders: [{ at: TOMORROW_5PM }] } },
      ]);
      const fresh = await remindingChat()('remind me at 5pm tomorrow about the plumber');
      expect(changes(fresh)).toMatchObject([
        { name: 'add_task_details', arguments: { title: 'Plumber', reminders: [{ at: TOMORROW_5PM }] } },
      ]);
      // Nothing talked about yet: ask which task.
      const nothing = await remindingChat()('remind me 10 minutes before');
      expect(changes(nothing)).toEqual([]);
      expect(nothing.response).toMatch(/\?/u);
      const urdu = await remindingChat([{ id: 9, title: 'بجلی کا بل جمع کرانا' }])(
        'کل شام 5 بجے مجھے بجلی کے بل کے بارے میں یاد دلانا',
      );
      expect(changes(urdu)).toMatchObject([{ name: 'set_task_details', arguments: { task_id: 9 } }]);
      expect(urdu.response).toMatch(/یاد دہانی/u);
    });
  });

  describe('renames without "rename", repeat rules, skips, reminders before a named task', () => {
    const clock = { now: EVAL_NOW, timeZone: EVAL_ZONE };

    it('reads a new title said as "should be called", "call the X task Y" and "X ka naam Y rakhna hai"', () => {
      const renamed = (text: string) => understand(text, clock);
      expect(renamed('the guitar task should be called "Practice scales"')).toMatchObject({
        intent: 'update',
        target: { kind: 'title', words: ['guitar'] },
        change: { title: 'Practice scales' },
      });
      expect(renamed('call the milk task Buy oat milk')).toMatchObject({ change: { title: 'Buy oat milk' } });
      expect(renamed('milk wale task ka naya naam "Oat milk" rakhna hai')).toMatchObject({
        change: { title: 'Oat milk' },
      });
      expect(renamed('دودھ والے کام کا نام "دہی لانا" رکھیں')).toMatchObject({
        change: { title: 'دہی لانا' },
      });
      // "call" as an errand stays what it was.
      expect(renamed('call the bank one more time').intent).not.toBe('update');
    });

    it('reads a new repeat rule, no rule, and a skipped occurrence in all three languages', () => {
      const read = (text: string) => understand(text, clock);
      expect(read('make the grandpa call repeat every sunday')).toMatchObject({
        intent: 'update',
        change: { recurrence: 'FREQ=WEEKLY;BYDAY=SU' },
      });
      expect(read('make task 8 repeat every monday at 7am')).toMatchObject({
        target: { kind: 'id', id: 8 },
        change: { recurrence: 'FREQ=WEEKLY;BYDAY=MO', due_at: '2025-06-16T02:00:00.000Z' },
      });
      expect(read('guitar wala kaam har hafte dohrana')).toMatchObject({
        change: { recurrence: 'FREQ=WEEKLY' },
      });
      expect(read('دوائی والا کام روزانہ دہرانا ہے')).toMatchObject({ change: { recurrence: 'FREQ=DAILY' } });
      for (const text of [
        'stop the guitar practice from repeating',
        'the guitar practice should not repeat any more',
        'guitar practice ab nahi dohrana',
        'گٹار والا کام اب نہ دہرائیں',
      ])
        expect(read(text), text).toMatchObject({ intent: 'update', change: { recurrence: null } });
      expect(read('اب نہ دہرائیں')).toMatchObject({ target: { kind: 'it' }, change: { recurrence: null } });
      expect(read("skip this week's standup")).toEqual({
        intent: 'skip',
        target: { kind: 'title', words: ['standup'] },
      });
      expect(read('is hafte ka standup skip kar do')).toMatchObject({
        intent: 'skip',
        target: { kind: 'title', words: ['standup'] },
      });
      // "I should repeat the lesson every day" names no task and no rule for one.
      expect(read('I should repeat the lesson every day').intent).not.toBe('update');
    });

    it('asks when a task without a due moment is given a rule, and sets both from the answer', async () => {
      const { say, store } = chat([{ id: 1, title: 'Read the contract' }]);
      const asked = await say('make the contract task repeat every week');
      expect(changes(asked)).toEqual([]);
      expect(asked.response).toMatch(/\?/u);
      const out = await say('from friday');
      expect(changes(out)).toMatchObject([
        {
          name: 'set_task_details',
          arguments: { task_id: 1, recurrence: 'FREQ=WEEKLY', due_date: '2025-06-13' },
        },
      ]);
      expect((await store.tasks())[0]).toMatchObject({ recurrence: 'FREQ=WEEKLY', due_date: '2025-06-13' });
    });

    it('puts a reminder "before X" on the one task X names, and asks when none does', async () => {
      const { say } = chat([
        { id: 6, title: 'مہمانوں کے لیے کھانا بنانا', due_at: '2025-06-13T14:00:00.000Z' },
      ]);
      const out = await say('مہمانوں کے کھانے سے ایک گھنٹہ پہلے یاد دلانا');
      expect(changes(out)).toMatchObject([
        { name: 'set_task_details', arguments: { task_id: 6, reminders: [{ minutes_before: 60 }] } },
      ]);
      const none = await say('درزی سے ایک گھنٹہ پہلے یاد دلانا');
      expect(changes(none)).toEqual([]);
      expect(none.response).toMatch(/\?|؟/u);
    });
  });

  describe('how often a task repeats, in its replies', () => {
    it('says the rule in the language of the message, naming the days of a weekly rule', () => {
      expect(repeatText('FREQ=WEEKLY;BYDAY=SU', 'en')).toBe('every Sunday');
      expect(repeatText('FREQ=WEEKLY;BYDAY=SU', 'ur')).toBe('ہر اتوار');
      expect(repeatText('FREQ=WEEKLY;BYDAY=MO,FR', 'roman')).toBe('har peer, jumma');
      expect(repeatText('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'ur')).toBe('ہر پیر، منگل، بدھ، جمعرات، جمعہ');
      expect(repeatText('FREQ=WEEKLY;INTERVAL=2', 'ur')).toBe('ہر 2 ہفتے');
      expect(repeatText('FREQ=DAILY', 'roman')).toBe('har roz');
      expect(repeatText('FREQ=YEARLY;INTERVAL=3', 'en')).toBe('every 3 years');
      expect(repeatText('nonsense', 'en')).toBe('repeating');
      expect(repeatText('nonsense', 'ur')).toBe('بار بار');
    });
  });
});
