// The built-in assistant adding tasks: to-dos said plainly or as statements, a day or a list said
// around the new task, titles kept whole, and a new task told apart from an open one it resembles.
// Turns over the real tools (support.ts).
import { describe, expect, it } from 'vitest';
import { offlineAgent } from '../engine/index.js';
import { assistantOver, confirmingOver, type FixtureTask, realTools } from './support.js';

describe('over household errands and a repeating lesson', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('a plan changed for a task already there', () => {
    // An open task restated in a line that tells of a change of plan and never asks to add: never a new task.
    const over = assistantOver(
      [{ id: 4, title: 'Driver Shakeel ko advance dena', due_date: '2025-06-12' }],
      clock,
    );
    it.each(['shakeel ko advance ab somwar ko dena hai', 'the driver advance for shakeel is now on monday'])(
      '%s: nothing added',
      async (line) => {
        const { changes, reply } = await over(line);
        expect(changes.filter((c) => c.name.startsWith('add_'))).toEqual([]);
        // Moved, or asked about; never a second task.
        if (changes.length === 0) expect(reply).toMatch(/[?؟]/u);
        else expect(changes.map((c) => c.arguments.task_id)).toEqual([4]);
      },
    );
    it('asked to add in so many words, it is added', async () => {
      const { changes } = await over('add shakeel ko advance ab somwar ko dena hai');
      expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
    });
  });
});

describe('over errands in Roman Urdu, English and Urdu', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const summary = (changes: { name: string; arguments: Record<string, unknown> }[]) =>
    changes.map((c) => [c.name, c.arguments.task_id ?? c.arguments.name ?? c.arguments.title]);

  describe('a new task that only shares a word with an open one', () => {
    const NEAR_TASKS = [
      { id: 1, title: 'Call Amna about the court hearing', due_date: '2025-06-12' },
      { id: 2, title: 'Surgery ward round notes' },
      { id: 3, title: 'Pay gas bill', due_date: '2025-06-20' },
      { id: 4, title: 'Pay internet bill', due_date: '2025-06-22' },
    ];
    const near = assistantOver(NEAR_TASKS, clock);

    it('is added when it is scheduled and names more than the shared word (once checked)', async () => {
      const { changes } = await confirmingOver(
        NEAR_TASKS,
        clock,
      )('Rehman case hearing friday at 11am, remind me an hour before');
      expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
      expect(changes[0]!.arguments).toMatchObject({ reminders: [{ minutes_before: 60 }] });
    });

    it('a word that only starts like a title word is no shared word ("warden" is not "ward")', async () => {
      const { changes } = await near('warden meeting tomorrow 2pm');
      expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
    });

    it('a task that restates an open one is still asked about', async () => {
      const { changes, reply } = await near('pay the bill tomorrow');
      expect(changes).toEqual([]);
      expect(reply).toMatch(/\?/u);
    });
  });

  describe('lists and reminders said around a new task', () => {
    const tasks = [
      { id: 1, title: 'Cake boxes', list: 'Orders' },
      { id: 2, title: 'کریش کارٹ', list: 'وارڈ' },
      { id: 3, title: 'Seminar slides', list: 'Research' },
      { id: 4, title: 'Renew the domain' },
      { id: 5, title: 'Groceries', list: 'Home' },
    ];
    const listed = assistantOver(tasks, clock);

    it.each([
      ['kal subah 10 baje Rana sahab cake lene aayenge, Orders mein daal do', 'Orders'],
      ['وارڈ والی فہرست میں 20 تاریخ کو دوائیوں کا معائنہ ڈال دو', 'وارڈ'],
    ])('%s: added to the list named (once checked)', async (line, list) => {
      const { changes } = await confirmingOver(tasks, clock)(line);
      expect(changes.map((c) => [c.name, c.arguments.list])).toEqual([['add_task_details', list]]);
      expect(String(changes[0]!.arguments.title)).not.toMatch(/Orders|فہرست/u);
    });

    it('"put it in Home" after a clause naming a task moves that task', async () => {
      const { changes } = await listed('domain renewal belongs with the house stuff, put it in Home');
      expect(summary(changes)).toEqual([['move_task', 4]]);
    });

    it('"and remind me a day before" after a new task gives it that reminder (once checked)', async () => {
      const { changes } = await confirmingOver(
        tasks,
        clock,
      )(
        "I'm presenting at the staff seminar on the 25th at 3pm. put it in Research and remind me a day before",
      );
      expect(changes.map((c) => [c.name, c.arguments.list, c.arguments.reminders])).toEqual([
        ['add_task_details', 'Research', [{ minutes_before: 1440 }]],
      ]);
    });
  });
});

describe('over visa, school, insurance and wedding errands', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('a part that only tells the day of the new task before it', () => {
    const plants = [{ id: 1, title: 'Water the plants' }];
    const over = assistantOver(plants, clock);

    it("is that task's day, not a task of its own", async () => {
      const { changes } = await over('new booking, birthday cake for Hamza, collection friday 5pm');
      expect(changes).toHaveLength(1);
      expect(changes[0]!.name).toBe('add_task_details');
      expect(changes[0]!.arguments.due_at).toBe('2025-06-13T12:00:00.000Z');
    });

    it('a part with a thing to do of its own is still a task of its own (once checked)', async () => {
      const { changes } = await confirmingOver(
        plants,
        clock,
      )('buy a birthday cake, and call the caterer friday');
      expect(changes).toHaveLength(2);
    });
  });

  describe('a Roman Urdu habit told of a new thing', () => {
    const over = assistantOver(
      [{ id: 1, title: 'Hotel ka dahi order', recurrence: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2025-06-16' }],
      clock,
    );

    it('"hota hai" names no task ("hotel"): a new repeating task is added', async () => {
      const { changes } = await over(
        'har jumma canteen ke liye samosay ka order bhi hota hai, isi jumme se shuru',
      );
      expect(changes).toHaveLength(1);
      expect(changes[0]!.name).toBe('add_task_details');
      expect(changes[0]!.arguments.recurrence).toBe('FREQ=WEEKLY;BYDAY=FR');
    });
  });

  describe('titles that show a change of plan or a note were misread', () => {
    const over = assistantOver(
      [
        { id: 1, title: 'Generator ki service', due_date: '2025-06-14' },
        { id: 2, title: 'جنریٹر کی سروس', due_date: '2025-06-14' },
      ],
      clock,
    );

    it.each([
      'plumber kal 10 ki bajaye 2 baje aayega',
      'the bakery order can move to',
      'پچھلے ہفتے کا بل بارہ سو آیا تھا اس حساب میں یہ بات لکھ لیں',
      'جنریٹر کی سروس کے ساتھ نوٹ لکھ لیں: فلٹر بدلنا ہے اور تیل بھی',
    ])('"%s" adds no task', async (line) => {
      const { changes } = await over(line);
      expect(changes.filter((c) => /^add_/u.test(c.name))).toEqual([]);
    });

    it('a note asked for runs on past "aur": one note, no task', async () => {
      const { changes } = await over(
        'generator ki service mein likh do ke filter bhi badalna hai aur belt dheeli hai',
      );
      expect(changes).toHaveLength(1);
      expect(changes[0]!.name).toBe('update_task');
      expect(String(changes[0]!.arguments.description)).toMatch(/belt/u);
    });

    it('"N kaam likh lo: A aur B" is still two tasks', async () => {
      const { changes } = await over(
        'do kaam likh lo: kal darzi se kapray lene hain aur jumma ko bank jana hai',
      );
      expect(changes.filter((c) => /^add_/u.test(c.name))).toHaveLength(2);
    });
  });
});

describe('over a report, a wedding menu and a car service', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Send the quarterly sales report', due_date: '2025-06-20' },
    { id: 2, title: 'Shadi ka menu final karna' },
    { id: 3, title: 'گاڑی کی سروس کروانا' },
  ];
  const say = assistantOver(TASKS, clock);

  describe('"jot this down"', () => {
    it('adds what follows the colon as the title', async () => {
      const { changes } = await say('jot this down: renew the gym membership');
      expect(changes).toHaveLength(1);
      expect(changes[0]!.arguments.title).toMatch(/^renew the gym membership$/iu);
    });
  });
});

describe('over rent, a caterer and milk', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('words of a phrase of doing, and hours said without their half of the day', () => {
    const TIMED: FixtureTask[] = [
      { id: 1, title: 'Give the blood sample at the CMH lab' },
      { id: 2, title: 'Renew the car token tax' },
      { id: 3, title: 'شوگر چیک کرنا', due_at: '2025-06-12T03:00:00.000Z', recurrence: 'FREQ=DAILY' },
      { id: 4, title: 'Khan family ki mehndi shoot', due_at: '2025-06-14T13:00:00.000Z' },
    ];
    const said = async (line: string) =>
      (await assistantOver(TIMED, clock)(line)).changes.map((c) => [
        c.name,
        c.arguments.task_id,
        c.arguments.due_at,
      ]);

    it('"taken care of" names no task ("token", "car")', async () => {
      const out = await assistantOver(
        [{ id: 1, title: 'CMH blood test' }, TIMED[1]!],
        clock,
      )('Popped into CMH at dawn and gave the sample, so that is taken care of.');
      expect(out.changes.filter((c) => c.arguments.task_id === 2)).toEqual([]);
    });

    it('"صبح آٹھ کے بجائے سات بجے": seven in the morning too', async () => {
      // 07:00 in Karachi is 02:00 UTC.
      expect(await said('شوگر اب صبح آٹھ کے بجائے سات بجے چیک کرنی ہے')).toEqual([
        ['set_task_details', 3, '2025-06-12T02:00:00.000Z'],
      ]);
    });

    it('a bare hour moves an evening task to the evening, an hour with its half as said', async () => {
      // The shoot is at 6 PM (13:00 UTC): "9 baje" is 9 PM (16:00 UTC); "10am" is 10 AM (05:00 UTC).
      expect(await said('khan walon ki mehndi ab 9 baje shuru hogi')).toEqual([
        ['set_task_details', 4, '2025-06-14T16:00:00.000Z'],
      ]);
      expect(await said('khan mehndi shoot now at 10am same day')).toEqual([
        ['set_task_details', 4, '2025-06-14T05:00:00.000Z'],
      ]);
    });
  });
});

describe('over no tasks, a line read whole', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const toolsOver = realTools(clock);

  describe('the whole reading', () => {
    const run = async (message: string) => {
      const store = toolsOver([]);
      return offlineAgent.run({ userId: 'u', message, history: [], ...clock, callTool: store.run });
    };

    it('adds a statement with its date and says how misspelt words were read', async () => {
      const out = await run('call the bank tomorow evning');
      expect(out.tool_calls.find((c) => c.name === 'add_task_details')?.arguments).toMatchObject({
        title: 'Call the bank',
        due_at: '2025-06-12T14:00:00.000Z',
      });
      expect(out.response).toContain('"tomorow" -> "tomorrow"');
    });

    it('changes nothing for chatter', async () => {
      const out = await run('it rained all day yesterday');
      expect(out.tool_calls).toEqual([]);
    });
  });
});
