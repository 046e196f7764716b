// The built-in assistant on lists and people: new lists (named or not), tasks put in a list named
// before or after them, and tasks handed to a person. Turns over the real tools (support.ts).
import { describe, expect, it } from 'vitest';
import type { HistoryMessage } from '../../server/features/assistant/agent.js';
import { offlineAgent } from '../engine/index.js';
import { assistantOver, confirmingOver, type FixtureTask, toolsOver } from './support.js';

describe('over repeating chores, fees and bills', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('a task handed to a person, said as news', () => {
    const shared: FixtureTask[] = [
      { id: 1, title: 'Book the caterer for Eid', list: 'Family' },
      { id: 2, title: 'Fix the garage door', list: 'Family' },
      { id: 3, title: 'Quarterly tax filing', list: 'Office' },
      { id: 4, title: 'Renew car insurance' },
    ];
    const tell = assistantOver(shared, clock);

    it.each([
      ["Sara's going to take care of the caterer this year, put her on it", 1, 'Sara'],
      ['Bilal will handle the tax filing, hand it over to him', 3, 'Bilal'],
      ['garage door Sara dekh legi, uske zimme laga do', 2, 'Sara'],
    ])('%s: assigns task %i to %s', async (line, id, person) => {
      const { changes } = await tell(line);
      expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.assignee])).toEqual([
        ['assign_task', id, person],
      ]);
    });

    it('finds the person said in Urdu letters', async () => {
      const { changes } = await tell('گیراج کا دروازہ علی کے ذمے لگا دو');
      // Garage door in Urdu names no task title here: nothing is assigned on a guess.
      expect(changes.filter((c) => c.name === 'assign_task' && c.arguments.task_id !== 2)).toEqual([]);
    });

    it.each([
      'call Sara about the caterer',
      'can Sara handle the caterer?',
      // Two people: which one is meant is not guessed.
      'Sara or Bilal will handle the tax filing',
    ])('%s: assigns nothing', async (line) => {
      const { changes } = await tell(line);
      expect(changes.filter((c) => c.name === 'assign_task')).toEqual([]);
    });
  });
});

describe('over household errands and a repeating lesson', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('Urdu lists named before or after the task', () => {
    const over = assistantOver(
      [
        { id: 1, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-14' },
        { id: 2, title: 'گیس کا بل', list: 'گھر' },
      ],
      clock,
    );
    it('a task put in a list named after it is moved', async () => {
      const { changes } = await over('بجلی کا بل گھر والی لسٹ میں رکھ دیں');
      expect(changes.map((c) => [c.name, c.arguments.task_id, c.arguments.list])).toEqual([
        ['move_task', 1, 'گھر'],
      ]);
    });
    it('a list named first, the new task after a colon', async () => {
      const { changes } = await over('گھر والی لسٹ میں ڈالیں: نئے پردے لانے ہیں');
      expect(changes.map((c) => [c.name, c.arguments.list])).toEqual([['add_task_details', 'گھر']]);
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
  const summary = (changes: { name: string; arguments: Record<string, unknown> }[]) =>
    changes.map((c) => [c.name, c.arguments.task_id ?? c.arguments.name ?? c.arguments.title]);

  describe('a new list and a request about it in one line', () => {
    it('makes the list, then moves the task named into it', async () => {
      const { changes, reply } = await say('make a Travel list and put the schengen visa in it');
      expect(summary(changes)).toEqual([
        ['create_list', 'Travel'],
        ['move_task', 4],
      ]);
      expect(reply).toMatch(/Travel/u);
    });

    it('in Roman Urdu, with the task pointed at by "wali"', async () => {
      const { changes } = await say('Ghar naam ki list bana do aur rizwan wali call usme daal do');
      expect(summary(changes)).toEqual([
        ['create_list', 'Ghar'],
        ['move_task', 6],
      ]);
    });

    it('a new task said with the list is added to it', async () => {
      const { changes } = await say("nayi list banao Kitchen aur us mein 'naya toaster lena' daal do");
      expect(changes.map((c) => c.name)).toEqual(['create_list', 'add_task_details']);
      expect(changes[1]!.arguments).toMatchObject({ list: 'Kitchen' });
      expect(String(changes[1]!.arguments.title)).toMatch(/toaster lena/iu);
    });
  });

  describe('a list named loosely', () => {
    const moving = assistantOver(
      [
        { id: 1, title: 'Plumber ko bulana' },
        { id: 2, title: 'بچوں کی فیس جمع کرانا' },
        { id: 3, title: 'Book the team dinner' },
        { id: 4, title: 'Groceries', list: 'Family' },
        { id: 5, title: 'Renew the domain', list: 'Office' },
      ],
      clock,
    );

    it.each([
      // "too" before the list's name is no part of it.
      ['plumber wala kaam bhi Family wali list mein rakh do', 1],
      // A list's name said in the other script.
      ['بچوں کی فیس والا کام فیملی والی لسٹ میں ڈال دو', 2],
      // The list's name, then words about it.
      ['the team dinner booking is an office chore really, file it under Office with the other stuff', 3],
    ])('%s moves task %i', async (line, id) => {
      const { changes } = await moving(line);
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['move_task', id]]);
    });
  });

  describe('a question asking whether a person can take a task on', () => {
    const ask = async (message: string) => {
      const tasks: FixtureTask[] = [
        { id: 1, title: 'Pay the gas bill', list: 'Family' },
        { id: 2, title: 'Buy formula and diapers', list: 'Family' },
      ];
      const { run } = await toolsOver({ userId: 'eval-user', tasks, ...clock });
      const out = await offlineAgent.run({
        userId: 'eval-user',
        message,
        history: [],
        ...clock,
        callTool: run,
      });
      return out.tool_calls.filter((c) => !/^(?:list|search|get)_/u.test(c.name));
    };

    it('hands it over to that person', async () => {
      const changes = await ask("can Sara take the gas bill? she's at the bank anyway");
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['assign_task', 1]]);
    });

    it('"it\'s hers" after a task named hands it over', async () => {
      const changes = await ask("Sara will pay the gas bill on tuesday, I have a deadline. it's hers");
      expect(changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['assign_task', 1]]);
    });

    it('a question about something else hands nothing over', async () => {
      expect(await ask('can sara come for dinner on friday?')).toEqual([]);
    });
  });

  it.each([
    ['opening a 2nd branch soon inshallah, need a separate list for it called Branch 2', 'Branch 2'],
    ["ek nayi list bana do 'Eid Orders' naam ki", 'Eid Orders'],
    ['mandi ke kaamon ki alag list bana do, naam Mandi rakhna', 'Mandi'],
  ])('%s: a new list named %s', async (line, name) => {
    const { changes } = await say(line);
    expect(summary(changes)).toEqual([['create_list', name]]);
  });
});

describe('over visa, school, insurance and wedding errands', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

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
});

describe('over a gym, milk, a car service and a plumber', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('new lists and notes to self', () => {
    const say = assistantOver([{ id: 1, title: 'Pay the internet bill' }], clock);

    it('a purpose after the name of a list is no part of it; "Gifts for Mom" keeps its "for"', async () => {
      const remark = await say('create a list called Studio for the freelance jobs');
      expect(remark.changes.map((c) => [c.name, c.arguments.name])).toEqual([['create_list', 'Studio']]);
      const named = await say('create a list called Gifts for Mom');
      expect(named.changes.map((c) => c.arguments.name)).toEqual(['Gifts for Mom']);
    });

    it('Roman Urdu: the quoted name before "naam rakh do" names the new list', async () => {
      const { changes } = await say("shaadi ke kaamon ki alag list chahiye, 'Mehndi Prep' naam rakh do");
      expect(changes.map((c) => [c.name, c.arguments.name])).toEqual([['create_list', 'Mehndi Prep']]);
    });

    it('Urdu: "\'X\' کے نام سے ایک نئی فہرست بنا دو، ..." names it X, the reason after the comma left out', async () => {
      const { changes } = await say("'سفر' کے نام سے ایک نئی فہرست بنا دو، چھٹیوں کے کام الگ رکھنے ہیں");
      expect(changes.map((c) => [c.name, c.arguments.name])).toEqual([['create_list', 'سفر']]);
    });

    it('"note to self: X" adds X', async () => {
      const { changes } = await say('note to self: book the car service');
      expect(changes.map((c) => [c.name, c.arguments.title])).toEqual([['add_task', 'Book the car service']]);
    });
  });
});
