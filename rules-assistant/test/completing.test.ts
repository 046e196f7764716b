// The built-in assistant hearing that a task is done (or not): news told in any verb or voice, two
// pieces of news in a line, and lines that only look like news. Turns over the real tools
// (support.ts), and once over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_CONFIRM } from '#shared/answers.js';
import { startTestServer, type TestServer } from '../../test/support/server.js';
import { offlineAgent } from '../engine/index.js';
import { passiveNews, trimNews } from '../engine/stages/news.js';
import { assistantOver, confirmingOver, type FixtureTask, realTools } from './support.js';

describe('over two bills and a gas refill', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const toolsOver = realTools(clock);

  describe('news of a task done', () => {
    it('cuts the words that say how or when, and the verb of the deed', () => {
      expect(trimNews(['paid', 'electricity', 'bill', 'from', 'app'], 'en')).toEqual(['electricity', 'bill']);
      expect(trimNews(['sent', 'off', 'quarterly', 'sales', 'report', 'hour', 'ago'], 'en')).toEqual([
        'quarterly',
        'sales',
        'report',
      ]);
    });

    it('reads passive and arrival news, never a negation, a question or a plan', () => {
      expect(
        passiveNews("okay so the gas cylinder's been booked, one less thing to worry about", 'en'),
      ).toEqual(['gas', 'cylinder']);
      expect(passiveNews('the plumber came too', 'en')).toEqual(['plumber']);
      expect(passiveNews('bijli ka bill app se bhar diya abhi', 'roman')).toEqual(['bijli', 'bill']);
      expect(passiveNews("the gas cylinder hasn't been booked", 'en')).toBeNull();
      expect(passiveNews('has the gas cylinder been booked?', 'en')).toBeNull();
      expect(passiveNews('the plumber is booked for tomorrow', 'en')).toBeNull();
    });

    const tasks: FixtureTask[] = [
      { id: 1, title: 'Pay electricity bill', due_date: '2025-06-13' },
      { id: 2, title: 'Pay internet bill', due_date: '2025-06-18' },
      { id: 3, title: 'Book gas cylinder refill' },
    ];
    const run = async (message: string) => {
      const store = toolsOver(tasks);
      const out = await offlineAgent.run({
        userId: 'u',
        message,
        history: [],
        ...clock,
        callTool: store.run,
      });
      return out.tool_calls.filter((c) => !['list_tasks', 'search_tasks', 'get_task'].includes(c.name));
    };

    it('completes the one open task named, and asks when two match', async () => {
      expect(await run('paid the electricity bill just now from the app, finally')).toMatchObject([
        { name: 'complete_task', arguments: { task_id: 1 } },
      ]);
      expect(await run('the gas cylinder has been booked')).toMatchObject([
        { name: 'complete_task', arguments: { task_id: 3 } },
      ]);
      expect(await run('paid the bill just now')).toEqual([]);
      expect(await run('the bill has been paid')).toEqual([]);
    });
  });
});

describe('over quotes, bills, a dentist and a standup', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const toolsOver = realTools(clock);
  const EN: FixtureTask[] = [
    { id: 1, title: 'Pay electricity bill', due_date: '2025-06-13' },
    { id: 2, title: 'Send quote to Riverside Builders' },
    { id: 3, title: 'Send quote to Harbor Homes' },
    { id: 4, title: 'Dentist appointment', due_at: '2025-06-12T05:00:00.000Z' },
    { id: 5, title: 'Team standup', recurrence: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2025-06-16' },
    { id: 6, title: 'Return library books', completed: true },
  ];
  const UR: FixtureTask[] = [
    { id: 1, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-13' },
    { id: 2, title: 'گیس کا بل جمع کرانا', due_date: '2025-06-15' },
    { id: 3, title: 'درزی سے سوٹ لینا', due_date: '2025-06-14' },
    { id: 4, title: 'عید کی تیاری', list: 'عید' },
  ];

  describe('whole turns over the real tools', () => {
    const run = async (tasks: FixtureTask[], message: string) => {
      const store = toolsOver(tasks);
      const out = await offlineAgent.run({
        userId: 'u',
        message,
        history: [],
        ...clock,
        callTool: store.run,
      });
      const changes = out.tool_calls.filter(
        (c) => !['list_tasks', 'get_task', 'search_tasks', 'list_lists'].includes(c.name),
      );
      return { out, changes, tasks: await store.tasks() };
    };

    it('completes, moves, skips and reopens the task named, and asks when two are', async () => {
      const done = await run(EN, 'riverside quote went out today');
      expect(done.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['complete_task', 2]]);
      const moved = await run(EN, 'electricity bill moved to the 20th, salary is late');
      expect(moved.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['set_task_details', 1]]);
      expect(moved.tasks.find((t) => t.id === 1)?.due_date).toBe('2025-06-20');
      // A new time alone keeps the day the task is due on (tomorrow), at 4 PM in Karachi.
      const timed = await run(EN, 'dentist is still tomorrow, only now at 4pm');
      expect(timed.tasks.find((t) => t.id === 4)?.due_at).toBe('2025-06-12T11:00:00.000Z');
      const skipped = await run(EN, 'standup is off this monday, the office is shut');
      expect(skipped.changes.map((c) => c.name)).toEqual(['skip_occurrence']);
      const reopened = await run(
        EN,
        "library books return didn't count, the machine ate my card, need to go again",
      );
      expect(reopened.changes.map((c) => c.name)).toEqual(['reopen_task']);
      const asked = await run(EN, 'quote emailed');
      expect(asked.changes).toEqual([]);
      expect(asked.out.response).toMatch(/Riverside[\s\S]*Harbor[\s\S]*|Harbor[\s\S]*Riverside/u);
    });

    it('never adds a statement about a task it names, nor acts on a sweep or the reason of a deletion', async () => {
      const unclear = await run(EN, 'the dentist appointment is a whole thing with the insurance');
      expect(unclear.changes).toEqual([]);
      expect(unclear.out.response).toMatch(/\?/u);
      const sweep = await run(EN, 'clear out all the work stuff, new job next week');
      expect(sweep.changes).toEqual([]);
      // The deletion is read (the reason left out) and asked about first (stages/deletes.ts).
      const deletion = await run(UR, 'درزی والا کام ہٹا دیں، دکان بند ہو گئی ہے');
      expect(deletion.changes).toEqual([]);
      expect(deletion.out.response).toContain(`"${UR.find((t) => t.id === 3)!.title}" حذف کر دوں؟`);
    });

    it('adds a subtask under a task and a task into a list named first, replying in Urdu', async () => {
      const sub = await run(UR, 'عید کی تیاری کے نیچے ڈال دیں: مہندی لگوانا');
      expect(sub.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['add_subtask', 4]]);
      expect(sub.out.response).toMatch(/[\u0600-\u06ff]/u);
      const listed = await run(UR, 'عید والی لسٹ میں شامل کر دیں: چوڑیاں لینا');
      expect(listed.changes.map((c) => [c.name, c.arguments.list])).toEqual([['add_task_details', 'عید']]);
    });
  });

  describe('news about a task over HTTP, with the real tools and database', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server.close());

    it('completes the task named by news of it and moves another by news of its new date', async () => {
      const call = server.as('round-14');
      await call('PATCH', '/api/me/settings', { body: { time_zone: 'Asia/Karachi' } });
      const quote = await call('POST', '/api/me/tasks', {
        body: { title: 'Send quote to Riverside Builders' },
      });
      await call('POST', '/api/me/tasks', { body: { title: 'Send quote to Harbor Homes' } });
      const car = await call('POST', '/api/me/tasks', { body: { title: 'Car service' } });
      const say = async (message: string) => {
        const res = await call('POST', '/api/me/chat', { body: { message } });
        expect(res.status, res.text).toBe(200);
        return res.body as { response: string };
      };
      const asked = await say('quote emailed');
      expect(asked.response).toMatch(/\?/u);
      await say('riverside quote went out');
      expect((await call('GET', `/api/me/tasks/${quote.body.id}`)).body.completed).toBe(true);
      await say('car service moved to the 28th, garage is full');
      const moved = (await call('GET', `/api/me/tasks/${car.body.id}`)).body as { due_date: string | null };
      expect(moved.due_date).toMatch(/-28$/u);
      const titles = ((await call('GET', '/api/me/tasks')).body.tasks as { title: string }[]).map(
        (t) => t.title,
      );
      expect(titles).toHaveLength(3);
    });
  });
});

describe('over repeating chores, fees and bills', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('news of a task done, read more widely', () => {
    const tasks: FixtureTask[] = [
      { id: 1, title: 'Mark 9A maths quizzes', due_date: '2025-06-12' },
      { id: 2, title: 'Mark 9B maths quizzes', due_date: '2025-06-12' },
      { id: 3, title: 'Collect passport from agent', due_date: '2025-06-13' },
      { id: 4, title: 'Deposit rent cheque', due_date: '2025-06-11' },
    ];
    const tell = assistantOver(tasks, clock);
    const completed = async (line: string) =>
      (await tell(line)).changes.map((c) => [c.name, c.arguments.task_id]);

    it("completes the task whose first word is said in the past ('collected', 'deposted')", async () => {
      expect(await completed('collected the passport from the agent this morning')).toEqual([
        ['complete_task', 3],
      ]);
      expect(await completed('depositted the rent cheque at lunch')).toEqual([['complete_task', 4]]);
    });

    it('leaves the verb itself, and its past said of what will be, alone', async () => {
      expect(await completed('collect the passport on friday instead')).not.toContainEqual([
        'complete_task',
        3,
      ]);
      expect(await completed("haven't collected the passport yet")).toEqual([]);
    });

    it("tells two tasks apart by the one word only one has ('9B's quizzes')", async () => {
      expect(await completed("finally done marking 9B's quizzes, my eyes hurt")).toEqual([
        ['complete_task', 2],
      ]);
    });

    it('drops the remark that another task is still open', async () => {
      expect(await completed('9A quizzes marked, the 9B ones are still pending')).toEqual([
        ['complete_task', 1],
      ]);
      expect(await completed('9B wale quizzes ho gaye, 9A wale abhi baqi hain')).toEqual([
        ['complete_task', 2],
      ]);
    });
  });

  describe('two pieces of news in one line', () => {
    const tasks: FixtureTask[] = [
      { id: 1, title: 'Pay the gym fee', due_date: '2025-06-12' },
      { id: 2, title: 'Buy printer ink', due_date: '2025-06-13' },
      { id: 3, title: 'Passport renewal appointment', due_date: '2025-06-16' },
    ];
    const tell = assistantOver(tasks, clock);

    it('completes both tasks told done', async () => {
      const { changes } = await tell('paid the gym fee and bought the printer ink too');
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([
        ['complete_task', 1],
        ['complete_task', 2],
      ]);
    });

    it('never completes the task of the request that follows news of another done (once checked)', async () => {
      const { changes } = await confirmingOver(
        tasks,
        clock,
      )('gym fee paid. also the passport renewal appointment can move to the 20th');
      expect(changes.filter((c) => c.name === 'complete_task' && c.arguments.task_id === 3)).toEqual([]);
      expect(changes[0]).toMatchObject({ name: 'complete_task', arguments: { task_id: 1 } });
    });
  });
});

describe('over errands in Roman Urdu, English and Urdu', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const summary = (changes: { name: string; arguments: Record<string, unknown> }[]) =>
    changes.map((c) => [c.name, c.arguments.task_id ?? c.arguments.name ?? c.arguments.title]);

  describe('news of a task done told with any verb in its completed form', () => {
    const news = assistantOver(
      [
        { id: 1, title: 'Prepare slides for week 6 lecture' },
        { id: 2, title: 'Upload quiz marks to the portal' },
        { id: 3, title: 'مسز رشید کا جوڑا سلوانا' },
        { id: 4, title: 'Order printer toner' },
        { id: 5, title: 'Car service', due_date: '2025-06-14' },
        { id: 6, title: 'Naye driver ka interview' },
      ],
      clock,
    );

    it.each([
      ['week 6 ki slides bana li', 1],
      ['quiz marks are up on the portal', 2],
      ['مسز رشید کا جوڑا سل گیا', 3],
      ['the printer toner came in this morning', 4],
    ])('%s completes task %i', async (line, id) => {
      const { changes } = await news(line);
      expect(summary(changes)).toEqual([['complete_task', id]]);
    });

    it.each([
      // A need, a moment to come, or "for" (ke liye) is no news of a thing done.
      'gotta get the car service done this weekend',
      'checked the car service bill and the due date on it is actually the 22nd',
      'naye driver ke liye uniform lena hai',
      // A word of change or failure says the task is not done.
      'car service got postponed',
    ])('%s completes nothing', async (line) => {
      const { changes } = await news(line);
      expect(changes.map((c) => c.name)).not.toContain('complete_task');
    });
  });

  it('a number said names a number in a code ("the 305 midterms" for "Grade ECON-305 midterm papers")', async () => {
    const grading = assistantOver(
      [
        { id: 1, title: 'Grade ECON-201 midterm papers' },
        { id: 2, title: 'Grade ECON-305 midterm papers' },
      ],
      clock,
    );
    const { changes } = await grading('finally done grading the 305 midterms!!');
    expect(summary(changes)).toEqual([['complete_task', 2]]);
  });

  describe('initials in capitals', () => {
    const school = assistantOver(
      [
        { id: 1, title: "Zainab's parent-teacher meeting", due_at: '2025-06-12T07:00:00.000Z' },
        { id: 2, title: 'Pay the school van fee' },
      ],
      clock,
    );

    it('"PTM" names the parent-teacher meeting', async () => {
      const { changes } = await school("can you remind me an hour before Zainab's PTM");
      expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.reminders])).toEqual([
        ['set_task_details', 1, [{ minutes_before: 60 }]],
      ]);
    });

    it('a meeting the school cancelled is asked about, never completed', async () => {
      const { changes, reply } = await school(
        "Zainab's school cancelled the PTM so you can get rid of that one",
      );
      expect(changes.map((c) => c.name)).not.toContain('complete_task');
      expect(reply).toMatch(/\?/u);
    });
  });
});

describe('over rent, a caterer and milk', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Dukaan ka kiraya' },
    { id: 2, title: 'Book the caterer for the mehndi', due_date: '2025-06-20' },
    { id: 3, title: 'Doodh lana' },
  ];

  describe('a line telling of something else leaves the task that shares its word alone', () => {
    it('Roman Urdu: a tiring day at the shop does not pay the shop rent', async () => {
      const say = assistantOver(TASKS, clock);
      const out = await say('aaj dukaan par bara rush raha, thak gaya hun yaar');
      expect(out.changes.filter((c) => c.arguments.task_id === 1)).toEqual([]);
    });

    it('a task pointed at ("X wala kaam") is still the one meant', async () => {
      const say = assistantOver(TASKS, clock);
      const out = await say('dukaan wala kaam ho gaya, aaj bohat rush tha');
      expect(out.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['complete_task', 1]]);
    });

    it('an edit naming most of its task keeps its reason', async () => {
      const say = assistantOver(TASKS, clock);
      const out = await say('the mehndi caterer booking moves to friday, the family wants a later date');
      expect(out.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['set_task_details', 2]]);
    });
  });

  describe('a thing moved by someone ("aage kar di") is not done', () => {
    it('sets the new date and completes nothing', async () => {
      const out = await assistantOver(
        [{ id: 1, title: 'Malik family ka walima order: 40 plates' }],
        clock,
      )('Malik walon ne walima aage kar di, ab order 25 tareekh tak chahiye');
      expect(out.changes.map((c) => [c.name, c.arguments.task_id, c.arguments.due_date])).toEqual([
        ['set_task_details', 1, '2025-06-25'],
      ]);
    });
  });

  describe('"bhi" after a word the task lacks tells of another thing', () => {
    const SHOP: FixtureTask[] = [
      { id: 1, title: 'Malta ki peti Quetta bhejni (Khan brothers)' },
      { id: 2, title: 'سر عمران کا انٹرویو', due_date: '2025-06-13' },
    ];
    it('Roman Urdu: another order from the same buyer completes nothing', async () => {
      const out = await assistantOver(
        SHOP,
        clock,
      )('Khan brothers ne kinnow ka bhi order de diya hai, wo bhi bhejna hai');
      expect(out.changes.filter((c) => c.arguments.task_id === 1)).toEqual([]);
    });
    it('Urdu: a second interview does not move the first', async () => {
      const out = await assistantOver(
        SHOP,
        clock,
      )('سر عمران کے بعد میڈم نادیہ کا بھی انٹرویو کرنا ہے، پیر کو');
      expect(out.changes.filter((c) => c.arguments.task_id === 2)).toEqual([]);
    });
    it('"X bhi ho gaya" of the task itself is still news of it done', async () => {
      const out = await assistantOver(SHOP, clock)('Khan brothers wali malta ki peti bhi bhej di');
      expect(out.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['complete_task', 1]]);
    });
  });
});

describe('over a lab journal, a passport and a gas bill', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Submit the physics lab journal', due_date: '2025-06-12' },
    { id: 2, title: 'Passport renewal', due_date: '2025-06-20' },
    { id: 3, title: 'گیس کا بل جمع کرانا', due_date: '2025-06-14' },
  ];

  describe('news of a deadline moved or a priority raised completes nothing unasked', () => {
    const said = async (line: string) => {
      const out = await assistantOver(TASKS, clock)(line);
      return { completed: out.changes.filter((c) => c.name === 'complete_task'), reply: out.reply };
    };

    it('English: an extension, a bump to urgent', async () => {
      for (const line of [
        "ma'am has extended the physics lab journal deadline, it is now due monday",
        'the passport office is closing soon, bump the passport renewal to urgent',
      ]) {
        const { completed, reply } = await said(line);
        expect(completed, line).toEqual([]);
        if (reply.includes('done')) expect(reply, line).toContain(CHECK_CONFIRM.en);
      }
    });

    it('Roman Urdu and Urdu: "deadline barha di", "تاریخ آگے ہو گئی"', async () => {
      for (const line of [
        'physics lab journal ki deadline barha di gayi hai, ab jumma tak',
        'گیس کے بل کی آخری تاریخ آگے ہو گئی ہے، اب بیس تاریخ',
      ]) {
        const { completed } = await said(line);
        expect(completed, line).toEqual([]);
      }
    });

    it('plain news of a thing done still completes it', async () => {
      expect(
        (await said('submitted the physics lab journal')).completed.map((c) => c.arguments.task_id),
      ).toEqual([1]);
      expect((await said('گیس کا بل جمع کرا دیا')).completed.map((c) => c.arguments.task_id)).toEqual([3]);
    });
  });
});

describe('news of a new day said on that day', () => {
  // Saturday 28 November 2026, 00:10 in Karachi.
  const clock = { now: new Date('2026-11-27T19:10:00.000Z'), timeZone: 'Asia/Karachi' };
  const tell = assistantOver([{ id: 1, title: 'Car service' }], clock);
  const movedTo = async (line: string) =>
    (await tell(line)).changes.map((c) => [c.name, c.arguments.task_id, c.arguments.due_date]);

  it('a day of the month is that day ("moved to the 28th" on the 28th), as the quick add reads it', async () => {
    expect(await movedTo('car service moved to the 28th, garage is full')).toEqual([
      ['set_task_details', 1, '2026-11-28'],
    ]);
  });

  it('a weekday is the next one ("now on saturday" on a Saturday)', async () => {
    expect(await movedTo('car service postponed, now on saturday')).toEqual([
      ['set_task_details', 1, '2026-12-05'],
    ]);
  });
});
