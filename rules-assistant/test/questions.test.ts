// The built-in assistant answering questions: what is overdue, what is due on a day, and talk that
// asks nothing of it. Turns over the real tools (support.ts).
import { describe, expect, it } from 'vitest';
import { assistantOver, type FixtureTask } from './support.js';

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

  describe('questions asking what is overdue without the word', () => {
    it.each([
      'have I let anything slip? feels like I missed stuff',
      'what am I running late on',
      'koi kaam waqt pe nahi hua kya?',
      'کیا کسی کام کی تاریخ گزر گئی ہے؟',
    ])('%s: lists the overdue tasks', async (line) => {
      const { changes, reply } = await say(line);
      expect(changes).toEqual([]);
      expect(reply).toMatch(/library books|لائٹ کا بل/u);
      expect(reply).not.toMatch(/Hamza|swimming/iu);
    });

    it('counts them when asked how many', async () => {
      const { reply } = await say('how many things have I fallen behind on?');
      expect(reply).toMatch(/\b2\b/u);
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

  describe('long thanks', () => {
    it.each(['shukriya bhai bari help hogayi 🙏', "thanks, you're a lifesaver", 'شکریہ، آپ نے بڑی مدد کی'])(
      '%s changes nothing',
      async (line) => {
        const { changes } = await say(line);
        expect(changes).toEqual([]);
      },
    );
  });
});

describe('over a lab journal, a passport and a gas bill', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const TASKS: FixtureTask[] = [
    { id: 1, title: 'Submit the physics lab journal', due_date: '2025-06-12' },
    { id: 2, title: 'Passport renewal', due_date: '2025-06-20' },
    { id: 3, title: 'گیس کا بل جمع کرانا', due_date: '2025-06-14' },
  ];

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
});
