// Round 24 of the built-in assistant (issue 18). Several changes of one task's details said in one
// line made as one change; a part that only tells the day of the new task before it; a day denied,
// gone by or given by someone else's word is no new day; helper verbs and nouns that look like
// verbs name no task and say no thing to do; a new list asked for without a name asks for it;
// titles that keep a change of plan or a note are asked about; steps and notes put in a task
// without a colon; a thing to do reminded N hours from now is due then.
import { describe, expect, it } from 'vitest';
import type { HistoryMessage } from '../../server/features/assistant/agent.js';
import { offlineAgent } from '../engine/index.js';
import { assistantOver, confirmingOver, type FixtureTask, toolsOver } from './support.js';

// Wednesday 2025-06-11, 14:00 in Karachi.
const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const TASKS: FixtureTask[] = [
  { id: 1, title: 'Send the visa documents to the embassy', due_date: '2025-06-20' },
  { id: 2, title: 'Science project ka chart banana', due_date: '2025-06-18' },
  { id: 3, title: 'Renew the car insurance' },
  { id: 4, title: 'بچوں کی فیس جمع کرانا', due_date: '2025-06-25' },
  { id: 5, title: 'Order the wedding cards' },
];
const say = assistantOver(TASKS, clock);

describe('several changes of one task in one line', () => {
  it('a priority and a day said after a clause naming the task', async () => {
    const { changes, reply } = await say(
      'the embassy wants the visa documents soon, make them top priority and due monday',
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]!.name).toBe('set_task_details');
    expect(changes[0]!.arguments).toMatchObject({ task_id: 1, priority: 'high', due_date: '2025-06-16' });
    expect(reply).toMatch(/visa documents/u);
  });

  it('two requests about "it" are one change, not two', async () => {
    const { changes } = await say('the car insurance can wait, make it low priority and move it to the 30th');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments).toMatchObject({ task_id: 3, priority: 'low', due_date: '2025-06-30' });
  });

  it('in Roman Urdu, a tag after a priority', async () => {
    const { changes } = await say('science project ka chart high priority kar do aur school ka tag laga do');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments).toMatchObject({ task_id: 2, priority: 'high', tags: ['school'] });
  });

  it('one change alone is made as before', async () => {
    const { changes } = await say('order the wedding cards, make it high priority');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments).toMatchObject({ task_id: 5, priority: 'high' });
    expect(changes[0]!.arguments.due_date).toBeUndefined();
  });

  it('two tasks in one line are still two changes', async () => {
    const { changes } = await say(
      'make the car insurance high priority and push the wedding cards to friday',
    );
    expect(changes.map((c) => c.arguments.task_id)).toEqual([3, 5]);
  });
});

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

describe('a list named first', () => {
  const over = assistantOver([{ id: 1, title: 'Pay the flour supplier', list: 'Suppliers' }], clock);

  it('"add to <list>: <task>" adds the task there, with its day', async () => {
    const { changes } = await over('add to suppliers: ask for the new rate card, by monday');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments).toMatchObject({ list: 'Suppliers', due_date: '2025-06-16' });
  });

  it('"stick X in the <list> list" adds it there', async () => {
    const { changes } = await over('stick an order for twenty sacks of flour in the Suppliers list');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments.list).toBe('Suppliers');
  });
});

describe('a day denied and a day someone gave', () => {
  const over = assistantOver(
    [
      { id: 1, title: 'Get the office printer repaired', due_date: '2025-06-11' },
      { id: 2, title: 'Collect the passport from the agent' },
    ],
    clock,
  );

  it('"isn\'t ... today, X said friday" moves the task to friday, never to today', async () => {
    const { changes } = await over("the office printer won't be repaired today, the repairman said friday");
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments).toMatchObject({ task_id: 1, due_date: '2025-06-13' });
  });

  it('a day denied alone moves nothing', async () => {
    const { changes } = await over("the office printer isn't getting repaired today");
    expect(changes).toEqual([]);
  });

  it('"X said <day>" alone is news, not a new task', async () => {
    const { changes } = await over('the repairman said friday');
    expect(changes).toEqual([]);
  });

  it('"isn\'t needed till <day>" still moves it to that day', async () => {
    const { changes } = await over("the passport from the agent isn't needed till monday now");
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments).toMatchObject({ task_id: 2, due_date: '2025-06-16' });
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

describe('a new list asked for without its name', () => {
  const conversation = async (...messages: string[]) => {
    const { run } = await toolsOver({ userId: 'u', tasks: [], ...clock });
    const history: HistoryMessage[] = [];
    const outs = [];
    for (const message of messages) {
      const out = await offlineAgent.run({ userId: 'u', message, history, ...clock, callTool: run });
      history.push(
        { role: 'user', content: message },
        { role: 'assistant', content: out.response, tool_calls: out.tool_calls, state: out.state },
      );
      outs.push(out);
    }
    return outs;
  };

  it.each([
    [
      'we are redoing the kitchen in august, I need a separate list for the renovation bits',
      'Kitchen',
      /call/u,
    ],
    ['ramzan ki tayyari ke liye ek alag list bana do', 'Ramzan', /naam/u],
    ['بچوں کے اسکول کے کاموں کے لیے الگ فہرست بنا دیں', 'اسکول', /نام/u],
  ])('"%s" asks for the name, and the answer makes it', async (asked, name, question) => {
    const [first, second] = await conversation(asked, name);
    expect(first!.tool_calls.filter((c) => c.name === 'create_list')).toEqual([]);
    expect(first!.response).toMatch(question);
    expect(second!.tool_calls.find((c) => c.name === 'create_list')?.arguments.name).toBe(name);
  });

  it('a list named after the verb is made at once', async () => {
    const [out] = await conversation('make me a new list called Garden');
    expect(out!.tool_calls.find((c) => c.name === 'create_list')?.arguments.name).toBe('Garden');
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

describe('values denied or gone by are no change', () => {
  const over = assistantOver(
    [
      { id: 1, title: 'Translate the tender documents', priority: 'low' },
      { id: 2, title: 'Bijli ka bill jama karwana', due_date: '2025-06-15' },
      { id: 3, title: 'Update the stock register', due_date: '2025-06-12' },
    ],
    clock,
  );

  it('"aren\'t low priority anymore ... make it high" is high, and a past remark completes nothing', async () => {
    const { changes } = await over(
      "the tender documents aren't low priority anymore, the client called twice. make it high",
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments).toMatchObject({ task_id: 1, priority: 'high' });
  });

  it('"last date 18 tareekh ho gayi hai" completes nothing', async () => {
    const { changes } = await over('bijli ke bill ki last date 18 tareekh ho gayi hai');
    expect(changes.filter((c) => c.name === 'complete_task')).toEqual([]);
  });

  it('a day in a clause told in the past moves nothing', async () => {
    const { changes } = await over('the stock register is wrong, Bilal found items missing from Monday');
    expect(changes.filter((c) => c.name === 'set_task_details')).toEqual([]);
  });
});

describe('lists named after the task, with more words around them', () => {
  const tasks = [
    { id: 1, title: 'Send the quote to Habib Motors', list: 'Sales Leads' },
    { id: 2, title: 'Root canal for Mr Aslam', list: 'Patients' },
  ];
  const over = assistantOver(tasks, clock);

  it('"to <list> for <day>": the day is the task\'s, the list is the list', async () => {
    const { changes } = await over("add 'call the Toyota dealer' to Sales Leads for friday");
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments).toMatchObject({ list: 'Sales Leads', due_date: '2025-06-13' });
  });

  it('"..., put him in <list>" after a new task (once checked)', async () => {
    const { changes } = await confirmingOver(
      tasks,
      clock,
    )('Mr Khan rang, he needs a filling on friday at 11am. put him in patients');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments.list).toBe('Patients');
  });

  it('"put it on high" is a priority, not a list', async () => {
    const { changes } = await over('the quote to habib motors is getting urgent, put it on high');
    expect(changes.filter((c) => /^add_/u.test(c.name))).toEqual([]);
  });
});

describe('steps and notes put in a task without a colon', () => {
  const over = assistantOver(
    [
      { id: 1, title: 'Dulhan ka jora silna' },
      { id: 2, title: 'ٹریکٹر کی سروس کروانا' },
      { id: 3, title: 'گندم کا بیج خریدنا' },
    ],
    clock,
  );

  it('"X wale kaam ke andar Y bhi daal do" is a step of X', async () => {
    const { changes } = await over('dulhan ka jora wale kaam ke andar dupatte ki kinari lagana bhi daal do');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.name).toBe('add_subtask');
    expect(changes[0]!.arguments.task_id).toBe(1);
  });

  it('"X والے کام کے نیچے یہ بھی ڈال دو کہ Y" is a step of X', async () => {
    const { changes } = await over('ٹریکٹر کی سروس والے کام کے نیچے یہ بھی ڈال دو کہ فلٹر منگوانا ہے');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.name).toBe('add_subtask');
    expect(changes[0]!.arguments.task_id).toBe(2);
  });

  it('"X والے کام میں لکھ لو کہ Y" is a note on X', async () => {
    const { changes } = await over('گندم کا بیج والے کام میں لکھ لو کہ گلابی والا بیج لینا ہے');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.name).toBe('update_task');
    expect(changes[0]!.arguments.task_id).toBe(3);
  });
});

describe('a noun ending like a verb to do', () => {
  it('"pasina", "mahina" say no thing to do', async () => {
    const over = assistantOver([], clock);
    for (const line of ['aaj bohat umas hai yaar, pasina hi pasina', 'yeh mahina bohat lamba tha yaar']) {
      const { changes } = await over(line);
      expect(changes).toEqual([]);
    }
  });

  it('a real one still is ("kal bank jana hai")', async () => {
    const over = assistantOver([], clock);
    const { changes } = await over('kal bank jana hai');
    expect(changes).toHaveLength(1);
  });
});

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
