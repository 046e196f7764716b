// Session 16: a line asking to change a task's date or priority is never taken as news of that task
// done without asking (rules-assistant/engine/stages/risk.ts completesAmidChange, the words in
// lang/risk-words.json changeOfField). Read from set 31's wrong changes after its blind run (NOT
// blind), written here in other words; plain news of a thing done still completes it. And a question
// about one day said by name or date ("anything on tuesday?", "mangal ko kya hai?", "پیر کو کیا ہے؟")
// lists what is due that day (stages/question.ts dayAsked), as "tomorrow" and "kal" did.
import { describe, expect, it } from 'vitest';
import { CHECK_CONFIRM, yesNoAnswers } from '#shared/answers.js';
import { say } from '../engine/replies.js';
import type { FixtureTask } from './support.js';
import { assistantOver } from './support.js';

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

describe('a question about a day named lists what is due that day', () => {
  // Wednesday 2025-06-11 in Karachi: Thursday is the 12th, Friday the 13th, Saturday the 14th.
  const ask = async (line: string) => (await assistantOver(TASKS, clock)(line)).reply;

  it('a weekday in English, Roman Urdu and Urdu', async () => {
    const thursday = await ask('anything on thursday?');
    expect(thursday).toContain('physics lab journal');
    expect(thursday).not.toContain('Passport');
    expect(await ask('jumeraat ko kya hai mera?')).toContain('physics lab journal');
    const thursdayUrdu = await ask('جمعرات کو میرے ذمے کیا ہے؟');
    expect(thursdayUrdu).toContain('physics lab journal');
    expect(thursdayUrdu).not.toContain('گیس');
  });

  it('a date said as a number, and a day with nothing due', async () => {
    expect(await ask('what do I have on the 20th?')).toContain('Passport renewal');
    expect(await ask('anything on sunday?')).toBe('Nothing is due on Sun 15 Jun.');
    expect(await ask('what do I have today?')).toBe('Nothing is due today.');
    expect(await ask('aaj kya hai?')).toBe('aaj koi task nahi.');
  });

  it('changes nothing', async () => {
    const out = await assistantOver(TASKS, clock)('anything on friday?');
    expect(out.changes).toEqual([]);
  });
});

describe('a rename is told by the task’s old name', () => {
  it('names the old title and the new one', async () => {
    const out = await assistantOver(
      TASKS,
      clock,
    )('rename the passport renewal task to Renew passport (urgent fees)');
    expect(out.changes.map((c) => [c.name, c.arguments.title])).toEqual([
      ['update_task', 'Renew passport (urgent fees)'],
    ]);
    expect(out.reply).toBe('Updated "Passport renewal": renamed to "Renew passport (urgent fees)".');
  });

  it('by its id too', async () => {
    const out = await assistantOver(TASKS, clock)('rename task 2 to Renew passport');
    expect(out.reply).toBe('Updated "Passport renewal": renamed to "Renew passport".');
  });
});

describe('every yes-or-no question is known by its closing words (answers.ts), in its language', () => {
  it('a deletion asked about in English, Roman Urdu and Urdu', async () => {
    const ask = async (line: string) => yesNoAnswers((await assistantOver(TASKS, clock)(line)).reply);
    expect(await ask('delete the passport renewal task')).toEqual(['yes', 'no']);
    expect(await ask('passport renewal wala task delete kar do')).toEqual(['haan', 'nahi']);
    expect(await ask('گیس کا بل جمع کرانا والا کام حذف کر دو')).toEqual(['ہاں', 'نہیں']);
  });

  it('a plan said back, an undo of an add, and a plain answer', async () => {
    const checked = await assistantOver(
      TASKS,
      clock,
    )('physics lab journal ki deadline barha di gayi hai, ab jumma tak');
    expect(yesNoAnswers(checked.reply)).toEqual(['haan', 'nahi']);
    for (const lang of ['en', 'roman', 'ur'] as const)
      expect(yesNoAnswers(say.undoAddAsk('Milk', 2)[lang])).toEqual(
        { en: ['yes', 'no'], roman: ['haan', 'nahi'], ur: ['ہاں', 'نہیں'] }[lang],
      );
    expect(yesNoAnswers((await assistantOver(TASKS, clock)('anything on thursday?')).reply)).toBeNull();
  });
});
