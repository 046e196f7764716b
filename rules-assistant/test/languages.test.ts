// The built-in assistant on what is particular to Roman Urdu and Urdu: texting spellings, month
// names, weekdays and hours said the Urdu way. Turns over the real tools (support.ts).
import { describe, expect, it } from 'vitest';
import { spelledOut } from '../engine/stages/normalise.js';
import { assistantOver, type FixtureTask } from './support.js';

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

  describe('texted Roman Urdu', () => {
    it.each([
      ['kaam hogya', 'kaam ho gaya'],
      ['tuning krwa lia', 'tuning karwa liya'],
      ['kal 5 bje krdo', 'kal 5 baje kar do'],
      ['Hogya bhai', 'Ho gaya bhai'],
      ['ping me an hour b4 my haircut', 'ping me an hour before my haircut'],
      // Quoted words are a title as typed; English words are never touched.
      ["add 'kr lia'", "add 'kr lia'"],
      ['the diary is on the desk', 'the diary is on the desk'],
    ])('%s reads as %s', (typed, read) => {
      expect(spelledOut(typed)).toBe(read);
    });

    it('news told in texting spellings completes the task it names', async () => {
      const { changes } = await say('gaari ki tuning krwa li hai');
      expect(summary(changes)).toEqual([['complete_task', 1]]);
    });
  });

  describe('dates with month names in Roman Urdu and Urdu', () => {
    it.each([
      ['cake ka order 25 december ko dopahar 2 baje', { due_at: '2025-12-25T09:00:00.000Z' }],
      ['generator ki servicing 1 sept ko karwani hai', { due_date: '2025-09-01' }],
      ['دسمبر کی 5 تاریخ کو گاڑی کا ٹوکن جمع کرانا ہے', { due_date: '2025-12-05' }],
    ])('%s', async (line, due) => {
      const { changes } = await say(line);
      expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
      expect(changes[0]!.arguments).toMatchObject(due);
    });
  });
});

describe('over visa, school, insurance and wedding errands', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

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
});

describe('over rent, a caterer and milk', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };

  describe('next weekday said on that weekday, and a list named before "naam ki"', () => {
    // Wednesday 2035-12-05, 20:10 in Karachi.
    const wednesday = { now: new Date('2035-12-05T15:10:00.000Z'), timeZone: 'Asia/Karachi' };
    const TASKS: FixtureTask[] = [
      { id: 1, title: 'ڈاکٹر ثمینہ کا انٹرویو', due_at: '2035-12-06T06:00:00.000Z' },
    ];

    it('"اگلے بدھ" on a Wednesday is a week from today, the time kept', async () => {
      const out = await assistantOver(
        TASKS,
        wednesday,
      )('ڈاکٹر ثمینہ والا انٹرویو اگلے بدھ کو کر دیں، وقت وہی رہے');
      expect(out.changes.map((c) => [c.name, c.arguments.task_id, c.arguments.due_at])).toEqual([
        ['set_task_details', 1, '2035-12-12T06:00:00.000Z'],
      ]);
    });

    it('"ek nayi list bana do Practice naam ki" names the list Practice', async () => {
      const out = await assistantOver([], wednesday)('ek nayi list bana do Practice naam ki');
      expect(out.changes.map((c) => [c.name, c.arguments.name])).toEqual([['create_list', 'Practice']]);
    });
  });

  describe('an hour followed by a comma ("raat 10 baje, din wohi")', () => {
    it('keeps its hour: 10 PM, not the evening default of 8', async () => {
      const out = await assistantOver(
        [{ id: 1, title: 'Khan family ki mehndi shoot', due_at: '2025-06-14T13:00:00.000Z' }],
        clock,
      )('khan family ki mehndi ab raat 10 baje, din wohi');
      // 10 PM in Karachi is 17:00 UTC.
      expect(out.changes.map((c) => [c.name, c.arguments.task_id, c.arguments.due_at])).toEqual([
        ['set_task_details', 1, '2025-06-14T17:00:00.000Z'],
      ]);
    });
  });
});
